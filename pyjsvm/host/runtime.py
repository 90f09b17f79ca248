"""The Node-like host: the main realm's globals, the event loop, uncaught error reporting and
exit codes. The command line (``cli.py``) and the REPL (``repl.py``) drive a ``NodeHost``."""
from __future__ import annotations

import os
import sys
import time
from pyjsvm.syntax.record import field, record
from importlib import import_module
from typing import Any, Callable

from pyjsvm.host.console import make_console
from pyjsvm.host.event_loop import EventLoop
from pyjsvm.host.inspect import inspect, is_error
from pyjsvm.host.jsutil import ARROWS, DECORATED, arg, invalid_arg_type, make_fn, new_object, node_error, put
from pyjsvm.host.permissions import Permissions
from pyjsvm.host.process import ProcessExit, exec_path, make_process
from pyjsvm.syntax.lazy import LazyModule
from pyjsvm.host.require import WRAPPER_PARAMS, ModuleSystem, module_prototype
from pyjsvm.host.signals import SignalEvents
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import A, C, E, L, W, JSObject, LazySlot, Prop
from pyjsvm.runtime.values import NULL, SYM_TO_STRING_TAG, JSSymbol
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.compiler.functions import DYNAMIC_SYNTAX_SITES
from pyjsvm.runtime.stack import PRIMITIVE_THROW, JSErrorObject, throw_site
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.intrinsics.json import JSON_PARSE_SITES
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.runtime.promise import new_promise_capability, perform_promise_then_internal
from pyjsvm.runtime.jobs import rejection_id, take_rejections_handled_later, take_unhandled_rejections
from pyjsvm.runtime.operations import call, same_value, to_number, to_string
from pyjsvm.intrinsics.realm import main_realm
from pyjsvm.host.jsutil import describe_received, js_str, throw_node_error
from pyjsvm.host.node.encoding import decode, encode, normalize_encoding
from pyjsvm.host.node import install_globals, register_node_modules
from pyjsvm.host.util_module import inspect_function, make_util_module
from pyjsvm.host.events_module import load_events
from pyjsvm.host.esm import ESMLoader
from pyjsvm.api.convert import js_string_to_python
from pyjsvm.api.timeouts import ScriptStepLimit, ScriptTimeout, run_with_timeout
from pyjsvm.api.common import JS_LINES as _JS_LINES, error_source_arrow

__all__ = ["NodeHost", "HostOptions", "ProcessExit"]



# structuredClone's module (it loads the Date, RegExp and Map/Set built-ins) is imported on the
# first call, not by every start-up
_clone = LazyModule("pyjsvm.host.structured_clone")


def _data_property(o: Any, key: Any) -> Any:
    """NON-SPEC: V8's GetDataProperty: ``key``'s value where ``o`` or an object on its chain
    stores it as a data property, found without running code (an accessor, a proxy or a
    global object whose items live elsewhere ends the search: undefined)."""
    while isinstance(o, JSObject) and not o.is_proxy and o.global_items is None and o.contextified_object is None:
        v = o.props.get(key, _NOT_FOUND)
        if v is not _NOT_FOUND:
            if type(v) is Prop:
                return None if v.flags & (A | L) else v.value
            return v
        o = o.proto
    return None


_NOT_FOUND = object()


def _error_like(value: Any) -> bool:
    """NON-SPEC: node's isErrorLike, which decides how an unhandled rejection's reason is shown
    (its ``stack``, else named by _no_side_effects_string): an object with an own ``stack``
    (a proxy's is not asked)."""
    return isinstance(value, JSObject) and not value.is_proxy and value.get_own_property("stack") is not None


def _no_side_effects_string(value: Any, realm: Any) -> str:
    """NON-SPEC: V8's NoSideEffectsToString, which node's unhandled-rejection messages show (no
    JS runs): a primitive as String() gives it (a BigInt without its ``n``); a function, its
    source text; an error, ``name: message``; an object whose ``toString`` is
    %Object.prototype.toString%, ``#<C>`` for its constructor ``C``; a proxy ``#<Object>``; any
    other object ``[object Tag]`` (its own or inherited %Symbol.toStringTag% string, else its
    class). ``realm``: whose %Object.prototype.toString% and %Error.prototype% count."""
    if isinstance(value, JSSymbol):
        return inspect(value)
    if not isinstance(value, JSObject):
        try:
            return js_str(to_string(value))
        except JSThrow:
            return ""
    if value.is_callable and type(src := getattr(value, "source_text", None)) is str:
        return js_str(src)
    if value.is_proxy:
        return "#<Object>"
    to_str = _data_property(value, "toString")
    error_to_string = _data_property(realm.intrinsics["%Error.prototype%"], "toString") if realm is not None else None
    if isinstance(value, JSErrorObject) or to_str is not None and to_str is error_to_string:
        name, message = _data_property(value, "name"), _data_property(value, "message")
        name = js_str(name) if type(name) is str else "Error"
        message = js_str(message) if type(message) is str else ""
        return name if not message else message if not name else f"{name}: {message}"
    if realm is not None and to_str is not None and to_str is realm.intrinsics["%Object.prototype.toString%"]:
        ctor = _data_property(value, "constructor")
        if isinstance(ctor, JSObject) and ctor.is_callable and not ctor.is_proxy:
            # (a function's own ``name``, which may not be made until asked for)
            d = ctor.get_own_property("name")
            cname = d.value if d is not None and not d.is_accessor() else None
            if type(cname) is str and cname:
                return f"#<{js_str(cname)}>"
    tag = _data_property(value, SYM_TO_STRING_TAG)
    if type(tag) is str:
        return f"[object {js_str(tag)}]"
    return f"[object {value.name if isinstance(value, JSTypedArray) else value.class_name}]"


def _gc(realm: Any, this: Any, args: list[Any], new_target: Any) -> Any:
    """``gc()`` (--expose-gc): a full collection of Python's garbage collector."""
    import gc
    gc.collect()
    return None


def _structured_clone(realm: Any, this: Any, args: list[Any], new_target: Any) -> Any:
    """``structuredClone``: its module's function (imported on first call)."""
    return _clone.structured_clone_function(realm, this, args, new_target)


@record
class HostOptions:
    """What the command line decides about a host: permissions, ``process.execArgv``, and the
    sandbox's deterministic ``Math.random`` seed and fixed clock (ms since the epoch)."""
    permissions: Permissions = field(default_factory=Permissions)
    exec_argv: list[str] = field(default_factory=list)
    random_seed: int | None = None
    fixed_time: float | None = None
    timeout_ms: int | None = None        # --timeout: the whole run, wall clock
    memory_limit: int | None = None      # --max-memory: bytes JS may keep alive
    step_limit: int | None = None        # --step-limit: loop iterations and calls, the whole run
    # process warnings: --no-warnings, --no-deprecation, --throw-deprecation,
    # --trace-deprecation, --trace-warnings (process.noProcessWarnings and the others)
    no_warnings: bool = False
    no_deprecation: bool = False
    throw_deprecation: bool = False
    trace_deprecation: bool = False
    trace_warnings: bool = False
    preload_require: list[str] = field(default_factory=list)  # -r/--require, in order
    preload_import: list[str] = field(default_factory=list)   # --import, in order
    unhandled_rejections: str = "throw"  # --unhandled-rejections: throw strict warn none warn-with-error-code
    expose_gc: bool = False              # --expose-gc: a global gc()
    stack_trace_limit: int | None = None  # --stack-trace-limit: Error.stackTraceLimit at start
    # --experimental-vm-modules: vm.Module, vm.SourceTextModule and vm.SyntheticModule exported,
    # and an importModuleDynamically function called (without it import() rejects with
    # ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG), as in node; the Python API always has them
    experimental_vm_modules: bool = False


def _write(stream: Any, text: str) -> None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        # JS text: surrogate pairs are one character, a lone surrogate is U+FFFD, as node writes them
        text = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in js_string_to_python(text))
        data = text.encode("utf-8")
    try:
        stream.buffer.write(data)
        stream.flush()
    except AttributeError:
        stream.write(text)
    except (BrokenPipeError, OSError):
        pass


_LIMIT_KEYS = ("pyjsvm.memory_limit", "pyjsvm.step_limit")  # the run's limits in realm.host_defined


class NodeHost:
    """A main realm set up like Node's, with its event loop and module system."""

    def __init__(self, argv: list[str] | None = None, realm: Realm | None = None,
                 options: "HostOptions | None" = None) -> None:
        self.realm = realm or main_realm()
        self.options = options or HostOptions()
        self.permissions = self.options.permissions
        self.exec_argv = list(self.options.exec_argv)
        if self.options.random_seed is not None:
            import random
            self.realm.host_defined["pyjsvm.random"] = random.Random(self.options.random_seed)
        if self.options.fixed_time is not None:
            self.realm.host_defined["pyjsvm.fixed_time"] = self.options.fixed_time
        self.argv = list(argv or [])
        self.exec_path = exec_path()  # process.execPath and process.argv[0]
        self.start_time = time.monotonic()
        self.sources: dict[str, str] = {}
        self.exiting = False
        self.forced_exit: int | None = None
        self.fatal = False  # an uncaught exception ended the run
        self.loop = EventLoop(self.realm, self.report_uncaught, self.check_rejections)
        self.loop.install_job_hooks(self.realm)
        self.module_proto = module_prototype(self.realm, self)
        self.modules = ModuleSystem(self)
        self.esm = ESMLoader(self)
        self.compile_cache: Any = None  # a compile_cache.CompileCache when the command enables it
        self._process: JSObject | None = None
        self._event_emitter: Any = None
        self.signal_events = SignalEvents(self)
        self._install()

    # --- output ------------------------------------------------------------------------------
    def write_out(self, text: str) -> None:
        _write(sys.stdout, text)

    def write_err(self, text: str) -> None:
        _write(sys.stderr, text)

    def _console_writer(self, fd: int) -> Callable[[str], None]:
        """What the global console writes through: as node's, the stream ``console._stdout``
        (``_stderr``) names, ``process.stdout`` (``stderr``) unless set. Its ``write`` is
        called when JS replaced it (a test capturing output by assigning
        ``process.stdout.write``) or bound another stream; otherwise the text goes straight to
        the host's output."""
        direct = self.write_out if fd == 1 else self.write_err
        name = "stdout" if fd == 1 else "stderr"
        # (not yet: before the stdio streams are made, process.stdout.write is the original)

        def write(text: str) -> None:
            bound = self._console_streams.get(name)
            streams = self.__dict__.get("_stdio_streams")
            if bound is None and streams is None:
                direct(text)  # (no stream made yet: nothing JS could have changed)
                return
            stream = bound if bound is not None or streams is None else streams.get(name, streams)
            if not isinstance(stream, JSObject):
                direct(text)
                return
            fn = stream.get("write", stream)
            for std, (original, original_write) in self._stdio_writes.items():
                if stream is original and fn is original_write:
                    (self.write_out if std == "stdout" else self.write_err)(text)
                    return
            call(fn, stream, [python_string_to_js(text)])
        return write

    def _bind_console_streams(self, console: JSObject) -> None:
        """The global console's ``_stdout`` and ``_stderr`` (node's kBindStreamsLazy): the
        streams it writes to, ``process.stdout`` and ``process.stderr`` until set."""
        realm = self.realm
        self._console_streams: dict[str, Any] = {}
        # (process.stdout and stderr and their own write methods, recorded when made: node/stdio.py)
        self._stdio_writes: dict[str, Any] = self.__dict__.setdefault("_stdio_writes", {})
        for name in ("stdout", "stderr"):
            def getter(r: Realm, this: Any, args: list[Any], nt: Any, name: str = name) -> Any:
                if name not in self._console_streams:
                    p = self.process
                    self._console_streams[name] = p.get(name, p)
                return self._console_streams[name]

            def setter(r: Realm, this: Any, args: list[Any], nt: Any, name: str = name) -> Any:
                self._console_streams[name] = arg(args, 0)
                return None
            console.define_accessor("_" + name, make_fn(realm, "get", 0, getter), make_fn(realm, "set", 1, setter), C)

    # --- process and EventEmitter, made on first use -------------------------------------------
    def event_emitter(self) -> Any:
        """The ``events`` module's EventEmitter (compiled on first use)."""
        if self._event_emitter is None:
            def async_hooks(r: Realm, this: Any, args: list[Any], nt: Any) -> Any:
                return self.modules.load_builtin("async_hooks")
            helpers = {**self._helpers, "__asyncHooks": make_fn(self.realm, "asyncHooks", 0, async_hooks)}
            self._event_emitter = load_events(self.realm, helpers)
        return self._event_emitter

    @property
    def process(self) -> JSObject:
        """The ``process`` object (made on first use; see ``process_made``)."""
        if self._process is None:
            self._make_process()
        assert self._process is not None
        return self._process

    @property
    def process_made(self) -> bool:
        """Whether ``process`` exists: before, JS cannot have set an exit code or listeners."""
        return self._process is not None

    def _make_process(self) -> None:
        if self._process is not None:
            return
        saved = AGENT.realm
        AGENT.realm = self.realm
        try:
            self._process = make_process(self, self.event_emitter())
            self.signal_events.attach(self._process)
        finally:
            AGENT.realm = saved
        self._process_slot.fill(self._process, W | C)

    # --- globals -----------------------------------------------------------------------------
    def _install(self) -> None:
        realm = self.realm
        g = realm.global_object
        saved = AGENT.realm
        AGENT.realm = realm
        try:
            self.console = make_console(realm, self._console_writer(1), self._console_writer(2))
            self._bind_console_streams(self.console)
            g.define_builtin("console", self.console, W | C)
            g.define_builtin("global", realm.global_this, W | E | C)
            # (node's global object is tagged 'global': Object.prototype.toString shows
            # '[object global]', which deep-equality checks compare)
            g.define_builtin(SYM_TO_STRING_TAG, "global", C)
            self.loop.install(realm, g)
            self.inspect_fn = inspect_function(realm)
            realm.host_defined["pyjsvm.inspect_fn"] = self.inspect_fn

            def warn(r: Realm, this: Any, args: list[Any], nt: Any) -> Any:
                self.write_err(f"(node:{os.getpid()}) {js_str(str(arg(args, 0)))}\n")
                return None

            def iat(r: Realm, this: Any, args: list[Any], nt: Any) -> Any:
                name, expected, value = arg(args, 0), arg(args, 1), arg(args, 2)
                kind = "property" if "." in str(name) else "argument"  # (as jsutil.invalid_arg_type)
                return node_error(r, "TypeError", "ERR_INVALID_ARG_TYPE",
                                  f'The "{name}" {kind} must be {expected}. {describe_received(value)}')
            def nerr(r: Realm, this: Any, args: list[Any], nt: Any) -> Any:
                return node_error(r, to_string(arg(args, 0)), to_string(arg(args, 1)), to_string(arg(args, 2)))
            self._helpers = {
                "__inspect": self.inspect_fn, "__warn": make_fn(realm, "warn", 1, warn),
                "__invalidArgType": make_fn(realm, "invalidArgType", 3, iat),
                "__nodeError": make_fn(realm, "nodeError", 3, nerr)}
            # ``process`` (an EventEmitter, whose JS source takes most of a bare start-up to
            # compile) is made on first use: the global is a lazy slot until then
            self._process_slot = LazySlot(g, "process", self._make_process)
            g.props["process"] = Prop(None, A | L | W | C, self._process_slot)

            g.define_builtin("structuredClone", make_fn(realm, "structuredClone", 1, _structured_clone), W | E | C)
            if self.options.expose_gc:
                # --expose-gc: V8's gc() (writable and enumerable, not configurable); NON-SPEC:
                # it runs Python's collector
                g.define_builtin("gc", make_fn(realm, "gc", 0, _gc), W | E)
            if self.options.stack_trace_limit is not None:
                error_ctor = realm.intrinsics["%Error%"]
                error_ctor.set("stackTraceLimit", float(self.options.stack_trace_limit), error_ctor)
            self._register_builtins()
        finally:
            AGENT.realm = saved

    def _register_builtins(self) -> None:
        ms = self.modules
        realm = self.realm

        def deferred(module: str, factory: str) -> Callable[[], Any]:
            """The factory ``pyjsvm.host.<module>.<factory>``, imported on first require (the
            modules of pyjsvm.host.node are registered the same way)."""
            def make() -> Any:
                return getattr(import_module("pyjsvm.host." + module), factory)(self)
            return make

        def util_factory() -> Any:
            return make_util_module(self)

        def assert_strict() -> Any:
            a = ms.load_builtin("assert")
            return a.get("strict", a)

        def events_factory() -> Any:
            return self.event_emitter()

        def timers_factory() -> Any:
            o = new_object(realm)
            for name in ("setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"):
                o.props[name] = realm.global_object.get(name, realm.global_object)
            return o

        ms.register("vm", deferred("node_vm", "make_vm_module"))
        ms.register("util", util_factory)
        ms.register("assert", deferred("assert_module", "make_assert_module"))
        ms.register("assert/strict", assert_strict)
        ms.register("events", events_factory)
        ms.register("timers", timers_factory)
        ms.register("module", ms.module_builtin)
        ms.register("process", lambda: self.process)
        register_node_modules(self)
        install_globals(self)
        ms.register("console", lambda: self.console)

    def js_helpers(self, extra: dict[str, Any]) -> dict[str, Any]:
        """The helpers in scope of every JS-written host module: ``__require(name)`` (a built-in
        module), ``__hasBuiltin(name)``, ``__nodeError(kind, code, message)``,
        ``__invalidArgType(name, expected, value)``, ``__inspect(value, options)``,
        ``__recode(string, fromEncoding, toEncoding)``, ``__getBuffer()`` (Buffer, or undefined
        while pyjsvm has none) and ``__toBuffer(latin1)`` (or ERR_BUFFER_NOT_AVAILABLE), plus ``extra``."""
        realm = self.realm
        ms = self.modules

        def req(r: Realm, this: Any, args: list[Any], nt: Any) -> Any:
            name = arg(args, 0)
            return ms.load_builtin(name if type(name) is str and name in ms.builtins else "util")

        def has(r: Realm, this: Any, args: list[Any], nt: Any) -> Any:
            return arg(args, 0) in ms.builtins

        def recode(r: Realm, this: Any, args: list[Any], nt: Any) -> Any:
            src, frm, to = arg(args, 0), normalize_encoding(arg(args, 1)), normalize_encoding(arg(args, 2))
            if type(src) is not str or frm is None or to is None:
                invalid_arg_type(r, "encoding", "a known encoding", arg(args, 2))
            return decode(encode(src, frm), to)
        def get_buffer(r: Realm, this: Any, args: list[Any], nt: Any) -> Any:
            g = r.global_object
            b = g.get("Buffer", g)
            if isinstance(b, JSObject) and b.is_callable:
                return b
            if "buffer" in ms.builtins:
                m = ms.load_builtin("buffer")
                return m.get("Buffer", m)
            return None

        def to_buffer(r: Realm, this: Any, args: list[Any], nt: Any) -> Any:
            b = get_buffer(r, None, [], None)
            if b is None:
                throw_node_error(r, "Error", "ERR_BUFFER_NOT_AVAILABLE", "Binary data (Buffer) is not available in "
                                 "pyjsvm yet: pass an encoding such as 'utf8' to get a string")
            return call(b.get("from", b), b, [arg(args, 0), "latin1"])
        out = dict(self._helpers)
        out.update({"__require": make_fn(realm, "require", 1, req), "__hasBuiltin": make_fn(realm, "has", 1, has),
                    "__recode": make_fn(realm, "recode", 3, recode),
                    "__getBuffer": make_fn(realm, "getBuffer", 0, get_buffer),
                    "__toBuffer": make_fn(realm, "toBuffer", 1, to_buffer)})
        out.update(extra)
        return out

    def define_script_globals(self, filename: str, dirname: str) -> None:
        """``require``, ``module``, ``exports``, ``__filename``, ``__dirname`` as globals (for
        ``-e``, ``-p``, stdin and the REPL, as Node does)."""
        realm = self.realm
        module = self.modules.new_module(os.path.join(dirname, filename), None)
        module.set("id", filename, module)
        self.modules.main = module
        req = self.modules.make_require(dirname, module, None)
        g = realm.global_object
        for k, v in (("require", req), ("module", module), ("exports", module.get("exports", module)),
                     ("__filename", filename), ("__dirname", dirname)):
            g.define_builtin(k, v, W | C)

    def define_builtin_module_globals(self) -> None:
        """NON-SPEC (Node's, for ``-e``/``-p`` code and the REPL, not a program read from stdin):
        each built-in module whose name neither starts with ``_`` nor contains ``/`` is a global
        of that name, unless the global object has one already: a configurable, non-enumerable
        accessor whose getter loads the module (as ``require(name)``) and whose setter puts an
        ordinary global with the value assigned in its place (``vm = 1`` then ``vm`` is 1)."""
        realm = self.realm
        g = realm.global_object
        ms = self.modules
        for name in sorted(ms.builtins):
            # (an own property of the global object, looked up in its property table: reading it
            # with [[GetOwnProperty]] would make a lazily created global, ``process``, at start-up)
            if name.startswith("_") or "/" in name or name in ms.scheme_only or name in g.props:
                continue

            def getter(r: "Realm", this: Any, args: list[Any], nt: Any, name: str = name) -> Any:
                return ms.load_builtin(name)

            def set_real(r: "Realm", this: Any, args: list[Any], nt: Any, name: str = name) -> Any:
                g.delete(name)
                g.set(name, arg(args, 0), g)
                return None
            g.define_accessor(name, make_fn(realm, "get", 0, getter), make_fn(realm, "setReal", 1, set_real), C)

    def remove_script_globals(self) -> None:
        """Take back what ``define_script_globals`` defined (``-e`` code that is an ES module
        after all runs without them)."""
        self.modules.main = None
        for k in WRAPPER_PARAMS:
            self.realm.global_object.delete(k)

    # --- running -----------------------------------------------------------------------------
    def run_limited(self, fn: Any) -> int:
        """Run the whole program ``fn()`` (main module and event loop; returns the exit code)
        under the ``--timeout``/``--max-memory``/``--step-limit`` limits of the sandbox issue, if
        any: a run past its time or its steps (the vm API's ``step_limit``: loop iterations and
        calls, timers and callbacks included) ends with node's ERR_SCRIPT_EXECUTION_TIMEOUT
        message, or ERR_SCRIPT_EXECUTION_STEP_LIMIT's, and exit code 1; past its memory a
        RangeError is thrown in JS (catchable, as in a vm context)."""
        o = self.options
        if o.timeout_ms is None and o.memory_limit is None and o.step_limit is None:
            return int(fn())
        # (the limits are the run's: the main realm is the process's, shared by later hosts)
        hd = self.realm.host_defined
        saved = {k: hd[k] for k in _LIMIT_KEYS if k in hd}
        if o.memory_limit is not None:
            hd["pyjsvm.memory_limit"] = o.memory_limit
        if o.step_limit is not None:
            hd["pyjsvm.step_limit"] = o.step_limit
        try:
            return int(run_with_timeout(self.realm, fn, o.timeout_ms))
        except ScriptTimeout:
            self.signal_events.close()  # (the run ends here: 'exit' is not emitted)
            self.write_err("Error [ERR_SCRIPT_EXECUTION_TIMEOUT]: Script execution timed out after "
                           f"{o.timeout_ms}ms\n")
            return 1
        except ScriptStepLimit as e:
            self.signal_events.close()
            self.write_err(f"Error [{e.code}]: {e}\n")
            return 1
        finally:
            for k in _LIMIT_KEYS:
                hd.pop(k, None)
            hd.update(saved)

    def run_guarded(self, fn: Any) -> None:
        """Run ``fn()`` as a macrotask: a JS throw is an uncaught exception."""
        self.loop.run_posted(fn)

    def run_loop(self) -> int:
        """Run the event loop to completion, emit 'beforeExit'/'exit'; return the exit code."""
        try:
            while not self.loop.stopped:
                self.loop.run()
                if self.loop.stopped:
                    break
                if self.process_made and self._listener_count("beforeExit"):
                    # as a macrotask: a listener's throw is an uncaught exception (exit code 1,
                    # 'exit' still emitted), its promise jobs run after it
                    self.loop.run_posted(lambda: self.emit("beforeExit", [float(self.exit_code())]))
                    if self.loop.stopped:
                        break
                    if self.loop.alive():
                        continue
                break
        except ProcessExit as e:
            self.forced_exit = e.code
        return self.finish()

    def finish(self) -> int:
        """Emit 'exit' once and return the exit code."""
        if not self.exiting:
            self.exiting = True
            try:
                if self.process_made:  # else nothing can listen
                    self.emit("exit", [float(self.exit_code())])
                    # as in node, the process ends with process.exitCode as the listeners leave
                    # it (process.exit(n) and an uncaught exception have set it to n, 1)
                    code = self.js_exit_code()
                    if self.forced_exit is not None and code is not None:
                        self.forced_exit = code
            except ProcessExit as e:
                self.forced_exit = e.code
            except JSThrow as e:
                if not self.fatal:  # (after an uncaught exception node ignores what 'exit' listeners throw)
                    self._exit_listener_threw(e.value)
            finally:  # (a timeout in a listener too)
                self.signal_events.close()
        if self.forced_exit is not None:
            return self.forced_exit
        return self.exit_code()

    def _exit_listener_threw(self, value: Any) -> None:
        """An 'exit' listener threw ``value`` (the other listeners do not run): as in node, an
        uncaught exception of a process already exiting. 'uncaughtException' listeners get it and
        the exit code is ``process.exitCode`` (0 when unset); without listeners it is printed and
        the exit code is ``process.exitCode``, 1 when unset (not 7: that is for a throwing
        'uncaughtException' listener)."""
        default = 1
        if self._listener_count("uncaughtException"):
            try:
                self.emit("uncaughtException", [value, "uncaughtException"])
            except ProcessExit as e:
                self.forced_exit = e.code
                return
            except JSThrow as e:
                self.print_error(e.value)
                self.forced_exit = 7
                return
            default = 0
        else:
            self.print_error(value)
        code = self.js_exit_code()
        self.forced_exit = default if code is None else code

    def exit_code(self) -> int:
        """``process.exitCode`` as an int (0 when unset)."""
        if self.forced_exit is not None:
            return self.forced_exit
        code = self.js_exit_code()
        return 0 if code is None else code

    def js_exit_code(self) -> int | None:
        """``process.exitCode`` as an int; None while it is unset (undefined or null)."""
        if not self.process_made:
            return None
        try:
            v = self.process.get("exitCode", self.process)
            if v is None or v is NULL:
                return None
            n = to_number(v)
            return int(n) & 0xFF if n == n and abs(n) != float("inf") else 0
        except JSThrow:
            return 0

    def _listener_count(self, event: str) -> int:
        if not self.process_made:
            return 0
        p = self.process
        try:
            n = call(p.get("listenerCount", p), p, [event])
        except JSThrow:
            return 0
        return int(n) if type(n) is float else 0

    def emit(self, event: str, args: list[Any]) -> None:
        saved = AGENT.realm
        AGENT.realm = self.realm
        try:
            p = self.process
            call(p.get("emit", p), p, [event] + args)
        finally:
            AGENT.realm = saved

    # --- uncaught errors ---------------------------------------------------------------------
    def report_uncaught(self, value: Any, origin: str = "uncaughtException") -> None:
        """An exception reached the top: 'uncaughtException' listeners, or print it and exit 1."""
        if self.loop.stopped:
            return
        if self._listener_count("uncaughtException"):
            try:
                self.emit("uncaughtException", [value, origin])
                return
            except JSThrow as e:
                self.print_error(e.value)
                self.forced_exit = 7
                self.fatal = True
                self.exiting = True  # (node ends at once: no 'exit' event)
                self.loop.stopped = True
                return
        self.print_error(value, from_promise=(origin == "unhandledRejection"))
        self.forced_exit = 1
        self.fatal = True
        if self.process_made:
            self.process.set("exitCode", 1.0, self.process)
        self.loop.stopped = True

    def check_rejections(self) -> None:
        """After a microtask drain: unhandled rejections, in the --unhandled-rejections mode
        (Node's lib/internal/process/promises.js processPromiseRejections): first 'rejectionHandled'
        for the rejections reported before and handled since (without listeners, a
        PromiseRejectionHandledWarning), then each unhandled rejection:

        - throw (the default): 'unhandledRejection' listeners, else an uncaught exception;
        - strict: an uncaught exception, then (if 'uncaughtException' listeners took it)
          'unhandledRejection' listeners, else the UnhandledPromiseRejectionWarning warnings;
        - warn: 'unhandledRejection' listeners, and the warnings;
        - warn-with-error-code: 'unhandledRejection' listeners, else the warnings and exit code 1;
        - none: 'unhandledRejection' listeners only."""
        mode = self.options.unhandled_rejections
        for promise in take_rejections_handled_later():
            if self.loop.stopped:
                return
            if not self._emit_listened("rejectionHandled", [promise]):
                self._emit_warning(f"Promise rejection was handled asynchronously (rejection id: "
                                   f"{rejection_id(promise)})", "PromiseRejectionHandledWarning")
        for promise, reason in take_unhandled_rejections():
            if self.loop.stopped:
                return
            if mode == "strict":
                self.report_uncaught(reason, "unhandledRejection")
                if self.loop.stopped:
                    return
                if not self._emit_listened("unhandledRejection", [reason, promise]):
                    self._warn_unhandled(promise, reason)
            elif mode == "none":
                self._emit_listened("unhandledRejection", [reason, promise])
            elif mode == "warn":
                self._emit_listened("unhandledRejection", [reason, promise])
                self._warn_unhandled(promise, reason)
            elif mode == "warn-with-error-code":
                if not self._emit_listened("unhandledRejection", [reason, promise]):
                    self._warn_unhandled(promise, reason)
                    self.process.set("exitCode", 1.0, self.process)
            elif not self._emit_listened("unhandledRejection", [reason, promise]):
                self.report_uncaught(reason, "unhandledRejection")

    def _emit_listened(self, event: str, args: list[Any]) -> bool:
        """Emit ``event`` on process if it has listeners (a listener's throw is an uncaught
        exception); whether it had any."""
        if not self._listener_count(event):
            return False
        try:
            self.emit(event, args)
        except JSThrow as e:
            self.report_uncaught(e.value)
        return True

    def _emit_warning(self, message: str, kind: str) -> None:
        """``process.emitWarning(message, kind)`` (printed on a later tick, as Node's)."""
        p = self.process
        try:
            call(p.get("emitWarning", p), p, [python_string_to_js(message), kind])
        except JSThrow as e:
            self.report_uncaught(e.value)

    def _warn_unhandled(self, promise: Any, reason: Any) -> None:
        """Node's emitUnhandledRejectionWarning: the reason (an error's stack, else the reason
        as a string) and the UnhandledPromiseRejectionWarning that explains it."""
        if _error_like(reason):
            try:
                shown = to_string(reason.get("stack", reason))
            except JSThrow:
                shown = "Error"
        else:
            shown = _no_side_effects_string(reason, self.realm)
        self._emit_warning(js_str(shown), "UnhandledPromiseRejectionWarning")
        self._emit_warning(
            "Unhandled promise rejection. This error originated either by throwing inside of an async function "
            "without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate "
            "the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` "
            "(see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). "
            f"(rejection id: {rejection_id(promise)})", "UnhandledPromiseRejectionWarning")

    # --- preloads ----------------------------------------------------------------------------
    def run_requires(self) -> None:
        """The ``-r``/``--require`` preloads: required in order, from the current directory, by
        a parent module ``internal/preload`` (as Node's Module._preloadModules). A JS throw is
        thrown."""
        o = self.options
        if not o.preload_require:
            return
        cwd = os.getcwd()
        parent = self.modules.new_module(os.path.join(cwd, "internal/preload"), None)
        put(parent, "id", "internal/preload")
        self.modules.preloading = True
        try:
            for request in o.preload_require:
                self.modules.require(python_string_to_js(request), cwd, parent, "internal/preload")
        finally:
            self.modules.preloading = False

    def start_imports(self) -> Any:
        """The ``--import`` preloads, resolved from the current directory and evaluated one
        after the other (each once the previous one's evaluation, top-level await included, is
        done). None when there are none, else the promise of them all, rejected by the first
        that fails."""
        o = self.options
        if not o.preload_import:
            return None
        base = os.path.join(os.getcwd(), "")  # (errors say "imported from <cwd>/", as Node's)
        realm = self.realm
        specifiers = list(o.preload_import)
        capability = new_promise_capability(realm.intrinsics["%Promise%"])

        def step(_value: Any = None) -> None:
            if not specifiers:
                call(capability.resolve, None, [None])
                return
            try:
                url = self.esm.resolve(python_string_to_js(specifiers.pop(0)), base)
                record = self.esm.load(url, {})
                self.esm.load_graph(record)
                promise = record.evaluate()
            except JSThrow as e:
                call(capability.reject, None, [e.value])
                return
            perform_promise_then_internal(promise, step, lambda reason: call(capability.reject, None, [reason]),
                                          realm)
        step()
        return capability.promise

    def arrow_for(self, value: Any) -> str | None:
        """Node's ``file:line`` / source line / caret header for an uncaught error (none when
        node:vm already put it in the error's ``stack``)."""
        if isinstance(value, JSObject):
            if value in DECORATED:
                return None
            a = ARROWS.get(value)
            if a is not None:
                return a
            dynamic = DYNAMIC_SYNTAX_SITES.get(value)
            if dynamic is not None and throw_site(value) is None:  # (not thrown again by a throw statement)
                # a SyntaxError of eval code or of Function()'s text: node shows that text's line
                text, line, col, length = dynamic
                lines = _JS_LINES.split(text)
                if 1 <= line <= len(lines):
                    return error_source_arrow(f"<anonymous_script>:{line}", js_str(lines[line - 1]), col, length)
                return f"<anonymous_script>:{line}\n\n\n"  # (at the end of the input: no caret, as node)
            json_site = JSON_PARSE_SITES.get(value)
            if json_site is not None and throw_site(value) is None:
                # a SyntaxError of JSON.parse (not thrown again by a throw statement): node
                # shows the line of the JSON text with the error, without a caret at its end
                text, index = json_site
                lines = _JS_LINES.split(text[:index])
                line, column = len(lines), len(lines[-1])
                source_line = _JS_LINES.split(text)[line - 1]
                if index >= len(text):
                    return f"<anonymous_script>:{line}\n{js_str(source_line)}\n"
                return error_source_arrow(f"<anonymous_script>:{line}", js_str(source_line), column + 1)
        site = throw_site(value)
        if not isinstance(value, JSObject) and PRIMITIVE_THROW[1] is not None and \
                type(PRIMITIVE_THROW[0]) is type(value) and same_value(PRIMITIVE_THROW[0], value):
            site = PRIMITIVE_THROW[1]
        if site is not None and site[0].startswith("file://"):
            # node 20 points at the throw statement in CommonJS scripts but at the error's own
            # position in ES modules (whose file names are file: URLs here)
            site = None
        frames = getattr(value, "frames", None) if isinstance(value, JSErrorObject) else None
        if site is not None:
            filename, line, col = site  # node points at the throw statement that threw it last
        else:
            # (an error a built-in threw: node points at the JS code that called it, the first
            # frame with a position)
            at = next((fr for fr in frames or () if fr[2]), None)
            if at is None:
                return None
            _name, filename, line, col = at[:4]
        src = self.sources.get(filename)
        if src is None:
            return None
        lines = _JS_LINES.split(src)
        if not 1 <= line <= len(lines):
            return None
        return error_source_arrow(f"{filename}:{line}", js_str(lines[line - 1]), col)

    def format_error(self, value: Any, from_promise: bool = False) -> str:
        """The text Node prints for an uncaught exception (without the trailing newline)."""
        saved = AGENT.realm
        AGENT.realm = self.realm
        try:
            if from_promise and not _error_like(value):
                shown = _no_side_effects_string(value, self.realm)
                return ("UnhandledPromiseRejection: This error originated either by throwing inside of an async "
                        "function without a catch block, or by rejecting a promise which was not handled with "
                        f".catch(). The promise rejected with the reason \"{shown}\". {{\n  code: 'ERR_UNHANDLED_REJECTION'\n}}")
            arrow = self.arrow_for(value)
            if isinstance(value, JSObject) and is_error(value):
                body = inspect(value)
                if value in ARROWS and body.startswith("[") and body.endswith("]"):
                    body = body[1:-1]
            elif isinstance(value, JSObject):
                body = inspect(value)
            elif isinstance(value, JSSymbol):
                body = ""  # node prints ToString(value), and an empty line when that throws
            else:
                body = to_string(value)
            if not arrow:
                return js_str(body if body is not None else inspect(value))
            if isinstance(value, JSObject) and is_error(value):
                return arrow + "\n" + js_str(body or "")
            # a thrown non-Error: node leads with a blank line and adds its --trace-uncaught hint
            # for primitives
            out = "\n" + arrow + js_str(body) + "\n"
            if not isinstance(value, JSObject):
                out += "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n"
            return out[:-1]
        except JSThrow:
            return "Uncaught exception"
        finally:
            AGENT.realm = saved

    def print_error(self, value: Any, from_promise: bool = False) -> None:
        self.write_err(self.format_error(value, from_promise) + "\n")

    def syntax_error(self, e: Any, source: str, realm: Realm | None = None) -> JSObject:
        """A ParseError as a SyntaxError of the main realm (or of ``realm``), with Node's arrow."""
        kind = str(getattr(e, "kind", None) or "SyntaxError")
        message = str(getattr(e, "message", None) or e)
        filename = str(getattr(e, "filename", "") or "")
        line = int(getattr(e, "line", 0) or 0)
        column = int(getattr(e, "column", 0) or 0)
        err = (realm or self.realm).new_error(kind, python_string_to_js(message))
        err.props["stack"] = Prop(python_string_to_js(f"{kind}: {message}"), W | C)
        lines = _JS_LINES.split(source)
        if lines and lines[-1] == "":  # (a final line terminator ends the last line)
            lines.pop()
        length = max(1, int(getattr(e, "length", 1) or 1))
        if 1 <= line <= len(lines):
            ARROWS[err] = error_source_arrow(f"{filename}:{line}", lines[line - 1], column, length)
        elif line == len(lines) + 1:  # at the end of the input, past the last line: no caret, as node
            ARROWS[err] = f"{filename}:{line}\n\n\n"
        return err
