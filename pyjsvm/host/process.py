"""The ``process`` global (an EventEmitter)."""
from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import (
    arg, describe_received, get_prop, invalid_arg_type, make_fn, method, new_array, new_object, put, throw_node_error,
    uv_error,
)
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import C, E, W, JSArray, JSObject, Prop
from pyjsvm.runtime.values import MISSING, NULL, JSBigInt, SYM_TO_STRING_TAG
from pyjsvm.runtime.operations import call, to_boolean, to_number, to_string
from pyjsvm.api.convert import python_string_to_js
from pyjsvm.host.node.stdio import make_stdio
from pyjsvm.host.jsutil import js_os_str, js_str
from pyjsvm.host.inspect import inspect, is_error

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ProcessExit", "make_process", "exec_path", "VERSION", "NODE_VERSION"]

VERSION = "0.1.0"
# The Node release whose API pyjsvm follows and is tested against (differential tests run node 20).
NODE_VERSION = "20.20.2"


class ProcessExit(BaseException):
    """``process.exit(code)``: unwinds everything (no JS ``catch`` can stop it)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _runnable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def exec_path() -> str:
    """``process.execPath``, also ``process.argv[0]`` (as node's): an absolute path of a program
    that runs pyjsvm, so that node's idiom ``spawn(process.execPath, [script, ...args])`` runs the
    script with pyjsvm. The first that is an executable file of

    1. the program that started this process, when it is the ``pyjsvm`` console script
       (``sys.argv[0]``; run as ``python -m pyjsvm.host.cli``, or embedded in another Python
       program, ``sys.argv[0]`` is ``cli.py`` or that program, which cannot run a script);
    2. the ``pyjsvm`` console script installed beside this interpreter (the same environment);
    3. ``pyjsvm`` on ``PATH``;

    else (pyjsvm not installed as a command) ``sys.executable``, the Python interpreter, the
    closest there is (it runs pyjsvm as ``execPath -m pyjsvm.host.cli script``).

    ``process.argv0`` (node: argv[0] as typed, ``'node'``) is the command's name, ``'pyjsvm'``."""
    names = ("pyjsvm", "pyjsvm.exe")
    started = sys.argv[0] if sys.argv else ""
    if os.path.basename(started) in names and _runnable(started):
        return os.path.abspath(started)
    if sys.executable:
        for name in names:
            beside = os.path.join(os.path.dirname(sys.executable), name)
            if _runnable(beside):
                return beside
    on_path = shutil.which("pyjsvm")
    if on_path is not None:
        return os.path.abspath(on_path)
    return sys.executable or "pyjsvm"


def _platform() -> str:
    p = sys.platform
    if p.startswith("linux"):
        return "linux"
    if p.startswith("win"):
        return "win32"
    return p


def make_process(host: "NodeHost", emitter_ctor: JSObject) -> JSObject:
    """The ``process`` object of the host's realm; its prototype inherits from
    ``EventEmitter.prototype``."""
    realm = host.realm
    ee_proto = emitter_ctor.get("prototype", emitter_ctor)
    proto = JSObject(ee_proto if isinstance(ee_proto, JSObject) else realm.object_prototype)
    ctor = make_fn(realm, "process", 0, lambda r, t, a, n: None)
    ctor.define_builtin("prototype", proto, 0)
    proto.define_builtin("constructor", ctor, W | C)
    p = JSObject(proto)
    call(emitter_ctor.get("init", emitter_ctor), p, [])
    p.define_builtin(SYM_TO_STRING_TAG, "process", W)  # Object.prototype.toString gives [object process]
    put(p, "title", "pyjsvm")
    put(p, "version", "v" + NODE_VERSION)
    versions = new_object(realm)
    put(versions, "node", NODE_VERSION)
    put(versions, "pyjsvm", VERSION)
    put(versions, "python", ".".join(str(x) for x in sys.version_info[:3]))
    put(p, "versions", versions)
    put(p, "arch", {"x86_64": "x64", "aarch64": "arm64", "AMD64": "x64"}.get(os.uname().machine if hasattr(os, "uname") else "", "x64"))
    put(p, "platform", _platform())
    put(p, "release", _release(realm))
    argv = new_array(realm, [host.exec_path] + list(host.argv))
    put(p, "argv", argv)
    put(p, "execArgv", new_array(realm, list(host.exec_argv)))
    put(p, "argv0", "pyjsvm")
    put(p, "execPath", host.exec_path)
    put(p, "pid", float(os.getpid()))
    put(p, "ppid", float(os.getppid()))
    perms = host.permissions
    env = _Env(realm) if perms.env_allowed(None) else _GuardedEnv(realm, host)
    for k, v in os.environ.items():
        if perms.env_allowed(k):
            put(env, python_string_to_js(k), python_string_to_js(v))
    put(p, "env", env)
    permission = new_object(realm)

    @method(permission, realm, "has", 2, W | E | C)
    def has(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        scope = arg(args, 0)
        if type(scope) is not str:
            invalid_arg_type(r, "scope", "of type string", scope)
        ref = arg(args, 1)
        return perms.has(scope, js_str(ref) if type(ref) is str else None)
    if perms.enabled:
        put(p, "permission", permission)
    put(p, "exitCode", None)
    o = host.options
    for flag, name in ((o.no_deprecation, "noDeprecation"), (o.throw_deprecation, "throwDeprecation"),
                       (o.trace_deprecation, "traceDeprecation"), (o.trace_warnings, "traceProcessWarnings"),
                       (o.no_warnings, "noProcessWarnings")):
        if flag:  # (set by their command-line options, as Node sets them; else absent)
            put(p, name, True)

    @method(p, realm, "exit", 1, W | E | C)
    def exit_(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code = arg(args, 0)
        if code is not None:
            p.set("exitCode", code, p)
        # node: reallyExit(process.exitCode || 0), also from an 'exit' listener after an
        # uncaught exception
        js_code = host.js_exit_code()
        raise ProcessExit(host.exit_code() if js_code is None else js_code)

    @method(p, realm, "cwd", 0, W | E | C)
    def cwd(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return os.getcwd()

    @method(p, realm, "chdir", 1, W | E | C)
    def chdir(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        d = arg(args, 0)
        if type(d) is not str:
            invalid_arg_type(r, "directory", "of type string", d)
        try:
            os.chdir(js_os_str(d))
        except OSError as e:
            raise uv_error(r, e, "chdir", os.getcwd(), js_os_str(d)) from None
        return None

    @method(p, realm, "uptime", 0, W | E | C)
    def uptime(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return time.monotonic() - host.start_time

    @method(p, realm, "nextTick", 1, W | E | C)
    def next_tick(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        cb = arg(args, 0)
        if not (isinstance(cb, JSObject) and cb.is_callable):
            invalid_arg_type(r, "callback", "of type function", cb)
        host.loop.next_tick(cb, list(args[1:]))
        return None

    @method(p, realm, "hrtime", 1, W | E | C)
    def hrtime(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        ns = time.monotonic_ns()
        prev = arg(args, 0)
        if isinstance(prev, JSArray) and prev.dense is not None and len(prev.dense) == 2:
            ns -= int(prev.dense[0]) * 1_000_000_000 + int(prev.dense[1])
        return new_array(r, [float(ns // 1_000_000_000), float(ns % 1_000_000_000)])

    def hr_bigint(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return JSBigInt(time.monotonic_ns())
    hr = p.get("hrtime", p)
    hr.define_builtin("bigint", make_fn(realm, "bigint", 0, hr_bigint))

    @method(p, realm, "memoryUsage", 0, W | E | C)
    def memory_usage(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        rss = 0.0
        try:
            import resource
            rss = float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
        except Exception:
            pass
        o = new_object(r)
        for k, v in (("rss", rss), ("heapTotal", rss), ("heapUsed", rss), ("external", 0.0), ("arrayBuffers", 0.0)):
            put(o, k, v)
        return o

    def memory_rss(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """process.memoryUsage.rss(): the resident set size now (Linux: /proc/self/statm)."""
        try:
            with open("/proc/self/statm", encoding="ascii") as f:
                return float(int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE"))
        except (OSError, ValueError, IndexError):
            mu = p.get("memoryUsage", p)
            return call(mu, p, []).get("rss", None)
    mem = p.get("memoryUsage", p)
    mem.define_builtin("rss", make_fn(realm, "rss", 0, memory_rss))

    @method(p, realm, "cpuUsage", 0, W | E | C)
    def cpu_usage(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """process.cpuUsage([previousValue]): the process's user and system CPU time in
        microseconds; with a previous result (any truthy argument, as node), the time since it
        -- each of its ``user`` and ``system`` must be a Number in [0, 2**53 - 1]."""
        prev = arg(args, 0)
        before = (0.0, 0.0)
        if to_boolean(prev):
            if not isinstance(prev, JSObject):
                invalid_arg_type(r, "prevValue", "of type object", prev)
            parts = []
            for key in ("user", "system"):
                v = prev.get(key, prev)
                if not (type(v) is float and 0.0 <= v <= 9007199254740991.0):
                    if type(v) is not float:
                        invalid_arg_type(r, "prevValue." + key, "of type number", v)
                    throw_node_error(r, "RangeError", "ERR_INVALID_ARG_VALUE",
                                     f"The property 'prevValue.{key}' is invalid. Received {inspect(v)}")
                parts.append(v)
            before = (parts[0], parts[1])
        t = os.times()
        o = new_object(r)
        put(o, "user", float(int(t.user * 1e6)) - before[0])
        put(o, "system", float(int(t.system * 1e6)) - before[1])
        return o

    warned: list[bool] = []

    def write_warning(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """Node's default 'warning' handler (lib/internal/process/warning.js onWarning), then
        the event; the --trace hint only with the first warning of the process, untraced.
        --no-warnings (process.noProcessWarnings) or NODE_NO_WARNINGS=1: nothing printed;
        --trace-warnings (process.traceProcessWarnings), or --trace-deprecation for a
        DeprecationWarning: the warning's stack instead of its name and message."""
        w = arg(args, 0)
        if not to_boolean(p.get("noProcessWarnings", p)) and os.environ.get("NODE_NO_WARNINGS") != "1" \
                and isinstance(w, JSObject):
            code, detail = w.get("code", w), w.get("detail", w)
            deprecation = w.get("name", w) == "DeprecationWarning"
            trace = to_boolean(p.get("traceProcessWarnings", p)) or \
                (deprecation and to_boolean(p.get("traceDeprecation", p)))
            stack = w.get("stack", w) if trace else None
            line = f"(node:{os.getpid()}) " + (f"[{to_string(code)}] " if code is not None else "")
            if trace and stack is not None and stack != "":
                line += f"{to_string(stack)}\n"
            else:
                line += f"{to_string(w.get('name', w))}: {to_string(w.get('message', w))}\n"
            if type(detail) is str:
                line += detail + "\n"
            if not warned and not trace:
                warned.append(True)
                flag = "--trace-deprecation" if deprecation else "--trace-warnings"
                line += f"(Use `{os.path.basename(to_string(p.get('argv0', p)))} {flag} ...` to show where the warning was created)\n"
            host.write_err(js_str(line))
        emit = p.get("emit", p)
        call(emit, p, ["warning", w])
        return None
    write_warning_fn = make_fn(realm, "onWarning", 1, write_warning)

    @method(p, realm, "emitWarning", 1, W | E | C)
    def emit_warning(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """process.emitWarning(warning[, type[, code]][, ctor]) or (warning, options)."""
        w, t, code = arg(args, 0), arg(args, 1), arg(args, 2)
        detail = None
        if isinstance(t, JSObject) and not t.is_callable:
            o = t
            t, code, detail = o.get("type", o), o.get("code", o), o.get("detail", o)
        if type(w) is str:
            name = to_string(t) if t is not None and not (isinstance(t, JSObject) and t.is_callable) else "Warning"
            err = r.new_error("Error", w)
            put(err, "name", name)
            if type(code) is str:
                put(err, "code", code)
            if type(detail) is str:
                put(err, "detail", detail)
            w = err
        elif not (isinstance(w, JSObject) and is_error(w)):
            invalid_arg_type(r, "warning", "of type string or an instance of Error", w)
        if w.get("name", w) == "DeprecationWarning":
            if to_boolean(p.get("noDeprecation", p)):
                return None
            if to_boolean(p.get("throwDeprecation", p)):
                # as Node: thrown on the next tick, after the warnings emitted before it
                host.loop.next_tick(make_fn(r, "", 0, _thrower(w)), [])
                return None
        host.loop.next_tick(write_warning_fn, [w])
        return None

    @method(p, realm, "abort", 0, W | E | C)
    def abort(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        raise ProcessExit(134)

    # stdin/stdout/stderr: streams made on first use (loading node:stream costs a compile)
    stdio: list[JSObject] = []

    def stdio_get(name: str) -> Any:
        def getter(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            if not stdio:
                stdio.append(make_stdio(host))
            v = stdio[0].get(name, stdio[0])
            if name == "stdin":
                v = call(v, None, [])
            return v
        return make_fn(realm, name, 0, getter)
    for name in ("stdin", "stdout", "stderr"):
        p.define_accessor(name, stdio_get(name), None, E | C)
    _node_members(host, p)
    return p


def _thrower(value: Any) -> Any:
    """A built-in function's behaviour that throws ``value``."""
    def throw(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        raise JSThrow(value)
    return throw


# The order of process's own properties under node 20 (util.inspect(process) shows them so).
_NODE_ORDER = [
    "version", "versions", "arch", "platform", "release", "_rawDebug", "moduleLoadList", "binding",
    "_linkedBinding", "_events", "_eventsCount", "_maxListeners", "domain", "_exiting", "exitCode", "config",
    "dlopen", "uptime", "_getActiveRequests", "_getActiveHandles", "getActiveResourcesInfo", "reallyExit", "_kill",
    "loadEnvFile", "cpuUsage", "resourceUsage", "memoryUsage", "constrainedMemory", "availableMemory", "kill", "exit",
    "hrtime", "openStdin", "getuid", "geteuid", "getgid", "getegid", "getgroups", "allowedNodeEnvironmentFlags",
    "assert", "features", "_fatalException", "setUncaughtExceptionCaptureCallback",
    "hasUncaughtExceptionCaptureCallback", "emitWarning", "nextTick", "_tickCallback", "sourceMapsEnabled",
    "setSourceMapsEnabled", "getBuiltinModule", "_debugProcess", "_debugEnd", "_startProfilerIdleNotifier",
    "_stopProfilerIdleNotifier", "stdout", "stdin", "stderr", "abort", "umask", "chdir", "cwd", "initgroups",
    "setgroups", "setegid", "seteuid", "setgid", "setuid", "env", "title", "argv", "execArgv", "pid", "ppid",
    "execPath", "debugPort", "argv0", "_preload_modules", "report", "permission"]

# the signal names process.kill knows, with this platform's numbers (SIGUSR1 is 10 on Linux, 30 on macOS)
_SIGNALS = {name: int(getattr(signal, name)) for name in dir(signal)
            if name.startswith("SIG") and not name.startswith(("SIG_", "SIGRT"))}


# process.binding('constants').trace (node's trace event phases)
_TRACE_PHASES = (("BEGIN", 66), ("END", 69), ("COMPLETE", 88), ("INSTANT", 73), ("ASYNC_BEGIN", 83),
                 ("ASYNC_STEP_INTO", 84), ("ASYNC_STEP_PAST", 112), ("ASYNC_END", 70),
                 ("NESTABLE_ASYNC_BEGIN", 98), ("NESTABLE_ASYNC_END", 101), ("NESTABLE_ASYNC_INSTANT", 110),
                 ("FLOW_BEGIN", 115), ("FLOW_STEP", 116), ("FLOW_END", 102), ("METADATA", 77),
                 ("COUNTER", 67), ("SAMPLE", 80), ("CREATE_OBJECT", 78), ("SNAPSHOT_OBJECT", 79),
                 ("DELETE_OBJECT", 68), ("MEMORY_DUMP", 118), ("MARK", 82), ("CLOCK_SYNC", 99),
                 ("ENTER_CONTEXT", 40), ("LEAVE_CONTEXT", 41), ("LINK_IDS", 61))


def _node_members(host: "NodeHost", p: JSObject) -> None:
    """NON-SPEC: the rest of node's process surface (ids, umask, kill, resource usage, features,
    getBuiltinModule, loadEnvFile, ...), and node's property order."""
    realm = host.realm
    state = {"exiting": False, "exit_code": p.get("exitCode", p), "capture": None}

    def fn(name: str, length: int, impl: Any, display: str | None = None) -> None:
        put(p, name, make_fn(realm, display if display is not None else name, length, impl))

    def noop(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return None

    def ids(getter: Any) -> Any:
        def impl(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            return float(getter()) if hasattr(os, "getuid") else 0.0
        return impl

    def raw_debug(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        host.write_err(" ".join(js_str(to_string(a)) for a in args) + "\n")
        return None

    bindings: dict[str, Any] = {}

    def binding(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        name = js_str(to_string(arg(args, 0)))
        # NON-SPEC (node): of the deprecated bindings, 'constants' (which tmp and other old
        # packages read): the os, fs, crypto and zlib modules' constants and the trace phases
        if name == "constants":
            if name not in bindings:
                ms = host.modules
                out = new_object(realm)
                for key in ("os", "fs", "crypto", "zlib"):
                    put(out, key, get_prop(ms.load_builtin(key), "constants"))
                trace = new_object(realm)
                for phase, code in _TRACE_PHASES:
                    put(trace, "TRACE_EVENT_PHASE_" + phase, float(code))
                put(out, "trace", trace)
                bindings[name] = out
            return bindings[name]
        if name == "tty_wrap":
            # NON-SPEC (node): 'tty_wrap' (readline-sync, which fengari and ioredis-mock load,
            # reads its TTY at load time): isTTY(fd), and a TTY constructor that makes no
            # handle here
            if name not in bindings:
                out = new_object(realm)
                put(out, "isTTY", make_fn(realm, "isTTY", 1, tty_is_tty))
                put(out, "TTY", make_fn(realm, "TTY", 2, tty_handle, ctor=True))
                bindings[name] = out
            return bindings[name]
        raise JSThrow(r.new_error("Error", f"No such module: {name}"))

    def tty_is_tty(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        fd = to_number(arg(args, 0))
        try:
            return fd == int(fd) and os.isatty(int(fd))
        except (OSError, ValueError, OverflowError):
            return False

    def tty_handle(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        throw_node_error(r, "Error", "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM",
                         "pyjsvm has no TTY handles of process.binding('tty_wrap')")

    def dlopen(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        raise JSThrow(r.new_error("Error", "pyjsvm cannot load native addons"))

    def empty_list(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return new_array(r, [])

    def really_exit(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code = arg(args, 0)
        raise ProcessExit(int(code) & 0xFF if type(code) is float and code == code else 0)

    def kill(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        pid, sig = arg(args, 0), arg(args, 1)
        if type(pid) is not float:
            invalid_arg_type(r, "pid", "of type number", pid)
        num = 15 if sig is None else (_SIGNALS.get(sig) if type(sig) is str else int(sig) if type(sig) is float else None)
        if num is None:
            throw_node_error(r, "TypeError", "ERR_UNKNOWN_SIGNAL", f"Unknown signal: {sig}")
        host.permissions.check_child(r)  # signalling other processes is gated like spawning them
        try:
            os.kill(int(pid), int(num))
        except OSError as e:
            err = r.new_error("Error", f"kill {'ESRCH' if e.errno == 3 else 'EPERM'}")
            raise JSThrow(err) from None
        return True

    def resource_usage(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        import resource
        u = resource.getrusage(resource.RUSAGE_SELF)
        o = new_object(r)
        for k, v in (("userCPUTime", u.ru_utime * 1e6), ("systemCPUTime", u.ru_stime * 1e6), ("maxRSS", u.ru_maxrss),
                     ("sharedMemorySize", u.ru_ixrss), ("unsharedDataSize", u.ru_idrss),
                     ("unsharedStackSize", u.ru_isrss), ("minorPageFault", u.ru_minflt),
                     ("majorPageFault", u.ru_majflt), ("swappedOut", u.ru_nswap), ("fsRead", u.ru_inblock),
                     ("fsWrite", u.ru_oublock), ("ipcSent", u.ru_msgsnd), ("ipcReceived", u.ru_msgrcv),
                     ("signalsCount", u.ru_nsignals), ("voluntaryContextSwitches", u.ru_nvcsw),
                     ("involuntaryContextSwitches", u.ru_nivcsw)):
            put(o, k, float(int(v)))
        return o

    def constrained_memory(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return 0.0

    def available_memory(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        try:
            return float(os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
        except (ValueError, OSError, AttributeError):
            return 0.0

    def groups(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return new_array(r, [float(g) for g in (os.getgroups() if hasattr(os, "getgroups") else [])])

    def umask(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        mask = arg(args, 0)
        if mask is None:
            old = os.umask(0)
            os.umask(old)
            return float(old)
        new = int(mask, 8) if type(mask) is str else int(to_number(mask))
        return float(os.umask(new & 0o777))

    def assert_(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        if not to_boolean(arg(args, 0)):
            msg = arg(args, 1)
            throw_node_error(r, "Error", "ERR_ASSERTION", to_string(msg) if msg is not None else "assertion error")
        return None

    def set_capture(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        state["capture"] = arg(args, 0)
        return None

    def has_capture(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return state["capture"] is not None

    def get_builtin_module(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        name = arg(args, 0)
        if type(name) is not str:
            invalid_arg_type(r, "id", "of type string", name)
        bare = name[5:] if name.startswith("node:") else name
        ms = host.modules
        return ms.load_builtin(bare) if bare in ms.builtins else None

    def load_env_file(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        path = arg(args, 0)
        path_s = js_os_str(path) if type(path) is str else ".env"
        host.permissions.check_read(r, path_s)
        try:
            with open(path_s, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise uv_error(r, e, "open", path_s) from None
        env = p.get("env", p)
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            k, v = line.split("=", 1)
            k = k.strip().removeprefix("export ").strip()
            v = v.strip()
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"`":
                v = v[1:-1]
            if isinstance(env, JSObject) and not env.has_property(python_string_to_js(k)):
                env.set(python_string_to_js(k), python_string_to_js(v), env)
        return None

    def exiting_get(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return state["exiting"]

    def exiting_set(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        state["exiting"] = to_boolean(arg(args, 0))
        return None

    def exit_code_get(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return state["exit_code"]

    def exit_code_set(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        v = arg(args, 0)
        if v is not None and v is not NULL:
            ok = (type(v) is float and v == int(v)) or (type(v) is str and v.strip().lstrip("-").isdigit())
            if not ok:
                    throw_node_error(r, "TypeError", "ERR_INVALID_ARG_TYPE",
                                 f'The "code" argument must be of type number. {describe_received(v)}')
        state["exit_code"] = v
        return None

    def false_getter(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return False

    def report_getter(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return new_object(r)

    put(p, "_rawDebug", make_fn(realm, "_rawDebug", 0, raw_debug))
    put(p, "moduleLoadList", new_array(realm, []))
    fn("binding", 1, binding)
    fn("_linkedBinding", 1, binding)
    put(p, "domain", NULL)
    p.props.pop("exitCode", None)
    p.define_accessor("_exiting", make_fn(realm, "get", 0, exiting_get), make_fn(realm, "set", 1, exiting_set), E | C)
    p.define_accessor("exitCode", make_fn(realm, "get", 0, exit_code_get), make_fn(realm, "set", 1, exit_code_set),
                      E | C)
    config = new_object(realm)
    put(config, "target_defaults", new_object(realm))
    put(config, "variables", new_object(realm))
    put(p, "config", config)
    fn("dlopen", 0, dlopen)
    fn("_getActiveRequests", 0, empty_list)
    fn("_getActiveHandles", 0, empty_list)
    fn("getActiveResourcesInfo", 0, empty_list)
    fn("reallyExit", 0, really_exit)
    fn("_kill", 0, kill)
    fn("loadEnvFile", 0, load_env_file)
    fn("resourceUsage", 0, resource_usage)
    fn("constrainedMemory", 0, constrained_memory)
    fn("availableMemory", 0, available_memory)
    fn("kill", 2, kill)
    fn("openStdin", 0, lambda r, t, a, n: p.get("stdin", p), "")
    for name, getter in (("getuid", "getuid"), ("geteuid", "geteuid"), ("getgid", "getgid"), ("getegid", "getegid")):
        fn(name, 0, ids(getattr(os, getter, lambda: 0)))
    fn("getgroups", 0, groups)
    flag_set: list[Any] = []

    def flags_get(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        if not flag_set:
            set_ctor = r.intrinsics["%Set%"]
            flag_set.append(set_ctor.construct([], set_ctor))
        return flag_set[0]

    def flags_set(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        flag_set[:] = [arg(args, 0)]
        return None
    p.define_accessor("allowedNodeEnvironmentFlags", make_fn(realm, "get", 0, flags_get),
                      make_fn(realm, "set", 1, flags_set), E | C)
    fn("assert", 2, assert_, "deprecated")
    features = new_object(realm)
    for k, v in (("inspector", False), ("debug", False), ("uv", True), ("ipv6", True), ("tls_alpn", False),
                 ("tls_sni", False), ("tls_ocsp", False), ("tls", False), ("cached_builtins", True),
                 ("require_module", False)):
        put(features, k, v)
    put(p, "features", features)
    fn("_fatalException", 0, noop, "")
    fn("setUncaughtExceptionCaptureCallback", 1, set_capture)
    fn("hasUncaughtExceptionCaptureCallback", 0, has_capture)
    fn("_tickCallback", 0, noop, "runNextTicks")
    p.define_accessor("sourceMapsEnabled", make_fn(realm, "get", 0, false_getter), None, E | C)
    fn("setSourceMapsEnabled", 1, noop)
    fn("getBuiltinModule", 1, get_builtin_module)
    for name in ("_debugProcess", "_debugEnd"):
        fn(name, 0, noop)
    for name in ("_startProfilerIdleNotifier", "_stopProfilerIdleNotifier"):
        fn(name, 0, noop, "")
    fn("umask", 1, umask, "wrappedUmask")
    for name in ("initgroups", "setgroups"):
        fn(name, 2, noop)
    for name in ("setegid", "seteuid", "setgid", "setuid"):
        fn(name, 1, noop, "")
    put(p, "debugPort", 9229.0)
    put(p, "_preload_modules", new_array(realm, [python_string_to_js(m) for m in host.options.preload_require]))
    p.define_accessor("report", make_fn(realm, "get", 0, report_getter), None, E | C)
    # node's order of own properties
    props = p.props
    saved = dict(props)
    props.clear()
    rank = {k: i for i, k in enumerate(_NODE_ORDER)}
    for k in sorted(saved, key=lambda k: (0, rank[k]) if k in rank else (1, 0)):
        props[k] = saved[k]


class _Env(JSObject):
    """``process.env``: a value stored in it becomes a string, as in node. NON-SPEC: as in node,
    setting or deleting ``TZ`` changes the process's time zone (its environment variable, which
    Date reads: ``process.env.TZ = 'UTC'`` at the top of a test file)."""

    __slots__ = ()

    def __init__(self, realm: "Realm") -> None:
        JSObject.__init__(self, realm.object_prototype)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        if type(key) is str and receiver is self:
            value = to_string(value)
        ok = JSObject.set(self, key, value, receiver)
        if key == "TZ" and receiver is self:
            self._time_zone_changed()
        return ok

    def define_own_property(self, key: Any, desc: Any) -> bool:
        if type(key) is str and desc.value is not MISSING:
            desc.value = to_string(desc.value)
        ok = JSObject.define_own_property(self, key, desc)
        if key == "TZ":
            self._time_zone_changed()
        return ok

    def delete(self, key: Any) -> bool:
        ok = JSObject.delete(self, key)
        if key == "TZ":
            self._time_zone_changed()
        return ok

    def _time_zone_changed(self) -> None:
        p = self.props.get("TZ", MISSING)
        v = p.value if type(p) is Prop else p
        try:
            if type(v) is str:
                os.environ["TZ"] = js_os_str(v)
            elif v is MISSING:
                os.environ.pop("TZ", None)
        except (ValueError, UnicodeError):
            pass   # (a value no environment can hold: a NUL, a lone surrogate)


class _GuardedEnv(_Env):
    """``process.env`` under ``--permission`` without ``--allow-env``: it holds only the granted
    variables, and touching any other name throws ERR_ACCESS_DENIED."""

    __slots__ = ("host",)

    def __init__(self, realm: "Realm", host: "NodeHost") -> None:
        _Env.__init__(self, realm)
        self.host = host

    def _check(self, key: Any) -> None:
        if type(key) is str and key not in self.props:
            self.host.permissions.check_env(self.host.realm, key)

    def get_own_property(self, key: Any) -> Any:
        self._check(key)
        return JSObject.get_own_property(self, key)

    def get(self, key: Any, receiver: Any) -> Any:
        if type(key) is str and key not in self.props and not self.get_prototype_of().has_property(key):
            self._check(key)
        return JSObject.get(self, key, receiver)

    def has_property(self, key: Any) -> bool:
        self._check(key)
        return JSObject.has_property(self, key)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        self._check(key)
        return _Env.set(self, key, value, receiver)

    def define_own_property(self, key: Any, desc: Any) -> bool:
        self._check(key)
        return _Env.define_own_property(self, key, desc)

    def delete(self, key: Any) -> bool:
        self._check(key)
        return JSObject.delete(self, key)


def _release(realm: "Realm") -> JSObject:
    o = new_object(realm)
    # node's release record (libraries test release.name === 'node'); pyjsvm is in versions
    put(o, "name", "node")
    put(o, "lts", "Iron")
    base = f"https://nodejs.org/download/release/v{NODE_VERSION}/node-v{NODE_VERSION}"
    put(o, "sourceUrl", base + ".tar.gz")
    put(o, "headersUrl", base + "-headers.tar.gz")
    return o
