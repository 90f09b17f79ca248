"""Node's common command-line options in the ``pyjsvm`` command (and in NODE_OPTIONS): warnings,
--check, the -r/--import preloads, --env-file, --unhandled-rejections, --expose-gc,
--stack-trace-limit, the options accepted without effect, process.execArgv. Each case checks
stdout, stderr and the exit code, and when ``node`` is on PATH compares them with node's."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NODE = shutil.which("node")


def _env(extra: dict[str, str] | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NODE_OPTIONS", "NODE_NO_WARNINGS")}
    env.update(extra or {})
    return env


def run(cwd: Path, *args: str, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``pyjsvm args`` in ``cwd`` (NODE_OPTIONS only from ``env``)."""
    return subprocess.run([sys.executable, "-m", "pyjsvm.host.cli", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd, timeout=120, env=_env(env),
                          stdin=None if stdin is not None else subprocess.DEVNULL)


def run_node(cwd: Path, *args: str, env: dict[str, str] | None = None,
             stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    assert NODE is not None
    return subprocess.run([NODE, *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=60,
                          env=_env(env), stdin=None if stdin is not None else subprocess.DEVNULL)


def norm(text: str) -> str:
    """Output with what differs by nature: the pid, the program's name, node's own stack frames
    and its closing version line."""
    text = re.sub(r"\(node:\d+\)", "(node:PID)", text)
    text = text.replace("`node --", "`pyjsvm --")
    text = re.sub(r"^(\S*/)?node: ", "pyjsvm: ", text, flags=re.M)
    lines = [ln for ln in text.split("\n") if not re.match(r"\s+at (.*\()?node:", ln)]
    text = "\n".join(lines)
    text = re.sub(r"\n*Node\.js v\d+\.\d+\.\d+\n?", "\n", text)
    return text.rstrip("\n")


def same_as_node(r: subprocess.CompletedProcess[str], cwd: Path, *args: str,
                 env: dict[str, str] | None = None, stdin: str | None = None) -> None:
    """When node is on PATH: node gives the same stdout, (normalized) stderr and exit code."""
    if NODE is None:
        return
    n = run_node(cwd, *args, env=env, stdin=stdin)
    assert (norm(r.stdout), norm(r.stderr), r.returncode) == (norm(n.stdout), norm(n.stderr), n.returncode)


def write(d: Path, name: str, text: str) -> Path:
    p = d / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


WARN = """process.on('warning', w => console.log('event', w.name, w.message));
console.log(process.noProcessWarnings, process.noDeprecation, process.throwDeprecation,
            process.traceDeprecation, process.traceProcessWarnings);
process.emitWarning('hello');
process.emitWarning('old', 'DeprecationWarning', 'DEP0001');
function f() { process.emitWarning('deep', { code: 'C1', detail: 'more' }); }
f();
"""


# --- warnings ----------------------------------------------------------------------------------

def test_no_warnings(tmp_path: Path) -> None:
    write(tmp_path, "w.js", WARN)
    r = run(tmp_path, "--no-warnings", "w.js")
    assert r.stdout == ("true undefined undefined undefined undefined\nevent Warning hello\n"
                        "event DeprecationWarning old\nevent Warning deep\n")
    assert (r.stderr, r.returncode) == ("", 0)
    same_as_node(r, tmp_path, "--no-warnings", "w.js")
    r = run(tmp_path, "w.js", env={"NODE_NO_WARNINGS": "1"})
    assert (r.stderr, r.returncode) == ("", 0) and "event Warning deep" in r.stdout
    same_as_node(r, tmp_path, "w.js", env={"NODE_NO_WARNINGS": "1"})


def test_no_deprecation(tmp_path: Path) -> None:
    write(tmp_path, "w.js", WARN)
    r = run(tmp_path, "--no-deprecation", "w.js")
    assert "DeprecationWarning" not in r.stdout + r.stderr and r.returncode == 0
    assert re.sub(r"\d+", "N", r.stderr) == (
        "(node:N) Warning: hello\n(Use `pyjsvm --trace-warnings ...` to show where the warning was created)\n"
        "(node:N) [CN] Warning: deep\nmore\n")
    same_as_node(r, tmp_path, "--no-deprecation", "w.js")


def test_trace_warnings_and_deprecation(tmp_path: Path) -> None:
    w = write(tmp_path, "w.js", WARN)
    r = run(tmp_path, "--trace-warnings", "w.js")
    assert r.returncode == 0
    assert norm(r.stderr) == (
        f"(node:PID) Warning: hello\n    at Object.<anonymous> ({w}:4:9)\n"
        f"(node:PID) [DEP0001] DeprecationWarning: old\n    at Object.<anonymous> ({w}:5:9)\n"
        f"(node:PID) [C1] Warning: deep\n    at f ({w}:6:24)\n    at Object.<anonymous> ({w}:7:1)\nmore")
    same_as_node(r, tmp_path, "--trace-warnings", "w.js")
    r = run(tmp_path, "--trace-deprecation", "w.js")
    assert f"DeprecationWarning: old\n    at Object.<anonymous> ({w}:5:9)\n" in r.stderr
    assert "(Use `pyjsvm --trace-warnings ...`" in r.stderr and "Warning: deep\nmore\n" in r.stderr
    same_as_node(r, tmp_path, "--trace-deprecation", "w.js")


def test_throw_deprecation(tmp_path: Path) -> None:
    write(tmp_path, "t.js", "process.emitWarning('first');\n"
                            "try { process.emitWarning('old', 'DeprecationWarning', 'DEP0001'); }\n"
                            "catch (e) { console.log('caught'); }\n"
                            "process.on('exit', c => console.log('exit', c));\n")
    r = run(tmp_path, "--throw-deprecation", "t.js")
    # thrown on the next tick (not where it is emitted), after the warnings emitted before it
    assert (r.stdout, r.returncode) == ("exit 1\n", 1)
    assert r.stderr.index("Warning: first") < r.stderr.index("DeprecationWarning: old")
    assert "code: 'DEP0001'" in r.stderr
    if NODE is not None:
        n = run_node(tmp_path, "--throw-deprecation", "t.js")
        assert (n.stdout, n.returncode) == (r.stdout, r.returncode)


# --- --check -----------------------------------------------------------------------------------

def test_check(tmp_path: Path) -> None:
    write(tmp_path, "good.js", "console.log('ran');\nreturn;\n")
    write(tmp_path, "bad.js", "let x = 1;\nlet x = 2;\n")
    write(tmp_path, "bad.mjs", "import fs from 'fs';\nawait 1;\nlet y = ;\n")
    write(tmp_path, "esm.js", "import fs from 'fs';\nconsole.log('ran');\n")
    write(tmp_path, "typed/package.json", '{"type": "module"}')
    write(tmp_path, "typed/x.js", "const a = await 1;\nlet = ;\n")
    for args, out, code in [(["-c", "good.js"], "", 0), (["--check", "esm.js"], "", 0),
                            (["-c", "bad.js"], f"{tmp_path}/bad.js:2\nlet x = 2;\n    ^\n\n"
                                               "SyntaxError: Identifier 'x' has already been declared", 1),
                            (["-c", "bad.mjs"], f"{tmp_path}/bad.mjs:3\nlet y = ;\n        ^\n\n"
                                                "SyntaxError: Unexpected token ';'", 1),
                            (["-c", "typed/x.js"], f"{tmp_path}/typed/x.js:2\nlet = ;\n^^^\n\n"
                                                   "SyntaxError: Unexpected strict mode reserved word", 1)]:
        r = run(tmp_path, *args)
        assert (r.stdout, norm(r.stderr), r.returncode) == ("", out, code), args
        same_as_node(r, tmp_path, *args)
    r = run(tmp_path, "-c", stdin="foo(;\n")
    assert (r.stdout, norm(r.stderr), r.returncode) == ("", "[stdin]:1\nfoo(;\n    ^\n\nSyntaxError: Unexpected token ';'", 1)
    same_as_node(r, tmp_path, "-c", stdin="foo(;\n")
    for args in (["-c", "-e", "1"], ["-e", "1", "-c", "good.js"]):
        r = run(tmp_path, *args)
        assert (r.stdout, r.stderr, r.returncode) == ("", "pyjsvm: either --check or --eval can be used, not both\n", 9)
        same_as_node(r, tmp_path, *args)


# --- preloads ----------------------------------------------------------------------------------

def _preload_files(d: Path) -> None:
    write(d, "a.js", "console.log('preA', require.main === undefined, module.id); globalThis.A = 1;\n")
    write(d, "node_modules/pre/index.js", "console.log('pre-pkg');\n")
    write(d, "m1.mjs", "console.log('preM', import.meta.url.endsWith('/m1.mjs'));\n"
                       "await new Promise(r => setTimeout(r, 20)); globalThis.M = 2;\n")
    write(d, "main.js", "console.log('main', globalThis.A, globalThis.M, require.main === module, "
                        "process._preload_modules, process.execArgv);\n")
    write(d, "main.mjs", "console.log('main.mjs', globalThis.A, globalThis.M);\n")


@pytest.mark.parametrize("args", [
    ["-r", "./a.js", "main.js"],
    ["--require=./a.js", "-r", "pre", "main.js"],
    ["-r", "./a.js", "-e", "console.log(A)"],
    ["-r", "./a.js", "-p", "A + 1"],
    ["--import", "./m1.mjs", "main.js"],
    ["--import=./m1.mjs", "-r", "./a.js", "main.mjs"],
    ["--import", "./m1.mjs", "-e", "console.log(M)"],
])
def test_preloads(tmp_path: Path, args: list[str]) -> None:
    _preload_files(tmp_path)
    r = run(tmp_path, *args)
    assert r.stderr == "" and r.returncode == 0
    if "-r" in args or "--require=./a.js" in args:
        assert r.stdout.startswith(f"preA true {tmp_path}/a.js\n")
    if any(a.startswith("--import") for a in args):
        # the entry point runs once the import (and its top-level await) is done
        assert "preM true\n" in r.stdout and "M = 2" not in r.stdout
        assert r.stdout.endswith(("2\n", "main.mjs 1 2\n")) or " 2 true" in r.stdout
    same_as_node(r, tmp_path, *args)


def test_preload_not_found(tmp_path: Path) -> None:
    _preload_files(tmp_path)
    r = run(tmp_path, "-r", "nope", "main.js")
    assert r.returncode == 1 and r.stdout == ""
    assert "Cannot find module 'nope'\nRequire stack:\n- internal/preload" in r.stderr
    assert "requireStack: [ 'internal/preload' ]" in r.stderr
    r = run(tmp_path, "--import", "./nope.mjs", "main.js")
    assert r.returncode == 1 and r.stdout == ""
    assert f"[ERR_MODULE_NOT_FOUND]: Cannot find module '{tmp_path}/nope.mjs' imported from {tmp_path}/" in r.stderr
    for args in (["-r"], ["main.js", "--import"][1:]):
        r = run(tmp_path, *args)
        assert (r.stdout, r.stderr, r.returncode) == ("", f"pyjsvm: {args[0]} requires an argument\n", 9)
        same_as_node(r, tmp_path, *args)


# --- --env-file --------------------------------------------------------------------------------

ENV_FILE = """# comment
A=1
export B = two words
C="quoted # not a comment"
D='single'
E=val # trailing comment
F="multi
line"
G=`back`
H=
 I=spaced
J="esc\\nnl"
K='esc\\nnl'
M=a=b
N="unterminated
O=after
L
P=never
"""

ENV_CASES = ["A=1\nB=2", "export  T=1", "=x\nB=2", 'X= "  sp  " \nY=  raw  v  ', 'Z="a"b', "Q=a#b\nR=a #b",
             "e=1\r\nf=\"2\"\r\n", "g='a\nb'\nh=\"\"", "N='unterm\nB=2", "A`=`B\nC=1", "#c\n\n\nA=1", "A=\n",
             'A="x"\n  # c\nB=1', "A='x'\n  # c\nB=1", "A=x\n  # c\nB=1", 'A="x" tail\n C=2', 'A="x', "A=`x"]


def test_env_file(tmp_path: Path) -> None:
    write(tmp_path, ".env", ENV_FILE)
    write(tmp_path, "env.js", "console.log(JSON.stringify('ABCDEFGHIJKLMNOP'.split('').map(k => process.env[k])),"
                              " process.execArgv);\n")
    expected = ('["pre","two words","quoted # not a comment","single","val","multi\\nline","back","","spaced",'
                '"esc\\nnl","esc\\\\nnl",null,"a=b","\\"unterminated","after",null]')
    for args in (["--env-file=.env", "env.js"], ["--env-file", ".env", "env.js"]):
        r = run(tmp_path, *args, env={"A": "pre"})  # (a variable already set is kept)
        shown = "[ " + ", ".join(f"'{a}'" for a in args[:-1]) + " ]"
        assert (r.stdout, r.stderr, r.returncode) == (f"{expected} {shown}\n", "", 0)
        same_as_node(r, tmp_path, *args, env={"A": "pre"})
    r = run(tmp_path, "--env-file=nope.env", "env.js")
    assert (r.stdout, r.stderr, r.returncode) == ("", "pyjsvm: nope.env: not found\n", 9)
    same_as_node(r, tmp_path, "--env-file=nope.env", "env.js")


def test_env_file_parser_against_node() -> None:
    from pyjsvm.host.env_file import parse_env
    assert parse_env('A=1\nexport B="x\\ny"\nC') == {"A": "1", "B": "x\ny"}
    if NODE is None:
        pytest.skip("node is not on PATH")
    script = ("const u = require('util'); const cs = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "console.log(JSON.stringify(cs.map(c => u.parseEnv(c))));")
    out = subprocess.run([NODE, "-e", script], input=json.dumps(ENV_CASES + [ENV_FILE]), capture_output=True,
                         text=True, timeout=60, check=True)
    assert [parse_env(c) for c in ENV_CASES + [ENV_FILE]] == json.loads(out.stdout)


# --- --unhandled-rejections --------------------------------------------------------------------

REJECTIONS = {
    "plain.js": "process.on('exit', c => console.log('exit', c));\nPromise.reject(new Error('boom'));\n"
                "setTimeout(() => console.log('timer ran'), 10);\n",
    "listener.js": "process.on('unhandledRejection', r => console.log('handler', String(r)));\n"
                   "process.on('exit', c => console.log('exit', c));\nPromise.reject(new Error('boom'));\n"
                   "setTimeout(() => console.log('timer ran'), 10);\n",
    "uncaught.js": "process.on('uncaughtException', (e, o) => console.log('uncaught', String(e), o));\n"
                   "process.on('exit', c => console.log('exit', c));\nPromise.reject(new Error('boom'));\n"
                   "setTimeout(() => console.log('timer ran'), 10);\n",
    "late.js": "const p = Promise.reject(new Error('late'));\n"
               "setTimeout(() => p.catch(() => console.log('caught late')), 5);\n"
               "process.on('rejectionHandled', () => console.log('rejectionHandled'));\n",
    "value.js": "const q = Promise.reject(0); q.catch(() => {});\nPromise.reject(42);\n"
                "process.on('exit', c => console.log('exit', c));\n",
}

# (mode, file) -> (stdout, exit code, what stderr has)
REJECTION_RESULTS = {
    ("throw", "plain.js"): ("exit 1\n", 1, "Error: boom"),
    ("throw", "listener.js"): ("handler Error: boom\ntimer ran\nexit 0\n", 0, ""),
    ("strict", "listener.js"): ("exit 1\n", 1, "Error: boom"),
    ("strict", "uncaught.js"): ("uncaught Error: boom unhandledRejection\ntimer ran\nexit 0\n", 0,
                                "UnhandledPromiseRejectionWarning: Error: boom"),
    ("warn", "plain.js"): ("timer ran\nexit 0\n", 0, "(rejection id: 1)"),
    ("warn", "listener.js"): ("handler Error: boom\ntimer ran\nexit 0\n", 0, "UnhandledPromiseRejectionWarning"),
    ("warn", "late.js"): ("caught late\nrejectionHandled\n", 0, "UnhandledPromiseRejectionWarning: Error: late"),
    ("warn", "value.js"): ("exit 0\n", 0, "UnhandledPromiseRejectionWarning: 42\n"),
    ("none", "plain.js"): ("timer ran\nexit 0\n", 0, ""),
    ("none", "uncaught.js"): ("timer ran\nexit 0\n", 0, ""),
    ("warn-with-error-code", "plain.js"): ("timer ran\nexit 1\n", 1, "UnhandledPromiseRejectionWarning"),
    ("warn-with-error-code", "listener.js"): ("handler Error: boom\ntimer ran\nexit 0\n", 0, ""),
    ("warn-with-error-code", "value.js"): ("exit 1\n", 1, "(rejection id: 2)"),
}


@pytest.mark.parametrize("mode,name", sorted(REJECTION_RESULTS))
def test_unhandled_rejections(tmp_path: Path, mode: str, name: str) -> None:
    write(tmp_path, name, REJECTIONS[name])
    r = run(tmp_path, f"--unhandled-rejections={mode}", name)
    stdout, code, err = REJECTION_RESULTS[mode, name]
    assert (r.stdout, r.returncode) == (stdout, code)
    assert err in r.stderr and (err or r.stderr == "")
    assert "Traceback" not in r.stderr
    same_as_node(r, tmp_path, f"--unhandled-rejections={mode}", name)


def test_unhandled_rejections_bad_mode(tmp_path: Path) -> None:
    r = run(tmp_path, "--unhandled-rejections=bogus", "-e", "1")
    assert (r.stdout, r.stderr, r.returncode) == ("", "pyjsvm: invalid value for --unhandled-rejections\n", 9)
    same_as_node(r, tmp_path, "--unhandled-rejections=bogus", "-e", "1")


def test_rejection_handled_late_warning(tmp_path: Path) -> None:
    write(tmp_path, "late.js", "process.on('unhandledRejection', r => console.log('unhandled', r));\n"
                               "const p = Promise.reject(1);\nsetTimeout(() => p.catch(() => console.log('caught')), 5);\n")
    r = run(tmp_path, "late.js")
    assert (r.stdout, r.returncode) == ("unhandled 1\ncaught\n", 0)
    assert norm(r.stderr) == ("(node:PID) PromiseRejectionHandledWarning: Promise rejection was handled "
                              "asynchronously (rejection id: 1)\n(Use `pyjsvm --trace-warnings ...` to show where "
                              "the warning was created)")
    same_as_node(r, tmp_path, "late.js")


# --- V8 options and the options without effect --------------------------------------------------

GC = ("const d = Object.getOwnPropertyDescriptor(globalThis, 'gc');"
      "console.log(typeof gc, gc.name, gc.length, gc(), d.writable, d.enumerable, d.configurable)")


def test_expose_gc(tmp_path: Path) -> None:
    for opt in ("--expose-gc", "--expose_gc"):
        r = run(tmp_path, opt, "-e", GC)
        assert (r.stdout, r.stderr, r.returncode) == ("function gc 0 undefined true true false\n", "", 0)
        same_as_node(r, tmp_path, opt, "-e", GC)
    r = run(tmp_path, "-p", "typeof gc")
    assert r.stdout == "undefined\n"


def test_stack_trace_limit(tmp_path: Path) -> None:
    code = "function f(n) { return n ? f(n - 1) : new Error('x').stack.split('\\n').length } console.log(Error.stackTraceLimit, f(20))"
    r = run(tmp_path, "--stack-trace-limit=3", "-e", code)
    assert (r.stdout, r.stderr, r.returncode) == ("3 4\n", "", 0)
    same_as_node(r, tmp_path, "--stack-trace-limit=3", "-e", code)
    r = run(tmp_path, "--stack-trace-limit=abc", "-e", "1")
    assert r.returncode == 9 and r.stderr == ("Error: illegal value for flag --stack-trace-limit=abc of type int\n"
                                              "Try --help for options\npyjsvm: bad option: --stack-trace-limit=abc\n")


@pytest.mark.parametrize("opt", ["--enable-source-maps", "--max-old-space-size=64", "--experimental-detect-module", "--experimental-require-module",
                                 "--experimental-import-meta-resolve"])
def test_accepted_without_effect(tmp_path: Path, opt: str) -> None:
    r = run(tmp_path, opt, "-e", "console.log(process.execArgv.length)")
    assert (r.stdout, r.stderr, r.returncode) == ("3\n", "", 0)
    same_as_node(r, tmp_path, opt, "-e", "console.log(process.execArgv.length)")


@pytest.mark.parametrize("opt", ["--bogus", "--bogus=1", "-x", "--experimental-default-type=module"])
def test_unknown_option(tmp_path: Path, opt: str) -> None:
    # (after options that are known now)
    args = ["--no-deprecation", "--expose-gc", opt, "-e", "1"]
    r = run(tmp_path, *args)
    assert (r.stdout, r.stderr, r.returncode) == ("", f"pyjsvm: bad option: {opt}\n", 9)
    if opt != "--experimental-default-type=module":  # (node knows it; pyjsvm does not do it)
        same_as_node(r, tmp_path, *args)


# --- process.execArgv and NODE_OPTIONS ---------------------------------------------------------

def test_exec_argv(tmp_path: Path) -> None:
    write(tmp_path, "ea.js", "console.log(JSON.stringify([process.execArgv, process.argv.slice(2)]))")
    code = "console.log(JSON.stringify([process.execArgv, process.argv.slice(1)]))"
    for args, out in [(["--no-warnings", "--", "ea.js", "x"], '[["--no-warnings"],["x"]]'),
                      (["-e", code, "--no-warnings", "x", "--trace-warnings"],
                       f'[["-e",{json.dumps(code)},"--no-warnings"],["x","--trace-warnings"]]'),
                      (["--unhandled-rejections=none", "--stack-trace-limit=5", "ea.js", "--no-deprecation"],
                       '[["--unhandled-rejections=none","--stack-trace-limit=5"],["--no-deprecation"]]')]:
        r = run(tmp_path, *args)
        assert (r.stdout, r.stderr, r.returncode) == (out + "\n", "", 0)
        same_as_node(r, tmp_path, *args)


def test_node_options(tmp_path: Path) -> None:
    _preload_files(tmp_path)
    write(tmp_path, "b.js", "console.log('preB')")
    env = {"NODE_OPTIONS": '--no-warnings  --require "./a.js" --expose-gc'}
    code = "process.emitWarning('w'); console.log(typeof gc, JSON.stringify(process.execArgv))"
    r = run(tmp_path, "-r", "./b.js", "-e", code, env=env)
    # the preloads of NODE_OPTIONS first; its options are not in execArgv
    assert r.stdout == f"preA true {tmp_path}/a.js\npreB\nfunction {json.dumps(['-r', './b.js', '-e', code], separators=(',', ':'))}\n"
    assert (r.stderr, r.returncode) == ("", 0)
    same_as_node(r, tmp_path, "-r", "./b.js", "-e", code, env=env)
    # the command line's value wins
    r = run(tmp_path, "--unhandled-rejections=none", "-e", "Promise.reject(1)",
            env={"NODE_OPTIONS": "--unhandled-rejections=throw"})
    assert (r.stdout, r.stderr, r.returncode) == ("", "", 0)
    # what follows an argument that is not an option is ignored
    r = run(tmp_path, "-e", "process.emitWarning('w')", env={"NODE_OPTIONS": "foo.js --no-warnings"})
    assert "Warning: w" in r.stderr and r.returncode == 0
    for value, err in [("-e 1", "-e is not allowed in NODE_OPTIONS"),
                       ("--check", "--check is not allowed in NODE_OPTIONS"),
                       ("--env-file=.env", "--env-file= is not allowed in NODE_OPTIONS"),
                       ("--bogus", "--bogus is not allowed in NODE_OPTIONS"),
                       ("--require", "--require requires an argument"),
                       ('--require "./a.js', "invalid value for NODE_OPTIONS (unterminated string)\n")]:
        r = run(tmp_path, "-e", "console.log(1)", env={"NODE_OPTIONS": value})
        assert (r.stdout, r.stderr, r.returncode) == ("", f"pyjsvm: {err}\n", 9), value
        same_as_node(r, tmp_path, "-e", "console.log(1)", env={"NODE_OPTIONS": value})


# -e/-p/--print/--eval as node parses them: --print is a switch whose alias "--print <arg>" is
# "-pe <arg>" (the next argument is the code unless it starts with "-"); a value that starts
# with "-" is no option's value; -p without code prints the value of the program read from
# stdin (or runs the script named after "--"); a later -e replaces the code.
# (arguments, stdin, expected stdout, exit code)
EVAL_PRINT_CASES: list[tuple[list[str], str | None, str, int]] = [
    (["-p", "-e", "2+2"], None, "4\n", 0),  # (took "-e" as the code: ReferenceError)
    (["-p"], None, "undefined\n", 0),  # (exited 9: "-p requires an argument")
    (["--print"], "3+3", "6\n", 0),
    (["-p", "-"], "'a' + 1", "a1\n", 0),
    (["-p", "--", "f.js", "x"], None, "file [ 'x' ]\n", 0),
    (["-e", "1", "-p"], None, "1\n", 0),
    (["-e", "9", "--print"], None, "9\n", 0),
    (["-p", "-p", "1"], None, "1\n", 0),
    (["-p", "1", "-e", "2"], None, "2\n", 0),
    (["-pe", "3"], None, "3\n", 0),
    (["-p", "5", "f.js", "a"], None, "5\n", 0),
    (["--print=2+2"], None, "undefined\n", 0),
    (["--eval=console.log(7)"], None, "7\n", 0),
    (["--input-type=commonjs", "-p", "typeof require"], None, "function\n", 0),
    (["-p", "--input-type=module"], "1", "", 1),
    (["-e", "-p"], None, "", 9),
    (["--eval", "-1"], None, "", 9),
    (["-pe", "-1"], None, "", 9),
    (["-p", "-1"], None, "", 9),
    (["-pe"], None, "", 9),
    (["--eval="], None, "", 9),
    (["-e=4"], None, "", 9),
    (["-p=3"], None, "", 9),
    (["-r", "-x", "f.js"], None, "", 9),
]


@pytest.mark.parametrize("args,stdin,out,code", EVAL_PRINT_CASES, ids=[" ".join(c[0]) for c in EVAL_PRINT_CASES])
def test_eval_and_print_options(tmp_path: Path, args: list[str], stdin: str | None, out: str, code: int) -> None:
    write(tmp_path, "f.js", "console.log('file', process.argv.slice(2))")
    r = run(tmp_path, *args, stdin=stdin)
    assert (r.stdout, r.returncode) == (out, code)
    if code == 9:
        same_as_node(r, tmp_path, *args, stdin=stdin)
    elif NODE is not None:
        n = run_node(tmp_path, *args, stdin=stdin)
        assert (n.stdout, n.returncode) == (out, code)


def test_interactive_runs_the_eval_code_first(tmp_path: Path) -> None:
    # -i with -e/-p: node's REPL runs the code (printing its value for -p), then reads lines
    # (this ran the code and exited, never starting the REPL)
    for args, shown in [(["-i", "-e", "console.log(1)"], "1\n"), (["-i", "-p", "1+1"], "2\n"),
                        (["-e", "console.log(2)", "-i"], "2\n")]:
        r = run(tmp_path, *args, stdin="40+2\n")
        assert r.stdout.startswith("Welcome to ") and shown + "> 42\n" in r.stdout, args
        assert r.returncode == 0


def test_interactive_eval_code_that_throws_ends_the_program(tmp_path: Path) -> None:
    # as node: the -e code's exception is an uncaught one (its report on stderr, exit code 1),
    # not an "Uncaught Error" line of the REPL that then goes on reading
    for code, message in [("throw new Error('x')", "Error: x"), ("a b", "SyntaxError: Unexpected identifier 'b'")]:
        r = run(tmp_path, "-i", "-e", code, stdin="40+2\n")
        assert r.returncode == 1 and "42" not in r.stdout, code
        assert r.stderr.startswith(f"[eval]:1\n{code}\n") and message in r.stderr, code
        if NODE is not None:
            n = run_node(tmp_path, "-i", "-e", code, stdin="40+2\n")
            assert n.returncode == 1 and n.stderr.startswith(f"[eval]:1\n{code}\n") and message in n.stderr
