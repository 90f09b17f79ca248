"""Built-in objects, one module per built-in. Each module's ``setup(realm)`` creates its
intrinsics in the realm and its global properties; they run in this order.

A ``Deferred`` entry is a built-in set up on first use instead (NON-SPEC, for a cheap realm;
pyjsvm.intrinsics.realm): its module is not even imported until then. It declares what its
setup makes, so that the realm can stand in for it meanwhile: the global properties (data
properties, writable and configurable, as every global constructor and namespace object), the
roots of the intrinsics' names (``%Temporal%``, ``%Temporal.PlainDate.prototype%``: root
``Temporal``) and the properties it adds to built-ins of other modules. tests/intrinsics/
test_lazy.py checks each declaration against what the setup does.
"""
from __future__ import annotations

from pyjsvm.syntax.record import record
from types import ModuleType

from pyjsvm.intrinsics import array, error, function, generator, global_functions, iterator, object
from pyjsvm.intrinsics.error import NATIVE_ERRORS
from pyjsvm.runtime.buffers import TYPED_ARRAY_TYPES


@record(frozen=True)
class Deferred:
    """Built-in modules whose ``setup(realm)`` runs on first use (see the module docstring)."""

    modules: tuple[str, ...]              # its module(s), imported when first needed, set up in order
    globals: tuple[str, ...]              # the global properties its setup defines
    roots: tuple[str, ...]                # the roots of the names of the intrinsics it makes
    slots: tuple[tuple[str, str], ...] = ()  # (intrinsic, key): properties it adds to other built-ins


def _deferred(name: str, globals: tuple[str, ...], roots: tuple[str, ...] | None = None,
              slots: tuple[tuple[str, str], ...] = (), also: tuple[str, ...] = ()) -> Deferred:
    """The built-in module ``pyjsvm.intrinsics.<name>`` (then ``also``), deferred; its roots are
    its globals unless given."""
    return Deferred(tuple("pyjsvm.intrinsics." + m for m in (name, *also)), globals,
                    globals if roots is None else roots, slots)


_TYPED_ARRAYS = tuple(TYPED_ARRAY_TYPES)

MODULES: list[ModuleType | Deferred] = [
    object, function, error,
    _deferred("native_error", NATIVE_ERRORS),
    _deferred("aggregate_error", ("AggregateError",)),
    _deferred("suppressed_error", ("SuppressedError",)),
    _deferred("symbol", ("Symbol",)),
    _deferred("boolean", ("Boolean",)),
    _deferred("number", ("parseFloat", "parseInt", "Number")),
    _deferred("string", ("String",), ("String", "StringIteratorPrototype")),
    _deferred("regexp", ("RegExp",), ("RegExp", "RegExpStringIteratorPrototype")),
    array,
    _deferred("math", ("Math",)),
    _deferred("json", ("JSON",)),
    global_functions,
    _deferred("map_set", ("Map", "Set"), ("Map", "Set", "MapIteratorPrototype", "SetIteratorPrototype")),
    _deferred("weak", ("WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry")),
    _deferred("reflect", ("Reflect",)),
    _deferred("proxy", ("Proxy",)),
    _deferred("promise", ("Promise",)),
    generator,
    _deferred("bigint", ("BigInt",)),
    iterator,
    _deferred("date", ("Date",)),
    _deferred("eval_function", ("eval",)),
    _deferred("array_buffer", ("ArrayBuffer", "SharedArrayBuffer")),
    _deferred("data_view", ("DataView",)),
    _deferred("typed_array", _TYPED_ARRAYS, ("TypedArray", *_TYPED_ARRAYS), also=("uint8_array",)),
    _deferred("atomics", ("Atomics",)),
    _deferred("abstract_module_source", (), ("AbstractModuleSource",)),
    _deferred("disposable_stack", ("DisposableStack",)),
    _deferred("async_disposable_stack", ("AsyncDisposableStack",)),
    _deferred("shadow_realm", ("ShadowRealm",)),
    _deferred("intl", ("Intl",)),
    _deferred("temporal", ("Temporal",), slots=(("%Date.prototype%", "toTemporalInstant"),)),
    _deferred("console", ("console",)),
]
