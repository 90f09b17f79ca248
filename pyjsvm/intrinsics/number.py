"""Number objects (sec-number-objects), plus the global functions parseInt and parseFloat
(sec-parseint-string-radix, sec-parsefloat-string), which are shared with the Number
constructor (Number.parseInt === parseInt).

Number formatting is exact: ``toFixed``, ``toExponential`` and ``toPrecision`` work on the exact
value of the double (``float.as_integer_ratio``) with integer arithmetic, never with float
formatting. ``number_to_radix_string`` is a faithful port of V8's DoubleToRadixCString so that
``toString(radix)`` gives the same digits as Node.
"""
from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.numeric import (
    INF, NAN, match_run, number_to_radix_string, number_to_string, radix_digit_run, shortest_digits, trim_string,
)
from pyjsvm.runtime.objects import JSPrimitiveObject
from pyjsvm.runtime.operations import (
    get_prototype_from_constructor, to_int32, to_integer_or_infinity,
    to_numeric, to_string,
)
from pyjsvm.runtime.values import JSBigInt, argument
from pyjsvm.intrinsics.table import INTL_HOOKS, BuiltinTable, make_constructor
from pyjsvm.runtime.objects import BuiltinFunction

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


proto = BuiltinTable()    # Number.prototype methods
statics = BuiltinTable()  # Number.* functions



# --- helpers ----------------------------------------------------------------------------------

def this_number_value(value: Any, method: str = "Number.prototype.valueOf") -> float:
    """ThisNumberValue (sec-thisnumbervalue)."""
    if type(value) is float:
        return value
    if isinstance(value, JSPrimitiveObject) and type(value.primitive) is float:
        return value.primitive
    throw_type_error(f"{method} requires that 'this' be a Number")


def bigint_to_number(n: int) -> float:
    """𝔽(ℝ(bigint)): the Number closest to an integer (round half to even), +-Infinity when
    too large."""
    try:
        return float(n)
    except OverflowError:
        return INF if n > 0 else -INF


def _is_integral(x: Any) -> bool:
    """IsIntegralNumber (sec-isintegralnumber)."""
    return type(x) is float and x == x and x not in (INF, -INF) and x == math.trunc(x)


def _round_half_up_ratio(num: int, den: int) -> int:
    """floor(num/den + 1/2) for a non-negative rational: the nearest integer, the larger on a tie."""
    return (2 * num + den) // (2 * den)


def _scaled_round(x: float, k: int) -> int:
    """The integer n closest to x * 10**k (x >= 0, exact), the larger one on a tie."""
    num, den = x.as_integer_ratio()
    if k >= 0:
        num *= 10**k
    else:
        den *= 10**(-k)
    return _round_half_up_ratio(num, den)


def _decimal_exponent(x: float) -> int:
    """floor(log10(x)) exactly, for a finite x > 0."""
    q = Fraction(x)
    e = math.floor(math.log10(x))
    # Fix up the float estimate with exact comparisons: 10**e <= q < 10**(e+1).
    while q < Fraction(10) ** e:
        e -= 1
    while q >= Fraction(10) ** (e + 1):
        e += 1
    return e


def _round_to_precision(x: float, p: int) -> tuple[str, int]:
    """Digits n (p of them) and exponent e with n * 10**(e-p+1) closest to x > 0 (the larger on
    a tie), as used by toPrecision and toExponential."""
    e = _decimal_exponent(x)
    n = _scaled_round(x, p - 1 - e)
    if n >= 10**p:
        n //= 10
        e += 1
    return str(n), e


# --- parseInt / parseFloat ---------------------------------------------------------------------

_STR_DECIMAL_PREFIX = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


def parse_float(s: str) -> float:
    """The numeric part of parseFloat (sec-parsefloat-string) on an already converted string."""
    trimmed = trim_string(s, "start")
    m = _STR_DECIMAL_PREFIX.match(trimmed)
    if m is None:
        return NAN
    text = m.group(0)
    if text.endswith("Infinity"):
        return -INF if text[0] == "-" else INF
    try:
        return float(text)
    except (ValueError, OverflowError):  # pragma: no cover - float() accepts the grammar
        return NAN


def parse_int(s: str, radix: Any) -> float:
    """The algorithm of parseInt (sec-parseint-string-radix) on an already converted string."""
    # 2. Let S be ! TrimString(inputString, start).
    st = trim_string(s, "start")
    sign = 1
    if st[:1] == "-":
        sign = -1
    if st[:1] in ("+", "-"):
        st = st[1:]
    r = to_int32(radix)
    strip_prefix = True
    if r != 0:
        if r < 2 or r > 36:
            return NAN
        if r != 16:
            strip_prefix = False
    else:
        r = 10
    if strip_prefix and st[:2] in ("0x", "0X"):
        st = st[2:]
        r = 16
    # (the run of digits matched in pieces, the budget checked between them)
    z = st[:match_run(radix_digit_run(r), st)]
    if not z:
        return NAN
    if r == 10:
        # NON-SPEC fast path: correctly rounded (the spec allows approximation after 20 digits).
        v = float(z)
        return -v if sign < 0 else v
    z = z.lstrip("0")
    if not z:
        return -0.0 if sign < 0 else 0.0
    if r & (r - 1) == 0:
        # Radix 2, 4, 8, 16, 32: the exact value, correctly rounded.
        if len(z) > 1100:  # at least 2**1099: beyond the Number range
            return -INF if sign < 0 else INF
        return bigint_to_number(sign * int(z, r))
    # NON-SPEC (allowed: "mathInt may be an implementation-approximated integer"): V8's
    # algorithm, accumulating 32-bit parts in a double, so results match Node.
    result = 0.0
    i = 0
    n = len(z)
    while i < n:
        part = 0
        multiplier = 1
        while i < n:
            m = multiplier * r
            if m > 119304647:  # 0xFFFFFFFF // 36
                break
            part = part * r + int(z[i], 36)
            multiplier = m
            i += 1
        result = result * multiplier + part
        if result == INF:
            break  # (no later part changes it: 2**28 digits would take minutes)
    return -result if sign < 0 else result


def global_parse_int(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """parseInt (sec-parseint-string-radix)."""
    if len(args) == 1 or len(args) == 2 and args[1] == 10.0 and type(args[1]) is float:
        # NON-SPEC fast paths, without a radix or with 10: a string of ASCII decimal digits (the
        # steps below read all of it, in radix 10), an integral Number in the safe range (its
        # ToString is its digits)
        x = args[0]
        if type(x) is str:
            if len(x) <= 4096 and x.isascii() and x.isdigit():
                return float(x)
        elif type(x) is float and -9007199254740992.0 < x < 9007199254740992.0 and x.is_integer():
            return float(int(x))
    s = to_string(args[0] if args else None)
    return parse_int(s, args[1] if len(args) > 1 else None)


def global_parse_float(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """parseFloat (sec-parsefloat-string)."""
    return parse_float(to_string(args[0] if args else None))


# --- the Number constructor and its functions ------------------------------------------------

def number_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number ( value ) (sec-number-constructor-number-value)."""
    if args:
        prim = to_numeric(args[0])
        n = bigint_to_number(prim.value) if type(prim) is JSBigInt else prim
    else:
        n = 0.0
    if new_target is None:
        return n
    return JSPrimitiveObject(get_prototype_from_constructor(new_target, "%Number.prototype%"), n)


@statics.method("isFinite", 1)
def number_is_finite(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.isFinite (sec-number.isfinite)."""
    x = args[0] if args else None
    return type(x) is float and x == x and x not in (INF, -INF)


@statics.method("isInteger", 1)
def number_is_integer(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.isInteger (sec-number.isinteger)."""
    return _is_integral(args[0] if args else None)


@statics.method("isNaN", 1)
def number_is_nan(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.isNaN (sec-number.isnan)."""
    x = args[0] if args else None
    return type(x) is float and x != x


@statics.method("isSafeInteger", 1)
def number_is_safe_integer(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.isSafeInteger (sec-number.issafeinteger)."""
    x = args[0] if args else None
    return type(x) is float and _is_integral(x) and abs(x) <= 9007199254740991.0


# --- Number.prototype ------------------------------------------------------------------------

@proto.method("toExponential", 1)
def number_to_exponential(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.prototype.toExponential (sec-number.prototype.toexponential)."""
    x = this_number_value(this, "Number.prototype.toExponential")
    fraction_digits = args[0] if args else None
    f = to_integer_or_infinity(fraction_digits)
    if x != x or x in (INF, -INF):
        return number_to_string(x)
    if f < 0 or f > 100:
        throw_range_error("toExponential() argument must be between 0 and 100")
    fi = int(f)
    s = ""
    if x < 0:
        s = "-"
        x = -x
    if x == 0:
        m = "0" * (fi + 1)
        e = 0
    elif fraction_digits is None:
        m, e = shortest_digits(x)
        fi = len(m) - 1
    else:
        m, e = _round_to_precision(x, fi + 1)
    if fi != 0:
        m = m[0] + "." + m[1:]
    if e == 0:
        c, d = "+", "0"
    elif e > 0:
        c, d = "+", str(e)
    else:
        c, d = "-", str(-e)
    return s + m + "e" + c + d


@proto.method("toFixed", 1)
def number_to_fixed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.prototype.toFixed (sec-number.prototype.tofixed)."""
    x = this_number_value(this, "Number.prototype.toFixed")
    f = to_integer_or_infinity(args[0] if args else None)
    if f in (INF, -INF):
        throw_range_error("toFixed() digits argument must be between 0 and 100")
    if f < 0 or f > 100:
        throw_range_error("toFixed() digits argument must be between 0 and 100")
    if x != x or x in (INF, -INF):
        return number_to_string(x)
    fi = int(f)
    s = ""
    if x < 0:
        s = "-"
        x = -x
    if x >= 1e21:
        m = number_to_string(x)
    else:
        n = _scaled_round(x, fi)
        m = "0" if n == 0 else str(n)
        if fi != 0:
            k = len(m)
            if k <= fi:
                m = "0" * (fi + 1 - k) + m
                k = fi + 1
            m = m[:k - fi] + "." + m[k - fi:]
    return s + m


@proto.method("toLocaleString", 0)
def number_to_locale_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-number.prototype.tolocalestring,
    ECMA-402's definition: formatted by an Intl.NumberFormat)."""
    x = this_number_value(this, "Number.prototype.toLocaleString")
    return INTL_HOOKS["format_number"](x, argument(args, 0), argument(args, 1))


@proto.method("toPrecision", 1)
def number_to_precision(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.prototype.toPrecision (sec-number.prototype.toprecision)."""
    x = this_number_value(this, "Number.prototype.toPrecision")
    precision = args[0] if args else None
    if precision is None:
        return number_to_string(x)
    p = to_integer_or_infinity(precision)
    if x != x or x in (INF, -INF):
        return number_to_string(x)
    if p < 1 or p > 100:
        throw_range_error("toPrecision() argument must be between 1 and 100")
    pi = int(p)
    s = ""
    if x < 0:
        s = "-"
        x = -x
    if x == 0:
        m = "0" * pi
        e = 0
    else:
        m, e = _round_to_precision(x, pi)
        if e < -6 or e >= pi:
            if pi != 1:
                m = m[0] + "." + m[1:]
            if e > 0:
                c = "+"
            else:
                c = "-"
                e = -e
            return s + m + "e" + c + str(e)
    if e == pi - 1:
        return s + m
    if e >= 0:
        m = m[:e + 1] + "." + m[e + 1:]
    else:
        m = "0." + "0" * (-(e + 1)) + m
    return s + m


@proto.method("toString", 1)
def number_proto_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.prototype.toString (sec-number.prototype.tostring)."""
    x = this_number_value(this, "Number.prototype.toString")
    radix = args[0] if args else None
    if radix is None or radix == 10.0:
        return number_to_string(x)
    if radix is None:
        radix_mv = 10.0
    else:
        radix_mv = to_integer_or_infinity(radix)
    if radix_mv < 2 or radix_mv > 36:
        throw_range_error("toString() radix argument must be between 2 and 36")
    return number_to_radix_string(x, int(radix_mv))


@proto.method("valueOf", 0)
def number_value_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Number.prototype.valueOf (sec-number.prototype.valueof)."""
    return this_number_value(this, "Number.prototype.valueOf")


# --- setup ------------------------------------------------------------------------------------

def setup(realm: "Realm") -> None:
    np = JSPrimitiveObject(realm.object_prototype, 0.0)
    realm.intrinsics["%Number.prototype%"] = np
    ctor = make_constructor(realm, number_constructor, "Number", 1, np)
    realm.intrinsics["%Number%"] = ctor
    proto.install(realm, np)
    statics.install(realm, ctor)
    # Value properties (sec-properties-of-the-number-constructor): non-writable, non-enumerable,
    # non-configurable.
    for name, value in (
        ("EPSILON", 2.0**-52),
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MAX_VALUE", 1.7976931348623157e308),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("MIN_VALUE", 5e-324),
        ("NaN", NAN),
        ("NEGATIVE_INFINITY", -INF),
        ("POSITIVE_INFINITY", INF),
    ):
        ctor.define_builtin(name, value, 0)
    # parseFloat / parseInt are the same function objects as the globals.
    pf = BuiltinFunction(realm, global_parse_float, "parseFloat", 1)
    pi = BuiltinFunction(realm, global_parse_int, "parseInt", 2)
    realm.intrinsics["%parseFloat%"] = pf
    realm.intrinsics["%parseInt%"] = pi
    ctor.define_builtin("parseFloat", pf)
    ctor.define_builtin("parseInt", pi)
    realm.define_global("parseFloat", pf)
    realm.define_global("parseInt", pi)
    realm.define_global("Number", ctor)
