"""The ``pyjsvm`` command line: options, -e/-p, stdin, bad input."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.host.conftest import run_pyjsvm


def test_version_and_help() -> None:
    r = run_pyjsvm("--version")
    assert r.returncode == 0 and r.stdout.startswith("v")
    r = run_pyjsvm("--help")
    assert r.returncode == 0 and "Usage: pyjsvm" in r.stdout


def test_eval_and_print() -> None:
    r = run_pyjsvm("-e", "console.log(1 + 1, [1, 'a'])")
    assert (r.stdout, r.returncode) == ("2 [ 1, 'a' ]\n", 0)
    r = run_pyjsvm("-p", "({ a: 1, b: [1, 2] })")
    assert r.stdout == "{ a: 1, b: [ 1, 2 ] }\n"
    r = run_pyjsvm("-p", "'text'")
    assert r.stdout == "text\n"
    r = run_pyjsvm("-e", "console.log(process.argv.slice(1))", "x", "y")
    assert r.stdout == "[ 'x', 'y' ]\n"
    r = run_pyjsvm("-e", "console.log(require('node:util').format('%d%%', 5))")
    assert r.stdout == "5%\n"


def test_python_dash_m_runs_the_command() -> None:
    # ``python -m pyjsvm``, as a Python user runs a package's command without its script on PATH
    import sys
    from tests.host.conftest import CASES
    r = subprocess.run([sys.executable, "-m", "pyjsvm", "-e", "console.log(process.argv.slice(1), 6 * 7)", "x"],
                       capture_output=True, text=True, cwd=CASES, timeout=120, stdin=subprocess.DEVNULL)
    assert (r.stdout, r.returncode) == ("[ 'x' ] 42\n", 0), r.stderr
    r = subprocess.run([sys.executable, "-m", "pyjsvm", "-e", "process.exitCode = 4"],
                       capture_output=True, text=True, cwd=CASES, timeout=120, stdin=subprocess.DEVNULL)
    assert r.returncode == 4


def test_stdin() -> None:
    r = run_pyjsvm(stdin="var x = 6; console.log(x * 7)")
    assert (r.stdout, r.returncode) == ("42\n", 0)
    r = run_pyjsvm("-", stdin="throw new RangeError('no')")
    assert r.returncode == 1 and "RangeError: no" in r.stderr and "Traceback" not in r.stderr
    # process.argv keeps the "-" that named stdin, as node's does; none without it
    show = "console.log(process.argv.slice(1))"
    assert run_pyjsvm("-", "x", "y", stdin=show).stdout == "[ '-', 'x', 'y' ]\n"
    assert run_pyjsvm("--input-type=module", "-", "x", stdin=show).stdout == "[ '-', 'x' ]\n"
    assert run_pyjsvm(stdin=show).stdout == "[]\n"


@pytest.mark.parametrize("args", [["missing_file.js"], ["--bogus-option"], ["-e"]])
def test_bad_input_is_one_line(args: list[str]) -> None:
    r = run_pyjsvm(*args)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_syntax_error_in_eval() -> None:
    r = run_pyjsvm("-e", "let = = 1")
    assert r.returncode == 1 and "SyntaxError" in r.stderr and "Traceback" not in r.stderr


def test_process_exit() -> None:
    r = run_pyjsvm("-e", "process.on('exit', c => console.log('bye', c)); try { process.exit(4) } finally { }")
    assert (r.stdout, r.returncode) == ("bye 4\n", 4)


def test_console_stderr_and_assert() -> None:
    r = run_pyjsvm("-e", "console.error('e', {a: 1}); console.warn('w'); console.assert(false, 'x %s', 'y')")
    assert r.stderr == "e { a: 1 }\nw\nAssertion failed: x y\n"


def test_group_count_dir() -> None:
    r = run_pyjsvm("-e", "console.group('G'); console.log('in'); console.groupEnd(); console.count(); console.count();"
                         "console.dir({a: {b: {c: {}}}}, {depth: 0})")
    assert r.stdout == "G\n  in\ndefault: 1\ndefault: 2\n{ a: [Object] }\n"


INSPECT_EXPRS = [
    "[1, 2, 3]", "{ animal: 'cat', count: 12, name: 'kitty' }", "-0", "[ , 1, , , 2]", "'str'",
    "[[1, [2, [3, [4]]]]]", "{ a: { b: { c: { d: 1 } } } }", "function named() {}", "class K extends Array {}",
    "new Map([[{a: 1}, [1, 2]]])", "new Set(['x'])", "Symbol.iterator", "[null, undefined, NaN, -Infinity]",
    "Object.create(null)", "(() => { const o = { a: [] }; o.a.push(o); return o; })()",
    "Array.from({ length: 120 }, (_, i) => i)", "'a'.repeat(100)", "['a\\nb', \"it's\", `q'\"`]",
    "{ 'key with space': 1, valid_id: 2, 3: 4 }", "[function () {}, async () => {}, function* gen() {}]",
    "new Error('msg').message", "[new Boolean(true), new Number(-0), new String('s')]", "/re/g",
    "{ f() {}, get g() { return 1; } }", "Array.from({ length: 8 }, (_, i) => 'item' + i)",
    "{ arr: Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i)) }", "[1.5, 22, 333, 4444, 55555, 6, 7]",
    "Promise.resolve([1])", "10n", "[[]], [{}], {}",
]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_inspect_against_node() -> None:
    src = "\n".join(f"console.log({e});" for e in INSPECT_EXPRS)
    r = run_pyjsvm("-e", src)
    n = subprocess.run(["node", "-e", src], capture_output=True, text=True, timeout=60)
    assert r.stdout.splitlines() == n.stdout.splitlines()


BREAK_ON_SIGINT = """
const vm = require('node:vm');
const ctx = vm.createContext({ n: 0 });
console.log('spinning');
try {
  vm.runInContext('for (;;) { n++ }', ctx, { breakOnSigint: true });
} catch (e) {
  console.log(e.code, e.message, ctx.n > 0);
}
console.log('still running', vm.runInContext('n = 1; n + 1', ctx));
"""


def test_break_on_sigint_from_js() -> None:
    """node:vm's breakOnSigint: SIGINT ends the running script with ERR_SCRIPT_EXECUTION_INTERRUPTED
    and the program goes on (without the option, SIGINT would end the process)."""
    import signal
    import sys
    import time
    proc = subprocess.Popen([sys.executable, "-m", "pyjsvm.host.cli", "-e", BREAK_ON_SIGINT],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "spinning"
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert out.splitlines() == [
        "ERR_SCRIPT_EXECUTION_INTERRUPTED Script execution was interrupted by `SIGINT` true", "still running 2"], err
    assert proc.returncode == 0


def test_process_is_made_on_first_use() -> None:
    """``process`` (an EventEmitter) is made on first use; until then the global is a lazy slot
    that reads, describes and deletes like the data property it becomes."""
    r = run_pyjsvm("-e", "const d = Object.getOwnPropertyDescriptor(globalThis, 'process');"
                         "console.log(typeof d.value, d.writable, d.enumerable, d.configurable, d.value === process);"
                         "process.on('exit', (c) => console.log('exit', c)); process.exitCode = 4")
    assert (r.stdout, r.returncode) == ("object true false true true\nexit 4\n", 4)
    r = run_pyjsvm("-e", "console.log(delete globalThis.process, typeof process, 'process' in globalThis);"
                         "const E = require('events'); new E().on('x', (v) => console.log('event', v)).emit('x', 1)")
    assert (r.stdout, r.returncode) == ("true undefined false\nevent 1\n", 0)
    r = run_pyjsvm("-e", "Promise.reject(new Error('late'))")
    assert r.returncode == 1 and "Error: late" in r.stderr


def _node_stderr_head(path: Path, n: int) -> list[str] | None:
    if shutil.which("node") is None:
        return None
    r = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=60)
    return r.stderr.splitlines()[:n]


@pytest.mark.parametrize("source", [
    # the caret under a tab-indented line keeps its tabs (node's GetErrorSource)
    'function f() {\n\t\tif (true) {\n\t\t\tthrow new Error("tabbed");\n\t\t}\n}\nf();\n',
    # \f and \x85 are not JS line terminators: the line shown is the one that threw
    '// a form feed \x0c and a NEL \x85 in a comment\n\tnull.x;\n',
    # a syntax error's arrow too
    '\tlet a = 1;\n\tlet a = 2;\n',
])
def test_uncaught_error_arrow_keeps_tabs(tmp_path: Path, source: str) -> None:
    script = tmp_path / "arrow.js"
    script.write_text(source, encoding="utf-8")
    r = run_pyjsvm(str(script))
    head = r.stderr.splitlines()[:3]
    assert head[0] == f"{script}:{head[0].rsplit(':', 1)[1]}" and "\t" in head[2], r.stderr
    expected = _node_stderr_head(script, 3)
    if expected is not None:
        assert head == expected


@pytest.mark.parametrize("line", [
    "[].reduce((a, b) => a)", "new Array(-1)", "Promise.all(5)", "new Map([1])", 'decodeURIComponent("%")',
    "function f() { return [1].map((x) => x.y.z) }\nf()",
])
def test_uncaught_builtin_error_arrow(tmp_path: Path, line: str) -> None:
    """An uncaught error that a built-in threw (also as a promise's rejection): node's header
    points at the JS code that called the built-in (its first frame with a position)."""
    script = tmp_path / "builtin.js"
    script.write_text("var q = 0;\n" + line + "\n", encoding="utf-8")
    r = run_pyjsvm(str(script))
    head = r.stderr.splitlines()[:4]
    assert r.returncode == 1 and head[0].startswith(f"{script}:") and head[2].strip() == "^", r.stderr
    expected = _node_stderr_head(script, 4)
    if expected is not None:
        assert head == expected


EXEC_PATH_CHECK = """
const { spawnSync } = require('child_process');
const path = require('path');
console.log(process.argv[0] === process.execPath, path.isAbsolute(process.execPath),
            path.basename(process.execPath) !== 'cli.py', process.argv0);
const r = spawnSync(process.execPath, ['-e', 'console.log(typeof process.versions.pyjsvm, process.argv.slice(1))', 'x'],
                    { encoding: 'utf8' });
console.log(r.status, r.stdout.trim());
"""


def test_exec_path_runs_pyjsvm() -> None:
    """process.argv[0] is process.execPath (as in node), a program that runs pyjsvm (was
    ``cli.py`` under ``python -m pyjsvm.host.cli``); process.argv0 is the command's name."""
    import sys

    from pyjsvm.host.process import exec_path
    if exec_path() == sys.executable:
        pytest.skip("pyjsvm is not installed as a command: execPath is the interpreter")
    r = run_pyjsvm("-e", EXEC_PATH_CHECK)
    assert r.stdout == "true true true pyjsvm\n0 string [ 'x' ]\n", r.stderr


def test_exec_path_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The console script that started the process, else the one beside the interpreter, else
    ``pyjsvm`` on PATH, else the interpreter."""
    import os
    import sys

    from pyjsvm.host.process import exec_path

    def program(where: Path) -> str:
        where.mkdir(exist_ok=True)
        p = where / "pyjsvm"
        p.write_text("#!/bin/sh\n", encoding="utf-8")
        p.chmod(0o755)
        return str(p)
    python = tmp_path / "env" / "python3"
    python.parent.mkdir()
    python.write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "pyjsvm" / "host" / "cli.py")])
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    assert exec_path() == str(python)
    on_path = program(tmp_path / "bin")
    monkeypatch.setenv("PATH", os.pathsep.join([str(tmp_path / "nothing"), str(tmp_path / "bin")]))
    assert exec_path() == on_path
    beside = program(tmp_path / "env")
    assert exec_path() == beside
    started = program(tmp_path / "started")
    monkeypatch.setattr(sys, "argv", [started, "x.js"])
    assert exec_path() == started


SIGNAL_LISTENERS = """
process.on('SIGINT', (name, num) => console.log('int', name, num));
process.once('SIGTERM', (name) => console.log('once', name));
const t = setTimeout(() => console.log('timed out'), 60000);
process.on('SIGHUP', (name) => { console.log('hup', name); clearTimeout(t); });
console.log('ready');
"""


def _signalled(source: str, *steps: tuple[str, int | None]) -> tuple[list[str], int, str]:
    """Run ``source``; after its line 'ready', and after each expected line of ``steps``
    (line, signal to send next or None), send the signal; the output lines, exit status and stderr."""
    import sys
    proc = subprocess.Popen([sys.executable, "-m", "pyjsvm.host.cli", "-e", source],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    lines = []
    try:
        expect = "ready"
        for line, sig in steps:
            got = proc.stdout.readline().strip()
            lines.append(got)
            assert got == expect, (lines, proc.stderr.read() if proc.stderr else "")
            if sig is not None:
                proc.send_signal(sig)
            expect = line
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return lines + out.splitlines(), proc.returncode, err


def test_signal_listeners_take_signals_from_outside() -> None:
    """A SIGINT, SIGTERM or SIGHUP the process receives goes to process's listeners for it (on
    the event loop, even while it waits for a far timer) instead of ending the process."""
    import signal
    lines, code, err = _signalled(SIGNAL_LISTENERS, ("int SIGINT 2", signal.SIGINT),
                                  ("once SIGTERM", signal.SIGTERM), ("hup SIGHUP", signal.SIGHUP))
    assert (lines, code) == (["ready", "int SIGINT 2", "once SIGTERM", "hup SIGHUP"], 0), err


@pytest.mark.parametrize("source, sig, status", [
    # no listener: SIGINT kills the process as node dies of it (a shell's status 130)
    ("setTimeout(() => {}, 60000); console.log('ready')", "SIGINT", -2),
    # the last listener removed: the signal's default action again
    ("const f = () => console.log('no'); process.on('SIGINT', f); process.off('SIGINT', f);"
     "setTimeout(() => {}, 60000); console.log('ready')", "SIGINT", -2),
])
def test_signal_without_listeners(source: str, sig: str, status: int) -> None:
    import signal
    lines, code, err = _signalled(source, ("", getattr(signal, sig)))
    assert (lines, code) == (["ready"], status), err


def test_signal_listeners_removed_by_remove_all_listeners() -> None:
    """removeAllListeners('SIGTERM') removes them one by one ('removeListener' events), so the
    next SIGTERM kills the process."""
    import signal
    source = ("process.on('SIGTERM', () => { process.removeAllListeners('SIGTERM'); console.log('removed'); });"
              "process.on('SIGTERM', () => console.log('term 2'));"
              "setTimeout(() => {}, 60000); console.log('ready')")
    lines, code, err = _signalled(source, ("removed", signal.SIGTERM), ("term 2", None), ("", signal.SIGTERM))
    assert (lines, code) == (["ready", "removed", "term 2"], -15), err


@pytest.mark.parametrize("limit, source", [
    ("--timeout=300", "for (;;) {}"),
    ("--step-limit=1000", "for (;;) {}"),
    ("--timeout=300", "process.on('exit', () => { for (;;) {} })"),
])
def test_signal_handlers_put_back_when_a_limit_ends_the_run(limit: str, source: str) -> None:
    """A run that a --timeout or --step-limit ends (in the program or in an 'exit' listener)
    puts back the signal handlers its listeners replaced, as a run that ends normally does:
    an embedding program keeps its own SIGTERM handler. Its limits end with it: the process's
    main realm, which later runs share, keeps none of them."""
    import signal
    from pyjsvm.host import cli
    from pyjsvm.intrinsics.realm import main_realm
    before = signal.getsignal(signal.SIGTERM)
    code = cli.main([limit, "--max-memory=500", "-e", "process.on('SIGTERM', () => {}); " + source])
    assert code == 1
    assert signal.getsignal(signal.SIGTERM) is before
    assert not {"pyjsvm.step_limit", "pyjsvm.memory_limit"} & set(main_realm().host_defined)
