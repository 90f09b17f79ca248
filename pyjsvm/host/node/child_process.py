"""``node:child_process``: ``spawnSync``/``execSync``/``execFileSync`` and the asynchronous
``spawn``/``exec``/``execFile`` with stream stdio.

Python's ``subprocess`` does the work. The asynchronous forms run the child with pipes; a reader
thread per pipe and a waiter thread post chunks and the exit to the event loop (``loop.post``),
which keeps running while a child is alive, without polling. Every entry point checks the
``--allow-child-process`` permission first. Data crosses to JS as ``latin1`` strings.
"""
from __future__ import annotations

import os
import signal as _signal
import subprocess
import sys
import threading
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, get_prop, js_os_str, js_str, load_js, new_array, obj_from
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import JSArray, JSObject
from pyjsvm.runtime.values import NULL
from pyjsvm.host.node.child_process_js import CHILD_PROCESS_SOURCE
from pyjsvm.host.jsutil import throw_node_error
from pyjsvm.host.node.fs import uv_error

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_child_process_module"]


def _signal_name(rc: int) -> Any:
    """The signal that ended a child (JS null when none)."""
    if rc >= 0:
        return NULL
    try:
        return _signal.Signals(-rc).name
    except ValueError:
        return NULL


def _status(rc: int | None) -> Any:
    return float(rc) if rc is not None and rc >= 0 else NULL


def _list(v: Any) -> list[Any]:
    if isinstance(v, JSArray):
        return [v.get(str(i), v) for i in range(int(v.length))]
    return []


class _Child:
    """A running asynchronous child process."""

    def __init__(self, proc: "subprocess.Popen[bytes]") -> None:
        self.proc = proc
        self.lock = threading.Lock()
        self.stdin_queue: list[bytes | None] = []
        self.stdin_cv = threading.Condition(self.lock)


def make_binding(host: "NodeHost") -> JSObject:
    realm = host.realm
    perms = host.permissions
    loop = host.loop
    children: dict[int, _Child] = {}

    def popen_args(a: list[Any]) -> dict[str, Any]:
        """(file, args, options) -> subprocess keyword arguments. Options as JS normalised them:
        cwd, envPairs, shell, stdio [3 strings]."""
        perms.check_child(realm)
        file = js_os_str(a[0])
        argv = [js_os_str(x) if type(x) is str else str(x) for x in _list(a[1])]
        o = a[2] if len(a) > 2 and isinstance(a[2], JSObject) else None
        cwd = get_prop(o, "cwd")
        pairs = get_prop(o, "envPairs")
        env = None
        if isinstance(pairs, JSArray):
            env = {}
            for pair in _list(pairs):
                k, v = _list(pair)[:2]
                env[js_os_str(k)] = js_os_str(v)
        stdio = [js_str(x) for x in _list(get_prop(o, "stdio"))] or ["pipe", "pipe", "pipe"]

        def fd_for(i: int) -> Any:
            s = stdio[i] if i < len(stdio) else "pipe"
            if s == "inherit":
                if i == 1:
                    sys.stdout.flush()
                if i == 2:
                    sys.stderr.flush()
                return None
            if s == "ignore":
                return subprocess.DEVNULL
            return subprocess.PIPE
        return {"args": [file] + argv, "cwd": js_os_str(cwd) if type(cwd) is str else None, "env": env,
                "stdin": fd_for(0), "stdout": fd_for(1), "stderr": fd_for(2)}

    def spawn_error(e: OSError, syscall: str, path: str, spawnargs: list[str]) -> JSObject:
        err = uv_error(realm, e, syscall).value
        code = get_prop(err, "code")
        err.set("message", f"{syscall} {code}", err)
        st = get_prop(err, "stack")
        if type(st) is str:
            first, _, rest = st.partition("\n")
            err.set("stack", f"Error: {syscall} {code}" + ("\n" + rest if rest else ""), err)
        err.set("path", path, err)
        err.set("spawnargs", new_array(realm, list(spawnargs[1:])), err)
        return err

    def spawn_sync(a: list[Any]) -> Any:
        kw = popen_args(a)
        o = a[2] if len(a) > 2 and isinstance(a[2], JSObject) else None
        inp = get_prop(o, "input")
        timeout = get_prop(o, "timeout")
        data = inp.encode("latin1", "replace") if type(inp) is str else None
        if data is not None:
            del kw["stdin"]
        elif kw["stdin"] is subprocess.PIPE:
            kw["stdin"] = subprocess.DEVNULL
        args = kw.pop("args")
        try:
            r = subprocess.run(args, input=data, timeout=timeout / 1000.0 if type(timeout) is float and timeout > 0 else None,
                               **kw)
        except subprocess.TimeoutExpired as e:
            return obj_from(realm, {"pid": 0.0, "status": NULL, "signal": "SIGTERM",
                                    "stdout": (e.stdout or b"").decode("latin1"),
                                    "stderr": (e.stderr or b"").decode("latin1"),
                                    "error": spawn_error(OSError(110, "timed out"), "spawnSync " + args[0], args[0],
                                                         args)})
        except OSError as e:
            return obj_from(realm, {"pid": 0.0, "status": NULL, "signal": NULL, "stdout": "", "stderr": "",
                                    "error": spawn_error(e, "spawnSync " + args[0], args[0], args)})
        return obj_from(realm, {
            "pid": 0.0, "status": _status(r.returncode), "signal": _signal_name(r.returncode),
            "stdout": r.stdout.decode("latin1") if r.stdout is not None else NULL,
            "stderr": r.stderr.decode("latin1") if r.stderr is not None else NULL})

    def spawn(a: list[Any]) -> Any:
        """spawn(file, args, options, onEvent) -> pid; onEvent(kind, data, extra) on the loop."""
        kw = popen_args(a)
        on_event = a[3]
        args = kw["args"]
        context = loop.capture()  # the child's events run in the async context of the spawn
        try:
            proc = subprocess.Popen(**kw)
        except OSError as e:
            err = spawn_error(e, "spawn " + args[0], args[0], args)
            loop.ref_handle()

            def report() -> None:
                loop.unref_handle()
                on_event.call(None, ["error", err])
            loop.post(report, context)
            return None
        child = _Child(proc)
        children[proc.pid] = child
        pending = [1 + (proc.stdout is not None) + (proc.stderr is not None)]
        loop.ref_handle()

        def done_one() -> None:
            pending[0] -= 1
            if pending[0] == 0:
                children.pop(proc.pid, None)
                loop.unref_handle()
                rc = proc.returncode
                on_event.call(None, ["close", _status(rc), _signal_name(rc or 0)])

        def reader(stream: Any, kind: str) -> None:
            while True:
                try:
                    chunk = stream.read1(65536) if hasattr(stream, "read1") else stream.read(65536)
                except (OSError, ValueError):
                    chunk = b""
                if not chunk:
                    break
                text = chunk.decode("latin1")

                def deliver(t: str = text) -> None:
                    on_event.call(None, [kind, t])
                loop.post(deliver, context)

            def end() -> None:
                on_event.call(None, [kind + "End"])
                done_one()
            loop.post(end, context)

        readers: list[threading.Thread] = []

        def waiter() -> None:
            rc = proc.wait()
            for t in readers:  # 'exit' after the output was delivered, the order programs see in Node
                t.join()

            def fire() -> None:
                on_event.call(None, ["exit", _status(rc), _signal_name(rc)])
                done_one()
            loop.post(fire, context)

        def writer() -> None:
            while True:
                with child.stdin_cv:
                    while not child.stdin_queue:
                        child.stdin_cv.wait()
                    item = child.stdin_queue.pop(0)
                try:
                    if item is None:
                        proc.stdin.close()  # type: ignore[union-attr]
                        return
                    proc.stdin.write(item)  # type: ignore[union-attr]
                    proc.stdin.flush()  # type: ignore[union-attr]
                except (OSError, ValueError):
                    return
        for stream, kind in ((proc.stdout, "stdout"), (proc.stderr, "stderr")):
            if stream is not None:
                t = threading.Thread(target=reader, args=(stream, kind), daemon=True)
                readers.append(t)
                t.start()
        if proc.stdin is not None:
            threading.Thread(target=writer, daemon=True).start()
        threading.Thread(target=waiter, daemon=True).start()
        return float(proc.pid)

    def write(a: list[Any]) -> Any:
        child = children.get(int(a[0]))
        if child is None:
            return False
        with child.stdin_cv:
            child.stdin_queue.append(a[1].encode("latin1", "replace") if type(a[1]) is str else None)
            child.stdin_cv.notify()
        return True

    def kill(a: list[Any]) -> Any:
        child = children.get(int(a[0]))
        if child is None:
            return False
        sig = a[1]
        num: int = _signal.SIGTERM
        if type(sig) is float:
            num = int(sig)
        elif type(sig) is str:
            try:
                num = _signal.Signals[sig]
            except KeyError:
                throw_node_error(realm, "TypeError", "ERR_UNKNOWN_SIGNAL", f"Unknown signal: {sig}")
        try:
            child.proc.send_signal(num)
        except OSError:
            return False
        return True

    def env_pairs(a: list[Any]) -> Any:
        return new_array(realm, [new_array(realm, [k, v]) for k, v in os.environ.items()])

    _ = JSThrow
    return binding(realm, {"spawnSync": spawn_sync, "spawn": spawn, "write": write, "kill": kill,
                           "envPairs": env_pairs, "shell": lambda a: "/bin/sh" if os.name != "nt" else "cmd.exe"})


def make_child_process_module(host: "NodeHost") -> Any:
    """``require('child_process')``."""
    return load_js(host.realm, "node:child_process", CHILD_PROCESS_SOURCE, host.js_helpers({"B": make_binding(host)}))
