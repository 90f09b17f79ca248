"""NON-SPEC: Math.log, exp, cbrt, sin, cos, tan, atan, atan2, asin, acos, asinh, acosh, atanh, sinh,
cosh, tanh, expm1, log1p, log2 and log10 computed as V8 does, for node's digits.

The spec leaves these results implementation-approximated. V8 evaluates them with the algorithms
of fdlibm (Sun's freely distributable math library, 1993; log2 from FreeBSD's revision of it): a
reduction to a small argument, then a fixed polynomial, each step in double precision. The
platform's libm (which ``math.log`` and ``math.exp`` call) is closer to correctly rounded and so
differs from node in the last digit for about one argument in a hundred (log, atan), in ten
(atan2), in twelve (exp), in thirteen (cbrt), in forty (sin, cos, tan), in thirty to forty (asin, acos,
cosh), in sixty to 150 (sinh, tanh, acosh, asinh), in two to three hundred (log2, log10)
and in two to eight thousand (expm1, log1p, atanh): BM25 scores, map projections and other numeric
output then differ from node's. Written here from the published algorithm descriptions;
the callers (intrinsics/math.py) have already handled NaN, the infinities and the domain errors.
(``**`` and Math.pow: runtime/fdlibm_pow.py.)
"""
from __future__ import annotations

import math
import struct

from pyjsvm.runtime.fdlibm_pow import INV_LN2, LN2, P1, P2, P3, P4, P5

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

# exp(r) = 1 + r + r * c / (2 - c) with c = r - r*r * P(r*r), P (P1 to P5) of degree 4, as pow
_EXP_OVERFLOW = 7.09782712893383973096e+02
_EXP_UNDERFLOW = -7.45133219101941108420e+02


def _high_low(x: float) -> tuple[int, int]:
    """The high and low 32-bit words of a double (the high one unsigned)."""
    bits = _BITS.unpack(_DOUBLE.pack(x))[0]
    return bits >> 32, bits & 0xFFFFFFFF


def _from_words(high: int, low: int) -> float:
    return float(_DOUBLE.unpack(_BITS.pack((high << 32) | low))[0])


# thresholds of exp on the high word of |x|, as doubles (a high word below H: |x| < _from_words(H, 0))
_EXP_HALF_LN2 = _from_words(0x3FD62E43, 0)  # the high word of |x| over 0x3FD62E42
_EXP_3_HALF_LN2 = _from_words(0x3FF0A2B2, 0)
_TWO_M28 = 2.0 ** -28  # 0x3E300000


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
    ax = abs(x)
    negative = x < 0
    hi = lo = 0.0
    # Reduce: x = k * ln2 + r with |r| <= ln2 / 2.
    if ax >= _EXP_HALF_LN2:  # |x| > ln2 / 2
        if ax < _EXP_3_HALF_LN2:  # and |x| < 3 ln2 / 2
            if x == 1.0:
                return math.e  # as V8 does: the steps below would round e up by an ulp
            k = -1 if negative else 1
            hi = x + _LN2_HI if negative else x - _LN2_HI
            lo = -_LN2_LO if negative else _LN2_LO
        else:
            k = int(INV_LN2 * x + (-0.5 if negative else 0.5))
            hi = x - k * _LN2_HI
            lo = k * _LN2_LO
        x = hi - lo
    elif ax < _TWO_M28:  # |x| < 2**-28
        return 1.0 + x
    else:
        k = 0
    t = x * x
    c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
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


# sin and cos: x reduced to y0 + y1 in [-pi/4, pi/4] plus n quarter turns (pi/2 in three parts,
# each 33 bits, so that n * part is exact), then the kernels' polynomials on y0 + y1.
_S1 = -1.66666666666666324348e-01
_S2 = 8.33333333332248946124e-03
_S3 = -1.98412698298579493134e-04
_S4 = 2.75573137070700676789e-06
_S5 = -2.50507602534068634195e-08
_S6 = 1.58969099521155010221e-10
_C1 = 4.16666666666666019037e-02
_C2 = -1.38888888888741095749e-03
_C3 = 2.48015872894767294178e-05
_C4 = -2.75573143513906633035e-07
_C5 = 2.08757232129817482790e-09
_C6 = -1.13596475577881948265e-11
_PIO2_1 = 1.57079632673412561417e+00  # the first 33 bits of pi/2
_PIO2_1T = 6.07710050650619224932e-11  # pi/2 - _PIO2_1
_PIO2_2 = 6.07710050630396597660e-11  # the next 33 bits
_PIO2_2T = 2.02226624879595063154e-21
_PIO2_3 = 2.02226624871116645580e-21  # and the next 33
_PIO2_3T = 8.47842766036889956997e-32
_INV_PIO2 = 6.36619772367581382433e-01
# thresholds on the high word, as doubles: a high word below H is |x| < _from_words(H, 0)
_TWO_M27 = 2.0 ** -27  # 0x3E400000
_COS_SPLIT = _from_words(0x3FD33333, 0)  # about 0.3
_COS_QUARTER = _from_words(0x3FE90001, 0)  # above 0.78125 (high word over 0x3FE90000)
_PIO4_HIGH = _from_words(0x3FE921FC, 0)  # high word at most 0x3FE921FB: about pi/4


def _kernel_sin(x: float, y: float, iy: int) -> float:
    """sin(x + y) for |x| <= pi/4, y the tail of x (used when iy is 1)."""
    if -_TWO_M27 < x < _TWO_M27:  # (the high word of |x| below 0x3E400000)
        return x
    z = x * x
    v = z * x
    r = _S2 + z * (_S3 + z * (_S4 + z * (_S5 + z * _S6)))
    if iy == 0:
        return x + v * (_S1 + z * r)
    return x - ((z * (0.5 * y - v * r) - y) - v * _S1)


def _kernel_cos(x: float, y: float) -> float:
    """cos(x + y) for |x| <= pi/4 (fdlibm 5.3's kernel, with its 0.28125 split)."""
    a = abs(x)
    if a < _TWO_M27:
        return 1.0
    z = x * x
    r = z * (_C1 + z * (_C2 + z * (_C3 + z * (_C4 + z * (_C5 + z * _C6)))))
    if a < _COS_SPLIT:  # |x| < 0.3
        return 1.0 - (0.5 * z - (z * r - x * y))
    # (|x| / 4 with the low word cleared below 0.78125)
    qx = 0.28125 if a >= _COS_QUARTER else _from_words((_high_low(x)[0] & 0x7FFFFFFF) - 0x00200000, 0)
    return (1.0 - qx) - ((0.5 * z - qx) - (z * r - x * y))


# _rem_pio2's tests on the high word of |x| (ix), as doubles: ix < 0x4002D97C is |x| < 3pi/4;
# ix == 0x3FF921FB is |x| in [_PIO2_NEAR, _PIO2_PAST); ix > 0x413921FB is |x| >= _REM_PIO2_MAX
_THREE_PIO4 = _from_words(0x4002D97C, 0)
_PIO2_NEAR = _from_words(0x3FF921FB, 0)
_PIO2_PAST = _from_words(0x3FF921FC, 0)
_REM_PIO2_MAX = _from_words(0x413921FC, 0)
_frexp = math.frexp


def _pi_scaled(bits: int) -> int:
    """floor(pi * 2**bits), from Machin's formula pi = 16 atan(1/5) - 4 atan(1/239) in integers."""
    one = 1 << (bits + 32)  # 32 guard bits

    def atan_inverse(k: int) -> int:
        total = term = one // k
        n = 1
        while term:
            term //= k * k
            total += -(term // (2 * n + 1)) if n & 1 else term // (2 * n + 1)
            n += 1
        return total
    return (16 * atan_inverse(5) - 4 * atan_inverse(239)) >> 32


# fdlibm's tables for the reduction of a large x: 2/pi in 24-bit pieces (ipio2, 66 of them), and
# pi/2 in 24-bit pieces as doubles (PIo2, 8 of them), computed here to the same bits
_PI_BITS = 24 * 70
_TWO_OVER_PI_24 = [(((1 << (2 * _PI_BITS + 1)) // _pi_scaled(_PI_BITS)) >> (_PI_BITS - 24 * (i + 1))) & 0xFFFFFF
                   for i in range(66)]  # 2/pi * 2**(24 (i + 1)), its last 24 bits
_PIO2_24 = [math.ldexp(float(((_pi_scaled(_PI_BITS) >> 1) >> (_PI_BITS - 23 - 24 * i)) & 0xFFFFFF), -23 - 24 * i)
            for i in range(8)]  # pi/2 from its leading bit, 24 bits a piece
_TWO24 = 16777216.0
_TWON24 = 1.0 / 16777216.0


def _kernel_rem_pio2(xs: list[float], e0: int) -> tuple[int, float, float]:
    """fdlibm's __kernel_rem_pio2 for doubles (prec 2): x = (xs[0] + xs[1] * 2**-24 + xs[2] *
    2**-48) * 2**e0, its pieces 24-bit integers; returns n mod 8 and x - n * pi/2 as y0 + y1,
    from the product of x with the pieces of 2/pi that matter, in 24-bit integer pieces."""
    jk = jp = 4
    jx = len(xs) - 1
    jv = max((e0 - 3) // 24, 0)
    q0 = e0 - 24 * (jv + 1)
    f = [0.0] * 40
    for i in range(jx + jk + 1):
        f[i] = float(_TWO_OVER_PI_24[jv - jx + i]) if jv - jx + i >= 0 else 0.0
    q = [0.0] * 40
    for i in range(jk + 1):
        fw = 0.0
        for j in range(jx + 1):
            fw += xs[j] * f[jx + i - j]
        q[i] = fw
    jz = jk
    iq = [0] * 40
    z = 0.0
    while True:
        # distill q[0..jz] into 24-bit integers iq, the integer part n and fraction z
        z = q[jz]
        for i, j in enumerate(range(jz, 0, -1)):
            fw = float(int(_TWON24 * z))
            iq[i] = int(z - _TWO24 * fw)
            z = q[j - 1] + fw
        z = math.ldexp(z, q0)
        z -= 8.0 * math.floor(z * 0.125)
        n = int(z)
        z -= n
        ih = 0
        if q0 > 0:  # the last piece's top bits are n's
            i = iq[jz - 1] >> (24 - q0)
            n += i
            iq[jz - 1] -= i << (24 - q0)
            ih = iq[jz - 1] >> (23 - q0)
        elif q0 == 0:
            ih = iq[jz - 1] >> 23
        elif z >= 0.5:
            ih = 2
        if ih > 0:  # the fraction is over a half: take 1 - it, n one more
            n += 1
            carry = 0
            for i in range(jz):
                j = iq[i]
                if carry == 0:
                    if j != 0:
                        carry = 1
                        iq[i] = 0x1000000 - j
                else:
                    iq[i] = 0xFFFFFF - j
            if q0 == 1:
                iq[jz - 1] &= 0x7FFFFF
            elif q0 == 2:
                iq[jz - 1] &= 0x3FFFFF
            if ih == 2:
                z = 1.0 - z
                if carry != 0:
                    z -= math.ldexp(1.0, q0)
        if z == 0.0 and not any(iq[i] for i in range(jk, jz)):
            # all the fraction cancelled: more pieces of 2/pi
            k = 1
            while iq[jk - k] == 0:
                k += 1
            for i in range(jz + 1, jz + k + 1):
                f[jx + i] = float(_TWO_OVER_PI_24[jv + i])
                fw = 0.0
                for j in range(jx + 1):
                    fw += xs[j] * f[jx + i - j]
                q[i] = fw
            jz += k
            continue
        break
    if z == 0.0:  # drop the zero pieces
        jz -= 1
        q0 -= 24
        while iq[jz] == 0:
            jz -= 1
            q0 -= 24
    else:  # the fraction's last piece
        z = math.ldexp(z, -q0)
        if z >= _TWO24:
            fw = float(int(_TWON24 * z))
            iq[jz] = int(z - _TWO24 * fw)
            jz += 1
            q0 += 24
            iq[jz] = int(fw)
        else:
            iq[jz] = int(z)
    # the fraction as doubles, times pi/2 in pieces, summed
    fw = math.ldexp(1.0, q0)
    for i in range(jz, -1, -1):
        q[i] = fw * iq[i]
        fw *= _TWON24
    fq = [0.0] * 40
    for i in range(jz, -1, -1):
        fw = 0.0
        k = 0
        while k <= jp and k <= jz - i:
            fw += _PIO2_24[k] * q[i + k]
            k += 1
        fq[jz - i] = fw
    fw = 0.0
    for i in range(jz, -1, -1):
        fw += fq[i]
    y0 = fw if ih == 0 else -fw
    fw = fq[0] - fw
    for i in range(1, jz + 1):
        fw += fq[i]
    return n & 7, y0, (fw if ih == 0 else -fw)


def _rem_pio2_large(x: float) -> tuple[int, float, float]:
    """x - n * pi/2 as y0 + y1 with n, for a finite |x| over 2**19 * pi/2 (fdlibm's
    __ieee754_rem_pio2's last case): |x| cut into three 24-bit pieces for _kernel_rem_pio2."""
    t = abs(x)
    e0 = _frexp(t)[1] - 24  # ilogb(|x|) - 23
    z = math.ldexp(t, -e0)
    xs = []
    for _ in range(2):
        piece = float(int(z))
        xs.append(piece)
        z = (z - piece) * _TWO24
    xs.append(z)
    while xs[-1] == 0.0:
        xs.pop()
    n, y0, y1 = _kernel_rem_pio2(xs, e0)
    if x < 0:
        return -n, -y0, -y1
    return n, y0, y1


def _rem_pio2(x: float) -> tuple[int, float, float]:
    """x - n * pi/2 as y0 + y1 with n, for a finite |x| > pi/4 (:func:`_rem_pio2_large` beyond
    2**19 * pi/2). (fdlibm
    compares exponents read from the high words; the same tests are made here on the doubles
    and with frexp, which read no bits: a zero or subnormal y0, whose exponent field is 0, is
    always past the cut-off.)"""
    t = abs(x)
    negative = x < 0.0
    if t < _THREE_PIO4:  # |x| < 3pi/4: n is 1 or -1
        sign = -1.0 if negative else 1.0
        z = x - sign * _PIO2_1
        if not _PIO2_NEAR <= t < _PIO2_PAST:
            y0 = z - sign * _PIO2_1T
            return (-1 if negative else 1), y0, (z - y0) - sign * _PIO2_1T
        z -= sign * _PIO2_2  # x is near pi/2: 33 more bits
        y0 = z - sign * _PIO2_2T
        return (-1 if negative else 1), y0, (z - y0) - sign * _PIO2_2T
    if t >= _REM_PIO2_MAX:
        return _rem_pio2_large(x)
    n = int(t * _INV_PIO2 + 0.5)
    fn = float(n)
    r = t - fn * _PIO2_1
    w = fn * _PIO2_1T
    j = _frexp(t)[1]
    y0 = r - w
    if y0 == 0.0 or j - _frexp(y0)[1] > 16:  # cancellation: a second part of pi/2
        t = r
        w = fn * _PIO2_2
        r = t - w
        w = fn * _PIO2_2T - ((t - r) - w)
        y0 = r - w
        if y0 == 0.0 or j - _frexp(y0)[1] > 49:  # and a third
            t = r
            w = fn * _PIO2_3
            r = t - w
            w = fn * _PIO2_3T - ((t - r) - w)
            y0 = r - w
    y1 = (r - y0) - w
    if negative:
        return -n, -y0, -y1
    return n, y0, y1


def fdlibm_sin(x: float) -> float:
    """NON-SPEC: sin of a finite x as fdlibm computes it."""
    if -_PIO4_HIGH < x < _PIO4_HIGH:  # |x| <= pi/4 (its high word at most 0x3FE921FB)
        return _kernel_sin(x, 0.0, 0)
    n, y0, y1 = _rem_pio2(x)
    quarter = n & 3
    if quarter == 0:
        return _kernel_sin(y0, y1, 1)
    if quarter == 1:
        return _kernel_cos(y0, y1)
    if quarter == 2:
        return -_kernel_sin(y0, y1, 1)
    return -_kernel_cos(y0, y1)


def fdlibm_cos(x: float) -> float:
    """NON-SPEC: cos of a finite x as fdlibm computes it."""
    if -_PIO4_HIGH < x < _PIO4_HIGH:
        return _kernel_cos(x, 0.0)
    n, y0, y1 = _rem_pio2(x)
    quarter = n & 3
    if quarter == 0:
        return _kernel_cos(y0, y1)
    if quarter == 1:
        return -_kernel_sin(y0, y1, 1)
    if quarter == 2:
        return -_kernel_cos(y0, y1)
    return _kernel_sin(y0, y1, 1)


# atan: |x| split at 7/16, 11/16, 19/16 and 39/16; beyond 7/16, atan(x) = atan(c) + atan(t)
# with c one of 1/2, 1, 3/2, infinity (_ATAN_HI + _ATAN_LO) and t small; then a polynomial in t.
_ATAN_HI = (4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01,
            1.57079632679489655800e+00)
_ATAN_LO = (2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17,
            6.12323399573676603587e-17)
_AT = (3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
       -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
       6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
       -3.65315727442169155270e-02, 1.62858201153657823623e-02)
_PI = 3.1415926535897931160e+00
_PI_LO = 1.2246467991473531772e-16  # pi - _PI
_PI_O_2 = 1.5707963267948965580e+00


def fdlibm_atan(x: float) -> float:
    """NON-SPEC: the arc tangent of x (not NaN), as fdlibm computes it."""
    hx = _high_low(x)[0]
    ix = hx & 0x7FFFFFFF
    negative = hx >> 31
    if ix >= 0x44100000:  # |x| >= 2**66 (or infinite)
        z = _ATAN_HI[3] + _ATAN_LO[3]
        return -z if negative else z
    if ix < 0x3FDC0000:  # |x| < 7/16
        if ix < 0x3E400000:  # |x| < 2**-27
            return x
        part = -1
    else:
        x = abs(x)
        if ix < 0x3FE60000:  # |x| < 11/16
            part = 0
            x = (2.0 * x - 1.0) / (2.0 + x)
        elif ix < 0x3FF30000:  # |x| < 19/16
            part = 1
            x = (x - 1.0) / (x + 1.0)
        elif ix < 0x40038000:  # |x| < 39/16
            part = 2
            x = (x - 1.5) / (1.0 + 1.5 * x)
        else:
            part = 3
            x = -1.0 / x
    z = x * x
    w = z * z
    s1 = z * (_AT[0] + w * (_AT[2] + w * (_AT[4] + w * (_AT[6] + w * (_AT[8] + w * _AT[10])))))
    s2 = w * (_AT[1] + w * (_AT[3] + w * (_AT[5] + w * (_AT[7] + w * _AT[9]))))
    if part < 0:
        return x - x * (s1 + s2)
    z = _ATAN_HI[part] - ((x * (s1 + s2) - _ATAN_LO[part]) - x)
    return -z if negative else z


def fdlibm_atan2(y: float, x: float) -> float:
    """NON-SPEC: atan2 of finite, non-zero y and x, as fdlibm computes it (the quadrant's
    multiple of pi added in two parts)."""
    if x == 1.0:
        return fdlibm_atan(y)
    hy = _high_low(y)[0]
    hx = _high_low(x)[0]
    quadrant = (hy >> 31) | ((hx >> 30) & 2)  # bit 0: y < 0; bit 1: x < 0
    k = ((hy & 0x7FFFFFFF) - (hx & 0x7FFFFFFF)) >> 20  # the difference of the exponents
    if k > 60:  # |y / x| > 2**60
        z = _PI_O_2 + 0.5 * _PI_LO
        quadrant &= 1
    elif hx >> 31 and k < -60:  # |y / x| < 2**-60 with x < 0
        z = 0.0
    else:
        z = fdlibm_atan(abs(y / x))
    if quadrant == 0:
        return z
    if quadrant == 1:
        return -z
    if quadrant == 2:
        return _PI - (z - _PI_LO)
    return (z - _PI_LO) - _PI


# tan: on [-pi/4, pi/4] an odd polynomial of degree 27 (below 0.6744 directly, above it on
# pi/4 - x); -1/tan for the odd quarter turns, divided carefully.
_T = (3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
      2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
      1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
      7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
      2.59073051863633712884e-05)
_PIO4 = 7.85398163397448278999e-01
_PIO4_LO = 3.06161699786838301793e-17


def _high_only(x: float) -> float:
    """x with the low 32 bits of its mantissa cleared."""
    return _from_words(_high_low(x)[0], 0)


def _minus_inverse(x: float, w: float, r: float) -> float:
    """-1 / w for w = x + r, with the error of the division corrected."""
    z = _high_only(w)
    v = r - (z - x)
    a = -1.0 / w
    t = _high_only(a)
    s = 1.0 + t * z
    return t + a * (s + t * v)


def _kernel_tan(x: float, y: float, iy: int) -> float:
    """tan(x + y) (iy 1) or -1/tan(x + y) (iy -1) for |x| <= pi/4."""
    hx, lx = _high_low(x)
    ix = hx & 0x7FFFFFFF
    negative = hx >> 31
    if ix < 0x3E300000 and int(x) == 0:  # |x| < 2**-28
        if (ix | lx) == 0 and iy == -1:
            return 1.0 / abs(x)
        if iy == 1:
            return x
        return _minus_inverse(x, x + y, y)
    big = ix >= 0x3FE59428  # |x| >= 0.6744
    if big:
        if negative:
            x = -x
            y = -y
        x = (_PIO4 - x) + (_PIO4_LO - y)
        y = 0.0
    z = x * x
    w = z * z
    r = _T[1] + w * (_T[3] + w * (_T[5] + w * (_T[7] + w * (_T[9] + w * _T[11]))))
    v = z * (_T[2] + w * (_T[4] + w * (_T[6] + w * (_T[8] + w * (_T[10] + w * _T[12])))))
    s = z * x
    r = y + z * (s * (r + v) + y)
    r += _T[0] * s
    w = x + r
    if big:
        v = float(iy)
        return (-1.0 if negative else 1.0) * (v - 2.0 * (x - (w * w / (w + v) - r)))
    if iy == 1:
        return w
    return _minus_inverse(x, w, r)


def fdlibm_tan(x: float) -> float:
    """NON-SPEC: tan of a finite x as fdlibm computes it."""
    if -_PIO4_HIGH < x < _PIO4_HIGH:  # |x| <= pi/4
        return _kernel_tan(x, 0.0, 1)
    n, y0, y1 = _rem_pio2(x)
    return _kernel_tan(y0, y1, 1 - ((n & 1) << 1))


# log1p: 1 + x = 2**k * (1 + f), f from u = 1 + x rounded and c = (1 + x) - u its error, then
# log(1 + f) = f - (f*f/2 - s * (f*f/2 + R)), s = f / (2 + f), R a polynomial in s*s of degree 7.
_LOG1P_SQRT2_M1 = _from_words(0x3FDA827A, 0)  # about sqrt(2) - 1
_LOG1P_NEAR_0 = _from_words(0x3FD2BEC5, 0)  # about 1 - sqrt(2)/2 (high word at most 0x3FD2BEC4)
_TWO_M29 = 2.0 ** -29  # 0x3E200000
_TWO_M54 = 2.0 ** -54  # 0x3C900000
_TWO53 = 9007199254740992.0  # 0x43400000


def fdlibm_log1p(x: float) -> float:
    """NON-SPEC: log(1 + x) for a finite x > -1, as fdlibm's log1p computes it."""
    k = 1
    hu = 0
    c = 0.0
    f = 0.0
    if x < _LOG1P_SQRT2_M1:  # (negative x too)
        ax = abs(x)
        if ax < _TWO_M29:
            return x if ax < _TWO_M54 else x - x * x * 0.5
        if x > 0 or ax < _LOG1P_NEAR_0:  # sqrt(2)/2 <= 1 + x < sqrt(2): f = x exactly
            k = 0
            f = x
            hu = 1
    if k:
        if x < _TWO53:
            u = 1.0 + x
            hu = _high_low(u)[0]
            k = (hu >> 20) - 1023
            c = (1.0 - (u - x) if k > 0 else x - (u - 1.0)) / u  # the error of 1 + x, relative
        else:
            u = x
            hu = _high_low(u)[0]
            k = (hu >> 20) - 1023
        hu &= 0x000FFFFF
        low = _high_low(u)[1]
        if hu < 0x6A09E:  # u's mantissa below sqrt(2): 1 + f = it
            u = _from_words(hu | 0x3FF00000, low)
        else:  # else half of it
            k += 1
            u = _from_words(hu | 0x3FE00000, low)
            hu = (0x00100000 - hu) >> 2
        f = u - 1.0
    hfsq = 0.5 * f * f
    if hu == 0:  # |f| < 2**-20
        if f == 0:
            if k == 0:
                return 0.0
            c += k * _LN2_LO
            return k * _LN2_HI + c
        r = hfsq * (1.0 - 0.66666666666666666 * f)
        if k == 0:
            return f - r
        return k * _LN2_HI - ((r - (k * _LN2_LO + c)) - f)
    s = f / (2.0 + f)
    z = s * s
    r = z * (_LG1 + z * (_LG2 + z * (_LG3 + z * (_LG4 + z * (_LG5 + z * (_LG6 + z * _LG7))))))
    if k == 0:
        return f - (hfsq - s * (hfsq + r))
    return k * _LN2_HI - ((hfsq - (s * (hfsq + r) + (k * _LN2_LO + c))) - f)


def _reduce_log(x: float) -> tuple[int, float]:
    """x = 2**k * m, m in [sqrt(2)/2, sqrt(2)) (fdlibm's log's reduction, subnormals scaled)."""
    hx, lx = _high_low(x)
    k = 0
    if hx < 0x00100000:
        k = -54
        hx, lx = _high_low(x * _TWO54)
    k += (hx >> 20) - 1023
    hx &= 0x000FFFFF
    i = (hx + 0x95F64) & 0x100000
    return k + (i >> 20), _from_words(hx | (i ^ 0x3FF00000), lx)


# log2: (f - f*f/2 + k_log1p(f)) / ln 2 + k in extra precision, 1/ln 2 in two parts.
_IVLN2_HI = 1.44269504072144627571e+00  # 1/ln 2, its first 33 bits
_IVLN2_LO = 1.67517131648865118353e-10


def fdlibm_log2(x: float) -> float:
    """NON-SPEC: the base-2 logarithm of a finite x > 0, as V8's log2 (FreeBSD's e_log2.c) computes it."""
    m, e = math.frexp(x)
    if m == 0.5:  # a power of two: its exponent, exactly (the steps below give it too, slower)
        return float(e - 1)
    k, x = _reduce_log(x)
    y = float(k)
    f = x - 1.0
    hfsq = 0.5 * f * f
    # k_log1p(f): log(1 + f) - f + f*f/2
    s = f / (2.0 + f)
    z = s * s
    w = z * z
    r = s * (hfsq + (z * (_LG1 + w * (_LG3 + w * (_LG5 + w * _LG7))) + w * (_LG2 + w * (_LG4 + w * _LG6))))
    hi = _high_only(f - hfsq)
    lo = (f - hi) - hfsq + r
    val_hi = hi * _IVLN2_HI
    val_lo = (lo + hi) * _IVLN2_LO + lo * _IVLN2_HI
    w = y + val_hi
    val_lo += (y - w) + val_hi
    return val_lo + w


# log10: n * log10(2) (in two parts) + log(x / 2**n) / ln 10.
_IVLN10 = 4.34294481903251816668e-01
_LOG10_2HI = 3.01029995663611771306e-01  # log10(2), its first 40 bits
_LOG10_2LO = 3.69423907715893078616e-13


def fdlibm_log10(x: float) -> float:
    """NON-SPEC: the base-10 logarithm of a finite x > 0, as fdlibm's log10 computes it."""
    hx, lx = _high_low(x)
    k = 0
    if hx < 0x00100000:
        k = -54
        hx, lx = _high_low(x * _TWO54)
    if hx == 0x3FF00000 and lx == 0:
        return 0.0
    k += (hx >> 20) - 1023
    i = 1 if k < 0 else 0  # x / 2**n in [1, 2), or [0.5, 1) for a negative n
    y = float(k + i)
    z = y * _LOG10_2LO + _IVLN10 * fdlibm_log(_from_words((hx & 0x000FFFFF) | ((0x3FF - i) << 20), lx))
    return z + y * _LOG10_2HI


# expm1: x = k ln 2 + r + c (c the reduction's error), expm1(r) from a polynomial in r*r/2 of
# degree 5 (the coefficients scaled by 2**n), then 2**k (expm1(r) + 1) - 1 arranged per k.
_Q1 = -3.33333333333331316428e-02
_Q2 = 1.58730158725481460165e-03
_Q3 = -7.93650757867487942473e-05
_Q4 = 4.00821782732936239552e-06
_Q5 = -2.01099218183624371326e-07
_EXPM1_56_LN2 = _from_words(0x4043687A, 0)  # about 56 ln 2
_EXPM1_HUGE = _from_words(0x40862E42, 0)  # about 709.78


def fdlibm_expm1(x: float) -> float:
    """NON-SPEC: e**x - 1 for a finite x, as fdlibm's expm1 computes it."""
    ax = abs(x)
    negative = x < 0
    if ax >= _EXPM1_56_LN2:
        if ax >= _EXPM1_HUGE and x > _EXP_OVERFLOW:
            return math.inf
        if negative:
            return -1.0
    c = 0.0
    if ax >= _EXP_HALF_LN2:  # |x| > ln2 / 2: reduce
        if ax < _EXP_3_HALF_LN2:
            k = -1 if negative else 1
            hi = x + _LN2_HI if negative else x - _LN2_HI
            lo = -_LN2_LO if negative else _LN2_LO
        else:
            k = int(INV_LN2 * x + (-0.5 if negative else 0.5))
            hi = x - k * _LN2_HI
            lo = k * _LN2_LO
        x = hi - lo
        c = (hi - x) - lo
    elif ax < _TWO_M54:
        return x
    else:
        k = 0
    hfx = 0.5 * x
    hxs = x * hfx
    r1 = 1.0 + hxs * (_Q1 + hxs * (_Q2 + hxs * (_Q3 + hxs * (_Q4 + hxs * _Q5))))
    t = 3.0 - r1 * hfx
    e = hxs * ((r1 - t) / (6.0 - x * t))
    if k == 0:
        return x - (x * e - hxs)
    e = x * (e - c) - c
    e -= hxs
    if k == -1:
        return 0.5 * (x - e) - 0.5
    if k == 1:
        if x < -0.25:
            return -2.0 * (e - (x + 0.5))
        return 1.0 + 2.0 * (x - e)
    if k <= -2 or k > 56:
        y = 1.0 - (e - x)
        y = y * 2.0 * 8.98846567431158e307 if k == 1024 else y * math.ldexp(1.0, k)
        return y - 1.0
    if k < 20:
        y = (1.0 - math.ldexp(1.0, -k)) - (e - x)  # (1 - 2**-k is exact)
    else:
        y = x - (e + math.ldexp(1.0, -k))
        y += 1.0
    return y * math.ldexp(1.0, k)


def fdlibm_sinh(x: float) -> float:
    """NON-SPEC: sinh of a finite x, as V8's sinh computes it (from expm1 and exp)."""
    h = -0.5 if x < 0 else 0.5
    ax = abs(x)
    if ax < 22:
        if ax < _TWO_M28:
            return x
        t = fdlibm_expm1(ax)
        if ax < 1:
            return h * (2 * t - t * t / (t + 1))
        return h * (t + t / (t + 1))
    if ax < 709.7822265625:  # the high word of log(the largest double)
        return h * fdlibm_exp(ax)
    if ax <= 710.4758600739439:  # overflow beyond
        w = fdlibm_exp(0.5 * ax)
        return (h * w) * w
    return math.copysign(math.inf, x)


_TWO_M55 = 2.0 ** -55  # 0x3C800000


def fdlibm_cosh(x: float) -> float:
    """NON-SPEC: cosh of a finite x, as V8's cosh computes it (from expm1 and exp)."""
    ax = abs(x)
    if ax < _EXP_HALF_LN2:
        t = fdlibm_expm1(ax)
        w = 1.0 + t
        if ax < _TWO_M55:
            return w
        return 1.0 + (t * t) / (w + w)
    if ax < 22.0:
        t = fdlibm_exp(ax)
        return 0.5 * t + 0.5 / t
    if ax < _EXPM1_HUGE:
        return 0.5 * fdlibm_exp(ax)
    if ax <= 710.4758600739439:
        w = fdlibm_exp(0.5 * ax)
        return (0.5 * w) * w
    return math.inf


def fdlibm_tanh(x: float) -> float:
    """NON-SPEC: tanh of a finite x != 0, as fdlibm's tanh computes it (from expm1)."""
    ax = abs(x)
    if ax < 22.0:
        if ax < _TWO_M28:
            return x
        if ax >= 1.0:
            z = 1.0 - 2.0 / (fdlibm_expm1(2.0 * ax) + 2.0)
        else:
            t = fdlibm_expm1(-2.0 * ax)
            z = -t / (t + 2.0)
    else:
        z = 1.0
    return z if x > 0 else -z


_TWO_28 = 268435456.0  # 0x41B00000
_OVER_TWO_28 = _from_words(0x41B00001, 0)
_OVER_TWO = _from_words(0x40000001, 0)


def fdlibm_asinh(x: float) -> float:
    """NON-SPEC: asinh of a finite x != 0, as fdlibm's asinh computes it (from log and log1p)."""
    ax = abs(x)
    if ax < _TWO_M28:
        return x
    if ax >= _OVER_TWO_28:
        w = fdlibm_log(ax) + LN2
    elif ax >= _OVER_TWO:
        w = fdlibm_log(2.0 * ax + 1.0 / (math.sqrt(x * x + 1.0) + ax))
    else:
        t = x * x
        w = fdlibm_log1p(ax + t / (1.0 + math.sqrt(1.0 + t)))
    return w if x > 0 else -w


def fdlibm_acosh(x: float) -> float:
    """NON-SPEC: acosh of a finite x >= 1, as fdlibm's acosh computes it (from log and log1p)."""
    if x >= _TWO_28:
        return fdlibm_log(x) + LN2
    if x == 1.0:
        return 0.0
    if x >= _OVER_TWO:
        return fdlibm_log(2.0 * x - 1.0 / (x + math.sqrt(x * x - 1.0)))
    t = x - 1.0
    return fdlibm_log1p(t + math.sqrt(2.0 * t + t * t))


def fdlibm_atanh(x: float) -> float:
    """NON-SPEC: atanh of an x != 0 with |x| < 1, as fdlibm's atanh computes it (from log1p)."""
    ax = abs(x)
    if ax < _TWO_M28:
        return x
    if ax < 0.5:
        t = ax + ax
        t = 0.5 * fdlibm_log1p(t + t * ax / (1.0 - ax))
    else:
        t = 0.5 * fdlibm_log1p((ax + ax) / (1.0 - ax))
    return t if x > 0 else -t


# asin and acos: asin(x) = x + x * x*x * R(x*x) on [0, 0.5], R = P / Q rational; beyond,
# pi/2 - 2 asin(sqrt((1 - x) / 2)) with sqrt's high part and its correction.
_PS = (1.66666666666666657415e-01, -3.25565818622400915405e-01, 2.01212532134862925881e-01,
       -4.00555345006794114027e-02, 7.91534994289814532176e-04, 3.47933107596021167570e-05)
_QS = (-2.40339491173441421878e+00, 2.02094576023350569471e+00, -6.88283971605453293030e-01,
       7.70381505559019352791e-02)
_PIO2_HI = 1.57079632679489655800e+00
_PIO2_LO = 6.12323399573676603587e-17
_ASIN_NEAR_1 = _from_words(0x3FEF3333, 0)  # about 0.975
_ACOS_TINY = _from_words(0x3C600001, 0)  # about 2**-57


def _asin_ratio(t: float) -> float:
    """P(t) / Q(t), asin's rational approximation (t = x*x)."""
    p = t * (_PS[0] + t * (_PS[1] + t * (_PS[2] + t * (_PS[3] + t * (_PS[4] + t * _PS[5])))))
    q = 1.0 + t * (_QS[0] + t * (_QS[1] + t * (_QS[2] + t * _QS[3])))
    return p / q


def fdlibm_asin(x: float) -> float:
    """NON-SPEC: asin of an x in [-1, 1], as fdlibm's asin computes it."""
    ax = abs(x)
    if ax == 1.0:
        return x * _PIO2_HI + x * _PIO2_LO
    if ax < 0.5:
        if ax < _TWO_M27:
            return x
        return x + x * _asin_ratio(x * x)
    t = (1.0 - ax) * 0.5
    w = _asin_ratio(t)
    s = math.sqrt(t)
    if ax >= _ASIN_NEAR_1:
        t = _PIO2_HI - (2.0 * (s + s * w) - _PIO2_LO)
    else:
        f = _high_only(s)
        c = (t - f * f) / (s + f)
        p = 2.0 * s * w - (_PIO2_LO - 2.0 * c)
        q = _PIO4 - 2.0 * f
        t = _PIO4 - (p - q)
    return t if x > 0 else -t


def fdlibm_acos(x: float) -> float:
    """NON-SPEC: acos of an x in [-1, 1], as fdlibm's acos computes it."""
    ax = abs(x)
    if ax == 1.0:
        return 0.0 if x > 0 else _PI + 2.0 * _PIO2_LO
    if ax < 0.5:
        if ax < _ACOS_TINY:
            return _PIO2_HI + _PIO2_LO
        return _PIO2_HI - (x - (_PIO2_LO - x * _asin_ratio(x * x)))
    if x < 0:
        z = (1.0 + x) * 0.5
        s = math.sqrt(z)
        w = _asin_ratio(z) * s - _PIO2_LO
        return _PI - 2.0 * (s + w)
    z = (1.0 - x) * 0.5
    s = math.sqrt(z)
    f = _high_only(s)
    c = (z - f * f) / (s + f)
    return 2.0 * (f + (_asin_ratio(z) * s + c))
