"""The vm API: Node's ``node:vm`` in snake_case (see ``../shared/reference/node-vm.md``).

A *context* is a Realm with its own intrinsics and global object. ``create_context(mapping)``
makes a realm whose global object is a ``ContextifiedGlobal`` over that mapping: the script's
global variables are the mapping's items, updated in place. ``create_context(DONT_CONTEXTIFY)``
makes a realm with an ordinary global object and returns a proxy of it.

Contexts are found again from the object the caller holds:

- a ``ContextObject`` (the mapping ``create_context()`` makes when given no object) carries its
  context;
- any other mapping is looked up in a registry keyed by ``id()``. Plain dicts cannot be weakly
  referenced, so the registry holds the mapping and its realm alive for as long as the process
  runs (as Node keeps a contextified object's context alive as long as the object). Call
  ``release_context(mapping)`` (a pyjsvm extension) to drop a context you no longer need;
- a DONT_CONTEXTIFY context is the proxy of its realm's global object.

Timeouts: a run's deadline sets its thread's stop flag (one watchdog thread, see
``pyjsvm.api.timeouts``); the engine raises ``Interrupted`` at the next loop back-edge or call,
which becomes ``JSError('Script execution timed out after Nms')`` with
``code == 'ERR_SCRIPT_EXECUTION_TIMEOUT'``. Each run has its own stop state, so a nested run (from
a Python callback) never takes the enclosing run's timeout as its own, threads never see each
other's, and a deadline that passes after its run ended stops nothing.
"""
from __future__ import annotations

import random
import weakref
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

from pyjsvm.api.code_cache import cached_data_bytes
from pyjsvm.api.common import (
    DEFAULT_FILENAME, CachedData, Context, ContextObject, ImportModuleDynamically, _check_bool, _check_int32,
    _check_str, _check_timeout, _Constant, _context_of, _require_context, constants, is_context, python_runtime_error,
    python_syntax_error, register_context, release_context,
)
from pyjsvm.api.contextified import ContextStore
from pyjsvm.api.modules import _loader_for, install_context_loader, install_script_loader
from pyjsvm.api.convert import JSFunctionProxy, JSObjectProxy, JSValue, MappingObject, to_js, to_python
from pyjsvm.api.timeouts import STOPS, stop_error
from pyjsvm.api.validators import check_code_generation, check_memory_options, check_microtask_mode
from pyjsvm.api.vm_core import (
    CompileError, ScriptCode, compile_function_in, inherit_determinism, measure_contexts, new_context, setup_context,
)
from pyjsvm.errors import invalid_arg_type
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import JSObject
from pyjsvm.intrinsics.realm import main_realm
from pyjsvm.intrinsics.shadow_realm import ShadowRealmHostHooks

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

_M = TypeVar("_M", bound=MutableMapping[str, Any])

__all__ = [
    "Script", "create_context", "is_context", "run_in_context", "run_in_new_context", "run_in_this_context",
    "compile_function", "constants", "ContextObject", "release_context", "main_realm", "measure_memory",
]

@overload
def create_context(obj: None = None, *, name: str | None = None, origin: str = "",
                   code_generation: Mapping[str, Any] | None = None, microtask_mode: str | None = None,
                   import_module_dynamically: ImportModuleDynamically | None = None,
                   step_limit: int | None = None, deterministic: bool = False, seed: int | None = None,
                   fixed_time: float | None = None, host_error_detail: bool = False,
                   memory_limit: int | None = None, on_step: "Callable[[int, int], Any] | None" = None) -> ContextObject: ...
@overload
def create_context(obj: _M, *, name: str | None = None, origin: str = "",
                   code_generation: Mapping[str, Any] | None = None, microtask_mode: str | None = None,
                   import_module_dynamically: ImportModuleDynamically | None = None,
                   step_limit: int | None = None, deterministic: bool = False, seed: int | None = None,
                   fixed_time: float | None = None, host_error_detail: bool = False,
                   memory_limit: int | None = None, on_step: "Callable[[int, int], Any] | None" = None) -> _M: ...
@overload
def create_context(obj: "_Constant | JSObjectProxy", *, name: str | None = None, origin: str = "",
                   code_generation: Mapping[str, Any] | None = None, microtask_mode: str | None = None,
                   import_module_dynamically: ImportModuleDynamically | None = None,
                   step_limit: int | None = None, deterministic: bool = False, seed: int | None = None,
                   fixed_time: float | None = None, host_error_detail: bool = False,
                   memory_limit: int | None = None, on_step: "Callable[[int, int], Any] | None" = None) -> JSObjectProxy: ...
def create_context(obj: "MutableMapping[str, Any] | JSObjectProxy | _Constant | None" = None, *, name: str | None = None, origin: str = "",
                   code_generation: Mapping[str, Any] | None = None, microtask_mode: str | None = None,
                   import_module_dynamically: ImportModuleDynamically | None = None,
                   step_limit: int | None = None, deterministic: bool = False, seed: int | None = None,
                   fixed_time: float | None = None, host_error_detail: bool = False,
                   memory_limit: int | None = None, on_step: "Callable[[int, int], Any] | None" = None) -> Context:
    """Make a new JS world (a realm with its own built-ins) whose global variables are the items
    of a Python mapping, and return that mapping (Node: ``vm.createContext``).

    ``obj`` is a ``MutableMapping`` to contextify (returned as is, now a context: the script's
    globals are its items, read and written in place), a ``JSObjectProxy`` (not a function), a
    mapping too (its object's properties cross into the context as any host value does), None
    for a new empty ``ContextObject``, or ``constants.DONT_CONTEXTIFY`` for a context with an
    ordinary global object (the result is then a proxy of that global).
    ``code_generation={'strings': False}`` makes ``eval`` and ``Function(...)`` throw EvalError;
    ``'wasm'`` is accepted and has no effect (no WebAssembly).
    ``microtask_mode='afterEvaluate'`` gives the context its own microtask queue, drained right
    after each evaluation in it (inside that run's timeout); jobs whose callbacks belong to
    another realm go to that realm's queue. ``name`` and ``origin`` label the context.

    Limits (pyjsvm extensions, for teaching and grading): ``step_limit=N`` gives each run in the
    context a budget of N steps (loop iterations and calls, counted the same way on every
    machine); past it the run ends with a ``JSError`` whose code is
    ``ERR_SCRIPT_EXECUTION_STEP_LIMIT`` (JS cannot catch it) and its queued jobs are dropped.
    ``deterministic=True`` makes a run replayable: ``Math.random`` is seeded (``seed``, default 0)
    and the clock is fixed (``fixed_time`` ms since the epoch, default 0) for ``Date.now()`` and
    ``new Date()``; ``seed`` or ``fixed_time`` alone fix only that one.

    ``memory_limit=bytes`` bounds what JS keeps alive in the context: every 20 ms while it runs,
    the objects reachable from the context and from the JS code on the stack are measured
    (shallow ``sys.getsizeof`` sizes, as ``measure_memory``); past the limit the script gets a
    ``RangeError`` it can catch, and the context stays usable. It is an estimate, checked
    periodically and before a built-in makes one big result (a copy or spread of an array, a long
    string, a split, JSON text, the code of ``eval``/``Function``), which is then refused.

    ``on_step(line, column)`` (a pyjsvm extension, for teaching UIs) is called before each
    statement that code compiled for the context runs (1-based positions, as in stack traces):
    scripts run in it, ``eval`` and ``Function`` code made in it. Such code runs on the closure
    compiler (slower); without ``on_step`` there is no hook and no cost. What the hook raises
    ends the run and reaches the caller as it is (JS ``catch`` does not see it).

    A Python exception raised by a host callable or mapping reaches JS as an ``Error`` whose
    message is the exception's type name (``"FileNotFoundError"``); ``host_error_detail=True``
    adds its text (``"FileNotFoundError: [Errno 2] ... '/srv/secret'"``), which can leak host
    details to untrusted code. Python callers get the exception itself as ``__cause__``.

        >>> import pyjsvm as vm
        >>> settings = vm.create_context({"limit": 3})
        >>> vm.run_in_context("limit *= 2; var seen = true", settings)
        6
        >>> settings
        {'limit': 6, 'seen': True}
        >>> vm.run_in_context("typeof limit", vm.create_context())   # another world
        'undefined'
    """
    if obj is not None and obj is not constants.DONT_CONTEXTIFY:
        if _context_of(obj) is not None:
            return cast(Context, obj)
        if not isinstance(obj, MutableMapping) or isinstance(obj, JSFunctionProxy):
            raise invalid_arg_type("contextObject", "of type MutableMapping or vm.constants.DONT_CONTEXTIFY", obj)
    if name is not None:
        _check_str(name, "options.name")
    _check_str(origin, "options.origin")
    strings = True
    if code_generation is not None:
        strings = check_code_generation(code_generation, "options.code_generation")
    check_microtask_mode(microtask_mode, "options.microtask_mode")
    _loader_for(import_module_dynamically, "options.import_module_dynamically")

    limits = _limit_options(step_limit, deterministic, seed, fixed_time)
    limits["pyjsvm.host_error_detail"] = _check_bool(host_error_detail, "options.host_error_detail")
    if memory_limit is not None:
        if isinstance(memory_limit, bool) or not isinstance(memory_limit, int) or memory_limit <= 0:
            raise invalid_arg_type("options.memory_limit", "a positive int (bytes)", memory_limit)
        limits["pyjsvm.memory_limit"] = memory_limit
    if on_step is not None:
        if not callable(on_step):
            raise invalid_arg_type("options.on_step", "a callable", on_step)
        limits["pyjsvm.on_step"] = on_step

    if obj is constants.DONT_CONTEXTIFY:
        ctx = new_context(None, name, origin, strings, microtask_mode, limits)
        return _global_proxy(ctx.realm, import_module_dynamically)
    mapping: MutableMapping[Any, Any] = ContextObject() if obj is None else cast(MutableMapping[Any, Any], obj)
    # the store of its global: the mapping's items as a JS object with no prototype (all it holds);
    # a new ContextObject holds them as JS values (see ContextStore)
    if obj is None:
        made = cast(ContextObject, mapping)
        made._hold_js_values()
        ctx = new_context(lambda r: ContextStore(made, r), name, origin, strings, microtask_mode, limits)
    else:
        ctx = new_context(lambda r: MappingObject(None, mapping, r), name, origin, strings, microtask_mode, limits)
    if isinstance(mapping, ContextObject):
        mapping._pyjsvm_context = ctx
    else:
        register_context(mapping, ctx)
    install_context_loader(ctx.realm, mapping, import_module_dynamically)
    return mapping


def _global_proxy(realm: "Realm", import_module_dynamically: Any) -> JSObjectProxy:
    """The proxy of a context's ordinary global object (a DONT_CONTEXTIFY context, a
    ShadowRealm's), which stands for the context from Python."""
    proxy = to_python(realm.global_object, realm)
    assert isinstance(proxy, JSObjectProxy)
    install_context_loader(realm, proxy, import_module_dynamically)
    return proxy


# The host settings of a context that a ShadowRealm made in it keeps (the limits of create_context).
_SHADOW_REALM_INHERITS = ("pyjsvm.step_limit", "pyjsvm.host_error_detail", "pyjsvm.memory_limit", "pyjsvm.on_step")


def host_initialize_shadow_realm(realm: "Realm", caller_realm: "Realm", shadow_realm_object: Any) -> None:
    """HostInitializeShadowRealm ( realm, context, O ) (sec-hostinitializeshadowrealm) of the vm
    API: the ShadowRealm's realm becomes a context as ``create_context(DONT_CONTEXTIFY)`` makes,
    with the creating realm's limits (step and memory limits, ``on_step``, a fixed clock and a
    seeded Math.random), its microtask queue and its ``import_module_dynamically`` callback (which
    is called with the ShadowRealm's context, the proxy of its global object, as the referrer,
    for ``importValue``). A host that set ``host_defined["pyjsvm.initialize_shadow_realm"]`` on
    the creating realm then adds its own (the ``pyjsvm`` command: its module loader)."""
    host = caller_realm.host_defined
    limits = {key: host[key] for key in _SHADOW_REALM_INHERITS if key in host}
    inherit_determinism(caller_realm, realm)
    setup_context(realm, realm.name, "", limits, None, False)
    _global_proxy(realm, host.get("pyjsvm.import_callback"))
    # its jobs go where the creator's go (a microtaskMode 'afterEvaluate' context's own queue)
    realm.job_queue = caller_realm.job_queue
    # NON-SPEC: the memory limit counts what JS keeps in the ShadowRealms it made (runtime/memory)
    shadows = host.get("pyjsvm.shadow_realms")
    if shadows is None:
        shadows = host["pyjsvm.shadow_realms"] = weakref.WeakSet()
    shadows.add(realm)
    hook = host.get("pyjsvm.initialize_shadow_realm")
    if hook is not None:
        realm.host_defined["pyjsvm.initialize_shadow_realm"] = hook
        hook(realm, caller_realm, shadow_realm_object)


ShadowRealmHostHooks.initialize_shadow_realm = staticmethod(host_initialize_shadow_realm)


def _limit_options(step_limit: Any, deterministic: Any, seed: Any, fixed_time: Any) -> dict[str, Any]:
    """The realm's host_defined entries for create_context's limit options (validated)."""
    out: dict[str, Any] = {}
    if step_limit is not None:
        if isinstance(step_limit, bool) or not isinstance(step_limit, int) or step_limit < 0:
            raise invalid_arg_type("options.step_limit", "a non-negative int", step_limit)
        out["pyjsvm.step_limit"] = step_limit
    _check_bool(deterministic, "options.deterministic")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise invalid_arg_type("options.seed", "of type int", seed)
    if fixed_time is not None and (isinstance(fixed_time, bool) or not isinstance(fixed_time, (int, float))
                                   or fixed_time != fixed_time):
        raise invalid_arg_type("options.fixed_time", "of type number", fixed_time)
    if deterministic or seed is not None:
        out["pyjsvm.random"] = random.Random(seed or 0)
    if deterministic or fixed_time is not None:
        out["pyjsvm.fixed_time"] = float(fixed_time or 0)
    return out


def _check_context_options(name: Any, origin: Any, code_generation: Any) -> None:
    """``run_in_new_context``'s options for the context it makes, checked under their own names
    (Node: ``options.contextName`` ...) before ``create_context`` sees them."""
    if name is not None:
        _check_str(name, "options.context_name")
    _check_str(origin, "options.context_origin")
    if code_generation is not None:
        check_code_generation(code_generation, "options.context_code_generation")


# --- running ---------------------------------------------------------------------------------

class Script(ScriptCode):
    """JS source compiled once, to run in any context any number of times (Node:
    ``new vm.Script``). A syntax error raises ``JSError`` (name 'SyntaxError') here.
    ``filename``, ``line_offset`` and ``column_offset`` place the code in stack traces;
    ``cached_data`` / ``produce_cached_data`` use the code cache. (The compiled script of
    ``require('node:vm')``'s Script too: ``pyjsvm.api.vm_core.ScriptCode``.)

        >>> import pyjsvm as vm
        >>> counter = vm.Script("count = (typeof count === 'number' ? count : 0) + 1", filename="counter.js")
        >>> ctx = vm.create_context()
        >>> [counter.run_in_context(ctx, timeout=100) for _ in range(3)]
        [1, 2, 3]
    """

    def __init__(self, code: str, filename: str = DEFAULT_FILENAME, *, line_offset: int = 0, column_offset: int = 0,
                 cached_data: CachedData | None = None, produce_cached_data: bool = False,
                 import_module_dynamically: ImportModuleDynamically | None = None) -> None:
        self._init(code, filename, line_offset, column_offset, cached_data, produce_cached_data,
                   import_module_dynamically, None, True)

    def _init(self, code: Any, filename: Any, line_offset: Any, column_offset: Any, cached_data: Any,
              produce_cached_data: Any, import_module_dynamically: Any, error_realm: "Realm | None",
              display_errors: Any, reuse: bool = False) -> None:
        _check_str(code, "code")
        _check_str(filename, "options.filename")
        lo = _check_int32(line_offset, "options.line_offset")
        co = _check_int32(column_offset, "options.column_offset")
        data = None if cached_data is None else cached_data_bytes(cached_data)
        _check_bool(produce_cached_data, "options.produce_cached_data")
        _loader_for(import_module_dynamically, "options.import_module_dynamically")
        realm = error_realm or main_realm()
        try:
            ScriptCode.__init__(self, code, filename, lo, co, data, produce_cached_data, realm,
                                display_errors is not False, reuse and import_module_dynamically is None)
        except CompileError as e:
            raise python_syntax_error(e, realm) from None
        install_script_loader(self._compiled, self, import_module_dynamically)

    @classmethod
    def _for_realm(cls, code: Any, filename: Any, line_offset: Any, column_offset: Any, cached_data: Any,
                   import_module_dynamically: Any, error_realm: "Realm | None", display_errors: Any) -> "Script":
        self = cls.__new__(cls)
        _check_bool(display_errors, "options.display_errors")
        # (the run_in_* functions: a compiled script is reused when nothing but the source,
        # filename and offsets went into it, see vm_core.ScriptCache)
        self._init(code, filename, line_offset, column_offset, cached_data, False, import_module_dynamically,
                   error_realm, display_errors, True)
        return self

    def _run(self, realm: "Realm", timeout: Any, display_errors: Any, break_on_sigint: Any) -> JSValue:
        t = _check_timeout(timeout)
        _check_bool(display_errors, "options.display_errors")
        _check_bool(break_on_sigint, "options.break_on_sigint")
        try:
            value = self.run_code(realm, t, display_errors, break_on_sigint)
        except JSThrow as e:
            err = python_runtime_error(e.value, realm, display_errors)
            raise err from err.__cause__
        except STOPS as e:
            raise stop_error(e, realm) from None
        return to_python(value, realm)

    def run_in_context(self, contextified_object: Context, *, timeout: int | None = None, display_errors: bool = True,
                       break_on_sigint: bool = False) -> JSValue:
        """Run the script in ``contextified_object`` (made by ``create_context``) and return the
        value of its last expression statement, converted to Python (Node:
        ``script.runInContext``). ``timeout`` (ms) stops it with ``JSError`` code
        ``'ERR_SCRIPT_EXECUTION_TIMEOUT'``; ``break_on_sigint`` lets Ctrl-C stop it; with
        ``display_errors`` a thrown error's ``stack`` starts with the offending source line."""
        ctx = _require_context(contextified_object)
        return self._run(ctx.realm, timeout, display_errors, break_on_sigint)

    def run_in_new_context(self, context_object: MutableMapping[str, Any] | _Constant | None = None, *, timeout: int | None = None,
                           display_errors: bool = True, break_on_sigint: bool = False,
                           context_name: str | None = None, context_origin: str = "",
                           context_code_generation: Mapping[str, Any] | None = None,
                           microtask_mode: str | None = None) -> JSValue:
        """``create_context(context_object, ...)`` then ``run_in_context`` (Node:
        ``script.runInNewContext``); the ``context_*`` and ``microtask_mode`` options are
        ``create_context``'s."""
        _check_context_options(context_name, context_origin, context_code_generation)
        ctx_obj = create_context(context_object, name=context_name, origin=context_origin,
                                 code_generation=context_code_generation, microtask_mode=microtask_mode)
        return self._run(_require_context(ctx_obj).realm, timeout, display_errors, break_on_sigint)

    def run_in_this_context(self, *, timeout: int | None = None, display_errors: bool = True,
                            break_on_sigint: bool = False) -> JSValue:
        """Run the script in pyjsvm's main context, shared by every ``run_in_this_context``
        (Node: ``script.runInThisContext``)."""
        return self._run(main_realm(), timeout, display_errors, break_on_sigint)


def run_in_context(code: str, contextified_object: Context, filename: str = DEFAULT_FILENAME, *, line_offset: int = 0,
                   column_offset: int = 0, display_errors: bool = True, timeout: int | None = None,
                   break_on_sigint: bool = False, cached_data: CachedData | None = None,
                   import_module_dynamically: ImportModuleDynamically | None = None) -> JSValue:
    """Compile ``code`` and run it in ``contextified_object`` (made by ``create_context``),
    returning the value of its last expression statement converted to Python (Node:
    ``vm.runInContext``). Options as for ``Script`` and ``Script.run_in_context``; a JS throw
    raises ``JSError``.

        >>> import pyjsvm as vm
        >>> ctx = vm.create_context({"items": [3, 1, 2]})
        >>> vm.run_in_context("items.sort(); items.length", ctx, timeout=100)
        3
        >>> ctx["items"]
        [1, 2, 3]
    """
    ctx = _require_context(contextified_object)
    script = Script._for_realm(code, filename, line_offset, column_offset, cached_data, import_module_dynamically,
                               ctx.realm, display_errors)
    return script._run(ctx.realm, timeout, display_errors, break_on_sigint)


def run_in_new_context(code: str, context_object: MutableMapping[str, Any] | _Constant | None = None, filename: str = DEFAULT_FILENAME, *,
                       line_offset: int = 0, column_offset: int = 0, display_errors: bool = True,
                       timeout: int | None = None, break_on_sigint: bool = False, context_name: str | None = None,
                       context_origin: str = "", context_code_generation: Mapping[str, Any] | None = None,
                       cached_data: CachedData | None = None, import_module_dynamically: ImportModuleDynamically | None = None,
                       microtask_mode: str | None = None) -> JSValue:
    """Run ``code`` in a new context made from ``context_object`` (see ``create_context``) and
    return the value of its last expression statement converted to Python (Node:
    ``vm.runInNewContext``).

        >>> import pyjsvm as vm
        >>> vm.run_in_new_context("x * 2", {"x": 21})
        42
        >>> vm.run_in_new_context("({ok: true, list: [1, 2]})")
        <JSObjectProxy { ok: true, list: [ 1, 2 ] }>
    """
    _check_str(code, "code")
    _check_context_options(context_name, context_origin, context_code_generation)
    ctx_obj = create_context(context_object, name=context_name, origin=context_origin,
                             code_generation=context_code_generation, microtask_mode=microtask_mode)
    ctx = _require_context(ctx_obj)
    script = Script._for_realm(code, filename, line_offset, column_offset, cached_data, import_module_dynamically,
                               ctx.realm, display_errors)
    return script._run(ctx.realm, timeout, display_errors, break_on_sigint)


def run_in_this_context(code: str, filename: str = DEFAULT_FILENAME, *, line_offset: int = 0,
                        column_offset: int = 0, display_errors: bool = True, timeout: int | None = None,
                        break_on_sigint: bool = False, cached_data: CachedData | None = None,
                        import_module_dynamically: ImportModuleDynamically | None = None) -> JSValue:
    """Run ``code`` in pyjsvm's main context, which every call shares (like an indirect eval at
    the top level; Node: ``vm.runInThisContext``).

        >>> import pyjsvm as vm
        >>> vm.run_in_this_context("var counter = (typeof counter === 'number' ? counter : 0) + 1; counter") >= 1
        True
    """
    script = Script._for_realm(code, filename, line_offset, column_offset, cached_data, import_module_dynamically,
                               main_realm(), display_errors)
    return script._run(main_realm(), timeout, display_errors, break_on_sigint)


def compile_function(code: str, params: Sequence[str] = (), *, filename: str = "", line_offset: int = 0,
                     column_offset: int = 0, cached_data: CachedData | None = None, produce_cached_data: bool = False,
                     parsing_context: Context | None = None, context_extensions: Sequence[Mapping[str, Any]] = (),
                     import_module_dynamically: ImportModuleDynamically | None = None) -> JSFunctionProxy:
    """A JS function with parameters ``params`` and body ``code``, made in ``parsing_context``
    (default: the main context), with the items of each mapping of ``context_extensions`` in
    scope; returned as a callable ``JSFunctionProxy`` (Node: ``vm.compileFunction``).

        >>> import pyjsvm as vm
        >>> add = vm.compile_function("return a + b + offset", ["a", "b"], context_extensions=[{"offset": 10}])
        >>> add(1, 2, timeout=100)
        13
    """
    _check_str(code, "code")
    if isinstance(params, str) or not isinstance(params, Sequence):
        raise invalid_arg_type("params", "an instance of list", params)
    for i, p in enumerate(params):
        _check_str(p, f"params[{i}]")
    _check_str(filename, "options.filename")
    lo = _check_int32(line_offset, "options.line_offset")
    co = _check_int32(column_offset, "options.column_offset")
    data = None if cached_data is None else cached_data_bytes(cached_data)
    _check_bool(produce_cached_data, "options.produce_cached_data")
    _loader_for(import_module_dynamically, "options.import_module_dynamically")
    if parsing_context is not None:
        realm = _require_context(parsing_context, "options.parsing_context").realm
    else:
        realm = main_realm()
    if isinstance(context_extensions, (str, Mapping)) or not isinstance(context_extensions, Sequence):
        raise invalid_arg_type("options.context_extensions", "an instance of list", context_extensions)
    extensions: list[JSObject] = []
    for i, ext in enumerate(context_extensions):
        if not isinstance(ext, (Mapping, JSObjectProxy)):
            raise invalid_arg_type(f"options.context_extensions[{i}]", "of type object", ext)
        js = to_js(ext, realm)
        assert isinstance(js, JSObject)
        extensions.append(js)
    try:
        fn, rejected, produced = compile_function_in(realm, code, list(params), filename, lo, co, extensions, data,
                                                     bool(produce_cached_data), realm)
    except CompileError as e:
        raise python_syntax_error(e, realm) from None
    except JSThrow as e:
        err = python_runtime_error(e.value, realm, False)
        raise err from err.__cause__
    proxy = CompiledFunction(fn, realm)
    # the callback's referrer "is the compiled Function for vm.compileFunction" (the docs)
    install_script_loader(fn.code, proxy, import_module_dynamically)
    proxy.cached_data_rejected = rejected
    if produce_cached_data and data is None:
        proxy.cached_data_produced = produced is not None
        proxy.cached_data = produced
    return proxy


class CompiledFunction(JSFunctionProxy):
    """What ``compile_function`` returns: the function (a JSFunctionProxy) with the code cache's
    outcome, as Node's compileFunction result has it: ``cached_data_rejected`` (None without
    ``cached_data``), ``cached_data_produced`` and ``cached_data`` (with ``produce_cached_data``)."""

    __slots__ = ("cached_data", "cached_data_produced", "cached_data_rejected")

    def __init__(self, obj: JSObject, realm: "Realm") -> None:
        super().__init__(obj, realm)
        self.cached_data: bytes | None = None
        self.cached_data_produced: bool | None = None
        self.cached_data_rejected: bool | None = None


# --- measuring memory ------------------------------------------------------------------------

async def measure_memory(*, mode: str = "summary", execution: str = "default") -> dict[str, Any]:
    """Awaitable (Node: ``vm.measureMemory``): an estimate of the memory JS values hold in
    pyjsvm's main context (``mode='summary'``), or in it and in every live context
    (``'detailed'``: ``current`` and ``other`` entries beside ``total``). ``execution='eager'``
    collects garbage first; ``'default'`` measures at once (Python has no scheduled GC to wait
    for). The shape is Node's with snake_case keys::

        >>> import asyncio, pyjsvm as vm
        >>> report = asyncio.run(vm.measure_memory())
        >>> sorted(report["total"])
        ['js_memory_estimate', 'js_memory_range']
    """
    m, e = check_memory_options(mode, execution)
    return measure_contexts(main_realm(), m, e)
