"""The interactive REPL: prompt ``> ``, ``... `` for incomplete input, results echoed through
inspect (in colour on a terminal unless ``NO_COLOR``/``NODE_DISABLE_COLORS``), ``_`` and
``_error``, ``.exit``/``.help``/``.editor``/``.break``/``.load``/``.save``, Tab completion of
globals, properties (``Math.``) and ``require('`` names, top-level ``await``, Ctrl-C cancels the
input line or interrupts running code (keeping the session; twice at an empty prompt exits),
Ctrl-D exits, readline history saved under the user's home (``~/.pyjsvm_repl_history``, or
the file named by ``PYJSVM_REPL_HISTORY``; empty disables it)."""
from __future__ import annotations

import os
import queue
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from pyjsvm.host.process import VERSION, ProcessExit
from pyjsvm.runtime.operations import safe_describe
from pyjsvm.runtime.objects import JSObject
from pyjsvm.compiler.engine import ParseError, compile_script
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.host.inspect import InspectOptions, inspect, is_error
from pyjsvm.host.runtime import NodeHost
from pyjsvm.runtime.promise import PENDING, REJECTED

if TYPE_CHECKING:
    from pyjsvm.host.runtime import HostOptions

__all__ = ["run_repl", "is_incomplete", "history_file"]

HELP = """.break    Sometimes you get stuck, this gets you out
.clear    Alias for .break
.editor   Enter editor mode
.exit     Exit the REPL
.help     Print this help message
.load     Load JS from a file into the REPL session
.save     Save all evaluated commands in this REPL session to a file

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


def run_repl(args: list[str], options: "HostOptions | None" = None, first: tuple[str, bool] | None = None) -> int:
    """Run the REPL on the terminal until .exit or Ctrl-D; returns the exit code. ``first``:
    ``-i`` with ``-e``/``-p`` code, run (and with -p its value printed) before the first line
    is read, as node's REPL does."""
    try:
        import readline
    except ImportError:  # pragma: no cover - platforms without readline
        readline = None  # type: ignore[assignment]
    host = NodeHost(list(args), options=options)
    host.define_script_globals("<repl>", os.getcwd())
    host.define_builtin_module_globals()
    # the -r and --import preloads (an --import's failure is an unhandled rejection)
    host.run_guarded(host.run_requires)
    host.run_guarded(host.start_imports)
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
    # NON-SPEC: at an interactive prompt Ctrl+C cancels the line or stops the running code, as
    # in node (whose REPL reads Ctrl+C from the terminal, whatever the process's SIGINT
    # disposition): a SIGINT ignored by inheritance (a shell's background job) is handled again
    restore_sigint = None
    if sys.stdin.isatty() and threading.current_thread() is threading.main_thread() \
            and signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        restore_sigint = signal.signal(signal.SIGINT, signal.default_int_handler)
    if readline is not None:
        readline.set_completer_delims(" \t\n;(){}[],=+-*/%&|^!<>?:~")
        readline.set_completer(repl.complete)
        readline.parse_and_bind("tab: complete")
    code = 0
    try:
        ended = repl.run_first(*first) if first is not None else None
        code = repl.loop() if ended is None else ended
    except ProcessExit as e:
        host.forced_exit = e.code
        code = host.finish()
    finally:
        if restore_sigint is not None:
            signal.signal(signal.SIGINT, restore_sigint)
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
        self.history: list[str] = []   # what .save writes
        self.matches: list[str] = []
        # the line being read on a helper thread (see read), when there is one
        self.pending: queue.Queue[tuple[str, Any]] | None = None
        self.colors = sys.stdout.isatty() and "NO_COLOR" not in os.environ and \
            os.environ.get("NODE_DISABLE_COLORS", "") in ("", "0")
        # errors from callbacks and unhandled rejections are printed, the session goes on
        host.report_uncaught = lambda value, origin="uncaughtException": self.print_uncaught(value)

    def read(self, prompt: str) -> str:
        """One line of input. While timers or posted jobs are waiting, the line is read on a
        helper thread and the event loop runs here until it arrives, so that timers fire while
        the prompt waits, as in node's REPL."""
        if self.pending is None and not self.has_waiting_work():
            return input(prompt)
        if self.pending is None:
            pending: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=1)
            self.pending = pending
            threading.Thread(target=_read_line_into, args=(prompt, pending), daemon=True,
                             name="pyjsvm-repl-input").start()
        else:
            # a read that Ctrl+C left running (a helper thread's input() cannot be cancelled):
            # the line it returns answers this prompt, which it does not show -- show it here
            sys.stdout.write(prompt)
            sys.stdout.flush()
        waiting = self.pending
        while True:
            try:
                kind, value = waiting.get(timeout=self.wait_seconds())
            except queue.Empty:
                self.pump()
                self.host.loop._drain_posted()
                self.host.loop.poll_ready()
                continue
            self.pending = None
            if kind == "line":
                return str(value)
            if kind == "eof":
                raise EOFError
            raise value

    def has_waiting_work(self) -> bool:
        loop = self.host.loop
        return bool(loop.immediates) or not loop.posted.empty() or loop.watching() or any(
            not t.cancelled for _, _, t in loop.timers)

    def wait_seconds(self) -> float:
        """How long to wait for input before the event loop needs to run again."""
        loop = self.host.loop
        live = [when for when, _, t in loop.timers if not t.cancelled]
        if loop.immediates or not loop.posted.empty():
            return 0.0
        if loop.watching():
            return 0.02  # sockets are polled this often
        if not live:
            return 0.2  # posted jobs from other threads are looked at this often
        return max(0.0, min(0.2, (min(live) - loop.now_ms()) / 1000.0))

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
                if cmd in (".load", ".save"):
                    arg = line.strip()[len(cmd):].strip()
                    self.load(arg) if cmd == ".load" else self.save(arg)
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

    def load(self, path: str) -> None:
        """``.load FILE``: run the file's text as if typed."""
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            self.host.write_out(f"Failed to load: {path}\n")
            return
        self.host.write_out(text + ("" if text.endswith("\n") else "\n"))
        self.evaluate(text)
        self.pump()

    def save(self, path: str) -> None:
        """``.save FILE``: write the commands of this session."""
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(self.history) + "\n")
        except OSError:
            self.host.write_out(f"Failed to save: {path}\n")
            return
        self.host.write_out(f"Session saved to: {path}\n")

    # --- Tab completion -----------------------------------------------------------------------
    def complete(self, text: str, state: int) -> str | None:
        """readline's completer: globals, ``obj.prop`` chains and ``require('`` names."""
        if state == 0:
            try:
                before = ""
                try:
                    import readline
                    before = readline.get_line_buffer()[:readline.get_begidx()]
                except (ImportError, AttributeError):
                    pass
                self.matches = self._candidates(text, before)
            except Exception:  # a completer must never break the prompt
                self.matches = []
        return self.matches[state] if state < len(self.matches) else None

    def _candidates(self, text: str, before: str = "") -> list[str]:
        """Completions of ``text`` (the word readline completes; ``before``: the line before it)."""
        import re
        host = self.host
        m = re.match(r"^(?:require\()?(['\"])([\w:/.-]*)$", text)
        if m and (text.startswith("require(") or re.search(r"require\(\s*$", before)):
            q, partial = m.group(1), m.group(2)
            names = sorted(set(host.modules.builtins) | {"node:" + n for n in host.modules.builtins})
            lead = "require(" if text.startswith("require(") else ""
            return [f"{lead}{q}{n}{q})" for n in names if n.startswith(partial)]
        m = re.match(r"^((?:[A-Za-z_$][\w$]*\.)*)([\w$]*)$", text)
        if not m:
            return []
        chain, partial = m.group(1), m.group(2)
        target: Any = host.realm.global_object
        names = chain.split(".")[:-1]
        if names and names[0] in host.realm.global_lex:  # a let/const/class binding of the session
            target = host.realm.global_lex[names[0]]
            names = names[1:]
            if not isinstance(target, JSObject):
                target = _box(host.realm, target)
        for name in names:
            target = _data_property(target, python_string_to_js(name))
            if not isinstance(target, JSObject):
                target = _box(host.realm, target)
            if not isinstance(target, JSObject):
                return []
        keys: list[str] = []
        seen: set[str] = set()
        obj: Any = target
        depth = 0
        while isinstance(obj, JSObject) and depth < 50:
            for k in obj.own_property_keys():
                if type(k) is str and k not in seen and re.match(r"^[A-Za-z_$][\w$]*$", k):
                    seen.add(k)
                    keys.append(k)
            obj = obj.get_prototype_of() if not obj.is_proxy else None
            depth += 1
        if not chain:
            keys += [k for k in host.realm.global_lex if type(k) is str and k not in seen]
            seen.update(keys)
            keys += [k for k in ("await", "break", "case", "catch", "class", "const", "continue", "debugger",
                                 "default", "delete", "do", "else", "export", "extends", "false", "finally",
                                 "for", "function", "if", "import", "in", "instanceof", "let", "new", "null",
                                 "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var",
                                 "void", "while", "with", "yield") if k not in seen]
        return sorted(chain + k for k in keys if k.startswith(partial))

    def run_first(self, src: str, show: bool) -> int | None:
        """The -e/-p code of ``-i -e``: a script named [eval]; with ``show`` (-p) its value is
        printed as -p prints it. What it throws is an uncaught exception, as node's: printed as
        the command prints one, and the exit code 1 returned (else None: the REPL goes on)."""
        host = self.host
        realm = host.realm
        saved = AGENT.realm
        AGENT.realm = realm
        js_src = python_string_to_js(src)
        host.sources["[eval]"] = js_src
        try:
            value = compile_script(js_src, "[eval]").run(realm)
            if show:
                host.write_out((value if type(value) is str else inspect(value)) + "\n")
        except ParseError as e:
            host.print_error(host.syntax_error(e, js_src))
            return 1
        except JSThrow as e:
            host.print_error(e.value)
            return 1
        finally:
            AGENT.realm = saved
        self.pump()
        return None

    def evaluate(self, src: str) -> None:
        if src.strip():
            self.history.append(src)
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
            awaited = False
            if code is None:
                try:
                    code = compile_script(src, "REPL")
                except ParseError:
                    wrapped = _top_level_await(src)
                    if wrapped is None:
                        raise
                    code = compile_script(wrapped, "REPL")
                    awaited = True
            value = code.run(realm)
            if awaited:
                value = self.settle(value)
            realm.global_object.set("_", value, realm.global_object)
            host.write_out(inspect(value, InspectOptions(colors=self.colors)) + "\n")
        except ParseError as e:
            host.write_out(f"Uncaught SyntaxError: {getattr(e, 'message', e)}\n")
        except JSThrow as e:
            self.print_uncaught(e.value)
        except RecursionError:
            host.write_out("Uncaught RangeError: Maximum call stack size exceeded\n")
        except KeyboardInterrupt:
            # Ctrl-C while code runs: stop it, keep the session and what it defined (breakOnSigint)
            host.write_out("Uncaught:\nError: Script execution interrupted.\n")
        finally:
            AGENT.realm = saved

    def settle(self, promise: Any) -> Any:
        """Top-level await: run the event loop until ``promise`` settles; its value, or throw."""
        loop = self.host.loop
        while getattr(promise, "state", None) == PENDING:
            loop.checkpoint()
            if getattr(promise, "state", None) != PENDING:
                break
            if not loop.alive():
                break
            loop.stopped = False
            self._run_once()
        state = getattr(promise, "state", None)
        if state == REJECTED:
            raise JSThrow(getattr(promise, "result", None))
        if state == PENDING:
            return None
        return getattr(promise, "result", None)

    def _run_once(self) -> None:
        import time
        loop = self.host.loop
        live = [w for w, _, t in loop.timers if not t.cancelled]
        if loop.watching():
            loop.poll_ready(0.01)
        elif live and not loop.immediates and loop.posted.empty():
            delay = min(live) - loop.now_ms()
            if delay > 0:
                time.sleep(min(delay, 50) / 1000.0)
        self.pump()
        loop._drain_posted()
        loop.poll_ready()

    def print_uncaught(self, value: Any) -> None:
        g = self.host.realm.global_object
        try:
            g.set("_error", value, g)
        except JSThrow:
            pass
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
                loop.run_timer(t)
            batch = list(loop.immediates)
            loop.immediates.clear()
            for t in batch:
                if not t.cancelled:
                    loop.run_timer(t)
        finally:
            loop.on_error = saved_on_error


def _read_line_into(prompt: str, out: "queue.Queue[tuple[str, Any]]") -> None:
    """The REPL's input thread: one ``input(prompt)``, its outcome put into ``out``."""
    try:
        out.put(("line", input(prompt)))
    except EOFError:
        out.put(("eof", None))
    except Exception as e:  # NON-SPEC: an OS error on stdin ends the session like EOF would not
        out.put(("error", e))


def _box(realm: Any, v: Any) -> Any:
    """The prototype whose properties a primitive offers (``'s'.`` completes String methods)."""
    if type(v) is str:
        return realm.intrinsics.get("%String.prototype%")
    if type(v) is float:
        return realm.intrinsics.get("%Number.prototype%")
    if type(v) is bool:
        return realm.intrinsics.get("%Boolean.prototype%")
    return None


def _data_property(o: Any, key: str) -> Any:
    """``o[key]`` for completion, read only from data properties (no getter or proxy trap runs)."""
    depth = 0
    while isinstance(o, JSObject) and not o.is_proxy and depth < 50:
        d = o.get_own_property(key)
        if d is not None:
            return d.value if d.is_data() else None
        o = o.get_prototype_of()
        depth += 1
    return None


def _top_level_await(src: str) -> str | None:
    """Source with top-level ``await`` as an async function whose promise the REPL awaits:
    an expression, or ``const|let|var NAME = EXPR`` (NAME becomes a global, as in Node's REPL)."""
    import re
    if "await" not in src:
        return None
    body = src.strip().rstrip(";")
    m = re.match(r"^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([\s\S]+)$", body)
    candidates = []
    if m:
        candidates.append(f"(async () => {{ return void (globalThis.{m.group(1)} = ({m.group(2)})); }})()")
    candidates.append(f"(async () => {{ return ({body}\n); }})()")
    candidates.append(f"(async () => {{ {src}\n}})()")
    for c in candidates:
        try:
            compile_script(c, "REPL")
        except ParseError:
            continue
        return c
    return None
