#!/usr/bin/env python3
"""Run the JS benchmark programs on pyjsvm and other engines and compare them.

    python benchmarks/run.py [names...] [--repeat N] [--json FILE] [--engines a,b] [--octane DIR]
                             [--baseline TREE] [--startup]

Every ``benchmarks/programs/*.js`` file is a program, and so is each Octane benchmark when an
Octane checkout is given (``--octane DIR`` or $OCTANE_DIR; see octane.py). Each program ends
with an expression whose value is a checksum; the checksum of every engine is compared with
node's (pyjsvm's when node is missing) and mismatches are flagged.

Engines: pyjsvm contextified (``vm.run_in_new_context(src)``, Node's default) and pyjsvm-nc
(``vm.run_in_new_context(src, vm.constants.DONT_CONTEXTIFY)``), the same two on another
checkout with --baseline (main, main-nc), js2py and quickjs (PyPI packages), node, and cpython
(a Python rendering of the program in ``benchmarks/python/NAME.py``, where there is one).

Timing: one worker subprocess per engine and program. The Python engines evaluate the program
--warmup times untimed (js2py: a trivial program, it is too slow to run everything twice), then
--repeat times timed, each in a fresh context; the median is reported. The timed runs of
pyjsvm find the script compiled by the warm-up (the run_in_* functions reuse it, as V8's
compilation cache does); --no-script-cache compiles it again on every run. node runs --repeat
fresh processes and is timed inside node (``new vm.Script(src).runInThisContext()``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROGRAMS = HERE / "programs"
MARK = "@@BENCH@@"
# pyjsvm-closures: pyjsvm contextified with its emitting tier forced off (PYJSVM_EMIT=0), the
# closure compiler alone; the other pyjsvm engines run with the PYJSVM_EMIT setting of the
# environment
ENGINES = ("pyjsvm", "pyjsvm-nc", "pyjsvm-closures", "js2py", "quickjs", "node", "cpython")
PYJSVM_ENGINES = ("pyjsvm", "pyjsvm-nc", "pyjsvm-closures")
BASELINE_ENGINES = {"main": "pyjsvm", "main-nc": "pyjsvm-nc"}  # --baseline TREE: the same runs on TREE
PYTHON_PROGRAMS = HERE / "python"

NODE_WRAPPER = r"""
const fs = require('fs'), vm = require('vm');
const file = process.argv[process.argv.length - 1];
const src = fs.readFileSync(file, 'utf8');
let out;
const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
let script = null;
const m = /^\/\/ checksum: (\w+)$/m.exec(src);
function report(r) {
  const t = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0), cpu = (c.user + c.system) / 1e6;
  const ty = r === null ? 'null' : typeof r;
  const v = (ty === 'string' || ty === 'boolean') ? r : String(r);
  out = { ok: true, time: t, cpu: cpu, type: ty, value: v };
  process.stdout.write('@@BENCH@@' + JSON.stringify(out) + '\n');
}
try {
  script = new vm.Script(src, { filename: file });
  const r = script.runInThisContext();
  if (m) setImmediate(() => report(globalThis[m[1]]));  // after the program's microtasks
  else report(r);
} catch (e) {
  const syntax = script === null && e instanceof SyntaxError;
  out = { ok: false, kind: syntax ? 'syntax' : 'error', message: String(e) };
  process.stdout.write('@@BENCH@@' + JSON.stringify(out) + '\n');
}
"""

# A program whose result is computed by promise jobs names the global holding its checksum in a
# line `// checksum: NAME`; engines read it after the jobs the program queued have run.
CHECKSUM_GLOBAL = re.compile(r"^// checksum: (\w+)$", re.MULTILINE)


# ---------------------------------------------------------------------------
# Result canonicalisation (shared by all engines so checksums compare as text)


def canon_number(x: float) -> str:
    """The checksum text of a JS number: integers without '.0', others by shortest repr."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == int(x) and abs(x) < 2.0**53:
        return str(int(x))
    return repr(x)


def canon_value(v: object, none: str = "undefined") -> str:
    """Checksum text of a value returned by a Python-hosted engine (``none``: what None means:
    js2py and quickjs give None for both null and undefined, pyjsvm for null only)."""
    if v is None:
        return none
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return canon_number(v)
    if isinstance(v, str):
        return json.dumps(v)
    name = type(v).__name__
    if name in ("Null", "JSNull", "NullType"):
        return "null"
    if name == "Undefined":
        return "undefined"
    return "<%s>" % name


def canon_node(out: dict) -> str:
    ty, v = out["type"], out["value"]
    if ty == "number":
        return canon_number(float(v))
    if ty == "string":
        return json.dumps(v)
    if ty == "boolean":
        return "true" if v else "false"
    if ty in ("undefined", "null"):
        return ty
    return "<%s>" % ty


# ---------------------------------------------------------------------------
# Worker side: runs in a subprocess, prints one MARK line of JSON


def _is_syntax_error(engine: str, src: str, exc: BaseException) -> bool:
    """Whether ``exc`` means the engine cannot parse ``src`` (a skip), not a run-time failure."""
    text = "%s: %s" % (type(exc).__name__, exc)
    if "SyntaxError" not in text[:300] and "Syntax" not in type(exc).__name__:
        return False
    # A SyntaxError may also be thrown at run time (JSON.parse, eval, RegExp): check that the
    # source itself does not parse where the engine lets us parse without running.
    try:
        if engine == "pyjsvm":
            import pyjsvm

            pyjsvm.Script(src)
        elif engine == "js2py":
            import pyjsparser

            pyjsparser.parse(src)
        elif engine == "quickjs":
            # A parse error's stack has only "at <input>:LINE"; run-time ones go through <eval>.
            return "<eval>" not in str(exc)
        else:
            return True
    except Exception:
        return True
    return False


def _evaluator(engine: str, src: str, checksum_global: str | None, tree: str | None):
    """A function evaluating ``src`` once on ``engine`` in a fresh context, returning its result."""
    if engine in PYJSVM_ENGINES:
        if engine == "pyjsvm-closures":
            os.environ["PYJSVM_EMIT"] = "0"
        sys.path.insert(0, tree or str(ROOT))
        import pyjsvm as vm

        plain = engine.endswith("-nc")
        # --no-script-cache: every run compiles its source again (the run_in_* functions reuse
        # a compiled script for the same source, like V8's compilation cache; older trees do not)
        scripts = None
        if os.environ.get("PYJSVM_BENCH_NO_SCRIPT_CACHE") == "1":
            try:
                scripts = getattr(importlib.import_module("pyjsvm.api.vm_core"), "SCRIPTS", None)
            except ImportError:  # (an older tree: nothing to empty)
                scripts = None

        def run_pyjsvm(text: str = src) -> object:
            ctx: Any
            if scripts is not None:
                scripts.clear()
            if plain:
                ctx = vm.create_context(vm.constants.DONT_CONTEXTIFY)
                result = vm.run_in_context(text, ctx)  # returns after the jobs it queued ran
                return ctx[checksum_global] if checksum_global else result
            if checksum_global:
                ctx = vm.create_context()
                vm.run_in_context(text, ctx)
                return ctx[checksum_global]
            return vm.run_in_new_context(text)

        return run_pyjsvm
    if engine == "js2py":
        import js2py

        def run_js2py(text: str = src) -> object:
            return js2py.eval_js(text)

        return run_js2py
    if engine == "quickjs":
        import quickjs

        def run_quickjs(text: str = src) -> object:
            qctx = quickjs.Context()
            result = qctx.eval(text)
            if checksum_global:
                while qctx.execute_pending_job():
                    pass
                result = qctx.get(checksum_global)
            return result

        return run_quickjs
    if engine == "cpython":
        code = compile(src, "<benchmark>", "exec")

        def run_cpython(text: str = src) -> object:
            ns: dict = {"__name__": "__benchmark__"}
            exec(code if text is src else compile(text, "<warmup>", "exec"), ns)
            return ns.get("checksum")

        return run_cpython
    raise SystemExit("unknown engine %r" % engine)


def _failure(engine: str, src: str, exc: BaseException) -> dict:
    if isinstance(exc, RecursionError):
        return {"ok": False, "kind": "error", "message": "Python RecursionError: %s" % exc}
    kind = "syntax" if engine != "cpython" and _is_syntax_error(engine.removesuffix("-nc"), src, exc) else "error"
    message = " | ".join(line.strip() for line in ("%s: %s" % (type(exc).__name__, exc)).splitlines() if line.strip())
    return {"ok": False, "kind": kind, "message": message[:500]}


def _say(out: dict) -> None:
    sys.stdout.write(MARK + json.dumps(out) + "\n")
    sys.stdout.flush()


def worker(engine: str, path: str, warmup: int = 1, tree: str | None = None) -> None:
    """Serve the timed runs of one program on one engine: ``warmup`` untimed runs, then one timed
    run, each in a fresh context, for every ``run`` line read from stdin (so the runner can
    interleave the engines' runs)."""
    src = Path(path).read_text(encoding="utf-8")
    found = CHECKSUM_GLOBAL.search(src)
    checksum_global = found.group(1) if found else None
    none = "null" if engine in PYJSVM_ENGINES else "undefined"
    try:
        run = _evaluator(engine, src, checksum_global, tree)
        for _ in range(warmup):
            run("0" if engine == "js2py" else src)
    except BaseException as exc:  # every engine failure is reported, never raised
        _say(_failure(engine, src, exc))
        return
    _say({"ok": True, "ready": True})
    for line in sys.stdin:
        if line.strip() != "run":
            break
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            result = run()
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
            _say({"ok": True, "time": elapsed, "cpu": cpu, "result": canon_value(result, none)})
        except BaseException as exc:
            _say(_failure(engine, src, exc))
            return


# ---------------------------------------------------------------------------
# Runner side


def _pythonpath(tree: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(tree) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def engine_available(engine: str, tree: Path) -> tuple[bool, str]:
    """(available, note) for an engine, checked in a subprocess so a broken engine can't hurt us."""
    if engine == "node":
        node = shutil.which("node")
        if not node:
            return False, "node not on PATH"
        ver = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
        return True, "node " + ver
    if engine == "cpython":
        return True, "cpython " + platform.python_version()
    kind = BASELINE_ENGINES.get(engine, engine)
    probe = {
        "pyjsvm": "import pyjsvm; pyjsvm.run_in_new_context; print('pyjsvm')",
        "pyjsvm-nc": "import pyjsvm; pyjsvm.constants.DONT_CONTEXTIFY; print('pyjsvm DONT_CONTEXTIFY')",
        "pyjsvm-closures": "import pyjsvm; print('pyjsvm, closure compiler only')",
        "js2py": "import js2py, importlib.metadata as m; print('js2py ' + m.version('js2py'))",
        "quickjs": "import quickjs, importlib.metadata as m; print('quickjs ' + m.version('quickjs'))",
    }[kind]
    try:
        p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=_pythonpath(tree),
                           timeout=120, cwd=str(tree))
    except subprocess.TimeoutExpired:
        return False, "%s: import timed out" % engine
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["?"])[-1]
        return False, "%s not available (%s)" % (engine, last)
    note = p.stdout.strip()
    if engine in BASELINE_ENGINES:
        note = "%s = %s at %s" % (engine, note, tree)
    return True, note


def _parse_marked(stdout: str) -> dict | None:
    for line in reversed(stdout.splitlines()):
        if line.startswith(MARK):
            return json.loads(line[len(MARK):])
    return None


class Options:
    """What every run needs from the command line."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.repeat: int = args.repeat
        self.warmup: int = args.warmup
        self.timeout: float = args.timeout
        self.budget: float = args.budget
        self.baseline: Path | None = Path(args.baseline).resolve() if args.baseline else None
        self.clock: str = "cpu" if args.cpu else "time"
        self.processes: int = max(1, args.processes)


def python_program(path: Path) -> Path | None:
    """The CPython rendering of a program, if there is one."""
    p = PYTHON_PROGRAMS / (path.stem + ".py")
    return p if p.is_file() else None


class Worker:
    """A worker subprocess serving the runs of one program on one Python engine."""

    def __init__(self, engine: str, path: Path, opts: Options, seed: int | None = None) -> None:
        kind = BASELINE_ENGINES.get(engine, engine)
        tree = opts.baseline if engine in BASELINE_ENGINES else ROOT
        assert tree is not None
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, str(path),
               "--warmup", str(opts.warmup), "--tree", str(tree)]
        env = _pythonpath(tree)
        if seed is not None:
            env["PYTHONHASHSEED"] = str(seed)
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=env)
        self.timeout = opts.timeout

    def read(self, timeout: float) -> dict:
        """The worker's next report (a failure when it dies or takes longer than ``timeout``)."""
        import selectors

        assert self.proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(left):
                self.close()
                return {"ok": False, "kind": "timeout", "message": "no result after %gs" % timeout}
            line = self.proc.stdout.readline()
            if not line:
                self.proc.wait()
                tail = (self.proc.stderr.read().strip().splitlines() if self.proc.stderr else []) or [
                    "exit code %s" % self.proc.returncode]
                return {"ok": False, "kind": "crash", "message": "exit %s: %s" % (self.proc.returncode, tail[-1][:300])}
            if line.startswith(MARK):
                return json.loads(line[len(MARK):])

    def run(self) -> dict:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write("run\n")
            self.proc.stdin.flush()
        except OSError:
            return {"ok": False, "kind": "crash", "message": "worker gone"}
        return self.read(self.timeout)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if f:
                f.close()


def run_node(path: Path, timeout: float) -> dict:
    """One timed run of one program on node, in a fresh process."""
    cmd = [shutil.which("node") or "node", "--stack-size=4000", "-e", NODE_WRAPPER, str(path)]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"ok": False, "kind": "timeout", "message": "no result after %gs" % timeout}
    out = _parse_marked(p.stdout)
    if out is None:
        tail = (p.stderr.strip().splitlines() or ["exit code %d" % p.returncode])[-1]
        return {"ok": False, "kind": "crash", "message": "exit %d: %s" % (p.returncode, tail[:300])}
    if out.get("ok"):
        out["result"] = canon_node(out)
    return out


def bench_program(path: Path, engines: list[str], opts: Options) -> dict[str, dict]:
    """Every engine's median time on one program. The engines' timed runs are interleaved (round
    after round, one run each), so a change in the machine's load hits them alike; the Python
    engines warm up first, one after another, in their own worker processes. With
    ``--processes N`` each Python engine has N workers, with string hash seeds 1..N (the same
    for every engine), and its runs go round them: one process's dict layouts can make a
    program 20% faster or slower than another's (measured on classes), which a median over
    several processes evens out."""
    workers: dict[str, list[Worker]] = {}
    row: dict[str, dict] = {}
    times: dict[str, list[float]] = {e: [] for e in engines}
    results: dict[str, str] = {}
    spent = dict.fromkeys(engines, 0.0)
    try:
        for e in engines:
            if e == "node":
                continue
            if e == "cpython" and python_program(path) is None:
                row[e] = {"ok": False, "kind": "none", "message": "no Python rendering"}
                continue
            seeds: list[int | None] = list(range(1, opts.processes + 1)) if opts.processes > 1 else [None]
            for seed in seeds:
                w = Worker(e, python_program(path) if e == "cpython" else path, opts, seed)  # type: ignore[arg-type]
                ready = w.read(opts.timeout * (opts.warmup + 1))
                if ready.get("ok"):
                    workers.setdefault(e, []).append(w)
                else:
                    row[e] = ready
                    w.close()
                    break
        for i in range(opts.repeat):
            for e in engines:
                if e in row or (times[e] and spent[e] > opts.budget):
                    continue
                out = run_node(path, opts.timeout) if e == "node" else workers[e][i % len(workers[e])].run()
                if not out.get("ok"):
                    row[e] = out
                    continue
                times[e].append(out[opts.clock])
                spent[e] += out["time"]
                results[e] = out["result"]
    finally:
        for ws in workers.values():
            for w in ws:
                w.close()
    for e in engines:
        if e not in row:
            row[e] = {"ok": True, "time": statistics.median(times[e]), "times": times[e], "result": results[e]}
        print("  %-13s %-9s %s" % (path.stem, e, fmt_time(row[e])), file=sys.stderr, flush=True)
    return row


def profile_pyjsvm(path: Path, top: int = 25) -> None:
    """Run one program on pyjsvm under cProfile (in this process) and print the hottest functions."""
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    import pyjsvm as vm

    src = path.read_text(encoding="utf-8")
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    try:
        result = canon_value(vm.run_in_new_context(src), "null")
    except Exception as exc:  # report and go on with the profile of what ran
        result = "%s: %s" % (type(exc).__name__, exc)
    prof.disable()
    print("== %s: %s (%.2fs under cProfile)" % (path.stem, result, time.perf_counter() - t0))
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(top)


# ---------------------------------------------------------------------------
# Start-up and context creation (--startup)

CREATE_PY = r"""
import sys, time, statistics
sys.path.insert(0, sys.argv[1])
t0 = time.perf_counter()
import pyjsvm as vm
t_import = time.perf_counter() - t0
n = int(sys.argv[2])
def per_call(fn):
    for _ in range(n // 10): fn()
    ts = []
    for _ in range(n):
        t0 = time.perf_counter(); fn(); ts.append(time.perf_counter() - t0)
    return statistics.median(ts)
print("@@BENCH@@%f %f %f %f" % (per_call(vm.create_context), per_call(lambda: vm.create_context(vm.constants.DONT_CONTEXTIFY)),
                               per_call(lambda: vm.run_in_new_context("0")), t_import))
"""

CREATE_NODE = r"""
const vm = require('vm'), n = +process.argv[process.argv.length - 1];
function perCall(fn) {
  for (let i = 0; i < n / 10; i++) fn();
  const ts = [];
  for (let i = 0; i < n; i++) { const t0 = process.hrtime.bigint(); fn(); ts.push(Number(process.hrtime.bigint() - t0) / 1e9); }
  ts.sort((a, b) => a - b);
  return ts[ts.length >> 1];
}
console.log('@@BENCH@@' + [perCall(() => vm.createContext()), perCall(() => vm.createContext(vm.constants.DONT_CONTEXTIFY)),
  perCall(() => vm.runInNewContext('0'))].join(' '));
"""


def _wall(cmd: list[str], env: dict[str, str] | None, repeat: int) -> float:
    """Median wall time of ``cmd`` (after one untimed run, which also writes bytecode caches)."""
    subprocess.run(cmd, capture_output=True, env=env)
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env)
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts)


def startup_table(opts: Options, with_node: bool) -> list[str]:
    """Process start-up and context creation, pyjsvm (and the baseline) against node."""
    trees = [("pyjsvm", ROOT)] + ([("main", opts.baseline)] if opts.baseline else [])
    n = max(5, opts.repeat * 3)
    rows: list[tuple[str, list[Any]]] = []
    node = shutil.which("node") if with_node else None
    node_cells: list[Any] = [None] * 6
    if node:
        out = subprocess.run([node, "-e", CREATE_NODE, "x", "200"], capture_output=True, text=True).stdout
        parsed = [float(x) for x in out.split(MARK, 1)[1].split()] if MARK in out else [math.nan] * 3
        node_cells = [_wall([node, "-e", "0"], None, n), None, *parsed, None]
    for label, tree in trees:
        assert tree is not None
        env = _pythonpath(tree)
        cli = _wall([sys.executable, "-m", "pyjsvm.host.cli", "-e", "0"], env, n)
        api = _wall([sys.executable, "-c", "import pyjsvm; pyjsvm.run_in_new_context('0')"], env, n)
        out = subprocess.run([sys.executable, "-c", CREATE_PY, str(tree), "200"], capture_output=True, text=True,
                             env=env).stdout
        cells: list[Any] = [float(x) for x in (out.split(MARK, 1)[1].split() if MARK in out else [])] or [None] * 4
        rows.append((label, [cli, api] + cells))
    header = ["", "`-e 0` (s)", "import+run '0' (s)", "create_context (ms)", "DONT_CONTEXTIFY (ms)",
              "run_in_new_context('0') (ms)", "import pyjsvm (ms)"]
    lines = ["start-up: wall time of a fresh process, median of %d (after one untimed run); context creation:"
             " median per call of 200 in one process; the import, once in that process" % n]
    table = []
    for label, cells in rows + ([("node", node_cells)] if node else []):
        line = [label]
        for i, c in enumerate(cells):
            line.append("-" if c is None else ("%.3f" % c if i < 2 else "%.3f" % (c * 1000)))
        table.append(line)
    if node:
        for label, cells in rows:
            line = [label + "/node"]
            for i, c in enumerate(cells):
                nc = node_cells[i]
                line.append(fmt_ratio(c / nc) if c and nc else "-")
            table.append(line)
    lines += format_table(header, table)
    return lines


# ---------------------------------------------------------------------------
# The table


def fmt_time(r: dict | None) -> str:
    if r is None:
        return "-"
    if not r.get("ok"):
        return {"syntax": "skip", "timeout": "timeout", "none": "-"}.get(r.get("kind", ""), "fail")
    t = r["time"]
    text = "%.4f" % t if t < 0.1 else "%.3f" % t if t < 10 else "%.1f" % t
    if r.get("mismatch"):
        text += " !"
    return text


def ratio(a: dict | None, b: dict | None) -> float | None:
    if a and b and a.get("ok") and b.get("ok") and b["time"] > 0:
        return a["time"] / b["time"]
    return None


def fmt_ratio(x: float | None) -> str:
    if x is None:
        return "-"
    return "%.2f" % x if x < 10 else "%.0f" % x


def geomean(xs: list[float]) -> float | None:
    xs = [x for x in xs if x and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def format_table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    out = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))),
           "  ".join("-" * w for w in widths)]
    for r in rows:
        out.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    return out


# (column title, numerator engine, denominator engine): shown when both engines ran.
RATIOS = (
    ("ctx/nc", "pyjsvm", "pyjsvm-nc"),
    ("closures/pyjsvm", "pyjsvm-closures", "pyjsvm"),
    ("main/pyjsvm", "main", "pyjsvm"),
    ("main-nc/nc", "main-nc", "pyjsvm-nc"),
    ("js2py/pyjsvm", "js2py", "pyjsvm"),
    ("pyjsvm/quickjs", "pyjsvm", "quickjs"),
    ("pyjsvm/node", "pyjsvm", "node"),
    ("pyjsvm/cpython", "pyjsvm", "cpython"),
)


def results_table(results: dict[str, dict[str, dict]], engines: list[str], octane_names: set[str]) -> list[str]:
    ratios = [r for r in RATIOS if r[1] in engines and r[2] in engines]
    header = ["program"] + engines + [r[0] for r in ratios] + ["check"]
    rows = []
    groups: dict[str, list[list[float | None]]] = {"ours": [], "octane": []}
    for name, row in results.items():
        xs = [ratio(row.get(a), row.get(b)) for _, a, b in ratios]
        groups["octane" if name in octane_names else "ours"].append(xs)
        bad = [e for e in engines if row[e].get("mismatch")]
        failed = [e for e in engines if not row[e].get("ok") and row[e].get("kind") != "none"]
        check = "MISMATCH " + ",".join(bad) if bad else "ok" if not failed else "ok*"
        rows.append([name] + [fmt_time(row.get(e)) for e in engines] + [fmt_ratio(x) for x in xs] + [check])
    if ratios:
        everything = groups["ours"] + groups["octane"]
        for label, xs_rows in (("geomean ours", groups["ours"]), ("geomean octane", groups["octane"]),
                               ("geomean all", everything)):
            if len(xs_rows) < 2 or (label == "geomean all" and not (groups["ours"] and groups["octane"])):
                continue
            cols = [geomean([x for x in (r[i] for r in xs_rows) if x]) for i in range(len(ratios))]
            rows.append([label] + [""] * len(engines) + [fmt_ratio(c) for c in cols] + [""])
    return format_table(header, rows)


def machine_note() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    note = "%s, %d cores, %s %s, Python %s" % (
        cpu, os.cpu_count() or 0, platform.system(), platform.release(), platform.python_version())
    if hasattr(os, "getloadavg"):
        note += ", load average %.1f" % os.getloadavg()[0]
    return note


def main(argv: list[str] | None = None) -> int:
    from octane import LONG, SUITES, octane_dir, write_programs

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="programs to run (file stems, Octane names); default: all")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per engine and program; the median is kept (3)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed runs before them in the same process (1)")
    ap.add_argument("--processes", type=int, default=1,
                    help="worker processes per Python engine and program, with hash seeds 1..N, that the timed "
                         "runs go round (1: one process, a random seed); use --repeat a multiple of it")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")
    ap.add_argument("--engines", default="pyjsvm,pyjsvm-nc,%sjs2py,quickjs,node,cpython"
                    % ("pyjsvm-closures," if os.environ.get("PYJSVM_EMIT", "0") != "0" else ""),
                    help="comma-separated subset of " + ", ".join(ENGINES + tuple(BASELINE_ENGINES)))
    ap.add_argument("--baseline", metavar="TREE",
                    help="another pyjsvm checkout (e.g. /work/main) run side by side as engines main and main-nc")
    ap.add_argument("--octane", metavar="DIR", help="Octane checkout (default $OCTANE_DIR); see octane.py")
    ap.add_argument("--octane-scale", type=float, default=1.0, help="multiply Octane's iteration counts (1)")
    ap.add_argument("--no-octane", action="store_true", help="only the programs in programs/")
    ap.add_argument("--only-octane", action="store_true", help="only the Octane benchmarks")
    ap.add_argument("--startup", action="store_true",
                    help="also time process start-up and create_context() against node's")
    ap.add_argument("--startup-only", action="store_true", help="only that table, no programs")
    ap.add_argument("--no-script-cache", action="store_true",
                    help="pyjsvm compiles the source again on every run (no reuse of the compiled script)")
    ap.add_argument("--cpu", action="store_true",
                    help="time by the process's CPU time (user + system) instead of wall time: steadier on a loaded"
                         " machine, blind to time spent waiting")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per single run before giving up (300)")
    ap.add_argument("--budget", type=float, default=60.0,
                    help="stop repeating a program on an engine once this many seconds were spent (60)")
    ap.add_argument("--profile", action="store_true",
                    help="instead of timing, run each program once on pyjsvm under cProfile and print the top functions")
    ap.add_argument("--worker", nargs=2, metavar=("ENGINE", "FILE"), help=argparse.SUPPRESS)
    ap.add_argument("--tree", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        worker(args.worker[0], args.worker[1], args.warmup, args.tree)
        return 0
    if args.no_script_cache:
        os.environ["PYJSVM_BENCH_NO_SCRIPT_CACHE"] = "1"  # (the workers inherit it)
    opts = Options(args)
    if args.startup_only:
        print("\n".join(startup_table(opts, "node" in args.engines.split(","))))
        return 0

    requested = [e.strip() for e in args.engines.split(",") if e.strip()]
    if opts.baseline:
        requested += [e for e in BASELINE_ENGINES if BASELINE_ENGINES[e] in requested and e not in requested]
    order = ENGINES[:3] + tuple(BASELINE_ENGINES) + ENGINES[3:]
    for e in requested:
        if e not in order:
            ap.error("unknown engine %r" % e)
        if e in BASELINE_ENGINES and not opts.baseline:
            ap.error("engine %r needs --baseline TREE" % e)
    requested = [e for e in order if e in requested]

    tmp = tempfile.TemporaryDirectory()
    programs = [] if args.only_octane else sorted(PROGRAMS.glob("*.js"))
    notes: list[str] = []
    octane_names: set[str] = set()
    if not args.no_octane:
        root = octane_dir(args.octane)
        if root is None:
            notes.append("Octane skipped: no checkout (--octane DIR or OCTANE_DIR; python benchmarks/octane.py fetch DIR)")
        else:
            wanted_octane = [n for n in SUITES if n in args.names] if args.names else [n for n in SUITES if n not in LONG]
            programs += write_programs(root, Path(tmp.name), wanted_octane, args.octane_scale)
            octane_names = set(wanted_octane)
    if args.names:
        wanted = {Path(n).stem for n in args.names}
        unknown = wanted - {p.stem for p in programs}
        if unknown:
            ap.error("unknown program(s): %s (have: %s)" % (", ".join(sorted(unknown)),
                                                           ", ".join(p.stem for p in programs)))
        programs = [p for p in programs if p.stem in wanted]

    if args.profile:
        for prog in programs:
            profile_pyjsvm(prog)
        return 0

    engines: list[str] = []
    versions: dict[str, str] = {}
    for e in requested:
        ok, note = engine_available(e, opts.baseline if e in BASELINE_ENGINES and opts.baseline else ROOT)
        if ok:
            engines.append(e)
            versions[e] = note
        else:
            notes.append("skipped engine %s" % note)

    machine_before = machine_note()
    results: dict[str, dict[str, dict]] = {}
    for prog in programs:
        row = bench_program(prog, engines, opts)
        ref_engine = next((e for e in ("node", "pyjsvm", "pyjsvm-nc") if row.get(e, {}).get("ok")), None)
        if ref_engine is None:
            ref_engine = next((e for e in engines if row[e].get("ok")), None)
        ref = row[ref_engine]["result"] if ref_engine else None
        for e, r in row.items():
            if not r.get("ok"):
                if r.get("kind") == "none":
                    continue
                kind = r.get("kind")
                label = "skipped (syntax)" if kind == "syntax" else kind
                notes.append("%s on %s: %s: %s" % (prog.stem, e, label, r.get("message", "")))
            elif ref is not None and r["result"] != ref:
                r["mismatch"] = True
                notes.append("%s on %s: checksum %s != %s's %s" % (prog.stem, e, r["result"], ref_engine, ref))
            if r.get("ok") and len(r.get("times", ())) < args.repeat:
                notes.append("%s on %s: only %d run(s) (budget %gs)" % (prog.stem, e, len(r["times"]), args.budget))
        results[prog.stem] = row
    tmp.cleanup()

    procs = ("one process" if opts.processes == 1 else
             "%d processes (hash seeds 1-%d, runs going round them)" % (opts.processes, opts.processes))
    print("%s seconds, median of %d runs (interleaved across engines) after %d warm-up run(s), in %s per engine"
          " and program (node: a fresh process per run, timed inside node); parse + run of the source"
          % ("CPU" if args.cpu else "wall", args.repeat, args.warmup, procs))
    print("\n".join(results_table(results, engines, octane_names)))
    print()
    startup: list[str] = []
    if args.startup:
        startup = startup_table(opts, "node" in engines)
        print("\n".join(startup))
        print()
    print("machine: " + machine_before + " (before), %.1f (after)" % (os.getloadavg()[0] if hasattr(os, "getloadavg") else 0))
    print("engines: " + ", ".join(versions[e] for e in engines))
    if notes:
        print("notes:")
        for n in notes:
            print("  - " + n)

    if args.json:
        doc = {
            "machine": machine_before,
            "engines": versions,
            "repeat": args.repeat,
            "warmup": args.warmup,
            "results": results,
            "startup": startup,
            "notes": notes,
        }
        Path(args.json).write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    # Non-zero only when pyjsvm disagrees with the reference: other engines' bugs are just noted.
    return 1 if any(row.get(e, {}).get("mismatch") for row in results.values() for e in PYJSVM_ENGINES) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
