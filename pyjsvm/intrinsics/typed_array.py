"""TypedArray objects (sec-typedarray-objects): the %TypedArray% intrinsic with its static and
prototype methods, and the concrete constructors Int8Array ... Float64Array, BigInt64Array,
BigUint64Array and Float16Array (sec-typedarray-constructors).

The exotic object and its element access are in ``pyjsvm.runtime.exotic.typed_array``; bytes and
buffer-witness records in ``pyjsvm.runtime.buffers``. Methods that read or write many elements
without running user code in between go through ``struct`` on the whole range (NON-SPEC fast
paths with the same observable result)."""
from __future__ import annotations

import array
import collections
import math
import os
import struct
import sys
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import EVERY_256, EVERY_4096, charge_rest, check_alloc, check_allocation, check_every, check_items, check_stop, throw_range_error, throw_type_error
from pyjsvm.runtime.buffers import (
    BYTES_PIECE, TYPED_ARRAY_TYPES, JSArrayBuffer, allocate_array_buffer, array_buffer_byte_length,
    clone_array_buffer, copy_bytes, fill_bytes, is_detached_buffer, set_value_in_buffer, typed_array_length_or_none,
)
from pyjsvm.runtime.exotic.typed_array import (
    FAST_HOOKS, JSTypedArray, is_valid_integer_index, typed_array_set_element,
)
from pyjsvm.runtime.iteration import iterate_to_list
from pyjsvm.runtime.objects import A, Prop, JSObject
from pyjsvm.runtime.operations import (
    call, construct, get_method, get_prototype_from_constructor, invoke, is_callable, is_constructor,
    is_strictly_equal, length_of_array_like, same_value_zero, species_constructor, to_bigint, to_display,
    to_index, to_integer_or_infinity, to_number, to_object, to_string,
)
from pyjsvm.runtime.values import NULL, SYM_ITERATOR, SYM_SPECIES, SYM_TO_STRING_TAG, JSBigInt, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.runtime.objects import JSArray
from pyjsvm.runtime.agent import current_realm
from pyjsvm.runtime.operations import to_boolean
from pyjsvm.runtime.operators import MAX_STRING_LENGTH
from pyjsvm.intrinsics.array import (
    KIND_ENTRIES, KIND_KEYS, KIND_VALUES, _array_iter_next_is_default, _sorted_in_runs, create_array_iterator, dense_has_hole,
    sort_values,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()    # %TypedArray.prototype%
statics = BuiltinTable()  # %TypedArray%

INF = math.inf



# --- abstract operations (sec-abstract-operations-for-typedarray-objects) -------------------------

def require_typed_array(this: Any, method: str) -> JSTypedArray:
    """RequireInternalSlot(O, [[TypedArrayName]])."""
    if not isinstance(this, JSTypedArray):
        throw_type_error(f"Method %TypedArray%.prototype.{method} called on incompatible receiver {to_display(this)}")
    return this


def validate_typed_array(this: Any, method: str, write: bool = False) -> tuple[JSTypedArray, int]:
    """ValidateTypedArray (sec-validatetypedarray): the typed array and TypedArrayLength of its
    buffer-witness record; TypeError when it is detached or out of bounds (or, for a ~write~ use,
    backed by an immutable buffer)."""
    o = require_typed_array(this, method)
    if write and o.buffer.immutable:
        throw_type_error(f"Cannot perform %TypedArray%.prototype.{method} on an immutable ArrayBuffer")
    n = typed_array_length_or_none(o)
    if n is None:
        throw_type_error(f"Cannot perform %TypedArray%.prototype.{method} on a detached or out-of-bounds typed array")
    return o, n


def _revalidate(o: JSTypedArray, method: str) -> int:
    """MakeTypedArrayWithBufferWitnessRecord + IsTypedArrayOutOfBounds check after user code ran."""
    n = typed_array_length_or_none(o)
    if n is None:
        throw_type_error(f"Cannot perform %TypedArray%.prototype.{method} on a detached or out-of-bounds typed array")
    return n


def allocate_typed_array(name: str, new_target: Any, length: int | None = None) -> JSTypedArray:
    """AllocateTypedArray (sec-allocatetypedarray) with AllocateTypedArrayBuffer
    (sec-allocatetypedarraybuffer) when ``length`` is given."""
    p = get_prototype_from_constructor(new_target, f"%{name}.prototype%")
    o = JSTypedArray(p, name, TYPED_ARRAY_TYPES[name])
    if length is not None:
        allocate_typed_array_buffer(o, length)
    return o


def allocate_typed_array_buffer(o: JSTypedArray, length: int) -> None:
    """AllocateTypedArrayBuffer (sec-allocatetypedarraybuffer)."""
    size = o.etype.size
    if length * size > 2**53:
        throw_range_error(f"Invalid typed array length: {length}")
    buf = allocate_array_buffer(current_realm().intrinsics["%ArrayBuffer.prototype%"], length * size)
    o.attach(buf, 0, length)


def typed_array_create_from_constructor(ctor: Any, args: list[Any], write: bool = True) -> JSTypedArray:
    """TypedArrayCreateFromConstructor (sec-typedarraycreatefromconstructor); ``write``: the
    result will be written to, so it must not be backed by an immutable buffer."""
    new = construct(ctor, args)
    if not isinstance(new, JSTypedArray):
        throw_type_error("The constructor did not return a TypedArray")
    if write and new.buffer.immutable:
        throw_type_error("The constructor returned a TypedArray backed by an immutable ArrayBuffer")
    n = typed_array_length_or_none(new)
    if n is None:
        throw_type_error("The constructor returned a detached or out-of-bounds TypedArray")
    if len(args) == 1 and type(args[0]) is float and n < args[0]:
        throw_type_error("The constructor returned a TypedArray that is too short")
    return new


def typed_array_species_create(realm: "Realm", exemplar: JSTypedArray, args: list[Any], write: bool = True) -> JSTypedArray:
    """TypedArraySpeciesCreate (sec-typedarrayspeciescreate)."""
    default = realm.intrinsics[f"%{exemplar.name}%"]
    ctor = species_constructor(exemplar, default)
    result = typed_array_create_from_constructor(ctor, args, write)
    if result.etype.bigint != exemplar.etype.bigint:
        throw_type_error("The species constructor returned a TypedArray of a different content type")
    return result


def typed_array_create_same_type(realm: "Realm", exemplar: JSTypedArray, length: int) -> JSTypedArray:
    """TypedArrayCreateSameType (sec-typedarraycreatesametype)."""
    return typed_array_create_from_constructor(realm.intrinsics[f"%{exemplar.name}%"], [float(length)])


def _to_element_value(o: JSTypedArray, v: Any) -> Any:
    """ToBigInt or ToNumber by [[ContentType]]."""
    if o.etype.bigint:
        return v if type(v) is JSBigInt else to_bigint(v)
    return v if type(v) is float else to_number(v)


def _physical_memory() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 1 << 40


# NON-SPEC: the bytes a list of elements' values takes (a pointer and a float each), and the
# machine's memory, past which such a list can never be made: refused at once with a RangeError
# (a toSorted of 2**31 - 1 bytes had reached 4.8 GB before its run's timeout stopped it)
VALUE_LIST_BYTES = 32
PHYSICAL_MEMORY = _physical_memory()


def check_value_list(n: int) -> None:
    """NON-SPEC: before a list of ``n`` elements' values is made: a RangeError when it could
    never fit in memory, or would take the run past its memory_limit (check_allocation)."""
    if n * VALUE_LIST_BYTES > PHYSICAL_MEMORY:
        throw_range_error(f"Out of memory: {n} elements to hold at once")
    check_allocation(n * VALUE_LIST_BYTES)


def _read_range(o: JSTypedArray, start: int, end: int) -> list[Any]:
    """NON-SPEC: the JS values of elements start..end-1 of an in-bounds typed array (no user code)."""
    n = end - start
    if n <= 0:
        return []
    t = o.etype
    if n > 65536:
        check_value_list(n)
        # NON-SPEC: a long range in slices, with the budget check between them
        out: list[Any] = []
        for b in range(start, end, 65536):
            check_stop(min(65536, end - b))
            out.extend(_read_range(o, b, min(b + 65536, end)))
        return out
    vals = struct.unpack_from(f"<{n}{t.code}", o.buffer.data, o.byte_offset + start * t.size)  # type: ignore[arg-type]
    if t.bigint:
        return [JSBigInt(v) for v in vals]
    if t.is_float:
        return list(vals)
    return [float(v) for v in vals]


def _write_values(o: JSTypedArray, start: int, values: list[Any]) -> None:
    """NON-SPEC: store already-converted values from index ``start`` (skipping invalid indices)."""
    n = typed_array_length_or_none(o)
    if n is None:
        return
    t = o.etype
    buf = o.buffer
    base = o.byte_offset
    size = t.size
    for i, v in enumerate(values, start):
        if i >= n:
            break
        if not i & EVERY_4096:
            check_every(i, EVERY_4096)  # NON-SPEC: the budget check
        set_value_in_buffer(buf, base + i * size, t, v)
    charge_rest(len(values), EVERY_4096)


def _get(o: JSTypedArray, k: int) -> Any:
    """Get(O, ! ToString(𝔽(k))) on a typed array: TypedArrayGetElement."""
    return o.get_element(k)


def _relative(v: Any, length: int) -> int:
    r = to_integer_or_infinity(v)
    if r < 0:
        return int(max(length + r, 0))
    return int(min(r, length))


def _relative_end(v: Any, length: int) -> int:
    return length if v is None else _relative(v, length)


def _callable(fn: Any) -> Any:
    if not is_callable(fn):
        throw_type_error(f"{to_display(fn)} is not a function")
    return fn


# --- %TypedArray% ---------------------------------------------------------------------------------

def typed_array_intrinsic(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray% ( ) (sec-%typedarray%)."""
    throw_type_error("Abstract class TypedArray not directly constructable")


@statics.method("from", 1)
def typed_array_from(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.from ( source [ , mapper [ , thisArg ] ] ) (sec-%typedarray%.from)."""
    c = this
    if not is_constructor(c):
        throw_type_error(f"{to_display(c)} is not a constructor")
    source = argument(args, 0)
    mapfn = argument(args, 1)
    this_arg = argument(args, 2)
    if mapfn is not None:
        _callable(mapfn)
    using_iterator = get_method(source, SYM_ITERATOR)
    if using_iterator is not None:
        values = _array_values_fast(realm, source, using_iterator)
        if values is None:
            values = iterate_to_list(source, using_iterator)
        n = len(values)
        target = typed_array_create_from_constructor(c, [float(n)])
        if mapfn is None and type(target) is JSTypedArray and target.array_length == n and target.byte_offset == 0:
            store_list(target, values)
            return target
        for k in range(n):
            if not k & EVERY_256:
                check_every(k, EVERY_256)
            v = values[k]
            if mapfn is not None:
                v = call(mapfn, this_arg, [v, float(k)])
            target.set(str(k), v, target)
        charge_rest(n, EVERY_256)
        return target
    array_like = to_object(source)
    n = length_of_array_like(array_like)
    target = typed_array_create_from_constructor(c, [float(n)])
    for k in range(n):
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        v = array_like.get(str(k), array_like)
        if mapfn is not None:
            v = call(mapfn, this_arg, [v, float(k)])
        target.set(str(k), v, target)
    charge_rest(n, EVERY_256)
    return target


@statics.method("of", 0)
def typed_array_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.of ( ...items ) (sec-%typedarray%.of)."""
    items = list(args)
    c = this
    if not is_constructor(c):
        throw_type_error(f"{to_display(c)} is not a constructor")
    new = typed_array_create_from_constructor(c, [float(len(items))])
    for k, v in enumerate(items):
        if not k & EVERY_4096:
            check_every(k, EVERY_4096)
        new.set(str(k), v, new)
    charge_rest(len(items), EVERY_4096)
    return new


@statics.getter(SYM_SPECIES)
def typed_array_species(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get %TypedArray% [ %Symbol.species% ] (sec-get-%typedarray%-%symbol.species%)."""
    return this


# --- %TypedArray.prototype% accessors ---------------------------------------------------------------

@proto.getter("buffer")
def typed_array_buffer(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get %TypedArray%.prototype.buffer (sec-get-%typedarray%.prototype.buffer)."""
    return require_typed_array(this, "buffer").buffer


@proto.getter("byteLength")
def typed_array_byte_length(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get %TypedArray%.prototype.byteLength (sec-get-%typedarray%.prototype.bytelength)."""
    o = require_typed_array(this, "byteLength")
    n = typed_array_length_or_none(o)
    return 0.0 if n is None else float(n * o.etype.size)


@proto.getter("byteOffset")
def typed_array_byte_offset(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get %TypedArray%.prototype.byteOffset (sec-get-%typedarray%.prototype.byteoffset)."""
    o = require_typed_array(this, "byteOffset")
    if typed_array_length_or_none(o) is None:
        return 0.0
    return float(o.byte_offset)


@proto.getter("length")
def typed_array_length_getter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get %TypedArray%.prototype.length (sec-get-%typedarray%.prototype.length)."""
    o = require_typed_array(this, "length")
    n = typed_array_length_or_none(o)
    return 0.0 if n is None else float(n)


@proto.getter(SYM_TO_STRING_TAG)
def typed_array_to_string_tag(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get %TypedArray%.prototype [ %Symbol.toStringTag% ] (sec-get-%typedarray%.prototype-%symbol.tostringtag%)."""
    if not isinstance(this, JSTypedArray):
        return None
    return this.name


# --- %TypedArray.prototype% methods -----------------------------------------------------------------

@proto.method("at", 1)
def typed_array_at(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.at ( index ) (sec-%typedarray%.prototype.at)."""
    o, n = validate_typed_array(this, "at")
    r = to_integer_or_infinity(argument(args, 0))
    k = r if r >= 0 else n + r
    if k < 0 or k >= n:
        return None
    return _get(o, int(k))


@proto.method("copyWithin", 2)
def typed_array_copy_within(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.copyWithin ( target, start [ , end ] ) (sec-%typedarray%.prototype.copywithin)."""
    o, n = validate_typed_array(this, "copyWithin", True)
    to = _relative(argument(args, 0), n)
    frm = _relative(argument(args, 1), n)
    final = _relative_end(argument(args, 2), n)
    count = min(final - frm, n - to)
    if count > 0:
        n = _revalidate(o, "copyWithin")
        size = o.etype.size
        base = o.byte_offset
        limit = n * size + base
        to_b = to * size + base
        from_b = frm * size + base
        nbytes = min(count * size, limit - from_b, limit - to_b)
        if nbytes > 0:
            d = o.buffer.data
            assert d is not None
            copy_bytes(d, to_b, d, from_b, nbytes)
    return o


@proto.method("entries", 0)
def typed_array_entries(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.entries ( ) (sec-%typedarray%.prototype.entries)."""
    o, _ = validate_typed_array(this, "entries")
    return create_array_iterator(realm, o, KIND_ENTRIES)


@proto.method("keys", 0)
def typed_array_keys(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.keys ( ) (sec-%typedarray%.prototype.keys)."""
    o, _ = validate_typed_array(this, "keys")
    return create_array_iterator(realm, o, KIND_KEYS)


@proto.method("values", 0)
def typed_array_values(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.values ( ) (sec-%typedarray%.prototype.values)."""
    o, _ = validate_typed_array(this, "values")
    return create_array_iterator(realm, o, KIND_VALUES)


def _iterate(this: Any, args: list[Any], method: str, stop_when: bool | None, from_end: bool = False) -> tuple[int, Any]:
    """The loop shared by every/some/find/findIndex/findLast/findLastIndex/forEach: calls the
    callback with (value, index, O); returns (index, value) where the callback's result
    (ToBoolean) equalled ``stop_when``, or (-1, undefined)."""
    o, n = validate_typed_array(this, method)
    fn = _callable(argument(args, 0))
    this_arg = argument(args, 1)
    rng = range(n - 1, -1, -1) if from_end else range(n)
    for k in rng:
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        v = o.get_element(k)
        r = fn.call(this_arg, [v, float(k), o])
        if stop_when is not None and to_boolean(r) is stop_when:
            charge_rest(n - k if from_end else k + 1, EVERY_256)
            return k, v
    charge_rest(n, EVERY_256)
    return -1, None


@proto.method("every", 1)
def typed_array_every(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.every ( callback [ , thisArg ] ) (sec-%typedarray%.prototype.every)."""
    return _iterate(this, args, "every", False)[0] < 0


@proto.method("some", 1)
def typed_array_some(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.some ( callback [ , thisArg ] ) (sec-%typedarray%.prototype.some)."""
    return _iterate(this, args, "some", True)[0] >= 0


@proto.method("forEach", 1)
def typed_array_for_each(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.forEach ( callback [ , thisArg ] ) (sec-%typedarray%.prototype.foreach)."""
    _iterate(this, args, "forEach", None)
    return None


@proto.method("find", 1)
def typed_array_find(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.find ( predicate [ , thisArg ] ) (sec-%typedarray%.prototype.find)."""
    return _iterate(this, args, "find", True)[1]


@proto.method("findIndex", 1)
def typed_array_find_index(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.findIndex ( predicate [ , thisArg ] ) (sec-%typedarray%.prototype.findindex)."""
    return float(_iterate(this, args, "findIndex", True)[0])


@proto.method("findLast", 1)
def typed_array_find_last(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.findLast ( predicate [ , thisArg ] ) (sec-%typedarray%.prototype.findlast)."""
    return _iterate(this, args, "findLast", True, True)[1]


@proto.method("findLastIndex", 1)
def typed_array_find_last_index(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.findLastIndex ( predicate [ , thisArg ] ) (sec-%typedarray%.prototype.findlastindex)."""
    return float(_iterate(this, args, "findLastIndex", True, True)[0])


@proto.method("fill", 1)
def typed_array_fill(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.fill ( value [ , start [ , end ] ] ) (sec-%typedarray%.prototype.fill)."""
    o, n = validate_typed_array(this, "fill", True)
    value = _to_element_value(o, argument(args, 0))
    k = _relative(argument(args, 1), n)
    final = _relative_end(argument(args, 2), n)
    n = _revalidate(o, "fill")
    final = min(final, n)
    if k < final:
        t = o.etype
        d = o.buffer.data
        assert d is not None
        one = bytearray(t.size)
        set_value_in_buffer(JSArrayBuffer(None, one), 0, t, value)
        fill_bytes(d, o.byte_offset + k * t.size, bytes(one), final - k)
    return o


@proto.method("filter", 1)
def typed_array_filter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.filter ( callback [ , thisArg ] ) (sec-%typedarray%.prototype.filter)."""
    o, n = validate_typed_array(this, "filter")
    fn = _callable(argument(args, 0))
    this_arg = argument(args, 1)
    kept = []
    for k in range(n):
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        v = o.get_element(k)
        if to_boolean(fn.call(this_arg, [v, float(k), o])):
            kept.append(v)
    charge_rest(n, EVERY_256)
    a = typed_array_species_create(realm, o, [float(len(kept))])
    for i, v in enumerate(kept):
        typed_array_set_element(a, float(i), v)
    return a


def _start_index(from_index: Any, n: int) -> int | None:
    """fromIndex handling of includes/indexOf: the start, or None when nothing can be found."""
    k = to_integer_or_infinity(from_index)
    if k == INF:
        return None
    if k == -INF:
        k = 0.0
    if k >= 0:
        return int(k)
    return int(max(n + k, 0))


@proto.method("includes", 1)
def typed_array_includes(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.includes ( searchElement [ , fromIndex ] ) (sec-%typedarray%.prototype.includes)."""
    o, n = validate_typed_array(this, "includes")
    if n == 0:
        return False
    k = _start_index(argument(args, 1), n)
    if k is None:
        return False
    target = argument(args, 0)
    for i in range(k, n):
        if not i & EVERY_256:
            check_every(i, EVERY_256)
        if same_value_zero(o.get_element(i), target):
            charge_rest(i + 1 - k, EVERY_256)
            return True
    charge_rest(n - k, EVERY_256)
    return False


@proto.method("indexOf", 1)
def typed_array_index_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.indexOf ( searchElement [ , fromIndex ] ) (sec-%typedarray%.prototype.indexof)."""
    o, n = validate_typed_array(this, "indexOf")
    if n == 0:
        return -1.0
    k = _start_index(argument(args, 1), n)
    if k is None:
        return -1.0
    target = argument(args, 0)
    if type(target) is not float and type(target) is not JSBigInt:
        return -1.0
    cur = typed_array_length_or_none(o) or 0
    for i, v in enumerate(_read_range(o, k, min(n, cur)), k):
        if not i & EVERY_256:
            check_every(i, EVERY_256)
        if is_strictly_equal(v, target):
            charge_rest(i + 1 - k, EVERY_256)
            return float(i)
    charge_rest(min(n, cur) - k, EVERY_256)
    return -1.0


@proto.method("lastIndexOf", 1)
def typed_array_last_index_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) (sec-%typedarray%.prototype.lastindexof)."""
    o, n = validate_typed_array(this, "lastIndexOf")
    if n == 0:
        return -1.0
    f = to_integer_or_infinity(args[1]) if len(args) > 1 else float(n - 1)
    if f == -INF:
        return -1.0
    k = int(min(f, n - 1)) if f >= 0 else int(n + f)
    target = argument(args, 0)
    for i in range(k, -1, -1):
        if not i & EVERY_256:
            check_every(i, EVERY_256)
        if is_valid_integer_index(o, float(i)) and is_strictly_equal(o.get_element(i), target):
            charge_rest(k + 1 - i, EVERY_256)
            return float(i)
    charge_rest(k + 1, EVERY_256)
    return -1.0


@proto.method("join", 1)
def typed_array_join(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.join ( separator ) (sec-%typedarray%.prototype.join)."""
    o, n = validate_typed_array(this, "join")
    sep_arg = argument(args, 0)
    sep = "," if sep_arg is None else to_string(sep_arg)
    # NON-SPEC: every element's string is a code unit at least: n of them and the n - 1
    # separators past the longest string are a RangeError at once, not after the loop
    if n and n + len(sep) * (n - 1) > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")
    parts = []
    total = 0
    for k in range(n):
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        v = o.get_element(k)
        s = "" if v is None else to_string(v)
        total += len(s) + len(sep)
        if total > MAX_STRING_LENGTH + len(sep):
            throw_range_error("Invalid string length")
        parts.append(s)
    charge_rest(n, EVERY_256)
    return sep.join(parts)


@proto.method("map", 1)
def typed_array_map(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.map ( callback [ , thisArg ] ) (sec-%typedarray%.prototype.map)."""
    o, n = validate_typed_array(this, "map")
    fn = _callable(argument(args, 0))
    this_arg = argument(args, 1)
    a = typed_array_species_create(realm, o, [float(n)])
    for k in range(n):
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        v = o.get_element(k)
        mapped = fn.call(this_arg, [v, float(k), o])
        typed_array_set_element(a, float(k), mapped)
    charge_rest(n, EVERY_256)
    return a


def _reduce(this: Any, args: list[Any], method: str, right: bool) -> Any:
    o, n = validate_typed_array(this, method)
    fn = _callable(argument(args, 0))
    ks = list(range(n - 1, -1, -1)) if right else list(range(n))
    if len(args) >= 2:
        acc = args[1]
    else:
        if n == 0:
            throw_type_error("Reduce of empty array with no initial value")
        acc = o.get_element(ks.pop(0))
    for k in ks:
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        acc = fn.call(None, [acc, o.get_element(k), float(k), o])
    charge_rest(len(ks), EVERY_256)
    return acc


@proto.method("reduce", 1)
def typed_array_reduce(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.reduce ( callback [ , initialValue ] ) (sec-%typedarray%.prototype.reduce)."""
    return _reduce(this, args, "reduce", False)


@proto.method("reduceRight", 1)
def typed_array_reduce_right(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.reduceRight ( callback [ , initialValue ] ) (sec-%typedarray%.prototype.reduceright)."""
    return _reduce(this, args, "reduceRight", True)


@proto.method("reverse", 0)
def typed_array_reverse(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.reverse ( ) (sec-%typedarray%.prototype.reverse)."""
    o, n = validate_typed_array(this, "reverse", True)
    if n > _BULK_ELEMENTS:
        _reverse_elements(o, 0, n)
        return o
    vals = _read_range(o, 0, n)
    vals.reverse()
    _write_values(o, 0, vals)
    return o


# NON-SPEC: past this many elements, reverse, toReversed and (for 1- and 2-byte integers) sort and
# toSorted work on the bytes in pieces, the budget checked between them, holding no list of values
_BULK_ELEMENTS = 1 << 16
# (an array module's type code of each element size: reversing moves whole elements only)
_SIZE_CODES = {a.itemsize: a.typecode for a in (array.array(c) for c in "BHIQ")}


def _reverse_elements(o: JSTypedArray, start: int, end: int) -> None:
    """NON-SPEC: reverse elements start..end-1 of an in-bounds typed array in place, a piece
    from each end at a time."""
    size = o.etype.size
    code = _SIZE_CODES[size]
    d = o.buffer.data
    assert d is not None
    per = BYTES_PIECE // size
    lo = o.byte_offset + start * size
    hi = o.byte_offset + end * size
    while hi - lo > 0:
        check_stop(min(2 * per, (hi - lo) // size))  # (a step per element: see check_stop)
        m = min(per * size, (hi - lo) // 2 // size * size)
        if m == 0:
            break
        front = array.array(code, d[lo:lo + m])
        back = array.array(code, d[hi - m:hi])
        front.reverse()
        back.reverse()
        d[lo:lo + m] = back.tobytes()
        d[hi - m:hi] = front.tobytes()
        lo += m
        hi -= m


@proto.method("set", 1)
def typed_array_set(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.set ( source [ , offset ] ) (sec-%typedarray%.prototype.set)."""
    target = require_typed_array(this, "set")
    if target.buffer.immutable:
        throw_type_error("Cannot perform %TypedArray%.prototype.set on an immutable ArrayBuffer")
    target_offset = to_integer_or_infinity(argument(args, 1))
    if target_offset < 0:
        throw_range_error("offset is out of bounds")
    source = argument(args, 0)
    if isinstance(source, JSTypedArray):
        set_typed_array_from_typed_array(realm, target, target_offset, source)
    else:
        set_typed_array_from_array_like(target, target_offset, source)
    return None


def set_typed_array_from_typed_array(realm: "Realm", target: JSTypedArray, target_offset: float, source: JSTypedArray) -> None:
    """SetTypedArrayFromTypedArray (sec-settypedarrayfromtypedarray)."""
    target_length = typed_array_length_or_none(target)
    if target_length is None:
        throw_type_error("Cannot perform %TypedArray%.prototype.set on a detached or out-of-bounds typed array")
    if target.buffer.immutable:
        throw_type_error("Cannot perform %TypedArray%.prototype.set on an immutable ArrayBuffer")
    src_length = typed_array_length_or_none(source)
    if src_length is None:
        throw_type_error("Cannot perform %TypedArray%.prototype.set from a detached or out-of-bounds typed array")
    if target_offset == INF or src_length + target_offset > target_length:
        throw_range_error("offset is out of bounds")
    if target.etype.bigint != source.etype.bigint:
        throw_type_error("Cannot mix BigInt and other types, use explicit conversions")
    offset = int(target_offset)
    st, tt = source.etype, target.etype
    src_data = source.buffer.data
    assert src_data is not None
    tdata = target.buffer.data
    assert tdata is not None
    tstart = target.byte_offset + offset * tt.size
    # Same type: the spec copies bytes. NON-SPEC: integer types of one size convert modulo 2**n, so
    # the bytes are the same too (except into Uint8Clamped, which clamps). (A source in the
    # target's buffer is cloned first: copy_bytes copies an overlap as if so.)
    if st is tt or (st.size == tt.size and not st.is_float and not tt.is_float
                    and (tt.name != "Uint8C" or st.name == "Uint8")):
        copy_bytes(tdata, tstart, src_data, source.byte_offset, src_length * st.size)
        return
    conv = _read_range(source, 0, src_length)  # (the elements as JS values, read in slices)
    buf = target.buffer
    for i, v in enumerate(conv):
        if not i & EVERY_4096:
            check_every(i, EVERY_4096)  # NON-SPEC: the budget check
        set_value_in_buffer(buf, tstart + i * tt.size, tt, v)
    charge_rest(src_length, EVERY_4096)


def set_typed_array_from_array_like(target: JSTypedArray, target_offset: float, source: Any) -> None:
    """SetTypedArrayFromArrayLike (sec-settypedarrayfromarraylike)."""
    target_length = typed_array_length_or_none(target)
    if target_length is None:
        throw_type_error("Cannot perform %TypedArray%.prototype.set on a detached or out-of-bounds typed array")
    if target.buffer.immutable:
        throw_type_error("Cannot perform %TypedArray%.prototype.set on an immutable ArrayBuffer")
    src = to_object(source)
    src_length = length_of_array_like(src)
    if target_offset == INF or src_length + target_offset > target_length:
        throw_range_error("offset is out of bounds")
    offset = int(target_offset)
    packed = 0
    if type(src) is JSArray and src.dense is not None and len(src.dense) == src_length:
        # NON-SPEC: the elements of a dense array are data properties: reading them is
        # unobservable, and its leading pieces of Numbers are packed at once (_pack_pieces)
        packed = _pack_pieces(target, offset, src.dense)
    for k in range(packed, src_length):
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        v = src.get(str(k), src)
        typed_array_set_element(target, float(offset + k), v)
    charge_rest(src_length - packed, EVERY_256)


@proto.method("slice", 2)
def typed_array_slice(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.slice ( start, end ) (sec-%typedarray%.prototype.slice)."""
    o, n = validate_typed_array(this, "slice")
    start = _relative(argument(args, 0), n)
    end = _relative_end(argument(args, 1), n)
    count = max(end - start, 0)
    a = typed_array_species_create(realm, o, [float(count)])
    if count > 0:
        n = _revalidate(o, "slice")
        end = min(end, n)
        count = max(end - start, 0)
        if a.etype is o.etype:
            size = o.etype.size
            src = o.buffer.data
            dst = a.buffer.data
            assert src is not None and dst is not None
            sb = start * size + o.byte_offset
            tb = a.byte_offset
            nbytes = count * size
            # byte by byte in the spec; a same-buffer overlap copies forwards
            limit = max(min(nbytes, len(dst) - tb, len(src) - sb), 0)
            if a.buffer is o.buffer and sb < tb < sb + limit:
                # (forwards over an overlap: the bytes copied repeat the first tb - sb)
                step = tb - sb
                if step >= BYTES_PIECE:
                    for i in range(0, limit, step):
                        copy_bytes(dst, tb + i, src, sb + i, min(step, limit - i))
                else:
                    pattern = bytes(src[sb:tb])
                    fill_bytes(dst, tb, pattern, limit // step)
                    rest = limit % step
                    dst[tb + limit - rest:tb + limit] = pattern[:rest]
            else:
                copy_bytes(dst, tb, src, sb, limit)
        else:
            for i, k in enumerate(range(start, end)):
                if not i & EVERY_256:
                    check_every(i, EVERY_256)
                typed_array_set_element(a, float(i), o.get_element(k))
            charge_rest(end - start, EVERY_256)
    return a


def _numeric_sort_key(v: Any) -> Any:
    if type(v) is JSBigInt:
        return (0, v.value, 0.0)
    if v != v:
        return (1, 0.0, 0.0)
    return (0, v, math.copysign(1.0, v))


def sort_typed_values(values: list[Any], comparator: Any) -> list[Any]:
    """SortIndexedProperties' sort with TypedArray's SortCompare (sec-%typedarray%.prototype.sort):
    numeric order (-0 before +0, NaN last) without a comparator; typed array elements are never
    undefined, so with one it is Array's stable sort."""
    if comparator is None:
        n = len(values)
        if n <= 4096:
            check_items(n)  # NON-SPEC: a step per element (the pieces below charge as much)
            return sorted(values, key=_numeric_sort_key)
        # NON-SPEC: a long list in steps with the budget check between them (the keys in
        # slices, the sort in runs); the Numbers of an integer type are their own keys
        if _integer_values(values):
            return _sorted_in_runs(values)
        keys: list[Any] = []
        for b in range(0, n, 4096):
            check_stop(min(4096, n - b))
            keys.extend([_numeric_sort_key(v) for v in values[b:b + 4096]])
        order = _sorted_in_runs(list(range(n)), keys.__getitem__)
        out: list[Any] = []
        for b in range(0, n, 4096):
            check_stop(min(4096, n - b))
            out.extend([values[i] for i in order[b:b + 4096]])
        return out
    return sort_values(values, comparator)


def _integer_values(values: list[Any]) -> bool:
    """NON-SPEC: whether ``values`` are all Numbers, none NaN or -0 (their own sort keys),
    checked in slices with the budget check between them."""
    for b in range(0, len(values), 4096):
        check_stop(min(4096, len(values) - b))
        part = values[b:b + 4096]
        if not all(type(v) is float and v == v and (v != 0.0 or math.copysign(1.0, v) > 0) for v in part):
            return False
    return True


# NON-SPEC: the bytes counted between two budget checks by _counting_sort (about 50 ms)
_COUNT_PIECE = 1 << 20


def _counting_sort(o: JSTypedArray, into: JSTypedArray, n: int) -> bool:
    """NON-SPEC: SortIndexedProperties with TypedArray's SortCompare (numeric order) for the
    first ``n`` elements of ``o``, a typed array of 1- or 2-byte integers, written to the
    first ``n`` of ``into`` (``o`` itself, or a new typed array of its type, at least ``n``
    long): each value counted, in pieces with the budget check between them, then written as
    runs; no list of the values is made. False (nothing done) for other element types."""
    t = o.etype
    if t.size > 2 or t.is_float or t.fast_format is None or sys.byteorder != "little":
        return False
    src = o.buffer.data
    dst = into.buffer.data
    assert src is not None and dst is not None
    code = t.fast_format
    counts: collections.Counter[int] = collections.Counter()
    base = o.byte_offset
    step = _COUNT_PIECE // t.size * t.size
    for b in range(base, base + n * t.size, step):
        check_stop(step // t.size)  # (a step per element: see check_stop)
        counts.update(array.array(code, src[b:min(b + step, base + n * t.size)]))
    pos = into.byte_offset
    for i, v in enumerate(sorted(counts)):
        if not i & EVERY_256:
            check_every(i, EVERY_256)
        c = counts[v]
        fill_bytes(dst, pos, struct.pack("<" + code, v), c)
        pos += c * t.size
    return True


@proto.method("sort", 1)
def typed_array_sort(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.sort ( comparator ) (sec-%typedarray%.prototype.sort)."""
    comparator = argument(args, 0)
    if comparator is not None and not is_callable(comparator):
        throw_type_error("The comparison function must be either a function or undefined")
    o, n = validate_typed_array(this, "sort", True)
    if comparator is None and n > _BULK_ELEMENTS and _counting_sort(o, o, n):
        return o
    values = sort_typed_values(_read_range(o, 0, n), comparator)
    _write_values(o, 0, values)
    return o


@proto.method("subarray", 2)
def typed_array_subarray(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.subarray ( start, end ) (sec-%typedarray%.prototype.subarray)."""
    o = require_typed_array(this, "subarray")
    buffer = o.buffer
    src_length = typed_array_length_or_none(o) or 0
    start = _relative(argument(args, 0), src_length)
    end_arg = argument(args, 1)
    size = o.etype.size
    begin = float(o.byte_offset + start * size)
    if o.array_length is None and end_arg is None:
        new_args: list[Any] = [buffer, begin]
    else:
        end = _relative_end(end_arg, src_length)
        new_args = [buffer, begin, float(max(end - start, 0))]
    return typed_array_species_create(realm, o, new_args, False)


@proto.method("toLocaleString", 0)
def typed_array_to_locale_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-%typedarray%.prototype.tolocalestring),
    as ECMA-402 defines it (its sec-array.prototype.tolocalestring): each element's
    toLocaleString is invoked with « locales, options »."""
    locales_options = [argument(args, 0), argument(args, 1)]
    o, n = validate_typed_array(this, "toLocaleString")
    # NON-SPEC: no result past the longest string: the n - 1 separators alone at once, then
    # the elements' strings (an element's toLocaleString may return any string) as they come
    if n - 1 > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")
    parts = []
    total = n - 1
    for k in range(n):
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        v = o.get_element(k)
        s = "" if v is None or v is NULL else to_string(invoke(v, "toLocaleString", locales_options))
        total += len(s)
        if total > MAX_STRING_LENGTH:
            throw_range_error("Invalid string length")
        parts.append(s)
    charge_rest(n, EVERY_256)
    return ",".join(parts)


@proto.method("toReversed", 0)
def typed_array_to_reversed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.toReversed ( ) (sec-%typedarray%.prototype.toreversed)."""
    o, n = validate_typed_array(this, "toReversed")
    a = typed_array_create_same_type(realm, o, n)
    if n > _BULK_ELEMENTS and a.etype is o.etype and a.byte_offset == 0:
        d = a.buffer.data
        src = o.buffer.data
        assert d is not None and src is not None
        copy_bytes(d, 0, src, o.byte_offset, n * o.etype.size)
        _reverse_elements(a, 0, n)
        return a
    vals = _read_range(o, 0, n)
    vals.reverse()
    _write_values(a, 0, vals)
    return a


@proto.method("toSorted", 1)
def typed_array_to_sorted(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.toSorted ( comparator ) (sec-%typedarray%.prototype.tosorted)."""
    comparator = argument(args, 0)
    if comparator is not None and not is_callable(comparator):
        throw_type_error("The comparison function must be either a function or undefined")
    o, n = validate_typed_array(this, "toSorted")
    a = typed_array_create_same_type(realm, o, n)
    if comparator is None and n > _BULK_ELEMENTS and a.etype is o.etype and _counting_sort(o, a, n):
        return a
    values = sort_typed_values(_read_range(o, 0, n), comparator)
    _write_values(a, 0, values)
    return a


@proto.method("with", 2)
def typed_array_with(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%TypedArray%.prototype.with ( index, value ) (sec-%typedarray%.prototype.with)."""
    o, n = validate_typed_array(this, "with")
    r = to_integer_or_infinity(argument(args, 0))
    actual = r if r >= 0 else n + r
    value = _to_element_value(o, argument(args, 1))
    if not is_valid_integer_index(o, actual):
        throw_range_error("Invalid typed array index")
    a = typed_array_create_same_type(realm, o, n)
    idx = int(actual)
    for k in range(n):
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        v = value if k == idx else o.get_element(k)
        typed_array_set_element(a, float(k), v)
    charge_rest(n, EVERY_256)
    return a


# --- the concrete constructors (sec-typedarray-constructors) -------------------------------------

def initialize_typed_array_from_typed_array(o: JSTypedArray, src: JSTypedArray) -> None:
    """InitializeTypedArrayFromTypedArray (sec-initializetypedarrayfromtypedarray)."""
    n = typed_array_length_or_none(src)
    if n is None:
        throw_type_error("Cannot construct a TypedArray from a detached or out-of-bounds TypedArray")
    if o.etype.bigint != src.etype.bigint:
        throw_type_error("Cannot mix BigInt and other types, use explicit conversions")
    abp = current_realm().intrinsics["%ArrayBuffer.prototype%"]
    st, tt = src.etype, o.etype
    if st is tt:
        data = clone_array_buffer(abp, src.buffer, src.byte_offset, n * st.size)
    else:
        data = allocate_array_buffer(abp, n * tt.size)
        vals = _read_range(src, 0, n)
        for i, v in enumerate(vals):
            set_value_in_buffer(data, i * tt.size, tt, v)
    o.attach(data, 0, n)


def initialize_typed_array_from_array_buffer(o: JSTypedArray, buffer: JSArrayBuffer, byte_offset: Any, length: Any) -> None:
    """InitializeTypedArrayFromArrayBuffer (sec-initializetypedarrayfromarraybuffer)."""
    size = o.etype.size
    offset = to_index(byte_offset, "Start offset {} is outside the bounds of the buffer")
    if offset % size:
        throw_range_error(f"start offset of {o.name} should be a multiple of {size}")
    new_length = to_index(length, "Invalid typed array length: {}") if length is not None else 0
    if is_detached_buffer(buffer):
        throw_type_error("Cannot construct a TypedArray on a detached ArrayBuffer")
    buffer_byte_length = array_buffer_byte_length(buffer)
    if length is None and buffer.max_byte_length is not None:
        if offset > buffer_byte_length:
            throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
        o.attach(buffer, offset, None)
        return
    if length is None:
        if buffer_byte_length % size:
            throw_range_error(f"byte length of {o.name} should be a multiple of {size}")
        new_byte_length = buffer_byte_length - offset
        if new_byte_length < 0:
            throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
    else:
        new_byte_length = new_length * size
        if offset + new_byte_length > buffer_byte_length:
            throw_range_error(f"Invalid typed array length: {new_length}")
    o.attach(buffer, offset, new_byte_length // size)


def initialize_typed_array_from_list(o: JSTypedArray, values: list[Any]) -> None:
    """InitializeTypedArrayFromList (sec-initializetypedarrayfromlist)."""
    allocate_typed_array_buffer(o, len(values))
    store_list(o, values)


def _pack_numbers(o: JSTypedArray, start: int, values: list[Any]) -> bool:
    """NON-SPEC fast path of TypedArraySetElement(o, start + k, values[k]) for each k, the
    indices valid: when every value is a Number (no conversion can run user code) and the
    elements are not BigInts, pack them all at once and answer True; else False (then the
    caller stores them one by one, the same values over any it packed before an overflow)."""
    t = o.etype
    if not values or t.bigint or not all(type(v) is float for v in values):
        return False
    try:
        struct.pack_into(f"<{len(values)}{t.code}", o.buffer.data, o.byte_offset + start * t.size,  # type: ignore[arg-type]
                         *[t.conv(v) for v in values])
        return True
    except (OverflowError, struct.error):
        return False


_STORE_PIECE = 1 << 16


def _pack_pieces(o: JSTypedArray, start: int, values: list[Any]) -> int:
    """NON-SPEC: ``_pack_numbers`` of ``values`` into ``o`` from index ``start``, a long list in
    pieces with the budget checked between them (one piece of 2**24 Numbers took 3.5 s; %TypedArray%.prototype.set
    of an Array of 2**25 Numbers, 14 s past a 1 s timeout), up to the first piece that is not all
    Numbers: how many values were packed (the caller stores the rest one by one)."""
    n = len(values)
    if n <= _STORE_PIECE:
        check_items(n)  # (a step per element, as the pieces below)
        return n if _pack_numbers(o, start, values) else 0
    k = 0
    while k < n:
        check_stop(min(_STORE_PIECE, n - k))  # (a step per element: see check_stop)
        if not _pack_numbers(o, start + k, values[k:k + _STORE_PIECE]):
            break
        k += _STORE_PIECE
    return min(k, n)


def store_list(o: JSTypedArray, values: list[Any]) -> None:
    """Set(O, k, values[k], true) for each k of a new typed array ``o`` (TypedArraySetElement)."""
    # from the first piece that is not all Numbers (a conversion may run user code) on, one by one
    packed = _pack_pieces(o, 0, values)  # (charged a step per element packed)
    for k in range(packed, len(values)):
        if not k & EVERY_4096:
            check_every(k, EVERY_4096)
        typed_array_set_element(o, float(k), values[k])
    charge_rest(len(values) - packed, EVERY_4096)


def _array_values_fast(realm: "Realm", items: Any, using_iterator: Any) -> list[Any] | None:
    """NON-SPEC: IteratorToList of a dense JSArray without holes iterated by the unmodified
    %Array.prototype.values% (nothing observable happens), or None."""
    if type(items) is JSArray and items.dense is not None and \
            using_iterator is realm.intrinsics.get("%Array.prototype.values%") and \
            _array_iter_next_is_default(realm):
        if dense_has_hole(items.dense):
            return None
        check_alloc(items=len(items.dense))  # (the memory limit, before the copy is made)
        return list(items.dense)
    return None


def initialize_typed_array_from_array_like(o: JSTypedArray, array_like: JSObject) -> None:
    """InitializeTypedArrayFromArrayLike (sec-initializetypedarrayfromarraylike)."""
    n = length_of_array_like(array_like)
    allocate_typed_array_buffer(o, n)
    for k in range(n):
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        typed_array_set_element(o, float(k), array_like.get(str(k), array_like))
    charge_rest(n, EVERY_256)


def _make_constructor_impl(name: str) -> Any:
    def typed_array_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        if new_target is None:
            throw_type_error(f"Constructor {name} requires 'new'")
        if not args:
            return allocate_typed_array(name, new_target, 0)
        first = args[0]
        if not isinstance(first, JSObject):
            return allocate_typed_array(name, new_target, to_index(first, "Invalid typed array length: {}"))
        o = allocate_typed_array(name, new_target)
        if isinstance(first, JSTypedArray):
            initialize_typed_array_from_typed_array(o, first)
        elif type(first) is JSArrayBuffer:
            initialize_typed_array_from_array_buffer(o, first, argument(args, 1), argument(args, 2))
        else:
            using_iterator = get_method(first, SYM_ITERATOR)
            if using_iterator is not None:
                values = _array_values_fast(realm, first, using_iterator)
                if values is None:
                    values = iterate_to_list(first, using_iterator)
                initialize_typed_array_from_list(o, values)
            else:
                initialize_typed_array_from_array_like(o, first)
        return o
    typed_array_constructor.__doc__ = f"{name} ( ...args ) (sec-typedarray)."
    return typed_array_constructor


def _own_value(o: JSObject, key: Any) -> Any:
    stored = o.props.get(key)
    if type(stored) is Prop:
        return None if stored.flags & A else stored.value
    return stored


FAST_HOOKS["length"] = typed_array_length_getter


def setup(realm: "Realm") -> None:
    tap = JSObject(realm.object_prototype)
    realm.intrinsics["%TypedArray.prototype%"] = tap
    ta = make_constructor(realm, typed_array_intrinsic, "TypedArray", 0, tap)
    realm.intrinsics["%TypedArray%"] = ta
    proto.install(realm, tap)
    statics.install(realm, ta)
    values = _own_value(tap, "values")
    tap.define_builtin(SYM_ITERATOR, values)
    # %TypedArray%.prototype.toString is the same function object as Array.prototype.toString.
    tap.define_builtin("toString", realm.intrinsics["%Array.prototype.toString%"])
    for name, t in TYPED_ARRAY_TYPES.items():
        p = JSObject(tap)
        realm.intrinsics[f"%{name}.prototype%"] = p
        ctor = make_constructor(realm, _make_constructor_impl(name), name, 3, p, proto_of_ctor=ta)
        realm.intrinsics[f"%{name}%"] = ctor
        ctor.define_builtin("BYTES_PER_ELEMENT", float(t.size), 0)
        p.define_builtin("BYTES_PER_ELEMENT", float(t.size), 0)
        realm.define_global(name, ctor)


__all__ = [
    "setup", "validate_typed_array", "require_typed_array", "typed_array_create_from_constructor",
    "typed_array_species_create", "typed_array_create_same_type", "allocate_typed_array",
]
