"""The contextified global object.

``MappingObject`` (in ``pyjsvm.api.convert``) is a Python ``Mapping`` seen from JS: its string-keyed data properties are the
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

from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any, cast

from pyjsvm.runtime.objects import (
    A, W, Prop,
)
from pyjsvm.api.convert import MappingObject

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ContextifiedGlobal"]

class ContextifiedGlobal(MappingObject):
    """The global object of a context made from a Python mapping (see the module docstring)."""

    __slots__ = ("global_items",)
    is_global = True

    def __init__(self, realm: "Realm", mapping: MutableMapping[Any, Any]) -> None:
        MappingObject.__init__(self, realm.object_prototype, mapping, realm)
        # Compiled code reads and writes the items of a dict in place when the dict's item
        # methods are dict's own (a plain dict, ContextObject): see GlobalEnv.items.
        t = type(mapping)
        plain = isinstance(mapping, dict) and all(
            getattr(t, m) is getattr(dict, m) for m in ("get", "__getitem__", "__setitem__", "__contains__"))
        self.global_items = cast("dict[str, Any]", mapping) if plain else None

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
