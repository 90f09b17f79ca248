"""The interactive REPL: prompt ``> ``, ``... `` for incomplete input, results echoed through
inspect, ``_``, ``.exit``/``.help``/``.editor``/``.break``, Ctrl-C cancels (twice exits),
Ctrl-D exits, readline history saved under the user's home (``~/.pyjsvm_repl_history``, or
the file named by ``PYJSVM_REPL_HISTORY``; empty disables it)."""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from pyjsvm.host.process import VERSION, ProcessExit
from pyjsvm.runtime.operations import safe_describe
from pyjsvm.runtime.objects import JSObject
from pyjsvm.compiler.engine import ParseError, compile_script
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.host.inspect import inspect, is_error
from pyjsvm.host.runtime import NodeHost

if TYPE_CHECKING:
    from pyjsvm.host.runtime import HostOptions

__all__ = ["run_repl", "is_incomplete", "history_file"]

HELP = """.break    Sometimes you get stuck, this gets you out
.clear    Alias for .break
.editor   Enter editor mode
.exit     Exit the REPL
.help     Print this help message

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL
"""


def history_file() -> str | None:
    """Where the history is kept (None: not kept)."""
    env = os.environ.get("PYJSVM_REPL_HISTORY")
    if env is not None:
        return env or None
    return os.path.join(os.path.expanduser("~"), ".pyjsvm_repl_history")


def is_incomplete(src: str) -> bool:
    """Whether ``src`` is an unfinished program (more lines would complete it)."""
    try:
        compile_script(src, "REPL")
    except ParseError as e:
        msg = str(getattr(e, "message", e))
        if "end of input" in msg:
            return True
        if "ILLEGAL" in msg or "Invalid or unexpected token" in msg:
            if src.count("`") % 2 == 1:
                return True
            if src.rfind("/*") > src.rfind("*/"):
                return True
            if src.rstrip("\n").endswith("\\"):
                return True
        return False
    return False


def run_repl(args: list[str], options: "HostOptions | None" = None) -> int:
    """Run the REPL on the terminal until .exit or Ctrl-D; returns the exit code."""
    try:
        import readline
    except ImportError:  # pragma: no cover - platforms without readline
        readline = None  # type: ignore[assignment]
    host = NodeHost(list(args), options=options)
    host.define_script_globals("<repl>", os.getcwd())
    hist = history_file()
    if readline is not None and hist:
        try:
            readline.read_history_file(hist)
        except OSError:
            pass
        readline.set_history_length(1000)
    sys.stdout.write(f"Welcome to pyjsvm v{VERSION}.\nType \".help\" for more information.\n")
    sys.stdout.flush()
    repl = _Repl(host)
    code = 0
    try:
        code = repl.loop()
    except ProcessExit as e:
        host.forced_exit = e.code
        code = host.finish()
    finally:
        if readline is not None and hist:
            try:
                readline.write_history_file(hist)
            except OSError:
                pass
    return code


class _Repl:
    def __init__(self, host: Any) -> None:
        self.host = host
        self.buffer: list[str] = []
        self.interrupted = False
        # errors from callbacks and unhandled rejections are printed, the session goes on
        host.report_uncaught = lambda value, origin="uncaughtException": self.print_uncaught(value)

    def read(self, prompt: str) -> str:
        return input(prompt)

    def loop(self) -> int:
        host = self.host
        while True:
            prompt = "... " if self.buffer else "> "
            try:
                line = self.read(prompt)
            except EOFError:
                sys.stdout.write("\n")
                break
            except KeyboardInterrupt:
                sys.stdout.write("\n")
                if self.buffer:
                    self.buffer = []
                    self.interrupted = False
                    continue
                if self.interrupted:
                    break
                self.interrupted = True
                sys.stdout.write("(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n")
                continue
            self.interrupted = False
            if not self.buffer and line.strip().startswith("."):
                cmd = line.strip().split()[0]
                if cmd == ".exit":
                    break
                if cmd == ".help":
                    sys.stdout.write(HELP)
                    continue
                if cmd in (".break", ".clear"):
                    self.buffer = []
                    continue
                if cmd == ".editor":
                    self.editor()
                    continue
            if self.buffer and line.strip() in (".break", ".clear"):
                self.buffer = []
                continue
            self.buffer.append(line)
            src = "\n".join(self.buffer)
            if is_incomplete(src):
                continue
            self.buffer = []
            if src.strip():
                self.evaluate(src)
            self.pump()
            if host.loop.stopped:
                break
        host.loop.stopped = False
        return host.finish()

    def editor(self) -> None:
        sys.stdout.write("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n")
        lines: list[str] = []
        while True:
            try:
                lines.append(self.read(""))
            except EOFError:
                sys.stdout.write("\n")
                break
            except KeyboardInterrupt:
                sys.stdout.write("\n")
                return
        src = "\n".join(lines)
        if src.strip():
            self.evaluate(src)
        self.pump()

    def evaluate(self, src: str) -> None:
        host = self.host
        realm = host.realm
        src = python_string_to_js(src)
        code = None
        stripped = src.strip()
        if stripped.startswith("{") and not stripped.endswith(";"):
            try:
                code = compile_script("(" + src + "\n)", "REPL")
            except ParseError:
                code = None
        saved = AGENT.realm
        AGENT.realm = realm
        try:
            if code is None:
                code = compile_script(src, "REPL")
            value = code.run(realm)
            realm.global_object.set("_", value, realm.global_object)
            host.write_out(inspect(value) + "\n")
        except ParseError as e:
            host.write_out(f"Uncaught SyntaxError: {getattr(e, 'message', e)}\n")
        except JSThrow as e:
            self.print_uncaught(e.value)
        except RecursionError:
            host.write_out("Uncaught RangeError: Maximum call stack size exceeded\n")
        finally:
            AGENT.realm = saved

    def print_uncaught(self, value: Any) -> None:
        if isinstance(value, JSObject) and is_error(value):
            self.host.write_out("Uncaught " + safe_describe(value) + "\n")
        else:
            self.host.write_out("Uncaught " + inspect(value) + "\n")

    def pump(self) -> None:
        """Run microtasks and the timers and immediates that are due (without blocking)."""
        host = self.host
        loop = host.loop
        saved_on_error = loop.on_error

        def on_error(v: Any) -> None:
            self.print_uncaught(v)
        loop.on_error = on_error
        try:
            loop.checkpoint()
            import heapq
            now = loop.now_ms()
            while loop.timers and loop.timers[0][0] <= now:
                _, _, t = heapq.heappop(loop.timers)
                if t.cancelled:
                    continue
                if t.interval:
                    t.when = now + t.delay
                    heapq.heappush(loop.timers, (t.when, next(loop._seq), t))
                loop.call(t.callback, t.js, t.args)
            batch = list(loop.immediates)
            loop.immediates.clear()
            for t in batch:
                if not t.cancelled:
                    loop.call(t.callback, t.js, t.args)
        finally:
            loop.on_error = saved_on_error
