"""Type conversion (sec-type-conversion): ToPrimitive, ToBoolean, ToNumber, ToString and the
integer conversions, ToPropertyKey, ToBigInt, CanonicalNumericIndexString.

This module reaches objects only through their internal methods (``get``, ``call``) and tests
for them against ``values.JSObjectBase``, so that the object model (runtime/objects.py), whose
ArraySetLength needs ToNumber and ToUint32, can import it without a cycle. ToObject, which makes
wrapper objects, lives with the other object operations in runtime/operations.py.
"""
from __future__ import annotations

import math
import re
from typing import Any, cast

from pyjsvm.runtime.agent import JSThrow, check_digits, throw_range_error, throw_syntax_error, throw_type_error
from pyjsvm.runtime.numeric import SCAN_PIECE, WHITESPACE, match_run, number_to_string, radix_digit_run, string_to_bigint, trim_string
from pyjsvm.runtime.values import NULL, SYM_TO_PRIMITIVE, JSBigInt, JSObjectBase, JSSymbol

INF = float("inf")
NAN = float("nan")


def to_primitive(v: Any, hint: str = "default") -> Any:
    """ToPrimitive (sec-toprimitive). ``hint`` is 'default', 'number' or 'string'."""
    if not isinstance(v, JSObjectBase):
        return v
    o: Any = v
    # GetMethod(input, @@toPrimitive) (sec-getmethod), on an object: its [[Get]], then IsCallable.
    exotic = o.get(SYM_TO_PRIMITIVE, o)
    if exotic is not None and exotic is not NULL:
        if not (isinstance(exotic, JSObjectBase) and exotic.is_callable):
            throw_type_error(f"{to_display(exotic)} is not a function")
        result = cast(Any, exotic).call(o, [hint])
        if isinstance(result, JSObjectBase):
            throw_type_error("Cannot convert object to primitive value")
        return result
    return ordinary_to_primitive(o, "string" if hint == "string" else "number")


def ordinary_to_primitive(o: Any, hint: str) -> Any:
    """OrdinaryToPrimitive (sec-ordinarytoprimitive). ``o`` is a JS object."""
    names = ("toString", "valueOf") if hint == "string" else ("valueOf", "toString")
    for name in names:
        method = o.get(name, o)
        if isinstance(method, JSObjectBase) and method.is_callable:
            result = cast(Any, method).call(o, [])
            if not isinstance(result, JSObjectBase):
                return result
    throw_type_error("Cannot convert object to primitive value")


def to_boolean(v: Any) -> bool:
    """ToBoolean (sec-toboolean)."""
    t = type(v)
    if t is bool:
        return v
    if t is float:
        return not (v == 0.0 or v != v)
    if t is str:
        return len(v) > 0
    if v is None or v is NULL:
        return False
    if t is JSBigInt:
        return v.value != 0
    # B.3.6.1 (sec-IsHTMLDDA-internal-slot-to-boolean): an object with [[IsHTMLDDA]] is false
    return not (isinstance(v, JSObjectBase) and v.is_htmldda)


def to_numeric(v: Any) -> Any:
    """ToNumeric (sec-tonumeric): a Number (float) or a JSBigInt."""
    t = type(v)
    if t is float:
        return v
    prim = to_primitive(v, "number")
    if type(prim) is JSBigInt:
        return prim
    return to_number(prim)


def to_number(v: Any) -> float:
    """ToNumber (sec-tonumber)."""
    t = type(v)
    if t is float:
        return v
    if t is str:
        return string_to_number(v)
    if t is bool:
        return 1.0 if v else 0.0
    if v is None:
        return NAN
    if v is NULL:
        return 0.0
    if t is int:  # NON-SPEC: tolerate Python ints from host code
        return float(v)
    if t is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a number")
    if t is JSBigInt:
        throw_type_error("Cannot convert a BigInt value to a number")
    return to_number(to_primitive(v, "number"))


# (possessive runs of digits: "[0-9]+\.?[0-9]*" split a run of digits in every way before
# failing, 60,000 digits and an "x" ran on for minutes in one match)
_DECIMAL_RE = re.compile(r"[+-]?(?:(?:[0-9]++\.?[0-9]*+|\.[0-9]++)(?:[eE][+-]?[0-9]++)?)\Z")


def string_to_number(s: str) -> float:
    """StringToNumber (sec-stringtonumber)."""
    if len(s) > SCAN_PIECE:
        return _long_string_to_number(s)
    s = s.strip(WHITESPACE)
    if not s:
        return 0.0
    if len(s) > 2 and s[0] == "0":
        c = s[1]
        base = 16 if c in "xX" else 8 if c in "oO" else 2 if c in "bB" else 0
        if base:
            digits = s[2:]
            try:
                if not digits.isascii() or not digits.isalnum():
                    return NAN
                return float(int(digits, base))
            except ValueError:
                return NAN
            except OverflowError:
                return INF
    if _DECIMAL_RE.match(s):
        try:
            return float(s)
        except (ValueError, OverflowError):
            return NAN
    if s in ("Infinity", "+Infinity"):
        return INF
    if s == "-Infinity":
        return -INF
    return NAN


def _long_string_to_number(s: str) -> float:
    """NON-SPEC: StringToNumber of a string longer than SCAN_PIECE, its whitespace and digits
    read in pieces with the budget checked between them (one strip of 2**28 spaces took 1.6 s,
    one match of 2**28 digits 0.25 s); 0x / 0o / 0b digits past 1100 significant ones are
    beyond the Number range (no int() of them)."""
    s = trim_string(s)
    if len(s) <= SCAN_PIECE:
        return string_to_number(s)
    n = len(s)
    if s[0] == "0" and s[1] in "xXoObB":
        base = 16 if s[1] in "xX" else 8 if s[1] in "oO" else 2
        if match_run(radix_digit_run(base), s, 2) != n:
            return NAN
        digits = s[2:].lstrip("0") or "0"
        return INF if len(digits) > 1100 else float(int(digits, base))
    # _DECIMAL_RE's grammar, its runs of digits matched in pieces
    decimal = radix_digit_run(10)
    i = 1 if s[0] in "+-" else 0
    end = match_run(decimal, s, i)
    count = end - i
    if end < n and s[end] == ".":
        i = end + 1
        end = match_run(decimal, s, i)
        count += end - i
    if count and end < n and s[end] in "eE":
        i = end + 1
        if i < n and s[i] in "+-":
            i += 1
        end = match_run(decimal, s, i)
        if end == i:
            return NAN
    if not count or end != n:
        return NAN
    try:
        return float(s)
    except (ValueError, OverflowError):  # pragma: no cover - float() accepts the grammar
        return NAN


def to_string(v: Any) -> str:
    """ToString (sec-tostring)."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if v is None:
        return "undefined"
    if v is NULL:
        return "null"
    if t is int:  # NON-SPEC: tolerate Python ints from host code
        return number_to_string(float(v))
    if t is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a string")
    if t is JSBigInt:
        check_digits(v.value.bit_length() * 3 // 10)  # NON-SPEC: a long one charges a step budget
        return v.decimal()
    return to_string(to_primitive(v, "string"))


# NON-SPEC: the keys of the first array indices ("0", "1", ...), made once (emitted code reads an
# ordinary object's element by an integral Number below len(INDEX_KEYS) through them)
INDEX_KEYS: tuple[str, ...] = tuple(str(i) for i in range(4096))
_N_INDEX_KEYS = len(INDEX_KEYS)


def index_key(i: int) -> str:
    """NON-SPEC: the String of the array index ``i`` (ToPropertyKey of the Number ``i``), a small
    one's made once (to_property_key writes this test in line: it runs for every computed key)."""
    return INDEX_KEYS[i] if i < _N_INDEX_KEYS else str(i)


def to_property_key(v: Any) -> Any:
    """ToPropertyKey (sec-topropertykey): a str or a JSSymbol."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        if v.is_integer() and 0 <= v < 9007199254740992.0:
            # (NON-SPEC: an integral Number's digits, -0's "0"; a small one's made once)
            i = int(v)
            return INDEX_KEYS[i] if i < _N_INDEX_KEYS else str(i)
        return number_to_string(v)
    if t is JSSymbol:
        return v
    key = to_primitive(v, "string")
    if type(key) is JSSymbol:
        return key
    return to_string(key)


def to_integer_or_infinity(v: Any) -> float:
    """ToIntegerOrInfinity (sec-tointegerorinfinity). Returns a float (an integer, or +-inf)."""
    n = v if type(v) is float else to_number(v)
    if n != n or n == 0:
        return 0.0
    if n == INF or n == -INF:
        return n
    return float(math.trunc(n))


def to_length(v: Any) -> int:
    """ToLength (sec-tolength). Returns a Python int."""
    n = to_integer_or_infinity(v)
    if n <= 0:
        return 0
    return int(min(n, 2.0**53 - 1))


def to_index(v: Any, message: str = "Invalid index") -> int:
    """ToIndex (sec-toindex). NON-SPEC: ``message`` is the RangeError's (V8 says what the
    index was for); a ``{}`` in it shows the integer that was out of range."""
    n = to_integer_or_infinity(v)
    if not 0 <= n <= 2.0**53 - 1:
        throw_range_error(message.replace("{}", to_string(n)) if "{}" in message else message)
    return int(n)


def to_int32(v: Any) -> int:
    """ToInt32 (sec-toint32). Returns a Python int."""
    n = v if type(v) is float else to_number(v)
    if n - n != 0.0:  # NaN or an infinity (n - n is NaN)
        return 0
    return wrap_int32(int(n))


def wrap_int32(i: int) -> int:
    """NON-SPEC: an integer modulo 2**32, in [-2**31, 2**31) (ToInt32's steps 3-5)."""
    i &= 0xFFFFFFFF
    return i - 0x100000000 if i >= 0x80000000 else i


def to_uint32(v: Any) -> int:
    """ToUint32 (sec-touint32). Returns a Python int."""
    n = v if type(v) is float else to_number(v)
    if n - n != 0.0:  # NaN or an infinity (n - n is NaN)
        return 0
    return int(n) & 0xFFFFFFFF


def to_uint16(v: Any) -> int:
    """ToUint16 (sec-touint16)."""
    n = to_number(v)
    if n != n or n in (INF, -INF):
        return 0
    return int(n) & 0xFFFF


def canonical_numeric_index_string(s: str) -> float | None:
    """CanonicalNumericIndexString (sec-canonicalnumericindexstring)."""
    if s == "-0":
        return -0.0
    n = string_to_number(s) if s else NAN
    if s and number_to_string(n) == s:
        return n
    return None


def to_bigint(v: Any) -> JSBigInt:
    """ToBigInt (sec-tobigint)."""
    prim = to_primitive(v, "number")
    t = type(prim)
    if t is JSBigInt:
        return prim
    if t is bool:
        return JSBigInt(1 if prim else 0)
    if t is str:
        n = string_to_bigint(prim)
        if n is None:
            throw_syntax_error(f"Cannot convert {prim[:40]} to a BigInt")
        return JSBigInt(n)
    if prim is None or prim is NULL:
        throw_type_error(f"Cannot convert {to_display(prim)} to a BigInt")
    if t is float:
        throw_type_error(f"Cannot convert {to_display(prim)} to a BigInt")
    if t is JSSymbol:
        throw_type_error(f"Cannot convert {prim.descriptive_string()} to a BigInt")
    throw_type_error("Cannot convert value to a BigInt")


def key_display(key: Any) -> str:
    return key.descriptive_string() if isinstance(key, JSSymbol) else key


def to_display(v: Any) -> str:
    """NON-SPEC: a short description of a value for error messages."""
    if v is None:
        return "undefined"
    if v is NULL:
        return "null"
    if type(v) is str:
        return '"' + v + '"' if len(v) < 40 else '"' + v[:37] + '..."'
    if type(v) is JSSymbol:
        return v.descriptive_string()
    if isinstance(v, JSObjectBase):
        return "function" if v.is_callable else "object"
    try:
        return to_string(v)
    except JSThrow:
        return "value"
