"""Objects: ordinary objects, property storage and the essential internal methods
(sec-ordinary-object-internal-methods-and-internal-slots), plus the Array exotic object
(sec-array-exotic-objects), primitive wrappers and function objects' common base.

Property storage (NON-SPEC representation): ``obj.props`` maps a property key (``str`` or
``JSSymbol``) either directly to a JS value -- a data property that is writable, enumerable
and configurable, the common case -- or to a ``Prop`` holding any other attributes or an
accessor. Insertion order of ``props`` is the property creation order.

Fast paths for compiled code (a stable interface: the closure compiler and emitted code inline
these; anything else goes through the internal methods ``get``/``set``/``define_own_property``):

- ``type(o) is JSObject`` (exactly: no subclass) means ``o.props`` is o's complete own-property
  store and ``o.proto`` its [[Prototype]] (a JSObject or None).
- Reading key ``k``: ``v = o.props.get(k, MISSING)``; ``v`` not a ``Prop`` (and not MISSING) is
  the value. A ``Prop`` without the ``A`` flag holds it in ``.value``. When absent, the same
  holds for ``o.proto`` as long as each object on the chain is ``type(p) is JSObject``; at the
  first object that is not, or at an accessor, call ``o.get(k, o)``.
- Writing an existing own property: when ``o.props[k]`` is not a ``Prop``, assign ``o.props[k] = v``.
- Adding a property: when ``k not in o.props``, ``o.extensible``, and walking ``o.proto`` through
  exact JSObjects finds no ``k`` or a non-``Prop`` value for it (a writable data property) before
  reaching None, assign ``o.props[k] = v``. Otherwise call ``o.set(k, v, o)``.
- A dense ``JSArray`` keeps elements in ``o.dense`` (a list; MISSING is a hole) while it is not None.
- The global: see ``GlobalEnv`` (runtime/environments.py) and ``JSObject.global_items``.
Nothing here uses hidden classes: a CPython dict lookup with a str key is already about as cheap
as a shape check plus a slot read would be in Python.
"""
from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING, Any, Callable, Iterable

from pyjsvm.runtime.agent import EVERY_65536, ITEM_PIECE, JSThrow, check_every, check_items, checked_pieces, drop_at_full_collection, get_agent, throw_range_error, throw_type_error
from pyjsvm.runtime.conversion import to_number, to_uint32
from pyjsvm.runtime.values import MISSING, NULL, SYM_SPECIES, JSObjectBase, JSSymbol

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

W = 1  # writable
E = 2  # enumerable
C = 4  # configurable
A = 8  # accessor
WEC = W | E | C
# NON-SPEC: a lazy slot, always with ``A``: a data property (its attributes the other flags)
# whose value is made on first use, the ``getter`` a ``LazySlot`` (see there)
L = 16

MAX_ARRAY_INDEX = 2**32 - 2


# NON-SPEC: bumped by every change that could put an accessor or a read-only property on the
# prototype chain of an existing object, or change such a chain: [[DefineOwnProperty]] applying
# a descriptor (for a new property: only an accessor, a read-only one, or a length), [[SetPrototypeOf]] changing a prototype, the direct definitions of built-ins
# and accessors, and [[Delete]] of such a property (JSTypedArray.get_length relies on that). An emitted site that adds a property to an ordinary object remembers the
# prototype (and this count) for which it found no such property on the chain (emit._put_new),
# and stores the next one straight away while both are the same. Every change goes through
# bump_proto_epoch, which also empties the call sites' callee caches (CalleeSite).
PROTO_EPOCH = [0]


class CalleeSite:
    """NON-SPEC: an emitted call site's cache of its callee ``o.k`` (compiler/emit._get_callee):
    ``entry`` is (the receiver's prototype, the data Prop that holds ``k`` there or further up
    its chain, whether it is the prototype's own, and True or -- a holder above the prototype's
    prototype -- the ChainCheck of the objects between), or EMPTY_CALLEE; ``more`` maps other
    prototypes met at the site to such entries; ``fills`` counts the times it was filled. A
    filled site is in FILLED_SITES until PROTO_EPOCH next changes (bump_proto_epoch), which
    empties it. ``owner``: the emitted put site whose setters it caches (compiler/emit._put_new:
    [prototype, PROTO_EPOCH, prototypes, this site]), once that holds a prototype; it is then in
    PUT_SITES, so that the prototypes held are let go at a full collection."""

    __slots__ = ("entry", "more", "fills", "owner", "__weakref__")

    def __init__(self) -> None:
        self.entry: tuple[Any, Any, bool, Any] = EMPTY_CALLEE
        self.more: dict[Any, tuple[Any, Any, bool, Any]] = {}
        self.fills = 0
        self.owner: list[Any] | None = None


class ChainCheck:
    """NON-SPEC: a CalleeSite entry's test, for a holder above the receiver's prototype's
    prototype, that none of the objects between that prototype and the holder has come to own
    the key since (an own data property added there shadows the holder without counting
    PROTO_EPOCH up; anything else that changes the chain does count it). Its truth value is
    the test, which the emitted hit makes after testing the prototype itself."""

    __slots__ = ("objects", "key")

    def __init__(self, objects: tuple[Any, ...], key: Any) -> None:
        self.objects = objects
        self.key = key

    def __bool__(self) -> bool:
        k = self.key
        for o in self.objects:
            if k in o.props:
                return False
        return True


# (its first item is no object's prototype: not even None)
EMPTY_CALLEE: tuple[Any, Any, bool, Any] = (object(), None, True, True)
FILLED_SITES: "weakref.WeakSet[CalleeSite]" = weakref.WeakSet()


def count_proto_epoch() -> None:
    """NON-SPEC: count PROTO_EPOCH up (see there) where no Prop that a CalleeSite may hold
    leaves its object's ``props`` or turns into an accessor: a plain stored value replaced (a
    site holds only Props), or a Prop's attributes changed in place (a site reads its value)."""
    PROTO_EPOCH[0] += 1


# NON-SPEC: held while FILLED_SITES, SITE_OBJECTS, PUT_SITES or PROP_CELLS is added to or
# iterated: agents run on threads of their own, and a thread switch in the middle of a loop over
# one of them, with another thread adding to it, would raise RuntimeError ("changed size during
# iteration") in the looping thread. The full-collection droppers only try it, and skip the
# drop (a memory release, the next full collection's) when it is held: a collection can start
# inside a locked block of the same thread.
SITES_LOCK = threading.Lock()


# NON-SPEC: the objects the filled CalleeSites' entries depend on (a receiver's prototype taken
# as an entry's key, the holder of its Prop, the objects of its ChainCheck): a change to any
# other object (an accessor defined on a new object, a property of an instance deleted) leaves
# every entry true, and the sites filled (see bump_proto_epoch)
SITE_OBJECTS: "weakref.WeakSet[JSObjectBase]" = weakref.WeakSet()


# NON-SPEC: an ordinary global object -> the GlobalCells (runtime/environments.py) that hold
# one of its configurable data Props (a built-in such as ``Math``): such a Prop leaves the
# object's ``props`` (deleted, or replaced by a definition) only where bump_proto_epoch is
# called with the object, which empties them
PROP_CELLS: "weakref.WeakKeyDictionary[JSObjectBase, list[Any]]" = weakref.WeakKeyDictionary()


def bump_proto_epoch(changed: "JSObjectBase | None" = None) -> None:
    """NON-SPEC: count PROTO_EPOCH up (see there), and empty every filled CalleeSite -- unless
    the object ``changed`` is known and no site's entry depends on it (SITE_OBJECTS): the sites
    then stay filled, as a program that keeps defining accessors on new objects would otherwise
    empty them at every step and, past CALLEE_CACHE_FILLS, turn them to the uncached path for
    good. The GlobalCells of ``changed``'s configurable Props (PROP_CELLS; all of them when
    ``changed`` is not known) are emptied too."""
    PROTO_EPOCH[0] += 1
    if PROP_CELLS:
        with SITES_LOCK:
            for held in (PROP_CELLS.values() if changed is None else [PROP_CELLS.get(changed, ())]):
                for cell in held:
                    cell.p = None
                if held:
                    held.clear()  # type: ignore[attr-defined]
    if FILLED_SITES and (changed is None or changed in SITE_OBJECTS):
        with SITES_LOCK:
            for site in FILLED_SITES:
                site.entry = EMPTY_CALLEE
                site.more = {}
            FILLED_SITES.clear()
            SITE_OBJECTS.clear()


# NON-SPEC: the CalleeSites whose ``owner`` (an emitted put site) holds a prototype
PUT_SITES: "weakref.WeakSet[CalleeSite]" = weakref.WeakSet()


def _drop_under_sites_lock(drop: Callable[[], None]) -> Callable[[], None]:
    """NON-SPEC: register ``drop`` (a loop over the site caches) to run at each full collection
    when SITES_LOCK is free, else to skip that one (see SITES_LOCK)."""
    def locked_drop() -> None:
        if not SITES_LOCK.acquire(blocking=False):
            return
        try:
            drop()
        finally:
            SITES_LOCK.release()
    drop_at_full_collection(locked_drop)
    return drop


@_drop_under_sites_lock
def _drop_put_sites() -> None:
    """NON-SPEC: let go of the prototypes the emitted put sites hold (see CalleeSite.owner)."""
    for s in PUT_SITES:
        if s.owner is not None:
            s.owner[1] = -1  # (first: a reader that sees the old prototype then misses)
            s.owner[0] = MISSING
            s.owner[2] = None


@_drop_under_sites_lock
def _drop_callee_sites() -> None:
    """NON-SPEC: empty every filled CalleeSite, whose entries hold prototypes (and their realms)
    in code that outlives a context (a cached compiled script, a function shared by realms).
    The sets stay (the dropper may interrupt their iteration: see drop_at_full_collection); a
    site emptied here refills at its next misses, which are not counted against its
    CALLEE_CACHE_FILLS: its count goes down by the entries let go (else a host that collects
    between runs would, after that many collections, leave every site on the generic read)."""
    for s in FILLED_SITES:
        s.fills = max(0, s.fills - (s.entry is not EMPTY_CALLEE) - len(s.more))
        s.entry = EMPTY_CALLEE
        s.more = {}


class Prop:
    """A stored property whose attributes are not all true, or an accessor property."""

    __slots__ = ("value", "getter", "setter", "flags")

    def __init__(self, value: Any = None, flags: int = 0, getter: Any = None, setter: Any = None) -> None:
        self.value = value
        self.flags = flags
        self.getter = getter  # JS function or None (undefined)
        self.setter = setter

    def __repr__(self) -> str:
        if self.flags & A:
            return f"Prop(get={self.getter!r}, set={self.setter!r}, flags={self.flags})"
        return f"Prop({self.value!r}, flags={self.flags})"


class LazySlot:
    """NON-SPEC: the stand-in for a data property whose value is made on first use (a realm's
    lazily created built-ins, pyjsvm.intrinsics.realm). It is stored as ``Prop(None, A | L | flags,
    slot)``: ``A`` sends every fast path to the internal methods, which read it as a getter (its
    ``call`` makes the value and returns it) or, seeing ``L``, ``materialise`` it first and go on
    with the data property it was all along. Deleting it needs no value: the ordinary ``delete``.
    ``make()`` replaces the slot in ``holder.props`` (keeping its position)."""

    __slots__ = ("holder", "key", "make")

    def __init__(self, holder: "JSObject", key: Any, make: Callable[[], None]) -> None:
        self.holder = holder
        self.key = key
        self.make = make

    def fill(self, value: Any, flags: int) -> None:
        """For ``make``: store the data property made, unless the slot is gone (deleted)."""
        props = self.holder.props
        stored = props.get(self.key, MISSING)
        if type(stored) is Prop and stored.getter is self:
            props[self.key] = value if flags == WEC else Prop(value, flags)
            bump_proto_epoch(self.holder)

    def materialise(self) -> Any:
        """Make the value; what ``holder.props`` stores for the key now (MISSING if nothing)."""
        self.make()
        props = self.holder.props
        stored = props.get(self.key, MISSING)
        if type(stored) is Prop and stored.flags & L:  # not made after all: a bug, never a loop
            del props[self.key]
            return MISSING
        return stored

    def call(self, this: Any, args: list[Any]) -> Any:
        """Read as a getter (by [[Get]] and the fast paths): the data property's value."""
        stored = self.materialise()
        if type(stored) is Prop:
            return _call_getter(stored.getter, this) if stored.flags & A else stored.value
        return None if stored is MISSING else stored


class PropertyDescriptor:
    """The Property Descriptor specification type (sec-property-descriptor-specification-type).
    Absent fields are ``MISSING``."""

    __slots__ = ("value", "writable", "get", "set", "enumerable", "configurable")

    def __init__(self, value: Any = MISSING, writable: Any = MISSING, get: Any = MISSING, set: Any = MISSING,
                 enumerable: Any = MISSING, configurable: Any = MISSING) -> None:
        self.value = value
        self.writable = writable
        self.get = get
        self.set = set
        self.enumerable = enumerable
        self.configurable = configurable

    def is_accessor(self) -> bool:
        """IsAccessorDescriptor (sec-isaccessordescriptor)."""
        return self.get is not MISSING or self.set is not MISSING

    def is_data(self) -> bool:
        """IsDataDescriptor (sec-isdatadescriptor)."""
        return self.value is not MISSING or self.writable is not MISSING

    def is_generic(self) -> bool:
        """IsGenericDescriptor (sec-isgenericdescriptor)."""
        return not self.is_accessor() and not self.is_data()

    def __repr__(self) -> str:
        fields = [f"{n}={getattr(self, n)!r}" for n in self.__slots__ if getattr(self, n) is not MISSING]
        return "PropertyDescriptor(" + ", ".join(fields) + ")"


def data_desc(value: Any, writable: bool = True, enumerable: bool = True, configurable: bool = True) -> PropertyDescriptor:
    return PropertyDescriptor(value=value, writable=writable, enumerable=enumerable, configurable=configurable)


def stored_to_descriptor(stored: Any) -> PropertyDescriptor:
    """NON-SPEC: turn what ``props`` stores into a complete Property Descriptor."""
    if type(stored) is Prop:
        f = stored.flags
        if f & A:
            if f & L:
                return stored_to_descriptor(stored.getter.materialise())
            return PropertyDescriptor(get=stored.getter, set=stored.setter, enumerable=bool(f & E), configurable=bool(f & C))
        return PropertyDescriptor(value=stored.value, writable=bool(f & W), enumerable=bool(f & E), configurable=bool(f & C))
    return PropertyDescriptor(value=stored, writable=True, enumerable=True, configurable=True)


def descriptor_to_stored(desc: PropertyDescriptor) -> Any:
    """NON-SPEC: store a complete descriptor in the compact form (defaults for absent fields)."""
    flags = (E if desc.enumerable is True else 0) | (C if desc.configurable is True else 0)
    if desc.is_accessor():
        g = desc.get if desc.get is not MISSING else None
        s = desc.set if desc.set is not MISSING else None
        return Prop(None, flags | A, g, s)
    if desc.writable is True:
        flags |= W
    value = desc.value if desc.value is not MISSING else None
    if flags == WEC:
        return value
    return Prop(value, flags)


def array_index(key: Any) -> int:
    """NON-SPEC: the integer an array-index key stands for (sec-array-index), or -1."""
    if type(key) is not str or not key:
        return -1
    c = key[0]
    if c < "0" or c > "9":
        return -1
    if c == "0":
        return 0 if len(key) == 1 else -1
    if not key.isdigit() or not key.isascii():
        return -1
    n = int(key)
    return n if n <= MAX_ARRAY_INDEX else -1


def is_integer_key(key: Any) -> bool:
    return array_index(key) >= 0


def _call_getter(getter: Any, receiver: Any) -> Any:
    if getter is None:
        return None
    return getter.call(receiver, [])


class JSObject(JSObjectBase):
    """An ordinary object (sec-ordinary-object-internal-methods-and-internal-slots)."""

    __slots__ = ("props", "proto", "extensible", "__weakref__")

    # NON-SPEC: class-level traits, overridden by exotic objects.
    class_name = "Object"        # the builtinTag used by Object.prototype.toString
    simple_props = True          # all own properties live in ``props`` (no virtual ones)
    is_callable = False
    is_constructor = False
    is_proxy = False
    # NON-SPEC: whether [[SetPrototypeOf]] never changes the prototype (an immutable prototype
    # exotic object's refuses): an emitted call site's cache may then take the object as an
    # ordinary one (compiler/emit.callee_layout), whatever that method is
    immutable_prototype = False
    # NON-SPEC: a bound function's [[BoundTargetFunction]] (intrinsics/function.BoundFunction,
    # whose slot it is); None on every other object, found here without a failed attribute
    # lookup (GetFunctionRealm tests it first, for every ArraySpeciesCreate)
    bound_target: Any = None
    # NON-SPEC: whether [[GetOwnProperty]] may do more than read (a deferred module namespace's
    # evaluates its module): code that only describes an object (error messages) leaves it alone
    effectful_own_property = False
    # NON-SPEC: for a contextified global over a plain dict, that dict (see
    # GlobalEnv.items); such a global also has ``attrs`` (non-default attributes of its items,
    # empty when all are writable) and ``cache`` (item -> (Python value, the JS object it is)).
    global_items: "dict[str, Any] | None" = None
    # NON-SPEC: for a contextified global (api/contextified.py), the object it was made from (its
    # store): what the global ``this`` is, seen from outside the context.
    contextified_object: "JSObject | None" = None

    def __init__(self, proto: "JSObject | None" = None) -> None:
        self.props: dict[Any, Any] = {}
        self.proto: JSObject | None = proto
        self.extensible = True

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.class_name}>"

    # --- [[GetPrototypeOf]] / [[SetPrototypeOf]] -------------------------------------------
    def get_prototype_of(self) -> Any:
        """OrdinaryGetPrototypeOf (sec-ordinarygetprototypeof). Returns a JSObject or NULL."""
        p = self.proto
        return NULL if p is None else p

    def set_prototype_of(self, v: Any) -> bool:
        """OrdinarySetPrototypeOf (sec-ordinarysetprototypeof). ``v`` is a JSObject or NULL."""
        new = None if v is NULL else v
        if new is self.proto:
            return True
        if not self.extensible:
            return False
        p = new
        while p is not None:
            if p is self:
                return False
            if p.is_proxy or type(p).get_prototype_of is not JSObject.get_prototype_of:
                break
            p = p.proto
        self.proto = new
        bump_proto_epoch(self)
        return True

    # --- [[IsExtensible]] / [[PreventExtensions]] -----------------------------------------
    def is_extensible(self) -> bool:
        return self.extensible

    def prevent_extensions(self) -> bool:
        self.extensible = False
        return True

    # --- [[GetOwnProperty]] -----------------------------------------------------------------
    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        """OrdinaryGetOwnProperty (sec-ordinarygetownproperty)."""
        stored = self.props.get(key, MISSING)
        if stored is MISSING:
            return None
        return stored_to_descriptor(stored)

    # --- [[DefineOwnProperty]] -------------------------------------------------------------
    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        """OrdinaryDefineOwnProperty (sec-ordinarydefineownproperty)."""
        return ordinary_define_own_property(self, key, desc)

    # --- [[HasProperty]] --------------------------------------------------------------------
    def has_property(self, key: Any) -> bool:
        """OrdinaryHasProperty (sec-ordinaryhasproperty)."""
        o: JSObject | None = self
        while o is not None:
            if o.simple_props:
                if key in o.props:
                    return True
                p = o.proto
                if p is not None and not p.simple_props:
                    return p.has_property(key)
                o = p
            else:
                if o.get_own_property(key) is not None:
                    return True
                p = o.get_prototype_of()
                if p is NULL:
                    return False
                if not p.simple_props:
                    return p.has_property(key)
                o = p
        return False

    # --- [[Get]] ------------------------------------------------------------------------------
    def get(self, key: Any, receiver: Any) -> Any:
        """OrdinaryGet (sec-ordinaryget), walking the chain of ordinary objects in a loop."""
        o: JSObject = self
        while True:
            v = o.props.get(key, MISSING)
            if v is not MISSING:
                if type(v) is Prop:
                    if v.flags & A:
                        return _call_getter(v.getter, receiver)
                    return v.value
                return v
            p = o.proto
            if p is None:
                return None
            if not p.simple_props:
                return p.get(key, receiver)
            o = p

    # --- [[Set]] ------------------------------------------------------------------------------
    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        """OrdinarySet (sec-ordinaryset) with NON-SPEC fast paths for an own plain data property
        and for adding one: an extensible object whose chain of objects with all their
        properties in ``props`` ends, or reaches a plain (writable) data property of the key,
        before anything else (OrdinarySetWithOwnDescriptor then creates the property on the
        receiver)."""
        props = self.props
        cur = props.get(key, MISSING)
        if receiver is self:
            if cur is not MISSING:
                if type(cur) is not Prop:
                    props[key] = value
                    return True
            elif self.extensible and self.simple_props:
                p = self.proto
                while p is not None and p.simple_props:
                    found = p.props.get(key, MISSING)
                    if found is not MISSING:
                        if type(found) is Prop:
                            break
                        props[key] = value
                        return True
                    p = p.proto
                else:
                    if p is None:
                        props[key] = value
                        return True
        return ordinary_set(self, key, value, receiver)

    # --- [[Delete]] ---------------------------------------------------------------------------
    def delete(self, key: Any) -> bool:
        """OrdinaryDelete (sec-ordinarydelete)."""
        props = self.props
        cur = props.get(key, MISSING)
        if cur is MISSING:
            return True
        if type(cur) is Prop:
            if not cur.flags & C:
                return False
            bump_proto_epoch(self)  # (an accessor or a read-only property is gone: see PROTO_EPOCH)
        del props[key]
        return True

    # --- [[OwnPropertyKeys]] ----------------------------------------------------------------
    def own_property_keys(self) -> list[Any]:
        """OrdinaryOwnPropertyKeys (sec-ordinaryownpropertykeys)."""
        return ordered_keys(self.props)

    # --- [[Call]] / [[Construct]]: only function objects have them ---------------------------
    def call(self, this: Any, args: list[Any]) -> Any:
        throw_type_error("object is not a function")

    def construct(self, args: list[Any], new_target: Any) -> Any:
        throw_type_error("object is not a constructor")

    # --- NON-SPEC conveniences used by built-ins -------------------------------------------
    def lookup_binding(self, key: Any) -> Any:
        """NON-SPEC: HasProperty then Get in one step (an object Environment Record's
        HasBinding + GetBindingValue); MISSING when absent. Exotic globals override it."""
        if self.has_property(key):
            return self.get(key, self)
        return MISSING

    def get_v(self, key: Any) -> Any:
        """Get(O, P) (sec-get-o-p)."""
        return self.get(key, self)

    def define_builtin(self, key: Any, value: Any, flags: int = W | C) -> None:
        """Create a property directly (for setting up intrinsics; no checks)."""
        self.props[key] = value if flags == WEC else Prop(value, flags)
        bump_proto_epoch(self)

    def define_accessor(self, key: Any, getter: Any, setter: Any, flags: int = C) -> None:
        self.props[key] = Prop(None, flags | A, getter, setter)
        bump_proto_epoch(self)


DIGITS = frozenset("0123456789")  # (the first characters of an array index)


def index_keys(n: int, dense: list[Any] | None = None) -> list[Any]:
    """NON-SPEC: the keys '0', '1' ... of the indices below ``n`` (those where ``dense`` holds an
    element, when given), for the [[OwnPropertyKeys]] of a String object, a typed array or a dense
    array: made in pieces with the budget checked before each (checked_pieces), so that the keys
    of a big one charge a step each and stop at a run's timeout."""
    if n <= ITEM_PIECE:  # (one piece, charged as checked_pieces charges it; without its generator)
        check_items(n)
        return [*map(str, range(n))] if dense is None else [str(i) for i, v in enumerate(dense) if v is not MISSING]
    keys: list[Any] = []
    for r in checked_pieces(range(n)):
        keys += map(str, r) if dense is None else [str(i) for i in r if dense[i] is not MISSING]
    return keys


def ordered_keys(props: dict[Any, Any]) -> list[Any]:
    """Integer indices ascending, then strings in creation order, then symbols in creation order.
    NON-SPEC: the keys of a big object are charged to a step budget first, a step each
    (check_items: Reflect.ownKeys of an object of 400,000 keys was one step)."""
    check_items(len(props))
    # (most often every key is a string that is no index: one pass keeps them all)
    strs: list[Any] = [k for k in props if type(k) is str and k[:1] not in DIGITS]
    if len(strs) == len(props):
        return strs
    ints: list[tuple[int, str]] = []
    strs = []
    syms: list[Any] = []
    for k in props:
        if type(k) is str:
            c = k[:1]
            if "0" <= c <= "9":
                n = array_index(k)
                if n >= 0:
                    ints.append((n, k))
                    continue
            strs.append(k)
        else:
            syms.append(k)
    if ints:
        ints.sort()
        return [k for _, k in ints] + strs + syms
    if syms:
        return strs + syms
    return strs


def ordinary_set(o: JSObject, key: Any, value: Any, receiver: Any) -> bool:
    """OrdinarySet (sec-ordinaryset)."""
    # 1. Let ownDesc be ? O.[[GetOwnProperty]](P), walking up while absent.
    cur: Any = o
    stored: Any = MISSING
    while True:
        if cur.simple_props:
            stored = cur.props.get(key, MISSING)
            if stored is not MISSING:
                break
        else:
            d = cur.get_own_property(key)
            if d is not None:
                return ordinary_set_with_own_descriptor(cur, key, value, receiver, d)
        p = cur.proto if not cur.is_proxy else None
        if cur.is_proxy or (not cur.simple_props and type(cur).get_prototype_of is not JSObject.get_prototype_of):
            pp = cur.get_prototype_of()
            if pp is NULL:
                stored = MISSING
                break
            return pp.set(key, value, receiver)
        if p is None:
            break
        if not p.simple_props:
            return p.set(key, value, receiver)
        cur = p
    if stored is MISSING:
        return _set_on_receiver(key, value, receiver)
    if type(stored) is Prop:
        f = stored.flags
        if f & A:
            if f & L:
                stored.getter.materialise()
                return ordinary_set(o, key, value, receiver)
            setter = stored.setter
            if setter is None:
                return False
            setter.call(receiver, [value])
            return True
        if not f & W:
            return False
    # A writable data property.
    return _set_on_receiver(key, value, receiver)


def _set_on_receiver(key: Any, value: Any, receiver: Any) -> bool:
    """Steps 2.c-2.e of OrdinarySetWithOwnDescriptor for a writable data property."""
    if not isinstance(receiver, JSObject):
        return False
    if receiver.simple_props:
        ex = receiver.props.get(key, MISSING)
        if ex is not MISSING:
            if type(ex) is Prop:
                if ex.flags & L:
                    ex.getter.materialise()
                    return _set_on_receiver(key, value, receiver)
                if ex.flags & A or not ex.flags & W:
                    return False
                ex.value = value
                return True
            receiver.props[key] = value
            return True
        if not receiver.extensible:
            return False
        receiver.props[key] = value
        return True
    existing = receiver.get_own_property(key)
    if existing is not None:
        if existing.is_accessor() or existing.writable is False:
            return False
        return receiver.define_own_property(key, PropertyDescriptor(value=value))
    return receiver.define_own_property(key, data_desc(value))


def ordinary_set_with_own_descriptor(o: JSObject, key: Any, value: Any, receiver: Any, own: PropertyDescriptor) -> bool:
    """OrdinarySetWithOwnDescriptor (sec-ordinarysetwithowndescriptor), given a found ownDesc."""
    if own.is_data():
        if own.writable is False:
            return False
        return _set_on_receiver(key, value, receiver)
    setter = own.set
    if setter is None or setter is MISSING:
        return False
    setter.call(receiver, [value])
    return True


def validate_and_apply_property_descriptor(o: JSObject | None, key: Any, extensible: bool,
                                           desc: PropertyDescriptor, current: PropertyDescriptor | None) -> bool:
    """ValidateAndApplyPropertyDescriptor (sec-validateandapplypropertydescriptor).
    When ``o`` is given it must store its properties in ``props``."""
    if current is None:
        if not extensible:
            return False
        if o is not None:
            stored = o.props[key] = descriptor_to_stored(desc)
            # (a new writable data property changes nothing the epoch guards: a set through
            # the chain makes the receiver's own property as if it were absent, and a callee
            # site tests the receiver's and the level between's own keys itself; a typed
            # array's length is the exception, see JSTypedArray.get_length)
            if type(stored) is Prop and (stored.flags & A or not stored.flags & W) or key == "length":
                bump_proto_epoch(o)
        return True
    if desc.is_generic() and desc.enumerable is MISSING and desc.configurable is MISSING:
        return True
    if current.configurable is False:
        if desc.configurable is True:
            return False
        if desc.enumerable is not MISSING and desc.enumerable is not current.enumerable:
            return False
        if not desc.is_generic() and desc.is_accessor() != current.is_accessor():
            return False
        if current.is_accessor():
            if desc.get is not MISSING and desc.get is not current.get:
                return False
            if desc.set is not MISSING and desc.set is not current.set:
                return False
        elif current.writable is False:
            if desc.writable is True:
                return False
            if desc.value is not MISSING and not same_value(desc.value, current.value):
                return False
    if o is not None:
        if current.is_data() and desc.is_accessor():
            new = PropertyDescriptor(get=desc.get if desc.get is not MISSING else None,
                                     set=desc.set if desc.set is not MISSING else None,
                                     enumerable=desc.enumerable if desc.enumerable is not MISSING else current.enumerable,
                                     configurable=desc.configurable if desc.configurable is not MISSING else current.configurable)
        elif current.is_accessor() and desc.is_data():
            new = PropertyDescriptor(value=desc.value if desc.value is not MISSING else None,
                                     writable=desc.writable if desc.writable is not MISSING else False,
                                     enumerable=desc.enumerable if desc.enumerable is not MISSING else current.enumerable,
                                     configurable=desc.configurable if desc.configurable is not MISSING else current.configurable)
        else:
            new = PropertyDescriptor()
            for f in PropertyDescriptor.__slots__:
                v = getattr(desc, f)
                setattr(new, f, v if v is not MISSING else getattr(current, f))
        stored = descriptor_to_stored(new)
        props = o.props
        old = props.get(key, MISSING)
        if current.configurable is False and type(old) is Prop and type(stored) is Prop:
            # NON-SPEC: a non-configurable property keeps its Prop, which a GlobalCell
            # (runtime/environments.py) may hold for the global object's (and stays data or
            # accessor: a call site's cache may keep it)
            old.value, old.flags, old.getter, old.setter = stored.value, stored.flags, stored.getter, stored.setter
            count_proto_epoch()
        else:
            props[key] = stored
            # (a plain stored value replaced: no call site's cache holds it -- Object.freeze of
            # a new object empties none of them)
            if type(old) is Prop:
                bump_proto_epoch(o)
            else:
                count_proto_epoch()
    return True


def ordinary_define_own_property(o: JSObject, key: Any, desc: PropertyDescriptor) -> bool:
    """OrdinaryDefineOwnProperty (sec-ordinarydefineownproperty)."""
    stored = o.props.get(key, MISSING)
    current = None if stored is MISSING else stored_to_descriptor(stored)
    return validate_and_apply_property_descriptor(o, key, o.extensible, desc, current)


def same_value(x: Any, y: Any) -> bool:
    """SameValue (sec-samevalue)."""
    if type(x) is float and type(y) is float:
        if x != x:
            return y != y
        if x == 0.0 and y == 0.0:
            return str(x) == str(y)
        return x == y
    return same_value_non_number(x, y)


def same_value_non_number(x: Any, y: Any) -> bool:
    """SameValueNonNumber (sec-samevaluenonnumber), also tolerating Numbers of different types."""
    tx, ty = type(x), type(y)
    if tx is not ty:
        return False
    if tx is str or tx is bool:
        return x == y
    if tx.__name__ == "JSBigInt":
        return x.value == y.value
    return x is y


# --- Array exotic objects --------------------------------------------------------------------

DENSE_GROWTH_LIMIT = 1 << 16  # NON-SPEC: how far past the end a write may extend dense storage
DENSE_AGAIN_MIN = 1 << 10  # NON-SPEC: the fewest own keys for which a sparse array turns dense again
DENSE_AGAIN_SHARE = 8  # NON-SPEC: ... when one index in this many holds an element


class JSArray(JSObject):
    """An Array exotic object (sec-array-exotic-objects).

    NON-SPEC storage: while ``dense`` is a list, elements 0..len-1 live there (``MISSING`` for a
    hole), every element is a plain (writable, enumerable, configurable) data property and
    ``length == len(dense)``. Otherwise ``dense`` is None and elements live in ``props`` under
    their string keys, with ``length`` kept beside them.
    """

    __slots__ = ("dense", "length", "length_writable")
    class_name = "Array"
    simple_props = False

    def __init__(self, proto: JSObject | None, values: list[Any] | None = None) -> None:
        # NON-SPEC: JSObject.__init__ inlined (one Python frame less per array made)
        self.props: dict[Any, Any] = {}
        self.proto: JSObject | None = proto
        self.extensible = True
        self.dense: list[Any] | None = values if values is not None else []
        self.length = len(self.dense) if self.dense is not None else 0
        self.length_writable = True

    # --- NON-SPEC helpers ------------------------------------------------------------------
    def make_sparse(self) -> None:
        """Move dense elements into ``props`` (before the first non-plain element)."""
        d = self.dense
        if d is None:
            return
        old = self.props
        new: dict[Any, Any] = {}
        for i, v in enumerate(d):
            if v is not MISSING:
                new[str(i)] = v
            if not i & EVERY_65536 and i:
                check_every(i, EVERY_65536)  # (a run's budget: the array stays dense until the end)
        new.update(old)
        self.props = new
        self.dense = None

    def get_index(self, i: int) -> Any:
        d = self.dense
        if d is not None and i < len(d):
            v = d[i]
            if v is not MISSING:
                return v
        return self.get(str(i), self)

    def set_index(self, i: int, value: Any) -> bool:
        d = self.dense
        if d is not None and i < len(d) and d[i] is not MISSING:
            d[i] = value
            return True
        return self.set(str(i), value, self)

    # --- internal methods ----------------------------------------------------------------------
    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        if key == "length":
            return PropertyDescriptor(value=float(self.length), writable=self.length_writable,
                                      enumerable=False, configurable=False)
        d = self.dense
        if d is not None and type(key) is str:
            i = array_index(key)
            if i >= 0:
                if i < len(d) and d[i] is not MISSING:
                    return data_desc(d[i])
                return None
        return JSObject.get_own_property(self, key)

    def has_property(self, key: Any) -> bool:
        if key == "length":
            return True
        d = self.dense
        if d is not None and type(key) is str:
            i = array_index(key)
            if i >= 0 and i < len(d) and d[i] is not MISSING:
                return True
        if key in self.props:
            return True
        p = self.proto
        return p is not None and p.has_property(key)

    def get(self, key: Any, receiver: Any) -> Any:
        if key == "length":
            return float(self.length)
        d = self.dense
        if d is not None and type(key) is str:
            c = key[:1]
            if "0" <= c <= "9":
                i = array_index(key)
                if 0 <= i < len(d):
                    v = d[i]
                    if v is not MISSING:
                        return v
        return JSObject.get(self, key, receiver)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        if receiver is self and type(key) is str:
            c = key[:1]
            if "0" <= c <= "9":
                d = self.dense
                if d is not None:
                    i = array_index(key)
                    if 0 <= i < len(d) and d[i] is not MISSING:
                        d[i] = value
                        return True
            elif key != "length":
                # NON-SPEC fast path: a key that is no array index (which starts with a digit)
                # nor ``length`` is an ordinary property of the array, kept in ``props``
                # (``match.index``, a library's tag on an array): an own plain one
                # overwritten, a new one added where OrdinarySet would create it here
                props = self.props
                cur = props.get(key, MISSING)
                if cur is not MISSING:
                    if type(cur) is not Prop:
                        props[key] = value
                        return True
                elif self.extensible and named_sets_stay_own(self.proto, key):
                    props[key] = value
                    return True
        return ordinary_set(self, key, value, receiver)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        """[[DefineOwnProperty]] of Array exotic objects (sec-array-exotic-objects-defineownproperty-p-desc)."""
        if key == "length":
            return self.array_set_length(desc)
        if type(key) is str:
            i = array_index(key)
            if i >= 0:
                if i >= self.length and not self.length_writable:
                    return False
                d = self.dense
                if d is not None:
                    n = len(d)
                    plain = (desc.get is MISSING and desc.set is MISSING)
                    if i < n and d[i] is not MISSING:
                        # existing plain element
                        if plain and desc.writable is not False and desc.enumerable is not False and desc.configurable is not False:
                            if desc.value is not MISSING:
                                d[i] = desc.value
                            return True
                    elif self.extensible and plain and desc.writable is True and desc.enumerable is True \
                            and desc.configurable is True and i <= n + DENSE_GROWTH_LIMIT:
                        if i >= n:
                            if i > n:
                                d.extend([MISSING] * (i - n))
                            d.append(desc.value if desc.value is not MISSING else None)
                            self.length = i + 1
                        else:
                            d[i] = desc.value if desc.value is not MISSING else None
                        return True
                    elif not self.extensible and not (i < n and d[i] is not MISSING):
                        return False
                    self.make_sparse()
                if not ordinary_define_own_property(self, key, desc):
                    return False
                if i >= self.length:
                    self.length = i + 1
                # NON-SPEC: an array made sparse by a write far past its end (filled from the
                # back, say) goes back to dense storage once an eighth of its indices hold an
                # element, where a list of them all takes no more memory than the keys (tried as
                # its own keys reach each power of two: amortised O(1))
                n = len(self.props)
                if n >= DENSE_AGAIN_MIN and not n & (n - 1) and DENSE_AGAIN_SHARE * n >= self.length:
                    self.make_dense()
                return True
        return ordinary_define_own_property(self, key, desc)

    def keys_after_dense(self) -> list[Any]:
        """NON-SPEC: a dense array's own keys after its elements' (``length``, then ``props``')."""
        return ["length", *ordered_keys(self.props)]

    def make_dense(self) -> bool:
        """NON-SPEC: move the elements of a sparse array back into dense storage (make_sparse's
        inverse) when every one is a plain value and at least one index in DENSE_AGAIN_SHARE
        below the length holds one; False (nothing changed) otherwise."""
        if self.dense is not None:
            return True
        elements: dict[int, Any] = {}
        rest: dict[Any, Any] = {}
        for k, v in self.props.items():
            if type(k) is str and "0" <= k[:1] <= "9" and (i := array_index(k)) >= 0:
                if type(v) is Prop:
                    return False
                elements[i] = v
            else:
                rest[k] = v
        if DENSE_AGAIN_SHARE * len(elements) < self.length:
            return False
        d = [MISSING] * self.length
        for i, v in elements.items():
            d[i] = v
        self.props = rest
        self.dense = d
        return True

    def array_set_length(self, desc: PropertyDescriptor) -> bool:
        """ArraySetLength (sec-arraysetlength)."""
        if desc.value is MISSING:
            return self._define_length_attrs(desc)
        new_len = to_uint32(desc.value)
        number_len = to_number(desc.value)
        if float(new_len) != number_len:
            throw_range_error("Invalid array length")
        if desc.configurable is True or desc.enumerable is True or desc.get is not MISSING or desc.set is not MISSING:
            return False
        old_len = self.length
        if new_len >= old_len:
            if new_len != old_len and not self.length_writable:
                return False
            if not self._define_length_attrs(desc):
                return False
            self._grow(new_len)
            return True
        if not self.length_writable:
            return False
        ok = self._shrink(new_len)
        if desc.writable is False:
            self.length_writable = False
        return ok

    def _define_length_attrs(self, desc: PropertyDescriptor) -> bool:
        if desc.configurable is True or desc.enumerable is True:
            return False
        if desc.get is not MISSING or desc.set is not MISSING:
            return False
        if not self.length_writable and desc.writable is True:
            return False
        if desc.writable is False:
            self.length_writable = False
        return True

    def _grow(self, new_len: int, limit: int = DENSE_GROWTH_LIMIT) -> None:
        """Lengthen to ``new_len``: holes appended to dense storage when there are at most
        ``limit`` of them, else the elements move to ``props``."""
        d = self.dense
        if d is not None:
            if new_len - len(d) <= limit:
                d.extend([MISSING] * (new_len - len(d)))
            else:
                self.make_sparse()
        self.length = new_len

    def _shrink(self, new_len: int) -> bool:
        """Delete elements from the end; stop at a non-configurable one (returns False then)."""
        d = self.dense
        if d is not None:
            del d[new_len:]
            self.length = new_len
            return True
        idx = sorted((array_index(k), k) for k in self.props if type(k) is str and array_index(k) >= new_len)
        for n, k in reversed(idx):
            if not JSObject.delete(self, k):
                self.length = n + 1
                return False
        self.length = new_len
        return True

    def delete(self, key: Any) -> bool:
        d = self.dense
        if d is not None and type(key) is str:
            i = array_index(key)
            if i >= 0:
                if i < len(d):
                    d[i] = MISSING
                return True
        if key == "length":
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self) -> list[Any]:
        d = self.dense
        if d is not None:
            return index_keys(len(d), d) + self.keys_after_dense()
        ks = ordered_keys(self.props)
        n = 0
        while n < len(ks) and array_index(ks[n]) >= 0:
            n += 1
        return ks[:n] + ["length"] + ks[n:]

    def prevent_extensions(self) -> bool:
        self.make_sparse()
        self.extensible = False
        return True


# --- Primitive wrapper objects -------------------------------------------------------------

# NON-SPEC (speed): id(prototype) -> (prototype, PROTO_EPOCH) for a prototype chain found to
# hold no accessor or read-only array index and nothing but ordinary objects and arrays (see
# index_sets_stay_own)
_PLAIN_INDEX_CHAINS: dict[int, tuple[Any, int]] = {}
# NON-SPEC (speed): the last prototype index_sets_stay_own answered true for, and PROTO_EPOCH
# then: emitted code tests ``o.proto is LAST_PLAIN_INDEX_CHAIN[0] and LAST_PLAIN_INDEX_CHAIN[1]
# == PROTO_EPOCH[0]`` before calling it (an array's push or a hole's fill in a loop asks about
# the same Array.prototype each time)
LAST_PLAIN_INDEX_CHAIN: list[Any] = [None, -1]


@drop_at_full_collection
def _drop_plain_index_chains() -> None:
    """NON-SPEC: let go of the prototypes index_sets_stay_own keeps (and their realms)."""
    LAST_PLAIN_INDEX_CHAIN[1] = -1  # (first: a reader that sees the old prototype then misses)
    LAST_PLAIN_INDEX_CHAIN[0] = None
    _PLAIN_INDEX_CHAINS.clear()


_ORDINARY_TYPES: dict[type, bool] = {}


def ordinary_props_type(t: type) -> bool:
    """NON-SPEC: whether objects of Python type ``t`` (such as the immutable-prototype
    %Object.prototype%) keep every own property in ``props`` and have the ordinary
    [[GetPrototypeOf]], [[GetOwnProperty]], [[HasProperty]], [[Get]] and [[Set]] (reading their
    ``props`` and then their ``proto``'s)."""
    r = _ORDINARY_TYPES.get(t)
    if r is None:
        r = _ORDINARY_TYPES[t] = (issubclass(t, JSObject) and t.simple_props and not t.is_proxy
                                  and t.get is JSObject.get and t.set is JSObject.set
                                  and t.has_property is JSObject.has_property
                                  and t.get_own_property is JSObject.get_own_property
                                  and t.get_prototype_of is JSObject.get_prototype_of)
    return r


def index_sets_stay_own(o: JSObject) -> bool:
    """NON-SPEC: whether OrdinarySet of any array index that ``o`` lacks creates the element on
    ``o`` (sec-ordinarysetwithowndescriptor steps 2-3): ``o``'s prototype chain holds only
    ordinary objects and arrays and no index property that is a Prop (an accessor, a read-only or
    lazy one: a plain stored value, or a dense array's element, is a writable data property,
    through which the set reaches the receiver). The answer for a prototype is kept while
    PROTO_EPOCH stays: a Prop put on such a chain, or a changed chain, counts it up."""
    p = o.proto
    if p is None:
        return True
    hit = _PLAIN_INDEX_CHAINS.get(id(p))
    if hit is not None and hit[0] is p and hit[1] == PROTO_EPOCH[0]:
        LAST_PLAIN_INDEX_CHAIN[0] = p
        LAST_PLAIN_INDEX_CHAIN[1] = hit[1]
        return True
    q: JSObject | None = p
    while q is not None:
        t = type(q)
        if t is JSArray and q.dense is not None:  # type: ignore[attr-defined]
            pass  # (a dense array's elements are plain data properties)
        elif not (t is JSArray or t is JSObject or ordinary_props_type(t)):
            return False
        elif any(type(v) is Prop and type(k) is str and "0" <= k[:1] <= "9" and array_index(k) >= 0
                 for k, v in q.props.items()):
            return False
        q = q.proto
    if len(_PLAIN_INDEX_CHAINS) >= 64:
        _PLAIN_INDEX_CHAINS.clear()
    _PLAIN_INDEX_CHAINS[id(p)] = (p, PROTO_EPOCH[0])
    LAST_PLAIN_INDEX_CHAIN[0] = p
    LAST_PLAIN_INDEX_CHAIN[1] = PROTO_EPOCH[0]
    return True


def named_sets_stay_own(p: JSObject | None, key: str) -> bool:
    """NON-SPEC: whether OrdinarySet of ``key`` (a String that is no array index nor ``length``)
    on an object that lacks it, and whose prototype is ``p``, creates the property on that
    object (sec-ordinarysetwithowndescriptor steps 2-3): walking the chain through objects
    that keep every own property in ``props`` (and arrays, which keep such a key there), the
    key is absent, or a plain stored value (a writable data property) comes first."""
    while p is not None:
        if not (p.simple_props or type(p) is JSArray):
            return False
        found = p.props.get(key, MISSING)
        if found is not MISSING:
            return type(found) is not Prop
        p = p.proto
    return True


class JSPrimitiveObject(JSObject):
    """An object with a [[BooleanData]], [[NumberData]], [[SymbolData]] or [[BigIntData]] slot."""

    __slots__ = ("primitive",)

    def __init__(self, proto: JSObject | None, primitive: Any) -> None:
        JSObject.__init__(self, proto)
        self.primitive = primitive

    @property
    def class_name(self) -> str:  # type: ignore[override]
        t = type(self.primitive)
        if t is bool:
            return "Boolean"
        if t is float:
            return "Number"
        return "Object"


class JSStringObject(JSObject):
    """A String exotic object (sec-string-exotic-objects)."""

    __slots__ = ("primitive",)
    class_name = "String"
    simple_props = False

    def __init__(self, proto: JSObject | None, value: str) -> None:
        JSObject.__init__(self, proto)
        self.primitive = value
        self.props["length"] = Prop(float(len(value)), 0)

    def _string_desc(self, key: Any) -> PropertyDescriptor | None:
        """StringGetOwnProperty (sec-stringgetownproperty)."""
        if type(key) is not str:
            return None
        i = array_index(key)
        if i < 0 or i >= len(self.primitive):
            return None
        return PropertyDescriptor(value=self.primitive[i], writable=False, enumerable=True, configurable=False)

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        d = JSObject.get_own_property(self, key)
        if d is not None:
            return d
        return self._string_desc(key)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        sd = self._string_desc(key)
        if sd is not None:
            return validate_and_apply_property_descriptor(None, key, self.extensible, desc, sd)
        return ordinary_define_own_property(self, key, desc)

    def has_property(self, key: Any) -> bool:
        if self._string_desc(key) is not None:
            return True
        return JSObject.has_property(self, key)

    def get(self, key: Any, receiver: Any) -> Any:
        sd = self._string_desc(key)
        if sd is not None:
            return sd.value
        return JSObject.get(self, key, receiver)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        if self._string_desc(key) is not None:
            return False
        return ordinary_set(self, key, value, receiver)

    def delete(self, key: Any) -> bool:
        if self._string_desc(key) is not None:
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self) -> list[Any]:
        n = len(self.primitive)
        keys = index_keys(n)
        rest = ordered_keys(self.props)
        extra_ints = [k for k in rest if array_index(k) >= n]
        others = [k for k in rest if not array_index(k) >= n]
        return keys + extra_ints + [k for k in others if array_index(k) < 0 or array_index(k) >= n]


# --- Function objects -------------------------------------------------------------------------

class JSFunctionBase(JSObject):
    """Common base of callable objects. Subclasses implement ``call`` and, for constructors,
    ``construct``."""

    __slots__ = ("realm",)
    class_name = "Function"
    is_callable = True

    def call(self, this: Any, args: list[Any]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def construct(self, args: list[Any], new_target: Any) -> Any:  # pragma: no cover - abstract
        throw_type_error("not a constructor")


BuiltinImpl = Callable[["Realm", Any, list[Any], Any], Any]


class BuiltinFunction(JSFunctionBase):
    """A built-in function object (sec-built-in-function-objects).

    ``impl(realm, this, args, new_target)``: ``new_target`` is None for [[Call]] and the
    new.target object for [[Construct]]. A constructor's impl creates the object itself (with
    ``get_prototype_from_constructor``)."""

    __slots__ = ("impl", "ctor", "name")

    def __init__(self, realm: "Realm", impl: BuiltinImpl, name: Any, length: float,
                 proto: JSObject | None = None, ctor: bool = False,
                 shared: "tuple[Prop, Prop] | None" = None) -> None:
        # NON-SPEC: JSObject.__init__ inlined (a realm creates some 600 built-in functions).
        # ``shared``: the length and name Props, made once for every realm (a built-in table's
        # entry): both only configurable, so nothing changes them in place (a write needs W; a
        # redefinition of a configurable property stores a new Prop)
        self.proto = proto if proto is not None else realm.function_prototype
        self.extensible = True
        self.realm = realm
        self.impl = impl
        self.ctor = ctor
        self.name = name
        if shared is not None:
            self.props = {"length": shared[0], "name": shared[1]}
        else:
            self.props = {"length": Prop(float(length), C),
                          "name": Prop(name if type(name) is str else _symbol_fn_name(name), C)}

    @property
    def is_constructor(self) -> bool:  # type: ignore[override]
        return self.ctor

    def call(self, this: Any, args: list[Any]) -> Any:
        agent = get_agent()
        saved = agent.realm
        if saved is self.realm:
            return self.impl(self.realm, this, args, None)
        agent.realm = self.realm
        try:
            return self.impl(self.realm, this, args, None)
        finally:
            agent.realm = saved

    def construct(self, args: list[Any], new_target: Any) -> Any:
        agent = get_agent()
        saved = agent.realm
        agent.realm = self.realm
        try:
            return self.impl(self.realm, None, args, new_target)
        finally:
            agent.realm = saved


def default_species(o: JSObject, proto: JSObject, ctor: JSObject, species_impl: Any) -> bool:
    """NON-SPEC: whether SpeciesConstructor(o, ctor) (sec-speciesconstructor) runs no JS code and
    gives ``ctor``: ``o`` (which keeps its own properties named by strings that are no index in
    ``props``) has no own ``constructor``, its prototype is ``proto``, whose ``constructor`` is
    ``ctor`` as a data property, and ``ctor``'s own %Symbol.species% is an accessor whose getter
    is a built-in with ``species_impl`` (the standard getter, which returns its receiver)."""
    if "constructor" in o.props or o.proto is not proto:
        return False
    c = proto.props.get("constructor")
    if type(c) is Prop:
        if c.flags & A:
            return False
        c = c.value
    if c is not ctor:
        return False
    sp = ctor.props.get(SYM_SPECIES)
    return (type(sp) is Prop and bool(sp.flags & A) and type(sp.getter) is BuiltinFunction
            and sp.getter.impl is species_impl)


def _symbol_fn_name(sym: Any) -> str:
    if isinstance(sym, JSSymbol):
        return "" if sym.description is None else "[" + sym.description + "]"
    return str(sym)


def iter_own_enumerable_string_keys(o: JSObject) -> Iterable[str]:
    for k in o.own_property_keys():
        if type(k) is str:
            d = o.get_own_property(k)
            if d is not None and d.enumerable is True:
                yield k


__all__ = [
    "W", "E", "C", "A", "WEC", "Prop", "PropertyDescriptor", "JSObject", "JSArray", "JSPrimitiveObject",
    "JSStringObject", "JSFunctionBase", "BuiltinFunction", "JSThrow", "array_index", "same_value",
    "ordinary_define_own_property", "ordinary_set", "validate_and_apply_property_descriptor",
]
