"""The command's compile cache (PYJSVM_COMPILE_CACHE, --compile-cache, --no-compile-cache)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROGRAM = "const lib = require('./lib.js'); console.log(lib.twice(21), lib.calls());\n"
LIB = "let n = 0; exports.twice = function (x) { n++; return 2 * x; }; exports.calls = () => n;\n"


def run(args: list[str], cwd: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("PYJSVM_DISABLE_COMPILE_CACHE", None)
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "pyjsvm.host.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120, stdin=subprocess.DEVNULL)


def make_app(tmp_path: Path) -> Path:
    app = tmp_path / "app"
    app.mkdir()
    (app / "main.js").write_text(PROGRAM)
    (app / "lib.js").write_text(LIB)
    return app


def entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.glob("*.pjc")) if cache.exists() else []


def host_entries(tmp_path: Path) -> int:
    """How many entries the host's own modules written in JS (console's) make in a cache."""
    app = tmp_path / "empty-app"
    app.mkdir()
    (app / "main.js").write_text("console.log(1);\n")
    cache = tmp_path / "empty-cache"
    assert run(["main.js"], app, {"PYJSVM_COMPILE_CACHE": str(cache)}).stdout == "1\n"
    return len(entries(cache)) - 1


def test_env_var_cache_is_written_then_used(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    cache = tmp_path / "cache"
    env = {"PYJSVM_COMPILE_CACHE": str(cache)}
    first = run(["main.js"], app, env)
    assert (first.stdout, first.returncode) == ("42 1\n", 0)
    files = entries(cache)
    assert len(files) == 2 + host_entries(tmp_path)  # main.js and lib.js, and the host's
    stamps = {p: p.stat().st_mtime_ns for p in files}
    second = run(["main.js"], app, env)
    assert (second.stdout, second.returncode) == ("42 1\n", 0)
    assert {p: p.stat().st_mtime_ns for p in entries(cache)} == stamps  # hits: nothing rewritten
    assert not list(cache.glob(".tmp-*"))


def test_flag_and_disabling(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    cache = tmp_path / "flag-cache"
    r = run([f"--compile-cache={cache}", "main.js"], app, {"PYJSVM_COMPILE_CACHE": "off"})
    assert r.stdout == "42 1\n" and len(entries(cache)) == 2 + host_entries(tmp_path)
    other = tmp_path / "unused"
    r = run(["--no-compile-cache", "main.js"], app, {"PYJSVM_COMPILE_CACHE": str(other)})
    assert r.stdout == "42 1\n" and not other.exists()
    r = run(["main.js"], app, {"PYJSVM_COMPILE_CACHE": str(other), "PYJSVM_DISABLE_COMPILE_CACHE": "1"})
    assert r.stdout == "42 1\n" and not other.exists()


def test_corrupted_or_stale_entries_are_ignored_and_rewritten(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    cache = tmp_path / "cache"
    env = {"PYJSVM_COMPILE_CACHE": str(cache)}
    run(["main.js"], app, env)
    files = entries(cache)
    good = {p: p.read_bytes() for p in files}
    for i, p in enumerate(files):
        data = bytearray(good[p])
        if i == 0:
            data[len(data) // 2] ^= 0x40      # corrupted
            p.write_bytes(bytes(data))
        else:
            p.write_bytes(bytes(data[:50]))   # truncated
    r = run(["main.js"], app, env)
    assert (r.stdout, r.stderr, r.returncode) == ("42 1\n", "", 0)
    for p in files:  # rewritten, valid again
        assert len(p.read_bytes()) > 100
    r = run(["main.js"], app, env)
    assert r.stdout == "42 1\n"


def test_changed_source_gets_its_own_entry(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    cache = tmp_path / "cache"
    env = {"PYJSVM_COMPILE_CACHE": str(cache)}
    run(["main.js"], app, env)
    (app / "lib.js").write_text(LIB.replace("2 * x", "3 * x"))
    r = run(["main.js"], app, env)
    assert r.stdout == "63 1\n"
    assert len(entries(cache)) == 3 + host_entries(tmp_path)


def test_unwritable_cache_directory_is_harmless(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    r = run(["main.js"], app, {"PYJSVM_COMPILE_CACHE": str(blocker / "sub")})
    assert (r.stdout, r.stderr, r.returncode) == ("42 1\n", "", 0)


def test_syntax_errors_still_reported(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    (app / "lib.js").write_text("exports.x = ;\n")
    r = run(["main.js"], app, {"PYJSVM_COMPILE_CACHE": str(tmp_path / "cache")})
    assert r.returncode == 1 and "SyntaxError" in r.stderr and "Traceback" not in r.stderr


def test_es_modules_are_cached_too(tmp_path: Path) -> None:
    app = tmp_path / "esm"
    app.mkdir()
    (app / "main.mjs").write_text("import { twice } from './lib.mjs';\nconsole.log(twice(21));\n")
    (app / "lib.mjs").write_text("export function twice(x) { return 2 * x; }\n")
    cache = tmp_path / "cache"
    env = {"PYJSVM_COMPILE_CACHE": str(cache)}
    r = run(["main.mjs"], app, env)
    assert (r.stdout, r.returncode) == ("42\n", 0)
    assert len(entries(cache)) == 2
    stamps = {p: p.stat().st_mtime_ns for p in entries(cache)}
    r = run(["main.mjs"], app, env)
    assert r.stdout == "42\n"
    assert {p: p.stat().st_mtime_ns for p in entries(cache)} == stamps


def test_permission_model_writes_no_cache_unless_asked(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    cache = tmp_path / "cache"
    env = {"PYJSVM_COMPILE_CACHE": str(cache)}
    r = run(["--permission", "--allow-fs-read=*", "main.js"], app, env)
    assert r.stdout == "42 1\n" and not cache.exists()
    r = run(["--permission", "--allow-fs-read=*", f"--compile-cache={cache}", "main.js"], app, {})
    assert r.stdout == "42 1\n" and len(entries(cache)) == 2 + host_entries(tmp_path)


def test_host_modules_written_in_js_are_cached(tmp_path: Path) -> None:
    """``require('util')`` and ``require('stream')`` compile the host's modules written in JS
    (host/jsutil.load_js) through the cache: a second run parses none of them again."""
    app = tmp_path / "app"
    app.mkdir()
    (app / "main.js").write_text("const util = require('util'), { Readable } = require('stream');\n"
                                 "console.log(util.format('%s:%d', 'x', 5), typeof Readable.from);\n")
    cache = tmp_path / "cache"
    env = {"PYJSVM_COMPILE_CACHE": str(cache)}
    first = run(["main.js"], app, env)
    assert (first.stdout, first.stderr, first.returncode) == ("x:5 function\n", "", 0)
    files = entries(cache)
    assert len(files) > 2 + host_entries(tmp_path)  # the program, util's and stream's modules
    stamps = {p: p.stat().st_mtime_ns for p in files}
    probe = ("import runpy, sys\n"
             "import esprima.parser\n"
             "parsed = []\n"
             "orig = esprima.parser.Parser.__init__\n"
             "def counting(self, code, *a, **k):\n"
             "    parsed.append(len(code))\n"
             "    return orig(self, code, *a, **k)\n"
             "esprima.parser.Parser.__init__ = counting\n"
             "sys.argv = ['pyjsvm', 'main.js']\n"
             "try:\n"
             "    runpy.run_module('pyjsvm.host.cli', run_name='__main__')\n"
             "finally:\n"
             "    print('parsed', parsed)\n")
    environ = dict(os.environ)
    environ.pop("PYJSVM_DISABLE_COMPILE_CACHE", None)
    environ.update(env)
    second = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=app, env=environ,
                            timeout=120, stdin=subprocess.DEVNULL)
    assert second.stdout == "x:5 function\nparsed []\n", second.stderr
    assert {p: p.stat().st_mtime_ns for p in entries(cache)} == stamps


COMPILE_PROBE = ("import runpy, sys\n"
                 "import pyjsvm.compiler.emit as E\n"
                 "compiled = []\n"
                 "orig = E.python_compile\n"
                 "def counting(src, filename, mode):\n"
                 "    compiled.append(filename)\n"
                 "    return orig(src, filename, mode)\n"
                 "E.python_compile = counting\n"
                 "sys.argv = ['pyjsvm', 'main.js']\n"
                 "try:\n"
                 "    runpy.run_module('pyjsvm.host.cli', run_name='__main__')\n"
                 "finally:\n"
                 "    print('compiled', len(compiled))\n")


def run_counting_compiles(app: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ)
    environ.pop("PYJSVM_DISABLE_COMPILE_CACHE", None)
    environ.update(env_extra)
    return subprocess.run([sys.executable, "-c", COMPILE_PROBE], capture_output=True, text=True, cwd=app, env=environ,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_emitted_code_is_cached(tmp_path: Path) -> None:
    """The Python code compiled for emitted function bodies (compiler/emit.build) is kept in the
    cache's ``emitted`` folder: a second run compiles none of it; an entry that is not such code
    (truncated, garbage) is compiled again and rewritten."""
    app = make_app(tmp_path)
    (app / "main.js").write_text("const lib = require('./lib.js'); let s = 0;\n"
                                 "for (let i = 0; i < 50; i++) s += lib.twice(i); console.log(s, lib.calls());\n")
    cache = tmp_path / "cache"
    env = {"PYJSVM_COMPILE_CACHE": str(cache)}
    first = run_counting_compiles(app, env)
    assert first.stdout.splitlines()[0] == "2450 50", first.stderr
    made = int(first.stdout.split()[-1])
    stored = sorted((cache / "emitted").glob("*.pyc"))
    assert made > 0 and len(stored) == made
    second = run_counting_compiles(app, env)
    assert second.stdout == "2450 50\ncompiled 0\n", second.stderr
    stored[0].write_bytes(stored[0].read_bytes()[:20])
    if len(stored) > 1:
        stored[1].write_bytes(b"not marshal data at all")
    third = run_counting_compiles(app, env)
    assert third.stdout == f"2450 50\ncompiled {min(len(stored), 2)}\n", third.stderr
    assert run_counting_compiles(app, env).stdout == "2450 50\ncompiled 0\n"
    off = run_counting_compiles(app, {"PYJSVM_COMPILE_CACHE": "off"})
    assert off.stdout == f"2450 50\ncompiled {made}\n"


def test_eval_code_uses_the_cache_too(tmp_path: Path) -> None:
    """``-e`` code's modules (a required file, the host's util) and emitted bodies go through the
    cache as a file's do; ``--no-compile-cache`` writes nothing."""
    app = make_app(tmp_path)
    cache = tmp_path / "cache"
    code = "const lib = require('./lib.js'); require('util'); let s = 0; for (let i = 0; i < 50; i++) s += lib.twice(i); console.log(s)"
    r = run(["-e", code], app, {"PYJSVM_COMPILE_CACHE": str(cache)})
    assert (r.stdout, r.returncode) == ("2450\n", 0), r.stderr
    files = entries(cache)
    assert len(files) >= 2 and list((cache / "emitted").glob("*.pyc"))  # lib.js, util's module
    stamps = {p: p.stat().st_mtime_ns for p in files}
    r = run(["-e", code], app, {"PYJSVM_COMPILE_CACHE": str(cache)})
    assert r.stdout == "2450\n" and {p: p.stat().st_mtime_ns for p in entries(cache)} == stamps
    other = tmp_path / "unused"
    r = run(["--no-compile-cache", "-e", code], app, {"PYJSVM_COMPILE_CACHE": str(other)})
    assert r.stdout == "2450\n" and not other.exists()
