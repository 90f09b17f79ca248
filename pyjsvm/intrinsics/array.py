"""Array objects (sec-array-objects): the Array constructor, Array.prototype, ArraySpeciesCreate
and Array Iterator objects (sec-array-iterator-objects).

Every method follows the spec's generic algorithm (Get/Set/HasProperty/DeletePropertyOrThrow on
the object, so they work on any array-like and on proxies). ``# NON-SPEC: fast path`` branches
handle the common case of a dense ``JSArray`` without going through property keys; they are only
taken when the result is indistinguishable from the generic algorithm, and any loop that calls
user code re-reads ``O.dense`` after each call.
"""
from __future__ import annotations

from functools import cmp_to_key
from typing import TYPE_CHECKING, Any, Generator

from pyjsvm.runtime.stack import EMITTED_CALL
from pyjsvm.runtime.agent import EVERY_256, EVERY_4096, EVERY_65536, JSThrow, c_reentry, charge_rest, check_alloc, check_allocation, check_bulk, check_growth, check_every, check_stop, current_realm, get_agent, throw_range_error, throw_type_error
from pyjsvm.runtime.operations import incompatible_receiver, index_key
from pyjsvm.runtime.functions import ECMAFunction, JSArguments, register_inline
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.iteration import (
    DONE, NOT_FAST, IteratorRecord, get_iterator_from_method, iterator_close, iterator_complete,
    iterator_step_value, iterator_value, register_fast_list, register_fast_next, ARRAY_ITERATION, builtin_data_property,
    untouched_array_iteration,
)
from pyjsvm.runtime.objects import (C, DENSE_GROWTH_LIMIT, JSArray, JSObject, Prop, array_index, default_species,
                                    index_sets_stay_own, ordinary_props_type)
from pyjsvm.runtime.numeric import number_to_string
from pyjsvm.runtime.operations import (
    array_create, call, construct, create_data_property_or_throw, delete_property_or_throw,
    get_function_realm, get_method, get_prototype_from_constructor, invoke, is_array, is_callable,
    is_constructor, is_strictly_equal, length_of_array_like, same_value,
    same_value_zero, set_, to_boolean, to_integer_or_infinity, to_number, to_object, to_string,
    to_uint32,
)
from pyjsvm.runtime.values import (
    argument,
    MISSING, NULL, SYM_ASYNC_ITERATOR, SYM_IS_CONCAT_SPREADABLE, SYM_ITERATOR, SYM_SPECIES, SYM_TO_STRING_TAG,
    SYM_UNSCOPABLES,
)
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.generator import create_async_from_sync_iterator
from pyjsvm.runtime.generator_objects import Y_AWAIT, async_function_start, async_iterator_close
from pyjsvm.runtime.iteration import create_iter_result_object
from pyjsvm.runtime.operations import to_display
from pyjsvm.runtime.operators import MAX_STRING_LENGTH

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

INF = float("inf")
MAX_SAFE = 2**53 - 1

proto = BuiltinTable()     # Array.prototype
statics = BuiltinTable()   # Array.*
iter_proto = BuiltinTable()  # %ArrayIteratorPrototype%


# --- helpers ---------------------------------------------------------------------------------


def _relative(v: Any, length: int) -> int:
    """The clamp used by slice/splice/fill/copyWithin: ToIntegerOrInfinity, then relative to
    ``length`` when negative, clamped to [0, length]."""
    r = to_integer_or_infinity(v)
    if r < 0:
        if r == -INF:
            return 0
        return max(length + int(r), 0)
    if r >= length:
        return length
    return int(r)


def _relative_end(v: Any, length: int) -> int:
    """``end`` argument: undefined means ``length``."""
    if v is None:
        return length
    return _relative(v, length)


def _has(o: JSObject, k: int) -> bool:
    """HasProperty(O, ToString(k))."""
    if type(o) is JSArray:
        d = o.dense
        if d is not None and k < len(d) and d[k] is not MISSING:
            return True
    return o.has_property(str(k))


def _get(o: JSObject, k: int) -> Any:
    """Get(O, ToString(k)) (NON-SPEC: a typed array's [[Get]] of an integer index is
    TypedArrayGetElement, sec-typedarray-get, without the key's round trip through a string)."""
    if type(o) is JSArray:
        d = o.dense
        if d is not None and k < len(d):
            v = d[k]
            if v is not MISSING:
                return v
    elif type(o) is JSTypedArray:
        return o.get_element(k)
    return o.get(str(k), o)


def _set(o: JSObject, key: Any, v: Any) -> None:
    """Set(O, key, v, true)."""
    set_(o, key, v, True)


def _callable_arg(fn: Any, what: str = "callback") -> Any:
    if not is_callable(fn):
        throw_type_error(f"{_describe(fn)} is not a function")
    return fn


def _describe(v: Any) -> str:
    return to_display(v)


def _this_object(this: Any, method: str) -> JSObject:
    """ToObject of a method's this value, whose TypeError for undefined or null says, as V8's
    does for these methods, which method it was (NON-SPEC: the message)."""
    if this is None or this is NULL:
        throw_type_error(f"Array.prototype.{method} called on null or undefined")
    return to_object(this)


# NON-SPEC: keys seen to be no array index (strings that are not one, and symbols), for
# _index_free_keys' subset test; emptied when it grows past _NON_INDEX_KEYS_MAX
_NON_INDEX_KEYS: set[Any] = set()
_NON_INDEX_KEYS_MAX = 4096


def _index_free_keys(props: dict[Any, Any]) -> bool:
    """NON-SPEC: whether none of ``props``' keys is an array index. The usual prototypes'
    keys (%Object.prototype%'s) are all known non-index keys after the first test, which then
    is one subset test of the key view (a loop in C)."""
    keys = props.keys()
    if keys <= _NON_INDEX_KEYS:
        return True
    for k in keys:
        if type(k) is str and "0" <= k[:1] <= "9" and array_index(k) >= 0:
            return False
    if len(_NON_INDEX_KEYS) > _NON_INDEX_KEYS_MAX:
        _NON_INDEX_KEYS.clear()
    _NON_INDEX_KEYS.update(keys)
    return True


def _protos_index_free(o: JSObject) -> bool:
    """NON-SPEC: True when no object on ``o``'s prototype chain has an array-index property
    (so a hole of ``o`` reads as undefined and writes past its end hit no setter)."""
    p = o.proto
    while p is not None:
        t = type(p)
        if t is JSArray:
            d = p.dense  # type: ignore[attr-defined]
            if d is None or d:
                return False
        elif t is JSObject or ordinary_props_type(t):
            if p.props and not _index_free_keys(p.props):
                return False
        else:
            return False
        p = p.proto
    return True


def _protos_lack(o: JSObject, start: int, count: int) -> bool:
    """NON-SPEC: True when no object on the prototype chain has one of the index keys
    start..start+count-1 (cheap for a few keys)."""
    if count > 4:
        return _protos_index_free(o)
    p = o.proto
    while p is not None:
        t = type(p)
        if t is JSArray:
            d = p.dense  # type: ignore[attr-defined]
            if d is None or len(d) > start:
                return False
        elif t is JSObject or ordinary_props_type(t):
            props = p.props
            if props:
                if count == 1:
                    if index_key(start) in props:
                        return False
                else:
                    for i in range(start, start + count):
                        if str(i) in props:
                            return False
        else:
            return False
        p = p.proto
    return True


def _plain_dense(o: Any) -> list[Any] | None:
    """NON-SPEC: the dense element list of a JSArray whose holes (if any) read as undefined
    through an index-free prototype chain; None otherwise."""
    if type(o) is JSArray:
        d = o.dense
        # (a short list is scanned for a hole first: cheaper than the prototypes' test)
        if d is not None and (len(d) <= 16 and MISSING not in d or _protos_index_free(o)):
            return d
    return None


def _arguments_elements(o: Any, length: int) -> list[Any] | None:
    """NON-SPEC: the values of an arguments object's elements 0 .. ``length`` - 1 when each is
    an own plain data property (a mapped one read from its parameter, as its [[Get]] does): what
    HasProperty and Get of each would give, nothing run; None otherwise."""
    if type(o) is not JSArguments or length > len(o.props):
        return None
    props = o.props
    m = o.mapping
    out: list[Any] = []
    for i in range(length):
        key = index_key(i)
        v = props.get(key, MISSING)
        if v is MISSING or type(v) is Prop:
            return None
        out.append(o.env.vars[m[key]] if m and key in m else v)
    return out


_FILL_DENSE_MAX = 1 << 25  # NON-SPEC: the largest new Array(n).fill(v) made dense at once
_NEW_DENSE_MAX = 1 << 22   # NON-SPEC: the longest new Array(n) whose holes are dense (32 MB)


def _all_holes(o: Any) -> bool:
    """NON-SPEC: ``o`` is an extensible sparse JSArray without elements (as ``new Array(n)``
    makes) behind an index-free prototype chain: filling all of it sets plain data elements
    and runs no user code."""
    if type(o) is not JSArray or o.dense is not None or not o.extensible:
        return False
    for k in o.props:
        if type(k) is str and "0" <= k[:1] <= "9" and array_index(k) >= 0:
            return False
    return _protos_index_free(o)


def _dense_no_holes(o: Any) -> list[Any] | None:
    if type(o) is JSArray:
        d = o.dense
        if d is not None and MISSING not in d:
            return d
    return None


_check_stop = check_stop

# NON-SPEC: the loops over an object's indices below check the budget every 256 indices
# (``not k & 255``), visited or not: a hole calls no function whose entry would check it, nor
# does a built-in callback. At a hole they also pass over the holes that follow where that is
# cheap (_next_element / _prev_element).
_SCAN_CHUNK = 4096         # dense storage scanned for the next element this many slots at a time
_SPARSE_SCAN_MAX = 1024    # the most own keys scanned for the next element of a sparse array


def _holes_skippable(o: Any) -> bool:
    """NON-SPEC: ``o`` is a JSArray whose holes read through an index-free prototype chain:
    HasProperty at a hole is false and runs no user code."""
    return type(o) is JSArray and _protos_index_free(o)


def _next_element(o: Any, k: int, end: int) -> int:
    """NON-SPEC: the budget check of a loop over the indices k..end-1 of ``o`` that passes over
    holes, called at one (k): the least index from k on where ``o`` may hold an element (end if
    there is none). For a JSArray whose holes are skippable (_holes_skippable) the holes are
    found in dense storage by chunks, or in ``props`` when it holds at most _SPARSE_SCAN_MAX
    keys (a scan then costs less than the indices the loop stepped over to get here); for any
    other object, or many keys, k."""
    check_stop()
    if not _holes_skippable(o):
        return k
    d = o.dense
    if d is not None:
        n = min(end, len(d))
        while k < n:
            seg = d[k:min(k + _SCAN_CHUNK, n)]
            if seg.count(MISSING) != len(seg):
                for v in seg:
                    if v is not MISSING:
                        return k
                    k += 1
            k += len(seg)
            check_stop()
        return end
    props = o.props
    if len(props) > _SPARSE_SCAN_MAX:
        return k
    nxt = end
    for key in props:
        if type(key) is str and "0" <= key[:1] <= "9":
            i = array_index(key)
            if k <= i < nxt:
                nxt = i
    return nxt


def _prev_element(o: Any, k: int) -> int:
    """NON-SPEC: _next_element for a loop going down from k to 0: the greatest index up to k
    where ``o`` may hold an element (-1 if there is none)."""
    check_stop()
    if not _holes_skippable(o):
        return k
    d = o.dense
    if d is not None:
        k = min(k, len(d) - 1)
        while k >= 0:
            lo = max(k - _SCAN_CHUNK + 1, 0)
            seg = d[lo:k + 1]
            if seg.count(MISSING) != len(seg):
                for v in reversed(seg):
                    if v is not MISSING:
                        return k
                    k -= 1
            k = lo - 1
            check_stop()
        return -1
    props = o.props
    if len(props) > _SPARSE_SCAN_MAX:
        return k
    prv = -1
    for key in props:
        if type(key) is str and "0" <= key[:1] <= "9":
            i = array_index(key)
            if prv < i <= k:
                prv = i
    return prv


def _past_hole(o: Any, k: int, end: int) -> int:
    """NON-SPEC: the step of a loop going up over the indices of ``o`` at a hole (k): k + 1,
    and every 256 indices the budget check and the holes that follow (_next_element)."""
    k += 1
    return k if k & 255 else _next_element(o, k, end)


def _before_hole(o: Any, k: int) -> int:
    """NON-SPEC: _past_hole for a loop going down: k - 1, and every 256 indices the budget
    check and the holes below it (_prev_element)."""
    k -= 1
    return k if k & 255 else _prev_element(o, k)


def _new_array(realm: "Realm", values: list[Any]) -> JSArray:
    return JSArray(realm.array_prototype, values)


def _species_is_default(realm: "Realm", o: Any) -> bool:
    """NON-SPEC: ArraySpeciesCreate(o, n) would certainly make a plain ArrayCreate(n) of this
    realm without observable steps (no user getters run)."""
    return type(o) is JSArray and default_species(o, realm.array_prototype, realm.intrinsics["%Array%"],
                                                  array_get_species)


def array_species_create(realm: "Realm", original: JSObject, length: int) -> JSObject:
    """ArraySpeciesCreate (sec-arrayspeciescreate)."""
    # 1-2. If IsArray(originalArray) is false, return ? ArrayCreate(length).
    if not is_array(original):
        return array_create(length)
    # 3. Let C be ? Get(originalArray, "constructor").
    c = original.get("constructor", original)
    # 4. If IsConstructor(C): a C from another realm's %Array% becomes undefined.
    if is_constructor(c):
        this_realm = realm
        realm_c = get_function_realm(c)
        if realm_c is not this_realm and c is realm_c.intrinsics.get("%Array%"):
            c = None
    # 5. If C is an Object, C = ? Get(C, @@species); null becomes undefined.
    if isinstance(c, JSObject):
        c = c.get(SYM_SPECIES, c)
        if c is NULL:
            c = None
    # 6. If C is undefined, return ? ArrayCreate(length).
    if c is None:
        return array_create(length)
    # 7. If IsConstructor(C) is false, throw a TypeError exception.
    if not is_constructor(c):
        throw_type_error("object.constructor[Symbol.species] is not a constructor")
    # 8. Return ? Construct(C, « 𝔽(length) »).
    return construct(c, [float(length)])


# --- the Array constructor -------------------------------------------------------------------

def array_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array ( ...values ) (sec-array)."""
    # 1. If NewTarget is undefined, let newTarget be the active function object.
    nt = new_target if new_target is not None else realm.intrinsics["%Array%"]
    # 2. Let proto be ? GetPrototypeFromConstructor(newTarget, "%Array.prototype%").
    if nt is realm.intrinsics["%Array%"] and type(nt.props.get("prototype")) is Prop:
        p = nt.props["prototype"].value  # NON-SPEC: fast path (non-writable, non-configurable)
    else:
        p = get_prototype_from_constructor(nt, "%Array.prototype%")
    n = len(args)
    # 4. If numberOfArgs = 0, return ! ArrayCreate(0, proto).
    if n == 0:
        return JSArray(p, [])
    # 5. Else if numberOfArgs = 1:
    if n == 1:
        ln = args[0]
        if type(ln) is not float:
            return JSArray(p, [ln])
        int_len = to_uint32(ln)
        if float(int_len) != ln:
            throw_range_error("Invalid array length")
        arr = JSArray(p, [])
        if int_len > DENSE_GROWTH_LIMIT and int_len <= _NEW_DENSE_MAX:
            # NON-SPEC (V8's holey arrays): the holes kept dense, so that filling the array
            # writes list slots (a sparse array's elements are dict entries, ~5x slower to
            # write); a pointer per element, checked against the memory limit first
            check_alloc(items=int_len)
        if int_len:
            arr._grow(int_len, _NEW_DENSE_MAX)
        return arr
    # 6. Else: ArrayCreate(numberOfArgs, proto) and CreateDataPropertyOrThrow for each value.
    return JSArray(p, list(args))


@statics.method("fromAsync", 1)
def array_from_async(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.fromAsync ( items [ , mapper [ , thisArg ] ] ) (sec-array.fromasync).

    An async built-in: its steps run as an async function body (``_from_async_steps``), so that
    every abrupt completion, even before the first Await, rejects the returned promise."""
    steps = _from_async_steps(this, argument(args, 0), argument(args, 1), argument(args, 2))
    return async_function_start(realm, steps)


def _await(value: Any) -> Generator[Any, Any, Any]:
    """Await(value) (sec-await) inside an async built-in's steps: ``x = yield from _await(v)``."""
    return (yield (Y_AWAIT, value))


def _from_async_steps(ctor: Any, items: Any, mapper: Any, this_arg: Any) -> Generator[Any, Any, Any]:
    """The steps of Array.fromAsync (sec-array.fromasync), as an async function body."""
    # 1-3. mapping
    mapping = mapper is not None
    if mapping:
        _callable_arg(mapper)
    # 4-6. Get an async iterator record, or a sync one wrapped by CreateAsyncFromSyncIterator.
    rec: IteratorRecord | None = None
    using_async = get_method(items, SYM_ASYNC_ITERATOR)
    if using_async is None:
        using_sync = get_method(items, SYM_ITERATOR)
        if using_sync is not None:
            rec = create_async_from_sync_iterator(current_realm(), get_iterator_from_method(items, using_sync))
    else:
        rec = get_iterator_from_method(items, using_async)
    if rec is not None:
        # 7. An iterable.
        arr = construct(ctor, []) if is_constructor(ctor) else array_create(0)
        k = 0
        while True:
            if k >= MAX_SAFE:
                try:
                    throw_type_error("Array.fromAsync: too many elements")
                except JSThrow as e:
                    yield from async_iterator_close(rec, e)
            next_result = yield from _await(call(rec.next_method, rec.iterator, []))
            if not isinstance(next_result, JSObject):
                throw_type_error(f"Iterator result {to_display(next_result)} is not an object")
            if iterator_complete(next_result):
                _set(arr, "length", float(k))
                return arr
            next_value = iterator_value(next_result)
            try:
                if mapping:
                    mapped = mapper.call(this_arg, [next_value, float(k)])
                    mapped = yield from _await(mapped)
                else:
                    mapped = next_value
                create_data_property_or_throw(arr, str(k), mapped)
            except JSThrow as e:
                # IfAbruptCloseAsyncIterator
                yield from async_iterator_close(rec, e)
            k += 1
    # 8. An array-like.
    array_like = to_object(items)
    length = length_of_array_like(array_like)
    arr = construct(ctor, [float(length)]) if is_constructor(ctor) else array_create(length)
    for k in range(length):
        _check_stop()
        k_value = yield from _await(array_like.get(str(k), array_like))
        if mapping:
            mapped = yield from _await(mapper.call(this_arg, [k_value, float(k)]))
        else:
            mapped = k_value
        create_data_property_or_throw(arr, str(k), mapped)
    _set(arr, "length", float(length))
    return arr


@statics.method("from", 1)
def array_from(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.from ( items [ , mapper [ , thisArg ] ] ) (sec-array.from)."""
    items = argument(args, 0)
    mapper = argument(args, 1)
    this_arg = argument(args, 2)
    ctor = this
    if mapper is None:
        mapping = False
    else:
        _callable_arg(mapper)
        mapping = True
    using_iterator = get_method(items, SYM_ITERATOR)
    default_ctor = ctor is realm.intrinsics["%Array%"]
    if using_iterator is not None:
        # NON-SPEC: fast path: a JSArray iterated by the unmodified %Array.prototype.values%
        # into a new plain Array: neither the iterator nor the result is observable.
        if (default_ctor and type(items) is JSArray
                and using_iterator is realm.intrinsics.get("%Array.prototype.values%")
                and _array_iter_next_is_default(realm)):
            out: list[Any] = []
            k = 0
            while True:
                if k >= items.length:
                    break
                if not k & EVERY_256:
                    check_every(k, EVERY_256)
                v = _get(items, k)
                if mapping:
                    try:
                        v = mapper.call(this_arg, [v, float(k)])
                    except JSThrow as e:
                        # IfAbruptCloseIterator on the (unobservable) array iterator.
                        it = create_array_iterator(realm, items, KIND_VALUES)
                        iterator_close(IteratorRecord(it, None), e)
                        raise
                out.append(v)
                k += 1
            charge_rest(k, EVERY_256)
            return _new_array(realm, out)
        if is_constructor(ctor):
            arr = construct(ctor, [])
        else:
            arr = array_create(0)
        rec = get_iterator_from_method(items, using_iterator)
        k = 0
        fast = type(arr) is JSArray and default_ctor
        while True:
            if k >= MAX_SAFE:
                try:
                    throw_type_error("Array.from: too many elements")
                except JSThrow as e:
                    iterator_close(rec, e)
            if not k & EVERY_4096:
                check_growth(k)  # NON-SPEC: the memory limit, before the elements' list doubles
            nxt = iterator_step_value(rec)
            if nxt is DONE:
                _set(arr, "length", float(k))
                return arr
            if mapping:
                try:
                    mapped = mapper.call(this_arg, [nxt, float(k)])
                except JSThrow as e:
                    iterator_close(rec, e)
                    raise
            else:
                mapped = nxt
            if fast and arr.dense is not None and len(arr.dense) == k:
                arr.dense.append(mapped)  # NON-SPEC: fast path for CreateDataProperty
                arr.length = k + 1
            else:
                try:
                    create_data_property_or_throw(arr, str(k), mapped)
                except JSThrow as e:
                    iterator_close(rec, e)
                    raise
            k += 1
    # Not iterable: an array-like.
    array_like = to_object(items)
    length = length_of_array_like(array_like)
    if default_ctor:
        # NON-SPEC: the memory limit, before the elements are gathered where its periodic check
        # does not look (a Python list, or the new array's own properties, until returned):
        # Array.from({length: 1e7}) under a limit of 50 MB grew to 80 MB and ran its 10 s
        check_alloc(items=length)
    if default_ctor and length <= _NEW_DENSE_MAX:
        # NON-SPEC: fast path: into a new plain Array (ArrayCreate(len), whose elements and
        # length nobody sees until it is returned), the values are gathered in a Python list;
        # the mapper is called through its emitted entry as map's callback is
        # (``Array.from({length: n}, (_, i) => i)``)
        out = []
        code, agent = (_emitted_code(mapper) if mapping else None), get_agent()
        for k in range(length):
            if not k & EVERY_256:
                check_every(k, EVERY_256)
            v = _get(array_like, k)
            if mapping:
                e2 = code.e2 if code is not None else None
                v = e2(mapper, this_arg, agent, EMITTED_CALL, v, float(k)) if e2 is not None else mapper.call(this_arg, [v, float(k)])
            out.append(v)
        charge_rest(length, EVERY_256)
        return _new_array(realm, out)
    if is_constructor(ctor):
        arr = construct(ctor, [float(length)])
    else:
        arr = array_create(length)
    for k in range(length):
        _check_stop()
        v = _get(array_like, k)
        if mapping:
            v = mapper.call(this_arg, [v, float(k)])
        create_data_property_or_throw(arr, str(k), v)
    _set(arr, "length", float(length))
    return arr


@statics.method("isArray", 1)
def array_is_array(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.isArray ( arg ) (sec-array.isarray)."""
    return is_array(argument(args, 0))


@statics.method("of", 0)
def array_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.of ( ...items ) (sec-array.of)."""
    n = len(args)
    items = list(args)
    if this is realm.intrinsics["%Array%"] or not is_constructor(this):
        if not is_constructor(this):
            array_create(n)
        return _new_array(realm, items)  # NON-SPEC: same result as the steps below
    arr = construct(this, [float(n)])
    for k, v in enumerate(items):
        create_data_property_or_throw(arr, str(k), v)
    _set(arr, "length", float(n))
    return arr


def array_get_species(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get Array [ %Symbol.species% ] (sec-get-array-%symbol.species%)."""
    return this


statics.getter(SYM_SPECIES)(array_get_species)


# --- Array.prototype -------------------------------------------------------------------------

@proto.method("at", 1)
def array_at(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.at ( index ) (sec-array.prototype.at)."""
    o = to_object(this)
    length = length_of_array_like(o)
    rel = to_integer_or_infinity(argument(args, 0))
    k = rel if rel >= 0 else length + rel
    if k < 0 or k >= length:
        return None
    return _get(o, int(k))


def is_concat_spreadable(o: Any) -> bool:
    """IsConcatSpreadable (sec-isconcatspreadable)."""
    if not isinstance(o, JSObject):
        return False
    if type(o) is JSArray:
        # NON-SPEC fast path: the Get in line while it reads ``props`` up a chain of ordinary
        # objects and arrays (an array's [[Get]] of a symbol is the ordinary one) without the key
        p: Any = o
        while p is not None and (type(p) is JSArray or ordinary_props_type(type(p))):
            if SYM_IS_CONCAT_SPREADABLE in p.props:
                break
            p = p.proto
        else:
            return True
    spreadable = o.get(SYM_IS_CONCAT_SPREADABLE, o)
    if spreadable is not None:
        return to_boolean(spreadable)
    return is_array(o)


@proto.method("concat", 1)
def array_concat(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.concat ( ...items ) (sec-array.prototype.concat)."""
    o = _this_object(this, "concat")
    fast_a = _species_is_default(realm, o)
    a: Any = None if fast_a else array_species_create(realm, o, 0)
    out: list[Any] = []  # NON-SPEC: the elements of a fresh plain result, built in Python
    n = 0
    items = [o]
    items.extend(args)
    for e in items:
        if is_concat_spreadable(e):
            length = length_of_array_like(e)
            if n + length > MAX_SAFE:
                throw_type_error("Invalid array length")
            if fast_a and n - len(out) > DENSE_GROWTH_LIMIT:
                # NON-SPEC: many holes: the result becomes the array made so far, sparse from
                # here on
                a, fast_a = _new_array(realm, out), False
            if fast_a:
                d = _plain_dense(e)
                if d is not None and len(d) == length:
                    check_stop(len(d))  # NON-SPEC: a step per element (see check_stop)
                    check_alloc(items=n - len(out) + length)  # NON-SPEC: the memory limit, first
                    if len(out) < n:
                        out.extend([MISSING] * (n - len(out)))  # the holes a spread left at its end
                    out.extend(d)  # NON-SPEC: fast path (holes stay holes)
                    n += length
                    continue
            k = 0
            while k < length:
                if _has(e, k):
                    _check_stop()
                    v = _get(e, k)
                    if fast_a and n - len(out) > DENSE_GROWTH_LIMIT:
                        a, fast_a = _new_array(realm, out), False
                    if fast_a:
                        if len(out) < n:
                            out.extend([MISSING] * (n - len(out)))
                        out.append(v)
                    else:
                        create_data_property_or_throw(a, str(n), v)
                    k += 1
                    n += 1
                else:
                    k2 = _past_hole(e, k, length)
                    n += k2 - k
                    k = k2
        else:
            if n >= MAX_SAFE:
                throw_type_error("Invalid array length")
            if fast_a and n - len(out) > DENSE_GROWTH_LIMIT:
                a, fast_a = _new_array(realm, out), False
            if fast_a:
                if len(out) < n:
                    out.extend([MISSING] * (n - len(out)))
                out.append(e)
            else:
                create_data_property_or_throw(a, str(n), e)
            n += 1
    if fast_a and n - len(out) > DENSE_GROWTH_LIMIT:
        a, fast_a = _new_array(realm, out), False
    if fast_a:
        if n > 2**32 - 1:
            throw_range_error("Invalid array length")
        if len(out) < n:
            out.extend([MISSING] * (n - len(out)))
        return _new_array(realm, out)
    _set(a, "length", float(n))
    return a


@proto.method("copyWithin", 2)
def array_copy_within(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.copyWithin ( target, start [ , end ] ) (sec-array.prototype.copywithin)."""
    o = to_object(this)
    length = length_of_array_like(o)
    to = _relative(argument(args, 0), length)
    frm = _relative(argument(args, 1), length)
    final = _relative_end(argument(args, 2), length)
    count = min(final - frm, length - to)
    if count <= 0:
        return o
    d = _dense_no_holes(o)
    if d is not None and len(d) == length:
        check_stop(count)  # NON-SPEC: a step per element (see check_stop)
        d[to:to + count] = d[frm:frm + count]  # NON-SPEC: fast path
        return o
    if frm < to < frm + count:
        direction = -1
        frm += count - 1
        to += count - 1
    else:
        direction = 1
    while count > 0:
        _check_stop()
        if _has(o, frm):
            _set(o, str(to), _get(o, frm))
        else:
            delete_property_or_throw(o, str(to))
        frm += direction
        to += direction
        count -= 1
    return o


@proto.method("entries", 0)
def array_entries(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.entries ( ) (sec-array.prototype.entries)."""
    return create_array_iterator(realm, to_object(this), KIND_ENTRIES)


@proto.method("keys", 0)
def array_keys(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.keys ( ) (sec-array.prototype.keys)."""
    return create_array_iterator(realm, to_object(this), KIND_KEYS)


@proto.method("values", 0)
def array_values(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.values ( ) (sec-array.prototype.values)."""
    return create_array_iterator(realm, to_object(this), KIND_VALUES)


def _emitted_code(fn: Any) -> Any:
    """NON-SPEC: the FunctionCode of an ECMAScript function callback (None for others): once its
    body is compiled (on its first call) ``code.e3`` is its positional entry, which the loops
    below call with (value, index, array) as emitted call sites do, not [[Call]] with a list,
    and with their ``given`` (runtime/stack.EMITTED_CALL: a callback that makes no calls keeps
    no depth; any way back into JS from its body is a call that counts)."""
    return fn.code if type(fn) is ECMAFunction else None


def _iterate_callback(o: JSObject, length: int, fn: Any, this_arg: Any, stop_when: bool | None) -> Any:
    """The loop shared by every/some/forEach: for each present element call fn; return the
    index at which to_boolean(result) == stop_when, else -1."""
    k = 0
    if type(o) is JSArray:
        code, agent = _emitted_code(fn), get_agent()
        while k < length:
            d = o.dense
            if d is not None and k < len(d) and d[k] is not MISSING:
                v = d[k]  # NON-SPEC: fast path (re-read after every call)
            elif o.has_property(str(k)):
                v = o.get(str(k), o)
            else:
                k = _past_hole(o, k, length)
                continue
            if not k & EVERY_256:
                check_every(k, EVERY_256)
            e3 = code.e3 if code is not None else None
            r = e3(fn, this_arg, agent, EMITTED_CALL, v, float(k), o) if e3 is not None else fn.call(this_arg, [v, float(k), o])
            if stop_when is not None and (r is True or r is not False and to_boolean(r)) is stop_when:
                charge_rest(k + 1, EVERY_256)
                return k
            k += 1
        charge_rest(k, EVERY_256)
        return -1
    while k < length:
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        pk = str(k)
        if o.has_property(pk):
            v = o.get(pk, o)
            r = call(fn, this_arg, [v, float(k), o])
            if stop_when is not None and to_boolean(r) is stop_when:
                charge_rest(k + 1, EVERY_256)
                return k
        k += 1
    charge_rest(k, EVERY_256)
    return -1


@proto.method("every", 1)
def array_every(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.every ( callback [ , thisArg ] ) (sec-array.prototype.every)."""
    o = _this_object(this, "every")
    length = length_of_array_like(o)
    fn = _callable_arg(argument(args, 0))
    return _iterate_callback(o, length, fn, argument(args, 1), False) < 0


@proto.method("some", 1)
def array_some(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.some ( callback [ , thisArg ] ) (sec-array.prototype.some)."""
    o = _this_object(this, "some")
    length = length_of_array_like(o)
    fn = _callable_arg(argument(args, 0))
    return _iterate_callback(o, length, fn, argument(args, 1), True) >= 0


@proto.method("forEach", 1)
def array_for_each(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.forEach ( callback [ , thisArg ] ) (sec-array.prototype.foreach)."""
    o = _this_object(this, "forEach")
    length = length_of_array_like(o)
    fn = _callable_arg(argument(args, 0))
    _iterate_callback(o, length, fn, argument(args, 1), None)
    return None


@proto.method("fill", 1)
def array_fill(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.fill ( value [ , start [ , end ] ] ) (sec-array.prototype.fill)."""
    o = to_object(this)
    length = length_of_array_like(o)
    value = argument(args, 0)
    k = _relative(argument(args, 1), length)
    final = _relative_end(argument(args, 2), length)
    if k >= final:
        return o
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        check_stop(final - k)  # NON-SPEC: a step per element (see check_stop)
        d[k:final] = [value] * (final - k)  # NON-SPEC: fast path
        return o
    if k == 0 and final == length and _all_holes(o):
        # NON-SPEC: fast path for new Array(n).fill(v): the elements become one dense list,
        # whose size (a pointer per element) is checked against the memory limit before it is
        # made (an element at a time, the properties' dict grew past the limit in one resize)
        check_alloc(items=length)  # (a lower bound for the element-wise path too)
        if length <= _FILL_DENSE_MAX:
            check_stop(length)  # a step per element (see check_stop)
            o.dense = [value] * length  # type: ignore[attr-defined]
            return o
    while k < final:
        _check_stop()
        _set(o, str(k), value)
        k += 1
    return o


@proto.method("filter", 1)
def array_filter(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.filter ( callback [ , thisArg ] ) (sec-array.prototype.filter)."""
    o = _this_object(this, "filter")
    length = length_of_array_like(o)
    fn = _callable_arg(argument(args, 0))
    this_arg = argument(args, 1)
    if _species_is_default(realm, o):
        # NON-SPEC: fast path: the result is not observable until returned.
        out: list[Any] = []
        k = 0
        code, agent = _emitted_code(fn), get_agent()
        while k < length:
            d = o.dense  # type: ignore[attr-defined]
            if d is not None and k < len(d) and d[k] is not MISSING:
                v = d[k]
            elif o.has_property(str(k)):
                v = o.get(str(k), o)
            else:
                k = _past_hole(o, k, length)
                continue
            if not k & EVERY_256:
                check_every(k, EVERY_256)
            e3 = code.e3 if code is not None else None
            r = e3(fn, this_arg, agent, EMITTED_CALL, v, float(k), o) if e3 is not None else fn.call(this_arg, [v, float(k), o])
            if r is True or r is not False and to_boolean(r):
                out.append(v)
            k += 1
        charge_rest(k, EVERY_256)
        return _new_array(realm, out)
    a = array_species_create(realm, o, 0)
    to = 0
    k = 0
    while k < length:
        if _has(o, k):
            _check_stop()
            v = _get(o, k)
            if to_boolean(call(fn, this_arg, [v, float(k), o])):
                create_data_property_or_throw(a, str(to), v)
                to += 1
            k += 1
        else:
            k = _past_hole(o, k, length)
    return a


def _find_via_predicate(o: JSObject, length: int, ascending: bool, pred: Any, this_arg: Any) -> tuple[int, Any]:
    """FindViaPredicate (sec-findviapredicate): (index, value), index -1 when not found."""
    rng = range(length) if ascending else range(length - 1, -1, -1)
    for k in rng:
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        v = _get(o, k)
        if to_boolean(call(pred, this_arg, [v, float(k), o])):
            charge_rest(k + 1 if ascending else length - k, EVERY_256)
            return k, v
    charge_rest(length, EVERY_256)
    return -1, None


@proto.method("find", 1)
def array_find(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.find ( predicate [ , thisArg ] ) (sec-array.prototype.find)."""
    o = _this_object(this, "find")
    length = length_of_array_like(o)
    pred = _callable_arg(argument(args, 0))
    return _find_via_predicate(o, length, True, pred, argument(args, 1))[1]


@proto.method("findIndex", 1)
def array_find_index(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.findIndex ( predicate [ , thisArg ] ) (sec-array.prototype.findindex)."""
    o = _this_object(this, "findIndex")
    length = length_of_array_like(o)
    pred = _callable_arg(argument(args, 0))
    return float(_find_via_predicate(o, length, True, pred, argument(args, 1))[0])


@proto.method("findLast", 1)
def array_find_last(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.findLast ( predicate [ , thisArg ] ) (sec-array.prototype.findlast)."""
    o = _this_object(this, "findLast")
    length = length_of_array_like(o)
    pred = _callable_arg(argument(args, 0))
    return _find_via_predicate(o, length, False, pred, argument(args, 1))[1]


@proto.method("findLastIndex", 1)
def array_find_last_index(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.findLastIndex ( predicate [ , thisArg ] ) (sec-array.prototype.findlastindex)."""
    o = _this_object(this, "findLastIndex")
    length = length_of_array_like(o)
    pred = _callable_arg(argument(args, 0))
    return float(_find_via_predicate(o, length, False, pred, argument(args, 1))[0])


def flatten_into_array(target: JSObject, source: JSObject, source_len: int, start: int, depth: float,
                       mapper: Any = None, this_arg: Any = None) -> int:
    """FlattenIntoArray (sec-flattenintoarray)."""
    target_index = start
    source_index = 0
    while source_index < source_len:
        if not _has(source, source_index):
            source_index = _past_hole(source, source_index, source_len)
            continue
        _check_stop()
        element = _get(source, source_index)
        if mapper is not None:
            element = call(mapper, this_arg, [element, float(source_index), source])
        should_flatten = False
        if depth > 0:
            should_flatten = is_array(element)
        if should_flatten:
            new_depth = depth if depth == INF else depth - 1
            element_len = length_of_array_like(element)
            target_index = flatten_into_array(target, element, element_len, target_index, new_depth)
        else:
            if target_index >= MAX_SAFE:
                throw_type_error("Invalid array length")
            create_data_property_or_throw(target, str(target_index), element)
            target_index += 1
        source_index += 1
    return target_index


def _flatten_into_list(out: list[Any], source: JSObject, source_len: int, depth: float,
                       mapper: Any = None, this_arg: Any = None) -> None:
    """NON-SPEC: FlattenIntoArray (sec-flattenintoarray) into a new plain Array (ArrayCreate(0),
    which nobody sees until it is returned, as map's): its elements appended to the Python list
    ``out``, the source's own dense elements read directly (a hole, or an element the source
    lacks, through [[HasProperty]] and [[Get]] as the spec's steps), the mapper called through its
    emitted entry. A step per element is charged, and the memory limit checked as ``out`` grows.
    (Element by element through CreateDataPropertyOrThrow, flat took 1.3 us an element and
    flatMap 4 us, charged one step.)"""
    code = _emitted_code(mapper) if mapper is not None else None
    agent = get_agent()
    k = 0
    while k < source_len:
        d = source.dense if type(source) is JSArray else None  # type: ignore[attr-defined]
        if d is not None and k < len(d) and d[k] is not MISSING:
            element = d[k]
        elif _has(source, k):
            element = _get(source, k)
        else:
            k = _past_hole(source, k, source_len)
            continue
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        if mapper is not None:
            e3 = code.e3 if code is not None else None
            element = e3(mapper, this_arg, agent, EMITTED_CALL, element, float(k), source) if e3 is not None \
                else call(mapper, this_arg, [element, float(k), source])
        if depth > 0 and (type(element) is JSArray or is_array(element)):
            _flatten_into_list(out, element, length_of_array_like(element), depth if depth == INF else depth - 1)
        else:
            n = len(out)
            if not n & EVERY_4096:
                check_growth(n)  # the memory limit, before the list doubles
            out.append(element)
        k += 1
    charge_rest(k, EVERY_256)


def _flatten_guarded(realm: "Realm", source: JSObject, source_len: int, depth: float,
                     mapper: Any = None, this_arg: Any = None) -> Any:
    try:
        if _species_is_default(realm, source):
            out: list[Any] = []
            _flatten_into_list(out, source, source_len, depth, mapper, this_arg)
            return _new_array(realm, out)
        target = array_species_create(realm, source, 0)
        flatten_into_array(target, source, source_len, 0, depth, mapper, this_arg)
        return target
    except RecursionError:
        throw_range_error("Maximum call stack size exceeded")


@proto.method("flat", 0)
def array_flat(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.flat ( [ depth ] ) (sec-array.prototype.flat)."""
    o = to_object(this)
    source_len = length_of_array_like(o)
    depth_num = 1.0
    depth = argument(args, 0)
    if depth is not None:
        depth_num = to_integer_or_infinity(depth)
        if depth_num < 0:
            depth_num = 0.0
    # 4. Let A be ? ArraySpeciesCreate(O, 0). 5. Perform ? FlattenIntoArray(A, O, sourceLen, 0, depthNum).
    return _flatten_guarded(realm, o, source_len, depth_num)


@proto.method("flatMap", 1)
def array_flat_map(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.flatMap ( mapper [ , thisArg ] ) (sec-array.prototype.flatmap)."""
    o = to_object(this)
    source_len = length_of_array_like(o)
    mapper = _callable_arg(argument(args, 0))
    # 3. Let A be ? ArraySpeciesCreate(O, 0). 4. Perform ? FlattenIntoArray(A, O, sourceLen, 0, 1, mapper, thisArg).
    return _flatten_guarded(realm, o, source_len, 1.0, mapper, argument(args, 1))


def _dense_index(d: list[Any], x: Any, start: int, end: int) -> int:
    """NON-SPEC: the first index in d[start:end] of an element strictly equal to ``x`` (not NaN),
    or -1. ``list.index`` compares with identity then ``==``: for the engine's value types that
    is IsStrictlyEqual once the types are known to match (1.0 == True in Python)."""
    tx = type(x)
    first = start
    while start < end:
        try:
            i = d.index(x, start, end)
        except ValueError:
            break
        if type(d[i]) is tx:
            check_stop(i + 1 - first)  # a step per element visited (see check_stop)
            return i
        start = i + 1
    check_stop(end - first)
    return -1


def _start_index(from_index: Any, length: int) -> int | None:
    """Steps shared by includes/indexOf: None means 'not found' (fromIndex is +Infinity)."""
    n = to_integer_or_infinity(from_index)
    if n == INF:
        return None
    if n == -INF:
        return 0
    if n >= 0:
        return int(n)
    return max(length + int(n), 0)


@proto.method("includes", 1)
def array_includes(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.includes ( searchElement [ , fromIndex ] ) (sec-array.prototype.includes)."""
    o = to_object(this)
    length = length_of_array_like(o)
    if length == 0:
        return False
    x = argument(args, 0)
    k = _start_index(argument(args, 1), length)
    if k is None:
        return False
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        # NON-SPEC: fast path (no user code runs: own plain data properties; holes read undefined)
        if type(x) is float and x != x:
            for i in range(k, length):
                if not i & EVERY_65536:
                    check_every(i, EVERY_65536)  # (a Python loop: 2**25 elements took seconds past the timeout)
                v = d[i]
                if type(v) is float and v != v:
                    charge_rest(i + 1 - k, EVERY_65536)
                    return True
            charge_rest(length - k, EVERY_65536)
            return False
        if x is None and _dense_index(d, MISSING, k, length) >= 0:
            return True
        return _dense_index(d, x, k, length) >= 0
    while k < length:
        _check_stop()
        if same_value_zero(_get(o, k), x):
            return True
        k += 1
    return False


@proto.method("indexOf", 1)
def array_index_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.indexOf ( searchElement [ , fromIndex ] ) (sec-array.prototype.indexof)."""
    if type(this) is JSArray and len(args) == 1 and ((x := args[0]) == x or type(x) is not float):
        # NON-SPEC fast path: the search of the dense array below from 0 (nothing is converted)
        d = _plain_dense(this)
        if d is not None:
            return float(_dense_index(d, x, 0, len(d)))
    o = _this_object(this, "indexOf")
    length = length_of_array_like(o)
    if length == 0:
        return -1.0
    x = argument(args, 0)
    k = _start_index(argument(args, 1), length)
    if k is None:
        return -1.0
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        # NON-SPEC: fast path (holes are skipped: HasProperty is false for them)
        if type(x) is float and x != x:
            return -1.0
        return float(_dense_index(d, x, k, length))
    while k < length:
        if _has(o, k):
            _check_stop()
            if is_strictly_equal(_get(o, k), x):
                return float(k)
            k += 1
        else:
            k = _past_hole(o, k, length)
    return -1.0


@proto.method("lastIndexOf", 1)
def array_last_index_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) (sec-array.prototype.lastindexof)."""
    o = to_object(this)
    length = length_of_array_like(o)
    if length == 0:
        return -1.0
    x = argument(args, 0)
    if len(args) > 1:
        n = to_integer_or_infinity(args[1])
    else:
        n = float(length - 1)
    if n == -INF:
        return -1.0
    if n >= 0:
        k = int(min(n, length - 1))
    else:
        k = length + int(n)
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        # NON-SPEC: fast path (in blocks, each charged the elements it visited: see check_stop)
        for top in range(k, -1, -4096):
            bottom = max(top - 4096, -1)
            for i in range(top, bottom, -1):
                v = d[i]
                if v is not MISSING and is_strictly_equal(v, x):
                    _check_stop(top + 1 - i)
                    return float(i)
            _check_stop(top - bottom)
        return -1.0
    while k >= 0:
        if _has(o, k):
            _check_stop()
            if is_strictly_equal(_get(o, k), x):
                return float(k)
            k -= 1
        else:
            k = _before_hole(o, k)
    return -1.0


# NON-SPEC: objects being joined right now (cycle detection, as every engine does: a cyclic
# reference joins as the empty string instead of overflowing the stack).


def _element_string(v: Any) -> str:
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if v is None or v is NULL or v is MISSING:
        return ""
    return to_string(v)


@proto.method("join", 1)
def array_join(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.join ( separator ) (sec-array.prototype.join)."""
    o = to_object(this)
    length = length_of_array_like(o)
    separator = argument(args, 0)
    sep = "," if separator is None else to_string(separator)
    join_stack = get_agent().join_stack
    for x in join_stack:
        if x is o:
            return ""
    if length > 1 and len(sep) * (length - 1) > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")
    check_alloc(items=length, units=int(len(sep) * max(length - 1, 0)))  # (the parts, the separators)
    join_stack.append(o)
    try:
        parts: list[str] = []
        total = 0
        is_arr = type(o) is JSArray
        start = 0
        if is_arr:
            d0 = o.dense  # type: ignore[attr-defined]
            if d0 is not None:
                # NON-SPEC: fast path over the leading primitive elements (no user code runs),
                # in slices with the budget check between them (the last one charged below)
                n0 = len(d0)
                for base in range(0, n0, 4096):
                    if base:
                        check_stop(4096)
                    for v in d0 if n0 <= 4096 else d0[base:base + 4096]:
                        t = type(v)
                        if t is str:
                            parts.append(v)
                        elif t is float:
                            parts.append(number_to_string(v))
                        elif v is None or v is NULL:
                            parts.append("")
                        else:
                            break
                    else:
                        continue
                    break
                start = len(parts)
                total = sum(map(len, parts))
                if total > MAX_STRING_LENGTH:
                    throw_range_error("Invalid string length")
        for k in range(start, length):
            if is_arr:
                if not k & EVERY_256:
                    check_every(k, EVERY_256)
                d = o.dense  # type: ignore[attr-defined]
                if d is not None and k < len(d) and d[k] is not MISSING:
                    v = d[k]  # NON-SPEC: fast path (re-read after every ToString)
                else:
                    v = o.get(str(k), o)
            else:
                _check_stop()
                v = o.get(str(k), o)
            s = _element_string(v)
            total += len(s)
            if total > MAX_STRING_LENGTH:
                throw_range_error("Invalid string length")
            parts.append(s)
        if start:
            charge_rest(start, EVERY_4096)  # (the fast path's last slice)
        if is_arr and start < length:
            charge_rest(length - start, EVERY_256)
        check_allocation(total + len(sep) * max(len(parts) - 1, 0))  # the result, before it is made
        return sep.join(parts)
    finally:
        join_stack.pop()


def _map_generic(realm: "Realm", o: JSObject, length: int, fn: Any, this_arg: Any) -> Any:
    a = array_species_create(realm, o, length)
    k = 0
    while k < length:
        if _has(o, k):
            _check_stop()
            v = _get(o, k)
            create_data_property_or_throw(a, str(k), call(fn, this_arg, [v, float(k), o]))
            k += 1
        else:
            k = _past_hole(o, k, length)
    return a


@proto.method("map", 1)
def array_map(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.map ( callback [ , thisArg ] ) (sec-array.prototype.map)."""
    o = _this_object(this, "map")
    length = length_of_array_like(o)
    fn = _callable_arg(argument(args, 0))
    this_arg = argument(args, 1)
    if not _species_is_default(realm, o):
        return _map_generic(realm, o, length, fn, this_arg)
    # NON-SPEC: fast path: ArrayCreate(len) is not observable until returned, so build its
    # elements in a Python list (holes stay MISSING) -- unless the source is sparse and long:
    # then the result is a sparse array too (a list would take 8 bytes per hole).
    if length > 2**32 - 1:
        throw_range_error("Invalid array length")
    if o.dense is None and length > _NEW_DENSE_MAX:  # type: ignore[attr-defined]
        sparse: dict[Any, Any] = {}
        out: list[Any] | None = None
    else:
        out = [MISSING] * length
    k = 0
    code, agent = _emitted_code(fn), get_agent()
    while k < length:
        d = o.dense  # type: ignore[attr-defined]
        if d is not None and k < len(d) and d[k] is not MISSING:
            v = d[k]
        elif o.has_property(str(k)):
            v = o.get(str(k), o)
        else:
            k = _past_hole(o, k, length)
            continue
        if not k & EVERY_256:
            check_every(k, EVERY_256)
        e3 = code.e3 if code is not None else None
        r = e3(fn, this_arg, agent, EMITTED_CALL, v, float(k), o) if e3 is not None else fn.call(this_arg, [v, float(k), o])
        if out is not None:
            out[k] = r
        else:
            sparse[str(k)] = r
        k += 1
    charge_rest(k, EVERY_256)
    if out is not None:
        return _new_array(realm, out)
    a = array_create(length)
    for key, r in sparse.items():
        create_data_property_or_throw(a, key, r)
    return a


@proto.method("pop", 0)
def array_pop(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.pop ( ) (sec-array.prototype.pop)."""
    if type(this) is JSArray:
        d = this.dense
        if d and this.length_writable and d[-1] is not MISSING:
            this.length -= 1  # NON-SPEC: fast path
            return d.pop()
    o = to_object(this)
    length = length_of_array_like(o)
    if length == 0:
        _set(o, "length", 0.0)
        return None
    new_len = length - 1
    index = str(new_len)
    element = o.get(index, o)
    delete_property_or_throw(o, index)
    _set(o, "length", float(new_len))
    return element


@proto.method("push", 1)
def array_push(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.push ( ...items ) (sec-array.prototype.push)."""
    if type(this) is JSArray:
        d = this.dense
        if d is not None and this.length_writable and this.extensible and (
                index_sets_stay_own(this) or _protos_lack(this, len(d), len(args))):
            d.extend(args)  # NON-SPEC: fast path
            n = len(d)
            this.length = n
            return float(n)
    o = to_object(this)
    length = length_of_array_like(o)
    if length + len(args) > MAX_SAFE:
        throw_type_error("Pushing elements past 2^53-1 length")
    for k, e in enumerate(args):
        if not k & EVERY_4096:
            check_every(k, EVERY_4096)
        _set(o, str(length), e)
        length += 1
    charge_rest(len(args), EVERY_4096)
    _set(o, "length", float(length))
    return float(length)


register_inline("push", array_push)  # one value appended in line by emitted calls (compiler/emit.py)
register_inline("pop", array_pop)  # in line too


def _reduce(o: JSObject, length: int, fn: Any, args: list[Any], right: bool) -> Any:
    if length == 0 and len(args) < 2:
        throw_type_error("Reduce of empty array with no initial value")
    step = -1 if right else 1
    k = length - 1 if right else 0
    if len(args) >= 2:
        acc = args[1]
    else:
        found = False
        while 0 <= k < length:
            if not k & 255:
                # the budget check, and past the holes that follow
                k = _prev_element(o, k) if right else _next_element(o, k, length)
                if not 0 <= k < length:
                    break
            if _has(o, k):
                acc = _get(o, k)
                found = True
                k += step
                break
            k += step
        if not found:
            throw_type_error("Reduce of empty array with no initial value")
    is_arr = type(o) is JSArray
    code, agent = _emitted_code(fn), get_agent()
    while 0 <= k < length:
        if not k & 255:
            k = _prev_element(o, k) if right else _next_element(o, k, length)
            if not 0 <= k < length:
                break
        if is_arr:
            d = o.dense  # type: ignore[attr-defined]
            if d is not None and k < len(d) and d[k] is not MISSING:
                # NON-SPEC: fast path (an emitted callback through its positional entry)
                e4 = code.e4 if code is not None else None
                acc = (e4(fn, None, agent, EMITTED_CALL, acc, d[k], float(k), o) if e4 is not None
                       else fn.call(None, [acc, d[k], float(k), o]))
                k += step
                continue
        pk = str(k)
        if o.has_property(pk):
            acc = call(fn, None, [acc, o.get(pk, o), float(k), o])
        k += step
    return acc


@proto.method("reduce", 1)
def array_reduce(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.reduce ( callback [ , initialValue ] ) (sec-array.prototype.reduce)."""
    o = _this_object(this, "reduce")
    length = length_of_array_like(o)
    fn = _callable_arg(argument(args, 0))
    return _reduce(o, length, fn, args, False)


@proto.method("reduceRight", 1)
def array_reduce_right(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.reduceRight ( callback [ , initialValue ] ) (sec-array.prototype.reduceright)."""
    o = _this_object(this, "reduceRight")
    length = length_of_array_like(o)
    fn = _callable_arg(argument(args, 0))
    return _reduce(o, length, fn, args, True)


@proto.method("reverse", 0)
def array_reverse(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.reverse ( ) (sec-array.prototype.reverse)."""
    o = to_object(this)
    length = length_of_array_like(o)
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        check_stop(length)  # NON-SPEC: a step per element (see check_stop)
        d.reverse()  # NON-SPEC: fast path
        return o
    middle = length // 2
    lower = 0
    while lower != middle:
        _check_stop()
        upper = length - lower - 1
        upper_p = str(upper)
        lower_p = str(lower)
        lower_exists = o.has_property(lower_p)
        if lower_exists:
            lower_value = o.get(lower_p, o)
        upper_exists = o.has_property(upper_p)
        if upper_exists:
            upper_value = o.get(upper_p, o)
        if lower_exists and upper_exists:
            _set(o, lower_p, upper_value)
            _set(o, upper_p, lower_value)
        elif upper_exists:
            _set(o, lower_p, upper_value)
            delete_property_or_throw(o, upper_p)
        elif lower_exists:
            delete_property_or_throw(o, lower_p)
            _set(o, upper_p, lower_value)
        lower += 1
    return o


@proto.method("shift", 0)
def array_shift(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.shift ( ) (sec-array.prototype.shift)."""
    if type(this) is JSArray:
        d = this.dense
        if d and this.length_writable and d[0] is not MISSING and _plain_dense(this) is not None:
            check_bulk(len(d))  # NON-SPEC: fast path (the elements moved: a step per 1,024)
            this.length -= 1
            return d.pop(0)
    o = to_object(this)
    length = length_of_array_like(o)
    if length == 0:
        _set(o, "length", 0.0)
        return None
    first = o.get("0", o)
    for k in range(1, length):
        _check_stop()
        frm = str(k)
        to = str(k - 1)
        if o.has_property(frm):
            _set(o, to, o.get(frm, o))
        else:
            delete_property_or_throw(o, to)
    delete_property_or_throw(o, str(length - 1))
    _set(o, "length", float(length - 1))
    return first


@proto.method("slice", 2)
def array_slice(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.slice ( start, end ) (sec-array.prototype.slice)."""
    if type(this) is JSArray and (d := this.dense) is not None and len(args) <= 2:
        # NON-SPEC fast path: a dense array, finite Numbers or undefined: truncated, a Python
        # slice takes them as _relative does (a negative one from the end, clamped); the new
        # array a plain one of this realm (_species_is_default) without holes, or whose holes
        # read through an index-free chain (_plain_dense), as the steps below make it
        a = args[0] if args else None
        b = args[1] if len(args) == 2 else None
        if (a is None or type(a) is float and a - a == 0.0) and (b is None or type(b) is float and b - b == 0.0):
            part = d[0 if a is None else int(a):None if b is None else int(b)]
            if (MISSING not in part or _protos_index_free(this)) and _species_is_default(realm, this):
                check_stop(len(part))  # a step per element (see check_stop)
                return _new_array(realm, part)
    o = to_object(this)
    length = length_of_array_like(o)
    k = _relative(argument(args, 0), length)
    final = _relative_end(argument(args, 1), length)
    count = max(final - k, 0)
    if _species_is_default(realm, o):
        d = _plain_dense(o)
        if d is not None and len(d) == length:
            check_stop(count)  # NON-SPEC: a step per element (see check_stop)
            return _new_array(realm, d[k:final] if count else [])  # NON-SPEC: fast path
    elif type(o) is JSArguments and (d := _arguments_elements(o, length)) is not None:
        # NON-SPEC fast path: ``Array.prototype.slice.call(arguments)`` (no array: ArraySpeciesCreate
        # is ArrayCreate)
        return _new_array(realm, d[k:final] if count else [])
    a = array_species_create(realm, o, count)
    n = 0
    while k < final:
        if _has(o, k):
            _check_stop()
            create_data_property_or_throw(a, str(n), _get(o, k))
            k += 1
            n += 1
        else:
            k2 = _past_hole(o, k, final)
            n += k2 - k
            k = k2
    _set(a, "length", float(n))
    return a


# --- sort -----------------------------------------------------------------------------------

def compare_array_elements(x: Any, y: Any, comparator: Any) -> float:
    """CompareArrayElements (sec-comparearrayelements)."""
    if x is None and y is None:
        return 0.0
    if x is None:
        return 1.0
    if y is None:
        return -1.0
    if comparator is not None:
        v = to_number(call(comparator, None, [x, y]))
        if v != v:
            return 0.0
        return v
    xs = to_string(x)
    ys = to_string(y)
    if xs < ys:
        return -1.0
    if ys < xs:
        return 1.0
    return 0.0


def _stable_sort(job: tuple[list[Any], Any]) -> list[Any]:
    """NON-SPEC: ``list.sort`` (a stable merge sort in C) of ``items`` by ``compare(y, x)``, a
    Number that is negative when y sorts before x (NaN compares as 0). It runs under
    ``c_reentry``: the comparator re-enters the interpreter from C, so a comparator that sorts
    again piles up C frames; c_reentry counts them against the thread's C-stack budget and
    continues on a helper thread's stack past it. The stop flag is seen by the comparator's
    own call (its budget check), as for every JS call."""
    items, compare = job
    return sorted(items, key=cmp_to_key(compare))


# NON-SPEC: the longest list sorted by _small_stable_sort
_SMALL_SORT = 16


def _small_stable_sort(items: list[Any], compare: Any) -> list[Any]:
    """NON-SPEC: a binary insertion sort (what ``list.sort`` does with so few items), stable,
    by ``compare(y, x)`` as in _stable_sort; written in Python, so that a comparator that sorts
    again piles up no C frames and c_reentry's thread is not needed."""
    out: list[Any] = []
    for x in items:
        lo, hi = 0, len(out)
        while lo < hi:
            mid = (lo + hi) >> 1
            if compare(x, out[mid]) < 0:
                hi = mid
            else:
                lo = mid + 1
        out.insert(lo, x)
    return out


_RUN = 1 << 16


def _sorted_in_runs(items: list[Any], key: Any = None) -> list[Any]:
    """NON-SPEC: ``sorted(items, key=key)`` (stable), for a long list in steps with the budget
    check between them: runs of _RUN items sorted, then merged two by two (``sorted`` merges two
    sorted runs in linear time; the earlier run first, so equal keys keep their order). One C
    sort of millions of strings runs for seconds (8,388,608 random ones: 5 s); in steps it is
    slower (11 s, the last merge 0.45 s), so a list of up to 2**19 items (0.2 s) is sorted at
    once."""
    n = len(items)
    if n <= 1 << 19:
        return sorted(items, key=key)
    runs = []
    for base in range(0, n, _RUN):
        check_stop()
        runs.append(sorted(items[base:base + _RUN], key=key))
    while len(runs) > 1:
        merged = []
        for i in range(0, len(runs) - 1, 2):
            check_stop()
            merged.append(sorted(runs[i] + runs[i + 1], key=key))
        if len(runs) % 2:
            merged.append(runs[-1])
        runs = merged
    return runs[0]


def sort_values(items: list[Any], comparator: Any) -> list[Any]:
    """Step 'Sort items' of SortIndexedProperties (sec-sortindexedproperties) with
    CompareArrayElements: a stable sort of a copy; undefined values go last (they compare
    greater than anything without calling the comparator); an abrupt comparator propagates."""
    defined = [v for v in items if v is not None]
    undefs = len(items) - len(defined)
    if len(defined) > 1:
        if comparator is None:
            # NON-SPEC: a step budget is charged a step per comparison, n * log2(n), before
            # the sort (see check_stop)
            check_stop(len(defined) * len(defined).bit_length())
            # NON-SPEC: ToString once per value (the order is the same as comparing the
            # strings pairwise; the count of ToString calls is implementation-defined). The
            # keys are made by a Python loop, not by list.sort's C code, so that a toString
            # that sorts again recurses on Python frames (a C sort would pile up C frames).
            if all(type(v) is str for v in defined):
                if len(defined) <= 1 << 19:
                    defined.sort()
                else:
                    defined = _sorted_in_runs(defined)
            else:
                n = len(defined)
                if n <= 4096:
                    keys = [to_string(v) for v in defined]
                    order = sorted(range(n), key=keys.__getitem__)
                else:
                    keys = []
                    for base in range(0, n, 4096):  # (the budget checked between slices)
                        if base:
                            check_stop(4096)
                        keys.extend([to_string(v) for v in defined[base:base + 4096]])
                    order = _sorted_in_runs(list(range(n)), keys.__getitem__)
                defined = [defined[i] for i in order]
        else:
            fn = comparator
            # NON-SPEC: an emitted comparator is called through its positional entry (see
            # _emitted_code)
            code, agent = _emitted_code(fn), get_agent()

            def compare(y: Any, x: Any) -> Any:
                """comparator(y, x) as a Number (CompareArrayElements for defined values)."""
                direct = code.e2 if code is not None else None
                r = direct(fn, None, agent, EMITTED_CALL, y, x) if direct is not None else fn.call(None, [y, x])
                return r if type(r) is float else to_number(r)
            if len(defined) <= _SMALL_SORT:
                defined = _small_stable_sort(defined, compare)
            else:
                defined = c_reentry(agent, _stable_sort, (defined, compare))
    if undefs:
        defined.extend([None] * undefs)
    return defined


def sort_indexed_properties(o: JSObject, length: int, comparator: Any, skip_holes: bool) -> list[Any]:
    """SortIndexedProperties (sec-sortindexedproperties)."""
    check_alloc(items=length)  # NON-SPEC: the memory limit, before the items are gathered
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        check_stop(length)  # NON-SPEC: a step per element (see check_stop)
        # NON-SPEC: fast path: reading own plain data properties runs no user code.
        if skip_holes:
            items = [v for v in d if v is not MISSING]
        else:
            items = [None if v is MISSING else v for v in d]
    elif skip_holes:
        items = []
        k = 0
        while k < length:
            if _has(o, k):
                _check_stop()
                items.append(_get(o, k))
                k += 1
            else:
                k = _past_hole(o, k, length)
    else:
        items = []
        for k in range(length):
            _check_stop()
            items.append(_get(o, k))
    return sort_values(items, comparator)


@proto.method("sort", 1)
def array_sort(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.sort ( comparator ) (sec-array.prototype.sort)."""
    comparator = argument(args, 0)
    if comparator is not None and not is_callable(comparator):
        throw_type_error("The comparison function must be either a function or undefined")
    o = to_object(this)
    length = length_of_array_like(o)
    sorted_list = sort_indexed_properties(o, length, comparator, True)
    item_count = len(sorted_list)
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        # NON-SPEC: fast path (re-checked: the comparator may have mutated o). Set on own plain
        # elements or on holes of an index-free prototype chain, deletes of plain elements.
        sorted_list.extend([MISSING] * (length - item_count))
        d[:] = sorted_list
        return o
    for j in range(item_count):
        _set(o, str(j), sorted_list[j])
    if type(o) is JSArray and o.dense is None:
        # NON-SPEC: deleting an absent own property does nothing, observably: only the
        # elements present from item_count up to the length read first are deleted, in the
        # same (ascending) order
        present = [i for i in map(array_index, [k for k in o.props if type(k) is str]) if item_count <= i < length]
        for j in sorted(present):
            _check_stop()
            delete_property_or_throw(o, str(j))
        return o
    for j in range(item_count, length):
        _check_stop()
        delete_property_or_throw(o, str(j))
    return o


@proto.method("toSorted", 1)
def array_to_sorted(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.toSorted ( comparator ) (sec-array.prototype.tosorted)."""
    comparator = argument(args, 0)
    if comparator is not None and not is_callable(comparator):
        throw_type_error("The comparison function must be either a function or undefined")
    o = to_object(this)
    length = length_of_array_like(o)
    if length > 2**32 - 1:
        throw_range_error("Invalid array length")
    sorted_list = sort_indexed_properties(o, length, comparator, False)
    return _new_array(realm, sorted_list)


# --- splice and friends ------------------------------------------------------------------------

@proto.method("splice", 2)
def array_splice(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.splice ( start, deleteCount, ...items ) (sec-array.prototype.splice)."""
    o = to_object(this)
    length = length_of_array_like(o)
    actual_start = _relative(argument(args, 0), length)
    items = list(args[2:])
    item_count = len(items)
    if not args:
        delete_count = 0
    elif len(args) == 1:
        delete_count = length - actual_start
    else:
        dc = to_integer_or_infinity(args[1])
        delete_count = int(min(max(dc, 0), length - actual_start))
    new_len = length + item_count - delete_count
    if new_len > MAX_SAFE:
        throw_type_error("Invalid array length")
    if type(o) is JSArray and o.length_writable and o.extensible and _species_is_default(realm, o):
        d = _plain_dense(o)
        if d is not None and len(d) == length and (item_count <= delete_count or _protos_lack(o, length, item_count - delete_count)):
            check_stop(delete_count + item_count)  # NON-SPEC: a step per element (see check_stop)
            # NON-SPEC: fast path
            removed = d[actual_start:actual_start + delete_count]
            d[actual_start:actual_start + delete_count] = items
            o.length = len(d)
            return _new_array(realm, removed)
    a = array_species_create(realm, o, delete_count)
    for k in range(delete_count):
        _check_stop()
        if _has(o, actual_start + k):
            create_data_property_or_throw(a, str(k), _get(o, actual_start + k))
    _set(a, "length", float(delete_count))
    if item_count < delete_count:
        for k in range(actual_start, length - delete_count):
            _check_stop()
            frm = str(k + delete_count)
            to = str(k + item_count)
            if o.has_property(frm):
                _set(o, to, o.get(frm, o))
            else:
                delete_property_or_throw(o, to)
        k = length
        while k > new_len:
            _check_stop()
            delete_property_or_throw(o, str(k - 1))
            k -= 1
    elif item_count > delete_count:
        k = length - delete_count
        while k > actual_start:
            _check_stop()
            frm = str(k + delete_count - 1)
            to = str(k + item_count - 1)
            if o.has_property(frm):
                _set(o, to, o.get(frm, o))
            else:
                delete_property_or_throw(o, to)
            k -= 1
    k = actual_start
    for e in items:
        _set(o, str(k), e)
        k += 1
    _set(o, "length", float(new_len))
    return a


@proto.method("toSpliced", 2)
def array_to_spliced(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.toSpliced ( start, skipCount, ...items ) (sec-array.prototype.tospliced)."""
    o = to_object(this)
    length = length_of_array_like(o)
    actual_start = _relative(argument(args, 0), length)
    items = list(args[2:])
    insert_count = len(items)
    if not args:
        skip_count = 0
    elif len(args) == 1:
        skip_count = length - actual_start
    else:
        sc = to_integer_or_infinity(args[1])
        skip_count = int(min(max(sc, 0), length - actual_start))
    new_len = length + insert_count - skip_count
    if new_len > MAX_SAFE:
        throw_type_error("Invalid array length")
    if new_len > 2**32 - 1:
        throw_range_error("Invalid array length")
    check_alloc(items=new_len)  # NON-SPEC: the memory limit, before the copy is made
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        check_stop(length)  # NON-SPEC: a step per element (see check_stop)
        # NON-SPEC: fast path (holes read as undefined)
        out = [None if v is MISSING else v for v in d[:actual_start]]
        out.extend(items)
        out.extend(None if v is MISSING else v for v in d[actual_start + skip_count:])
        return _new_array(realm, out)
    out = []
    for i in range(actual_start):
        _check_stop()
        out.append(_get(o, i))
    out.extend(items)
    r = actual_start + skip_count
    while len(out) < new_len:
        _check_stop()
        out.append(_get(o, r))
        r += 1
    return _new_array(realm, out)


@proto.method("toReversed", 0)
def array_to_reversed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.toReversed ( ) (sec-array.prototype.toreversed)."""
    o = to_object(this)
    length = length_of_array_like(o)
    if length > 2**32 - 1:
        throw_range_error("Invalid array length")
    check_alloc(items=length)  # NON-SPEC: the memory limit, before the copy is made
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        check_stop(length)  # NON-SPEC: a step per element (see check_stop)
        return _new_array(realm, [None if v is MISSING else v for v in reversed(d)])  # NON-SPEC
    out = []
    for k in range(length):
        _check_stop()
        out.append(_get(o, length - k - 1))
    return _new_array(realm, out)


@proto.method("with", 2)
def array_with(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.with ( index, value ) (sec-array.prototype.with)."""
    o = to_object(this)
    length = length_of_array_like(o)
    rel = to_integer_or_infinity(argument(args, 0))
    actual = rel if rel >= 0 else length + rel
    if actual >= length or actual < 0:
        throw_range_error("Invalid index")
    if length > 2**32 - 1:
        throw_range_error("Invalid array length")
    idx = int(actual)
    value = argument(args, 1)
    check_alloc(items=length)  # NON-SPEC: the memory limit, before the copy is made
    d = _plain_dense(o)
    if d is not None and len(d) == length:
        check_stop(length)  # NON-SPEC: a step per element (see check_stop)
        out = [None if v is MISSING else v for v in d]  # NON-SPEC: fast path
        out[idx] = value
        return _new_array(realm, out)
    out = []
    for k in range(length):
        _check_stop()
        out.append(value if k == idx else _get(o, k))
    return _new_array(realm, out)


@proto.method("toLocaleString", 0)
def array_to_locale_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.toLocaleString ( [ locales [ , options ] ] ) (sec-array.prototype.tolocalestring),
    as ECMA-402 defines it (its sec-array.prototype.tolocalestring): each element's
    toLocaleString is invoked with « locales, options »."""
    locales_options = [argument(args, 0), argument(args, 1)]
    o = to_object(this)
    length = length_of_array_like(o)
    join_stack = get_agent().join_stack
    for x in join_stack:
        if x is o:
            return ""
    # NON-SPEC: the length - 1 separators alone past the longest string: a RangeError at once,
    # not a loop of up to 2**53 Gets ending in it
    if length - 1 > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")
    join_stack.append(o)
    try:
        parts = []
        total = 0
        for k in range(length):
            check_stop()
            v = _get(o, k)
            if v is None or v is NULL:
                s = ""
            else:
                s = to_string(invoke(v, "toLocaleString", locales_options))
            total += len(s) + 1
            if total > MAX_STRING_LENGTH:
                throw_range_error("Invalid string length")
            parts.append(s)
        return ",".join(parts)
    finally:
        join_stack.pop()


@proto.method("toString", 0)
def array_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.toString ( ) (sec-array.prototype.tostring)."""
    o = to_object(this)
    func = o.get("join", o)
    if not is_callable(func):
        func = realm.intrinsics.get("%Object.prototype.toString%")
        if func is None:
            # NON-SPEC: the intrinsic is not registered: use the function installed on
            # %Object.prototype% by its setup.
            stored = realm.object_prototype.props.get("toString")
            func = stored.value if type(stored) is Prop else stored
        if not is_callable(func):
            return "[object " + o.class_name + "]"
    return func.call(o, [])


@proto.method("unshift", 1)
def array_unshift(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Array.prototype.unshift ( ...items ) (sec-array.prototype.unshift)."""
    arg_count = len(args)
    if type(this) is JSArray:
        d = this.dense
        if (d is not None and this.length_writable and this.extensible
                and (arg_count == 0 or _plain_dense(this) is not None)
                and _protos_lack(this, len(d), arg_count)):
            check_bulk(len(d) + arg_count)  # NON-SPEC: fast path (the elements moved: a step per 1,024)
            d[0:0] = args
            this.length = len(d)
            return float(len(d))
    o = to_object(this)
    length = length_of_array_like(o)
    if arg_count > 0:
        if length + arg_count > MAX_SAFE:
            throw_type_error("Invalid array length")
        k = length
        while k > 0:
            _check_stop()
            frm = str(k - 1)
            to = str(k + arg_count - 1)
            if o.has_property(frm):
                _set(o, to, o.get(frm, o))
            else:
                delete_property_or_throw(o, to)
            k -= 1
        for j, e in enumerate(args):
            _set(o, str(j), e)
    _set(o, "length", float(length + arg_count))
    return float(length + arg_count)


# --- Array Iterator objects (sec-array-iterator-objects) -------------------------------------

KIND_KEYS = 0
KIND_VALUES = 1
KIND_ENTRIES = 2


class ArrayIterator(JSObject):
    """An Array Iterator instance (sec-properties-of-array-iterator-instances):
    [[IteratedArrayLike]] (None once exhausted), [[ArrayLikeNextIndex]],
    [[ArrayLikeIterationKind]]."""

    __slots__ = ("iterated", "index", "kind")

    def __init__(self, proto: JSObject | None, iterated: Any, kind: int) -> None:
        JSObject.__init__(self, proto)
        self.iterated = iterated
        self.index = 0
        self.kind = kind


def create_array_iterator(realm: "Realm", array: JSObject, kind: int) -> ArrayIterator:
    """CreateArrayIterator (sec-createarrayiterator). ``kind`` is KIND_KEYS, KIND_VALUES or
    KIND_ENTRIES."""
    return ArrayIterator(realm.intrinsics["%ArrayIteratorPrototype%"], array, kind)



def _array_iterator_advance(it: ArrayIterator) -> int:
    """Steps of %ArrayIteratorPrototype%.next (sec-%arrayiteratorprototype%.next) up to its
    result: the index of the next element, or -1 once the iterator is exhausted (its
    [[IteratedArrayLike]] then becomes undefined)."""
    a = it.iterated
    if a is None:
        return -1
    index = it.index
    if type(a) is JSArray:
        length = a.length
    else:
        # Typed arrays (objects with [[TypedArrayName]]) provide ``array_iterator_length()``:
        # ValidateTypedArrayBounds (throwing TypeError when out of bounds) then TypedArrayLength.
        ta_len = getattr(a, "array_iterator_length", None)
        length = ta_len() if ta_len is not None else length_of_array_like(a)
    if index >= length:
        it.iterated = None
        return -1
    it.index = index + 1
    return index


@iter_proto.method("next", 0)
def array_iterator_next(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%ArrayIteratorPrototype%.next ( ) (sec-%arrayiteratorprototype%.next)."""
    if type(this) is not ArrayIterator:
        throw_type_error(incompatible_receiver("Array Iterator.prototype.next", this))
    a = this.iterated
    index = _array_iterator_advance(this)
    if index < 0:
        return create_iter_result_object(None, True, realm)
    kind = this.kind
    if kind == KIND_KEYS:
        return create_iter_result_object(float(index), False, realm)
    value = _get(a, index)
    if kind == KIND_VALUES:
        return create_iter_result_object(value, False, realm)
    return create_iter_result_object(_new_array(realm, [float(index), value]), False, realm)


def _array_iterator_step(it: Any) -> Any:
    """NON-SPEC: the step of %ArrayIteratorPrototype%.next for IteratorStepValue (see
    iteration.register_fast_next): the value array_iterator_next would put in its result object,
    or DONE; NOT_FAST for another receiver or kind."""
    if type(it) is not ArrayIterator or it.kind != KIND_VALUES:
        return NOT_FAST
    a = it.iterated
    index = _array_iterator_advance(it)
    return DONE if index < 0 else _get(a, index)


register_fast_next(array_iterator_next, _array_iterator_step)
ARRAY_ITERATION[:] = [ArrayIterator, array_iterator_next, KIND_VALUES, array_values]


def _array_iter_next_is_default(realm: "Realm") -> bool:
    """NON-SPEC: %ArrayIteratorPrototype%.next is still the built-in."""
    return builtin_data_property(realm.intrinsics["%ArrayIteratorPrototype%"], "next", array_iterator_next) is not None


def _spread_values(obj: JSArray) -> list[Any] | None:
    """NON-SPEC (iteration.register_fast_list): the values IteratorToList(GetIterator(obj))
    gives (a spread, ``[...a]``, ``f(...a)``) for a dense array without holes whose iteration
    nothing changed (iteration.untouched_array_iteration): the iterator, its results and the
    reads of the elements are then unobservable -- else None."""
    dense = obj.dense
    if untouched_array_iteration(obj) is None or dense is None or dense_has_hole(dense):
        return None
    check_stop(len(dense))  # a step per element (see check_stop)
    check_alloc(items=len(dense))  # the memory limit, before the copy is made
    return dense[:]


def dense_has_hole(dense: list[Any]) -> bool:
    """NON-SPEC: whether a dense element list holds a hole (MISSING, which equals nothing but
    itself); a long list looked at in pieces with the budget checked between them (one scan of
    2**24 elements took 0.3 s)."""
    n = len(dense)
    if n <= 1 << 16:
        return MISSING in dense
    for start in range(0, n, 1 << 16):
        check_stop()
        try:
            dense.index(MISSING, start, start + (1 << 16))
            return True
        except ValueError:
            pass
    return False


register_fast_list(_spread_values)


# --- setup ----------------------------------------------------------------------------------

_UNSCOPABLES = (
    "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat",
    "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values",
)


def setup(realm: "Realm") -> None:
    ap = JSArray(realm.object_prototype)
    realm.intrinsics["%Array.prototype%"] = ap
    realm.array_prototype = ap
    ctor = make_constructor(realm, array_constructor, "Array", 1, ap)
    realm.intrinsics["%Array%"] = ctor
    proto.install(realm, ap)
    statics.install(realm, ctor)
    values_fn = ap.props["values"].value
    ap.define_builtin(SYM_ITERATOR, values_fn)
    realm.intrinsics["%Array.prototype.values%"] = values_fn
    realm.intrinsics["%Array.prototype.toString%"] = ap.props["toString"].value
    unscopables = JSObject(None)
    for name in _UNSCOPABLES:
        unscopables.props[name] = True
    ap.define_builtin(SYM_UNSCOPABLES, unscopables, C)

    aip = JSObject(realm.intrinsics["%Iterator.prototype%"])
    realm.intrinsics["%ArrayIteratorPrototype%"] = aip
    iter_proto.install(realm, aip)
    aip.define_builtin(SYM_TO_STRING_TAG, "Array Iterator", C)

    realm.define_global("Array", ctor)


__all__ = [
    "setup", "array_species_create", "create_array_iterator", "ArrayIterator", "KIND_KEYS",
    "KIND_VALUES", "KIND_ENTRIES", "is_concat_spreadable", "flatten_into_array",
    "compare_array_elements", "sort_values", "sort_indexed_properties", "same_value",
]
