"""The Math object (sec-math-object).

Every function coerces its arguments with ToNumber (in order) and never lets a Python exception
escape: math domain errors give NaN, overflows give the correctly signed Infinity.
Number::exponentiate (``**`` and Math.pow) is ``pyjsvm.runtime.numeric.number_exponentiate``.
"""
from __future__ import annotations

import math
import random as _random
import struct
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.agent import JSThrow, checked_pieces, throw_range_error, throw_type_error
from pyjsvm.runtime.iteration import DONE, get_iterator, iterator_close, iterator_step_value
from pyjsvm.runtime.numeric import INF, NAN, number_exponentiate
from pyjsvm.runtime.objects import C, W, JSObject
from pyjsvm.runtime.functions import INLINE_NAMES, register_inline
from pyjsvm.runtime.operations import require_object_coercible, to_number, to_uint32
from pyjsvm.runtime.values import SYM_TO_STRING_TAG
from pyjsvm.intrinsics.fdlibm import (
    fdlibm_acos, fdlibm_acosh, fdlibm_asin, fdlibm_asinh, fdlibm_atan, fdlibm_atan2, fdlibm_atanh, fdlibm_cbrt,
    fdlibm_cos, fdlibm_cosh, fdlibm_exp, fdlibm_expm1, fdlibm_log, fdlibm_log1p, fdlibm_log2, fdlibm_log10,
    fdlibm_sin, fdlibm_sinh, fdlibm_tan, fdlibm_tanh)
from pyjsvm.intrinsics.table import BuiltinTable

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

_TWO_52 = 4503599627370496.0
_mfloor = math.floor
_msqrt = math.sqrt

statics = BuiltinTable()

# NON-SPEC: one generator per process; Math.random is "implementation-approximated".
_rng = _random.Random()


def _first_number(args: list[Any]) -> float:
    """ToNumber of the first argument (undefined when absent)."""
    if args:
        x = args[0]
        return x if type(x) is float else to_number(x)
    return NAN


def _unary(name: str, fn: Callable[[float], float], on_overflow: Callable[[float], float] | None = None,
           doc: str = "") -> None:
    """Declare a one-argument Math function computed by ``fn`` with NaN for domain errors."""
    def impl(realm: "Realm", this: Any, args: list[Any], nt: Any) -> float:
        # (_first_number in line)
        x = args[0] if args else NAN
        if type(x) is not float:
            x = to_number(x)
        try:
            return float(fn(x))
        except OverflowError:
            return on_overflow(x) if on_overflow is not None else INF
        except (ValueError, ZeroDivisionError):
            return NAN
    impl.__doc__ = doc or f"Math.{name} (sec-math.{name.lower()})."
    impl.__name__ = "math_" + name
    statics.method(name, 1)(impl)
    if name in INLINE_NAMES:
        # (emitted calls compute it in line while the callee is this: compiler/emit.py)
        register_inline(name, impl)


# --- one-argument functions ------------------------------------------------------------------

def _abs(x: float) -> float:
    return math.fabs(x)


def _acos(x: float) -> float:
    if x != x or x > 1 or x < -1:
        return NAN
    return fdlibm_acos(x)  # NON-SPEC: node's digits (fdlibm.py)


def _acosh(x: float) -> float:
    if x != x or x < 1:
        return NAN
    if x == INF:
        return INF
    return fdlibm_acosh(x)  # NON-SPEC: node's digits (fdlibm.py)


def _asin(x: float) -> float:
    if x != x or x > 1 or x < -1:
        return NAN
    if x == 0:
        return x
    return fdlibm_asin(x)  # NON-SPEC: node's digits (fdlibm.py)


def _asinh(x: float) -> float:
    if x != x or x in (INF, -INF) or x == 0:
        return x
    return fdlibm_asinh(x)  # NON-SPEC: node's digits (fdlibm.py)


def _atan(x: float) -> float:
    if x != x:
        return NAN
    return fdlibm_atan(x)  # NON-SPEC: node's digits (fdlibm.py)


def _atanh(x: float) -> float:
    if x != x or x > 1 or x < -1:
        return NAN
    if x == 1:
        return INF
    if x == -1:
        return -INF
    if x == 0:
        return x
    return fdlibm_atanh(x)  # NON-SPEC: node's digits (fdlibm.py)


def _cbrt(x: float) -> float:
    """Math.cbrt (sec-math.cbrt); NON-SPEC: fdlibm's algorithm, as V8 (node's digits: a correctly
    rounded cube root differs from them for about one argument in thirteen)."""
    if x != x or x in (INF, -INF) or x == 0:
        return x
    return fdlibm_cbrt(x)


def _ceil(x: float) -> float:
    if x != x or x in (INF, -INF) or x == 0 or abs(x) >= _TWO_52:
        return x
    if -1 < x < 0:
        return -0.0
    return float(math.ceil(x))


def _floor(x: float) -> float:
    # (NaN, the infinities, +-0 and the integers from 2**52 on are their own floor; floor of
    # 0 < x < 1 is +0)
    if -_TWO_52 < x < _TWO_52 and x != 0:
        return float(_mfloor(x))
    return x


def _trunc(x: float) -> float:
    if x != x or x in (INF, -INF) or x == 0 or abs(x) >= _TWO_52:
        return x
    if -1 < x < 0:
        return -0.0
    if 0 < x < 1:
        return 0.0
    return float(math.trunc(x))


def _round(x: float) -> float:
    """Math.round (sec-math.round): ties toward +Infinity, -0 kept."""
    if not -_TWO_52 < x < _TWO_52 or x == 0:  # (NaN included)
        return x
    if 0 < x < 0.5:
        return 0.0
    if -0.5 <= x < 0:
        return -0.0
    f = math.floor(x)
    r = f + 1 if x - f >= 0.5 else f  # x - f is exact below 2**52
    if r == 0:
        return -0.0 if x < 0 else 0.0
    return float(r)


def _clz32(x: float) -> float:
    return float(32 - to_uint32(x).bit_length())


def _cos(x: float) -> float:
    if x != x or x in (INF, -INF):
        return NAN
    return fdlibm_cos(x)  # NON-SPEC: node's digits (fdlibm.py)


def _cosh(x: float) -> float:
    if x != x:
        return NAN
    if x in (INF, -INF):
        return INF
    return fdlibm_cosh(x)  # NON-SPEC: node's digits (fdlibm.py)


def _exp(x: float) -> float:
    if x != x:
        return NAN
    if x == INF:
        return INF
    if x == -INF:
        return 0.0
    return fdlibm_exp(x)  # NON-SPEC: node's digits (fdlibm.py)


def _expm1(x: float) -> float:
    if x != x or x == INF or x == 0:
        return x
    if x == -INF:
        return -1.0
    return fdlibm_expm1(x)  # NON-SPEC: node's digits (fdlibm.py)


def _fround(x: float) -> float:
    """Math.fround (sec-math.fround): round to the nearest binary32 value."""
    if x != x or x in (INF, -INF) or x == 0:
        return x
    try:
        return float(struct.unpack("f", struct.pack("f", x))[0])
    except OverflowError:
        return math.copysign(INF, x)


def _f16round(x: float) -> float:
    """Math.f16round (sec-math.f16round): round to the nearest binary16 value (ties to even)."""
    if x != x or x in (INF, -INF) or x == 0:
        return x
    try:
        return float(struct.unpack("e", struct.pack("e", x))[0])
    except OverflowError:
        return math.copysign(INF, x)


def _log(x: float) -> float:
    if x != x or x < 0:
        return NAN
    if x == 0:
        return -INF
    if x == INF:
        return INF
    return fdlibm_log(x)  # NON-SPEC: node's digits (fdlibm.py)


def _log1p(x: float) -> float:
    if x != x or x < -1:
        return NAN
    if x == -1:
        return -INF
    if x == INF or x == 0:
        return x
    return fdlibm_log1p(x)  # NON-SPEC: node's digits (fdlibm.py)


def _log10(x: float) -> float:
    if x != x or x < 0:
        return NAN
    if x == 0:
        return -INF
    if x == INF:
        return INF
    return fdlibm_log10(x)  # NON-SPEC: node's digits (fdlibm.py)


def _log2(x: float) -> float:
    if x != x or x < 0:
        return NAN
    if x == 0:
        return -INF
    if x == INF:
        return INF
    return fdlibm_log2(x)  # NON-SPEC: node's digits (fdlibm.py)


def _sign(x: float) -> float:
    if x != x or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def _sin(x: float) -> float:
    if x != x or x in (INF, -INF):
        return NAN
    if x == 0:
        return x
    return fdlibm_sin(x)  # NON-SPEC: node's digits (fdlibm.py)


def _sinh(x: float) -> float:
    if x != x or x in (INF, -INF) or x == 0:
        return x
    return fdlibm_sinh(x)  # NON-SPEC: node's digits (fdlibm.py)


def _sqrt(x: float) -> float:
    if 0 < x < INF:
        return _msqrt(x)
    if x != x or x < 0:
        return NAN
    return x  # (+-0, +Infinity)


def _tan(x: float) -> float:
    if x != x or x in (INF, -INF):
        return NAN
    if x == 0:
        return x
    return fdlibm_tan(x)  # NON-SPEC: node's digits (fdlibm.py)


def _tanh(x: float) -> float:
    if x != x or x == 0:
        return x
    if x == INF:
        return 1.0
    if x == -INF:
        return -1.0
    return fdlibm_tanh(x)  # NON-SPEC: node's digits (fdlibm.py)


def _signed_inf(x: float) -> float:
    return math.copysign(INF, x)


_unary("abs", _abs)
_unary("acos", _acos)
_unary("acosh", _acosh)
_unary("asin", _asin)
_unary("asinh", _asinh)
_unary("atan", _atan)
_unary("atanh", _atanh)
_unary("cbrt", _cbrt)
_unary("ceil", _ceil)
_unary("clz32", _clz32)
_unary("cos", _cos)
_unary("cosh", _cosh)
_unary("exp", _exp)
_unary("expm1", _expm1)
_unary("floor", _floor)
_unary("fround", _fround)
_unary("f16round", _f16round)
_unary("log", _log)
_unary("log1p", _log1p)
_unary("log10", _log10)
_unary("log2", _log2)
_unary("round", _round)
_unary("sign", _sign)
_unary("sin", _sin)
_unary("sinh", _sinh, _signed_inf)
_unary("sqrt", _sqrt)
_unary("tan", _tan)
_unary("tanh", _tanh)
_unary("trunc", _trunc)


# --- functions of several arguments ----------------------------------------------------------

@statics.method("atan2", 2)
def math_atan2(realm: "Realm", this: Any, args: list[Any], nt: Any) -> float:
    """Math.atan2 (sec-math.atan2)."""
    y = _first_number(args)
    x = args[1] if len(args) > 1 else None
    x = x if type(x) is float else to_number(x)
    if x != x or y != y:
        return NAN
    if x != 0 and y != 0 and x not in (INF, -INF) and y not in (INF, -INF):
        return fdlibm_atan2(y, x)  # NON-SPEC: node's digits (fdlibm.py)
    try:
        return math.atan2(y, x)
    except (ValueError, OverflowError):  # pragma: no cover - defensive
        return NAN


def _coerced(args: list[Any]) -> list[float]:
    """ToNumber of every argument in order (Math.max, min, hypot: each coerces all before
    comparing), a long list in pieces with the budget check between them."""
    out: list[float] = []
    for part in checked_pieces(list(args)):
        out += [a if type(a) is float else to_number(a) for a in part]
    return out


@statics.method("hypot", 2)
def math_hypot(realm: "Realm", this: Any, args: list[Any], nt: Any) -> float:
    """Math.hypot (sec-math.hypot).

    NON-SPEC: the result is implementation-approximated; this computes it as V8 does, so that
    programs print node's digits: every magnitude divided by the largest, the squares added with
    Kahan compensation, then sqrt(sum) * largest (Python's correctly rounded math.hypot differs
    from node in the last digit for about two calls in three)."""
    coerced = _coerced(args)
    largest = 0.0
    has_nan = False
    for part in checked_pieces(coerced):
        for n in part:
            if n in (INF, -INF):
                return INF
            if n != n:
                has_nan = True
            elif abs(n) > largest:
                largest = abs(n)
    if has_nan:
        return NAN
    if largest == 0:
        return 0.0
    total = 0.0
    compensation = 0.0
    for part in checked_pieces(coerced):
        for n in part:
            scaled = abs(n) / largest
            summand = scaled * scaled - compensation
            preliminary = total + summand
            compensation = (preliminary - total) - summand
            total = preliminary
    return _msqrt(total) * largest


@statics.method("imul", 2)
def math_imul(realm: "Realm", this: Any, args: list[Any], nt: Any) -> float:
    """Math.imul (sec-math.imul)."""
    if len(args) == 2:
        # NON-SPEC: two Numbers within 2**53 in line: the truncated integers are congruent to
        # their ToUint32 values modulo 2**32, and so is their product
        a, b = args
        if type(a) is float and type(b) is float and -9007199254740992.0 < a < 9007199254740992.0 and -9007199254740992.0 < b < 9007199254740992.0:
            return float(((math.trunc(a) * math.trunc(b) + 0x80000000) & 0xFFFFFFFF) - 0x80000000)
    # 1-2. ToUint32 of each argument.
    a = to_uint32(args[0] if args else None)
    b = to_uint32(args[1] if len(args) > 1 else None)
    # 3-4. The product modulo 2**32, as a signed 32-bit integer.
    p = (a * b) & 0xFFFFFFFF
    return float(p - 0x100000000 if p >= 0x80000000 else p)


register_inline("imul", math_imul)  # computed in line by emitted calls (compiler/emit.py)


@statics.method("max", 2)
def math_max(realm: "Realm", this: Any, args: list[Any], nt: Any) -> float:
    """Math.max (sec-math.max): coerces every argument before comparing."""
    if len(args) == 2:
        # NON-SPEC: two Numbers that differ (neither NaN) in line
        a, b = args
        if type(a) is float and type(b) is float:
            if a > b:
                return a
            if b > a:
                return b
    coerced = _coerced(args)
    highest = -INF
    for part in checked_pieces(coerced):
        for n in part:
            if n != n:
                return NAN
            if n > highest or (n == 0 and highest == 0 and math.copysign(1.0, highest) < 0):
                highest = n
    return highest


register_inline("max", math_max)  # computed in line by emitted calls (compiler/emit.py)


@statics.method("min", 2)
def math_min(realm: "Realm", this: Any, args: list[Any], nt: Any) -> float:
    """Math.min (sec-math.min): coerces every argument before comparing."""
    if len(args) == 2:
        # NON-SPEC: two Numbers that differ (neither NaN) in line
        a, b = args
        if type(a) is float and type(b) is float:
            if a < b:
                return a
            if b < a:
                return b
    coerced = _coerced(args)
    lowest = INF
    for part in checked_pieces(coerced):
        for n in part:
            if n != n:
                return NAN
            if n < lowest or (n == 0 and lowest == 0 and math.copysign(1.0, n) < 0):
                lowest = n
    return lowest


register_inline("min", math_min)  # computed in line by emitted calls (compiler/emit.py)


@statics.method("pow", 2)
def math_pow(realm: "Realm", this: Any, args: list[Any], nt: Any) -> float:
    """Math.pow (sec-math.pow)."""
    base = _first_number(args)
    e = args[1] if len(args) > 1 else None
    e = e if type(e) is float else to_number(e)
    return number_exponentiate(base, e)


@statics.method("random", 0)
def math_random(realm: "Realm", this: Any, args: list[Any], nt: Any) -> float:
    """Math.random (sec-math.random)."""
    # NON-SPEC: a host may give a realm its own seeded generator (``pyjsvm --random-seed``).
    rng = realm.host_defined.get("pyjsvm.random")
    return (rng if rng is not None else _rng).random()


def _exact_sum(values: list[float]) -> float:
    """The correctly rounded sum of finite floats (never raises)."""
    try:
        return math.fsum(values)
    except OverflowError:
        total = sum((Fraction(v) for v in values), Fraction(0))
        try:
            return float(total)
        except OverflowError:
            return INF if total > 0 else -INF


@statics.method("sumPrecise", 1)
def math_sum_precise(realm: "Realm", this: Any, args: list[Any], nt: Any) -> float:
    """Math.sumPrecise (sec-math.sumprecise)."""
    items = args[0] if args else None
    require_object_coercible(items)
    rec = get_iterator(items, "sync")
    state = "minus-zero"
    finite: list[float] = []
    count = 0
    while True:
        nxt = iterator_step_value(rec)
        if nxt is DONE:
            break
        if count >= 2**53 - 1:  # pragma: no cover - unreachable in practice
            try:
                throw_range_error("Too many values")
            except JSThrow as e:
                iterator_close(rec, e)
                raise
        if type(nxt) is not float:
            try:
                throw_type_error("Math.sumPrecise: value is not a number")
            except JSThrow as e:
                iterator_close(rec, e)
                raise
        n = nxt
        if state != "nan":
            if n != n:
                state = "nan"
            elif n == INF:
                state = "nan" if state == "-inf" else "+inf"
            elif n == -INF:
                state = "nan" if state == "+inf" else "-inf"
            elif not (n == 0 and math.copysign(1.0, n) < 0) and state in ("minus-zero", "finite"):
                state = "finite"
                finite.append(n)
        count += 1
    if state == "nan":
        return NAN
    if state == "+inf":
        return INF
    if state == "-inf":
        return -INF
    if state == "minus-zero":
        return -0.0
    return _exact_sum(finite)


def setup(realm: "Realm") -> None:
    """Create %Math% (sec-math-object) and the global ``Math`` property."""
    m = JSObject(realm.object_prototype)
    # Value properties (sec-value-properties-of-the-math-object): non-writable, non-configurable.
    for name, value in (("E", math.e), ("LN10", math.log(10)), ("LN2", math.log(2)),
                        ("LOG10E", 0.4342944819032518), ("LOG2E", 1.4426950408889634),
                        ("PI", math.pi), ("SQRT1_2", math.sqrt(0.5)), ("SQRT2", math.sqrt(2))):
        m.define_builtin(name, value, 0)
    m.define_builtin(SYM_TO_STRING_TAG, "Math", C)
    statics.install(realm, m)
    realm.intrinsics["%Math%"] = m
    realm.define_global("Math", m, W | C)
