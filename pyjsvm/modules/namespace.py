"""Module namespace exotic objects (sec-module-namespace-exotic-objects) and GetModuleNamespace
(sec-getmodulenamespace)."""
from __future__ import annotations

from typing import Any

from pyjsvm.modules.records import AMBIGUOUS, NAMESPACE, ModuleRecord, ResolvedBinding
from pyjsvm.runtime.agent import throw_reference_error, throw_type_error
from pyjsvm.runtime.objects import JSObject, Prop, PropertyDescriptor, ordered_keys, ordinary_define_own_property, same_value
from pyjsvm.runtime.values import MISSING, NULL, SYM_TO_STRING_TAG, JSSymbol
from pyjsvm.modules.records import CyclicModuleRecord, Status, evaluate_sync, ready_for_sync_execution


class ModuleNamespace(JSObject):
    """A module namespace exotic object: [[Module]], [[Exports]] (sorted by code units), a null
    prototype, not extensible, and @@toStringTag "Module" as its only own symbol property."""

    __slots__ = ("module", "exports", "export_set")
    simple_props = False
    class_name = "Module"
    frame_type_name = "Module"  # (a stack line's type name for a call through it: "at Module.f")
    effectful_own_property = True  # (a deferred namespace's evaluates the module)

    def __init__(self, module: ModuleRecord, exports: list[str]) -> None:
        JSObject.__init__(self, None)
        self.module = module
        self.exports = sorted(exports)
        self.export_set = set(exports)
        self.props[SYM_TO_STRING_TAG] = Prop("Module", 0)
        self.extensible = False

    def get_prototype_of(self) -> Any:
        return NULL

    def set_prototype_of(self, v: Any) -> bool:
        """SetImmutablePrototype (sec-set-immutable-prototype)."""
        return v is NULL

    def is_extensible(self) -> bool:
        return False

    def prevent_extensions(self) -> bool:
        return True

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        """[[GetOwnProperty]] (sec-module-namespace-exotic-objects-getownproperty-p)."""
        if isinstance(key, JSSymbol):
            return JSObject.get_own_property(self, key)
        if key not in self.export_set:
            return None
        value = self.get(key, self)
        return PropertyDescriptor(value=value, writable=True, enumerable=True, configurable=False)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        """[[DefineOwnProperty]] (sec-module-namespace-exotic-objects-defineownproperty-p-desc)."""
        if isinstance(key, JSSymbol):
            return ordinary_define_own_property(self, key, desc)
        current = self.get_own_property(key)
        if current is None:
            return False
        if desc.configurable is True or desc.enumerable is False or desc.is_accessor() or desc.writable is False:
            return False
        if desc.value is not MISSING:
            return same_value(desc.value, current.value)
        return True

    def has_property(self, key: Any) -> bool:
        """[[HasProperty]] (sec-module-namespace-exotic-objects-hasproperty-p)."""
        if isinstance(key, JSSymbol):
            return key in self.props
        return key in self.export_set

    def get(self, key: Any, receiver: Any) -> Any:
        """[[Get]] (sec-module-namespace-exotic-objects-get-p-receiver)."""
        if isinstance(key, JSSymbol):
            return JSObject.get(self, key, receiver)
        if key not in self.export_set:
            return None
        binding = self.module.resolve_export(key)
        assert isinstance(binding, ResolvedBinding)
        target = binding.module
        if binding.binding_name == NAMESPACE:
            return get_module_namespace(target)
        if target.environment is None:
            throw_reference_error(f"Cannot access '{key}' before initialization")
        v = target.binding_value(binding.binding_name)
        if v is MISSING:
            throw_reference_error(f"Cannot access '{key}' before initialization")
        return v

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        return False

    def delete(self, key: Any) -> bool:
        """[[Delete]] (sec-module-namespace-exotic-objects-delete-p)."""
        if isinstance(key, JSSymbol):
            return JSObject.delete(self, key)
        return key not in self.export_set

    def own_property_keys(self) -> list[Any]:
        """[[OwnPropertyKeys]] (sec-module-namespace-exotic-objects-ownpropertykeys)."""
        return list(self.exports) + [k for k in ordered_keys(self.props) if isinstance(k, JSSymbol)]

    def lookup_binding(self, key: Any) -> Any:
        if self.has_property(key):
            return self.get(key, self)
        return MISSING


class DeferredModuleNamespace(ModuleNamespace):
    """A deferred module namespace object (import-defer, [[Deferred]] true): the first use of an
    export name (not of a symbol or "then") evaluates the module synchronously
    (GetModuleExportsList); @@toStringTag is "Deferred Module"."""

    __slots__ = ()

    def __init__(self, module: ModuleRecord, exports: list[str]) -> None:
        ModuleNamespace.__init__(self, module, exports)
        self.props[SYM_TO_STRING_TAG] = Prop("Deferred Module", 0)

    @staticmethod
    def _symbol_like(key: Any) -> bool:
        """IsSymbolLikeNamespaceKey."""
        return isinstance(key, JSSymbol) or key == "then"

    def _exports_list(self) -> None:
        """GetModuleExportsList: evaluate the module, or throw TypeError when it cannot run now."""
        m = self.module
        if isinstance(m, CyclicModuleRecord) and m.status != Status.EVALUATED and not ready_for_sync_execution(m):
            throw_type_error("Deferred module cannot be evaluated synchronously now")
        evaluate_sync(m)

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        if self._symbol_like(key):
            return JSObject.get_own_property(self, key)
        self._exports_list()
        return ModuleNamespace.get_own_property(self, key)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        if self._symbol_like(key):
            return ordinary_define_own_property(self, key, desc)
        return ModuleNamespace.define_own_property(self, key, desc)

    def has_property(self, key: Any) -> bool:
        if self._symbol_like(key):
            return key in self.props
        self._exports_list()
        return key in self.export_set

    def get(self, key: Any, receiver: Any) -> Any:
        if self._symbol_like(key):
            return JSObject.get(self, key, receiver)
        self._exports_list()
        return ModuleNamespace.get(self, key, receiver)

    def delete(self, key: Any) -> bool:
        if self._symbol_like(key):
            return JSObject.delete(self, key)
        self._exports_list()
        return key not in self.export_set

    def own_property_keys(self) -> list[Any]:
        self._exports_list()
        return ModuleNamespace.own_property_keys(self)


def get_module_namespace(module: ModuleRecord, deferred: bool = False) -> ModuleNamespace:
    """GetModuleNamespace (sec-getmodulenamespace); ``deferred``: the module's deferred namespace
    (import-defer, phase defer)."""
    namespace = module.deferred_namespace if deferred else module.namespace
    if namespace is None:
        exported = module.get_exported_names()
        names = [n for n in exported if isinstance(module.resolve_export(n), ResolvedBinding)]
        if deferred:
            namespace = DeferredModuleNamespace(module, names)
            module.deferred_namespace = namespace
        else:
            namespace = ModuleNamespace(module, names)
            module.namespace = namespace
    return namespace  # type: ignore[no-any-return]


__all__ = ["ModuleNamespace", "DeferredModuleNamespace", "get_module_namespace", "AMBIGUOUS"]
