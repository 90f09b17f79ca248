"""The vm module API: ``vm.Module``, ``vm.SourceTextModule``, ``vm.SyntheticModule`` (Node's
``node:vm`` in snake_case, see ``../shared/reference/node-vm.md`` "Class: vm.Module"), and the
``import_module_dynamically`` option of scripts, functions and contexts: a callable
``(specifier, referrer, attributes)`` -- or ``(specifier, referrer, attributes, phase)``, given the
phase ('evaluation' or 'source') when it takes a fourth argument -- returning a ``Module``, a
namespace or an awaitable of one (or ``constants.USE_MAIN_CONTEXT_DEFAULT_LOADER``, not for a
``SourceTextModule``).

A ``Module`` wraps a module record of ``pyjsvm.modules``. ``evaluate()`` (and ``link()``) return a
``ModulePromise``: the evaluation has already run when it is returned (as in Node, where the
returned promise may already be settled); awaiting it (``await m.evaluate()``,
``asyncio.run(m.evaluate())``) runs pending jobs until it settles, then returns None or raises the
module's error as ``JSError``. ``.done()`` / ``.result(timeout=)`` settle it without an event loop.
It is the ``JSPromiseProxy`` bridge of every JS promise, with Node's module status errors.
"""
from __future__ import annotations

from collections.abc import Coroutine, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Callable, Generator

from pyjsvm.api.convert import JSObjectProxy, JSPromiseProxy, JSValue, _python_error_value, js_error, thrown_by_host, to_js, to_python
from pyjsvm.api.timeouts import STOPS, stop_error
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.api.common import (
    CachedData, Context, ImportModuleDynamically, _check_bool, _check_int32, _check_str, _check_timeout,
    _require_context, constants, python_syntax_error,
)
from pyjsvm.intrinsics.realm import main_realm
from pyjsvm.errors import VMError, VMTypeError, invalid_arg_type
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.runtime.promise import JSPromise
from pyjsvm.modules import (
    CyclicModuleRecord, ModuleNamespace,
)
from pyjsvm.modules.loading import coded_error, missing_callback_error
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import JSObject
from pyjsvm.errors import JSError
from pyjsvm.api.code_cache import cached_data_bytes
from pyjsvm.api.vm_core import (
    CompileError, check_can_link, check_linked_module, default_identifier, evaluate_module, first_equal_requests, instantiate_module, link_requests_error,
    module_cached_data, module_error, module_has_async_graph, module_namespace, new_source_text_module, new_synthetic_module, status_of, unlinked_import_error,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["Module", "SourceTextModule", "SyntheticModule", "ModuleRequest", "ModulePromise", "VMError"]


class ModuleRequest:
    """One ``import`` of a module, read-only: ``specifier``, ``attributes`` (the ``with { ... }``
    import attributes) and ``phase`` (Node's ``{specifier, attributes, phase}``; also readable as
    ``request["specifier"]``).

        >>> import pyjsvm as vm
        >>> vm.SourceTextModule("import data from './d.json' with { type: 'json' };").module_requests
        [ModuleRequest(specifier='./d.json', attributes={'type': 'json'}, phase='evaluation')]
    """

    __slots__ = ("specifier", "attributes", "phase")
    specifier: str
    attributes: dict[str, str]
    phase: str

    def __init__(self, specifier: str, attributes: dict[str, str], phase: str) -> None:
        object.__setattr__(self, "specifier", specifier)
        object.__setattr__(self, "attributes", attributes)
        object.__setattr__(self, "phase", phase)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("ModuleRequest is read-only")

    def __getitem__(self, key: str) -> Any:
        if key in ("specifier", "attributes", "phase"):
            return getattr(self, key)
        raise KeyError(key)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(other) == {"specifier": self.specifier, "attributes": self.attributes, "phase": self.phase}
        return isinstance(other, ModuleRequest) and (self.specifier, self.attributes, self.phase) == \
            (other.specifier, other.attributes, other.phase)

    def __repr__(self) -> str:
        return f"ModuleRequest(specifier={self.specifier!r}, attributes={self.attributes!r}, phase={self.phase!r})"


class ModulePromise(Coroutine[Any, Any, None]):
    """The promise ``evaluate()``/``link()`` return, as a Python awaitable (and coroutine, so that
    ``asyncio.run`` accepts it). It settles through the same bridge as every JS promise
    (``JSPromiseProxy``): awaiting it runs the JS job queue in steps from the asyncio loop, and
    ``result(timeout=)`` runs it synchronously. Fulfilled gives None, rejected raises the
    module's error as ``JSError``::

        >>> import asyncio, pyjsvm as vm
        >>> m = vm.SourceTextModule("export const x = await Promise.resolve(42);")
        >>> m.link(lambda *a: None).result()
        >>> asyncio.run(m.evaluate())
        >>> m.namespace["x"]
        42
    """

    def __init__(self, promise: JSPromise | None, realm: "Realm", error: BaseException | None = None) -> None:
        self._promise = None if promise is None else JSPromiseProxy(promise, realm)
        self._error = error
        self._gen: Generator[Any, None, None] | None = None

    def done(self) -> bool:
        """Whether it has settled (no job is run to find out)."""
        return self._promise is None or self._promise.done()

    def result(self, timeout: int | None = None) -> None:
        """None once fulfilled, after running queued JS jobs (within ``timeout`` ms) until it
        settles; raises the rejection as JSError (or the API error). Still pending with no job
        left: ``VMError`` ``ERR_VM_MODULE_STATUS``."""
        if self._error is not None:
            raise self._error
        if self._promise is None:
            return None
        try:
            self._promise.result(timeout)
        except VMError as e:
            if e.code != "ERR_VM_PROMISE_PENDING":
                raise
            raise VMError("the module's evaluation has not finished", "ERR_VM_MODULE_STATUS") from None
        return None

    async def _settle(self) -> None:
        if self._error is not None:
            raise self._error
        if self._promise is not None:
            await self._promise.wait()

    def __await__(self) -> Generator[Any, None, None]:
        return self._settle().__await__()

    def send(self, value: Any) -> Any:
        if self._gen is None:
            self._gen = self.__await__()
        return self._gen.send(value)

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:  # type: ignore[override,unused-ignore]
        if self._gen is None:
            self._gen = self.__await__()
        return self._gen.throw(typ if val is None else val)

    def close(self) -> None:
        if self._gen is not None:
            self._gen.close()


def _this(obj: Any, cls: type) -> None:
    """The receiver check of a module method or property called on something else (e.g.
    ``SourceTextModule.link(obj, linker)``): Node's TypeError ERR_INVALID_ARG_TYPE 'The "this"
    argument must be an instance of Module'. A half-made instance (no record yet) fails too."""
    if not isinstance(obj, cls) or not hasattr(obj, "_record"):
        raise invalid_arg_type("this", f"an instance of {cls.__name__}", obj)


class Module:
    """The base of ``SourceTextModule`` and ``SyntheticModule`` (Node: ``vm.Module``; not
    constructible): ``status``, ``identifier``, ``namespace``, ``error``, ``link()`` and
    ``evaluate()``.

        >>> import pyjsvm as vm
        >>> m = vm.SourceTextModule("export default 1;", identifier="one.mjs")
        >>> isinstance(m, vm.Module), m.status
        (True, 'unlinked')
    """

    _record: Any
    _realm: "Realm"
    _context_obj: Any
    _identifier: str

    def __init__(self) -> None:
        raise TypeError("Module is not a constructor")  # Node's: only its subclasses construct

    def _setup(self, record: Any, realm: "Realm", context_obj: Any, identifier: str) -> None:
        self._record = record
        self._realm = realm
        self._context_obj = context_obj
        self._identifier = identifier
        self._linking = False
        self._requests_linked = False
        record.host_defined = self

    @property
    def identifier(self) -> str:
        _this(self, Module)
        return self._identifier

    @property
    def context(self) -> Context:
        _this(self, Module)
        context: Context = self._context_obj
        return context

    @property
    def status(self) -> str:
        """'unlinked', 'linking', 'linked', 'evaluating', 'evaluated' or 'errored'."""
        _this(self, Module)
        return status_of(self._record, self._linking)

    @property
    def error(self) -> "JSValue | VMError":
        """The exception the evaluation threw (only when status is 'errored'), or the ``VMError``
        a failed ``link()`` raised on what its linker returned."""
        _this(self, Module)
        error = module_error(self._record, self._linking)
        if isinstance(error, VMError):
            return error
        return to_python(error, self._realm)

    @property
    def namespace(self) -> JSObjectProxy:
        """The module namespace object (after linking)."""
        _this(self, Module)
        namespace = to_python(self._js(module_namespace, self._record, self._linking), self._realm)
        assert isinstance(namespace, JSObjectProxy)
        return namespace

    def _js(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` of the core (``api/vm_core``), a JS throw raised as JSError."""
        try:
            return fn(*args)
        except JSThrow as e:
            err = js_error(e.value, self._realm)
            raise err from err.__cause__

    def evaluate(self, *, timeout: int | None = None, break_on_sigint: bool = False) -> ModulePromise:
        """Run the (linked) module and the modules it imports, and return a ``ModulePromise``:
        awaitable, or ``result(timeout=)`` synchronously; it raises the module's error as
        ``JSError``. ``timeout`` (ms) bounds the synchronous part and the jobs it queued (Node:
        ``module.evaluate``)."""
        _this(self, Module)
        t = _check_timeout(timeout)
        _check_bool(break_on_sigint, "options.break_on_sigint")
        try:
            promise = evaluate_module(self._record, self._linking, t, break_on_sigint)
        except VMError as e:
            return ModulePromise(None, self._realm, e)
        except JSThrow as e:
            err = js_error(e.value, self._realm)
            raise err from err.__cause__
        except STOPS as e:
            raise stop_error(e, self._realm) from None
        return ModulePromise(promise, self._realm)

    def link(self, linker: Callable[..., Any]) -> ModulePromise:
        """Resolve the module's imports by calling ``linker(specifier, referencing_module, extra)``
        for each (it returns a ``Module``, or an awaitable of one), recursively, then instantiate
        the graph; returns a ``ModulePromise`` (Node: ``module.link``). A ``SyntheticModule`` is
        linked when made: its ``link`` does nothing."""
        _this(self, Module)
        if isinstance(self, SyntheticModule):
            return ModulePromise(None, self._realm)
        if not callable(linker):
            raise invalid_arg_type("linker", "of type function", linker)
        try:
            check_can_link(self._record, self._linking)
        except VMError as e:
            return ModulePromise(None, self._realm, e)
        try:
            self._link_graph(linker, set())
            self.instantiate()  # type: ignore[attr-defined]
        except BaseException as e:
            if not isinstance(e, Exception):
                raise
            return ModulePromise(None, self._realm, e)
        return ModulePromise(None, self._realm)

    def _link_graph(self, linker: Callable[..., Any], seen: set[int]) -> None:
        if id(self) in seen:
            return
        seen.add(id(self))
        if not isinstance(self._record, CyclicModuleRecord) or self._requests_linked:
            return
        self._linking = True
        try:
            modules: list[Module] = []
            firsts = first_equal_requests(self._record)  # (the linker is called once per distinct request)
            for i, req in enumerate(self.module_requests):  # type: ignore[attr-defined]
                if firsts[i] != i:
                    modules.append(modules[firsts[i]])
                    continue
                extra = {"attributes": dict(req.attributes), "assert": dict(req.attributes)}
                m = _drive(linker(req.specifier, self, extra))
                if not isinstance(m, Module):
                    raise VMError("Provided module is not an instance of Module", "ERR_VM_MODULE_NOT_MODULE")
                check_linked_module(self._record, m._record, m._linking, req.specifier)
                modules.append(m)
            self.link_requests(modules)  # type: ignore[attr-defined]
            for m in modules:
                m._link_graph(linker, seen)
        except VMError as e:
            # NON-SPEC (Node 20): a link that failed on what the linker gave leaves this module
            # (and each module whose link led here) 'errored', with the error as ``error``
            if e.code in _LINK_ERRORED:
                self._record.link_error = e
            raise
        finally:
            self._linking = False

    def __repr__(self) -> str:
        return f"{type(self).__name__} {{ status: {self.status!r}, identifier: {self._identifier!r} }}"




# the codes of the link errors that leave a module 'errored' (Node 20: those of its linker's result)
_LINK_ERRORED = ("ERR_VM_MODULE_NOT_MODULE", "ERR_VM_MODULE_DIFFERENT_CONTEXT", "ERR_VM_MODULE_LINK_FAILURE")


def _drive(value: Any) -> Any:
    """The value of a linker's or callback's result: awaited when it is a coroutine that
    completes without waiting on an event loop. One that waits on an event loop's future (an
    ``asyncio.sleep`` that does sleep) cannot be driven here, where the engine waits for it
    synchronously: closed, and a VMError (ERR_VM_MODULE_LINK_FAILURE) that says so."""
    import inspect  # imported where used: it costs start-up
    if inspect.isawaitable(value):
        it = value.__await__()
        try:
            while True:
                if it.send(None) is not None:  # (a future of an event loop: it would never resume)
                    it.close()
                    raise VMError("A linker or import callback awaited an event loop; pyjsvm runs it to completion "
                                  "synchronously: return the Module, or an awaitable that completes without waiting "
                                  "on an event loop", "ERR_VM_MODULE_LINK_FAILURE")
                run_jobs()
        except StopIteration as stop:
            return stop.value
    return value


def _resolve_context(context: Any) -> tuple["Realm", Any]:
    if context is None:
        return main_realm(), None
    return _require_context(context, "options.context").realm, context


class SourceTextModule(Module):
    """An ES module from source text (Node: ``new vm.SourceTextModule``): ``link(linker)`` it
    (``linker(specifier, referencing_module, extra)`` returns the ``Module`` each import names),
    then ``evaluate()``; its exports are ``namespace``. ``context`` is the context it runs in
    (default: the main context).

        >>> import pyjsvm as vm
        >>> dep = vm.SourceTextModule("export const base = 40;")
        >>> main = vm.SourceTextModule("import { base } from 'dep'; export const answer = base + 2;")
        >>> main.link(lambda specifier, referrer, extra: dep).result()
        >>> main.evaluate(timeout=100).result()
        >>> main.namespace["answer"], main.status
        (42, 'evaluated')
    """

    def __init__(self, code: str, *, identifier: str | None = None, cached_data: CachedData | None = None,
                 context: Context | None = None, line_offset: int = 0, column_offset: int = 0,
                 initialize_import_meta: Callable[[Any, Any], Any] | None = None,
                 import_module_dynamically: ImportModuleDynamically | None = None) -> None:
        _check_str(code, "code")
        lo = _check_int32(line_offset, "options.line_offset")
        co = _check_int32(column_offset, "options.column_offset")
        if initialize_import_meta is not None and not callable(initialize_import_meta):
            raise invalid_arg_type("options.initialize_import_meta", "of type function", initialize_import_meta)
        if import_module_dynamically is constants.USE_MAIN_CONTEXT_DEFAULT_LOADER:
            # "This option is currently not supported for vm.SourceTextModule"
            raise invalid_arg_type("options.import_module_dynamically", "of type function", import_module_dynamically,
                                   lambda v: f"Received {v!r}")
        loader = _loader_for(import_module_dynamically, "options.import_module_dynamically")
        data = None if cached_data is None else cached_data_bytes(cached_data)
        # (node's order: the options above, then the context and the identifier, so a module
        # refused for a bad option uses no "vm:module(i)" index)
        realm, ctx = _resolve_context(context)
        if identifier is None:
            identifier = default_identifier(realm)
        _check_str(identifier, "options.identifier")
        meta_hook = None
        if initialize_import_meta is not None:
            callback = initialize_import_meta

            def meta_hook(meta: JSObject, record: Any) -> None:
                callback(to_python(meta, realm), self)
        try:
            record = new_source_text_module(code, identifier, data, realm, meta_hook, lo, co)
        except CompileError as e:
            raise python_syntax_error(e, realm) from None
        self._setup(record, realm, ctx, identifier)
        record.host_loader = _vm_loader(self, loader)

    @property
    def module_requests(self) -> list[ModuleRequest]:
        """``sourceTextModule.moduleRequests``: every import's specifier, attributes and phase."""
        _this(self, SourceTextModule)
        return [ModuleRequest(r.specifier, dict(r.attributes), r.phase) for r in self._record.code.all_requests]

    @property
    def dependency_specifiers(self) -> list[str]:
        """``sourceTextModule.dependencySpecifiers`` (deprecated): the requested specifiers."""
        _this(self, SourceTextModule)
        return [r.specifier for r in self._record.requested_modules]

    def has_top_level_await(self) -> bool:
        """Whether the module's own code uses top-level ``await`` (Node: ``hasTopLevelAwait``)."""
        _this(self, SourceTextModule)
        return bool(self._record.has_tla)

    def has_async_graph(self) -> bool:
        """Whether this module or one it imports uses top-level ``await`` (Node:
        ``hasAsyncGraph``); only once linked."""
        _this(self, SourceTextModule)
        return module_has_async_graph(self._record, self._linking)

    def link_requests(self, modules: Sequence[Module]) -> None:
        """Give the module its imports directly: ``modules[i]`` answers ``module_requests[i]``
        (Node: ``linkRequests``); then ``instantiate()``."""
        _this(self, SourceTextModule)
        if isinstance(modules, (str, Mapping)) or not isinstance(modules, Sequence):
            raise invalid_arg_type("modules", "an instance of list", modules)
        for i, m in enumerate(modules):
            if not isinstance(m, Module):
                raise invalid_arg_type(f"modules[{i}]", "an instance of vm.Module", m)
        error = link_requests_error(self._record, self._requests_linked, [m._record for m in modules])
        if error is not None:
            raise VMError(error[1], error[0])
        self._requests_linked = True

    def instantiate(self) -> None:
        """Link the module graph after ``link_requests`` (Node: ``instantiate``); an import that
        names no export raises ``JSError`` (SyntaxError)."""
        _this(self, SourceTextModule)
        self._js(instantiate_module, self._record)

    def create_cached_data(self) -> bytes:
        """A code cache (bytes) for ``SourceTextModule(code,
        cached_data=...)``, before the module is evaluated (after it, a VMError
        ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA)."""
        _this(self, SourceTextModule)
        return module_cached_data(self._record, self._linking)


class SyntheticModule(Module):
    """A module whose exports Python sets (Node: ``new vm.SyntheticModule``): ``evaluate_callback()``
    (no arguments) runs at evaluation and calls ``module.set_export(name, value)`` for the
    ``export_names``.

        >>> import pyjsvm as vm
        >>> config = vm.SyntheticModule(["port"], lambda: config.set_export("port", 8080))
        >>> app = vm.SourceTextModule("import { port } from 'config'; export const url = `http://localhost:${port}`;")
        >>> app.link(lambda *args: config).result()
        >>> app.evaluate().result()
        >>> app.namespace["url"]
        'http://localhost:8080'
    """

    def __init__(self, export_names: Sequence[str], evaluate_callback: Callable[..., Any], *,
                 identifier: str | None = None, context: Context | None = None) -> None:
        if isinstance(export_names, str) or not isinstance(export_names, Sequence):
            raise invalid_arg_type("exportNames", "an instance of list", export_names)
        for i, n in enumerate(export_names):
            _check_str(n, f"exportNames[{i}]")
        if len(set(export_names)) != len(export_names):
            dup = next(n for n in export_names if list(export_names).count(n) > 1)
            raise VMTypeError(f"The property 'exportNames.{dup}' is duplicated. Received '{dup}'", "ERR_INVALID_ARG_VALUE")
        if not callable(evaluate_callback):
            raise invalid_arg_type("evaluateCallback", "of type function", evaluate_callback)
        realm, ctx = _resolve_context(context)
        if identifier is None:
            identifier = default_identifier(realm)
        _check_str(identifier, "options.identifier")
        names = [python_string_to_js(n) for n in export_names]
        callback = evaluate_callback

        def steps(record: Any) -> None:
            try:
                callback()
            except JSThrow:
                raise
            except Exception as e:  # as a host callable's: its type, its text with host_error_detail
                raise JSThrow(_python_error_value(e, realm)) from None
        record = new_synthetic_module(realm, names, steps)
        self._setup(record, realm, ctx, identifier)

    def set_export(self, name: str, value: object) -> None:
        """Set export ``name`` to ``value`` (converted to JS), at any time: before evaluation
        (the module is linked when made), from the evaluate callback or later (Node:
        ``setExport``). A name not among ``export_names`` raises ``JSError`` (the engine's
        ReferenceError, as in node)."""
        _this(self, SyntheticModule)
        _check_str(name, "name")
        key = python_string_to_js(name)
        if key not in self._record.binding_slots:
            message = python_string_to_js(f"Export '{name}' is not defined in module")
            raise js_error(self._realm.new_error("ReferenceError", message), self._realm)
        self._record.set_synthetic_export(key, to_js(value, self._realm))


# --- dynamic import() ----------------------------------------------------------------------------

def _loader_for(callback: Any, name: str) -> Any:
    """Validate an ``import_module_dynamically`` option: None, a callable or
    constants.USE_MAIN_CONTEXT_DEFAULT_LOADER."""
    if callback is None or callback is constants.USE_MAIN_CONTEXT_DEFAULT_LOADER or callable(callback):
        return callback
    raise invalid_arg_type(name, "of type function", callback)


def _module_of(value: Any, realm: "Realm") -> Any:
    """The record behind what an import callback returned (a Module or a namespace object)."""
    if isinstance(value, Module):
        return value._record
    if isinstance(value, JSObjectProxy) and isinstance(value._obj, ModuleNamespace):
        return value._obj.module
    raise JSThrow(coded_error(realm, "TypeError", "ERR_VM_MODULE_NOT_MODULE", "Provided module is not an instance of Module"))


def _call_loader(callback: Any, referrer_obj: Any, realm: "Realm", request: Any, finish: Callable[[bool, Any], None]) -> None:
    """HostLoadImportedModule through a vm callback ``callback(specifier, referrer, attributes)``,
    or ``callback(specifier, referrer, attributes, phase)`` when it takes a fourth argument
    (Node's ``phase``: 'source' or 'evaluation')."""
    if callback is constants.USE_MAIN_CONTEXT_DEFAULT_LOADER:
        default = main_realm().host_defined.get("pyjsvm.default_loader")
        if default is None:
            finish(False, missing_callback_error(realm))
            return
        default(referrer_obj, request, finish)
        return
    if callback is None:
        finish(False, missing_callback_error(realm))
        return
    try:
        args: list[Any] = [request.specifier, referrer_obj, dict(request.attributes)]
        if _takes_phase(callback):
            args.append("source" if request.phase == "source" else "evaluation")
        value = _drive(callback(*args))
        finish(True, _module_of(value, realm))
    except JSError as e:
        finish(False, thrown_by_host(e.js_value, realm))
    except JSThrow as e:
        finish(False, e.value)
    except VMError as e:
        finish(False, coded_error(realm, "Error", e.code, python_string_to_js(str(e))))
    except Exception as e:  # the callback's own exception rejects the import(), as a host callable's
        finish(False, _python_error_value(e, realm))


def _takes_phase(callback: Callable[..., Any]) -> bool:
    """Whether an import callback can be given a fourth positional argument (the phase)."""
    import inspect  # imported where used: it costs start-up
    try:
        params = inspect.signature(callback).parameters.values()
    except (TypeError, ValueError):  # (no signature to read: called as documented before phase)
        return False
    positional = 0
    for p in params:
        if p.kind is p.VAR_POSITIONAL:
            return True
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            positional += 1
    return positional >= 4


def _vm_loader(module: Module, callback: Any) -> Callable[..., None]:
    realm = module._realm

    def load(referrer: Any, request: Any, finish: Callable[[bool, Any], None]) -> None:
        err = unlinked_import_error(module._record, referrer, request.specifier, realm)
        if err is not None:
            finish(False, err)
            return
        _call_loader(callback, module, realm, request, finish)
    return load


class _ScriptReferrer:
    """The [[HostDefined]] of a Script Record or compiled function: its import() loader."""

    def __init__(self, owner: Any, callback: Any, realm_of: Callable[[], "Realm"]) -> None:
        self.owner = owner
        self.callback = callback
        self.realm_of = realm_of

    def host_loader(self, referrer: Any, request: Any, finish: Callable[[bool, Any], None]) -> None:
        _call_loader(self.callback, self.owner, AGENT.realm or self.realm_of(), request, finish)


def install_script_loader(compiled: Any, owner: Any, callback: Any) -> None:
    """Make ``import()`` in a compiled Script (or function) call ``callback``."""
    _loader_for(callback, "options.import_module_dynamically")
    compiled.referrer.record = _ScriptReferrer(owner, callback, main_realm)


def install_context_loader(realm: "Realm", context_obj: Any, callback: Any) -> None:
    """``create_context(import_module_dynamically=...)``: the loader of code without a referrer
    (indirect eval, Function) in that context."""
    _loader_for(callback, "options.import_module_dynamically")
    if callback is None:
        return
    realm.host_defined["pyjsvm.import_callback"] = callback  # (a ShadowRealm made in it takes it)
    referrer = _ScriptReferrer(context_obj, callback, lambda: realm)
    realm.host_defined["pyjsvm.host_loader"] = referrer.host_loader
