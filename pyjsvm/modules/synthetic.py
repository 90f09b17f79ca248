"""Synthetic Module Records (sec-synthetic-module-records): a module whose exports the host
sets (``vm.SyntheticModule``, ``node:`` built-ins, JSON modules)."""
from __future__ import annotations

from typing import Any, Callable

from pyjsvm.compiler.functions import realm_global_env
from pyjsvm.runtime.promise import new_promise
from pyjsvm.modules.records import GraphLoadingState, ModuleRecord, ResolvedBinding
from pyjsvm.runtime.agent import AGENT, Interrupted, JSThrow
from pyjsvm.runtime.environments import FunctionEnv
from pyjsvm.runtime.values import MISSING, NULL


class SyntheticModuleRecord(ModuleRecord):
    """A Synthetic Module Record: ``export_names`` and ``evaluation_steps(module)``, which sets the
    exports with ``set_synthetic_export``. Its bindings are initialised to undefined when linked
    (sec-smr-Link)."""

    def __init__(self, realm: Any, export_names: list[str], evaluation_steps: Callable[["SyntheticModuleRecord"], Any],
                 host_defined: Any = None) -> None:
        super().__init__(realm, host_defined)
        self.export_names = list(dict.fromkeys(export_names))
        self.evaluation_steps = evaluation_steps
        self.binding_slots = {n: i for i, n in enumerate(self.export_names)}
        self.linked = False
        self.evaluated_promise: Any = None
        self.evaluating = False  # NON-SPEC: its evaluation steps are running (vm: status 'evaluating')

    def ensure_environment(self) -> FunctionEnv:
        if self.environment is None:
            self.environment = FunctionEnv([MISSING] * len(self.export_names), realm_global_env(self.realm),
                                           None, None, None)
        return self.environment  # type: ignore[no-any-return]

    def load_requested_modules(self, host_defined: Any = None,
                               on_settled: Callable[[bool, Any], None] | None = None) -> GraphLoadingState:
        """LoadRequestedModules (sec-smr-LoadRequestedModules): nothing to load."""
        state = GraphLoadingState(host_defined, on_settled)
        state.is_loading = False
        state.settle(True, None)
        return state

    def get_exported_names(self, export_star_set: list[ModuleRecord] | None = None) -> list[str]:
        """GetExportedNames (sec-smr-getexportednames)."""
        return list(self.export_names)

    def resolve_export(self, export_name: str, resolve_set: Any = None) -> Any:
        """ResolveExport (sec-smr-resolveexport)."""
        if export_name not in self.binding_slots:
            return None
        return ResolvedBinding(self, export_name)

    def link(self) -> None:
        """Link (sec-smr-Link): create the environment with every export undefined."""
        env = self.ensure_environment()
        if not self.linked:
            for i in range(len(env.vars)):
                if env.vars[i] is MISSING:
                    env.vars[i] = None
            self.linked = True

    def evaluate(self) -> Any:
        """Evaluate (sec-smr-Evaluate): run the evaluation steps once; returns a settled promise."""
        if self.evaluated_promise is not None:
            return self.evaluated_promise
        promise, resolve, reject = new_promise(self.realm)
        self.evaluated_promise = promise
        saved = AGENT.realm
        AGENT.realm = self.realm
        self.evaluating = True
        try:
            try:
                self.evaluation_steps(self)
            except JSThrow as e:
                reject.call(None, [e.value])
            except Interrupted:
                # NON-SPEC: the host stopped the run (a timeout...) in the steps: errored with
                # null, as a cyclic module's evaluation stopped so (records.CyclicModuleRecord.evaluate)
                promise.is_handled = True
                reject.call(None, [NULL])
                raise
            else:
                resolve.call(None, [None])
        finally:
            self.evaluating = False
            AGENT.realm = saved
        return promise

    def set_synthetic_export(self, name: str, value: Any) -> None:
        """SetSyntheticModuleExport (sec-setsyntheticmoduleexport)."""
        env = self.ensure_environment()
        env.vars[self.binding_slots[name]] = value


__all__ = ["SyntheticModuleRecord"]
