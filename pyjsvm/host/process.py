"""The ``process`` global (an EventEmitter)."""
from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import arg, invalid_arg_type, make_fn, method, new_array, new_object, put
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import C, E, W, JSArray, JSObject
from pyjsvm.runtime.values import JSBigInt, SYM_TO_STRING_TAG
from pyjsvm.runtime.operations import call, to_string
from pyjsvm.api.convert import python_string_to_js
from pyjsvm.host.node.stdio import make_stdio
from pyjsvm.host.jsutil import js_str

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ProcessExit", "make_process", "VERSION", "NODE_VERSION"]

VERSION = "0.1.0"
# The Node release whose API pyjsvm follows and is tested against (differential tests run node 20).
NODE_VERSION = "20.20.2"


class ProcessExit(BaseException):
    """``process.exit(code)``: unwinds everything (no JS ``catch`` can stop it)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


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
    env = new_object(realm) if perms.env_allowed(None) else _GuardedEnv(realm, host)
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

    @method(p, realm, "exit", 1, W | E | C)
    def exit_(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        code = arg(args, 0)
        if code is not None:
            p.set("exitCode", code, p)
        raise ProcessExit(host.exit_code())

    @method(p, realm, "cwd", 0, W | E | C)
    def cwd(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return os.getcwd()

    @method(p, realm, "chdir", 1, W | E | C)
    def chdir(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        try:
            os.chdir(to_string(arg(args, 0)))
        except OSError as e:
            raise JSThrow(r.new_error("Error", f"ENOENT: {e.strerror}, chdir '{arg(args, 0)}'")) from None
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

    @method(p, realm, "cpuUsage", 0, W | E | C)
    def cpu_usage(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        t = os.times()
        o = new_object(r)
        put(o, "user", float(int(t.user * 1e6)))
        put(o, "system", float(int(t.system * 1e6)))
        return o

    @method(p, realm, "emitWarning", 1, W | E | C)
    def emit_warning(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        w = arg(args, 0)
        if isinstance(w, JSObject):
            msg = to_string(w.get("message", w))
            name = to_string(w.get("name", w))
        else:
            msg = to_string(w)
            t = arg(args, 1)
            name = t if type(t) is str else "Warning"
        host.write_err(f"(node:{os.getpid()}) {name}: {msg}\n"
                       "(Use `pyjsvm --trace-warnings ...` to show where the warning was created)\n")
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
    return p


class _GuardedEnv(JSObject):
    """``process.env`` under ``--permission`` without ``--allow-env``: it holds only the granted
    variables, and touching any other name throws ERR_ACCESS_DENIED."""

    __slots__ = ("host",)

    def __init__(self, realm: "Realm", host: "NodeHost") -> None:
        JSObject.__init__(self, realm.object_prototype)
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
        return JSObject.set(self, key, value, receiver)

    def define_own_property(self, key: Any, desc: Any) -> bool:
        self._check(key)
        return JSObject.define_own_property(self, key, desc)

    def delete(self, key: Any) -> bool:
        self._check(key)
        return JSObject.delete(self, key)


def _release(realm: "Realm") -> JSObject:
    o = new_object(realm)
    put(o, "name", "pyjsvm")
    return o
