"""DataView objects (sec-dataview-objects): the constructor, the buffer/byteLength/byteOffset
getters and the get/set methods for every element type (GetViewValue, SetViewValue)."""
from __future__ import annotations

from math import trunc
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.buffers import (
    ELEMENT_TYPES, ElementType, JSArrayBuffer, JSDataView, array_buffer_byte_length, get_value_from_buffer,
    get_view_byte_length, is_detached_buffer, is_view_out_of_bounds, set_value_in_buffer,
)
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import get_prototype_from_constructor, to_bigint, to_boolean, to_display, to_index, to_number
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, JSBigInt, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()



def _require_view(this: Any, method: str) -> JSDataView:
    """RequireInternalSlot(view, [[DataView]])."""
    if type(this) is not JSDataView:
        throw_type_error(f"Method DataView.prototype.{method} called on incompatible receiver {to_display(this)}")
    return this


def data_view_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """DataView ( buffer [ , byteOffset [ , byteLength ] ] ) (sec-dataview-buffer-byteoffset-bytelength)."""
    if new_target is None:
        throw_type_error("Constructor DataView requires 'new'")
    buffer = argument(args, 0)
    if type(buffer) is not JSArrayBuffer:
        throw_type_error("First argument to DataView constructor must be an ArrayBuffer")
    offset = to_index(argument(args, 1), "Start offset {} is outside the bounds of the buffer")
    if is_detached_buffer(buffer):
        throw_type_error("Cannot construct a DataView on a detached ArrayBuffer")
    buffer_byte_length = array_buffer_byte_length(buffer)
    if offset > buffer_byte_length:
        throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    byte_length = argument(args, 2)
    view_byte_length: int | None
    if byte_length is None:
        view_byte_length = buffer_byte_length - offset if buffer.max_byte_length is None else None
    else:
        view_byte_length = to_index(byte_length, "Invalid DataView length {}")
        if offset + view_byte_length > buffer_byte_length:
            throw_range_error(f"Invalid DataView length {view_byte_length}")
    p = get_prototype_from_constructor(new_target, "%DataView.prototype%")
    # 11-14. The prototype lookup may have detached or shrunk the buffer.
    if is_detached_buffer(buffer):
        throw_type_error("Cannot construct a DataView on a detached ArrayBuffer")
    buffer_byte_length = array_buffer_byte_length(buffer)
    if offset > buffer_byte_length:
        throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    if byte_length is not None and offset + view_byte_length > buffer_byte_length:  # type: ignore[operator]
        throw_range_error(f"Invalid DataView length {view_byte_length}")
    return JSDataView(p, buffer, offset, view_byte_length)


@proto.getter("buffer")
def data_view_buffer(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get DataView.prototype.buffer (sec-get-dataview.prototype.buffer)."""
    return _require_view(this, "buffer").buffer


@proto.getter("byteLength")
def data_view_byte_length(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get DataView.prototype.byteLength (sec-get-dataview.prototype.bytelength)."""
    view = _require_view(this, "byteLength")
    if is_view_out_of_bounds(view):
        throw_type_error("Cannot perform DataView.prototype.byteLength on a detached or out-of-bounds view")
    return float(get_view_byte_length(view))


@proto.getter("byteOffset")
def data_view_byte_offset(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get DataView.prototype.byteOffset (sec-get-dataview.prototype.byteoffset)."""
    view = _require_view(this, "byteOffset")
    if is_view_out_of_bounds(view):
        throw_type_error("Cannot perform DataView.prototype.byteOffset on a detached or out-of-bounds view")
    return float(view.byte_offset)


def _fast_byte_index(view: Any, request_index: Any, little_endian: Any, t: ElementType) -> int:
    """NON-SPEC: for GetViewValue / SetViewValue on a DataView with an index that is a Number in
    [0, 2**53) and a littleEndian that is a Boolean or undefined (so that ToIndex and ToBoolean
    have no effects), of a view that is in bounds with the element inside it: the element's
    byte index in the buffer; else -1 (the spec's steps then run, throwing as they should)."""
    if type(view) is JSDataView and type(request_index) is float and 0.0 <= request_index < 9007199254740992.0 \
            and (little_endian is None or type(little_endian) is bool):
        d = view.buffer.data
        if d is not None:
            n = len(d)
            start = view.byte_offset
            bl = view.byte_length
            end = n if bl is None else start + bl
            i = start + trunc(request_index)
            if start <= n and end <= n and i + t.size <= end:
                return i
    return -1


def get_view_value(view: Any, request_index: Any, little_endian: Any, t: ElementType, method: str) -> Any:
    """GetViewValue (sec-getviewvalue)."""
    i = _fast_byte_index(view, request_index, little_endian, t)
    if i >= 0:
        return get_value_from_buffer(view.buffer, i, t, little_endian is True)
    view = _require_view(view, method)
    get_index = to_index(request_index, "Offset is outside the bounds of the DataView")
    le = to_boolean(little_endian)
    if is_view_out_of_bounds(view):
        throw_type_error(f"Cannot perform DataView.prototype.{method} on a detached or out-of-bounds view")
    if get_index + t.size > get_view_byte_length(view):
        throw_range_error("Offset is outside the bounds of the DataView")
    return get_value_from_buffer(view.buffer, get_index + view.byte_offset, t, le)


def set_view_value(view: Any, request_index: Any, little_endian: Any, t: ElementType, value: Any, method: str) -> Any:
    """SetViewValue (sec-setviewvalue)."""
    if type(value) is (JSBigInt if t.bigint else float):
        i = _fast_byte_index(view, request_index, little_endian, t)
        if i >= 0 and not view.buffer.immutable:
            set_value_in_buffer(view.buffer, i, t, value, little_endian is True)
            return None
    view = _require_view(view, method)
    if view.buffer.immutable:
        throw_type_error(f"Cannot perform DataView.prototype.{method} on an immutable ArrayBuffer")
    get_index = to_index(request_index, "Offset is outside the bounds of the DataView")
    if t.bigint:
        num: Any = value if type(value) is JSBigInt else to_bigint(value)
    else:
        num = value if type(value) is float else to_number(value)
    le = to_boolean(little_endian)
    if is_view_out_of_bounds(view):
        throw_type_error(f"Cannot perform DataView.prototype.{method} on a detached or out-of-bounds view")
    if get_index + t.size > get_view_byte_length(view):
        throw_range_error("Offset is outside the bounds of the DataView")
    set_value_in_buffer(view.buffer, get_index + view.byte_offset, t, num, le)
    return None


def _define_accessors(t: ElementType, js_name: str) -> None:
    getter_name = "get" + js_name
    setter_name = "set" + js_name

    def getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        return get_view_value(this, argument(args, 0), argument(args, 1), t, getter_name)
    getter.__doc__ = f"DataView.prototype.{getter_name} ( byteOffset [ , littleEndian ] ) (sec-dataview.prototype.{getter_name.lower()})."

    def setter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        return set_view_value(this, argument(args, 0), argument(args, 2), t, argument(args, 1), setter_name)
    setter.__doc__ = f"DataView.prototype.{setter_name} ( byteOffset, value [ , littleEndian ] ) (sec-dataview.prototype.{setter_name.lower()})."
    proto.method(getter_name, 1)(getter)
    proto.method(setter_name, 2)(setter)


for _name, _js in (("BigInt64", "BigInt64"), ("BigUint64", "BigUint64"), ("Float16", "Float16"),
                   ("Float32", "Float32"), ("Float64", "Float64"), ("Int8", "Int8"), ("Int16", "Int16"),
                   ("Int32", "Int32"), ("Uint8", "Uint8"), ("Uint16", "Uint16"), ("Uint32", "Uint32")):
    _define_accessors(ELEMENT_TYPES[_name], _js)


def setup(realm: "Realm") -> None:
    dvp = JSObject(realm.object_prototype)
    realm.intrinsics["%DataView.prototype%"] = dvp
    ctor = make_constructor(realm, data_view_constructor, "DataView", 1, dvp)
    realm.intrinsics["%DataView%"] = ctor
    proto.install(realm, dvp)
    dvp.define_builtin(SYM_TO_STRING_TAG, "DataView", C)
    realm.define_global("DataView", ctor)


__all__ = ["setup", "get_view_value", "set_view_value"]
