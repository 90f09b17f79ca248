"""``node:vm`` on the JS side, with Node's names and options.

Contextifying a JS object (``vm.createContext(sandbox)``) makes a new realm whose global object
is a ``SandboxGlobal``: global reads look in the sandbox first and fall back to the realm's own
built-ins; global writes, ``var`` and function declarations go to the sandbox (like V8's
interceptors as Node uses them). The sandbox stays an ordinary object of the caller's realm, so
after ``vm.runInContext('x += 40; var y = 17;', ctx)`` the caller sees ``ctx.x`` and ``ctx.y``.
Errors thrown by code in a context are objects of that context's realm.
"""
from __future__ import annotations

import random

import itertools
from collections import deque
import re
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import (
    ARROWS, arg, bytes_to_buffer, invalid_arg_type, make_fn, method, new_object, node_error, put, throw_node_error,
    view_bytes,
)
from pyjsvm.api.timeouts import ScriptInterrupted, ScriptTimeout, SigintUnavailable, run_with_timeout
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import C, E, W, JSObject, PropertyDescriptor
from pyjsvm.runtime.values import MISSING, NULL, JSSymbol
from pyjsvm.runtime.operations import create_list_from_array_like, get_prototype_from_constructor
from pyjsvm.runtime.objects import JSArray
from pyjsvm.api.code_cache import compile_function_cached, compile_script_cached, create_cached_data
from pyjsvm.api.common import parse_error_object, source_arrow, thrown_arrow
from pyjsvm.compiler.engine import ParseError
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.host.node_vm_modules import install_module_classes
from pyjsvm.host.inspect import format_number, inspect
from pyjsvm.runtime.jobs import run_own_jobs
from pyjsvm.runtime.promise import new_promise
from pyjsvm.api.vm import check_memory_options, memory_report
from pyjsvm.errors import VMTypeError
from pyjsvm.runtime.agent import throw_type_error

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["SandboxGlobal", "make_vm_module"]

DEFAULT_FILENAME = "evalmachine.<anonymous>"
_SOURCE_MAP = re.compile(r"//[#@][ \t]+sourceMappingURL=([^\s'\"]+)[ \t]*$", re.MULTILINE)


class SandboxGlobal(JSObject):
    """The global object of a context made from a JS object (see the module docstring)."""

    __slots__ = ("sandbox", "declared")
    simple_props = False

    def __init__(self, realm: "Realm", sandbox: JSObject) -> None:
        JSObject.__init__(self, realm.object_prototype)
        self.sandbox = sandbox
        self.declared: set[Any] = set()  # names of var and function declarations: not deletable

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        d = self.sandbox.get_own_property(key)
        if d is not None:
            return d
        return JSObject.get_own_property(self, key)

    def has_property(self, key: Any) -> bool:
        return self.sandbox.has_property(key) or JSObject.has_property(self, key)

    def get(self, key: Any, receiver: Any) -> Any:
        sb = self.sandbox
        if sb.has_property(key):
            v = sb.get(key, sb if receiver is self else receiver)
            return self if v is sb else v  # the contextified object is the global `this` inside
        return JSObject.get(self, key, receiver)

    def lookup_binding(self, key: Any) -> Any:
        sb = self.sandbox
        if sb.has_property(key):
            v = sb.get(key, sb)
            return self if v is sb else v
        if JSObject.has_property(self, key):
            return JSObject.get(self, key, self)
        return MISSING

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        if receiver is self:
            if not self.sandbox.has_property(key):
                own = JSObject.get_own_property(self, key)
                if own is not None and (own.is_accessor() or own.writable is False):
                    return JSObject.set(self, key, value, receiver)
            return self.sandbox.set(key, value, self.sandbox)
        return JSObject.set(self, key, value, receiver)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        if self.sandbox.get_own_property(key) is None and desc.is_data() and desc.configurable is False \
                and JSObject.get_own_property(self, key) is None:
            # NON-SPEC (Node): `var`/function declarations land on the sandbox as ordinary
            # properties, and delete of them fails as for any declared global
            self.declared.add(key)
            desc = PropertyDescriptor(value=desc.value if desc.value is not MISSING else None,
                                      writable=True if desc.writable is MISSING else desc.writable,
                                      enumerable=True if desc.enumerable is MISSING else desc.enumerable,
                                      configurable=True)
        return self.sandbox.define_own_property(key, desc)

    def delete(self, key: Any) -> bool:
        if key in self.declared and self.sandbox.get_own_property(key) is not None:
            return False
        if self.sandbox.get_own_property(key) is not None:
            return self.sandbox.delete(key)
        return JSObject.delete(self, key)

    def own_property_keys(self) -> list[Any]:
        keys = list(self.sandbox.own_property_keys())
        seen = set(k if type(k) is str else id(k) for k in keys)
        for k in JSObject.own_property_keys(self):
            if (k if type(k) is str else id(k)) not in seen:
                keys.append(k)
        return keys

    def prevent_extensions(self) -> bool:
        return False


@dataclass(eq=False)
class _Ctx:
    realm: "Realm"
    name: str


_contexts: "weakref.WeakKeyDictionary[JSObject, _Ctx]" = weakref.WeakKeyDictionary()
_counter = itertools.count(1)


class JSScript(JSObject):
    """A ``vm.Script`` instance: the compiled code and its source."""

    __slots__ = ("compiled", "source", "filename", "line_offset")

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.compiled: Any = None
        self.source = ""
        self.filename = DEFAULT_FILENAME
        self.line_offset = 0


def _opt(options: Any, key: str) -> Any:
    if isinstance(options, JSObject):
        return options.get(key, options)
    return None


def _check_options(r: "Realm", options: Any, name: str = "options") -> None:
    if options is not None and options is not NULL and type(options) is not str and not isinstance(options, JSObject):
        invalid_arg_type(r, name, "of type object", options)


def _str_opt(r: "Realm", options: Any, key: str, default: Any) -> Any:
    v = _opt(options, key)
    if v is None:
        return default
    if type(v) is not str:
        invalid_arg_type(r, f"options.{key}", "of type string", v)
    return v


def _int_opt(r: "Realm", options: Any, key: str) -> int:
    v = _opt(options, key)
    if v is None:
        return 0
    if type(v) is not float:
        invalid_arg_type(r, f"options.{key}", "of type number", v)
    if v != v or not v.is_integer():
        throw_node_error(r, "RangeError", "ERR_OUT_OF_RANGE",
                         f'The value of "options.{key}" is out of range. It must be an integer. Received {_num(v)}')
    if not -2**31 <= v < 2**31:
        throw_node_error(r, "RangeError", "ERR_OUT_OF_RANGE",
                         f'The value of "options.{key}" is out of range. It must be >= -2147483648 && <= 2147483647. '
                         f'Received {_num(v)}')
    return int(v)


def _num(v: float) -> str:
    s = format_number(v)
    if v == v and abs(v) >= 1000 and v.is_integer() and abs(v) < 1e21:
        digits = s.lstrip("-")
        parts: list[str] = []
        while len(digits) > 3:
            parts.insert(0, digits[-3:])
            digits = digits[:-3]
        parts.insert(0, digits)
        s = ("-" if v < 0 else "") + "_".join(parts)
    return s


def _bool_opt(r: "Realm", options: Any, key: str, default: bool) -> bool:
    v = _opt(options, key)
    if v is None:
        return default
    if type(v) is not bool:
        invalid_arg_type(r, f"options.{key}", "of type boolean", v)
    return v


def _timeout_opt(r: "Realm", options: Any) -> int | None:
    v = _opt(options, "timeout")
    if v is None:
        return None
    if type(v) is not float:
        invalid_arg_type(r, "options.timeout", "of type number", v)
    if v != v or not v.is_integer() or not 1 <= v <= 4294967295:
        rng = "an integer" if v != v or not v.is_integer() else ">= 1 && <= 4294967295"
        throw_node_error(r, "RangeError", "ERR_OUT_OF_RANGE",
                         f'The value of "options.timeout" is out of range. It must be {rng}. Received {_num(v)}')
    return int(v)


def make_vm_module(host: "NodeHost") -> JSObject:
    """The ``node:vm`` exports object for the host's main realm."""
    main = host.realm
    vm = new_object(main)
    constants = new_object(main)
    dont_contextify = JSSymbol("vm_context_no_contextify")
    use_main_loader = JSSymbol("vm_dynamic_import_main_context_default")
    put(constants, "USE_MAIN_CONTEXT_DEFAULT_LOADER", use_main_loader)
    put(constants, "DONT_CONTEXTIFY", dont_contextify)
    constants.extensible = False
    put(vm, "constants", constants)
    dynamic_import: list[Any] = [None]   # set_dynamic_import(r, owner, options, target), set below

    def context_of(obj: Any) -> _Ctx | None:
        if isinstance(obj, JSObject):
            return _contexts.get(obj)
        return None

    def require_context(r: "Realm", obj: Any, name: str = "contextifiedObject") -> _Ctx:
        if not isinstance(obj, JSObject):
            invalid_arg_type(r, name, "of type object", obj)
        ctx = context_of(obj)
        if ctx is None:
            invalid_arg_type(r, name, "an vm.Context", obj)
        return ctx

    def create_context(r: "Realm", obj: Any, options: Any) -> Any:
        if obj is None:
            obj = new_object(r)
        if obj is not dont_contextify:
            if not isinstance(obj, JSObject):
                invalid_arg_type(r, "contextObject", "of type object", obj)
            if obj in _contexts:
                return obj
        _check_options(r, options)
        name = _str_opt(r, options, "name", None) or f"VM Context {next(_counter)}"
        _str_opt(r, options, "origin", "")
        strings = True
        cg = _opt(options, "codeGeneration")
        if cg is not None:
            if not isinstance(cg, JSObject):
                invalid_arg_type(r, "options.codeGeneration", "of type object", cg)
            s = cg.get("strings", cg)
            if s is not None:
                if type(s) is not bool:
                    invalid_arg_type(r, "options.codeGeneration.strings", "of type boolean", s)
                strings = s
            w = cg.get("wasm", cg)
            if w is not None and type(w) is not bool:
                invalid_arg_type(r, "options.codeGeneration.wasm", "of type boolean", w)
        mm = _opt(options, "microtaskMode")
        if mm is not None and mm != "afterEvaluate":
            throw_node_error(r, "TypeError", "ERR_INVALID_ARG_VALUE",
                             f"The property 'options.microtaskMode' must be one of: 'afterEvaluate', undefined. "
                             f"Received {inspect(mm)}")
        if obj is dont_contextify:
            realm = Realm(name=name, code_generation_strings=strings)
            inherit_determinism(r, realm)
            if mm is not None:
                realm.job_queue = deque()
            g = realm.global_object
            _contexts[g] = _Ctx(realm, name)
            dynamic_import[0](r, g, options, realm)
            return g
        sandbox = obj
        realm = Realm(lambda rr: SandboxGlobal(rr, sandbox), name=name, code_generation_strings=strings)
        inherit_determinism(r, realm)
        if mm is not None:
            realm.job_queue = deque()
        _contexts[sandbox] = _Ctx(realm, name)
        dynamic_import[0](r, sandbox, options, realm)
        return sandbox

    def compile_in(r: "Realm", code: Any, options: Any, error_realm: "Realm") -> JSScript:
        if type(code) is not str:
            invalid_arg_type(r, "code", "of type string", code)
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
        s = JSScript(script_proto)
        s.source = code
        s.filename = filename
        s.line_offset = lo
        try:
            s.compiled, rejected = compile_script_cached(code, filename, lo, co, data)
        except ParseError as e:
            raise JSThrow(_syntax_error(error_realm, e, code, lo, _bool_opt(r, options, "displayErrors", True))) from None
        dynamic_import[0](r, s, options, s.compiled.referrer)
        if rejected is not None:
            s.define_builtin("cachedDataRejected", rejected, W | E | C)
        elif produce:
            produced = create_cached_data(s.compiled.program, code, "script")
            s.define_builtin("cachedDataProduced", bool(produced), W | E | C)
            if produced:
                s.define_builtin("cachedData", bytes_to_buffer(r, produced), W | E | C)
        host.sources[filename] = "\n" * lo + code if lo >= 0 else code
        urls = _SOURCE_MAP.findall(code)
        s.define_builtin("sourceMapURL", urls[-1] if urls else None, W | E | C)  # an own enumerable field, as in Node
        return s

    def run(r: "Realm", script: JSScript, realm: "Realm", options: Any) -> Any:
        _check_options(r, options)
        timeout = _timeout_opt(r, options)
        display = _bool_opt(r, options, "displayErrors", True)
        break_on_sigint = _bool_opt(r, options, "breakOnSigint", False)
        try:
            def evaluate() -> Any:
                result = script.compiled.run(realm)
                run_own_jobs(realm)  # microtaskMode 'afterEvaluate': inside the timeout
                return result
            return _run_with_timeout(r, realm, evaluate, timeout, break_on_sigint)
        except JSThrow as e:
            if display and isinstance(e.value, JSObject) and e.value not in ARROWS:
                arrow = thrown_arrow(e.value, script.filename, script.source, script.line_offset)
                if arrow is not None:
                    ARROWS[e.value] = arrow
            raise

    # --- Script -------------------------------------------------------------------------------
    script_proto = JSObject(main.object_prototype)

    def script_ctor(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        if nt is None:
            throw_node_error(r, "TypeError", "ERR_CONSTRUCT_CALL_REQUIRED",
                             "Class constructor Script cannot be invoked without 'new'")
        code = arg(args, 0)
        s = compile_in(r, "" if code is None else code, arg(args, 1), r)
        proto = get_prototype_from_constructor(nt, "%Object.prototype%")
        if nt is not script_class:
            s.proto = proto
        return s
    script_class = make_fn(main, "Script", 2, script_ctor, ctor=True)
    script_class.define_builtin("prototype", script_proto, 0)
    script_proto.define_builtin("constructor", script_class, W | C)

    def this_script(r: "Realm", this: Any, name: str) -> JSScript:
        if not isinstance(this, JSScript):
            throw_type_error("Illegal invocation")  # as V8's receiver check on Script's methods
        return this

    @method(script_proto, main, "runInContext", 2)
    def script_run_in_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        s = this_script(r, this, "runInContext")
        ctx = require_context(r, arg(args, 0))
        return run(r, s, ctx.realm, arg(args, 1))

    @method(script_proto, main, "runInNewContext", 2)
    def script_run_in_new_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        s = this_script(r, this, "runInNewContext")
        options = arg(args, 1)
        _check_options(r, options)
        ctx_obj = create_context(r, arg(args, 0), _ctx_options(r, options))
        return run(r, s, require_context(r, ctx_obj).realm, options)

    @method(script_proto, main, "runInThisContext", 1)
    def script_run_in_this_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        s = this_script(r, this, "runInThisContext")
        return run(r, s, main, arg(args, 0))

    @method(script_proto, main, "createCachedData", 0)
    def script_create_cached_data(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        sc = this_script(r, this, "createCachedData")
        return bytes_to_buffer(r, create_cached_data(sc.compiled.program, sc.source, "script"))

    def _ctx_options(r: "Realm", options: Any) -> Any:
        if not isinstance(options, JSObject):
            return None
        o = new_object(r)
        for src, dst in (("contextName", "name"), ("contextOrigin", "origin"),
                         ("contextCodeGeneration", "codeGeneration"), ("microtaskMode", "microtaskMode")):
            v = options.get(src, options)
            if v is not None:
                put(o, dst, v)
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
        try:
            m, e = check_memory_options("summary" if mode is None else mode, "default" if execution is None else execution)
        except VMTypeError:
            shown = mode if mode not in (None, "summary", "detailed") else execution
            which = "mode" if mode not in (None, "summary", "detailed") else "execution"
            allowed = "'summary', 'detailed'" if which == "mode" else "'default', 'eager'"
            throw_node_error(r, "TypeError", "ERR_INVALID_ARG_VALUE",
                             f"The property 'options.{which}' must be one of: {allowed}. Received {inspect(shown)}")
        report = memory_report(r, [c.realm for c in list(_contexts.values())], m, e)
        promise, resolve, _reject = new_promise(r)
        resolve.call(None, [_memory_report_to_js(r, report)])
        return promise

    @method(vm, main, "isContext", 1, W | E | C)
    def vm_is_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            invalid_arg_type(r, "object", "of type object", o)
        return o in _contexts

    @method(vm, main, "runInContext", 2, W | E | C)
    def vm_run_in_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code, obj, options = arg(args, 0), arg(args, 1), arg(args, 2)
        ctx = require_context(r, obj)
        s = compile_in(r, code, options, ctx.realm)
        return run(r, s, ctx.realm, options if isinstance(options, JSObject) else None)

    @method(vm, main, "runInNewContext", 2, W | E | C)
    def vm_run_in_new_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code, obj, options = arg(args, 0), arg(args, 1), arg(args, 2)
        if type(code) is not str:
            invalid_arg_type(r, "code", "of type string", code)
        _check_options(r, options)
        ctx_obj = create_context(r, obj, _ctx_options(r, options))
        ctx = require_context(r, ctx_obj)
        s = compile_in(r, code, options, ctx.realm)
        return run(r, s, ctx.realm, options if isinstance(options, JSObject) else None)

    @method(vm, main, "runInThisContext", 1, W | E | C)
    def vm_run_in_this_context(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code, options = arg(args, 0), arg(args, 1)
        s = compile_in(r, code, options, main)
        return run(r, s, main, options if isinstance(options, JSObject) else None)

    @method(vm, main, "compileFunction", 1, W | E | C)
    def vm_compile_function(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code, params, options = arg(args, 0), arg(args, 1), arg(args, 2)
        if type(code) is not str:
            invalid_arg_type(r, "code", "of type string", code)
        plist: list[str] = []
        if params is not None:
            if not isinstance(params, JSArray):
                invalid_arg_type(r, "params", "an instance of Array", params)
            for i, p in enumerate(create_list_from_array_like(params)):
                if type(p) is not str:
                    invalid_arg_type(r, f"params[{i}]", "of type string", p)
                plist.append(p)
        _check_options(r, options)
        filename = _str_opt(r, options, "filename", "")
        lo = _int_opt(r, options, "lineOffset")
        co = _int_opt(r, options, "columnOffset")
        pc = _opt(options, "parsingContext")
        realm = main if pc is None else require_context(r, pc, "options.parsingContext").realm
        exts_v = _opt(options, "contextExtensions")
        exts: list[JSObject] = []
        if exts_v is not None:
            if not isinstance(exts_v, JSArray):
                invalid_arg_type(r, "options.contextExtensions", "an instance of Array", exts_v)
            for i, e in enumerate(create_list_from_array_like(exts_v)):
                if not isinstance(e, JSObject):
                    invalid_arg_type(r, f"options.contextExtensions[{i}]", "of type object", e)
                exts.append(e)
        data = _cached_data_opt(r, options)
        produce = _bool_opt(r, options, "produceCachedData", False)
        saved = AGENT.realm
        AGENT.realm = realm
        try:
            fn, rejected, produced, _ = compile_function_cached(realm, code, plist, filename, lo, co, exts, data,
                                                               produce and data is None)
            if rejected is not None:
                fn.define_builtin("cachedDataRejected", rejected, W | E | C)
            elif produce:
                fn.define_builtin("cachedDataProduced", produced is not None, W | E | C)
                if produced is not None:
                    fn.define_builtin("cachedData", bytes_to_buffer(r, produced), W | E | C)
            dynamic_import[0](r, fn, options, fn.code.referrer)
            return fn
        except ParseError as e:
            raise JSThrow(_syntax_error(r, e, code, lo, True)) from None
        finally:
            AGENT.realm = saved

    dynamic_import[0] = install_module_classes(vm, host, lambda r, obj: require_context(r, obj, "options.context").realm,
                           _run_with_timeout, _timeout_opt, _syntax_error)
    return vm


def _cached_data_opt(r: "Realm", options: Any) -> bytes | None:
    """The ``cachedData`` option: the bytes a Buffer, TypedArray or DataView views."""
    v = _opt(options, "cachedData")
    return None if v is None else view_bytes(r, v, "options.cachedData")


def inherit_determinism(creator: "Realm", realm: "Realm") -> None:
    """NON-NODE (pyjsvm --sandbox): a context made by code that runs with a fixed clock or a
    seeded Math.random gets the same clock and a generator seeded from the creator's, so that
    a whole run, contexts included, replays exactly."""
    fixed = creator.host_defined.get("pyjsvm.fixed_time")
    if fixed is not None:
        realm.host_defined["pyjsvm.fixed_time"] = fixed
    rng = creator.host_defined.get("pyjsvm.random")
    if isinstance(rng, random.Random):
        realm.host_defined["pyjsvm.random"] = random.Random(rng.getrandbits(64))


def _syntax_error(realm: "Realm", e: Any, code: str, line_offset: int, display: bool) -> JSObject:
    """A ParseError as a SyntaxError (or early ReferenceError) of ``realm``; with ``display``
    (displayErrors), the source line and caret that node prints above it when uncaught."""
    err = parse_error_object(e, realm)
    if display:
        arrow = source_arrow(str(getattr(e, "filename", "") or ""), code, line_offset,
                             int(getattr(e, "line", 0) or 0), int(getattr(e, "column", 0) or 0))
        if arrow is not None:
            ARROWS[err] = arrow
    return err


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


def _run_with_timeout(caller: "Realm", realm: "Realm", fn: Any, timeout: int | None,
                      break_on_sigint: bool = False) -> Any:
    """Run ``fn`` in ``realm``; after ``timeout`` ms, or at a SIGINT with ``break_on_sigint``,
    throw Node's ERR_SCRIPT_EXECUTION_TIMEOUT / ERR_SCRIPT_EXECUTION_INTERRUPTED (an Error of the
    caller's realm)."""
    try:
        return run_with_timeout(realm, fn, timeout, break_on_sigint)
    except (ScriptTimeout, ScriptInterrupted, SigintUnavailable) as e:
        raise JSThrow(node_error(caller, "Error", e.code, str(e))) from None
