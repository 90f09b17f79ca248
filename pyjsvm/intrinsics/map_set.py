"""Keyed collections (sec-keyed-collections): Map and Set objects, their iterators
(sec-map-iterator-objects, sec-set-iterator-objects), Map.groupBy and the set methods
(sec-set.prototype.union ...) with GetSetRecord.

NON-SPEC storage: the spec's [[MapData]] / [[SetData]] List (with ~empty~ entries left by
deletions) is an ``OrderedTable``: parallel ``keys`` / ``values`` lists where a deleted entry is a
tombstone (``EMPTY``), plus a dict from the normalized key to its position for O(1) lookup.
Tombstones are compacted away when they pile up; the positions held by live cursors (iterators,
forEach loops, the set methods) are remapped then, so iteration stays "live": entries added
during iteration are visited, deleted ones are skipped, and after clear() an iterator continues
with the entries added later.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import EVERY_256, JSThrow, charge_rest, check_alloc, check_allocation, check_every, check_stop, current_realm, throw_range_error, throw_type_error
from pyjsvm.runtime.iteration import (
    DONE, NOT_FAST, IteratorRecord, builtin_data_property, get_iterator, get_iterator_from_method, iterator_close,
    iterator_step_value, register_fast_next, untouched_array_iteration,
)
from pyjsvm.runtime.objects import MISSING, BuiltinFunction, C, JSArray, JSObject
from pyjsvm.runtime.operations import (
    call, create_array_from_list, get_prototype_from_constructor, is_callable, require_object_coercible,
    to_boolean, to_display, to_integer_or_infinity, to_number,
)
from pyjsvm.runtime.values import SYM_ITERATOR, SYM_SPECIES, SYM_TO_STRING_TAG, NULL as NULL_, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.runtime.iteration import create_iter_result_object
from pyjsvm.runtime.operations import incompatible_receiver, to_property_key

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


class _Empty:
    """The spec's ~empty~ marker of a deleted entry."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "EMPTY"


EMPTY: Any = _Empty()


class _Tag:
    """NON-SPEC: hashable stand-ins for keys Python would confuse (True == 1.0, NaN != NaN)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


_NAN_KEY = _Tag("NaN")
_TRUE_KEY = _Tag("true")
_FALSE_KEY = _Tag("false")


def normalize_key(k: Any) -> Any:
    """NON-SPEC: a Python dict key such that two JS values are SameValueZero
    (sec-samevaluezero) exactly when their normalized keys are equal. -0 and +0 are equal
    floats; JSBigInt hashes by value; objects and symbols by identity."""
    t = type(k)
    if t is float:
        return _NAN_KEY if k != k else k
    if t is bool:
        return _TRUE_KEY if k else _FALSE_KEY
    return k


# NON-SPEC: the fast heads of Map get, has and set and Set has and add read an OrderedTable's positions
# directly with a key that is its own normalized key: ``type(k) is not bool and k == k``,
# neither a Boolean nor NaN (a JSBigInt compares equal to itself)


def canonicalize_keyed_collection_key(k: Any) -> Any:
    """CanonicalizeKeyedCollectionKey (sec-canonicalizekeyedcollectionkey): -0 becomes +0."""
    if type(k) is float and k == 0.0:
        return 0.0
    return k


class Cursor:
    """NON-SPEC: a position in an OrderedTable that survives compaction."""

    __slots__ = ("index", "__weakref__")

    def __init__(self) -> None:
        self.index = 0


COMPACT_MIN = 16


# NON-SPEC: from this many entries a Map or Set checks its next growth against the memory limit
# (at each power of two), counting this many bytes per entry it has: the dict's next table
# (resized at 2/3 of a power of two: 4-byte indices for 4n slots and 24-byte entries for
# 2/3 of them, about 80 bytes per entry) and the two lists' growth
GROWTH_CHECK_MIN = 1 << 15
GROWTH_BYTES_PER_ENTRY = 96


class OrderedTable:
    """NON-SPEC: the [[MapData]] / [[SetData]] List of a Map or Set."""

    __slots__ = ("pos", "keys", "values", "size", "cursors")

    def __init__(self) -> None:
        self.pos: dict[Any, int] = {}
        self.keys: list[Any] = []
        self.values: list[Any] = []
        self.size = 0
        self.cursors: weakref.WeakSet[Cursor] = weakref.WeakSet()

    def copy(self) -> "OrderedTable":
        t = OrderedTable()
        for i, k in enumerate(self.keys):
            if k is not EMPTY:
                t.add(k, self.values[i])
        return t

    def cursor(self) -> Cursor:
        c = Cursor()
        self.cursors.add(c)
        return c

    def find(self, k: Any) -> int:
        """The position of ``k`` (SameValueZero) or -1."""
        return self.pos.get(normalize_key(k), -1)

    def has(self, k: Any) -> bool:
        return normalize_key(k) in self.pos

    def get(self, k: Any) -> Any:
        i = self.pos.get(normalize_key(k), -1)
        return None if i < 0 else self.values[i]

    def add(self, k: Any, v: Any = None) -> None:
        """Set the value of ``k`` or append a new entry (with the key canonicalized)."""
        nk = normalize_key(k)
        i = self.pos.get(nk, -1)
        if i >= 0:
            self.values[i] = v
            return
        n = len(self.keys)
        if n >= GROWTH_CHECK_MIN and not n & (n - 1):
            # NON-SPEC: near each doubling the dict of positions resizes in one allocation:
            # checked against the memory limit before it happens
            check_allocation(GROWTH_BYTES_PER_ENTRY * n)
        self.pos[nk] = n
        self.keys.append(canonicalize_keyed_collection_key(k))
        self.values.append(v)
        self.size += 1

    def delete(self, k: Any) -> bool:
        i = self.pos.pop(normalize_key(k), -1)
        if i < 0:
            return False
        self.keys[i] = EMPTY
        self.values[i] = None
        self.size -= 1
        n = len(self.keys)
        if n >= COMPACT_MIN and self.size * 2 < n:
            self.compact()
        return True

    def clear(self) -> None:
        """Every entry becomes ~empty~; cursors continue with entries appended later."""
        self.pos = {}
        self.keys = []
        self.values = []
        self.size = 0
        for c in list(self.cursors):
            c.index = 0

    def compact(self) -> None:
        """Drop tombstones and remap the positions of live cursors."""
        keys = self.keys
        values = self.values
        cursors = list(self.cursors)
        remap: list[int] | None = [] if cursors else None
        new_keys: list[Any] = []
        new_values: list[Any] = []
        pos: dict[Any, int] = {}
        for i, k in enumerate(keys):
            if remap is not None:
                remap.append(len(new_keys))
            if k is not EMPTY:
                pos[normalize_key(k)] = len(new_keys)
                new_keys.append(k)
                new_values.append(values[i])
        if remap is not None:
            remap.append(len(new_keys))
            for c in cursors:
                c.index = remap[min(c.index, len(keys))]
        self.keys = new_keys
        self.values = new_values
        self.pos = pos

    def next_position(self, c: Cursor) -> int:
        """The next non-empty position at or after the cursor (advancing it past), or -1."""
        keys = self.keys
        i = c.index
        n = len(keys)
        while i < n:
            if keys[i] is not EMPTY:
                c.index = i + 1
                return i
            i += 1
        c.index = i
        return -1

    def live_keys(self) -> list[Any]:
        return [k for k in self.keys if k is not EMPTY]


class JSMap(JSObject):
    """A Map instance (sec-properties-of-map-instances) with its [[MapData]]."""

    __slots__ = ("map_data",)

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.map_data = OrderedTable()


class JSSet(JSObject):
    """A Set instance (sec-properties-of-set-instances) with its [[SetData]]."""

    __slots__ = ("set_data",)

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.set_data = OrderedTable()


KIND_KEYS = 0
KIND_VALUES = 1
KIND_ENTRIES = 2


class CollectionIterator(JSObject):
    """A Map or Set Iterator (sec-createmapiterator, sec-createsetiterator): the generator's
    state is the table (None once done), a cursor and the kind."""

    __slots__ = ("table", "cursor", "kind")

    def __init__(self, proto: JSObject | None, table: OrderedTable, kind: int) -> None:
        JSObject.__init__(self, proto)
        self.table: OrderedTable | None = table
        self.cursor = table.cursor()
        self.kind = kind


class MapIterator(CollectionIterator):
    __slots__ = ()


class SetIterator(CollectionIterator):
    __slots__ = ()


map_proto = BuiltinTable()
map_statics = BuiltinTable()
set_proto = BuiltinTable()
set_statics = BuiltinTable()
map_iter_proto = BuiltinTable()
set_iter_proto = BuiltinTable()



def _this_map(this: Any, name: str) -> JSMap:
    if not isinstance(this, JSMap):
        throw_type_error(incompatible_receiver(("get " if name == "size" else "") + "Map.prototype." + name, this))
    return this


def _this_set(this: Any, name: str) -> JSSet:
    if not isinstance(this, JSSet):
        throw_type_error(incompatible_receiver(("get " if name == "size" else "") + "Set.prototype." + name, this))
    return this



def _close_with_type_error(rec: IteratorRecord, msg: str) -> None:
    try:
        throw_type_error(msg)
    except JSThrow as e:
        iterator_close(rec, e)
        raise


@map_statics.getter(SYM_SPECIES)
@set_statics.getter(SYM_SPECIES)
def species_getter(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Map [ @@species ] (sec-get-map-@@species), get Set [ @@species ] (sec-get-set-@@species)."""
    return this


# --- Map ------------------------------------------------------------------------------------

def map_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Map ( [ iterable ] ) (sec-map-iterable)."""
    # 1. If NewTarget is undefined, throw a TypeError exception.
    if new_target is None:
        throw_type_error("Constructor Map requires 'new'")
    # 2. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%Map.prototype%", « [[MapData]] »).
    m = JSMap(get_prototype_from_constructor(new_target, "%Map.prototype%"))
    iterable = argument(args, 0)
    # 4. If iterable is either undefined or null, return map.
    if iterable is None or iterable is NULL_:
        return m
    # 5-6. Let adder be ? Get(map, "set"); if IsCallable(adder) is false, throw a TypeError.
    adder = m.get("set", m)
    if not is_callable(adder):
        throw_type_error("'set' returned for property 'set' of object '#<Map>' is not a function")
    # 7. Return ? AddEntriesFromIterable(map, iterable, adder).
    if type(adder) is BuiltinFunction and adder.impl is map_set:
        entries = _entries_fast(realm, iterable)
        if entries is not None:
            _add_all(m.map_data, *entries)
            return m
    return add_entries_from_iterable(m, iterable, adder)


def _untouched_iteration(realm: "Realm", o: JSObject, kind: str, iterator: Any, next_impl: Any) -> bool:
    """NON-SPEC: whether GetIterator(o) and its steps, for a Map or Set ``o`` (``kind``) with
    this realm's prototype, run the built-ins (no own @@iterator, the prototype's the built-in
    ``iterator``, the realm's %MapIteratorPrototype% / %SetIteratorPrototype% ``next`` the
    built-in ``next_impl``): nothing observable happens then."""
    return (SYM_ITERATOR not in o.props and o.proto is realm.intrinsics[f"%{kind}.prototype%"]
            and builtin_data_property(o.proto, SYM_ITERATOR, iterator) is not None
            and builtin_data_property(realm.intrinsics[f"%{kind}IteratorPrototype%"], "next", next_impl) is not None)


def _entries_fast(realm: "Realm", iterable: Any) -> "tuple[list[Any], list[Any]] | None":
    """NON-SPEC: the keys and values AddEntriesFromIterable reads from ``iterable`` when reading
    them runs nothing and nothing else can see it (the adder being the built-in Map.prototype.set):
    a Map of this realm whose iteration nothing changed, or a dense array of dense [key, value]
    arrays whose iteration nothing changed; else None."""
    if type(iterable) is JSMap:
        if not _untouched_iteration(realm, iterable, "Map", map_entries, map_iterator_next):
            return None
        t = iterable.map_data
        return t.keys, t.values
    if untouched_array_iteration(iterable) is None:
        return None
    keys, values = [], []
    for e in iterable.dense:
        if type(e) is not JSArray or (d := e.dense) is None or len(d) < 2 or d[0] is MISSING or d[1] is MISSING:
            return None
        keys.append(d[0])
        values.append(d[1])
    return keys, values


def _add_all(table: "OrderedTable", keys: list[Any], values: list[Any] | None = None) -> None:
    """NON-SPEC: the built-in adder (Map.prototype.set, or Set.prototype.add without ``values``)
    called for each key (and value) in order, skipping the ~empty~ entries of a table's lists; a
    step each is charged, and the memory limit checked for the table first. (Through the
    iterator protocol and a call of the adder, a copy of a Set took 1.3 us an element and
    charged a step per 4,096.)"""
    check_alloc(items=len(keys) * GROWTH_BYTES_PER_ENTRY // 8)
    n = len(keys)
    for i in range(n):
        if not i & EVERY_256:
            check_every(i, EVERY_256)
        k = keys[i]
        if k is not EMPTY:
            table.add(k, None if values is None else values[i])
    charge_rest(n, EVERY_256)


def add_entries_from_iterable(target: JSObject, iterable: Any, adder: Any) -> JSObject:
    """AddEntriesFromIterable (sec-add-entries-from-iterable)."""
    rec = get_iterator(iterable)
    while True:
        nxt = iterator_step_value(rec)
        if nxt is DONE:
            return target
        if not isinstance(nxt, JSObject):
            _close_with_type_error(rec, f"Iterator value {to_display(nxt)} is not an entry object")
        try:
            k = nxt.get("0", nxt)
            v = nxt.get("1", nxt)
            call(adder, target, [k, v])
        except JSThrow as e:
            iterator_close(rec, e)
            raise


def group_by(items: Any, callback: Any, key_coercion: str) -> OrderedTable:
    """GroupBy (sec-groupby) for keyCoercion ~collection~ (``key_coercion`` 'collection'):
    groups as an OrderedTable from key to a Python list of elements. (Object.groupBy uses
    ~property~ and lives with Object.)"""
    require_object_coercible(items)
    if not is_callable(callback):
        throw_type_error(f"{to_display(callback)} is not a function")
    groups = OrderedTable()
    rec = get_iterator(items)
    k = 0
    while True:
        if k >= 2**53 - 1:
            _close_with_type_error(rec, "Too many elements passed to groupBy")
        nxt = iterator_step_value(rec)
        if nxt is DONE:
            return groups
        value = nxt
        try:
            key = call(callback, None, [value, float(k)])
            if key_coercion == "property":
                key = to_property_key(key)
        except JSThrow as e:
            iterator_close(rec, e)
            raise
        key = canonicalize_keyed_collection_key(key)
        # AddValueToKeyedGroup (sec-add-value-to-keyed-group)
        i = groups.find(key)
        if i >= 0:
            groups.values[i].append(value)
        else:
            groups.add(key, [value])
        k += 1


@map_statics.method("groupBy", 2)
def map_group_by(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.groupBy ( items, callback ) (sec-map.groupby)."""
    groups = group_by(argument(args, 0), argument(args, 1), "collection")
    m = JSMap(realm.intrinsics["%Map.prototype%"])
    for i, key in enumerate(groups.keys):
        m.map_data.add(key, create_array_from_list(groups.values[i], realm))
    return m


@map_proto.method("clear", 0)
def map_clear(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.clear ( ) (sec-map.prototype.clear)."""
    _this_map(this, "clear").map_data.clear()
    return None


@map_proto.method("delete", 1)
def map_delete(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.delete ( key ) (sec-map.prototype.delete)."""
    return _this_map(this, "delete").map_data.delete(argument(args, 0))


@map_proto.method("entries", 0)
def map_entries(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.entries ( ) (sec-map.prototype.entries)."""
    return create_map_iterator(realm, this, KIND_ENTRIES, "entries")


@map_proto.method("forEach", 1)
def map_for_each(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.forEach ( callbackfn [ , thisArg ] ) (sec-map.prototype.foreach)."""
    m = _this_map(this, "forEach")
    fn = argument(args, 0)
    if not is_callable(fn):
        throw_type_error(f"{to_display(fn)} is not a function")
    this_arg = argument(args, 1)
    table = m.map_data
    cur = table.cursor()
    while True:
        i = table.next_position(cur)
        if i < 0:
            return None
        call(fn, this_arg, [table.values[i], table.keys[i], m])


@map_proto.method("get", 1)
def map_get(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.get ( key ) (sec-map.prototype.get)."""
    if type(this) is JSMap and args and type(k := args[0]) is not bool and k == k:
        t = this.map_data  # NON-SPEC: fast head (see normalize_key)
        i = t.pos.get(k, -1)
        return None if i < 0 else t.values[i]
    return _this_map(this, "get").map_data.get(argument(args, 0))


@map_proto.method("getOrInsert", 2)
def map_get_or_insert(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.getOrInsert ( key, value ) (proposal-upsert, sec-map.prototype.getorinsert)."""
    table = _this_map(this, "getOrInsert").map_data
    key = canonicalize_keyed_collection_key(argument(args, 0))
    i = table.find(key)
    if i >= 0:
        return table.values[i]
    value = argument(args, 1)
    table.add(key, value)
    return value


@map_proto.method("getOrInsertComputed", 2)
def map_get_or_insert_computed(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.getOrInsertComputed ( key, callbackfn ) (proposal-upsert,
    sec-map.prototype.getorinsertcomputed)."""
    table = _this_map(this, "getOrInsertComputed").map_data
    fn = argument(args, 1)
    if not is_callable(fn):
        throw_type_error(f"{to_display(fn)} is not a function")
    key = canonicalize_keyed_collection_key(argument(args, 0))
    i = table.find(key)
    if i >= 0:
        return table.values[i]
    value = call(fn, None, [key])
    # The callback may have added the key: then its value is overwritten (add() does both).
    table.add(key, value)
    return value


@map_proto.method("has", 1)
def map_has(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.has ( key ) (sec-map.prototype.has)."""
    if type(this) is JSMap and args and type(k := args[0]) is not bool and k == k:
        return k in this.map_data.pos  # NON-SPEC: fast head (see normalize_key)
    return _this_map(this, "has").map_data.has(argument(args, 0))


@map_proto.method("keys", 0)
def map_keys(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.keys ( ) (sec-map.prototype.keys)."""
    return create_map_iterator(realm, this, KIND_KEYS, "keys")


@map_proto.method("set", 2)
def map_set(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.set ( key, value ) (sec-map.prototype.set)."""
    if type(this) is JSMap and len(args) > 1 and type(k := args[0]) is not bool and k == k:
        # NON-SPEC: fast head (see normalize_key): an existing key's value replaced in place
        t = this.map_data
        i = t.pos.get(k, -1)
        if i >= 0:
            t.values[i] = args[1]
            return this
    _this_map(this, "set").map_data.add(argument(args, 0), argument(args, 1))
    return this


@map_proto.getter("size")
def map_size(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Map.prototype.size (sec-get-map.prototype.size)."""
    return float(_this_map(this, "size").map_data.size)


@map_proto.method("values", 0)
def map_values(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Map.prototype.values ( ) (sec-map.prototype.values)."""
    return create_map_iterator(realm, this, KIND_VALUES, "values")


def create_map_iterator(realm: "Realm", m: Any, kind: int, name: str = "entries") -> MapIterator:
    """CreateMapIterator (sec-createmapiterator)."""
    if not isinstance(m, JSMap):
        throw_type_error(incompatible_receiver("Map.prototype." + name, m))
    return MapIterator(realm.intrinsics["%MapIteratorPrototype%"], m.map_data, kind)


@map_iter_proto.method("next", 0)
def map_iterator_next(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """%MapIteratorPrototype%.next ( ) (sec-%mapiteratorprototype%.next)."""
    if type(this) is not MapIterator:
        throw_type_error(incompatible_receiver("Map Iterator.prototype.next", this))
    return _collection_iterator_next(realm, this)


def _collection_iterator_next(realm: "Realm", it: CollectionIterator) -> JSObject:
    v = _collection_iterator_step(it, realm)
    return create_iter_result_object(None, True, realm) if v is DONE else create_iter_result_object(v, False, realm)


def _collection_iterator_step(it: CollectionIterator, realm: "Realm") -> Any:
    """The steps of %MapIteratorPrototype%.next and %SetIteratorPrototype%.next up to their
    result object: the value it would hold (a key, a value, or a [key, value] array made in
    ``realm``), or DONE once the iterator is exhausted."""
    table = it.table
    if table is None:
        return DONE
    i = table.next_position(it.cursor)
    if i < 0:
        it.table = None
        table.cursors.discard(it.cursor)
        return DONE
    kind = it.kind
    k = table.keys[i]
    if kind == KIND_KEYS:
        return k
    v = table.values[i] if type(it) is MapIterator else k
    if kind == KIND_VALUES:
        return v
    return create_array_from_list([k, v], realm)


def _map_iterator_step(it: Any) -> Any:
    """NON-SPEC: the step of %MapIteratorPrototype%.next for IteratorStepValue
    (iteration.register_fast_next, which calls it in the built-in's realm only): the value its
    fresh result object would hold, or DONE; NOT_FAST for another receiver."""
    return _collection_iterator_step(it, current_realm()) if type(it) is MapIterator else NOT_FAST


def _set_iterator_step(it: Any) -> Any:
    """NON-SPEC: the same for %SetIteratorPrototype%.next."""
    return _collection_iterator_step(it, current_realm()) if type(it) is SetIterator else NOT_FAST


# --- Set ------------------------------------------------------------------------------------

def set_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Set ( [ iterable ] ) (sec-set-iterable)."""
    if new_target is None:
        throw_type_error("Constructor Set requires 'new'")
    s = JSSet(get_prototype_from_constructor(new_target, "%Set.prototype%"))
    iterable = argument(args, 0)
    if iterable is None or iterable is NULL_:
        return s
    adder = s.get("add", s)
    if not is_callable(adder):
        throw_type_error("'add' returned for property 'add' of object '#<Set>' is not a function")
    if type(adder) is BuiltinFunction and adder.impl is set_add:
        values = _values_fast(realm, iterable)
        if values is not None:
            _add_all(s.set_data, values)
            return s
    rec = get_iterator(iterable)
    while True:
        nxt = iterator_step_value(rec)
        if nxt is DONE:
            return s
        try:
            call(adder, s, [nxt])
        except JSThrow as e:
            iterator_close(rec, e)
            raise


def _values_fast(realm: "Realm", iterable: Any) -> list[Any] | None:
    """NON-SPEC: the values iterating ``iterable`` gives when that runs nothing and nothing else
    can see it (the adder being the built-in Set.prototype.add): a Set of this realm whose
    iteration nothing changed (its keys' list, ~empty~ entries included), or a dense array without
    holes whose iteration nothing changed; else None."""
    if type(iterable) is JSSet:
        if not _untouched_iteration(realm, iterable, "Set", set_values, set_iterator_next):
            return None
        return iterable.set_data.keys
    if untouched_array_iteration(iterable) is None or MISSING in iterable.dense:
        return None
    return iterable.dense  # type: ignore[no-any-return]


@set_proto.method("add", 1)
def set_add(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.add ( value ) (sec-set.prototype.add)."""
    if type(this) is JSSet and args and type(k := args[0]) is not bool and k == k and k in this.set_data.pos:
        return this  # NON-SPEC: fast head (see normalize_key): already there
    table = _this_set(this, "add").set_data
    v = argument(args, 0)
    if not table.has(v):
        table.add(v)
    return this


@set_proto.method("clear", 0)
def set_clear(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.clear ( ) (sec-set.prototype.clear)."""
    _this_set(this, "clear").set_data.clear()
    return None


@set_proto.method("delete", 1)
def set_delete(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.delete ( value ) (sec-set.prototype.delete)."""
    return _this_set(this, "delete").set_data.delete(argument(args, 0))


@set_proto.method("entries", 0)
def set_entries(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.entries ( ) (sec-set.prototype.entries)."""
    return create_set_iterator(realm, this, KIND_ENTRIES, "entries")


@set_proto.method("forEach", 1)
def set_for_each(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.forEach ( callbackfn [ , thisArg ] ) (sec-set.prototype.foreach)."""
    s = _this_set(this, "forEach")
    fn = argument(args, 0)
    if not is_callable(fn):
        throw_type_error(f"{to_display(fn)} is not a function")
    this_arg = argument(args, 1)
    table = s.set_data
    cur = table.cursor()
    while True:
        i = table.next_position(cur)
        if i < 0:
            return None
        e = table.keys[i]
        call(fn, this_arg, [e, e, s])


@set_proto.method("has", 1)
def set_has(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.has ( value ) (sec-set.prototype.has)."""
    if type(this) is JSSet and args and type(k := args[0]) is not bool and k == k:
        return k in this.set_data.pos  # NON-SPEC: fast head (see normalize_key)
    return _this_set(this, "has").set_data.has(argument(args, 0))


@set_proto.getter("size")
def set_size(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Set.prototype.size (sec-get-set.prototype.size)."""
    return float(_this_set(this, "size").set_data.size)


@set_proto.method("values", 0)
def set_values(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.values ( ) (sec-set.prototype.values); also Set.prototype.keys."""
    return create_set_iterator(realm, this, KIND_VALUES, "values")


def create_set_iterator(realm: "Realm", s: Any, kind: int, name: str = "values") -> SetIterator:
    """CreateSetIterator (sec-createsetiterator)."""
    if not isinstance(s, JSSet):
        throw_type_error(incompatible_receiver("Set.prototype." + name, s))
    return SetIterator(realm.intrinsics["%SetIteratorPrototype%"], s.set_data, kind)


@set_iter_proto.method("next", 0)
def set_iterator_next(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """%SetIteratorPrototype%.next ( ) (sec-%setiteratorprototype%.next)."""
    if type(this) is not SetIterator:
        throw_type_error(incompatible_receiver("Set Iterator.prototype.next", this))
    return _collection_iterator_next(realm, this)


register_fast_next(map_iterator_next, _map_iterator_step)
register_fast_next(set_iterator_next, _set_iterator_step)


# --- Set methods (ES2025) -----------------------------------------------------------------

class SetRecord:
    """A Set Record (sec-set-records)."""

    __slots__ = ("set_object", "size", "has", "keys")

    def __init__(self, set_object: JSObject, size: float, has: Any, keys: Any) -> None:
        self.set_object = set_object
        self.size = size
        self.has = has
        self.keys = keys


def get_set_record(obj: Any) -> SetRecord:
    """GetSetRecord (sec-getsetrecord)."""
    if not isinstance(obj, JSObject):
        throw_type_error(f"{to_display(obj)} is not an object")
    raw_size = obj.get("size", obj)
    number_size = to_number(raw_size)
    if number_size != number_size:
        throw_type_error("The 'size' property must be a number")
    int_size = to_integer_or_infinity(number_size)
    if int_size < 0:
        throw_range_error("'size' must be non-negative")
    has = obj.get("has", obj)
    if not is_callable(has):
        throw_type_error("The 'has' property must be a function")
    keys = obj.get("keys", obj)
    if not is_callable(keys):
        throw_type_error("The 'keys' property must be a function")
    return SetRecord(obj, int_size, has, keys)


def _new_set(realm: "Realm", table: OrderedTable) -> JSSet:
    r = JSSet(realm.intrinsics["%Set.prototype%"])
    r.set_data = table
    return r


@set_proto.method("union", 1)
def set_union(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.union ( other ) (sec-set.prototype.union)."""
    s = _this_set(this, "union")
    other = get_set_record(argument(args, 0))
    keys_iter = get_iterator_from_method(other.set_object, other.keys)
    result = s.set_data.copy()
    while True:
        check_stop()  # NON-SPEC: the budget check, a step per element
        nxt = iterator_step_value(keys_iter)
        if nxt is DONE:
            break
        if not result.has(nxt):
            result.add(nxt)
    return _new_set(realm, result)


@set_proto.method("intersection", 1)
def set_intersection(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.intersection ( other ) (sec-set.prototype.intersection)."""
    s = _this_set(this, "intersection")
    other = get_set_record(argument(args, 0))
    result = OrderedTable()
    table = s.set_data
    if table.size <= other.size:
        cur = table.cursor()
        while True:
            check_stop()  # NON-SPEC: the budget check, a step per element
            i = table.next_position(cur)
            if i < 0:
                break
            e = table.keys[i]
            if to_boolean(call(other.has, other.set_object, [e])):
                if not result.has(e):
                    result.add(e)
    else:
        keys_iter = get_iterator_from_method(other.set_object, other.keys)
        while True:
            check_stop()  # NON-SPEC: the budget check, a step per element
            nxt = iterator_step_value(keys_iter)
            if nxt is DONE:
                break
            nxt = canonicalize_keyed_collection_key(nxt)
            if s.set_data.has(nxt) and not result.has(nxt):
                result.add(nxt)
    return _new_set(realm, result)


@set_proto.method("difference", 1)
def set_difference(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.difference ( other ) (sec-set.prototype.difference)."""
    s = _this_set(this, "difference")
    other = get_set_record(argument(args, 0))
    result = s.set_data.copy()
    if s.set_data.size <= other.size:
        # The loop visits the entries of the copy (present when it was made), in order.
        for e in result.live_keys():
            check_stop()  # NON-SPEC: the budget check, a step per element
            if to_boolean(call(other.has, other.set_object, [e])):
                result.delete(e)
    else:
        keys_iter = get_iterator_from_method(other.set_object, other.keys)
        while True:
            check_stop()  # NON-SPEC: the budget check, a step per element
            nxt = iterator_step_value(keys_iter)
            if nxt is DONE:
                break
            result.delete(canonicalize_keyed_collection_key(nxt))
    return _new_set(realm, result)


@set_proto.method("symmetricDifference", 1)
def set_symmetric_difference(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.symmetricDifference ( other ) (sec-set.prototype.symmetricdifference)."""
    s = _this_set(this, "symmetricDifference")
    other = get_set_record(argument(args, 0))
    keys_iter = get_iterator_from_method(other.set_object, other.keys)
    result = s.set_data.copy()
    while True:
        check_stop()  # NON-SPEC: the budget check, a step per element
        nxt = iterator_step_value(keys_iter)
        if nxt is DONE:
            break
        nxt = canonicalize_keyed_collection_key(nxt)
        already_in_result = result.has(nxt)
        if s.set_data.has(nxt):
            if already_in_result:
                result.delete(nxt)
        elif not already_in_result:
            result.add(nxt)
    return _new_set(realm, result)


@set_proto.method("isSubsetOf", 1)
def set_is_subset_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.isSubsetOf ( other ) (sec-set.prototype.issubsetof)."""
    s = _this_set(this, "isSubsetOf")
    other = get_set_record(argument(args, 0))
    table = s.set_data
    if table.size > other.size:
        return False
    cur = table.cursor()
    while True:
        check_stop()  # NON-SPEC: the budget check, a step per element
        i = table.next_position(cur)
        if i < 0:
            return True
        if not to_boolean(call(other.has, other.set_object, [table.keys[i]])):
            return False


@set_proto.method("isSupersetOf", 1)
def set_is_superset_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.isSupersetOf ( other ) (sec-set.prototype.issupersetof)."""
    s = _this_set(this, "isSupersetOf")
    other = get_set_record(argument(args, 0))
    if s.set_data.size < other.size:
        return False
    keys_iter = get_iterator_from_method(other.set_object, other.keys)
    while True:
        check_stop()  # NON-SPEC: the budget check, a step per element
        nxt = iterator_step_value(keys_iter)
        if nxt is DONE:
            return True
        if not s.set_data.has(nxt):
            iterator_close(keys_iter, None)
            return False


@set_proto.method("isDisjointFrom", 1)
def set_is_disjoint_from(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Set.prototype.isDisjointFrom ( other ) (sec-set.prototype.isdisjointfrom)."""
    s = _this_set(this, "isDisjointFrom")
    other = get_set_record(argument(args, 0))
    table = s.set_data
    if table.size <= other.size:
        cur = table.cursor()
        while True:
            check_stop()  # NON-SPEC: the budget check, a step per element
            i = table.next_position(cur)
            if i < 0:
                return True
            if to_boolean(call(other.has, other.set_object, [table.keys[i]])):
                return False
    keys_iter = get_iterator_from_method(other.set_object, other.keys)
    while True:
        check_stop()  # NON-SPEC: the budget check, a step per element
        nxt = iterator_step_value(keys_iter)
        if nxt is DONE:
            return True
        if s.set_data.has(nxt):
            iterator_close(keys_iter, None)
            return False


# --- setup ----------------------------------------------------------------------------------

def setup(realm: "Realm") -> None:
    iterator_prototype = realm.intrinsics["%Iterator.prototype%"]

    mp = JSObject(realm.object_prototype)
    realm.intrinsics["%Map.prototype%"] = mp
    mctor = make_constructor(realm, map_constructor, "Map", 0, mp)
    realm.intrinsics["%Map%"] = mctor
    map_proto.install(realm, mp)
    map_statics.install(realm, mctor)
    mp.define_builtin(SYM_ITERATOR, mp.props["entries"].value)
    mp.define_builtin(SYM_TO_STRING_TAG, "Map", C)

    mip = JSObject(iterator_prototype)
    realm.intrinsics["%MapIteratorPrototype%"] = mip
    map_iter_proto.install(realm, mip)
    mip.define_builtin(SYM_TO_STRING_TAG, "Map Iterator", C)

    sp = JSObject(realm.object_prototype)
    realm.intrinsics["%Set.prototype%"] = sp
    sctor = make_constructor(realm, set_constructor, "Set", 0, sp)
    realm.intrinsics["%Set%"] = sctor
    set_proto.install(realm, sp)
    set_statics.install(realm, sctor)
    values_fn = sp.props["values"].value
    sp.define_builtin("keys", values_fn)
    sp.define_builtin(SYM_ITERATOR, values_fn)
    sp.define_builtin(SYM_TO_STRING_TAG, "Set", C)

    sip = JSObject(iterator_prototype)
    realm.intrinsics["%SetIteratorPrototype%"] = sip
    set_iter_proto.install(realm, sip)
    sip.define_builtin(SYM_TO_STRING_TAG, "Set Iterator", C)

    realm.define_global("Map", mctor)
    realm.define_global("Set", sctor)


__all__ = [
    "setup", "JSMap", "JSSet", "OrderedTable", "MapIterator", "SetIterator", "normalize_key",
    "canonicalize_keyed_collection_key", "add_entries_from_iterable", "group_by", "get_set_record",
    "EMPTY",
]
