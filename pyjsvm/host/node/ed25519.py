"""Ed25519 (RFC 8032, section 5.1): the signatures of node:crypto's ``ed25519`` keys, in pure
Python (the standard library has no elliptic curves; SHA-512 is ``hashlib``'s).

NON-SPEC (ours): Python integers are not constant-time."""
from __future__ import annotations

import hashlib

__all__ = ["ed25519_public", "ed25519_sign", "ed25519_verify"]

_P = 2**255 - 19
_L = 2**252 + 27742317777372353535851937790883648493  # the order of the base point
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)

Point = tuple[int, int, int, int]  # extended homogeneous coordinates (X, Y, Z, T), section 5.1.4


def _add(p: Point, q: Point) -> Point:
    """Point addition (section 5.1.4; the formulas also double)."""
    a = (p[1] - p[0]) * (q[1] - q[0]) % _P
    b = (p[1] + p[0]) * (q[1] + q[0]) % _P
    c = 2 * p[3] * q[3] * _D % _P
    d = 2 * p[2] * q[2] % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _multiply(s: int, p: Point) -> Point:
    q: Point = (0, 1, 1, 0)  # the neutral element
    while s > 0:
        if s & 1:
            q = _add(q, p)
        p = _add(p, p)
        s >>= 1
    return q


def _recover_x(y: int, sign: int) -> int | None:
    """Decoding's step 2-4 (section 5.1.3): x from y and its low bit, or None."""
    if y >= _P:
        return None
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P != 0:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P != 0:
        return None
    if (x & 1) != sign:
        x = _P - x
    return x


_BY = 4 * pow(5, _P - 2, _P) % _P
_BX = _recover_x(_BY, 0)
assert _BX is not None
_B: Point = (_BX, _BY, 1, _BX * _BY % _P)


def _encode(p: Point) -> bytes:
    """Encoding (section 5.1.2): y, with the low bit of x in the top bit."""
    zinv = pow(p[2], _P - 2, _P)
    x, y = p[0] * zinv % _P, p[1] * zinv % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _decode(s: bytes) -> Point | None:
    """Decoding (section 5.1.3), or None."""
    if len(s) != 32:
        return None
    y = int.from_bytes(s, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    if x is None:
        return None
    return (x, y, 1, x * y % _P)


def _secret(secret: bytes) -> tuple[int, bytes]:
    """The secret scalar and the prefix of a private key (section 5.1.5, steps 1-3)."""
    h = hashlib.sha512(secret).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def _hash_int(*parts: bytes) -> int:
    return int.from_bytes(hashlib.sha512(b"".join(parts)).digest(), "little") % _L


def ed25519_public(secret: bytes) -> bytes:
    """The public key of a 32-byte private key (section 5.1.5)."""
    a, _ = _secret(secret)
    return _encode(_multiply(a, _B))


def ed25519_sign(secret: bytes, message: bytes) -> bytes:
    """Sign (section 5.1.6)."""
    a, prefix = _secret(secret)
    public = _encode(_multiply(a, _B))
    r = _hash_int(prefix, message)
    big_r = _encode(_multiply(r, _B))
    k = _hash_int(big_r, public, message)
    s = (r + k * a) % _L
    return big_r + s.to_bytes(32, "little")


def ed25519_verify(public: bytes, message: bytes, signature: bytes) -> bool:
    """Verify (section 5.1.7): [S]B = R + [k]A, compared encoded."""
    if len(signature) != 64:
        return False
    a_point = _decode(public)
    r_point = _decode(signature[:32])
    s = int.from_bytes(signature[32:], "little")
    if a_point is None or r_point is None or s >= _L:
        return False
    k = _hash_int(signature[:32], public, message)
    return _encode(_multiply(s, _B)) == _encode(_add(r_point, _multiply(k, a_point)))
