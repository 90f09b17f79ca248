"""NON-SPEC: ``x ** y`` for finite, non-zero x and y, computed as V8 does, for node's digits.

Number::exponentiate (sec-numeric-types-number-exponentiate) leaves the result of a finite,
non-zero base and exponent implementation-approximated. V8 (``**``, ``Math.pow``, in every tier)
calls one function, ``base::ieee754::legacy::pow``: fdlibm's __ieee754_pow (Sun, 1993), which
computes log2(x) in two pieces, multiplies it by y in simulated extra precision, and raises 2 to
the result with exp's polynomial. V8's copy differs from fdlibm's in one place: in the last step
fdlibm computes ``r = (z*t1)/(t1-2) - (w+z*w)``, V8 ``r = (z*t1) / ((t1-2) - (w+z*w))`` (the
division is written ``base::Divide(z * t1, (t1 - two) - (w + z * w))``), which changes the last
bit of about one finite result in thirty. The platform's pow (``math.pow``) is closer to
correctly rounded and differs from node in about one in fourteen. Written here from the algorithm's
description; :func:`number_exponentiate` has already answered NaN, the zeros, the infinities and
a negative base with a non-integral exponent.
"""
from __future__ import annotations

import math
import struct

_DOUBLE = struct.Struct("<d")
_BITS = struct.Struct("<Q")


def _from_words(high: int, low: int) -> float:
    return float(_DOUBLE.unpack(_BITS.pack((high << 32) | low))[0])


# fdlibm's ``SET_LOW_WORD(v, 0)``, the high part of a value that the algorithm carries as two
# doubles, is written ``v - _fmod(v, _LOW_UNIT[_frexp(v)[1] + _LOW_UNIT_BIAS])`` (in line, for
# speed): v truncated toward zero to the unit of the last bit of its high word, exactly (math.fmod
# is exact), and sooner than unpacking and packing its bits. For v = f * 2**e (math.frexp) that
# unit is 2**(e - 21); below the normal range the high word's last bit stays at 2**-1042. (Unlike
# SET_LOW_WORD, it makes a -0 of a negative v whose high word is zero +0; the value below in which
# that could happen, a y or a t under 2**-1042 in magnitude, then gives a result of 1 either way.)
_LOW_UNIT_BIAS = 1100
_LOW_UNIT = [2.0 ** max(e - 21, -1042) for e in range(-_LOW_UNIT_BIAS, 1025)]
_fmod = math.fmod
_frexp = math.frexp
_ldexp = math.ldexp


# log2(x) = n + log2(m), m in [sqrt(3)/2, sqrt(3)/2 * 2): with s = (m - b) / (m + b), b = 1 or
# 1.5, log(m) = log(b) + 2s + 2/3 s**3 + s**5 * L(s*s), L of degree 5.
_L1 = 5.99999999999994648725e-01
_L2 = 4.28571428578550184252e-01
_L3 = 3.33333329818377432918e-01
_L4 = 2.72728123808534006489e-01
_L5 = 2.30660745775561754067e-01
_L6 = 2.06975017800338417784e-01
_LOG2_1_5_HI = 5.84962487220764160156e-01  # log2(1.5), its first 24 bits
_LOG2_1_5_LO = 1.35003920212974897128e-08  # the rest
_CP = 9.61796693925975554329e-01  # 2 / (3 ln 2)
_CP_HI = 9.61796700954437255859e-01  # its first 24 bits
_CP_LO = -7.02846165095275826516e-09
INV_LN2 = 1.44269504088896338700e+00  # 1 / ln 2
_INV_LN2_HI = 1.44269502162933349609e+00  # its first 24 bits
_INV_LN2_LO = 1.92596299112661746887e-08
# 2**r = exp(r ln 2), with exp's polynomial: exp(r) = 1 + r + r * c / (2 - c), c = r - r*r * P(r*r),
# P of degree 4 (intrinsics/fdlibm.py's exp uses these too)
P1 = 1.66666666666666019037e-01
P2 = -2.77777777770155933842e-03
P3 = 6.61375632143793436117e-05
P4 = -1.65339022054652515390e-06
P5 = 4.13813679705723846039e-08
LN2 = 6.93147180559945286227e-01
_LN2_HI = 6.93147182464599609375e-01  # ln 2, its first 21 bits
_LN2_LO = -1.90465429995776804525e-09
_OVT = 8.0085662595372944372e-17  # 1024 - log2(the largest double + half an ulp)
_THIRD = 0.3333333333333333333333

# fdlibm's tests on high words, as comparisons of doubles: a high word over H is
# |v| >= _from_words(H + 1, 0), a high word below H is |v| < _from_words(H, 0)
_Y_OVER_2_31 = _from_words(0x41E00001, 0)  # |y| over 2**31
_Y_OVER_2_64 = _from_words(0x43F00001, 0)  # |y| over 2**64
_X_BELOW_ONE = _from_words(0x3FEFFFFF, 0)  # |x| below 1 - 2**-21
_X_OVER_ONE = _from_words(0x3FF00001, 0)  # |x| above 1 + 2**-20
_M_FOR_1 = _from_words(0x3FF3988F, 0)  # the mantissa below about sqrt(3/2): log around 1
_M_FOR_1_5 = _from_words(0x3FFBB67A, 0)  # below about sqrt(3): around 1.5 (above: around 2)
_Z_OVER_HALF = _from_words(0x3FE00001, 0)  # |z| over 0.5
_TWO_M19 = 2.0 ** -19


def fdlibm_pow(x: float, y: float) -> float:
    """NON-SPEC: x ** y for finite, non-zero x and y (y an integer when x < 0), as V8's copy of
    fdlibm's __ieee754_pow computes it."""
    # the exponents answered directly
    if y == 2.0:
        return x * x
    if y == 1.0:
        return x
    if y == -1.0:
        return 1.0 / x
    if y == 0.5 and x > 0:
        return math.sqrt(x)
    ax = abs(x)
    # the sign: -1 for a negative base and an odd exponent (no odd double reaches 2**53)
    sign = -1.0 if x < 0 and abs(y) < 9007199254740992.0 and int(y) & 1 else 1.0
    if ax == 1.0:
        return sign
    ay = abs(y)
    if ay >= _Y_OVER_2_31:
        if ay >= _Y_OVER_2_64:  # (an even integer)
            if ax < 1.0:
                return math.inf if y < 0 else 0.0
            return math.inf if y > 0 else 0.0
        # far enough from 1, the result overflows or underflows
        if ax < _X_BELOW_ONE:
            return sign * math.inf if y < 0 else sign * 0.0
        if ax >= _X_OVER_ONE:
            return sign * math.inf if y > 0 else sign * 0.0
        # |x - 1| <= 2**-20: log2(x) from the series t - t**2/2 + t**3/3 - t**4/4, t = x - 1
        t = ax - 1.0
        w = (t * t) * (0.5 - t * (_THIRD - t * 0.25))
        u = _INV_LN2_HI * t
        v = t * _INV_LN2_LO - w * INV_LN2
        t1 = u + v
        t1 -= _fmod(t1, _LOW_UNIT[_frexp(t1)[1] + _LOW_UNIT_BIAS])
        t2 = v - (t1 - u)
    else:
        # x = 2**n * m (subnormals too), m in [sqrt(3)/2, sqrt(3)), around b = 1 or 1.5 (and
        # 2: then m halved, n one more, around 1)
        m, n = _frexp(ax)
        m += m
        n -= 1
        # the top 19 bits of m's fraction (fdlibm: the high word of m, shifted right by one)
        lead = m - 1.0
        lead -= lead % _TWO_M19
        if m < _M_FOR_1:
            b = 1.0
            log_b_hi = log_b_lo = 0.0
            t_h = 2.0 + lead  # m + b, its leading bits
        elif m < _M_FOR_1_5:
            b = 1.5
            log_b_hi, log_b_lo = _LOG2_1_5_HI, _LOG2_1_5_LO
            t_h = 2.5 + lead
        else:
            b = 1.0
            log_b_hi = log_b_lo = 0.0
            m *= 0.5
            n += 1
            t_h = 1.5 + lead * 0.5
        # s = s_h + s_l = (m - b) / (m + b)
        u = m - b
        v = 1.0 / (m + b)
        ss = u * v
        s_h = ss - _fmod(ss, _LOW_UNIT[_frexp(ss)[1] + _LOW_UNIT_BIAS])
        t_l = m - (t_h - b)
        s_l = v * ((u - s_h * t_h) - s_h * t_l)
        # log(m / b) = 2s + 2/3 s**3 + ..., times 3/2 as t_h + t_l
        s2 = ss * ss
        r = s2 * s2 * (_L1 + s2 * (_L2 + s2 * (_L3 + s2 * (_L4 + s2 * (_L5 + s2 * _L6)))))
        r += s_l * (s_h + ss)
        s2 = s_h * s_h
        t_h = 3.0 + s2 + r
        t_h -= t_h % _TWO_M19  # its high part: t_h is in [3, 4), where that unit is 2**-19
        t_l = r - ((t_h - 3.0) - s2)
        u = s_h * t_h
        v = s_l * t_h + t_l * ss
        p_h = u + v
        p_h -= _fmod(p_h, _LOW_UNIT[_frexp(p_h)[1] + _LOW_UNIT_BIAS])
        p_l = v - (p_h - u)
        # log2(m / b) = (p_h + p_l) * 2 / (3 ln 2); log2(x) = n + log2(b) + z_h + z_l = t1 + t2
        z_h = _CP_HI * p_h
        z_l = _CP_LO * p_h + p_l * _CP + log_b_lo
        t = float(n)
        t1 = ((z_h + z_l) + log_b_hi) + t
        t1 -= _fmod(t1, _LOW_UNIT[_frexp(t1)[1] + _LOW_UNIT_BIAS])
        t2 = z_l - (((t1 - t) - log_b_hi) - z_h)
    # y * log2(x) = p_h + p_l, y split as y1 + (y - y1)
    y1 = y - _fmod(y, _LOW_UNIT[_frexp(y)[1] + _LOW_UNIT_BIAS])
    p_l = (y - y1) * t1 + y * t2
    p_h = y1 * t1
    z = p_l + p_h
    if z >= 1024.0:
        if z > 1024.0 or p_l + _OVT > z - p_h:
            return sign * math.inf
    elif z <= -1075.0:
        if z < -1075.0 or p_l <= z - p_h:
            return sign * 0.0
    # 2**z = 2**n * 2**r, n the integer nearest z (halves away from 0), |r| <= 1/2
    n = 0
    if abs(z) >= _Z_OVER_HALF:
        n = int(abs(z) + 0.5)
        if z < 0:
            n = -n
        p_h -= n
    t = p_l + p_h
    t -= _fmod(t, _LOW_UNIT[_frexp(t)[1] + _LOW_UNIT_BIAS])
    u = t * _LN2_HI
    v = (p_l - (t - p_h)) * LN2 + t * _LN2_LO
    z = u + v
    w = v - (z - u)
    t = z * z
    t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
    r = (z * t1) / ((t1 - 2.0) - (w + z * w))  # V8's grouping (fdlibm: (z*t1)/(t1-2) - (w+z*w))
    z = 1.0 - (r - z)
    return sign * _ldexp(z, n)
