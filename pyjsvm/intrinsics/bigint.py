"""BigInt objects (sec-bigint-objects): %BigInt%, BigInt.asIntN / BigInt.asUintN and
%BigInt.prototype%.

BigInt values are ``JSBigInt`` (``.value`` is a Python int). Conversions to strings avoid
Python's ``int``/``str`` digit limit (sys.int_max_str_digits) with a divide-and-conquer fallback.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import check_digits, throw_range_error, throw_type_error
from pyjsvm.runtime.numeric import DIGITS, string_to_bigint
from pyjsvm.runtime.objects import C, JSObject, JSPrimitiveObject
from pyjsvm.runtime.operations import (
    to_bigint, to_index, to_integer_or_infinity, to_primitive,
)
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, JSBigInt, argument
from pyjsvm.intrinsics.table import INTL_HOOKS, BuiltinTable, make_constructor
from pyjsvm.runtime.numeric import number_to_string

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()    # BigInt.prototype
statics = BuiltinTable()  # BigInt.*

# NON-SPEC: the largest BigInt we agree to build, in bits (RangeError beyond, as engines do).
MAX_BIGINT_BITS = 1 << 30



# --- conversions -------------------------------------------------------------------------------

def bigint_to_string(n: int, radix: int = 10) -> str:
    """BigInt::toString (sec-numeric-types-bigint-tostring): lowercase digits, '-' for negatives.
    NON-SPEC: a long one charges a step budget first (check_digits)."""
    check_digits(n.bit_length() * 3 // 10)
    if n < 0:
        return "-" + bigint_to_string(-n, radix)
    if radix == 10:
        try:
            return str(n)
        except ValueError:
            pass
    elif radix == 16:
        return format(n, "x")
    elif radix == 8:
        return format(n, "o")
    elif radix == 2:
        return format(n, "b")
    return _to_radix(n, radix)


def _to_radix(n: int, radix: int) -> str:
    """Digits of ``n`` >= 0 in ``radix``, divide and conquer on big numbers."""
    if n < radix:
        return DIGITS[n]
    if n.bit_length() <= 2000:
        out = []
        while n:
            n, d = divmod(n, radix)
            out.append(DIGITS[d])
        return "".join(reversed(out))
    # Split on radix**k with about half the digits.
    import math
    k = max(1, int(n.bit_length() / math.log2(radix)) // 2)
    hi, lo = divmod(n, radix ** k)
    lo_s = _to_radix(lo, radix)
    return _to_radix(hi, radix) + "0" * (k - len(lo_s)) + lo_s


def number_to_bigint(n: float) -> JSBigInt:
    """NumberToBigInt (sec-numbertobigint)."""
    if n != n or n in (float("inf"), float("-inf")) or not n.is_integer():
        throw_range_error(f"The number {number_to_string(n)} cannot be converted to a BigInt because it is not an integer")
    return JSBigInt(int(n))


def this_bigint_value(value: Any, method: str) -> int:
    """ThisBigIntValue (sec-thisbigintvalue): the Python int of a BigInt or BigInt wrapper."""
    if type(value) is JSBigInt:
        return value.value
    if isinstance(value, JSPrimitiveObject) and type(value.primitive) is JSBigInt:
        return value.primitive.value
    throw_type_error(f"BigInt.prototype.{method} requires that 'this' be a BigInt")


# --- the constructor and its properties -----------------------------------------------------

def bigint_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """BigInt ( value ) (sec-bigint-constructor-number-value)."""
    # 1. If NewTarget is not undefined, throw a TypeError exception.
    if new_target is not None:
        throw_type_error("BigInt is not a constructor")
    value = args[0] if args else None
    # 2. Let prim be ? ToPrimitive(value, number).
    prim = to_primitive(value, "number")
    # 3. If prim is a Number, return ? NumberToBigInt(prim).
    if type(prim) is float:
        return number_to_bigint(prim)
    # 4. Otherwise, return ? ToBigInt(prim).
    return to_bigint(prim)


@statics.method("asIntN", 2)
def bigint_as_int_n(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """BigInt.asIntN ( bits, bigint ) (sec-bigint.asintn)."""
    # 1. Set bits to ? ToIndex(bits).
    bits = to_index(args[0] if args else None)
    # 2. Set bigint to ? ToBigInt(bigint).
    x = to_bigint(args[1] if len(args) > 1 else None).value
    if bits == 0:
        return JSBigInt(0)
    # NON-SPEC: when |x| < 2**(bits-1) the result is x itself (avoids building 2**bits).
    if abs(x).bit_length() <= bits - 1:
        return JSBigInt(x)
    # 3. Let remainder be ℝ(bigint) modulo 2**bits (bits <= x's size + 1 here).
    remainder = x & ((1 << bits) - 1)
    # 4. If remainder ≥ 2**(bits-1), return ℤ(remainder - 2**bits).
    if remainder >> (bits - 1):
        return JSBigInt(remainder - (1 << bits))
    # 5. Return ℤ(remainder).
    return JSBigInt(remainder)


@statics.method("asUintN", 2)
def bigint_as_uint_n(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """BigInt.asUintN ( bits, bigint ) (sec-bigint.asuintn)."""
    # 1. Set bits to ? ToIndex(bits).
    bits = to_index(args[0] if args else None)
    # 2. Set bigint to ? ToBigInt(bigint).
    x = to_bigint(args[1] if len(args) > 1 else None).value
    # NON-SPEC: a non-negative x below 2**bits is its own result.
    if x >= 0 and x.bit_length() <= bits:
        return JSBigInt(x)
    if bits > MAX_BIGINT_BITS:
        # A negative x gives 2**bits + x: too big to represent.
        throw_range_error("Maximum BigInt size exceeded")
    # 3. Return ℤ(ℝ(bigint) modulo 2**bits).
    return JSBigInt(x & ((1 << bits) - 1))


# --- BigInt.prototype ------------------------------------------------------------------------

@proto.method("toLocaleString", 0)
def bigint_to_locale_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """BigInt.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-bigint.prototype.tolocalestring,
    ECMA-402's definition: formatted by an Intl.NumberFormat)."""
    x = this_bigint_value(this, "toLocaleString")
    return INTL_HOOKS["format_number"](JSBigInt(x) if isinstance(x, int) else x, argument(args, 0), argument(args, 1))


@proto.method("toString", 0)
def bigint_proto_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """BigInt.prototype.toString ( [ radix ] ) (sec-bigint.prototype.tostring)."""
    # 1. Let x be ? ThisBigIntValue(this value).
    x = this_bigint_value(this, "toString")
    radix = args[0] if args else None
    # 2-3. radixMV is 10 for undefined, else ? ToIntegerOrInfinity(radix).
    radix_mv = 10.0 if radix is None else to_integer_or_infinity(radix)
    # 4. If radixMV is not in the inclusive interval from 2 to 36, throw a RangeError.
    if radix_mv < 2 or radix_mv > 36:
        throw_range_error("toString() radix argument must be between 2 and 36")
    # 5. Return BigInt::toString(x, radixMV).
    return bigint_to_string(x, int(radix_mv))


@proto.method("valueOf", 0)
def bigint_value_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """BigInt.prototype.valueOf ( ) (sec-bigint.prototype.valueof)."""
    return JSBigInt(this_bigint_value(this, "valueOf"))


def setup(realm: "Realm") -> None:
    # %BigInt.prototype% is an ordinary object, not a BigInt wrapper
    # (sec-properties-of-the-bigint-prototype-object).
    bp = JSObject(realm.object_prototype)
    realm.intrinsics["%BigInt.prototype%"] = bp
    ctor = make_constructor(realm, bigint_constructor, "BigInt", 1, bp)
    realm.intrinsics["%BigInt%"] = ctor
    proto.install(realm, bp)
    statics.install(realm, ctor)
    bp.define_builtin(SYM_TO_STRING_TAG, "BigInt", C)
    realm.define_global("BigInt", ctor)


__all__ = [
    "setup", "to_bigint", "number_to_bigint", "string_to_bigint", "bigint_to_string", "this_bigint_value",
    "MAX_BIGINT_BITS",
]
