"""Source Text Module Records (sec-source-text-module-records): GetExportedNames, ResolveExport,
InitializeEnvironment, ExecuteModule, and the module's ``import.meta``."""
from __future__ import annotations

from typing import Any, Callable

from pyjsvm.compiler.functions import realm_global_env
from pyjsvm.compiler.module_code import ALL, NAMESPACE_OBJECT, SOURCE, ModuleCode
from pyjsvm.modules.records import AMBIGUOUS, NAMESPACE, CyclicModuleRecord, ModuleRecord, ResolvedBinding, note_stopped_module
from pyjsvm.runtime.agent import AGENT, Interrupted, JSThrow
from pyjsvm.runtime.environments import FunctionEnv
from pyjsvm.runtime.generator_objects import NORMAL, AsyncFunctionRun
from pyjsvm.runtime.promise import PromiseCapability
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import create_data_property_or_throw
from pyjsvm.runtime import stack
from pyjsvm.syntax.utf16 import js_string_to_python
from pyjsvm.modules.namespace import get_module_namespace


def _syntax_error(realm: Any, message: str) -> JSThrow:
    return JSThrow(realm.new_error("SyntaxError", message))


class SourceTextModuleRecord(CyclicModuleRecord):
    """A Source Text Module Record (sec-source-text-module-records) over a compiled ``ModuleCode``.

    ``host_defined`` is what the host keeps (the vm API's Module object, the CLI's loader entry);
    ``import_meta_hook(meta, module)`` is HostGetImportMetaProperties + HostFinalizeImportMeta."""

    def __init__(self, realm: Any, code: ModuleCode, host_defined: Any = None,
                 import_meta_hook: Callable[[JSObject, "SourceTextModuleRecord"], None] | None = None) -> None:
        super().__init__(realm, code.requested_modules, code.has_top_level_await, host_defined)
        self.code = code
        self.import_meta: JSObject | None = None
        self.import_meta_hook = import_meta_hook
        self.binding_slots = code.slots
        code.referrer.record = self

    # --- environment ---------------------------------------------------------------------------
    def ensure_environment(self) -> FunctionEnv:
        """NON-SPEC: the module environment (sec-newmoduleenvironment) is allocated on first need, so
        that importers in a cycle can point at its slots before InitializeEnvironment ran."""
        if self.environment is None:
            env = FunctionEnv(list(self.code.template), realm_global_env(self.realm), None, None, None)
            self.environment = env
        return self.environment  # type: ignore[no-any-return]

    # --- GetExportedNames (sec-getexportednames) -------------------------------------------------
    def get_exported_names(self, export_star_set: list[ModuleRecord] | None = None) -> list[str]:
        """GetExportedNames (sec-getexportednames)."""
        if export_star_set is None:
            export_star_set = []
        if self in export_star_set:
            return []
        export_star_set.append(self)
        names: list[str] = []
        for e in self.code.local_export_entries:
            assert e.export_name is not None
            names.append(e.export_name)
        for e in self.code.indirect_export_entries:
            assert e.export_name is not None
            names.append(e.export_name)
        for e in self.code.star_export_entries:
            assert e.module_request is not None
            requested = self.get_imported_module(e.module_request)
            for n in requested.get_exported_names(export_star_set):
                if n != "default" and n not in names:
                    names.append(n)
        return names

    # --- ResolveExport (sec-resolveexport) --------------------------------------------------------
    def resolve_export(self, export_name: str, resolve_set: list[tuple[ModuleRecord, str]] | None = None) -> Any:
        """ResolveExport (sec-resolveexport): a ResolvedBinding, None (not found or circular) or
        AMBIGUOUS."""
        if resolve_set is None:
            resolve_set = []
        for m, n in resolve_set:
            if m is self and n == export_name:
                return None   # a circular import request
        resolve_set.append((self, export_name))
        code = self.code
        for e in code.local_export_entries:
            if e.export_name == export_name:
                assert e.local_name is not None
                return ResolvedBinding(self, e.local_name)
        for e in code.indirect_export_entries:
            if e.export_name == export_name:
                assert e.module_request is not None and e.import_name is not None
                imported = self.get_imported_module(e.module_request)
                if e.import_name == ALL:
                    return ResolvedBinding(imported, NAMESPACE)
                return imported.resolve_export(e.import_name, resolve_set)
        if export_name == "default":
            return None
        star_resolution: ResolvedBinding | None = None
        for e in code.star_export_entries:
            assert e.module_request is not None
            imported = self.get_imported_module(e.module_request)
            resolution = imported.resolve_export(export_name, resolve_set)
            if resolution == AMBIGUOUS:
                return AMBIGUOUS
            if resolution is not None:
                if star_resolution is None:
                    star_resolution = resolution
                elif resolution.module is not star_resolution.module or \
                        resolution.binding_name != star_resolution.binding_name:
                    return AMBIGUOUS
        return star_resolution

    # --- InitializeEnvironment (sec-source-text-module-record-initialize-environment) -------------
    def initialize_environment(self) -> None:
        """InitializeEnvironment (sec-source-text-module-record-initialize-environment)."""
        code = self.code
        realm = self.realm
        # 1. For each ExportEntry Record e of module.[[IndirectExportEntries]], do
        for e in code.indirect_export_entries:
            assert e.export_name is not None
            resolution = self.resolve_export(e.export_name)
            if resolution is None or resolution == AMBIGUOUS:
                raise _resolution_error(realm, self, e.export_name, resolution,
                                        e.module_request.specifier if e.module_request else "")
        # 3-6. the module environment
        env = self.ensure_environment()
        vars = env.vars
        vars[:] = code.template
        slots = code.slots
        # 7. For each ImportEntry Record in of module.[[ImportEntries]], do
        for ie in code.import_entries:
            imported = self.get_imported_module(ie.module_request)
            idx = slots[ie.local_name]
            if ie.import_name == NAMESPACE_OBJECT:
                vars[idx] = get_module_namespace(imported, ie.module_request.phase == "defer")
                continue
            if ie.import_name == SOURCE:
                vars[idx] = imported.get_module_source()
                continue
            resolution = imported.resolve_export(ie.import_name)
            if resolution is None or resolution == AMBIGUOUS:
                raise _resolution_error(realm, self, ie.import_name, resolution, ie.module_request.specifier)
            if resolution.binding_name == NAMESPACE:
                vars[idx] = ([get_module_namespace(resolution.module)], 0)
            else:
                target = resolution.module
                target_env = target.ensure_environment()
                target_idx = target.binding_slots[resolution.binding_name]
                cell = target_env.vars[target_idx]
                # an import of an exported namespace import: bind to the namespace itself
                vars[idx] = cell if type(cell) is tuple else (target_env.vars, target_idx)
        # 24-27. functions are instantiated; var bindings are undefined, lexical ones uninitialized
        saved = AGENT.realm
        AGENT.realm = realm
        try:
            for idx, mk in code.func_decls:
                vars[idx] = mk(env)
        finally:
            AGENT.realm = saved

    # --- ExecuteModule (sec-source-text-module-record-execute-module) ------------------------------
    def execute_module(self, capability: Any = None) -> None:
        """ExecuteModule (sec-source-text-module-record-execute-module): run the body; with a
        capability (top-level await), as an async function body (AsyncBlockStart)."""
        env = self.ensure_environment()
        realm = self.realm
        saved = AGENT.realm
        AGENT.realm = realm
        # (with a capability, the run's steps are the module's activation in stack traces, the
        # first one and those after each await alike: this frame hands it on, see DELEGATING)
        run: ModuleAsyncRun | None = None
        try:
            if capability is None:
                try:
                    self.code.body(env)
                except RecursionError:
                    raise JSThrow(realm.new_error("RangeError", "Maximum call stack size exceeded")) from None
            else:
                _, resolve, reject = capability
                run = ModuleAsyncRun(self.code.body(env), realm, resolve, reject, self)
                run.step(NORMAL, None)
        finally:
            AGENT.realm = saved

    # NON-SPEC (V8): module code is strict: CallSites of this frame and those outside it show
    # no receiver or function (runtime/stack.materialize_frames)
    frame_strict = True

    def frame_info(self) -> tuple[str, str, int, int]:
        """NON-SPEC: how the module's top level appears in stack traces."""
        return "", self.code.filename, 1, 1

    # --- import.meta (sec-meta-properties-runtime-semantics-evaluation) ---------------------------
    def get_import_meta(self) -> JSObject:
        """The module's [[ImportMeta]]: made on first evaluation of ``import.meta`` with the host's
        properties (HostGetImportMetaProperties, HostFinalizeImportMeta)."""
        if self.import_meta is None:
            meta = JSObject(None)
            self.import_meta = meta
            if self.import_meta_hook is not None:
                self.import_meta_hook(meta, self)
        return self.import_meta


def _resolution_error(realm: Any, module: Any, name: str, resolution: Any, specifier: str) -> JSThrow:
    n = js_string_to_python(name)
    if resolution == AMBIGUOUS:
        return _syntax_error(realm, f"The requested module '{specifier}' contains conflicting star exports "
                                    f"for name '{n}'")
    return _syntax_error(realm, f"The requested module '{specifier}' does not provide an export named '{n}'")


class ModuleAsyncRun(AsyncFunctionRun):
    """NON-SPEC: the steps of a module body with top-level await (AsyncBlockStart), whose frames
    stack traces show as the module's top level, before and after each await."""

    __slots__ = ("module", "started")

    def __init__(self, pygen: Any, realm: Any, resolve: Any, reject: Any, module: SourceTextModuleRecord) -> None:
        AsyncFunctionRun.__init__(self, pygen, realm, PromiseCapability(None, resolve, reject))
        self.module = module
        self.started = False

    def step(self, how: int, value: Any) -> None:
        if not self.started:  # (the first step runs inside Evaluate(), which handles a stop there)
            self.started = True
            AsyncFunctionRun.step(self, how, value)
            return
        try:
            AsyncFunctionRun.step(self, how, value)
        except Interrupted as e:
            # NON-SPEC: the host stopped a continuation of the body (a timeout of the run that
            # drains the context's microtasks): the module's evaluation failed, and is rejected
            # with the host's error for the stop once the host has made it
            # (records.reject_stopped_modules), instead of staying 'evaluating-async' forever
            note_stopped_module(e, self.module)
            raise

    frame_strict = True

    def frame_info(self) -> tuple[str, str, int, int]:
        return self.module.frame_info()


def _register_stack_codes() -> None:
    stack.register_activation(SourceTextModuleRecord.execute_module, ModuleAsyncRun.step)
    stack.DELEGATING[SourceTextModuleRecord.execute_module.__code__] = "run"


_register_stack_codes()

__all__ = ["SourceTextModuleRecord", "create_data_property_or_throw"]
