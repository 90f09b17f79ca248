"""The operators' semantics on values (sec-applystringornumericbinaryoperator,
sec-numeric-types-number-*, sec-numeric-types-bigint-*). The compiler's closures take a fast path
for two floats and call these for everything else."""
from __future__ import annotations

import math
from typing import Any, Callable, Iterator

from pyjsvm.runtime.agent import ALLOCATION_CHECK_MIN, check_allocation, check_bigint_product, check_bigint_quotient, check_bulk, check_stop, throw_range_error, throw_type_error
from pyjsvm.runtime.operations import (
    instance_of, is_less_than, to_int32, to_numeric, to_primitive, to_property_key, to_string, to_uint32,
)
from pyjsvm.runtime.objects import A, C, W, BuiltinFunction, JSArray, JSObject, Prop
from pyjsvm.runtime.functions import SPECIAL_BUILTINS, ECMAFunction
from pyjsvm.runtime.values import MISSING, SYM_HAS_INSTANCE, JSBigInt, JSSymbol
from pyjsvm.runtime.numeric import MAX_BIGINT_BITS, number_exponentiate, number_to_string
from pyjsvm.runtime.conversion import wrap_int32
from pyjsvm.runtime.operations import instance_of_with, is_loosely_equal, is_strictly_equal

INF = float("inf")
NAN = float("nan")
# NON-SPEC resource limit: the longest string the engine makes, in code units: V8's
# String::kMaxLength on 64-bit hosts (node v20), which node's buffer.constants.MAX_STRING_LENGTH
# reports too; past it a RangeError "Invalid string length"
MAX_STRING_LENGTH = 2**29 - 24


def number_divide(a: float, b: float) -> float:
    """Number::divide (sec-numeric-types-number-divide)."""
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return NAN
        neg = (a < 0) != (math.copysign(1.0, b) < 0)
        return -INF if neg else INF


def number_remainder(n: float, d: float) -> float:
    """Number::remainder (sec-numeric-types-number-remainder)."""
    if n != n or d != d or n in (INF, -INF) or d == 0:
        return NAN
    if d in (INF, -INF):
        return n
    if n == 0:
        return n
    r = math.fmod(n, d)
    if r == 0:
        return math.copysign(0.0, n)
    return r


# NON-SPEC: how many code units a built-in that works through a long string a piece at a time
# takes at once (string_pieces), the run's budget checked between pieces
STRING_PIECE = 1 << 16


def string_pieces(s: str, size: int = STRING_PIECE, start: int = 0) -> Iterator[str]:
    """NON-SPEC: ``s`` from ``start`` on in consecutive pieces of about ``size`` code units, none
    ending between the two halves of a surrogate pair, the budget checked before each piece
    after the first."""
    n = len(s)
    first = start
    while start < n:
        if start != first:
            check_stop(1 + (size >> 10))  # (a step per 1,024 code units: see check_bulk)
        end = start + size
        if end < n and "\ud800" <= s[end - 1] <= "\udbff" and "\udc00" <= s[end] <= "\udfff":
            end += 1
        yield s[start:end]
        start = end


def check_string_length(n: int) -> None:
    """NON-SPEC: RangeError for a string longer than the implementation limit (or than the
    context's memory limit allows: at least a byte per code unit); a step budget is charged a
    step per 1,024 code units (check_bulk)."""
    if n > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")
    check_bulk(n)  # (a built-in's result: a step budget is charged for it before it is made)
    check_allocation(n)


def concat_room(n: int) -> bool:
    """NON-SPEC: True when a string of ``n`` code units may be made by concatenation; a
    RangeError past the longest string or the context's memory limit."""
    if n > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")
    if n >= ALLOCATION_CHECK_MIN:
        check_allocation(n)
    return True


def copy_room(n: int) -> None:
    """NON-SPEC: concat_room for a concatenation that copies all its ``n`` code units into a new
    string (any but an append that emitted code does in place, which copies only what it appends):
    a step budget is charged for them too, a step per 1,024 (check_bulk), before the copy, so that
    ``for (;;) t = s + s`` on a long ``s`` is bounded by ``step_limit`` as by a timeout."""
    concat_room(n)
    check_bulk(n)


def concat_strings(*parts: str) -> str:
    """NON-SPEC: the string-concatenation of ``parts`` -- a template literal's cooked strings and
    substitutions (sec-template-literals-runtime-semantics-evaluation), the pieces of a built-in's
    result (Error.prototype.toString, Object.prototype.toString ...) -- its length checked
    (copy_room) before it is made: three substitutions of a 2**28-code-unit string made a string
    past the longest one, a hundred of them tens of GiB."""
    n = sum(map(len, parts))
    if n >= ALLOCATION_CHECK_MIN:
        copy_room(n)
    return "".join(parts)


def _concat(a: str, b: str) -> str:
    n = len(a) + len(b)
    if n >= ALLOCATION_CHECK_MIN:  # (below it copy_room has nothing to refuse or charge: no call)
        if a and b:
            copy_room(n)
        else:
            return a or b  # (what CPython's a + b gives: the other string, not a copy)
    return a + b


def copied(s: str) -> str:
    """NON-SPEC: ``s``, a string a built-in made by copying code units of a longer one (a slice),
    charged to a step budget, a step per 1,024 code units (check_bulk): ``S.slice(1)`` in a loop
    copied 64 MiB a step."""
    check_bulk(len(s))
    return s


def concat_operand(v: Any) -> str:
    """NON-SPEC: what ``s + v`` appends to a String ``s``: ToString(ToPrimitive(v))
    (ApplyStringOrNumericBinaryOperator steps 1.c-1.d with lprim a String,
    sec-applystringornumericbinaryoperator)."""
    if type(v) is str:
        return v
    p = to_primitive(v) if isinstance(v, JSObject) else v
    return p if type(p) is str else to_string(p)


def js_add(a: Any, b: Any) -> Any:
    """ApplyStringOrNumericBinaryOperator for + (sec-applystringornumericbinaryoperator)."""
    ta, tb = type(a), type(b)
    if ta is str and tb is str:
        return _concat(a, b)
    if ta is float and tb is float:
        return a + b
    # (a String and a Number: ToPrimitive leaves both as they are)
    if ta is str and tb is float:
        return _concat(a, number_to_string(b))
    if ta is float and tb is str:
        return _concat(number_to_string(a), b)
    pa = to_primitive(a) if isinstance(a, JSObject) else a
    pb = to_primitive(b) if isinstance(b, JSObject) else b
    if type(pa) is str or type(pb) is str:
        return _concat(pa if type(pa) is str else to_string(pa), pb if type(pb) is str else to_string(pb))
    return numeric_op("+", pa, pb)


def numeric_op(op: str, a: Any, b: Any) -> Any:
    """Steps 5-7 of ApplyStringOrNumericBinaryOperator: ToNumeric both, then the operation of the
    operands' type; mixing BigInt and Number throws a TypeError."""
    na = a if type(a) is float else to_numeric(a)
    nb = b if type(b) is float else to_numeric(b)
    if type(na) is not type(nb):
        throw_type_error("Cannot mix BigInt and other types, use explicit conversions")
    if isinstance(na, JSBigInt) and isinstance(nb, JSBigInt):
        return JSBigInt(bigint_op(op, na.value, nb.value))
    return NUMBER_OPS[op](na, nb)


def bigint_op(op: str, x: int, y: int) -> int:
    """BigInt::add ... BigInt::unsignedRightShift (sec-numeric-types-bigint-add ...)."""
    if op == "+":
        r = x + y
        if r.bit_length() > MAX_BIGINT_BITS:
            throw_range_error("Maximum BigInt size exceeded")
        return r
    if op == "-":
        r = x - y
        if r.bit_length() > MAX_BIGINT_BITS:
            throw_range_error("Maximum BigInt size exceeded")
        return r
    if op == "*":
        check_bigint_product(x.bit_length(), y.bit_length())  # NON-SPEC: a long one charges a step budget
        if x.bit_length() + y.bit_length() > MAX_BIGINT_BITS + 1:
            if x.bit_length() + y.bit_length() >= 2 * MAX_BIGINT_BITS:
                throw_range_error("Maximum BigInt size exceeded")
            r = x * y
            if r.bit_length() > MAX_BIGINT_BITS:
                throw_range_error("Maximum BigInt size exceeded")
            return r
        return x * y
    if op == "/":
        if y == 0:
            throw_range_error("Division by zero")
        check_bigint_quotient(x.bit_length(), y.bit_length())  # NON-SPEC: as for *
        q = abs(x) // abs(y)
        return q if (x < 0) == (y < 0) else -q
    if op == "%":
        if y == 0:
            throw_range_error("Division by zero")
        check_bigint_quotient(x.bit_length(), y.bit_length())  # NON-SPEC: as for *
        r = abs(x) % abs(y)
        return r if x >= 0 else -r
    if op == "**":
        if y < 0:
            throw_range_error("Exponent must be non-negative")
        if x not in (0, 1, -1) and (x.bit_length() - 1) * y > MAX_BIGINT_BITS:
            throw_range_error("Maximum BigInt size exceeded")
        if y > 1 and x not in (0, 1, -1):  # NON-SPEC: as for * (the last squaring's, about half the work)
            half = x.bit_length() * y // 2
            check_bigint_product(half, half)
        r = x ** y  # at most x.bit_length() * y bits: twice the limit
        if r.bit_length() > MAX_BIGINT_BITS:
            throw_range_error("Maximum BigInt size exceeded")
        return r
    if op == "&":
        return x & y
    if op == "|":
        return x | y
    if op == "^":
        return x ^ y
    if op == "<<" or op == ">>":
        shift = y if op == "<<" else -y  # a left shift by this many bits
        if shift < 0:
            return x >> -shift if -shift < (1 << 62) else (-1 if x < 0 else 0)
        if x != 0 and shift + x.bit_length() > MAX_BIGINT_BITS:
            throw_range_error("Maximum BigInt size exceeded")
        return x << shift if x != 0 else 0
    if op == ">>>":
        throw_type_error("BigInts have no unsigned right shift, use >> instead")
    raise AssertionError(op)


# NON-SPEC fast paths of the shifts on two finite Numbers (emitted code comes here with one
# past the int32 range: sums of uint32 words in hash code): ToUint32(b) & 31 is int(b) & 31
# (two's complement), ToUint32(a) is int(a) & 0xFFFFFFFF, and the low 32 bits of int(a) << s
# are those of ToInt32(a) << s

def _shl(a: float, b: float) -> float:
    if a - a == 0.0 and b - b == 0.0:
        return float(wrap_int32(int(a) << (int(b) & 31)))
    return float(wrap_int32(to_int32(a) << (to_uint32(b) & 31)))


def _sar(a: float, b: float) -> float:
    if a - a == 0.0 and b - b == 0.0:
        return float(wrap_int32(int(a)) >> (int(b) & 31))
    return float(to_int32(a) >> (to_uint32(b) & 31))


def _shr(a: float, b: float) -> float:
    if a - a == 0.0 and b - b == 0.0:
        return float((int(a) & 0xFFFFFFFF) >> (int(b) & 31))
    return float(to_uint32(a) >> (to_uint32(b) & 31))


# NON-SPEC fast paths of &, | and ^ on two finite Numbers: the low 32 bits of the result of
# the operation on the truncated integers depend only on the low 32 bits of each (two's
# complement), so one wrap of the result to [-2**31, 2**31) stands for the two ToInt32s

def _band(a: float, b: float) -> float:
    if a - a == 0.0 and b - b == 0.0:
        return float(wrap_int32(int(a) & int(b)))
    return float(to_int32(a) & to_int32(b))


def _bor(a: float, b: float) -> float:
    if a - a == 0.0 and b - b == 0.0:
        return float(wrap_int32(int(a) | int(b)))
    return float(to_int32(a) | to_int32(b))


def _bxor(a: float, b: float) -> float:
    if a - a == 0.0 and b - b == 0.0:
        return float(wrap_int32(int(a) ^ int(b)))
    return float(to_int32(a) ^ to_int32(b))


NUMBER_OPS: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": number_divide,
    "%": number_remainder,
    "**": number_exponentiate,
    "<<": _shl,
    ">>": _sar,
    ">>>": _shr,
    "&": _band,
    "|": _bor,
    "^": _bxor,
}


def binary_op(op: str, a: Any, b: Any) -> Any:
    """Any arithmetic, shift or bitwise binary operator on any values."""
    if op == "+":
        return js_add(a, b)
    if type(a) is float and type(b) is float:
        # NON-SPEC fast path: two Numbers need no ToNumeric (emitted code comes here for the
        # cases its inline paths leave out, e.g. bitwise operands outside the int32 range)
        return NUMBER_OPS[op](a, b)
    return numeric_op(op, a, b)


def js_less(a: Any, b: Any) -> bool:
    r = is_less_than(a, b, True)
    return r is True


def js_greater(a: Any, b: Any) -> bool:
    r = is_less_than(b, a, False)
    return r is True


def js_less_equal(a: Any, b: Any) -> bool:
    r = is_less_than(b, a, False)
    return r is False


def js_greater_equal(a: Any, b: Any) -> bool:
    r = is_less_than(a, b, True)
    return r is False


def js_in(key: Any, obj: Any) -> bool:
    """The ``in`` operator (sec-relational-operators-runtime-semantics-evaluation)."""
    if not isinstance(obj, JSObject):
        throw_type_error(f"Cannot use 'in' operator to search for '{key if type(key) is str else 'key'}' in {to_string(obj) if not isinstance(obj, JSSymbol) else 'symbol'}")
    return obj.has_property(to_property_key(key))


_ordinary_get_prototype_of = JSObject.get_prototype_of


# NON-SPEC: the last function prototype (a BuiltinFunction, %Function.prototype% of some realm)
# seen holding the original %Function.prototype%[@@hasInstance] as its own property, and that
# method: the property is neither writable nor configurable, so it holds it for good
_has_instance_holder: list[Any] = [object(), object()]   # (none yet)


def js_instanceof(v: Any, target: Any) -> bool:
    """InstanceofOperator (sec-instanceofoperator), with a NON-SPEC fast path: when
    GetV(target, @@hasInstance) gives %Function.prototype%[@@hasInstance] (of any realm) and the
    target is an ECMAScript function whose own ``prototype`` is an object, OrdinaryHasInstance
    runs here without calling the built-in (nothing it does can throw or be observed). The walk
    up ``v``'s chain stops at the first object whose [[GetPrototypeOf]] is not ordinary (a
    proxy's trap), before anything observable, and the operator goes on with the method found."""
    if type(target) is ECMAFunction and target.proto is _has_instance_holder[0] and not target.lazy_proto:
        # NON-SPEC: the usual case first, in one frame: the target inherits the original
        # @@hasInstance from the %Function.prototype% known to hold it, has no own one, and its
        # own ``prototype`` is a data property holding an object
        props = target.props
        if SYM_HAS_INSTANCE not in props:
            p = props.get("prototype", MISSING)
            if type(p) is Prop and not p.flags & A:
                p = p.value
            if isinstance(p, JSObject):
                if not isinstance(v, JSObject):
                    return False
                q: Any = v
                while True:
                    t = type(q)
                    if t is not JSObject and t is not JSArray and (
                            t.get_prototype_of is not _ordinary_get_prototype_of or q.is_proxy):
                        break  # (the steps below, from the start: nothing observable ran)
                    q = q.proto
                    if q is None:
                        return False
                    if q is p:
                        return True
    if type(target) is ECMAFunction:
        m = MISSING
        fp = target.proto
        if not target.lazy_proto and SYM_HAS_INSTANCE not in target.props:
            # NON-SPEC: a derived class's [[Prototype]] is its superclass: up a chain of ECMAScript
            # functions none of which has an own @@hasInstance (a Symbol key is never one of the
            # lazily made ones), [[Get]] reaches the first object that is not one
            while type(fp) is ECMAFunction and not fp.lazy_proto and SYM_HAS_INSTANCE not in fp.props:
                fp = fp.proto
            if fp is _has_instance_holder[0]:
                m = _has_instance_holder[1]
            elif type(fp) is BuiltinFunction:
                # NON-SPEC: the usual case read without [[Get]]: no own @@hasInstance, and the
                # function's [[Prototype]] (a built-in function, %Function.prototype%: its own
                # properties are all in ``props``) has the original one as its own
                s = fp.props.get(SYM_HAS_INSTANCE, MISSING)
                m = s.value if type(s) is Prop and not s.flags & A else MISSING
                if (type(m) is BuiltinFunction and m.impl is SPECIAL_BUILTINS.get("hasInstance")
                        and not s.flags & (W | C)):
                    _has_instance_holder[:] = [fp, m]
        if m is MISSING:
            m = target.get(SYM_HAS_INSTANCE, target)
        if m is _has_instance_holder[1] or type(m) is BuiltinFunction and m.impl is SPECIAL_BUILTINS.get("hasInstance"):
            if target.lazy_proto:
                target._make_prototype()
            p = target.props.get("prototype", MISSING)
            if type(p) is Prop and not p.flags & A:
                p = p.value
            if isinstance(p, JSObject):
                if not isinstance(v, JSObject):
                    return False
                o: JSObject | None = v
                while o is not None:
                    if type(o) is not JSObject and (type(o).get_prototype_of is not _ordinary_get_prototype_of
                                                    or o.is_proxy):
                        break
                    o = o.proto
                    if o is None:
                        return False
                    if o is p:
                        return True
        return instance_of_with(v, target, m)
    return instance_of(v, target)


def _numeric_operator(op: str) -> Callable[[Any, Any], Any]:
    on_numbers = NUMBER_OPS[op]
    # NON-SPEC fast path: two Numbers need no ToNumeric (the slow case of emitted code's inline
    # paths, e.g. bitwise operands outside the int32 range)
    return lambda a, b: on_numbers(a, b) if type(a) is float and type(b) is float else numeric_op(op, a, b)


# The value-level semantics of every binary operator, once its operands are evaluated
# (sec-applystringornumericbinaryoperator, sec-relational-operators, sec-equality-operators):
# the compiler's general path and its fast paths' slow case.
BINARY_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "+": js_add,
    **{op: _numeric_operator(op) for op in NUMBER_OPS if op != "+"},
    "===": is_strictly_equal, "!==": lambda a, b: not is_strictly_equal(a, b),
    "==": is_loosely_equal, "!=": lambda a, b: not is_loosely_equal(a, b),
    "<": js_less, ">": js_greater, "<=": js_less_equal, ">=": js_greater_equal,
    "in": js_in, "instanceof": js_instanceof,
}


def unary_minus(v: Any) -> Any:
    n = to_numeric(v)
    if type(n) is JSBigInt:
        return JSBigInt(-n.value)
    return -n


def bitwise_not(v: Any) -> Any:
    n = to_numeric(v)
    if type(n) is JSBigInt:
        return JSBigInt(~n.value)
    return float(~to_int32(n))


def increment(v: Any, delta: int) -> Any:
    """The numeric part of ++/-- (sec-postfix-increment-operator): ``v`` already ToNumeric'ed."""
    if type(v) is JSBigInt:
        return JSBigInt(v.value + delta)
    return v + delta
