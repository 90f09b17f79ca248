"""The Number and BigInt types' operations (sec-numeric-types): Number::toString with any radix,
Number::exponentiate, StringToBigInt, and the digit helpers they share. Compiled code, the
operators and the Number/BigInt/Math built-ins all use these; none of them runs JS code."""
from __future__ import annotations

import math
import re

from pyjsvm.runtime.agent import check_bulk, check_digits, check_stop, throw_range_error
from pyjsvm.runtime.fdlibm_pow import fdlibm_pow

INF = float("inf")
NAN = float("nan")
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
# NON-SPEC (implementation limit, as V8's 2**30 bits): the largest BigInt, in bits. Kept small
# enough that one step on the largest values (a multiplication, a conversion to or from
# decimal text, quadratic in CPython) ends within a fraction of a second, so that a timeout
# stops BigInt bombs promptly; beyond it, RangeError "Maximum BigInt size exceeded".
MAX_BIGINT_BITS = 1 << 18
# The characters StrWhiteSpaceChar matches (WhiteSpace and LineTerminator, sec-tonumber-applied-to-the-string-type).
WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# NON-SPEC: long strings are scanned in pieces of this many code units, with the run's budget
# check (agent.check_stop) between them: str.strip over WHITESPACE takes 6 ns a code unit (1.6 s
# over 2**28 spaces), a digit scan in Python much longer
SCAN_PIECE = 1 << 16


def trim_string(s: str, where: str = "start+end") -> str:
    """TrimString (sec-trimstring) on a string: ``where`` is "start", "end" or "start+end"."""
    n = len(s)
    if n <= SCAN_PIECE:
        return s.strip(WHITESPACE) if where == "start+end" else s.lstrip(WHITESPACE) if where == "start" else s.rstrip(WHITESPACE)
    # NON-SPEC: a long string's whitespace skipped in pieces
    start = 0
    end = n
    if where != "end":
        while start < n:
            piece = s[start:start + SCAN_PIECE]
            rest = len(piece.lstrip(WHITESPACE))
            start += len(piece) - rest
            if rest:
                break
            check_stop()
    if where != "start":
        while end > start:
            piece = s[max(start, end - SCAN_PIECE):end]
            rest = len(piece.rstrip(WHITESPACE))
            end -= len(piece) - rest
            if rest:
                break
            check_stop()
    if start or end < n:
        check_bulk(end - start)  # (the copy: a step per 1,024 code units)
    return s[start:end]


def match_run(pattern: re.Pattern[str], s: str, start: int = 0) -> int:
    """NON-SPEC: the end of the run ``pattern`` (a character class with ``*``) matches in ``s``
    from ``start``, matched in pieces of SCAN_PIECE code units with the budget checked between
    them."""
    n = len(s)
    while True:
        end = pattern.match(s, start, start + SCAN_PIECE).end()  # type: ignore[union-attr]
        if end < start + SCAN_PIECE or end >= n:
            return end
        start = end
        check_stop()


_RADIX_RUN: dict[int, re.Pattern[str]] = {}


def radix_digit_run(radix: int) -> re.Pattern[str]:
    """NON-SPEC: the pattern of a run of ASCII digits of ``radix`` (2 to 36), either case."""
    pattern = _RADIX_RUN.get(radix)
    if pattern is None:
        last = DIGITS[radix - 1]
        cls = f"0-{last}" if radix <= 10 else f"0-9a-{last}A-{last.upper()}"
        pattern = _RADIX_RUN[radix] = re.compile(f"[{cls}]*")
    return pattern


def shortest_digits(x: float) -> tuple[str, int]:
    """The shortest digit string n and exponent e with n * 10**(e-len(n)+1) round-tripping to
    x > 0 (Python's repr is the shortest, closest representation, as Number::toString)."""
    r = repr(x)
    if "e" in r:
        mant, exp_s = r.split("e")
        exp = int(exp_s)
    else:
        mant, exp = r, 0
    ip, _, fp = mant.partition(".")
    digits = ip + fp
    stripped = digits.lstrip("0")
    lead = len(digits) - len(stripped)
    # The value is 0.digits * 10**(len(ip) + exp); the first nonzero digit is at position lead.
    e = len(ip) + exp - lead - 1
    return stripped.rstrip("0") or "0", e


def number_to_string(x: float, radix: int = 10) -> str:
    """Number::toString ( x, radix ) (sec-numeric-types-number-tostring). For radix 10, the
    shortest round-tripping digits (closest to x on a tie of length)."""
    if radix != 10:
        return number_to_radix_string(x, radix)
    if -9007199254740992.0 < x < 9007199254740992.0 and x.is_integer():
        return str(int(x))  # (-0 included: "0")
    if x != x:
        return "NaN"
    if x == 0.0:
        return "0"
    if x < 0:
        return "-" + number_to_string(-x)
    if x == INF:
        return "Infinity"
    if x < 2.0**53 and x.is_integer():
        return str(int(x))
    digits, e = shortest_digits(x)
    k = len(digits)
    n = e + 1
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    es = ("+" if e >= 0 else "-") + str(abs(e))
    if k == 1:
        return digits + "e" + es
    return digits[0] + "." + digits[1:] + "e" + es


def number_to_radix_string(value: float, radix: int) -> str:
    """Number::toString(x, radix) (sec-numeric-types-number-tostring) for radix 2..36 (the
    radix-10 case is ``number_to_string``).

    For radix 10 this is the spec's algorithm. For other radixes the spec leaves the digits to the
    implementation; this is a port of V8's DoubleToRadixCString: digits of the fraction are
    produced only up to the precision of the double (the shortest that round-trips, with round
    half to even on the last digit), and integer digits beyond 2**53 are approximated with zeros.
    """
    if value != value:
        return "NaN"
    if value == 0.0:
        return "0"
    if value in (INF, -INF):
        return "Infinity" if value > 0 else "-Infinity"
    if radix == 10:
        return number_to_string(value)
    negative = value < 0
    if negative:
        value = -value
    integer = math.floor(value)
    fraction = value - integer
    # We only compute fractional digits up to the input double's precision.
    delta = 0.5 * (math.nextafter(value, INF) - value)
    delta = max(math.nextafter(0.0, 1.0), delta)
    frac_digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac_digits.append(digit)
            fraction -= digit
            # Round to even.
            if fraction > 0.5 or (fraction == 0.5 and (digit & 1)):
                if fraction + delta > 1:
                    # Back-trace the written digits in case of carry-over.
                    while True:
                        if not frac_digits:
                            integer += 1
                            break
                        d = frac_digits.pop()
                        if d + 1 < radix:
                            frac_digits.append(d + 1)
                            break
                    break
            if not fraction >= delta:
                break
    # Integer digits: fill digits that the double cannot represent with zero.
    int_digits: list[str] = []
    fi = float(integer)
    while fi / radix >= 9007199254740992.0:  # Double(integer / radix).Exponent() > 0
        fi /= radix
        int_digits.append("0")
    while True:
        remainder = math.fmod(fi, radix)
        int_digits.append(DIGITS[int(remainder)])
        fi = (fi - remainder) / radix
        if not fi > 0:
            break
    s = "".join(reversed(int_digits))
    if frac_digits:
        s += "." + "".join(DIGITS[d] for d in frac_digits)
    return "-" + s if negative else s


def _is_odd_integral(y: float) -> bool:
    return y == y and y not in (INF, -INF) and y.is_integer() and abs(y) < 2.0**53 and int(y) % 2 == 1


def number_exponentiate(base: float, exponent: float) -> float:
    """Number::exponentiate (sec-numeric-types-number-exponentiate)."""
    if exponent == 2.0:
        return base * base  # NON-SPEC: a square first (V8 squares too; NaN, zeros and infinities alike)
    # 1-2. NaN / +-0 exponent.
    if exponent != exponent:
        return NAN
    if exponent == 0.0:
        return 1.0
    # 3. NaN base.
    if base != base:
        return NAN
    # 4. +Infinity base.
    if base == INF:
        return INF if exponent > 0 else 0.0
    # 5. -Infinity base.
    if base == -INF:
        if exponent > 0:
            return -INF if _is_odd_integral(exponent) else INF
        return -0.0 if _is_odd_integral(exponent) else 0.0
    # 6-7. +-0 base.
    if base == 0.0:
        if math.copysign(1.0, base) > 0:
            return 0.0 if exponent > 0 else INF
        if exponent > 0:
            return -0.0 if _is_odd_integral(exponent) else 0.0
        return -INF if _is_odd_integral(exponent) else INF
    # 8-9. Infinite exponent.
    if exponent == INF:
        a = abs(base)
        return INF if a > 1 else NAN if a == 1 else 0.0
    if exponent == -INF:
        a = abs(base)
        return 0.0 if a > 1 else NAN if a == 1 else INF
    # 10. Negative base with a non-integral exponent.
    if base < 0 and not exponent.is_integer():
        return NAN
    # 11. Finite, non-zero base and exponent: an implementation-approximated value. NON-SPEC:
    # V8's (fdlibm_pow.py), for node's digits. Where that is the exact result, the platform's
    # pow gives the same bits sooner: a square root (V8 calls sqrt too), a power of two to an
    # integral power, an integer to a positive integral power below 2**53 (the same bits as node's
    # on all 513,339 such pairs with a third power or more; tests/runtime/test_fdlibm_pow.py)
    if exponent == 0.5 and base > 0.0:
        return math.sqrt(base)
    if exponent.is_integer() and ((exponent > 0.0 and base.is_integer()) or math.frexp(base)[0] in (0.5, -0.5)):
        try:
            r = base ** exponent
        except OverflowError:
            r = -INF if base < 0 and _is_odd_integral(exponent) else INF
        if -9007199254740992.0 < r < 9007199254740992.0 or math.frexp(base)[0] in (0.5, -0.5):
            return r
    return fdlibm_pow(base, exponent)


def _digits_to_int(digits: str, base: int) -> int:
    """int(digits, base) without the str-digits limit (digits are valid ASCII digits of base)."""
    try:
        return int(digits, base)
    except ValueError:
        pass
    # Divide and conquer: the limit only applies to non-power-of-two bases; split the string.
    n = len(digits)
    if n <= 1000:
        v = 0
        for ch in digits:
            v = v * base + DIGITS.index(ch.lower())
        return v
    half = n // 2
    hi = _digits_to_int(digits[:half], base)
    lo = _digits_to_int(digits[half:], base)
    return hi * base ** (n - half) + lo


def string_to_bigint(s: str) -> int | None:
    """StringToBigInt (sec-stringtobigint): the integer of a StringIntegerLiteral, or None when
    ``s`` is not one (the caller throws a SyntaxError)."""
    s = trim_string(s)
    if not s:
        return 0
    if not s.isascii():
        return None
    if len(s) > 2 and s[0] == "0" and s[1] in "xXoObB":
        base = {"x": 16, "o": 8, "b": 2}[s[1].lower()]
        digits = s[2:]
        if match_run(radix_digit_run(base), digits) != len(digits):  # (digits is not empty)
            return None
        if len(digits.lstrip("0")) * math.log2(base) > MAX_BIGINT_BITS + 8:
            throw_range_error("Maximum BigInt size exceeded")
        return _digits_to_int(digits, base)
    sign = 1
    body = s
    if s[0] in "+-":
        sign = -1 if s[0] == "-" else 1
        body = s[1:]
    if not body or match_run(radix_digit_run(10), body) != len(body):
        return None  # (ASCII digits only)
    if len(body) > MAX_BIGINT_BITS * 0.30103 + 2 and body.lstrip("0") and len(body.lstrip("0")) > MAX_BIGINT_BITS * 0.30103 + 2:
        throw_range_error("Maximum BigInt size exceeded")
    check_digits(len(body))  # NON-SPEC: a long one charges a step budget
    return sign * _digits_to_int(body, 10)
