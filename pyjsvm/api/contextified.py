"""JS objects backed by a Python mapping, and the contextified global object.

``MappingObject`` is a Python ``Mapping`` seen from JS: its string-keyed data properties are the
mapping's items, read and written in place (values converted by ``pyjsvm.api.convert``). What a
mapping cannot hold -- symbol keys, accessor properties -- lives in the object's ordinary
``props``. Property attributes other than the default (writable, enumerable, configurable) are
remembered beside the mapping in ``attrs``.

``ContextifiedGlobal`` is the global object of a context made by ``vm.create_context(mapping)``
(NON-SPEC: it mirrors V8's interceptors as Node uses them): global reads look in the mapping
first and fall through to the ordinary global properties (the built-ins, kept in ``props``);
global writes, ``var`` and function declarations go to the mapping; it cannot be made
non-extensible (so ``Object.freeze(globalThis)`` throws, as in Node).

Conversions are cached per key (the Python value and the JS value it became) so that a value
read twice is the same JS object and reads in a hot loop do not convert again.
"""
from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from math import copysign
from typing import TYPE_CHECKING, Any, NoReturn

from pyjsvm.api.convert import (
    _int_to_number, js_string_to_python, python_string_to_js, to_js_or_throw, to_python,
)
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import (
    A, C, E, W, WEC, JSObject, Prop, PropertyDescriptor, ordered_keys, ordinary_define_own_property,
    ordinary_set, validate_and_apply_property_descriptor,
)
from pyjsvm.runtime.values import MISSING

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["MappingObject", "ContextifiedGlobal"]

_ABSENT: Any = object()


def _flags_of(desc: PropertyDescriptor, default: int = 0) -> int:
    """The W/E/C flags a data descriptor asks for, absent fields taken from ``default``."""
    f = 0
    for field, bit in ((desc.writable, W), (desc.enumerable, E), (desc.configurable, C)):
        if field is MISSING:
            f |= default & bit
        elif field is True:
            f |= bit
    return f


class MappingObject(JSObject):
    """A Python ``Mapping`` as a live JS object of one realm (see the module docstring)."""

    __slots__ = ("mapping", "realm", "attrs", "cache", "mutable")
    simple_props = False

    def __init__(self, proto: JSObject | None, mapping: Mapping[Any, Any], realm: "Realm") -> None:
        JSObject.__init__(self, proto)
        self.mapping = mapping
        self.realm = realm
        self.mutable = isinstance(mapping, MutableMapping)
        self.attrs: dict[str, int] = {}        # JS key -> W|E|C flags, when not all three
        self.cache: dict[Any, tuple[Any, Any]] = {}  # Python key -> (Python value, JS value)

    # --- the mapping side -------------------------------------------------------------------
    def _host_error(self, e: Exception) -> NoReturn:
        raise JSThrow(self.realm.new_error("Error", python_string_to_js(f"{type(e).__name__}: {e}"))) from None

    def _contains(self, pk: Any) -> bool:
        try:
            return pk in self.mapping
        except Exception as e:
            self._host_error(e)

    def _lookup(self, key: str) -> Any:
        """The JS value of mapping item ``key`` (a JS string), or _ABSENT."""
        pk = key if key.isascii() else js_string_to_python(key)
        try:
            v = self.mapping.get(pk, _ABSENT)
        except Exception as e:
            self._host_error(e)
        t = type(v)
        if t is float or t is bool:
            return v
        if t is int:
            return _int_to_number(v)
        if t is str:
            return v if v.isascii() else python_string_to_js(v)
        if v is _ABSENT:
            return _ABSENT
        c = self.cache.get(pk)
        if c is not None and c[0] is v:
            return c[1]
        j = to_js_or_throw(v, self.realm)
        self.cache[pk] = (v, j)
        return j

    def _store(self, key: str, value: Any) -> bool:
        """Write JS ``value`` to mapping item ``key`` (a JS string)."""
        return self._store_py_key(key if key.isascii() else js_string_to_python(key), value)

    def _store_py_key(self, pk: Any, value: Any) -> bool:
        if not self.mutable:
            return False
        t = type(value)
        # NON-SPEC fast paths for the common primitives (same results as to_python).
        if t is float:
            py = int(value) if value.is_integer() and (value or copysign(1.0, value) > 0.0) else value
        elif t is str:
            py = value if value.isascii() else js_string_to_python(value)
        else:
            py = to_python(value, self.realm)
        try:
            self.mapping[pk] = py  # type: ignore[index]
        except Exception as e:
            self._host_error(e)
        if isinstance(value, JSObject):
            self.cache[pk] = (py, value)
        # A stale cache entry for a key now holding a primitive is harmless: it is only used
        # when the mapping holds that very Python object again.
        return True

    def _remove(self, key: str) -> bool:
        if not self.mutable:
            return False
        pk = key if key.isascii() else js_string_to_python(key)
        try:
            del self.mapping[pk]  # type: ignore[attr-defined]
        except KeyError:
            pass
        except Exception as e:
            self._host_error(e)
        self.cache.pop(pk, None)
        self.attrs.pop(key, None)
        return True

    def _item_desc(self, key: str, v: Any) -> PropertyDescriptor:
        f = self.attrs.get(key, WEC) if self.attrs else WEC
        return PropertyDescriptor(value=v, writable=bool(f & W), enumerable=bool(f & E), configurable=bool(f & C))

    # --- internal methods -------------------------------------------------------------------
    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        if type(key) is str:
            v = self._lookup(key)
            if v is not _ABSENT:
                return self._item_desc(key, v)
        return JSObject.get_own_property(self, key)

    def has_property(self, key: Any) -> bool:
        if type(key) is str:
            try:
                if (key if key.isascii() else js_string_to_python(key)) in self.mapping:
                    return True
            except Exception as e:
                self._host_error(e)
        if key in self.props:
            return True
        p = self.get_prototype_of()
        return isinstance(p, JSObject) and p.has_property(key)

    def get(self, key: Any, receiver: Any) -> Any:
        if type(key) is str:
            v = self._lookup(key)
            if v is not _ABSENT:
                return v
        return JSObject.get(self, key, receiver)

    def lookup_binding(self, key: Any) -> Any:
        """NON-SPEC: one lookup for a global identifier (see JSObject.lookup_binding)."""
        if type(key) is str:
            if key.isascii():
                # fast path: an object already converted once (functions, arrays ...)
                try:
                    pv = self.mapping.get(key, _ABSENT)
                except Exception as e:
                    self._host_error(e)
                if pv is not _ABSENT:
                    c = self.cache.get(key)
                    if c is not None and c[0] is pv:
                        return c[1]
            v = self._lookup(key)
            if v is not _ABSENT:
                return v
        stored = self.props.get(key, MISSING)
        if stored is not MISSING:
            if type(stored) is not Prop:
                return stored
            if not stored.flags & A:
                return stored.value
        return JSObject.lookup_binding(self, key)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        if receiver is self and type(key) is str:
            pk = key if key.isascii() else js_string_to_python(key)
            try:
                present = pk in self.mapping
            except Exception as e:
                self._host_error(e)
            if present:
                if self.attrs and not self.attrs.get(key, WEC) & W:
                    return False
                return self._store_py_key(pk, value)
            stored = self.props.get(key, MISSING)
            if stored is not MISSING and self._shadow_on_write(stored):
                return self._store(key, value)
        # A new property, or one reached through the prototype chain: the spec's path, which
        # ends in define_own_property below when a property is created.
        return ordinary_set(self, key, value, receiver)

    def _shadow_on_write(self, stored: Any) -> bool:
        """NON-SPEC: whether assigning to this own ordinary (``props``) property writes the
        mapping instead (only the contextified global's writable built-ins do)."""
        return False

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        if type(key) is not str:
            return ordinary_define_own_property(self, key, desc)
        v = self._lookup(key)
        if v is not _ABSENT:
            # An item of the mapping.
            current = self._item_desc(key, v)
            if not validate_and_apply_property_descriptor(None, key, self.extensible, desc, current):
                return False
            if desc.is_accessor():
                if not self._remove(key):
                    return False
                flags = _flags_of(desc, _flags_of(current)) & (E | C)
                g = desc.get if desc.get is not MISSING else None
                s = desc.set if desc.set is not MISSING else None
                self.props[key] = Prop(None, flags | A, g, s)
                return True
            flags = _flags_of(desc, _flags_of(current))
            if desc.value is not MISSING and not self._store(key, desc.value):
                return False
            self._set_attrs(key, flags)
            return True
        if key in self.props:
            # An accessor (or, on the contextified global, a built-in): an ordinary property.
            return ordinary_define_own_property(self, key, desc)
        # 2. A new property (ValidateAndApplyPropertyDescriptor with current undefined).
        if not self.extensible:
            return False
        if desc.is_accessor():
            return ordinary_define_own_property(self, key, desc)
        if not self._store(key, desc.value if desc.value is not MISSING else None):
            return False
        self._set_attrs(key, _flags_of(desc))
        return True

    def _set_attrs(self, key: str, flags: int) -> None:
        if flags == WEC:
            if self.attrs:
                self.attrs.pop(key, None)
        else:
            self.attrs[key] = flags

    def delete(self, key: Any) -> bool:
        if type(key) is str and self._contains(key if key.isascii() else js_string_to_python(key)):
            if self.attrs and not self.attrs.get(key, WEC) & C:
                return False
            return self._remove(key)
        return JSObject.delete(self, key)

    def own_property_keys(self) -> list[Any]:
        try:
            items = list(self.mapping)
        except Exception as e:
            self._host_error(e)
        keys: dict[Any, None] = {}
        for k in items:
            if isinstance(k, str):
                keys[python_string_to_js(str(k))] = None
        for k in self.props:
            keys[k] = None
        return ordered_keys(keys)


class ContextifiedGlobal(MappingObject):
    """The global object of a context made from a Python mapping (see the module docstring)."""

    __slots__ = ()

    def __init__(self, realm: "Realm", mapping: MutableMapping[Any, Any]) -> None:
        MappingObject.__init__(self, realm.object_prototype, mapping, realm)

    def _shadow_on_write(self, stored: Any) -> bool:
        # NON-SPEC (Node): assigning to a writable built-in (``Array = 1``) writes the mapping,
        # which then shadows the built-in; read-only ones (NaN, undefined) and accessors keep
        # their ordinary behaviour.
        if type(stored) is Prop:
            return not stored.flags & A and bool(stored.flags & W)
        return True

    def prevent_extensions(self) -> bool:
        # Like Node's contextified global: it cannot be frozen, sealed or made non-extensible.
        return False

    def __repr__(self) -> str:
        return "<ContextifiedGlobal>"
