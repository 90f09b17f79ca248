"""The contextified global object: one class for both sides of the vm API.

A context made from an object -- a Python mapping (``vm.create_context(mapping)``) or a JS
object (``require('node:vm').createContext(sandbox)``) -- gets a realm whose global object is a
``ContextifiedGlobal`` over a *store*, the contextified object as a JS object: the sandbox
itself on the JS side, a ``MappingObject`` (``pyjsvm.api.convert``: the mapping's items as its
string-keyed data properties, converted on the way) on the Python side. NON-SPEC: it mirrors
V8's interceptors as Node uses them:

- global reads look in the store first (its prototype chain included, as a sandbox's inherited
  properties are visible in Node) and fall through to the realm's own global properties (the
  built-ins, kept in ``props``); the store itself read back is the global (``this``);
- global writes, ``var`` and function declarations go to the store; assigning to a writable
  built-in (``Array = 1``) writes the store, which then shadows it; read-only built-ins
  (``NaN``) and accessors keep their ordinary behaviour;
- ``var`` and function declarations are not deletable (``declared``), though the store's
  property stays configurable (as Node reports it);
- it cannot be made non-extensible (``Object.freeze(globalThis)`` throws, as in Node).

NON-SPEC fast path: over a plain ``dict``, ``global_items`` is that dict and ``attrs``/``cache``
are the store's, so compiled code reads and writes the items in place (``compiler/core.py``,
``GlobalEnv.items``); ``lookup_binding`` inlines the store's lookup. Over a ``ContextObject``
(``create_context()``'s), whose items no Python code but the user's sees, the store is a
``ContextStore``: the items are JS values (``global_items``, with ``js_values`` set), which
compiled code reads and writes as it does an ordinary global's properties, and the
``ContextObject`` converts them when Python reads them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from pyjsvm.api.common import ContextObject
from pyjsvm.api.convert import _ABSENT, MappingObject, to_js_or_throw
from pyjsvm.runtime.environments import HostValue
from pyjsvm.syntax.utf16 import js_string_to_python
from pyjsvm.runtime.objects import A, W, JSObject, Prop, PropertyDescriptor
from pyjsvm.runtime.values import MISSING

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ContextifiedGlobal", "ContextStore"]


class ContextStore(MappingObject):
    """NON-SPEC: the store of a ``ContextObject``'s global: its items as JS values
    (``ContextObject._js``, here ``js``), read and written as they are; the ``ContextObject``
    itself keeps the same keys (``dict`` methods on it, not its overridden ones) and ``py``, the
    Python values it gave out or was given (an entry is dropped when JS writes the item), and
    ``cells``, the ``GlobalCell`` of each item compiled code reads, cleared by every write here."""

    __slots__ = ("js", "py", "cells")

    def __init__(self, mapping: ContextObject, realm: "Realm") -> None:
        MappingObject.__init__(self, None, mapping, realm)
        js = mapping._js
        assert js is not None
        self.js: dict[str, Any] = js
        self.py = mapping._py
        self.cells = mapping._cells

    def _contains(self, pk: Any) -> bool:
        return pk in self.js

    def _lookup(self, key: str) -> Any:
        pk = key if key.isascii() else js_string_to_python(key)
        v = self.js.get(pk, _ABSENT)
        if type(v) is HostValue:
            # a value Python wrote: converted now, as MappingObject._lookup converts an item
            py = v.value
            j = to_js_or_throw(py, self.realm)
            if self.js.get(pk) is v:
                self.js[pk] = j
                self.py[pk] = (j, py)
            return j
        return v

    def _store_py_key(self, pk: Any, value: Any) -> bool:
        js = self.js
        if pk not in js:
            dict.__setitem__(self.mapping, pk, None)  # type: ignore[index]
        js[pk] = value
        if self.py:
            self.py.pop(pk, None)
        c = self.cells.get(pk)
        if c is not None:
            c.p = None
        return True

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        done: bool = MappingObject.define_own_property(self, key, desc)
        if self.props:
            # an accessor on the store: the built-ins' cells no longer say what a read gives
            # (compiled code reads a built-in in line only while the store has none)
            self.drop_cells()
        return done

    def drop_cells(self) -> None:
        for c in self.cells.values():
            c.p = None

    def _remove(self, key: str) -> bool:
        pk = key if key.isascii() else js_string_to_python(key)
        self.js.pop(pk, None)
        self.py.pop(pk, None)
        c = self.cells.get(pk)
        if c is not None:
            c.p = None
        dict.pop(self.mapping, pk, None)  # type: ignore[call-overload]
        self.attrs.pop(key, None)
        return True


class ContextifiedGlobal(JSObject):
    """The global object of a context made from an object, backed by ``store`` (see the module
    docstring)."""

    __slots__ = ("store", "contextified_object", "declared", "global_items", "mapping_store", "mapping", "attrs",
                 "cache", "js_values")
    simple_props = False

    def __init__(self, realm: "Realm", store: JSObject) -> None:
        JSObject.__init__(self, realm.object_prototype)
        self.store = store
        self.contextified_object: JSObject | None = store
        self.declared: set[Any] = set()  # var and function declarations: not deletable
        ms = store if isinstance(store, MappingObject) else None
        self.mapping_store = ms
        self.mapping = ms.mapping if ms is not None else None  # the Python mapping, if any
        self.global_items: dict[str, Any] | None = None
        self.attrs: dict[str, int] = ms.attrs if ms is not None else {}
        self.cache: dict[Any, tuple[Any, Any]] = ms.cache if ms is not None else {}
        self.js_values = isinstance(ms, ContextStore)
        if isinstance(ms, ContextStore):
            self.global_items = ms.js
            self.cache = ms.py  # (JS value, Python value): compiled code's writes drop entries
        elif ms is not None:
            mapping = ms.mapping
            t = type(mapping)
            plain = isinstance(mapping, dict) and all(
                getattr(t, m) is getattr(dict, m) for m in ("get", "__getitem__", "__setitem__", "__contains__"))
            if plain:
                self.global_items = cast("dict[str, Any]", mapping)

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        d = self.store.get_own_property(key)
        if d is not None:
            return d
        return JSObject.get_own_property(self, key)

    def has_property(self, key: Any) -> bool:
        return self.store.has_property(key) or JSObject.has_property(self, key)

    def get(self, key: Any, receiver: Any) -> Any:
        store = self.store
        ms = self.mapping_store
        if ms is not None and type(key) is str:
            v = ms._lookup(key)
            if v is not _ABSENT:
                return self if v is store else v
        if store.has_property(key):
            v = store.get(key, store if receiver is self else receiver)
            return self if v is store else v
        return JSObject.get(self, key, receiver)

    def lookup_binding(self, key: Any) -> Any:
        """NON-SPEC: one lookup for a global identifier (see JSObject.lookup_binding)."""
        mapping = self.mapping
        if mapping is not None and type(key) is str:
            ms = self.mapping_store
            assert ms is not None
            if key.isascii() and not self.js_values:
                # fast path: an object already converted once (functions, arrays ...)
                try:
                    pv = mapping.get(key, _ABSENT)
                except Exception as e:
                    ms._host_error(e)
                if pv is not _ABSENT:
                    c = self.cache.get(key)
                    if c is not None and c[0] is pv:
                        return c[1]
            v = ms._lookup(key)
            if v is not _ABSENT:
                return self if v is ms else v
            if key in ms.props:  # an accessor defined on globalThis
                return ms.get(key, ms)
        else:
            store = self.store
            if store.has_property(key):
                v = store.get(key, store)
                return self if v is store else v
        stored = self.props.get(key, MISSING)
        if stored is not MISSING:
            if type(stored) is not Prop:
                return stored
            if not stored.flags & A:
                return stored.value
        if JSObject.has_property(self, key):
            return JSObject.get(self, key, self)
        return MISSING

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        if receiver is self:
            items = self.global_items
            if items is not None and type(key) is str and key.isascii() and key in items:
                # NON-SPEC fast path: an item of a plain dict (the store's own property, where
                # the store's [[Set]] writes it unless it is read-only)
                attrs = self.attrs
                if attrs and not attrs.get(key, W) & W:
                    return False
                ms = self.mapping_store
                assert ms is not None
                stored: bool = ms._store_py_key(key, value)
                return stored
            store = self.store
            if not store.has_property(key):
                own = JSObject.get_own_property(self, key)
                if own is not None and (own.is_accessor() or own.writable is False):
                    return JSObject.set(self, key, value, receiver)
            written: bool = store.set(key, value, store)
            return written
        return JSObject.set(self, key, value, receiver)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        if desc.is_data() and desc.configurable is False and (
                (current := self.store.get_own_property(key)) is None and JSObject.get_own_property(self, key) is None
                or key in self.declared and desc.writable is True and desc.enumerable is True
                and current is not None and current.configurable is True):
            # NON-SPEC (Node): `var`/function declarations land on the store as ordinary
            # properties, and delete of them fails as for any declared global; a function
            # declared again by a later script (CreateGlobalFunctionBinding's definition of a
            # configurable property) leaves it so
            self.declared.add(key)
            desc = PropertyDescriptor(value=desc.value if desc.value is not MISSING else None,
                                      writable=True if desc.writable is MISSING else desc.writable,
                                      enumerable=True if desc.enumerable is MISSING else desc.enumerable,
                                      configurable=True)
        return self.store.define_own_property(key, desc)

    def delete(self, key: Any) -> bool:
        store = self.store
        if store.get_own_property(key) is not None:
            if key in self.declared:
                return False
            return store.delete(key)
        done = JSObject.delete(self, key)
        if done and isinstance(store, ContextStore):
            store.drop_cells()  # (a built-in gone: its cell, see GlobalCell)
        return done

    def own_property_keys(self) -> list[Any]:
        keys = list(self.store.own_property_keys())
        seen = set(k if type(k) is str else id(k) for k in keys)
        for k in JSObject.own_property_keys(self):
            if (k if type(k) is str else id(k)) not in seen:
                keys.append(k)
        return keys

    def prevent_extensions(self) -> bool:
        # Like Node's contextified global: it cannot be frozen, sealed or made non-extensible.
        return False

    def __repr__(self) -> str:
        return "<ContextifiedGlobal>"
