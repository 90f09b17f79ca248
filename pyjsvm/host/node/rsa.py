"""RSA keys and RSASSA-PKCS1-v1_5 signatures (RFC 8017, sections 8.2 and 9.2) behind node:crypto's
``rsa`` key objects, ``sign``/``verify`` and ``createSign``/``createVerify``, in pure Python (the
standard library has no public-key cryptography): the keys read from their DER forms (RFC 5280's
SubjectPublicKeyInfo and certificates, RFC 5208's PKCS #8, RFC 8017's PKCS #1).

NON-SPEC (ours): Python integers are not constant-time; no key generation, PSS or encryption."""
from __future__ import annotations

import hashlib

__all__ = ["RSAKey", "parse_rsa_der", "rsa_sign", "rsa_verify", "DIGEST_INFO"]

_RSA_OID = bytes.fromhex("2a864886f70d010101")  # 1.2.840.113549.1.1.1 rsaEncryption

# the DER of each digest's DigestInfo before the digest (RFC 8017, section 9.2, note 1)
DIGEST_INFO = {
    "md5": bytes.fromhex("3020300c06082a864886f70d020505000410"),
    "sha1": bytes.fromhex("3021300906052b0e03021a05000414"),
    "sha224": bytes.fromhex("302d300d06096086480165030402040500041c"),
    "sha256": bytes.fromhex("3031300d060960864801650304020105000420"),
    "sha384": bytes.fromhex("3041300d060960864801650304020205000430"),
    "sha512": bytes.fromhex("3051300d060960864801650304020305000440"),
}


class RSAKey:
    """An RSA key: the modulus, the public exponent, and for a private key the private exponent
    and the CRT values (RFC 8017, section 3)."""

    __slots__ = ("n", "e", "d", "p", "q", "dp", "dq", "qi")

    def __init__(self, n: int, e: int, d: int | None = None, p: int | None = None, q: int | None = None,
                 dp: int | None = None, dq: int | None = None, qi: int | None = None) -> None:
        self.n, self.e, self.d, self.p, self.q, self.dp, self.dq, self.qi = n, e, d, p, q, dp, dq, qi


def _read(data: bytes, at: int) -> tuple[int, bytes, int]:
    """One DER element at ``at``: (tag, contents, the offset after it)."""
    if at + 2 > len(data):
        raise ValueError("truncated DER")
    tag = data[at]
    length = data[at + 1]
    at += 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or at + count > len(data):
            raise ValueError("bad DER length")
        length = int.from_bytes(data[at:at + count], "big")
        at += count
    if at + length > len(data):
        raise ValueError("truncated DER")
    return tag, data[at:at + length], at + length


def _sequence(data: bytes) -> list[tuple[int, bytes]]:
    """The elements of a DER SEQUENCE's contents."""
    out = []
    at = 0
    while at < len(data):
        tag, contents, at = _read(data, at)
        out.append((tag, contents))
    return out


def _integer(element: tuple[int, bytes]) -> int:
    tag, contents = element
    if tag != 0x02:
        raise ValueError("expected an INTEGER")
    return int.from_bytes(contents, "big", signed=True)


def _pkcs1_public(contents: bytes) -> RSAKey:
    items = _sequence(contents)
    return RSAKey(_integer(items[0]), _integer(items[1]))


def _pkcs1_private(contents: bytes) -> RSAKey:
    items = _sequence(contents)
    if len(items) < 9:
        raise ValueError("not an RSAPrivateKey")
    n, e, d, p, q, dp, dq, qi = (_integer(x) for x in items[1:9])
    return RSAKey(n, e, d, p, q, dp, dq, qi)


def _spki(elements: list[tuple[int, bytes]]) -> RSAKey:
    algorithm = _sequence(elements[0][1])
    if algorithm[0] != (0x06, _RSA_OID) or elements[1][0] != 0x03:
        raise ValueError("not an RSA SubjectPublicKeyInfo")
    _, key, _ = _read(elements[1][1][1:], 0)  # (after the BIT STRING's unused-bits byte)
    return _pkcs1_public(key)


def parse_rsa_der(der: bytes, label: str) -> RSAKey:
    """The RSA key of a DER key or certificate: ``label`` is its PEM label ('PUBLIC KEY',
    'PRIVATE KEY', 'RSA PUBLIC KEY', 'RSA PRIVATE KEY', 'CERTIFICATE'); ValueError for anything
    that is not an RSA key in that form."""
    tag, contents, end = _read(der, 0)
    if tag != 0x30 or end != len(der):
        raise ValueError("not a DER SEQUENCE")
    if label == "RSA PUBLIC KEY":
        return _pkcs1_public(contents)
    if label == "RSA PRIVATE KEY":
        return _pkcs1_private(contents)
    items = _sequence(contents)
    if label == "PUBLIC KEY":
        return _spki(items)
    if label == "PRIVATE KEY":
        algorithm = _sequence(items[1][1])
        if algorithm[0] != (0x06, _RSA_OID) or items[2][0] != 0x04:
            raise ValueError("not an RSA PrivateKeyInfo")
        _, key, _ = _read(items[2][1], 0)
        return _pkcs1_private(key)
    if label == "CERTIFICATE":
        tbs = _sequence(items[0][1])
        # (version [0] is optional: the SubjectPublicKeyInfo is the 7th or the 6th element)
        spki = tbs[6] if tbs[0][0] == 0xA0 else tbs[5]
        return _spki(_sequence(spki[1]))
    raise ValueError("unknown label")


def _encode(hash_name: str, data: bytes, k: int) -> bytes:
    """EMSA-PKCS1-v1_5-ENCODE (RFC 8017, section 9.2)."""
    t = DIGEST_INFO[hash_name] + hashlib.new(hash_name, data).digest()
    if k < len(t) + 11:
        raise ValueError("intended encoded message length too short")
    return b"\x00\x01" + b"\xff" * (k - len(t) - 3) + b"\x00" + t


def rsa_sign(key: RSAKey, hash_name: str, data: bytes) -> bytes:
    """RSASSA-PKCS1-V1_5-SIGN (RFC 8017, section 8.2.1)."""
    assert key.d is not None
    k = (key.n.bit_length() + 7) // 8
    m = int.from_bytes(_encode(hash_name, data, k), "big")
    if key.p and key.q and key.dp and key.dq and key.qi:
        # RSASP1 with the CRT values (section 5.2.1, 2.b)
        s1 = pow(m, key.dp, key.p)
        s2 = pow(m, key.dq, key.q)
        s = s2 + key.q * ((s1 - s2) * key.qi % key.p)
    else:
        s = pow(m, key.d, key.n)
    return s.to_bytes(k, "big")


def rsa_verify(key: RSAKey, hash_name: str, data: bytes, signature: bytes) -> bool:
    """RSASSA-PKCS1-V1_5-VERIFY (RFC 8017, section 8.2.2)."""
    k = (key.n.bit_length() + 7) // 8
    if len(signature) != k:
        return False
    s = int.from_bytes(signature, "big")
    if s >= key.n:
        return False
    try:
        expected = _encode(hash_name, data, k)
    except ValueError:
        return False
    return pow(s, key.e, key.n).to_bytes(k, "big") == expected
