"""``node:os`` from Python's ``os``, ``platform``, ``socket`` and ``getpass``."""
from __future__ import annotations

import os
import platform
import socket
import sys
import time
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import invalid_arg_type, make_fn, method, new_array, new_object, obj_from, put
from pyjsvm.runtime.objects import C, E, W, JSObject
from pyjsvm.runtime.values import NULL
from pyjsvm.api.convert import python_string_to_js

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["make_os_module"]


def _js(s: str) -> str:
    return python_string_to_js(s)


def _cpus() -> list[tuple[str, float, tuple[float, float, float, float, float]]]:
    """(model, MHz, times user/nice/sys/idle/irq in ms) per CPU, from /proc where there is one."""
    n = os.cpu_count() or 1
    model, mhz = platform.processor() or "unknown", 0.0
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                k, _, v = line.partition(":")
                k = k.strip()
                if k == "model name" and model in ("unknown", "x86_64", ""):
                    model = v.strip()
                elif k == "cpu MHz" and not mhz:
                    mhz = float(int(float(v.strip())))
    except OSError:
        pass
    times: list[tuple[float, float, float, float, float]] = []
    try:
        tick = os.sysconf("SC_CLK_TCK")
        with open("/proc/stat", encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if parts and parts[0].startswith("cpu") and parts[0] != "cpu":
                    u, ni, sy, idle, _iow, irq = (int(x) * 1000.0 / tick for x in parts[1:7])
                    times.append((u, ni, sy, idle, irq))
    except (OSError, ValueError):
        pass
    while len(times) < n:
        times.append((0.0, 0.0, 0.0, 0.0, 0.0))
    return [(model, mhz, times[i]) for i in range(n)]


def _null_proto(items: dict[str, Any]) -> JSObject:
    o = JSObject(None)
    for k, v in items.items():
        put(o, k, v)
    return o


def make_os_module(host: "NodeHost") -> JSObject:
    """``require('os')``."""
    realm = host.realm
    m = new_object(realm)
    is_win = os.name == "nt"

    def fn(name: str, impl: Any, length: int = 0) -> None:
        def call(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            return impl(args)
        m.define_builtin(name, make_fn(realm, name, length, call), W | E | C)

    fn("hostname", lambda a: _js(socket.gethostname()))
    fn("type", lambda a: {"linux": "Linux", "darwin": "Darwin", "win32": "Windows_NT"}.get(sys.platform, platform.system()))
    fn("platform", lambda a: host.process.get("platform", host.process))
    fn("arch", lambda a: host.process.get("arch", host.process))
    fn("release", lambda a: _js(platform.release()))
    fn("version", lambda a: _js(platform.version()))
    fn("machine", lambda a: _js(platform.machine()))
    fn("uptime", lambda a: _uptime())
    fn("endianness", lambda a: "LE" if sys.byteorder == "little" else "BE")
    fn("homedir", lambda a: _js(os.path.expanduser("~")))
    fn("tmpdir", lambda a: _js(_tmpdir()))
    fn("loadavg", lambda a: new_array(realm, [float(x) for x in (os.getloadavg() if hasattr(os, "getloadavg") else (0, 0, 0))]))
    fn("totalmem", lambda a: _meminfo("MemTotal"))
    fn("freemem", lambda a: _meminfo("MemAvailable"))
    fn("availableParallelism", lambda a: float(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                                               else os.cpu_count() or 1))

    def cpus(a: list[Any]) -> Any:
        out = []
        for model, mhz, (u, ni, sy, idle, irq) in _cpus():
            out.append(obj_from(realm, {"model": _js(model), "speed": mhz, "times": obj_from(
                realm, {"user": u, "nice": ni, "sys": sy, "idle": idle, "irq": irq})}))
        return new_array(realm, out)
    fn("cpus", cpus)

    def user_info(a: list[Any]) -> Any:
        import pwd
        try:
            pw = pwd.getpwuid(os.getuid())
            name, home, shell = pw.pw_name, pw.pw_dir, pw.pw_shell
        except (KeyError, OSError):
            name, home, shell = str(os.getuid()), os.path.expanduser("~"), ""
        return obj_from(realm, {"uid": float(os.getuid()), "gid": float(os.getgid()), "username": _js(name),
                                "homedir": _js(home), "shell": _js(shell) if shell else NULL})
    fn("userInfo", user_info)

    def interfaces(a: list[Any]) -> Any:
        o = new_object(realm)
        try:
            names = [n for _, n in socket.if_nameindex()]
        except OSError:
            names = []
        for name in names:
            if name == "lo":
                put(o, "lo", new_array(realm, [obj_from(realm, {
                    "address": "127.0.0.1", "netmask": "255.0.0.0", "family": "IPv4", "mac": "00:00:00:00:00:00",
                    "internal": True, "cidr": "127.0.0.1/8"})]))
        return o
    fn("networkInterfaces", interfaces)

    @method(m, realm, "getPriority", 0, W | E | C)
    def get_priority(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        pid = args[0] if args and type(args[0]) is float else 0.0
        try:
            return float(os.getpriority(os.PRIO_PROCESS, int(pid)))
        except (OSError, AttributeError):
            return 0.0

    @method(m, realm, "setPriority", 2, W | E | C)
    def set_priority(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        if not args or type(args[-1]) is not float:
            invalid_arg_type(r, "priority", "of type number", args[-1] if args else None)
        return None

    put(m, "EOL", "\r\n" if is_win else "\n")
    put(m, "devNull", "\\\\.\\nul" if is_win else "/dev/null")
    consts = new_object(realm)
    # node's order: UV_UDP_REUSEADDR, dlopen, errno, signals, priority
    put(consts, "UV_UDP_REUSEADDR", 4.0)
    put(consts, "dlopen", _null_proto({k: float(v) for k, v in (
        ("RTLD_LAZY", 1), ("RTLD_NOW", 2), ("RTLD_GLOBAL", 256), ("RTLD_LOCAL", 0), ("RTLD_DEEPBIND", 8))}))
    sig = new_object(realm)
    import signal as _signal
    for s in sorted(_signal.Signals, key=lambda x: x.value):
        if s.name.startswith("SIG") and not s.name.startswith("SIG_"):
            put(sig, s.name, float(s.value))
    errno_o = new_object(realm)
    import errno
    for num, name in sorted(errno.errorcode.items()):
        put(errno_o, name, float(num))
    put(consts, "errno", errno_o)
    put(consts, "signals", sig)
    put(consts, "priority", _null_proto({k: float(v) for k, v in (
        ("PRIORITY_LOW", 19), ("PRIORITY_BELOW_NORMAL", 10), ("PRIORITY_NORMAL", 0), ("PRIORITY_ABOVE_NORMAL", -7),
        ("PRIORITY_HIGH", -14), ("PRIORITY_HIGHEST", -20))}))
    put(m, "constants", consts)
    return m


def _uptime() -> float:
    try:
        with open("/proc/uptime", encoding="utf-8") as f:
            return float(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return float(time.monotonic())


def _tmpdir() -> str:
    for var in ("TMPDIR", "TMP", "TEMP"):
        v = os.environ.get(var)
        if v:
            return v.rstrip("/") if len(v) > 1 else v
    return "/tmp"


def _meminfo(key: str) -> float:
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return float(int(line.split()[1]) * 1024)
    except (OSError, ValueError):
        pass
    try:
        return float(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return 0.0
