"""ArrayBuffer objects (sec-arraybuffer-objects) and SharedArrayBuffer objects
(sec-sharedarraybuffer-objects): constructors, prototypes, resizing, transfer and detachment.
The objects and the byte-level abstract operations live in ``pyjsvm.runtime.buffers``."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import check_allocation, check_stop, throw_range_error, throw_type_error
from pyjsvm.runtime.buffers import (
    BYTES_PIECE, MAX_BYTE_LENGTH, JSArrayBuffer, allocate_array_buffer, array_buffer_byte_length, copy_bytes,
    create_byte_data_block,
    detach_array_buffer, is_detached_buffer, resize_buffer_data,
)
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import (
    construct, get_prototype_from_constructor, incompatible_receiver, species_constructor, to_index,
    to_integer_or_infinity,
)
from pyjsvm.runtime.values import SYM_SPECIES, SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.buffers import JSDataView

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

ab_proto = BuiltinTable()
ab_statics = BuiltinTable()
sab_proto = BuiltinTable()
sab_statics = BuiltinTable()



def get_array_buffer_max_byte_length_option(options: Any) -> int | None:
    """GetArrayBufferMaxByteLengthOption (sec-getarraybuffermaxbytelengthoption)."""
    if not isinstance(options, JSObject):
        return None
    max_len = options.get("maxByteLength", options)
    if max_len is None:
        return None
    return to_index(max_len, "Invalid array buffer max length")


def allocate_array_buffer_from(new_target: Any, byte_length: int, max_byte_length: int | None = None,
                               default: str = "%ArrayBuffer.prototype%") -> JSArrayBuffer:
    """AllocateArrayBuffer (sec-allocatearraybuffer) / AllocateSharedArrayBuffer
    (sec-allocatesharedarraybuffer) with OrdinaryCreateFromConstructor(constructor)."""
    # 2. If allocatingResizableBuffer and byteLength > maxByteLength, throw a RangeError.
    if max_byte_length is not None and byte_length > max_byte_length:
        throw_range_error("Invalid array buffer length: larger than maxByteLength")
    proto = get_prototype_from_constructor(new_target, default)
    buf = allocate_array_buffer(proto, byte_length, max_byte_length)
    buf.shared = default == "%SharedArrayBuffer.prototype%"
    return buf


def require_array_buffer(this: Any, method: str, shared: bool) -> JSArrayBuffer:
    """RequireInternalSlot(O, [[ArrayBufferData]]) plus the IsSharedArrayBuffer check."""
    if type(this) is not JSArrayBuffer or this.shared is not shared:
        kind = "SharedArrayBuffer" if shared else "ArrayBuffer"
        throw_type_error(incompatible_receiver(f"{kind}.prototype.{method}", this))
    return this


# --- ArrayBuffer ---------------------------------------------------------------------------------

def array_buffer_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ArrayBuffer ( length [ , options ] ) (sec-arraybuffer-length)."""
    if new_target is None:
        throw_type_error("Constructor ArrayBuffer requires 'new'")
    byte_length = to_index(argument(args, 0), "Invalid array buffer length")
    requested_max = get_array_buffer_max_byte_length_option(argument(args, 1))
    return allocate_array_buffer_from(new_target, byte_length, requested_max)


@ab_statics.method("isView", 1)
def array_buffer_is_view(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ArrayBuffer.isView ( arg ) (sec-arraybuffer.isview)."""
    return isinstance(argument(args, 0), (JSTypedArray, JSDataView))


@ab_statics.getter(SYM_SPECIES)
@sab_statics.getter(SYM_SPECIES)
def array_buffer_species(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get ArrayBuffer [ %Symbol.species% ] (sec-get-arraybuffer-%symbol.species%)."""
    return this


@ab_proto.getter("byteLength")
def array_buffer_byte_length_getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get ArrayBuffer.prototype.byteLength (sec-get-arraybuffer.prototype.bytelength)."""
    o = require_array_buffer(this, "byteLength", False)
    return float(array_buffer_byte_length(o))


@ab_proto.getter("maxByteLength")
def array_buffer_max_byte_length(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get ArrayBuffer.prototype.maxByteLength (sec-get-arraybuffer.prototype.maxbytelength)."""
    o = require_array_buffer(this, "maxByteLength", False)
    if is_detached_buffer(o):
        return 0.0
    return float(o.max_byte_length if o.max_byte_length is not None else array_buffer_byte_length(o))


@ab_proto.getter("resizable")
def array_buffer_resizable(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get ArrayBuffer.prototype.resizable (sec-get-arraybuffer.prototype.resizable)."""
    o = require_array_buffer(this, "resizable", False)
    return o.max_byte_length is not None


@ab_proto.getter("detached")
def array_buffer_detached(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get ArrayBuffer.prototype.detached (sec-get-arraybuffer.prototype.detached)."""
    o = require_array_buffer(this, "detached", False)
    return is_detached_buffer(o)


@ab_proto.method("resize", 1)
def array_buffer_resize(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ArrayBuffer.prototype.resize ( newLength ) (sec-arraybuffer.prototype.resize)."""
    o = require_array_buffer(this, "resize", False)
    if o.max_byte_length is None:
        throw_type_error("Method ArrayBuffer.prototype.resize called on a fixed-length ArrayBuffer")
    new_byte_length = to_index(argument(args, 0))
    if is_detached_buffer(o):
        throw_type_error("Cannot resize a detached ArrayBuffer")
    if o.immutable:
        throw_type_error("Cannot resize an immutable ArrayBuffer")
    if new_byte_length > o.max_byte_length:
        throw_range_error("ArrayBuffer.prototype.resize: Invalid length parameter")
    resize_buffer_data(o, new_byte_length)
    return None


def _relative_range(args: list[Any], length: int) -> tuple[int, int]:
    """The first/final computation of the slice methods."""
    rs = to_integer_or_infinity(argument(args, 0))
    first = int(max(length + rs, 0) if rs < 0 else min(rs, length))
    end = argument(args, 1)
    re_ = float(length) if end is None else to_integer_or_infinity(end)
    final = int(max(length + re_, 0) if re_ < 0 else min(re_, length))
    return first, final


@ab_proto.method("slice", 2)
def array_buffer_slice(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ArrayBuffer.prototype.slice ( start, end ) (sec-arraybuffer.prototype.slice)."""
    o = require_array_buffer(this, "slice", False)
    if is_detached_buffer(o):
        throw_type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
    first, final = _relative_range(args, array_buffer_byte_length(o))
    new_len = max(final - first, 0)
    ctor = species_constructor(o, realm.intrinsics["%ArrayBuffer%"])
    new = construct(ctor, [float(new_len)])
    if type(new) is not JSArrayBuffer or new.shared:
        throw_type_error("ArrayBuffer subclass returned this from species constructor")
    if is_detached_buffer(new):
        throw_type_error("The species constructor returned a detached ArrayBuffer")
    if new.immutable:
        throw_type_error("The species constructor returned an immutable ArrayBuffer")
    if new is o:
        throw_type_error("ArrayBuffer subclass returned this from species constructor")
    if array_buffer_byte_length(new) < new_len:
        throw_type_error("The species constructor returned a too small ArrayBuffer")
    if is_detached_buffer(o):
        throw_type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
    src = o.data
    assert src is not None and new.data is not None
    current_len = len(src)
    if first < current_len:
        count = min(new_len, current_len - first)
        copy_bytes(new.data, 0, src, first, count)
    return new


def array_buffer_copy_and_detach(realm: "Realm", o: Any, new_length: Any, preserve: bool | str, method: str) -> JSArrayBuffer:
    """ArrayBufferCopyAndDetach (sec-arraybuffercopyanddetach). ``preserve`` is True
    (~preserve-resizability~), False (~fixed-length~) or 'immutable' (the immutable-arraybuffer
    proposal)."""
    o = require_array_buffer(o, method, False)
    if new_length is None:
        new_byte_length = array_buffer_byte_length(o)
    else:
        new_byte_length = to_index(new_length)
    if is_detached_buffer(o):
        throw_type_error(f"Cannot perform ArrayBuffer.prototype.{method} on a detached ArrayBuffer")
    if o.immutable:
        throw_type_error(f"Cannot perform ArrayBuffer.prototype.{method} on an immutable ArrayBuffer")
    new_max = o.max_byte_length if preserve is True else None
    if o.detach_key is not None:
        throw_type_error("Cannot transfer an ArrayBuffer with a detach key")
    if new_max is not None and new_byte_length > new_max:
        throw_range_error("Invalid array buffer length: larger than maxByteLength")
    if new_byte_length > MAX_BYTE_LENGTH:
        throw_range_error("Array buffer allocation failed")
    old = o.data
    assert old is not None
    if new_byte_length > len(old):
        check_allocation(new_byte_length - len(old))  # (NON-SPEC: as a new block, before detaching)
    detach_array_buffer(o)
    # NON-SPEC: the new buffer takes over the old bytes (no views hold them any more).
    try:
        if new_byte_length <= len(old):
            del old[new_byte_length:]
        else:
            while len(old) < new_byte_length:  # (NON-SPEC: in pieces, the budget checked between)
                check_stop()
                old.extend(bytes(min(new_byte_length - len(old), BYTES_PIECE)))
    except BufferError:
        # Python holds a memoryview of the old bytes: copy instead.
        old = bytearray(old[:new_byte_length]) + bytes(max(0, new_byte_length - len(old)))
    except MemoryError:
        throw_range_error("Array buffer allocation failed")
    new = JSArrayBuffer(realm.intrinsics["%ArrayBuffer.prototype%"], old, new_max)
    new.immutable = preserve == "immutable"
    return new


@ab_proto.method("transfer", 0)
def array_buffer_transfer(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ArrayBuffer.prototype.transfer ( [ newLength ] ) (sec-arraybuffer.prototype.transfer)."""
    return array_buffer_copy_and_detach(realm, this, argument(args, 0), True, "transfer")


@ab_proto.method("transferToFixedLength", 0)
def array_buffer_transfer_to_fixed_length(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] ) (sec-arraybuffer.prototype.transfertofixedlength)."""
    return array_buffer_copy_and_detach(realm, this, argument(args, 0), False, "transferToFixedLength")


@ab_proto.getter("immutable")
def array_buffer_immutable(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get ArrayBuffer.prototype.immutable (sec-get-arraybuffer.prototype.immutable, immutable-arraybuffer proposal)."""
    return require_array_buffer(this, "immutable", False).immutable


@ab_proto.method("transferToImmutable", 0)
def array_buffer_transfer_to_immutable(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ArrayBuffer.prototype.transferToImmutable ( [ newLength ] ) (sec-arraybuffer.prototype.transfertoimmutable)."""
    return array_buffer_copy_and_detach(realm, this, argument(args, 0), "immutable", "transferToImmutable")


@ab_proto.method("sliceToImmutable", 2)
def array_buffer_slice_to_immutable(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """ArrayBuffer.prototype.sliceToImmutable ( start, end ) (sec-arraybuffer.prototype.slicetoimmutable)."""
    o = require_array_buffer(this, "sliceToImmutable", False)
    if is_detached_buffer(o):
        throw_type_error("Cannot perform ArrayBuffer.prototype.sliceToImmutable on a detached ArrayBuffer")
    first, final = _relative_range(args, array_buffer_byte_length(o))
    new_len = max(final - first, 0)
    if is_detached_buffer(o):
        throw_type_error("Cannot perform ArrayBuffer.prototype.sliceToImmutable on a detached ArrayBuffer")
    if array_buffer_byte_length(o) < final:
        throw_range_error("ArrayBuffer.prototype.sliceToImmutable: the buffer shrank below the end")
    assert o.data is not None
    block = create_byte_data_block(new_len)
    copy_bytes(block, 0, o.data, first, new_len)
    new = JSArrayBuffer(realm.intrinsics["%ArrayBuffer.prototype%"], block)
    new.immutable = True
    return new


# --- SharedArrayBuffer -------------------------------------------------------------------------

def shared_array_buffer_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """SharedArrayBuffer ( length [ , options ] ) (sec-sharedarraybuffer-length)."""
    if new_target is None:
        throw_type_error("Constructor SharedArrayBuffer requires 'new'")
    byte_length = to_index(argument(args, 0), "Invalid array buffer length")
    requested_max = get_array_buffer_max_byte_length_option(argument(args, 1))
    return allocate_array_buffer_from(new_target, byte_length, requested_max, "%SharedArrayBuffer.prototype%")


@sab_proto.getter("byteLength")
def shared_array_buffer_byte_length(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get SharedArrayBuffer.prototype.byteLength (sec-get-sharedarraybuffer.prototype.bytelength)."""
    o = require_array_buffer(this, "byteLength", True)
    return float(array_buffer_byte_length(o))


@sab_proto.getter("growable")
def shared_array_buffer_growable(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get SharedArrayBuffer.prototype.growable (sec-get-sharedarraybuffer.prototype.growable)."""
    o = require_array_buffer(this, "growable", True)
    return o.max_byte_length is not None


@sab_proto.getter("maxByteLength")
def shared_array_buffer_max_byte_length(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get SharedArrayBuffer.prototype.maxByteLength (sec-get-sharedarraybuffer.prototype.maxbytelength)."""
    o = require_array_buffer(this, "maxByteLength", True)
    return float(o.max_byte_length if o.max_byte_length is not None else array_buffer_byte_length(o))


@sab_proto.method("grow", 1)
def shared_array_buffer_grow(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """SharedArrayBuffer.prototype.grow ( newLength ) (sec-sharedarraybuffer.prototype.grow)."""
    o = require_array_buffer(this, "grow", True)
    if o.max_byte_length is None:
        throw_type_error("Method SharedArrayBuffer.prototype.grow called on a non-growable SharedArrayBuffer")
    new_byte_length = to_index(argument(args, 0))
    if new_byte_length > o.max_byte_length or new_byte_length < array_buffer_byte_length(o):
        throw_range_error("SharedArrayBuffer.prototype.grow: Invalid length parameter")
    resize_buffer_data(o, new_byte_length)
    return None


@sab_proto.method("slice", 2)
def shared_array_buffer_slice(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """SharedArrayBuffer.prototype.slice ( start, end ) (sec-sharedarraybuffer.prototype.slice)."""
    o = require_array_buffer(this, "slice", True)
    first, final = _relative_range(args, array_buffer_byte_length(o))
    new_len = max(final - first, 0)
    ctor = species_constructor(o, realm.intrinsics["%SharedArrayBuffer%"])
    new = construct(ctor, [float(new_len)])
    if type(new) is not JSArrayBuffer or not new.shared:
        throw_type_error("SharedArrayBuffer species constructor did not return a SharedArrayBuffer")
    if new is o or (new.data is o.data):
        throw_type_error("SharedArrayBuffer subclass returned this from species constructor")
    if array_buffer_byte_length(new) < new_len:
        throw_type_error("The species constructor returned a too small SharedArrayBuffer")
    assert new.data is not None and o.data is not None
    copy_bytes(new.data, 0, o.data, first, new_len)
    return new


def setup(realm: "Realm") -> None:
    abp = JSObject(realm.object_prototype)
    realm.intrinsics["%ArrayBuffer.prototype%"] = abp
    ab = make_constructor(realm, array_buffer_constructor, "ArrayBuffer", 1, abp)
    realm.intrinsics["%ArrayBuffer%"] = ab
    ab_proto.install(realm, abp)
    ab_statics.install(realm, ab)
    abp.define_builtin(SYM_TO_STRING_TAG, "ArrayBuffer", C)
    realm.define_global("ArrayBuffer", ab)

    sabp = JSObject(realm.object_prototype)
    realm.intrinsics["%SharedArrayBuffer.prototype%"] = sabp
    sab = make_constructor(realm, shared_array_buffer_constructor, "SharedArrayBuffer", 1, sabp)
    realm.intrinsics["%SharedArrayBuffer%"] = sab
    sab_proto.install(realm, sabp)
    sab_statics.install(realm, sab)
    sabp.define_builtin(SYM_TO_STRING_TAG, "SharedArrayBuffer", C)
    realm.define_global("SharedArrayBuffer", sab)


__all__ = ["setup", "allocate_array_buffer_from", "require_array_buffer", "get_array_buffer_max_byte_length_option"]
