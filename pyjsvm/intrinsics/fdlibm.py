"""NON-SPEC: Math.log, Math.exp and Math.cbrt computed as V8 computes them, for node's digits.

The spec leaves these results implementation-approximated. V8 evaluates them with the algorithms
of fdlibm (Sun's freely distributable math library, 1993): a reduction to a small argument, then a
fixed polynomial, each step in double precision. The platform's libm (which ``math.log`` and
``math.exp`` call) is closer to correctly rounded and so differs from node in the last digit for
about one argument in a hundred (log), in twelve (exp) or thirteen (cbrt): BM25 scores, map projections and other
numeric output then differ from node's. Written here from the published algorithm descriptions;
the callers (intrinsics/math.py) have already handled NaN, the infinities and the domain errors.
"""
from __future__ import annotations

import math
import struct

_DOUBLE = struct.Struct("<d")
_BITS = struct.Struct("<Q")

_LN2_HI = 6.93147180369123816490e-01  # the high 32 bits of ln 2 (its low 32 bits zero)
_LN2_LO = 1.90821492927058770002e-10  # ln 2 - _LN2_HI
_TWO54 = 1.80143985094819840000e+16

# log(1 + f) = f - s * (f - R) with s = f / (2 + f) and R a polynomial in s*s of degree 14.
_LG1 = 6.666666666666735130e-01
_LG2 = 3.999999999940941908e-01
_LG3 = 2.857142874366239149e-01
_LG4 = 2.222219843214978396e-01
_LG5 = 1.818357216161805012e-01
_LG6 = 1.531383769920937332e-01
_LG7 = 1.479819860511658591e-01

# exp(r) = 1 + r + r * c / (2 - c) with c = r - r*r * P(r*r), P of degree 4.
_P1 = 1.66666666666666019037e-01
_P2 = -2.77777777770155933842e-03
_P3 = 6.61375632143793436117e-05
_P4 = -1.65339022054652515390e-06
_P5 = 4.13813679705723846039e-08
_INV_LN2 = 1.44269504088896338700e+00
_EXP_OVERFLOW = 7.09782712893383973096e+02
_EXP_UNDERFLOW = -7.45133219101941108420e+02


def _high_low(x: float) -> tuple[int, int]:
    """The high and low 32-bit words of a double (the high one unsigned)."""
    bits = _BITS.unpack(_DOUBLE.pack(x))[0]
    return bits >> 32, bits & 0xFFFFFFFF


def _from_words(high: int, low: int) -> float:
    return float(_DOUBLE.unpack(_BITS.pack((high << 32) | low))[0])


def fdlibm_log(x: float) -> float:
    """NON-SPEC: the natural logarithm of a finite x > 0, as fdlibm's __ieee754_log computes it."""
    hx, lx = _high_low(x)
    k = 0
    if hx < 0x00100000:  # subnormal: scale into the normal range
        k -= 54
        x *= _TWO54
        hx, lx = _high_low(x)
    k += (hx >> 20) - 1023
    hx &= 0x000FFFFF
    # Normalise x (or x / 2) into [sqrt(2)/2, sqrt(2)), so that f = x - 1 is small.
    i = (hx + 0x95F64) & 0x100000
    x = _from_words(hx | (i ^ 0x3FF00000), lx)
    k += i >> 20
    f = x - 1.0
    dk = float(k)
    if (0x000FFFFF & (2 + hx)) < 3:  # -2**-20 <= f < 2**-20
        if f == 0:
            return 0.0 if k == 0 else dk * _LN2_HI + dk * _LN2_LO
        r = f * f * (0.5 - 0.33333333333333333 * f)
        if k == 0:
            return f - r
        return dk * _LN2_HI - ((r - dk * _LN2_LO) - f)
    s = f / (2.0 + f)
    z = s * s
    w = z * z
    t1 = w * (_LG2 + w * (_LG4 + w * _LG6))
    t2 = z * (_LG1 + w * (_LG3 + w * (_LG5 + w * _LG7)))
    r = t2 + t1
    if ((hx - 0x6147A) | (0x6B851 - hx)) > 0:  # the mantissa far from 1 and from 2
        hfsq = 0.5 * f * f
        if k == 0:
            return f - (hfsq - s * (hfsq + r))
        return dk * _LN2_HI - ((hfsq - (s * (hfsq + r) + dk * _LN2_LO)) - f)
    if k == 0:
        return f - s * (f - r)
    return dk * _LN2_HI - ((s * (f - r) - dk * _LN2_LO) - f)


def fdlibm_exp(x: float) -> float:
    """NON-SPEC: e**x for a finite x, as fdlibm's __ieee754_exp computes it."""
    if x > _EXP_OVERFLOW:
        return math.inf
    if x < _EXP_UNDERFLOW:
        return 0.0
    hx = _high_low(x)[0] & 0x7FFFFFFF
    negative = x < 0
    hi = lo = 0.0
    # Reduce: x = k * ln2 + r with |r| <= ln2 / 2.
    if hx > 0x3FD62E42:  # |x| > ln2 / 2
        if hx < 0x3FF0A2B2:  # and |x| < 3 ln2 / 2
            if x == 1.0:
                return math.e  # as V8 does: the steps below would round e up by an ulp
            k = -1 if negative else 1
            hi = x + _LN2_HI if negative else x - _LN2_HI
            lo = -_LN2_LO if negative else _LN2_LO
        else:
            k = int(_INV_LN2 * x + (-0.5 if negative else 0.5))
            hi = x - k * _LN2_HI
            lo = k * _LN2_LO
        x = hi - lo
    elif hx < 0x3E300000:  # |x| < 2**-28
        return 1.0 + x
    else:
        k = 0
    t = x * x
    c = x - t * (_P1 + t * (_P2 + t * (_P3 + t * (_P4 + t * _P5))))
    if k == 0:
        return 1.0 - ((x * c) / (c - 2.0) - x)
    y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi)
    if k >= -1021:
        if k == 1024:
            return y * 2.0 * 8.98846567431158e307  # 2**1023
        return y * math.ldexp(1.0, k)
    return y * math.ldexp(1.0, k + 1000) * 9.33263618503218878990e-302  # 2**-1000


# cbrt: a first guess to 5 bits from the exponent (divided by 3, biased), then 1/cbrt to 23 bits
# by a polynomial, rounded away from zero to 23 bits, then one Newton step to 53 bits.
_CBRT_B1 = 715094163  # (1023 - 1023/3 - 0.03306235651) * 2**20
_CBRT_B2 = 696219795  # (1023 - 1023/3 - 54/3 - 0.03306235651) * 2**20
_CBRT_P0 = 1.87595182427177009643
_CBRT_P1 = -1.88497979543377169875
_CBRT_P2 = 1.621429720105354466140
_CBRT_P3 = -0.758397934778766047437
_CBRT_P4 = 0.145996192886612446982


def fdlibm_cbrt(x: float) -> float:
    """NON-SPEC: the cube root of a finite x != 0, as fdlibm's cbrt (FreeBSD's revision) computes it."""
    hx = _high_low(x)[0]
    sign = hx & 0x80000000
    hx ^= sign
    if hx < 0x00100000:  # subnormal: the guess from x * 2**54
        high = _high_low(x * 18014398509481984.0)[0]
        t = _from_words(sign | ((high & 0x7FFFFFFF) // 3 + _CBRT_B2), 0)
    else:
        t = _from_words(sign | (hx // 3 + _CBRT_B1), 0)
    r = (t * t) * (t / x)
    t = t * ((_CBRT_P0 + r * (_CBRT_P1 + r * _CBRT_P2)) + ((r * r) * r) * (_CBRT_P3 + r * _CBRT_P4))
    t = float(_DOUBLE.unpack(_BITS.pack((_BITS.unpack(_DOUBLE.pack(t))[0] + 0x80000000) & 0xFFFFFFFFC0000000))[0])
    s = t * t  # exact
    r = x / s
    w = t + t  # exact
    r = (r - t) / (w + r)
    return t + t * r
