"""Parse speed: pyjsvm's parse step alone (``syntax.parse.parse_script``: esprima-fork with
pyjsvm's patches, and esprima's validation pass), then the analysis that follows it (the
``ScriptCode`` of ``compile_script`` over the parsed tree: scopes, hoisting, slot resolution),
on large real sources, side by side in one run::

    python benchmarks/parse_speed.py --octane ~/octane FILE.js ...
    python benchmarks/parse_speed.py --octane ~/octane --baseline ../main FILE.js ...   # A/B
    python benchmarks/parse_speed.py --octane ~/octane --profile lodash.js FILE.js ...  # cProfile

Inputs: Octane's CodeLoad sources (the Closure library and jQuery texts that code-load.js holds in
``BASE_JS`` and ``JQUERY_JS``, and evaluates with a new salt each iteration), Octane's TypeScript
benchmark sources (``typescript-compiler.js``, ``typescript-input.js``: the latter is one
1.2 MB string literal), and the files named on the command line (npm bundles: lodash.js,
jquery.js, handlebars.js, esprima.js ...). The Octane sources are not in this repository
(``benchmarks/octane.py fetch DIR``; ``--octane DIR`` or ``$OCTANE_DIR``).

Columns: the size in KB, the best of ``--repeat`` times of the parse (seconds) and the MB/s it
makes (a million characters of source per second), then the analysis after it. With
``--baseline TREE`` the same is measured in a subprocess with TREE's pyjsvm (another checkout)
and the ratio ``base/this`` is shown (above 1: this tree parses faster). ``--codeload`` also
times Octane's CodeLoad through ``vm.run_in_new_context`` (the benchmark as run.py runs it).
``--profile NAME``: the parse of that input once under cProfile, sorted by tottime.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _string_var(source: str, name: str) -> str:
    """The value of the string literal bound by ``var NAME = "..."`` in ``source`` (parsed)."""
    from pyjsvm.syntax.parse import parse_script
    for statement in parse_script(source).body:
        if statement.type == "VariableDeclaration":
            for d in statement.declarations:
                if d.id.name == name:
                    return str(d.init.value)
    raise SystemExit(f"no var {name}")


def inputs(octane: str | None, files: list[str]) -> list[tuple[str, str]]:
    """(name, source) of every input."""
    out: list[tuple[str, str]] = []
    if octane:
        with open(os.path.join(octane, "code-load.js"), encoding="utf-8") as f:
            code_load = f.read()
        out.append(("codeload-closure", _string_var(code_load, "BASE_JS")))
        out.append(("codeload-jquery", _string_var(code_load, "JQUERY_JS")))
        for name in ("typescript-compiler.js", "typescript-input.js"):
            with open(os.path.join(octane, name), encoding="utf-8") as f:
                out.append((name, f.read()))
    for path in files:
        with open(path, encoding="utf-8") as f:
            out.append((os.path.basename(path), f.read()))
    return out


def _best(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def _best_on_trees(fn: Any, make_tree: Any, repeat: int) -> float:
    """The best time of ``fn(tree)``, each run on a new tree (made untimed)."""
    times = []
    for _ in range(repeat):
        tree = make_tree()
        gc.collect()
        t = time.process_time()
        fn(tree)
        times.append(time.process_time() - t)
    return min(times)


def measure(octane: str | None, files: list[str], repeat: int, codeload: bool) -> dict[str, Any]:
    """{name: {"chars", "parse", "analyse"}} in this process (this tree's pyjsvm), and
    "CodeLoad" (seconds) when asked."""
    import pyjsvm  # noqa: F401 - the runtime installs the parser's budget check
    from pyjsvm.compiler.engine import ScriptCode
    from pyjsvm.syntax.parse import parse_script
    result: dict[str, Any] = {}
    for name, source in inputs(octane, files):
        parse = _best(lambda: parse_script(source), repeat)
        analyse = _best_on_trees(lambda tree: ScriptCode(source, name, tree, 0, 0, False),
                                 lambda: parse_script(source), repeat)
        result[name] = {"chars": len(source), "parse": parse, "analyse": analyse}
    if codeload and octane:
        result["CodeLoad"] = _codeload(octane, repeat)
    return result


#: iterations of CodeLoad's two benchmarks (each evaluates its library's text once, salted)
CODELOAD_ITERATIONS = (1, 1)


def _codeload(octane: str, repeat: int) -> float:
    """Octane's CodeLoad as benchmarks/run.py runs it: one ``vm.run_in_new_context`` of the
    assembled script (base.js, code-load.js, a driver running its iterations)."""
    sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
    import octane as octane_module  # type: ignore[import-not-found]
    import pyjsvm as vm
    parts = []
    for name in ("base.js", "code-load.js"):
        with open(os.path.join(octane, name), encoding="utf-8") as f:
            parts.append(f.read())
    iterations = '{"CodeLoadClosure": %d, "CodeLoadJQuery": %d}' % CODELOAD_ITERATIONS
    parts.append(octane_module.DRIVER % {"iterations": iterations, "check": ""})
    source = "\n".join(parts)
    return _best(lambda: vm.run_in_new_context(source), repeat)


def profile(octane: str | None, files: list[str], name: str) -> None:
    """The parse of input ``name`` under cProfile, sorted by tottime."""
    import cProfile
    import pstats

    import pyjsvm  # noqa: F401
    from pyjsvm.syntax.parse import parse_script
    source = dict(inputs(octane, files))[name]
    profiler = cProfile.Profile(time.process_time)  # (CPU time: steadier on a loaded machine)
    profiler.runcall(parse_script, source)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(40)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--octane", default=os.environ.get("OCTANE_DIR"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--baseline", metavar="TREE")
    ap.add_argument("--codeload", action="store_true")
    ap.add_argument("--profile", metavar="NAME")
    ap.add_argument("--json-out", help=argparse.SUPPRESS)  # (the subprocess of --baseline)
    args = ap.parse_args()
    files = [os.path.abspath(f) for f in args.files]
    if args.profile:
        sys.path.insert(0, ROOT)
        profile(args.octane, files, args.profile)
        return
    if args.json_out:
        with open(args.json_out, "w") as f:
            json.dump(measure(args.octane, files, args.repeat, args.codeload), f)
        return
    runs = {"this": ROOT}
    if args.baseline:
        runs = {"base": os.path.abspath(args.baseline), "this": ROOT}
    results: dict[str, dict[str, Any]] = {}
    for label, tree in runs.items():  # (the baseline first, then this tree, same machine load)
        out = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"parse_speed_{os.getpid()}_{label}.json")
        cmd = [sys.executable, os.path.abspath(__file__), "--json-out", out, "--repeat", str(args.repeat)]
        cmd += ["--octane", args.octane] if args.octane else []
        cmd += ["--codeload"] if args.codeload else []
        env = dict(os.environ, PYTHONPATH=tree)
        subprocess.run(cmd + files, env=env, check=True, cwd=tree)
        with open(out) as f:
            results[label] = json.load(f)
        os.unlink(out)
    this = results["this"]
    base = results.get("base")
    head = f"{'input':24} {'KB':>7} {'parse s':>8} {'MB/s':>6} {'analyse s':>9}"
    if base:
        head += f" {'base parse':>10} {'base MB/s':>9} {'base/this':>9}"
    print(head)
    total_chars = total = total_base = 0.0
    for name, r in this.items():
        if name == "CodeLoad":
            continue
        mbs = r["chars"] / r["parse"] / 1e6
        line = f"{name:24} {r['chars'] / 1000:7.0f} {r['parse']:8.3f} {mbs:6.3f} {r['analyse']:9.3f}"
        total_chars += r["chars"]
        total += r["parse"]
        if base:
            b = base[name]
            total_base += b["parse"]
            line += f" {b['parse']:10.3f} {b['chars'] / b['parse'] / 1e6:9.3f} {b['parse'] / r['parse']:9.2f}"
        print(line)
    line = f"{'all':24} {total_chars / 1000:7.0f} {total:8.3f} {total_chars / total / 1e6:6.3f} {'':9}"
    if base:
        line += f" {total_base:10.3f} {total_chars / total_base / 1e6:9.3f} {total_base / total:9.2f}"
    print(line)
    if "CodeLoad" in this:
        line = f"CodeLoad (vm.run_in_new_context): {this['CodeLoad']:.3f} s"
        if base:
            line += f", base {base['CodeLoad']:.3f} s"
        print(line)


if __name__ == "__main__":
    main()
