"""TypedArray exotic objects (sec-typedarray-exotic-objects): the internal methods that turn
canonical numeric string keys into element reads and writes, and TypedArrayGetElement /
TypedArraySetElement / IsValidIntegerIndex.

Slots: [[ViewedArrayBuffer]] ``buffer``, [[TypedArrayName]] ``name``, [[ContentType]] (from
``etype.bigint``), [[ByteOffset]] ``byte_offset``, [[ArrayLength]] ``array_length`` (None for
~auto~, a length-tracking view; [[ByteLength]] is derived from it). ``fast`` (NON-SPEC) is a
``memoryview`` cast to the element format over exactly the view's in-bounds elements (None when
out of bounds or detached, and for Float16 and the BigInt types); the buffer
renews it when it is resized. The compiled code's indexed get/set use it directly, everything
else takes the spec path below.
"""
from __future__ import annotations

import math
from typing import Any

from pyjsvm.runtime.buffers import (
    UINT8C, ElementType, JSArrayBuffer, get_value_from_buffer, set_value_in_buffer, to_uint8_clamp, typed_array_length_or_none,
)
from pyjsvm.runtime.objects import (
    A, PROTO_EPOCH, BuiltinFunction, JSObject, Prop, same_value, PropertyDescriptor, data_desc, index_keys, ordered_keys, ordinary_define_own_property, ordinary_set,
)
from pyjsvm.runtime.operations import canonical_numeric_index_string, to_bigint, to_number
from pyjsvm.runtime.values import MISSING, JSBigInt
from pyjsvm.runtime.agent import throw_type_error

__all__ = ["JSTypedArray", "canonical_index", "is_valid_integer_index", "typed_array_get_element",
           "typed_array_set_element", "NOT_NUMERIC"]

NOT_NUMERIC: Any = MISSING

# NON-SPEC: the Python implementations of built-ins that fast paths may stand in for, registered
# by the intrinsics layer ("length": get %TypedArray%.prototype.length).
FAST_HOOKS: dict[str, Any] = {}


def canonical_index(key: Any) -> Any:
    """CanonicalNumericIndexString (sec-canonicalnumericindexstring) of a property key: the Number,
    or NOT_NUMERIC for a symbol or a string that is not a canonical numeric string."""
    if type(key) is not str or not key:
        return NOT_NUMERIC
    c = key[0]
    if "0" <= c <= "9":
        # NON-SPEC fast path: a decimal integer without a leading zero.
        if key.isdigit() and key.isascii() and (c != "0" or len(key) == 1) and len(key) < 16:
            return float(int(key))
    elif c != "-" and c != "I" and c != "N":
        return NOT_NUMERIC
    n = canonical_numeric_index_string(key)
    return NOT_NUMERIC if n is None else n


# NON-SPEC: by fast-view format, the open interval of Numbers whose truncation is in the range
# of the element type (for the float formats: the finite Numbers)
_FAST_BOUNDS = {
    "b": (-129.0, 128.0), "B": (-1.0, 256.0), "h": (-32769.0, 32768.0), "H": (-1.0, 65536.0),
    "i": (-2147483649.0, 2147483648.0), "I": (-1.0, 4294967296.0), "f": (-math.inf, math.inf), "d": (-math.inf, math.inf),
}


class JSTypedArray(JSObject):
    """A TypedArray instance (sec-typedarray-exotic-objects)."""

    __slots__ = ("buffer", "name", "etype", "byte_offset", "array_length", "fast", "fast_mask", "fast_smax",
                 "fast_n", "fast_lo", "fast_hi", "fast_conv", "len_epoch")
    simple_props = False

    def __init__(self, proto: JSObject | None, name: str, etype: ElementType) -> None:
        JSObject.__init__(self, proto)
        self.name = name
        self.etype = etype
        self.buffer: JSArrayBuffer = None  # type: ignore[assignment]
        self.byte_offset = 0
        self.array_length: int | None = 0
        self.fast: Any = None
        self.fast_n = -1.0  # NON-SPEC: float(len(fast)), or -1.0 while fast is None
        # NON-SPEC: for the compiled set fast path: -1 for float elements and Uint8Clamped
        # (no wrapping), else the integer mask 2**bits - 1 and the largest value of the type
        # (a larger masked value wraps)
        t = etype
        self.fast_mask = -1 if t.is_float or t is UINT8C else (1 << (8 * t.size)) - 1
        self.fast_smax = self.fast_mask >> 1 if t.code.islower() else self.fast_mask
        # NON-SPEC: for the emitted set fast path: a Number v with fast_lo < v < fast_hi is
        # stored in the fast view as fast_conv(v) (trunc: ToIntN / ToUintN of a value that needs no
        # wrapping, and any integral Number, as an int, stores unchanged in every fast format;
        # float: Float32 rounding is the memoryview's; ToUint8Clamp); NaN, the infinities and
        # the values to wrap or clamp to an end take the generic path
        self.fast_lo, self.fast_hi = _FAST_BOUNDS.get(t.fast_format or "", (0.0, 0.0))
        # (math.trunc: a float's int, faster than int())
        self.fast_conv = float if t.is_float else to_uint8_clamp if t is UINT8C else math.trunc
        # NON-SPEC: the PROTO_EPOCH at which get_length last found that ``length`` reaches the
        # %TypedArray.prototype% getter (-1: not yet); see get_length
        self.len_epoch = -1

    # --- NON-SPEC fast-path bookkeeping -------------------------------------------------------
    def attach(self, buffer: JSArrayBuffer, byte_offset: int, array_length: int | None) -> None:
        """Set [[ViewedArrayBuffer]], [[ByteOffset]] and [[ArrayLength]] (and the fast view)."""
        self.buffer = buffer
        self.byte_offset = byte_offset
        self.array_length = array_length
        if self.etype.fast_format is not None and buffer.data is not None and not buffer.immutable:
            buffer.register_fast_view(self)
            self.refresh_fast()

    def refresh_fast(self) -> None:
        """NON-SPEC: (re)make ``fast`` over the in-bounds elements, or None when out of bounds."""
        self.drop_fast()
        n = typed_array_length_or_none(self)
        if n is not None:
            start = self.byte_offset
            self.fast = memoryview(self.buffer.data)[start:start + n * self.etype.size].cast(self.etype.fast_format)  # type: ignore[arg-type, call-overload]
            self.fast_n = float(n)

    def drop_fast(self) -> None:
        f = self.fast
        if f is not None:
            self.fast = None
            self.fast_n = -1.0
            f.release()

    def array_iterator_length(self) -> int:
        """NON-SPEC hook of %ArrayIteratorPrototype%.next (sec-%arrayiteratorprototype%.next step
        for typed arrays): TypeError when out of bounds, else TypedArrayLength."""
        n = typed_array_length_or_none(self)
        if n is None:
            throw_type_error("Cannot perform %ArrayIteratorPrototype%.next on a detached or out-of-bounds typed array")
        return n

    # --- element access -------------------------------------------------------------------------
    def get_element(self, i: int) -> Any:
        """TypedArrayGetElement for an integer index (undefined when not a valid index)."""
        f = self.fast
        if f is not None:
            if 0 <= i < len(f):
                v = f[i]
                return v if type(v) is float else float(v)
            return None
        n = typed_array_length_or_none(self)
        if n is None or not 0 <= i < n:
            return None
        return get_value_from_buffer(self.buffer, self.byte_offset + i * self.etype.size, self.etype)

    def set_element(self, i: int, num: Any) -> None:
        """The tail of TypedArraySetElement: ``num`` is already a Number (BigInt); store it when
        ``i`` is a valid integer index."""
        n = typed_array_length_or_none(self)
        if n is not None and 0 <= i < n:
            set_value_in_buffer(self.buffer, self.byte_offset + i * self.etype.size, self.etype, num)

    # --- internal methods (sec-typedarray-exotic-objects) ---------------------------------------
    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        """[[GetOwnProperty]] (sec-typedarray-getownproperty)."""
        idx = canonical_index(key)
        if idx is NOT_NUMERIC:
            return JSObject.get_own_property(self, key)
        v = typed_array_get_element(self, idx)
        if v is None:
            return None
        mutable = not self.buffer.immutable
        return data_desc(v, mutable, True, mutable)

    def has_property(self, key: Any) -> bool:
        """[[HasProperty]] (sec-typedarray-hasproperty)."""
        idx = canonical_index(key)
        if idx is NOT_NUMERIC:
            if key in self.props:
                return True
            p = self.proto
            return p is not None and p.has_property(key)
        return is_valid_integer_index(self, idx)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        """[[DefineOwnProperty]] (sec-typedarray-defineownproperty)."""
        idx = canonical_index(key)
        if idx is NOT_NUMERIC:
            return ordinary_define_own_property(self, key, desc)
        if not is_valid_integer_index(self, idx):
            return False
        mutable = not self.buffer.immutable
        if desc.configurable is (not mutable) or desc.enumerable is False or desc.is_accessor() \
                or desc.writable is (not mutable):
            return False
        if desc.value is not MISSING:
            if not mutable:
                return same_value(desc.value, typed_array_get_element(self, idx))
            typed_array_set_element(self, idx, desc.value)
        return True

    def get_length(self) -> Any:
        """``ta.length``: [[Get]] of "length" with ``ta`` as the receiver, with a NON-SPEC fast
        path when the first object on its chain (ordinary objects from the typed array on) that
        has ``length`` has the unmodified %TypedArray.prototype% getter (emitted code calls it
        for ``x.length`` of a typed array). Finding that records PROTO_EPOCH in ``len_epoch``:
        what it found holds until the epoch moves, since only a [[DefineOwnProperty]] that
        applies a descriptor (an own ``length`` of the typed array or of a prototype, a new
        getter), a deletion of a non-default property (the getter) or a [[SetPrototypeOf]] can
        change it, and each of those bumps the epoch. While ``len_epoch`` is current, emitted
        code reads the length as ``len(ta.fast)`` when there is a fast view."""
        if "length" not in self.props:
            p = self.proto
            while p is not None and p.simple_props:
                stored = p.props.get("length", MISSING)
                if stored is not MISSING:
                    if type(stored) is Prop and stored.flags & A and type(stored.getter) is BuiltinFunction \
                            and stored.getter.impl is FAST_HOOKS.get("length"):
                        self.len_epoch = PROTO_EPOCH[0]
                        f = self.fast
                        if f is not None:
                            return float(len(f))
                        n = typed_array_length_or_none(self)
                        return 0.0 if n is None else float(n)
                    break
                p = p.proto
        return JSObject.get(self, "length", self)

    def get(self, key: Any, receiver: Any) -> Any:
        """[[Get]] (sec-typedarray-get)."""
        if key == "length" and receiver is self:
            return self.get_length()
        idx = canonical_index(key)
        if idx is NOT_NUMERIC:
            return JSObject.get(self, key, receiver)
        return typed_array_get_element(self, idx)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        """[[Set]] (sec-typedarray-set)."""
        idx = canonical_index(key)
        if idx is not NOT_NUMERIC:
            if receiver is self:
                if self.buffer.immutable and is_valid_integer_index(self, idx):
                    return False
                typed_array_set_element(self, idx, value)
                return True
            if not is_valid_integer_index(self, idx):
                return True
        return ordinary_set(self, key, value, receiver)

    def delete(self, key: Any) -> bool:
        """[[Delete]] (sec-typedarray-delete)."""
        idx = canonical_index(key)
        if idx is NOT_NUMERIC:
            return JSObject.delete(self, key)
        return not is_valid_integer_index(self, idx)

    def prevent_extensions(self) -> bool:
        """[[PreventExtensions]] (sec-typedarray-preventextensions): a view whose length can
        change stays extensible."""
        if not is_typed_array_fixed_length(self):
            return False
        self.extensible = False
        return True

    def own_property_keys(self) -> list[Any]:
        """[[OwnPropertyKeys]] (sec-typedarray-ownpropertykeys)."""
        n = typed_array_length_or_none(self)
        return (index_keys(n) if n else []) + ordered_keys(self.props)


def is_typed_array_fixed_length(o: JSTypedArray) -> bool:
    """IsTypedArrayFixedLength (sec-istypedarrayfixedlength)."""
    if o.array_length is None:
        return False
    buf = o.buffer
    return buf.max_byte_length is None or buf.shared


def _integer_index(index: float) -> int:
    """NON-SPEC: the int an index Number names when it is an integral Number other than -0
    (steps 2-3 of IsValidIntegerIndex), else -1."""
    if index - index != 0:  # NaN or an infinity
        return -1
    i = int(index)
    if i != index or (i == 0 and math.copysign(1.0, index) < 0):
        return -1
    return i if i >= 0 else -1


def is_valid_integer_index(o: JSTypedArray, index: float) -> bool:
    """IsValidIntegerIndex (sec-isvalidintegerindex)."""
    i = _integer_index(index)
    if i < 0:
        return False
    n = typed_array_length_or_none(o)
    return n is not None and i < n


def typed_array_get_element(o: JSTypedArray, index: float) -> Any:
    """TypedArrayGetElement (sec-typedarraygetelement)."""
    i = _integer_index(index)
    if i < 0:
        return None
    return o.get_element(i)


def typed_array_set_element(o: JSTypedArray, index: float, value: Any) -> None:
    """TypedArraySetElement (sec-typedarraysetelement)."""
    t = o.etype
    if t.bigint:
        num: Any = value if type(value) is JSBigInt else to_bigint(value)
    else:
        num = value if type(value) is float else to_number(value)
    i = _integer_index(index)
    if i >= 0 and not o.buffer.immutable:
        n = typed_array_length_or_none(o)
        if n is not None and i < n:
            set_value_in_buffer(o.buffer, o.byte_offset + i * t.size, t, num)
