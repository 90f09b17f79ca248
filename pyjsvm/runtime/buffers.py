"""Binary data: ArrayBuffer and SharedArrayBuffer objects (sec-arraybuffer-objects,
sec-sharedarraybuffer-objects), DataView objects (sec-dataview-objects), the element types of
typed arrays (sec-typedarray-objects, Table 71) and the abstract operations that move numbers in
and out of bytes: RawBytesToNumeric, NumericToRawBytes, GetValueFromBuffer, SetValueInBuffer,
GetModifySetValueInBuffer, plus the buffer-witness records of typed arrays and DataViews
(IsTypedArrayOutOfBounds, TypedArrayLength, GetViewByteLength ...).

NON-SPEC storage: a buffer's Data Block is one Python ``bytearray`` (``buffer.data``; ``None`` once
detached). A resizable/growable buffer's bytearray is resized in place. Element access goes
through precompiled ``struct.Struct`` objects; typed arrays of the common element types also keep a
``memoryview`` cast to their element format over exactly their in-bounds elements (``fast``) for
the compiled code's indexed get/set fast path. A buffer remembers those views (weakly): it
releases their memoryviews before it is resized (a bytearray with exports cannot be) and renews
them after, and drops them when it is detached, so a fast path never sees stale memory.
"""
from __future__ import annotations

import math
import struct
import weakref
from typing import Any, Callable

from pyjsvm.runtime.agent import check_allocation, check_bulk, check_stop, throw_range_error, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.values import JSBigInt

# NON-SPEC: the largest Data Block we allocate (CreateByteDataBlock may throw a RangeError when
# it "is impossible to create such a Data Block").
MAX_BYTE_LENGTH = 1 << 31


class ElementType:
    """One row of the TypedArray constructors table (sec-typedarray-objects, Table 71)."""

    __slots__ = ("name", "size", "code", "bigint", "is_float", "conv", "le", "be", "fast_format")

    def __init__(self, name: str, size: int, code: str, conv: Callable[[Any], Any], fast_format: str | None) -> None:
        self.name = name                    # 'Int8', 'Uint8C', ... (the spec's element type names)
        self.size = size
        self.code = code
        self.bigint = name in ("BigInt64", "BigUint64")
        self.is_float = name in ("Float16", "Float32", "Float64")
        self.conv = conv                    # the conversion of NumericToRawBytes (a Python value to pack)
        self.le = struct.Struct("<" + code)
        self.be = struct.Struct(">" + code)
        self.fast_format = fast_format      # memoryview.cast format of the fast path, or None


def _int_conv(bits: int, signed: bool) -> Callable[[float], int]:
    """ToInt8 / ToUint8 / ToInt16 ... (sec-toint8 ...): the Number x modulo 2**bits."""
    mask = (1 << bits) - 1
    half = 1 << (bits - 1)
    full = 1 << bits

    def conv(x: float) -> int:
        if x != x or x in (math.inf, -math.inf):
            return 0
        i = int(x) & mask
        if signed and i >= half:
            return i - full
        return i
    return conv


def to_uint8_clamp(x: float) -> int:
    """ToUint8Clamp (sec-touint8clamp), on a Number: round half to even into 0..255."""
    if x != x or x <= 0:
        return 0
    if x >= 255:
        return 255
    return int(round(x))


def _bigint_conv(signed: bool) -> Callable[[Any], int]:
    """ToBigInt64 / ToBigUint64 (sec-tobigint64, sec-tobiguint64) on a BigInt."""
    def conv(b: Any) -> int:
        i = b.value & 0xFFFFFFFFFFFFFFFF
        if signed and i >= 1 << 63:
            return i - (1 << 64)
        return i
    return conv


def _nan_canonical(x: float) -> float:
    # NON-SPEC: NaN is written as the canonical quiet NaN (the spec leaves the bit pattern to the host).
    return math.nan if x != x else x


INT8 = ElementType("Int8", 1, "b", _int_conv(8, True), "b")
UINT8 = ElementType("Uint8", 1, "B", _int_conv(8, False), "B")
UINT8C = ElementType("Uint8C", 1, "B", to_uint8_clamp, "B")
INT16 = ElementType("Int16", 2, "h", _int_conv(16, True), "h")
UINT16 = ElementType("Uint16", 2, "H", _int_conv(16, False), "H")
INT32 = ElementType("Int32", 4, "i", _int_conv(32, True), "i")
UINT32 = ElementType("Uint32", 4, "I", _int_conv(32, False), "I")
BIGINT64 = ElementType("BigInt64", 8, "q", _bigint_conv(True), None)
BIGUINT64 = ElementType("BigUint64", 8, "Q", _bigint_conv(False), None)
FLOAT16 = ElementType("Float16", 2, "e", _nan_canonical, None)
FLOAT32 = ElementType("Float32", 4, "f", _nan_canonical, "f")
FLOAT64 = ElementType("Float64", 8, "d", _nan_canonical, "d")

# The TypedArray constructors in the spec's table order, by constructor name.
TYPED_ARRAY_TYPES: dict[str, ElementType] = {
    "Int8Array": INT8, "Uint8Array": UINT8, "Uint8ClampedArray": UINT8C, "Int16Array": INT16,
    "Uint16Array": UINT16, "Int32Array": INT32, "Uint32Array": UINT32, "BigInt64Array": BIGINT64,
    "BigUint64Array": BIGUINT64, "Float16Array": FLOAT16, "Float32Array": FLOAT32, "Float64Array": FLOAT64,
}
ELEMENT_TYPES: dict[str, ElementType] = {t.name: t for t in TYPED_ARRAY_TYPES.values()}
if struct.pack("=H", 1) != b"\x01\x00":  # pragma: no cover - big-endian hosts
    for _t in ELEMENT_TYPES.values():
        _t.fast_format = None


# --- ArrayBuffer and SharedArrayBuffer objects -------------------------------------------------

class JSArrayBuffer(JSObject):
    """An ArrayBuffer or SharedArrayBuffer instance: [[ArrayBufferData]] (``data``, None when
    detached), [[ArrayBufferByteLength]] (``len(data)``), [[ArrayBufferMaxByteLength]]
    (``max_byte_length``, None when fixed-length), [[ArrayBufferDetachKey]] (``detach_key``).
    ``shared`` marks a SharedArrayBuffer. ``fast_views`` (NON-SPEC) are the typed arrays holding a
    memoryview over ``data``."""

    __slots__ = ("data", "max_byte_length", "detach_key", "shared", "immutable", "fast_views")

    def __init__(self, proto: JSObject | None, data: bytearray, max_byte_length: int | None = None,
                 shared: bool = False) -> None:
        JSObject.__init__(self, proto)
        self.data: bytearray | None = data
        self.max_byte_length = max_byte_length
        self.detach_key: Any = None
        self.shared = shared
        self.immutable = False  # [[ArrayBufferIsImmutable]] (the immutable-arraybuffer proposal)
        self.fast_views: weakref.WeakSet[Any] | None = None

    def drop_fast_views(self) -> None:
        """NON-SPEC: release the memoryviews typed arrays keep over ``data`` (before the
        bytearray is resized or given up)."""
        views = self.fast_views
        if views:
            for v in list(views):
                v.drop_fast()

    def refresh_fast_views(self) -> None:
        """NON-SPEC: after a resize, give the views their memoryviews over the new extent."""
        views = self.fast_views
        if views:
            for v in list(views):
                v.refresh_fast()

    def register_fast_view(self, view: Any) -> None:
        if self.fast_views is None:
            self.fast_views = weakref.WeakSet()
        self.fast_views.add(view)


# NON-SPEC: the bytes a bulk operation on a data block (allocating, filling, copying) handles
# between two budget checks: a gigabyte in one Python call took seconds past a run's timeout
BYTES_PIECE = 1 << 24
# (and the zeroed bytes a large new block is made of, one piece at a time)
ZEROS_PIECE = BYTES_PIECE


def create_byte_data_block(size: int) -> bytearray:
    """CreateByteDataBlock (sec-createbytedatablock): zeroed bytes, RangeError if impossible.
    NON-SPEC: a large block is made in pieces with the budget check between them."""
    if size > MAX_BYTE_LENGTH:
        throw_range_error("Array buffer allocation failed")
    check_bulk(size)  # NON-SPEC: a step per 1,024 bytes (see check_bulk)
    check_allocation(size)
    try:
        piece = ZEROS_PIECE
        if size <= piece * 4:
            return bytearray(size)
        block = bytearray(piece)
        zeros = bytes(piece)
        while len(block) < size:
            check_stop()
            block += zeros if size - len(block) >= piece else zeros[:size - len(block)]
        return block
    except MemoryError:
        throw_range_error("Array buffer allocation failed")


def copy_bytes(dst: bytearray, to: int, src: bytearray, frm: int, nbytes: int) -> None:
    """NON-SPEC: ``dst[to:to + nbytes] = src[frm:frm + nbytes]`` (both ranges inside their
    blocks), in pieces of BYTES_PIECE with the budget check between them; ranges of one block
    that overlap come out as if the source had been copied first (memmove). A step budget is
    charged a step per 1,024 bytes first (check_bulk)."""
    check_bulk(nbytes)
    if nbytes <= BYTES_PIECE:
        dst[to:to + nbytes] = src[frm:frm + nbytes]
        return
    if dst is src and frm < to < frm + nbytes:
        end = nbytes  # (the source's end first: the pieces it still needs are not yet written)
        while end > 0:
            check_stop()
            b = max(end - BYTES_PIECE, 0)
            dst[to + b:to + end] = src[frm + b:frm + end]
            end = b
        return
    for b in range(0, nbytes, BYTES_PIECE):
        check_stop()
        e = min(b + BYTES_PIECE, nbytes)
        dst[to + b:to + e] = src[frm + b:frm + e]


def fill_bytes(dst: bytearray, start: int, one: bytes, count: int) -> None:
    """NON-SPEC: ``dst[start:start + count * len(one)] = one * count`` (inside the block), in
    pieces with the budget check between them."""
    size = len(one)
    check_bulk(count * size)  # NON-SPEC: a step per 1,024 bytes (see check_bulk)
    per = max(BYTES_PIECE // size, 1)
    if count <= per:
        dst[start:start + count * size] = one * count
        return
    piece = one * per
    k = 0
    while k < count:
        check_stop()
        m = min(per, count - k)
        dst[start + k * size:start + (k + m) * size] = piece if m == per else piece[:m * size]
        k += m


def allocate_array_buffer(proto: JSObject | None, byte_length: int, max_byte_length: int | None = None) -> JSArrayBuffer:
    """AllocateArrayBuffer (sec-allocatearraybuffer) once the prototype is known (the caller did
    OrdinaryCreateFromConstructor after the length check of step 2)."""
    if max_byte_length is not None and max_byte_length > MAX_BYTE_LENGTH:
        throw_range_error("Invalid array buffer max length")
    return JSArrayBuffer(proto, create_byte_data_block(byte_length), max_byte_length)


def is_detached_buffer(buf: JSArrayBuffer) -> bool:
    """IsDetachedBuffer (sec-isdetachedbuffer)."""
    return buf.data is None


def is_shared_array_buffer(buf: JSArrayBuffer) -> bool:
    """IsSharedArrayBuffer (sec-issharedarraybuffer)."""
    return buf.shared


def is_immutable_buffer(buf: JSArrayBuffer) -> bool:
    """IsImmutableBuffer (sec-isimmutablebuffer, immutable-arraybuffer proposal)."""
    return buf.immutable


def is_fixed_length_array_buffer(buf: JSArrayBuffer) -> bool:
    """IsFixedLengthArrayBuffer (sec-isfixedlengtharraybuffer)."""
    return buf.max_byte_length is None


def array_buffer_byte_length(buf: JSArrayBuffer) -> int:
    """ArrayBufferByteLength (sec-arraybufferbytelength); 0 for a detached buffer."""
    d = buf.data
    return 0 if d is None else len(d)


def detach_array_buffer(buf: JSArrayBuffer, key: Any = None) -> None:
    """DetachArrayBuffer (sec-detacharraybuffer)."""
    if buf.shared:
        throw_type_error("Cannot detach a SharedArrayBuffer")
    if buf.detach_key is not key:
        throw_type_error("Cannot detach this ArrayBuffer with this key")
    buf.drop_fast_views()
    buf.fast_views = None
    buf.data = None


def resize_buffer_data(buf: JSArrayBuffer, new_length: int) -> None:
    """HostResizeArrayBuffer / HostGrowSharedArrayBuffer's effect: the block now holds
    ``new_length`` bytes (new bytes are zero)."""
    d = buf.data
    assert d is not None
    n = len(d)
    if new_length > n:
        # NON-SPEC: growth counts against the context's memory limit as a new block does (resize
        # to 2**31 bytes under a 64 MiB memory_limit took 2 GiB), and is made in pieces with the
        # budget checked between them (create_byte_data_block)
        check_bulk(new_length - n)
        check_allocation(new_length - n)
    buf.drop_fast_views()
    try:
        if new_length < n:
            del d[new_length:]
        else:
            while len(d) < new_length:
                if len(d) > n:
                    check_stop()
                d.extend(bytes(min(new_length - len(d), BYTES_PIECE)))
    except BufferError:
        # NON-SPEC: Python holds a memoryview of these bytes (see pyjsvm.api.convert): the
        # buffer moves to a resized copy and the Python view keeps the old bytes.
        buf.data = bytearray(d[:new_length]) + bytes(max(0, new_length - n))
    except MemoryError:
        del d[n:]
        throw_range_error("Array buffer allocation failed")
    except BaseException:
        del d[n:]  # (interrupted while growing: the old length again)
        raise
    finally:
        buf.refresh_fast_views()


def clone_array_buffer(proto: JSObject | None, src: JSArrayBuffer, offset: int, length: int) -> JSArrayBuffer:
    """CloneArrayBuffer (sec-clonearraybuffer) into a new fixed-length ArrayBuffer."""
    d = src.data
    assert d is not None
    if length <= BYTES_PIECE:
        return JSArrayBuffer(proto, bytearray(d[offset:offset + length]))
    block = create_byte_data_block(length)  # (NON-SPEC: a long copy in pieces, see copy_bytes)
    copy_bytes(block, 0, d, offset, length)
    return JSArrayBuffer(proto, block)


# --- Bytes <-> numbers -----------------------------------------------------------------------

def raw_bytes_to_numeric(t: ElementType, raw: bytes, little_endian: bool) -> Any:
    """RawBytesToNumeric (sec-rawbytestonumeric)."""
    v = (t.le if little_endian else t.be).unpack(raw)[0]
    if t.bigint:
        return JSBigInt(v)
    return float(v)


def numeric_to_raw_bytes(t: ElementType, value: Any, little_endian: bool) -> bytes:
    """NumericToRawBytes (sec-numerictorawbytes). ``value`` is a Number (a BigInt for the BigInt
    types)."""
    st = t.le if little_endian else t.be
    x = t.conv(value)
    try:
        return st.pack(x)
    except OverflowError:
        # Float16 and Float32: a finite value beyond the largest finite one rounds to infinity.
        return st.pack(math.copysign(math.inf, x))


def get_value_from_buffer(buf: JSArrayBuffer, byte_index: int, t: ElementType, little_endian: bool = True) -> Any:
    """GetValueFromBuffer (sec-getvaluefrombuffer). The caller checked the buffer is not detached
    and the index is in range."""
    v = (t.le if little_endian else t.be).unpack_from(buf.data, byte_index)[0]  # type: ignore[arg-type]
    if t.bigint:
        return JSBigInt(v)
    return float(v)


def set_value_in_buffer(buf: JSArrayBuffer, byte_index: int, t: ElementType, value: Any, little_endian: bool = True) -> None:
    """SetValueInBuffer (sec-setvalueinbuffer). ``value`` is a Number (BigInt for BigInt types)."""
    st = t.le if little_endian else t.be
    x = t.conv(value)
    try:
        st.pack_into(buf.data, byte_index, x)  # type: ignore[arg-type]
    except OverflowError:
        st.pack_into(buf.data, byte_index, math.copysign(math.inf, x))  # type: ignore[arg-type]


def get_modify_set_value_in_buffer(buf: JSArrayBuffer, byte_index: int, t: ElementType, value: Any,
                                   op: Callable[[Any, Any], Any]) -> Any:
    """GetModifySetValueInBuffer (sec-getmodifysetvalueinbuffer): ``op(old, value)`` works on the
    element's integer values (Python ints); returns the old value as a JS value. NON-SPEC: one
    agent thread runs JS at a time, so the read-modify-write is atomic."""
    st = t.le
    old = st.unpack_from(buf.data, byte_index)[0]  # type: ignore[arg-type]
    new = op(old, t.conv(value))
    mask = (1 << (8 * t.size)) - 1
    new &= mask
    if t.code.islower() and new >= 1 << (8 * t.size - 1):
        new -= 1 << (8 * t.size)
    st.pack_into(buf.data, byte_index, new)  # type: ignore[arg-type]
    if t.bigint:
        return JSBigInt(old)
    return float(old)


# --- DataView objects --------------------------------------------------------------------------

class JSDataView(JSObject):
    """A DataView instance (sec-properties-of-dataview-instances): [[ViewedArrayBuffer]]
    (``buffer``), [[ByteLength]] (``byte_length``, None for ~auto~), [[ByteOffset]]."""

    __slots__ = ("buffer", "byte_length", "byte_offset")

    def __init__(self, proto: JSObject | None, buffer: JSArrayBuffer, byte_offset: int, byte_length: int | None) -> None:
        JSObject.__init__(self, proto)
        self.buffer = buffer
        self.byte_offset = byte_offset
        self.byte_length = byte_length


def is_view_out_of_bounds(view: JSDataView) -> bool:
    """IsViewOutOfBounds (sec-isviewoutofbounds) of MakeDataViewWithBufferWitnessRecord(view)."""
    d = view.buffer.data
    if d is None:
        return True
    n = len(d)
    start = view.byte_offset
    end = n if view.byte_length is None else start + view.byte_length
    return start > n or end > n


def get_view_byte_length(view: JSDataView) -> int:
    """GetViewByteLength (sec-getviewbytelength); the view is not out of bounds."""
    if view.byte_length is not None:
        return view.byte_length
    d = view.buffer.data
    assert d is not None
    return len(d) - view.byte_offset


# --- TypedArray buffer-witness records -----------------------------------------------------------

def typed_array_length_or_none(o: Any) -> int | None:
    """NON-SPEC shorthand for MakeTypedArrayWithBufferWitnessRecord(O) followed by
    IsTypedArrayOutOfBounds (sec-istypedarrayoutofbounds) and TypedArrayLength
    (sec-typedarraylength): the length, or None when out of bounds (or detached)."""
    d = o.buffer.data
    if d is None:
        return None
    n = len(d)
    start = o.byte_offset
    al = o.array_length
    if al is None:
        if start > n:
            return None
        return (n - start) // o.etype.size
    if start > n or start + al * o.etype.size > n:
        return None
    return al  # type: ignore[no-any-return]


def is_typed_array_out_of_bounds(o: Any) -> bool:
    """IsTypedArrayOutOfBounds (sec-istypedarrayoutofbounds)."""
    return typed_array_length_or_none(o) is None


def typed_array_length(o: Any) -> int:
    """TypedArrayLength (sec-typedarraylength): 0 when out of bounds (callers that must throw
    check IsTypedArrayOutOfBounds first)."""
    n = typed_array_length_or_none(o)
    return 0 if n is None else n


def typed_array_byte_length(o: Any) -> int:
    """TypedArrayByteLength (sec-typedarraybytelength)."""
    return typed_array_length(o) * o.etype.size  # type: ignore[no-any-return]


__all__ = [
    "ElementType", "TYPED_ARRAY_TYPES", "ELEMENT_TYPES", "JSArrayBuffer", "JSDataView",
    "allocate_array_buffer", "array_buffer_byte_length", "clone_array_buffer", "create_byte_data_block",
    "detach_array_buffer", "get_modify_set_value_in_buffer", "get_value_from_buffer", "get_view_byte_length",
    "is_detached_buffer", "is_fixed_length_array_buffer", "is_immutable_buffer", "is_shared_array_buffer", "is_typed_array_out_of_bounds",
    "is_view_out_of_bounds", "numeric_to_raw_bytes", "raw_bytes_to_numeric", "resize_buffer_data",
    "set_value_in_buffer", "to_uint8_clamp", "typed_array_byte_length", "typed_array_length",
    "typed_array_length_or_none",
]
