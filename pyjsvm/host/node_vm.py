"""``node:vm`` on the JS side, with Node's names and options.

Contextifying a JS object (``vm.createContext(sandbox)``) makes a new realm whose global object
is a ``ContextifiedGlobal`` over the sandbox (``pyjsvm.api.contextified``, the same class as the
Python API's over a mapping): global reads look in the sandbox first and fall back to the realm's
own built-ins; global writes, ``var`` and function declarations go to the sandbox (like V8's
interceptors as Node uses them). The sandbox stays an ordinary object of the caller's realm, so
after ``vm.runInContext('x += 40; var y = 17;', ctx)`` the caller sees ``ctx.x`` and ``ctx.y``.
Errors thrown by code in a context are objects of that context's realm.
"""
from __future__ import annotations


import weakref
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import (
    ARROWS, DECORATED, arg, bytes_to_buffer, checked as _checked, invalid_arg_type, make_fn, method, new_object,
    node_error, put, view_bytes,
)
from pyjsvm.modules.records import reject_stopped_modules
from pyjsvm.api.timeouts import ScriptInterrupted, ScriptTimeout, SigintUnavailable
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import C, E, W, JSObject
from pyjsvm.runtime.values import NULL, JSSymbol
from pyjsvm.runtime.operations import create_list_from_array_like, get_prototype_from_constructor, set_integrity_level
from pyjsvm.runtime.objects import JSArray
from pyjsvm.api.common import DEFAULT_FILENAME, _Context
from pyjsvm.api.vm_core import CompileError, ScriptCode, compile_function_in, measure_contexts, new_context
from pyjsvm.host.node_vm_modules import install_module_classes
from pyjsvm.runtime.promise import new_promise
from pyjsvm.api.validators import (
    check_bool, check_code_generation, check_int32, check_memory_options, check_microtask_mode, check_str,
    check_timeout,
)
from pyjsvm.compiler.expressions import copy_data_properties
from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.conversion import to_string
from pyjsvm.runtime.operations import call, is_array, is_callable

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["make_vm_module"]

# What stops a run and becomes an error JS can catch (a step limit, ScriptStepLimit, ends the whole
# program instead: ``pyjsvm --sandbox`` reports it).
JS_STOPS = (ScriptTimeout, ScriptInterrupted, SigintUnavailable)

# The context (``api/vm_core``'s record) of each JS object made a context here: a contextified
# sandbox, or the global object of a DONT_CONTEXTIFY context.
_contexts: "weakref.WeakKeyDictionary[JSObject, _Context]" = weakref.WeakKeyDictionary()


class JSScript(JSObject):
    """A ``vm.Script`` instance: the compiled script (``api/vm_core.ScriptCode``)."""

    __slots__ = ("script",)

    def __init__(self, proto: JSObject | None, script: ScriptCode) -> None:
        JSObject.__init__(self, proto)
        self.script = script


def decorate_error_stack(value: Any) -> None:
    """displayErrors: "the line of code causing the error is attached to the stack trace". The
    arrow recorded for a thrown object (``api/vm_core``: ``file:line``, the line, a caret) goes
    in front of its ``stack`` when that is a string, once (an error passing through several runs
    keeps the innermost's); a ``stack`` that cannot be set (a frozen error) stays as it is."""
    if not isinstance(value, JSObject) or value in DECORATED:
        return
    arrow = ARROWS.get(value)
    if arrow is None:
        return
    stack = value.get("stack", value)
    if type(stack) is str and value.set("stack", arrow + "\n" + stack, value):
        DECORATED.add(value)


def _opt(options: Any, key: str) -> Any:
    if isinstance(options, JSObject):
        return options.get(key, options)
    return None


def _check_object(r: "Realm", value: Any, name: str, allow_array: bool = False) -> None:
    """Node's validateObject: an object, not a function (nor an array unless allowed)."""
    if not isinstance(value, JSObject) or value.is_callable or (not allow_array and is_array(value)):
        invalid_arg_type(r, name, "of type object", value)


def _check_options(r: "Realm", options: Any, name: str = "options") -> None:
    """An ``options`` argument: undefined or an object (validateObject)."""
    if options is not None:
        _check_object(r, options, name)


def _spread(r: "Realm", options: Any) -> JSObject:
    """``{ ...options }`` (what vm.runInContext and vm.runInNewContext pass on: a copy of the own
    enumerable properties; a primitive or null gives an empty object)."""
    o = new_object(r)
    if options is not None and options is not NULL:
        copy_data_properties(o, options, [])
    return o


def _str_opt(r: "Realm", options: Any, key: str, default: Any, name: str | None = None) -> Any:
    v = _opt(options, key)
    if v is None:
        return default
    return _checked(r, check_str, v, name or f"options.{key}")


def _int_opt(r: "Realm", options: Any, key: str) -> int:
    v = _opt(options, key)
    if v is None:
        return 0
    result: int = _checked(r, check_int32, v, f"options.{key}")
    return result


def _bool_opt(r: "Realm", options: Any, key: str, default: bool) -> bool:
    v = _opt(options, key)
    if v is None:
        return default
    result: bool = _checked(r, check_bool, v, f"options.{key}")
    return result


def _timeout_opt(r: "Realm", options: Any) -> int | None:
    result: int | None = _checked(r, check_timeout, _opt(options, "timeout"), "options.timeout")
    return result


def _code_generation(r: "Realm", cg: Any, name: str) -> bool:
    """The ``codeGeneration`` option ({strings, wasm}): whether strings may be compiled."""
    _check_object(r, cg, name)
    result: bool = _checked(r, check_code_generation, cg, name, lambda o, key: o.get(key, o))
    return result


def make_vm_module(host: "NodeHost") -> JSObject:
    """The ``node:vm`` exports object for the host's main realm: its functions in node's order
    (``EXPORT_ORDER``), then, with ``--experimental-vm-modules`` (``HostOptions.experimental_vm_modules``),
    Module, SourceTextModule and SyntheticModule, as node's lib/vm.js adds them."""
    main = host.realm
    vm = new_object(main)   # (filled in any order; the exports object takes its members in node's)
    constants = new_object(main)
    dont_contextify = JSSymbol("vm_context_no_contextify")
    use_main_loader = JSSymbol("vm_dynamic_import_main_context_default")
    put(constants, "USE_MAIN_CONTEXT_DEFAULT_LOADER", use_main_loader)
    put(constants, "DONT_CONTEXTIFY", dont_contextify)
    set_integrity_level(constants, "frozen")  # as Node's (ObjectFreeze)
    put(vm, "constants", constants)
    dynamic_import: list[Any] = [None]   # set_dynamic_import(r, owner, options, target), set below

    def context_of(obj: Any) -> _Context | None:
        if isinstance(obj, JSObject):
            return _contexts.get(obj)
        return None

    def require_context(r: "Realm", obj: Any, name: str = "contextifiedObject") -> _Context:
        """Node's validateContext: an object, then a context. The argument is named as the
        documentation names it ("contextifiedObject"; node 20 says "object" in the first check)."""
        _check_object(r, obj, name, allow_array=True)
        ctx = context_of(obj)
        if ctx is None:
            invalid_arg_type(r, name, "an vm.Context", obj)
        return ctx

    def create_context(r: "Realm", obj: Any, options: Any) -> Any:
        if obj is None:
            obj = new_object(r)
        if obj is not dont_contextify:
            # isContext's check; the argument named as the documentation names it (node 20: "object")
            _check_object(r, obj, "contextObject", allow_array=True)
            if obj in _contexts:
                return obj
        _check_options(r, options)
        name = _str_opt(r, options, "name", None) or None
        origin = _str_opt(r, options, "origin", "")
        cg = _opt(options, "codeGeneration")
        strings = True if cg is None else _code_generation(r, cg, "options.codeGeneration")
        mm = _checked(r, check_microtask_mode, _opt(options, "microtaskMode"), "options.microtaskMode")
        sandbox = obj
        store = None if obj is dont_contextify else (lambda realm: sandbox)
        ctx = new_context(store, name, origin, strings, mm, creator=r)
        key = ctx.realm.global_object if obj is dont_contextify else sandbox
        _contexts[key] = ctx
        dynamic_import[0](r, key, options, ctx.realm)
        return key

    def compile_in(r: "Realm", code: Any, options: Any, error_realm: "Realm", display: bool = True) -> JSScript:
        """``new vm.Script(code, options)``: the code is converted to a string (`${code}`). A
        syntax error's stack starts with its source line (``display``: the displayErrors of
        vm.runIn*Context; the constructor has no such option and always shows it)."""
        code = to_string(code)
        if type(options) is str:
            filename = options
            options = None
        else:
            _check_options(r, options)
            filename = _str_opt(r, options, "filename", DEFAULT_FILENAME)
        lo = _int_opt(r, options, "lineOffset")
        co = _int_opt(r, options, "columnOffset")
        data = _cached_data_opt(r, options)
        produce = _bool_opt(r, options, "produceCachedData", False)
        try:
            core = ScriptCode(code, filename, lo, co, data, produce, error_realm, display)
        except CompileError as e:  # (a JS throw)
            if display:
                decorate_error_stack(e.value)
            raise
        s = JSScript(script_proto, core)
        dynamic_import[0](r, s, options, core._compiled.referrer)
        if core.cached_data_rejected is not None:
            s.define_builtin("cachedDataRejected", core.cached_data_rejected, W | E | C)
        elif produce:
            # (in node's order: cachedData, then cachedDataProduced)
            if core.cached_data:
                s.define_builtin("cachedData", bytes_to_buffer(r, core.cached_data), W | E | C)
            s.define_builtin("cachedDataProduced", core.cached_data_produced, W | E | C)
        host.sources[filename] = "\n" * lo + code if lo >= 0 else code
        s.define_builtin("sourceMapURL", core.source_map_url, W | E | C)  # an own enumerable field, as in Node
        return s

    def run_options(r: "Realm", options: Any) -> tuple[int | None, bool, bool]:
        """Node's getRunInContextArgs: (timeout, displayErrors, breakOnSigint)."""
        _check_options(r, options)
        return (_timeout_opt(r, options), _bool_opt(r, options, "displayErrors", True),
                _bool_opt(r, options, "breakOnSigint", False))

    def run(r: "Realm", script: JSScript, realm: "Realm", options: Any) -> Any:
        timeout, display, break_on_sigint = run_options(r, options)
        try:
            return script.script.run_code(realm, timeout, display, break_on_sigint, from_python=False)
        except JSThrow as e:
            if display:
                decorate_error_stack(e.value)
            raise
        except JS_STOPS as e:
            raise stop_throw(realm, e) from None  # (node: an Error of the context the script ran in)

    # --- Script -------------------------------------------------------------------------------
    script_proto = JSObject(main.object_prototype)

    def script_ctor(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        if nt is None:
            throw_type_error("Class constructor Script cannot be invoked without 'new'")  # a class's own error
        s = compile_in(r, arg(args, 0), arg(args, 1), r)
        proto = get_prototype_from_constructor(nt, "%Object.prototype%")
        if nt is not script_class:
            s.proto = proto
        return s
    script_class = make_fn(main, "Script", 1, script_ctor, ctor=True)  # (code, options = {})
    script_class.define_builtin("prototype", script_proto, 0)
    script_proto.define_builtin("constructor", script_class, W | C)

    def this_script(r: "Realm", this: Any, name: str) -> JSScript:
        if not isinstance(this, JSScript):
            throw_type_error("Illegal invocation")  # as V8's receiver check on Script's methods
        return this

    def run_checked(r: "Realm", this: Any, realm: "Realm", options: Any) -> Any:
        # Node validates the arguments in JS, then the native method checks the receiver.
        run_options(r, options)
        return run(r, this_script(r, this, "run"), realm, options)

    @method(script_proto, main, "runInContext", 2)
    def script_run_in_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        ctx = require_context(r, arg(args, 0))
        return run_checked(r, this, ctx.realm, arg(args, 1))

    @method(script_proto, main, "runInNewContext", 2)
    def script_run_in_new_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        # Node: createContext(contextObject, getContextOptions(options)), then
        # this.runInContext(context, options) -- looked up on the receiver.
        options = arg(args, 1)
        ctx_obj = create_context(r, arg(args, 0), _ctx_options(r, options))
        run_in_context = this.get("runInContext", this) if isinstance(this, JSObject) else None
        if not is_callable(run_in_context):
            throw_type_error("this.runInContext is not a function")
        return call(run_in_context, this, [ctx_obj, options])

    @method(script_proto, main, "runInThisContext", 1)
    def script_run_in_this_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return run_checked(r, this, main, arg(args, 0))

    @method(script_proto, main, "createCachedData", 0)
    def script_create_cached_data(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        sc = this_script(r, this, "createCachedData")
        return bytes_to_buffer(r, sc.script.create_cached_data())

    def _ctx_options(r: "Realm", options: Any) -> Any:
        """Node's getContextOptions: the runInNewContext options that make the context, checked
        under their own names, as createContext's options."""
        o = new_object(r)
        if not options or options is NULL or (type(options) is float and options != options):
            return o  # Node tests ``if (options)``
        name = _str_opt(r, options, "contextName", None)
        origin = _str_opt(r, options, "contextOrigin", None)
        cg = _opt(options, "contextCodeGeneration")
        if cg is not None:
            _code_generation(r, cg, "options.contextCodeGeneration")
        mm = _str_opt(r, options, "microtaskMode", None)
        for key, v in (("name", name), ("origin", origin), ("codeGeneration", cg), ("microtaskMode", mm)):
            if v is not None:
                put(o, key, v)
        return o

    put(vm, "Script", script_class)

    # --- functions ----------------------------------------------------------------------------
    @method(vm, main, "createContext", 0, W | E | C)
    def vm_create_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return create_context(r, arg(args, 0), arg(args, 1))

    @method(vm, main, "measureMemory", 0, W | E | C)
    def vm_measure_memory(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """vm.measureMemory([options]) (NON-SPEC, Node's): a promise of the memory estimate of this
        context ('summary') or of it and every context made with this vm ('detailed')."""
        options = arg(args, 0)
        _check_options(r, options)
        mode = _opt(options, "mode")
        execution = _opt(options, "execution")
        m, e = _checked(r, check_memory_options, "summary" if mode is None else mode,
                        "default" if execution is None else execution)
        report = measure_contexts(r, m, e)
        promise, resolve, _reject = new_promise(r)
        resolve.call(None, [_memory_report_to_js(r, report)])
        return promise

    @method(vm, main, "isContext", 1, W | E | C)
    def vm_is_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        o = arg(args, 0)
        _check_object(r, o, "object", allow_array=True)
        return o in _contexts

    def file_options(r: "Realm", options: Any) -> Any:
        # vm.runInContext / runInNewContext: a string is the filename, anything else is spread
        # into a new object (`{ ...options }`: null and primitives give no options)
        if type(options) is str:
            o = new_object(r)
            put(o, "filename", options)
            return o
        return _spread(r, options)

    @method(vm, main, "runInContext", 3, W | E | C)
    def vm_run_in_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code, obj, options = arg(args, 0), arg(args, 1), arg(args, 2)
        ctx = require_context(r, obj)
        options = file_options(r, options)
        s = compile_in(r, code, options, ctx.realm, _bool_opt(r, options, "displayErrors", True))
        return run(r, s, ctx.realm, options)

    @method(vm, main, "runInNewContext", 3, W | E | C)
    def vm_run_in_new_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code, obj, options = arg(args, 0), arg(args, 1), arg(args, 2)
        if type(options) is str:
            options = file_options(r, options)
        ctx_obj = create_context(r, obj, _ctx_options(r, options))
        ctx = require_context(r, ctx_obj)
        options = _spread(r, options)
        s = compile_in(r, code, options, ctx.realm, _bool_opt(r, options, "displayErrors", True))
        return run(r, s, ctx.realm, options)

    @method(vm, main, "runInThisContext", 2, W | E | C)
    def vm_run_in_this_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code, options = arg(args, 0), arg(args, 1)
        s = compile_in(r, code, options, main, _bool_opt(r, None if type(options) is str else options, "displayErrors", True))
        return run(r, s, main, None if type(options) is str else options)

    @method(vm, main, "createScript", 2, W | E | C)
    def vm_create_script(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """vm.createScript(code[, options]) (NON-SPEC, Node's): ``new vm.Script(code, options)``;
        an export the documentation no longer lists that node (20 and later) still has and its
        own vm tests call."""
        return compile_in(r, arg(args, 0), arg(args, 1), r)

    @method(vm, main, "compileFunction", 2, W | E | C)
    def vm_compile_function(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code, params, options = arg(args, 0), arg(args, 1), arg(args, 2)
        if type(code) is not str:
            invalid_arg_type(r, "code", "of type string", code)
        plist: list[str] = []
        if params is not None:
            if not is_array(params):
                invalid_arg_type(r, "params", "an instance of Array", params)
            for i, p in enumerate(create_list_from_array_like(params)):
                plist.append(_checked(r, check_str, p, f"params[{i}]"))
        _check_options(r, options)
        filename = _str_opt(r, options, "filename", "")
        lo = _int_opt(r, options, "lineOffset")
        co = _int_opt(r, options, "columnOffset")
        pc = _opt(options, "parsingContext")
        if pc is not None and context_of(pc) is None:
            invalid_arg_type(r, "options.parsingContext", "an instance of Context", pc)
        realm = main if pc is None else require_context(r, pc, "options.parsingContext").realm
        exts_v = _opt(options, "contextExtensions")
        exts: list[JSObject] = []
        if exts_v is not None:
            if not is_array(exts_v):
                invalid_arg_type(r, "options.contextExtensions", "an instance of Array", exts_v)
            for i, e in enumerate(create_list_from_array_like(exts_v)):
                if not isinstance(e, JSObject):
                    invalid_arg_type(r, f"options.contextExtensions[{i}]", "of type object", e)
                exts.append(e)
        data = _cached_data_opt(r, options)
        produce = _bool_opt(r, options, "produceCachedData", False)
        try:  # (a syntax error is an error of the parsing context, as node's)
            fn, rejected, produced = compile_function_in(realm, code, plist, filename, lo, co, exts, data, produce, realm)
        except CompileError as e:
            decorate_error_stack(e.value)
            raise
        if rejected is not None:
            fn.define_builtin("cachedDataRejected", rejected, W | E | C)
        elif produce:
            fn.define_builtin("cachedDataProduced", produced is not None, W | E | C)
            if produced is not None:
                fn.define_builtin("cachedData", bytes_to_buffer(r, produced), W | E | C)
        dynamic_import[0](r, fn, options, fn.code.referrer)
        return fn

    def module_context(r: "Realm", obj: Any) -> "Realm":
        # the modules' ``context`` option: Node's validateObject(context, 'context'), then a context
        if not isinstance(obj, JSObject):
            invalid_arg_type(r, "context", "of type object", obj)
        if context_of(obj) is None:
            invalid_arg_type(r, "options.context", "an vm.Context", obj)
        return require_context(r, obj, "options.context").realm

    def evaluate_options(r: "Realm", options: Any) -> tuple[int | None, bool]:
        """module.evaluate's options (an object): (timeout, breakOnSigint)."""
        _check_options(r, options)
        return _timeout_opt(r, options), _bool_opt(r, options, "breakOnSigint", False)

    dynamic_import[0] = install_module_classes(vm, host, module_context, stop_throw, evaluate_options)
    exports = new_object(main)
    names = EXPORT_ORDER + (MODULE_CLASSES if host.options.experimental_vm_modules else ())
    for name in names:
        put(exports, name, vm.get(name, vm))
    return exports


# node's lib/vm.js module.exports, in its order, and what --experimental-vm-modules adds after it
EXPORT_ORDER = ("Script", "createContext", "createScript", "runInContext", "runInNewContext", "runInThisContext",
                "isContext", "compileFunction", "measureMemory", "constants")
MODULE_CLASSES = ("Module", "SourceTextModule", "SyntheticModule")


def _cached_data_opt(r: "Realm", options: Any) -> bytes | None:
    """The ``cachedData`` option: the bytes a Buffer, TypedArray or DataView views."""
    v = _opt(options, "cachedData")
    return None if v is None else view_bytes(r, v, "options.cachedData")


def _memory_report_to_js(r: "Realm", value: Any) -> Any:
    """The report of ``memory_report`` as the object Node's measureMemory resolves with (camelCase
    keys: jsMemoryEstimate, jsMemoryRange)."""
    if isinstance(value, dict):
        o = JSObject(r.object_prototype)
        for key, v in value.items():
            parts = key.split("_")
            o.props[parts[0] + "".join(p.title() for p in parts[1:])] = _memory_report_to_js(r, v)
        return o
    if isinstance(value, list):
        return JSArray(r.array_prototype, [_memory_report_to_js(r, v) for v in value])
    return float(value)


def stop_throw(realm: "Realm", e: Exception) -> JSThrow:
    """A run that ``run_with_timeout`` stopped (one of ``JS_STOPS``) as the throw of Node's
    error, an Error of ``realm`` (a script's context; the caller's for module.evaluate, as in
    node); the modules whose continuation the stop ended fail with it. ERR_SCRIPT_EXECUTION_TIMEOUT
    and ERR_SCRIPT_EXECUTION_INTERRUPTED are made by node's C++ side: a plain Error (its stack
    and toString without the ``[CODE]`` of node's JS errors) with an own ``code``."""
    code = getattr(e, "code", "")
    err: JSObject
    if code:
        err = realm.new_error("Error", str(e))
        put(err, "code", code)
    else:
        err = node_error(realm, "Error", code, str(e))
    reject_stopped_modules(e, err)
    return JSThrow(err)
