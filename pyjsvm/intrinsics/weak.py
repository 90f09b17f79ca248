"""Weakly held collections and references: WeakMap (sec-weakmap-objects), WeakSet
(sec-weakset-objects), WeakRef (sec-weak-ref-objects) and FinalizationRegistry
(sec-finalization-registry-objects).

Keys and targets are held with Python weak references (JSObject and JSSymbol support them).
NON-SPEC limits: a WeakMap value is held strongly by the table, so a value that refers to its
own key keeps the entry alive (no ephemeron collection); FinalizationRegistry cleanup
callbacks are never called (the spec allows an implementation never to collect). The
[[KeptAlive]] list of targets made alive during the current job (AddToKeptObjects,
sec-addtokeptobjects) lives in ``realm.host_defined["kept_objects"]``; a host job loop may call
``clear_kept_objects(realm)`` (ClearKeptObjects, sec-clear-kept-objects) between jobs.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import JSThrow, throw_type_error
from pyjsvm.runtime.iteration import DONE, get_iterator, iterator_close, iterator_step_value
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import (
    call, get_prototype_from_constructor, incompatible_receiver, is_callable, same_value, to_display,
)
from pyjsvm.runtime.values import NULL, SYM_TO_STRING_TAG, JSSymbol, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.map_set import add_entries_from_iterable
from pyjsvm.intrinsics.symbol import key_for_symbol

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


def can_be_held_weakly(v: Any) -> bool:
    """CanBeHeldWeakly (sec-canbeheldweakly): an object, or a symbol not in the
    GlobalSymbolRegistry."""
    if isinstance(v, JSObject):
        return True
    if type(v) is JSSymbol:
        return key_for_symbol(v) is None
    return False


def add_to_kept_objects(realm: "Realm", value: Any) -> None:
    """AddToKeptObjects (sec-addtokeptobjects)."""
    kept = realm.host_defined.setdefault("kept_objects", [])
    kept.append(value)


def clear_kept_objects(realm: "Realm") -> None:
    """ClearKeptObjects (sec-clear-kept-objects)."""
    realm.host_defined.pop("kept_objects", None)



class JSWeakMap(JSObject):
    """A WeakMap instance (sec-properties-of-weakmap-instances): [[WeakMapData]]."""

    __slots__ = ("weak_map_data",)

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.weak_map_data: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


class JSWeakSet(JSObject):
    """A WeakSet instance (sec-properties-of-weakset-instances): [[WeakSetData]]."""

    __slots__ = ("weak_set_data",)

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.weak_set_data: weakref.WeakSet[Any] = weakref.WeakSet()


class JSWeakRef(JSObject):
    """A WeakRef instance (sec-properties-of-weak-ref-instances): [[WeakRefTarget]]."""

    __slots__ = ("weak_ref_target",)

    def __init__(self, proto: JSObject | None, target: Any) -> None:
        JSObject.__init__(self, proto)
        self.weak_ref_target = weakref.ref(target)


class JSFinalizationRegistry(JSObject):
    """A FinalizationRegistry instance (sec-properties-of-finalization-registry-instances):
    [[Realm]], [[CleanupCallback]] and [[Cells]] (target ref, held value, token ref or None)."""

    __slots__ = ("registry_realm", "cleanup_callback", "cells")

    def __init__(self, proto: JSObject | None, realm: "Realm", callback: Any) -> None:
        JSObject.__init__(self, proto)
        self.registry_realm = realm
        self.cleanup_callback = callback
        self.cells: list[tuple[Any, Any, Any]] = []


wm_proto = BuiltinTable()
ws_proto = BuiltinTable()
wr_proto = BuiltinTable()
fr_proto = BuiltinTable()


# --- WeakMap --------------------------------------------------------------------------------

def weak_map_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """WeakMap ( [ iterable ] ) (sec-weakmap-iterable)."""
    if new_target is None:
        throw_type_error("Constructor WeakMap requires 'new'")
    m = JSWeakMap(get_prototype_from_constructor(new_target, "%WeakMap.prototype%"))
    iterable = argument(args, 0)
    if iterable is None or iterable is NULL:
        return m
    adder = m.get("set", m)
    if not is_callable(adder):
        throw_type_error("'set' returned for property 'set' of object '#<WeakMap>' is not a function")
    return add_entries_from_iterable(m, iterable, adder)


def _this_wm(this: Any, name: str) -> JSWeakMap:
    if not isinstance(this, JSWeakMap):
        throw_type_error(incompatible_receiver("WeakMap.prototype." + name, this))
    return this


@wm_proto.method("delete", 1)
def weak_map_delete(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakMap.prototype.delete ( key ) (sec-weakmap.prototype.delete)."""
    data = _this_wm(this, "delete").weak_map_data
    key = argument(args, 0)
    if not can_be_held_weakly(key) or key not in data:
        return False
    del data[key]
    return True


@wm_proto.method("get", 1)
def weak_map_get(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakMap.prototype.get ( key ) (sec-weakmap.prototype.get)."""
    data = _this_wm(this, "get").weak_map_data
    key = argument(args, 0)
    if not can_be_held_weakly(key):
        return None
    return data.get(key)


@wm_proto.method("getOrInsert", 2)
def weak_map_get_or_insert(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakMap.prototype.getOrInsert ( key, value ) (proposal-upsert, sec-weakmap.prototype.getorinsert)."""
    data = _this_wm(this, "getOrInsert").weak_map_data
    key = argument(args, 0)
    if not can_be_held_weakly(key):
        throw_type_error("Invalid value used as weak map key")
    if key in data:
        return data[key]
    value = argument(args, 1)
    data[key] = value
    return value


@wm_proto.method("getOrInsertComputed", 2)
def weak_map_get_or_insert_computed(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakMap.prototype.getOrInsertComputed ( key, callbackfn ) (proposal-upsert,
    sec-weakmap.prototype.getorinsertcomputed)."""
    data = _this_wm(this, "getOrInsertComputed").weak_map_data
    key = argument(args, 0)
    fn = argument(args, 1)
    if not is_callable(fn):
        throw_type_error(f"{to_display(fn)} is not a function")
    if not can_be_held_weakly(key):
        throw_type_error("Invalid value used as weak map key")
    if key in data:
        return data[key]
    value = call(fn, None, [key])
    data[key] = value
    return value


@wm_proto.method("has", 1)
def weak_map_has(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakMap.prototype.has ( key ) (sec-weakmap.prototype.has)."""
    data = _this_wm(this, "has").weak_map_data
    key = argument(args, 0)
    return can_be_held_weakly(key) and key in data


@wm_proto.method("set", 2)
def weak_map_set(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakMap.prototype.set ( key, value ) (sec-weakmap.prototype.set)."""
    data = _this_wm(this, "set").weak_map_data
    key = argument(args, 0)
    if not can_be_held_weakly(key):
        throw_type_error("Invalid value used as weak map key")
    data[key] = argument(args, 1)
    return this


# --- WeakSet --------------------------------------------------------------------------------

def weak_set_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """WeakSet ( [ iterable ] ) (sec-weakset-iterable)."""
    if new_target is None:
        throw_type_error("Constructor WeakSet requires 'new'")
    s = JSWeakSet(get_prototype_from_constructor(new_target, "%WeakSet.prototype%"))
    iterable = argument(args, 0)
    if iterable is None or iterable is NULL:
        return s
    adder = s.get("add", s)
    if not is_callable(adder):
        throw_type_error("'add' returned for property 'add' of object '#<WeakSet>' is not a function")
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


def _this_ws(this: Any, name: str) -> JSWeakSet:
    if not isinstance(this, JSWeakSet):
        throw_type_error(incompatible_receiver("WeakSet.prototype." + name, this))
    return this


@ws_proto.method("add", 1)
def weak_set_add(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakSet.prototype.add ( value ) (sec-weakset.prototype.add)."""
    data = _this_ws(this, "add").weak_set_data
    value = argument(args, 0)
    if not can_be_held_weakly(value):
        throw_type_error("Invalid value used in weak set")
    data.add(value)
    return this


@ws_proto.method("delete", 1)
def weak_set_delete(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakSet.prototype.delete ( value ) (sec-weakset.prototype.delete)."""
    data = _this_ws(this, "delete").weak_set_data
    value = argument(args, 0)
    if not can_be_held_weakly(value) or value not in data:
        return False
    data.discard(value)
    return True


@ws_proto.method("has", 1)
def weak_set_has(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakSet.prototype.has ( value ) (sec-weakset.prototype.has)."""
    data = _this_ws(this, "has").weak_set_data
    value = argument(args, 0)
    return can_be_held_weakly(value) and value in data


# --- WeakRef --------------------------------------------------------------------------------

def weak_ref_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """WeakRef ( target ) (sec-weak-ref-target)."""
    if new_target is None:
        throw_type_error("Constructor WeakRef requires 'new'")
    target = argument(args, 0)
    if not can_be_held_weakly(target):
        throw_type_error("WeakRef: invalid target")
    proto = get_prototype_from_constructor(new_target, "%WeakRef.prototype%")
    add_to_kept_objects(realm, target)
    return JSWeakRef(proto, target)


@wr_proto.method("deref", 0)
def weak_ref_deref(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """WeakRef.prototype.deref ( ) (sec-weak-ref.prototype.deref) with WeakRefDeref
    (sec-weakrefderef)."""
    if not isinstance(this, JSWeakRef):
        throw_type_error(incompatible_receiver("WeakRef.prototype.deref", this))
    target = this.weak_ref_target()
    if target is not None:
        add_to_kept_objects(realm, target)
    return target


# --- FinalizationRegistry -----------------------------------------------------------------

def finalization_registry_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """FinalizationRegistry ( cleanupCallback ) (sec-finalization-registry-cleanup-callback)."""
    if new_target is None:
        throw_type_error("Constructor FinalizationRegistry requires 'new'")
    cb = argument(args, 0)
    if not is_callable(cb):
        throw_type_error("FinalizationRegistry: cleanup must be callable")
    proto = get_prototype_from_constructor(new_target, "%FinalizationRegistry.prototype%")
    return JSFinalizationRegistry(proto, realm, cb)


def _this_fr(this: Any, name: str) -> JSFinalizationRegistry:
    if not isinstance(this, JSFinalizationRegistry):
        throw_type_error(incompatible_receiver("FinalizationRegistry.prototype." + name, this))
    return this


@fr_proto.method("register", 2)
def finalization_registry_register(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] )
    (sec-finalization-registry.prototype.register)."""
    fr = _this_fr(this, "register")
    target = argument(args, 0)
    held = argument(args, 1)
    token = argument(args, 2)
    if not can_be_held_weakly(target):
        throw_type_error("FinalizationRegistry.prototype.register: invalid target")
    if same_value(target, held):
        throw_type_error("FinalizationRegistry.prototype.register: target and holdings must not be same")
    if not can_be_held_weakly(token):
        if token is not None:
            throw_type_error(f"FinalizationRegistry.prototype.register: invalid unregister token {to_display(token)}")
        token_ref = None
    else:
        token_ref = weakref.ref(token)
    fr.cells.append((weakref.ref(target), held, token_ref))
    return None


@fr_proto.method("unregister", 1)
def finalization_registry_unregister(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """FinalizationRegistry.prototype.unregister ( unregisterToken )
    (sec-finalization-registry.prototype.unregister)."""
    fr = _this_fr(this, "unregister")
    token = argument(args, 0)
    if not can_be_held_weakly(token):
        throw_type_error(f"Invalid unregisterToken ('{to_display(token)}')")
    kept = [c for c in fr.cells if c[2] is None or c[2]() is not token]
    removed = len(kept) != len(fr.cells)
    fr.cells = kept
    return removed


# --- setup ----------------------------------------------------------------------------------

def _install(realm: "Realm", name: str, impl: Any, length: int, table: BuiltinTable) -> None:
    p = JSObject(realm.object_prototype)
    realm.intrinsics[f"%{name}.prototype%"] = p
    ctor = make_constructor(realm, impl, name, length, p)
    realm.intrinsics[f"%{name}%"] = ctor
    table.install(realm, p)
    p.define_builtin(SYM_TO_STRING_TAG, name, C)
    realm.define_global(name, ctor)


def setup(realm: "Realm") -> None:
    _install(realm, "WeakMap", weak_map_constructor, 0, wm_proto)
    _install(realm, "WeakSet", weak_set_constructor, 0, ws_proto)
    _install(realm, "WeakRef", weak_ref_constructor, 1, wr_proto)
    _install(realm, "FinalizationRegistry", finalization_registry_constructor, 1, fr_proto)


__all__ = ["setup", "can_be_held_weakly", "add_to_kept_objects", "clear_kept_objects", "JSWeakMap", "JSWeakSet",
           "JSWeakRef", "JSFinalizationRegistry"]
