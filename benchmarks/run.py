#!/usr/bin/env python3
"""Run the JS benchmark programs on pyjsvm and other engines and compare them.

    python benchmarks/run.py [names...] [--repeat N] [--json FILE] [--engines a,b] [--timeout S]

Every ``benchmarks/programs/*.js`` file is a program (or only the NAMES given). Each program
ends with an expression whose value is a checksum; the checksum of every engine is compared
with node's (pyjsvm's when node is missing) and mismatches are flagged.

Engines: pyjsvm (this repository), js2py and quickjs (PyPI packages, in-process in a worker
subprocess), node (subprocess). An engine that is not installed is skipped with a note.

Timing: every run is a fresh subprocess. For the Python engines the worker imports the
engine and creates a fresh context untimed, then times the evaluation of the source
(parse + compile + run, as a user of ``vm.run_in_context(src, ctx)`` sees it). node is timed
the same way inside node (``new vm.Script(src).runInThisContext()``); with --node-wall, by the
wall time of the subprocess minus node's startup time (the same wrapper running an empty
program), never less than the in-node time. The best of N runs (default 3) is reported.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROGRAMS = HERE / "programs"
MARK = "@@BENCH@@"
# pyjsvm-closures: pyjsvm with its emitting tier forced off (PYJSVM_EMIT=0), the closure compiler
# alone; pyjsvm runs with the PYJSVM_EMIT setting of the environment
ENGINES = ("pyjsvm", "pyjsvm-closures", "js2py", "quickjs", "node")

NODE_WRAPPER = r"""
const fs = require('fs'), vm = require('vm');
const file = process.argv[process.argv.length - 1];
const src = fs.readFileSync(file, 'utf8');
let out;
const t0 = process.hrtime.bigint();
let script = null;
const m = /^\/\/ checksum: (\w+)$/m.exec(src);
function report(r) {
  const t = Number(process.hrtime.bigint() - t0) / 1e9;
  const ty = r === null ? 'null' : typeof r;
  const v = (ty === 'string' || ty === 'boolean') ? r : String(r);
  out = { ok: true, time: t, type: ty, value: v };
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


def worker(engine: str, path: str) -> None:
    src = Path(path).read_text(encoding="utf-8")
    found = CHECKSUM_GLOBAL.search(src)
    checksum_global = found.group(1) if found else None
    out: dict
    try:
        if engine in ("pyjsvm", "pyjsvm-closures"):
            if engine == "pyjsvm-closures":
                os.environ["PYJSVM_EMIT"] = "0"
            sys.path.insert(0, str(ROOT))
            import pyjsvm as vm

            t0 = time.perf_counter()
            ctx = vm.create_context()
            setup = time.perf_counter() - t0
            t0 = time.perf_counter()
            result = vm.run_in_context(src, ctx)  # returns after the jobs it queued ran
            if checksum_global:
                result = ctx[checksum_global]
            elapsed = time.perf_counter() - t0
        elif engine == "js2py":
            import js2py

            setup = 0.0
            t0 = time.perf_counter()
            result = js2py.eval_js(src)
            elapsed = time.perf_counter() - t0
        elif engine == "quickjs":
            import quickjs

            t0 = time.perf_counter()
            qctx = quickjs.Context()
            setup = time.perf_counter() - t0
            t0 = time.perf_counter()
            result = qctx.eval(src)
            if checksum_global:
                while qctx.execute_pending_job():
                    pass
                result = qctx.get(checksum_global)
            elapsed = time.perf_counter() - t0
        else:
            raise SystemExit("unknown engine %r" % engine)
        none = "null" if engine.startswith("pyjsvm") else "undefined"
        out = {"ok": True, "time": elapsed, "setup": setup, "result": canon_value(result, none)}
    except RecursionError as exc:
        out = {"ok": False, "kind": "error", "message": "Python RecursionError: %s" % exc}
    except Exception as exc:  # every engine failure is reported, never raised
        kind = "syntax" if _is_syntax_error(engine, src, exc) else "error"
        message = " | ".join(line.strip() for line in ("%s: %s" % (type(exc).__name__, exc)).splitlines() if line.strip())
        out = {"ok": False, "kind": kind, "message": message[:500]}
    sys.stdout.flush()
    sys.stdout.write(MARK + json.dumps(out) + "\n")
    sys.stdout.flush()


# ---------------------------------------------------------------------------
# Runner side


def engine_available(engine: str) -> tuple[bool, str]:
    """(available, note) for an engine, checked in a subprocess so a broken engine can't hurt us."""
    if engine == "node":
        node = shutil.which("node")
        if not node:
            return False, "node not on PATH"
        ver = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
        return True, "node " + ver
    probe = {
        "pyjsvm": "import pyjsvm; pyjsvm.run_in_context; pyjsvm.create_context; print('pyjsvm')",
        "pyjsvm-closures": "import pyjsvm; print('pyjsvm, closure compiler only')",
        "js2py": "import js2py, importlib.metadata as m; print('js2py ' + m.version('js2py'))",
        "quickjs": "import quickjs, importlib.metadata as m; print('quickjs ' + m.version('quickjs'))",
    }[engine]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    except subprocess.TimeoutExpired:
        return False, "%s: import timed out" % engine
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["?"])[-1]
        return False, "%s not available (%s)" % (engine, last)
    return True, p.stdout.strip()


def _parse_marked(stdout: str) -> dict | None:
    for line in reversed(stdout.splitlines()):
        if line.startswith(MARK):
            return json.loads(line[len(MARK):])
    return None


def run_once(engine: str, path: Path, timeout: float) -> dict:
    """One timed run of one program on one engine, in a fresh subprocess."""
    if engine == "node":
        cmd = [shutil.which("node") or "node", "--stack-size=4000", "-e", NODE_WRAPPER, str(path)]
        env = None
    else:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", engine, str(path)]
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"ok": False, "kind": "timeout", "message": "no result after %gs" % timeout}
    wall = time.perf_counter() - t0
    out = _parse_marked(p.stdout)
    if out is None:
        tail = (p.stderr.strip().splitlines() or ["exit code %d" % p.returncode])[-1]
        return {"ok": False, "kind": "crash", "message": "exit %d: %s" % (p.returncode, tail[:300])}
    if engine == "node" and out.get("ok"):
        out["inproc"] = out["time"]
        out["wall"] = wall
        out["result"] = canon_node(out)
    return out


def node_startup(repeat: int, timeout: float, tmpdir: Path) -> float:
    empty = tmpdir / "empty.js"
    empty.write_text("", encoding="utf-8")
    best = math.inf
    for _ in range(max(5, repeat)):
        t0 = time.perf_counter()
        run_once("node", empty, timeout)
        best = min(best, time.perf_counter() - t0)
    return best


def bench(engine: str, path: Path, repeat: int, timeout: float, budget: float, startup: float,
          node_wall: bool = False) -> dict:
    """Best of ``repeat`` runs (fewer once ``budget`` seconds have been spent)."""
    times: list[float] = []
    wall_nets: list[float] = []
    spent = 0.0
    last: dict = {}
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = run_once(engine, path, timeout)
        spent += time.perf_counter() - t0
        if not out.get("ok"):
            return out
        if engine == "node":
            wall_net = max(out["wall"] - startup, out["inproc"])
            t = wall_net if node_wall else out["inproc"]
            wall_nets.append(wall_net)
        else:
            t = out["time"]
        times.append(t)
        last = out
        if spent > budget:
            break
    res = {"ok": True, "time": min(times), "times": times, "result": last["result"], "setup": last.get("setup")}
    if wall_nets:
        res["wall_minus_startup"] = wall_nets
    return res


def profile_pyjsvm(path: Path, top: int = 25) -> None:
    """Run one program on pyjsvm under cProfile (in this process) and print the hottest functions."""
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    import pyjsvm as vm

    src = path.read_text(encoding="utf-8")
    ctx = vm.create_context()
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    try:
        result = canon_value(vm.run_in_context(src, ctx), "null")
    except Exception as exc:  # report and go on with the profile of what ran
        result = "%s: %s" % (type(exc).__name__, exc)
    prof.disable()
    print("== %s: %s (%.2fs under cProfile)" % (path.stem, result, time.perf_counter() - t0))
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def fmt_time(r: dict | None) -> str:
    if r is None:
        return "-"
    if not r.get("ok"):
        return {"syntax": "skip", "timeout": "timeout"}.get(r.get("kind", ""), "fail")
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
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="programs to run (file stems); default: all")
    ap.add_argument("--repeat", type=int, default=3, help="runs per engine and program; best is kept (3)")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")
    ap.add_argument("--engines", default=",".join(ENGINES), help="comma-separated subset of " + ", ".join(ENGINES))
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per single run before giving up (300)")
    ap.add_argument("--budget", type=float, default=60.0,
                    help="stop repeating a program on an engine once this many seconds were spent (60)")
    ap.add_argument("--node-wall", action="store_true",
                    help="time node by wall time minus its startup (an empty program) instead of inside node")
    ap.add_argument("--profile", action="store_true",
                    help="instead of timing, run each program once on pyjsvm under cProfile and print the top functions")
    ap.add_argument("--worker", nargs=2, metavar=("ENGINE", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        worker(*args.worker)
        return 0

    programs = sorted(PROGRAMS.glob("*.js"))
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

    requested = [e.strip() for e in args.engines.split(",") if e.strip()]
    for e in requested:
        if e not in ENGINES:
            ap.error("unknown engine %r" % e)
    requested = [e for e in ENGINES if e in requested]
    notes: list[str] = []
    engines: list[str] = []
    versions: dict[str, str] = {}
    for e in requested:
        ok, note = engine_available(e)
        if ok:
            engines.append(e)
            versions[e] = note
        else:
            notes.append("skipped engine %s" % note)

    import tempfile

    startup = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        if "node" in engines:
            startup = node_startup(args.repeat, args.timeout, Path(tmp))
            if args.node_wall:
                notes.append("node: wall time minus node's startup %.3fs (empty program)" % startup)
            else:
                notes.append("node: timed inside node (vm.Script compile + run); its startup is %.3fs" % startup)

    machine_before = machine_note()
    results: dict[str, dict[str, dict]] = {}
    for prog in programs:
        row: dict[str, dict] = {}
        for e in engines:
            print("  %-10s %-8s ..." % (prog.stem, e), end="", file=sys.stderr, flush=True)
            row[e] = bench(e, prog, args.repeat, args.timeout, args.budget, startup, args.node_wall)
            print(" %s" % fmt_time(row[e]), file=sys.stderr, flush=True)
        ref_engine = "node" if row.get("node", {}).get("ok") else "pyjsvm" if row.get("pyjsvm", {}).get("ok") else None
        if ref_engine is None:
            ref_engine = next((e for e in engines if row[e].get("ok")), None)
        ref = row[ref_engine]["result"] if ref_engine else None
        for e, r in row.items():
            if not r.get("ok"):
                kind = r.get("kind")
                label = "skipped (syntax)" if kind == "syntax" else kind
                notes.append("%s on %s: %s: %s" % (prog.stem, e, label, r.get("message", "")))
            elif ref is not None and r["result"] != ref:
                r["mismatch"] = True
                notes.append("%s on %s: checksum %s != %s's %s" % (prog.stem, e, r["result"], ref_engine, ref))
            if r.get("ok") and len(r.get("times", ())) < args.repeat:
                notes.append("%s on %s: only %d run(s) (budget %gs)" % (prog.stem, e, len(r["times"]), args.budget))
        results[prog.stem] = row

    # Table
    header = ["program"] + engines
    show_j = "js2py" in engines and "pyjsvm" in engines
    show_n = "node" in engines and "pyjsvm" in engines
    show_c = "pyjsvm-closures" in engines and "pyjsvm" in engines
    if show_c:
        header.append("closures/pyjsvm")
    if show_j:
        header.append("js2py/pyjsvm")
    if show_n:
        header.append("pyjsvm/node")
    header.append("check")
    rows = []
    jr: list[float] = []
    nr: list[float] = []
    cr: list[float] = []
    for name, row in results.items():
        line = [name] + [fmt_time(row.get(e)) for e in engines]
        if show_c:
            x = ratio(row.get("pyjsvm-closures"), row.get("pyjsvm"))
            cr.append(x) if x else None
            line.append(fmt_ratio(x))
        if show_j:
            x = ratio(row.get("js2py"), row.get("pyjsvm"))
            jr.append(x) if x else None
            line.append(fmt_ratio(x))
        if show_n:
            x = ratio(row.get("pyjsvm"), row.get("node"))
            nr.append(x) if x else None
            line.append(fmt_ratio(x))
        bad = [e for e in engines if row[e].get("mismatch")]
        failed = [e for e in engines if not row[e].get("ok")]
        line.append("MISMATCH " + ",".join(bad) if bad else "ok" if not failed else "ok*")
        rows.append(line)
    if len(results) > 1 and (show_j or show_n or show_c):
        line = ["geomean"] + [""] * len(engines)
        if show_c:
            line.append(fmt_ratio(geomean(cr)))
        if show_j:
            line.append(fmt_ratio(geomean(jr)))
        if show_n:
            line.append(fmt_ratio(geomean(nr)))
        line.append("")
        rows.append(line)
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    out = []
    out.append("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
    out.append("  ".join("-" * w for w in widths))
    for r in rows:
        out.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    print("seconds, best of %d runs, each in a fresh process; parse + run of the source, engine startup excluded"
          % args.repeat)
    print("\n".join(out))
    print()
    print("machine: " + machine_before + " (before), %.1f (after)" % (os.getloadavg()[0] if hasattr(os, "getloadavg") else 0))
    print("engines: " + ", ".join(versions[e] for e in engines))
    if "pyjsvm" in engines:
        setups = [r["pyjsvm"].get("setup") for r in results.values() if r.get("pyjsvm", {}).get("ok")]
        setups = [s for s in setups if s is not None]
        if setups:
            notes.append("pyjsvm create_context() %.3fs (not included)" % min(setups))
    if notes:
        print("notes:")
        for n in notes:
            print("  - " + n)

    if args.json:
        doc = {
            "machine": machine_before,
            "engines": versions,
            "repeat": args.repeat,
            "node_startup": startup if "node" in engines else None,
            "results": results,
            "notes": notes,
        }
        Path(args.json).write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    # Non-zero only when pyjsvm disagrees with the reference: other engines' bugs are just noted.
    return 1 if any(row.get("pyjsvm", {}).get("mismatch") for row in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
