"""RSA keys, RSASSA-PKCS1-v1_5 and RSASSA-PSS signatures (RFC 8017, sections 8.1, 8.2, 9.1 and 9.2)
behind node:crypto's
``rsa`` key objects, ``sign``/``verify`` and ``createSign``/``createVerify``, in pure Python (the
standard library has no public-key cryptography): the keys read from their DER forms (RFC 5280's
SubjectPublicKeyInfo and certificates, RFC 5208's PKCS #8, RFC 8017's PKCS #1).

NON-SPEC (ours): Python integers are not constant-time; no key generation or encryption."""
from __future__ import annotations

import hashlib
import os

__all__ = ["RSAKey", "parse_rsa_der", "rsa_sign", "rsa_verify", "pss_sign", "pss_verify", "DIGEST_INFO",
           "SALT_DIGEST", "SALT_MAX"]

# node's RSA_PSS_SALTLEN_DIGEST (a salt as long as the digest) and RSA_PSS_SALTLEN_MAX_SIGN (the
# longest that fits; for verifying, RSA_PSS_SALTLEN_AUTO: whatever length the signature has)
SALT_DIGEST = -1
SALT_MAX = -2

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


def _rsasp1(key: RSAKey, m: int) -> int:
    """RSASP1 (RFC 8017, section 5.2.1), with the CRT values when the key has them (2.b)."""
    assert key.d is not None
    if key.p and key.q and key.dp and key.dq and key.qi:
        s1 = pow(m, key.dp, key.p)
        s2 = pow(m, key.dq, key.q)
        return s2 + key.q * ((s1 - s2) * key.qi % key.p)
    return pow(m, key.d, key.n)


def rsa_sign(key: RSAKey, hash_name: str, data: bytes) -> bytes:
    """RSASSA-PKCS1-V1_5-SIGN (RFC 8017, section 8.2.1)."""
    k = (key.n.bit_length() + 7) // 8
    return _rsasp1(key, int.from_bytes(_encode(hash_name, data, k), "big")).to_bytes(k, "big")


def _rsavp1(key: RSAKey, signature: bytes) -> int | None:
    """RSAVP1 (RFC 8017, section 5.2.2) of a signature as long as the modulus (the length check of
    sections 8.1.2 and 8.2.2, step 1), or None when it is not a signature of this key."""
    if len(signature) != (key.n.bit_length() + 7) // 8:
        return None
    s = int.from_bytes(signature, "big")
    return pow(s, key.e, key.n) if s < key.n else None


def rsa_verify(key: RSAKey, hash_name: str, data: bytes, signature: bytes) -> bool:
    """RSASSA-PKCS1-V1_5-VERIFY (RFC 8017, section 8.2.2)."""
    k = (key.n.bit_length() + 7) // 8
    m = _rsavp1(key, signature)
    if m is None:
        return False
    try:
        expected = _encode(hash_name, data, k)
    except ValueError:
        return False
    return m.to_bytes(k, "big") == expected


def _mgf1(hash_name: str, seed: bytes, length: int) -> bytes:
    """MGF1 (RFC 8017, appendix B.2.1) with the signature's hash, as node's PSS uses."""
    out = b""
    counter = 0
    while len(out) < length:
        out += hashlib.new(hash_name, seed + counter.to_bytes(4, "big")).digest()
        counter += 1
    return out[:length]


def _pss_layout(key: RSAKey, hash_name: str, salt_length: int) -> tuple[int, int, int, int]:
    """(emBits, emLen, hLen, sLen) of RSASSA-PSS for ``key``: the salt length a node
    RSA_PSS_SALTLEN_* value stands for when it is negative (SALT_MAX: all the room there is)."""
    em_bits = key.n.bit_length() - 1
    em_len = (em_bits + 7) // 8
    h_len = hashlib.new(hash_name).digest_size
    s_len = h_len if salt_length == SALT_DIGEST else em_len - h_len - 2 if salt_length == SALT_MAX else salt_length
    return em_bits, em_len, h_len, s_len


def pss_sign(key: RSAKey, hash_name: str, data: bytes, salt_length: int = SALT_MAX) -> bytes:
    """RSASSA-PSS-SIGN (RFC 8017, section 8.1.1) with EMSA-PSS-ENCODE (section 9.1.1) and MGF1
    over the same hash; a random salt of ``salt_length`` bytes. ValueError when the key is too
    short for the digest and the salt."""
    em_bits, em_len, h_len, s_len = _pss_layout(key, hash_name, salt_length)
    if s_len < 0 or em_len < h_len + s_len + 2:
        raise ValueError("data too large for key size")
    salt = os.urandom(s_len)
    h = hashlib.new(hash_name, b"\0" * 8 + hashlib.new(hash_name, data).digest() + salt).digest()
    db = b"\0" * (em_len - s_len - h_len - 2) + b"\1" + salt
    masked = bytearray(x ^ y for x, y in zip(db, _mgf1(hash_name, h, len(db))))
    masked[0] &= 0xFF >> (8 * em_len - em_bits)
    em = bytes(masked) + h + b"\xbc"
    k = (key.n.bit_length() + 7) // 8
    return _rsasp1(key, int.from_bytes(em, "big")).to_bytes(k, "big")


def pss_verify(key: RSAKey, hash_name: str, data: bytes, signature: bytes, salt_length: int = SALT_MAX) -> bool:
    """RSASSA-PSS-VERIFY (RFC 8017, section 8.1.2) with EMSA-PSS-VERIFY (section 9.1.2); SALT_MAX
    accepts any salt length (node's RSA_PSS_SALTLEN_AUTO)."""
    em_bits, em_len, h_len, s_len = _pss_layout(key, hash_name, salt_length)
    m = _rsavp1(key, signature)
    if m is None or m.bit_length() > em_len * 8:
        return False
    em = m.to_bytes(em_len, "big")
    if em_len < h_len + 2 or em[-1] != 0xBC:
        return False
    masked, h = em[:em_len - h_len - 1], em[em_len - h_len - 1:-1]
    top = 0xFF >> (8 * em_len - em_bits)
    if masked[0] & ~top & 0xFF:
        return False
    db = bytearray(x ^ y for x, y in zip(masked, _mgf1(hash_name, h, len(masked))))
    db[0] &= top
    one = db.find(b"\1")
    if one < 0 or any(db[:one]):
        return False
    salt = bytes(db[one + 1:])
    if salt_length != SALT_MAX and len(salt) != s_len:
        return False
    return hashlib.new(hash_name, b"\0" * 8 + hashlib.new(hash_name, data).digest() + salt).digest() == h
