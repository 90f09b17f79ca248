"""X25519 (RFC 7748, section 5): the Diffie-Hellman function on Curve25519 behind node:crypto's
``x25519`` keys, in pure Python (the standard library has no elliptic curves).

NON-SPEC (ours): Python integers are not constant-time; this serves programs that need the
result (a key agreement a package performs), not protection against timing side channels."""
from __future__ import annotations

__all__ = ["x25519", "x25519_public"]

_P = 2**255 - 19
_A24 = 121665  # (486662 - 2) / 4
_BASE_U = (9).to_bytes(32, "little")


def _decode_scalar(k: bytes) -> int:
    """decodeScalar25519 (RFC 7748, section 5): clamp the 32 bytes."""
    b = bytearray(k)
    b[0] &= 248
    b[31] &= 127
    b[31] |= 64
    return int.from_bytes(b, "little")


def x25519(k: bytes, u: bytes) -> bytes:
    """X25519(k, u) (RFC 7748, section 5): the Montgomery ladder over the u-coordinate."""
    if len(k) != 32 or len(u) != 32:
        raise ValueError("X25519 takes 32-byte inputs")
    scalar = _decode_scalar(k)
    x1 = int.from_bytes(u, "little") & ((1 << 255) - 1)  # (the top bit is masked, section 5)
    x2, z2, x3, z3 = 1, 0, x1, 1
    swap = 0
    for t in range(254, -1, -1):
        bit = (scalar >> t) & 1
        swap ^= bit
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = bit
        a = (x2 + z2) % _P
        aa = a * a % _P
        b = (x2 - z2) % _P
        bb = b * b % _P
        e = (aa - bb) % _P
        c = (x3 + z3) % _P
        d = (x3 - z3) % _P
        da = d * a % _P
        cb = c * b % _P
        x3 = (da + cb) ** 2 % _P
        z3 = x1 * (da - cb) ** 2 % _P
        x2 = aa * bb % _P
        z2 = e * (aa + _A24 * e) % _P
    if swap:
        x2, z2 = x3, z3
    return (x2 * pow(z2, _P - 2, _P) % _P).to_bytes(32, "little")


def x25519_public(k: bytes) -> bytes:
    """The public key of private key ``k``: X25519(k, 9)."""
    return x25519(k, _BASE_U)
