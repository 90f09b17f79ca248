"""Abstract Module Records (sec-abstract-module-records) and Cyclic Module Records
(sec-cyclic-module-records): loading (LoadRequestedModules), Link (InnerModuleLinking) and
Evaluate (InnerModuleEvaluation) with asynchronous evaluation for top-level await
(ExecuteAsyncModule, GatherAvailableAncestors, AsyncModuleExecutionFulfilled/Rejected).

Fields keep the spec's names in snake_case. A cyclic module's [[Status]] is a ``Status`` and is
only ever changed by ``CyclicModuleRecord.set_status``, which checks the transition.
"""
from __future__ import annotations

import enum
import itertools
from typing import Any, Callable

from pyjsvm.compiler.module_code import ALL, ALL_BUT_DEFAULT, ModuleRequest
from pyjsvm.runtime.promise import new_promise, perform_promise_then_internal
from pyjsvm.runtime.agent import AGENT, Interrupted, JSThrow
from pyjsvm.runtime.values import NULL
from pyjsvm.runtime.promise import JSPromise
from pyjsvm.runtime.promise import REJECTED

NAMESPACE = "*namespace*"   # ResolvedBinding.[[BindingName]] of a whole namespace (sec-resolvedbinding-record)


class Status(enum.Enum):
    """[[Status]] of a Cyclic Module Record (sec-cyclic-module-records, Table 44)."""

    NEW = "new"
    UNLINKED = "unlinked"
    LINKING = "linking"
    LINKED = "linked"
    EVALUATING = "evaluating"
    EVALUATING_ASYNC = "evaluating-async"
    EVALUATED = "evaluated"


_TRANSITIONS: dict[Status, set[Status]] = {
    Status.NEW: {Status.UNLINKED},
    Status.UNLINKED: {Status.LINKING},
    Status.LINKING: {Status.LINKED, Status.UNLINKED},
    Status.LINKED: {Status.EVALUATING},
    Status.EVALUATING: {Status.EVALUATING_ASYNC, Status.EVALUATED},
    Status.EVALUATING_ASYNC: {Status.EVALUATED},
    Status.EVALUATED: set(),
}

DONE = "done"   # [[AsyncEvaluationOrder]] once the module's async evaluation finished
_async_evaluation_counter = itertools.count(1)


class ResolvedBinding:
    """A ResolvedBinding Record (sec-resolvedbinding-record)."""

    __slots__ = ("module", "binding_name")

    def __init__(self, module: "ModuleRecord", binding_name: str) -> None:
        self.module = module
        self.binding_name = binding_name


AMBIGUOUS = "ambiguous"


class ModuleRecord:
    """An Abstract Module Record (sec-abstract-module-records)."""

    def __init__(self, realm: Any, host_defined: Any = None) -> None:
        self.realm = realm
        self.environment: Any = None        # an Env whose ``vars`` hold the bindings
        self.namespace: Any = None
        self.deferred_namespace: Any = None   # import-defer: [[DeferredNamespace]]
        self.host_defined = host_defined
        self.host_loader: Any = None        # NON-SPEC: HostLoadImportedModule for this referrer (loading.py)
        self.binding_slots: dict[str, int] = {}  # NON-SPEC: binding name -> index in environment.vars
        # NON-SPEC (Node's vm): what a failed ``module.link()`` rejected with (its linker gave no
        # module, one of another context or an errored one): the module is then 'errored'
        self.link_error: Any = None

    # --- the abstract methods ----------------------------------------------------------------
    def load_requested_modules(self, host_defined: Any = None,
                               on_settled: Callable[[bool, Any], None] | None = None) -> "GraphLoadingState":
        raise NotImplementedError

    def get_exported_names(self, export_star_set: list["ModuleRecord"] | None = None) -> list[str]:
        raise NotImplementedError

    def resolve_export(self, export_name: str, resolve_set: list[tuple["ModuleRecord", str]] | None = None) -> Any:
        raise NotImplementedError

    def link(self) -> None:
        raise NotImplementedError

    def evaluate(self) -> Any:
        raise NotImplementedError

    def get_module_source(self) -> Any:
        """GetModuleSource (sec-source-text-module-record-getmodulesource): neither Source Text nor
        Synthetic Module Records have a module source object."""
        raise JSThrow(self.realm.new_error("SyntaxError", "Source phase import object is not available for this module"))

    def evaluation_requests(self) -> list[ModuleRequest]:
        """NON-SPEC: [[RequestedModules]] that are linked and evaluated (not the source phase ones)."""
        return [r for r in getattr(self, "requested_modules", []) if r.phase != "source"]

    # --- NON-SPEC helpers ------------------------------------------------------------------------
    def binding_value(self, name: str) -> Any:
        """GetBindingValue(name, true) on the module's environment; MISSING while uninitialized."""
        v = self.environment.vars[self.binding_slots[name]]
        if type(v) is tuple:   # an indirect import binding
            vars_, i = v
            return vars_[i]
        return v


class GraphLoadingState:
    """A GraphLoadingState Record (sec-graphloadingstate-records). NON-SPEC: the promise
    capability is replaced by ``on_settled(ok, value)``, and the outcome is kept in
    ``settled``/``error`` for synchronous callers."""

    def __init__(self, host_defined: Any, on_settled: Callable[[bool, Any], None] | None) -> None:
        self.is_loading = True
        self.pending_modules_count = 1
        self.visited: list[CyclicModuleRecord] = []
        self.host_defined = host_defined
        self.on_settled = on_settled
        self.settled = False
        self.error: JSThrow | None = None

    def settle(self, ok: bool, value: Any) -> None:
        self.settled = True
        if not ok:
            self.error = JSThrow(value)
        if self.on_settled is not None:
            self.on_settled(ok, value)


class CyclicModuleRecord(ModuleRecord):
    """A Cyclic Module Record (sec-cyclic-module-records)."""

    def __init__(self, realm: Any, requested_modules: list[ModuleRequest], has_tla: bool,
                 host_defined: Any = None) -> None:
        super().__init__(realm, host_defined)
        self.status = Status.NEW
        self.evaluation_error: JSThrow | None = None
        self.dfs_index: int | None = None
        self.dfs_ancestor_index: int | None = None
        self.requested_modules = requested_modules
        self.loaded_modules: list[tuple[ModuleRequest, ModuleRecord]] = []
        self.cycle_root: CyclicModuleRecord | None = None
        self.has_tla = has_tla
        self.async_evaluation_order: int | str | None = None   # unset, an integer, or DONE
        self.top_level_capability: Any = None   # (promise, resolve, reject)
        self.async_parent_modules: list[CyclicModuleRecord] = []
        self.pending_async_dependencies: int | None = None

    def set_status(self, new: Status) -> None:
        """The one place [[Status]] changes; checks that the spec allows the transition."""
        if new not in _TRANSITIONS[self.status]:
            raise AssertionError(f"module status cannot go from {self.status.value} to {new.value}")
        self.status = new

    # --- subclasses provide these ------------------------------------------------------------
    def initialize_environment(self) -> None:
        raise NotImplementedError

    def execute_module(self, capability: Any = None) -> None:
        raise NotImplementedError

    # --- GetImportedModule (sec-GetImportedModule) -------------------------------------------
    def get_imported_module(self, request: ModuleRequest) -> ModuleRecord:
        """GetImportedModule (sec-GetImportedModule)."""
        for r, m in self.loaded_modules:
            if r.same_as(request):
                return m
        raise AssertionError(f"module request {request.specifier!r} was not loaded")

    def add_loaded_module(self, request: ModuleRequest, module: ModuleRecord) -> None:
        """FinishLoadingImportedModule step 1 (sec-FinishLoadingImportedModule)."""
        for r, m in self.loaded_modules:
            if r.same_as(request):
                if m is not module:
                    raise AssertionError("a module request was loaded twice with different modules")
                return
        self.loaded_modules.append((request, module))

    # --- LoadRequestedModules (sec-LoadRequestedModules) ---------------------------------------
    def load_requested_modules(self, host_defined: Any = None,
                               on_settled: Callable[[bool, Any], None] | None = None) -> GraphLoadingState:
        """LoadRequestedModules (sec-LoadRequestedModules)."""
        state = GraphLoadingState(host_defined, on_settled)
        inner_module_loading(state, self)
        return state

    # --- Link (sec-moduledeclarationlinking) --------------------------------------------------
    def link(self) -> None:
        """Link() of a Cyclic Module Record (sec-moduledeclarationlinking)."""
        assert self.status in (Status.UNLINKED, Status.LINKED, Status.EVALUATING_ASYNC, Status.EVALUATED)
        stack: list[CyclicModuleRecord] = []
        try:
            inner_module_linking(self, stack, 0)
        except JSThrow:
            for m in stack:
                assert m.status == Status.LINKING
                m.set_status(Status.UNLINKED)
            raise
        assert self.status in (Status.LINKED, Status.EVALUATING_ASYNC, Status.EVALUATED)
        assert not stack

    # --- Evaluate (sec-moduleevaluation) --------------------------------------------------------
    def evaluate(self) -> Any:
        """Evaluate() of a Cyclic Module Record (sec-moduleevaluation); returns a promise."""
        module: CyclicModuleRecord = self
        assert module.status in (Status.LINKED, Status.EVALUATING_ASYNC, Status.EVALUATED)
        if module.status in (Status.EVALUATING_ASYNC, Status.EVALUATED):
            module = module.cycle_root or module
        if module.top_level_capability is not None:
            return module.top_level_capability[0]
        stack: list[CyclicModuleRecord] = []
        cap = new_promise(self.realm)
        module.top_level_capability = cap
        try:
            inner_module_evaluation(module, stack, 0)
        except JSThrow as e:
            for m in stack:
                assert m.status == Status.EVALUATING
                m.set_status(Status.EVALUATED)
                m.evaluation_error = e
            assert module.status == Status.EVALUATED
            cap[2].call(None, [e.value])
        except Interrupted:
            # NON-SPEC: the host stopped the run (a timeout, SIGINT, a step or memory limit) inside
            # a module body. As V8 does for a terminated evaluation, every module left evaluating
            # is errored with null as its error (Node's ``module.error`` of a timed-out module),
            # so that a later Evaluate() of it or of a module importing it rejects instead of
            # finding a module still 'evaluating' forever. The stop itself propagates.
            for m in stack:
                assert m.status == Status.EVALUATING
                m.set_status(Status.EVALUATED)
                m.evaluation_error = JSThrow(NULL)
            cap[0].is_handled = True  # nobody holds this rejection yet: not an unhandled one
            cap[2].call(None, [NULL])
            raise
        else:
            assert module.status in (Status.EVALUATING_ASYNC, Status.EVALUATED)
            if module.async_evaluation_order is None or module.async_evaluation_order == DONE:
                assert module.status == Status.EVALUATED
                cap[1].call(None, [None])
            assert not stack
        return cap[0]


# --- loading -----------------------------------------------------------------------------------

def all_import_attributes_supported(attributes: tuple[tuple[str, str], ...]) -> bool:
    """AllImportAttributesSupported (sec-AllImportAttributesSupported): every key is among
    HostGetSupportedImportAttributes() (``HostHooks.supported_import_attributes``; None: all)."""
    supported = HostHooks.supported_import_attributes
    return supported is None or all(k in supported for k, _ in attributes)


class HostHooks:
    """NON-SPEC: the host-defined operations the loading algorithm calls, HostLoadImportedModule
    (sec-HostLoadImportedModule), which ``loading.py``, building on this module, installs when
    the package is imported, and HostGetSupportedImportAttributes
    (sec-hostgetsupportedimportattributes)."""

    load_imported_module: Callable[[Any, Any, Any, Any], None] | None = None
    # NON-SPEC: None, every key, as V8 under Node: the loader a request reaches decides -- a vm
    # linker or import callback gets every attribute (Node's docs: the host, there the callback,
    # rejects what it does not support), Node's ESM loader (host/esm.py) only supports 'type'.
    supported_import_attributes: tuple[str, ...] | None = None


def inner_module_loading(state: GraphLoadingState, module: ModuleRecord) -> None:
    """InnerModuleLoading (sec-InnerModuleLoading)."""
    host_load_imported_module = HostHooks.load_imported_module
    assert host_load_imported_module is not None, "pyjsvm.modules.loading installs HostLoadImportedModule"
    assert state.is_loading
    if isinstance(module, CyclicModuleRecord) and module.status == Status.NEW and module not in state.visited:
        state.visited.append(module)
        state.pending_modules_count += len(module.requested_modules)
        for request in module.requested_modules:
            if not all_import_attributes_supported(request.attributes):
                key = next(k for k, _ in request.attributes if k != "type")
                err = module.realm.new_error("SyntaxError", f'Import attribute "{key}" with value '
                                             f'"{dict(request.attributes)[key]}" is not supported')
                continue_module_loading(state, False, err)
            else:
                loaded = next((m for r, m in module.loaded_modules if r.same_as(request)), None)
                if loaded is not None:
                    inner_module_loading(state, loaded)
                else:
                    host_load_imported_module(module, request, state.host_defined, state)
            if not state.is_loading:
                return
    assert state.pending_modules_count >= 1
    state.pending_modules_count -= 1
    if state.pending_modules_count == 0:
        state.is_loading = False
        for loaded_module in state.visited:
            if loaded_module.status == Status.NEW:
                loaded_module.set_status(Status.UNLINKED)
        state.settle(True, None)


def continue_module_loading(state: GraphLoadingState, ok: bool, value: Any) -> None:
    """ContinueModuleLoading (sec-ContinueModuleLoading)."""
    if not state.is_loading:
        return
    if ok:
        inner_module_loading(state, value)
    else:
        state.is_loading = False
        state.settle(False, value)


# --- linking -------------------------------------------------------------------------------------

def inner_module_linking(module: ModuleRecord, stack: list[CyclicModuleRecord], index: int) -> int:
    """InnerModuleLinking (sec-InnerModuleLinking)."""
    # 1. If module is not a Cyclic Module Record, then
    if not isinstance(module, CyclicModuleRecord):
        module.link()
        return index
    # 2. If module.[[Status]] is one of linking, linked, evaluating-async, or evaluated, return index.
    if module.status in (Status.LINKING, Status.LINKED, Status.EVALUATING_ASYNC, Status.EVALUATED):
        return index
    # 3-8.
    assert module.status == Status.UNLINKED
    module.set_status(Status.LINKING)
    module.dfs_index = index
    module.dfs_ancestor_index = index
    index += 1
    stack.append(module)
    # 9. For each ModuleRequest Record request of module.[[RequestedModules]] (evaluation phase), do
    for request in module.evaluation_requests():
        required = module.get_imported_module(request)
        index = inner_module_linking(required, stack, index)
        if isinstance(required, CyclicModuleRecord):
            assert required.status in (Status.LINKING, Status.LINKED, Status.EVALUATING_ASYNC, Status.EVALUATED)
            if required.status == Status.LINKING:
                assert module.dfs_ancestor_index is not None and required.dfs_ancestor_index is not None
                module.dfs_ancestor_index = min(module.dfs_ancestor_index, required.dfs_ancestor_index)
    # 10. Perform ? module.InitializeEnvironment().
    module.initialize_environment()
    # 13. If module.[[DFSAncestorIndex]] = module.[[DFSIndex]], then
    if module.dfs_ancestor_index == module.dfs_index:
        while True:
            required = stack.pop()
            required.set_status(Status.LINKED)
            if required is module:
                break
    return index


# --- evaluation ----------------------------------------------------------------------------------

def inner_module_evaluation(module: ModuleRecord, stack: list[CyclicModuleRecord], index: int) -> int:
    """InnerModuleEvaluation (sec-innermoduleevaluation)."""
    # 1. If module is not a Cyclic Module Record, then
    if not isinstance(module, CyclicModuleRecord):
        promise = module.evaluate()
        assert isinstance(promise, JSPromise)
        if promise.state == "pending":
            # NON-SPEC: only a host's re-entry gets here -- a module evaluated from inside the
            # evaluation steps of a synthetic module it imports (V8 aborts the process)
            raise JSThrow(module.realm.new_error(
                "TypeError", "Cannot evaluate a module that imports a synthetic module while that module's "
                "evaluation steps are running"))
        if promise.state == "rejected":
            raise JSThrow(promise.result)
        return index
    # 2. If module.[[Status]] is either evaluating-async or evaluated, then
    if module.status in (Status.EVALUATING_ASYNC, Status.EVALUATED):
        if module.evaluation_error is None:
            return index
        raise JSThrow(module.evaluation_error.value)
    # 3. If module.[[Status]] is evaluating, return index.
    if module.status == Status.EVALUATING:
        return index
    # 4-10.
    assert module.status == Status.LINKED
    module.set_status(Status.EVALUATING)
    module.dfs_index = index
    module.dfs_ancestor_index = index
    module.pending_async_dependencies = 0
    index += 1
    stack.append(module)
    # 11. The evaluation list: the requested modules, and for a deferred import only the modules
    # with top-level await it depends on (import-defer: GatherAsynchronousTransitiveDependencies)
    evaluation_list: list[ModuleRecord] = []
    for request in module.evaluation_requests():
        required_module = module.get_imported_module(request)
        for m in (gather_asynchronous_transitive_dependencies(required_module) if request.phase == "defer"
                  else [required_module]):
            if m not in evaluation_list:
                evaluation_list.append(m)
    for required in evaluation_list:
        index = inner_module_evaluation(required, stack, index)
        if isinstance(required, CyclicModuleRecord):
            assert required.status in (Status.EVALUATING, Status.EVALUATING_ASYNC, Status.EVALUATED)
            if required.status == Status.EVALUATING:
                assert module.dfs_ancestor_index is not None and required.dfs_ancestor_index is not None
                module.dfs_ancestor_index = min(module.dfs_ancestor_index, required.dfs_ancestor_index)
            else:
                required = required.cycle_root or required
                assert required.status in (Status.EVALUATING_ASYNC, Status.EVALUATED)
                if required.evaluation_error is not None:
                    raise JSThrow(required.evaluation_error.value)
            if isinstance(required.async_evaluation_order, int):
                module.pending_async_dependencies += 1
                required.async_parent_modules.append(module)
    # 12. If module.[[PendingAsyncDependencies]] > 0 or module.[[HasTLA]] is true, then
    if module.pending_async_dependencies > 0 or module.has_tla:
        assert module.async_evaluation_order is None
        module.async_evaluation_order = next(_async_evaluation_counter)
        if module.pending_async_dependencies == 0:
            execute_async_module(module)
    else:
        module.execute_module()
    # 15. If module.[[DFSAncestorIndex]] = module.[[DFSIndex]], then
    if module.dfs_ancestor_index == module.dfs_index:
        while True:
            required = stack.pop()
            if not isinstance(required.async_evaluation_order, int):
                required.set_status(Status.EVALUATED)
            else:
                required.set_status(Status.EVALUATING_ASYNC)
            required.cycle_root = module
            if required is module:
                break
    return index


def gather_asynchronous_transitive_dependencies(module: ModuleRecord, seen: list[ModuleRecord] | None = None) -> list[ModuleRecord]:
    """GatherAsynchronousTransitiveDependencies (import-defer): the modules with top-level await
    that evaluating ``module`` would wait for."""
    if seen is None:
        seen = []
    result: list[ModuleRecord] = []
    if module in seen:
        return result
    seen.append(module)
    if not isinstance(module, CyclicModuleRecord):
        return result
    if module.status in (Status.EVALUATING, Status.EVALUATED):
        return result
    if module.has_tla:
        result.append(module)
        return result
    for request in module.evaluation_requests():
        for m in gather_asynchronous_transitive_dependencies(module.get_imported_module(request), seen):
            if m not in result:
                result.append(m)
    return result


def ready_for_sync_execution(module: ModuleRecord, seen: list[ModuleRecord] | None = None) -> bool:
    """ReadyForSyncExecution (import-defer): whether ``module`` can be evaluated synchronously now."""
    if seen is None:
        seen = []
    if module in seen:
        return True
    seen.append(module)
    if not isinstance(module, CyclicModuleRecord):
        return True
    if module.status == Status.EVALUATED:
        return True
    if module.status in (Status.EVALUATING, Status.EVALUATING_ASYNC):
        return False
    if module.has_tla:
        return False
    return all(ready_for_sync_execution(module.get_imported_module(r), seen) for r in module.evaluation_requests())


def evaluate_sync(module: ModuleRecord) -> None:
    """EvaluateSync (import-defer): evaluate a module that is ready for synchronous execution."""
    promise = module.evaluate()
    if promise.state == REJECTED:
        raise JSThrow(promise.result)


def execute_async_module(module: CyclicModuleRecord) -> None:
    """ExecuteAsyncModule (sec-execute-async-module)."""
    assert module.status in (Status.EVALUATING, Status.EVALUATING_ASYNC)
    assert module.has_tla
    cap = new_promise(module.realm)

    def on_fulfilled(_: Any) -> None:
        async_module_execution_fulfilled(module)

    def on_rejected(error: Any) -> None:
        async_module_execution_rejected(module, error)
    perform_promise_then_internal(cap[0], on_fulfilled, on_rejected, module.realm)
    module.execute_module(cap)


def gather_available_ancestors(module: CyclicModuleRecord, exec_list: list[CyclicModuleRecord]) -> None:
    """GatherAvailableAncestors (sec-gather-available-ancestors)."""
    for m in module.async_parent_modules:
        root = m.cycle_root or m
        if m not in exec_list and root.evaluation_error is None:
            assert m.status == Status.EVALUATING_ASYNC
            assert m.evaluation_error is None
            assert isinstance(m.async_evaluation_order, int)
            assert m.pending_async_dependencies is not None and m.pending_async_dependencies > 0
            m.pending_async_dependencies -= 1
            if m.pending_async_dependencies == 0:
                exec_list.append(m)
                if not m.has_tla:
                    gather_available_ancestors(m, exec_list)


def async_module_execution_fulfilled(module: CyclicModuleRecord) -> None:
    """AsyncModuleExecutionFulfilled (sec-async-module-execution-fulfilled)."""
    if module.status == Status.EVALUATED:
        assert module.evaluation_error is not None
        return
    assert module.status == Status.EVALUATING_ASYNC
    assert isinstance(module.async_evaluation_order, int)
    assert module.evaluation_error is None
    module.async_evaluation_order = DONE
    module.set_status(Status.EVALUATED)
    if module.top_level_capability is not None:
        module.top_level_capability[1].call(None, [None])
    exec_list: list[CyclicModuleRecord] = []
    gather_available_ancestors(module, exec_list)
    exec_list.sort(key=lambda m: m.async_evaluation_order)  # type: ignore[arg-type,return-value]
    for m in exec_list:
        if m.status == Status.EVALUATED:
            assert m.evaluation_error is not None
        elif m.has_tla:
            execute_async_module(m)
        else:
            try:
                m.execute_module()
            except JSThrow as e:
                async_module_execution_rejected(m, e.value)
            else:
                m.async_evaluation_order = DONE
                m.set_status(Status.EVALUATED)
                if m.top_level_capability is not None:
                    m.top_level_capability[1].call(None, [None])


def async_module_execution_rejected(module: CyclicModuleRecord, error: Any) -> None:
    """AsyncModuleExecutionRejected (sec-async-module-execution-rejected)."""
    if module.status == Status.EVALUATED:
        assert module.evaluation_error is not None
        return
    assert module.status == Status.EVALUATING_ASYNC
    assert isinstance(module.async_evaluation_order, int)
    assert module.evaluation_error is None
    module.evaluation_error = JSThrow(error)
    module.set_status(Status.EVALUATED)
    module.async_evaluation_order = DONE
    if module.top_level_capability is not None:
        module.top_level_capability[2].call(None, [error])
    for m in module.async_parent_modules:
        async_module_execution_rejected(m, error)


def note_stopped_module(stop: BaseException, module: CyclicModuleRecord) -> None:
    """NON-SPEC: ``module``'s body was stopped by the host (``stop``, an Interrupted, unwinding)
    after an await: remember it on the exception, for ``reject_stopped_modules``."""
    stopped = getattr(stop, "stopped_modules", None)
    if stopped is None:
        stopped = []
        stop.stopped_modules = stopped  # type: ignore[attr-defined]
    stopped.append(module)


def carry_stopped_modules(stop: BaseException, into: BaseException) -> BaseException:
    """NON-SPEC: ``into`` (the host's exception for the stop ``stop``) with the modules ``stop``
    stopped; returns ``into``."""
    stopped = getattr(stop, "stopped_modules", None)
    if stopped is not None:
        into.stopped_modules = stopped  # type: ignore[attr-defined]
    return into


def reject_stopped_modules(stop: BaseException, error: Any) -> None:
    """NON-SPEC: each module whose continuation the host's stop ``stop`` ended fails with
    ``error``, the host's error for the stop (AsyncModuleExecutionRejected): 'errored', its
    evaluation's promise rejected, as the vm docs describe an evaluation that ends in an
    exception. (The promise of the module's own capability is marked handled: when the stop came
    from the evaluate() call itself, nobody else holds it.)"""
    for m in getattr(stop, "stopped_modules", ()):
        if m.status == Status.EVALUATING_ASYNC and m.evaluation_error is None:
            root = m.cycle_root or m
            if root.top_level_capability is not None:
                root.top_level_capability[0].is_handled = True
            async_module_execution_rejected(m, error)


# --- resolution helpers used by Source Text and Synthetic Module Records -------------------------

def star_export_names(module: Any, export_star_set: list[ModuleRecord], exported_names: list[str]) -> None:
    """GetExportedNames steps for star exports (sec-getexportednames step 7)."""
    for e in module.code.star_export_entries:
        requested = module.get_imported_module(e.module_request)
        for n in requested.get_exported_names(export_star_set):
            if n != "default" and n not in exported_names:
                exported_names.append(n)


__all__ = ["Status", "ModuleRecord", "CyclicModuleRecord", "ResolvedBinding", "AMBIGUOUS", "NAMESPACE", "ALL",
           "ALL_BUT_DEFAULT", "GraphLoadingState", "inner_module_loading", "continue_module_loading", "HostHooks"]
_ = AGENT
