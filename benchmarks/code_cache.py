"""Code cache benchmark: construct a ``vm.Script`` from source and from cached data for real
libraries, side by side in one run, and time the ``pyjsvm`` command's second start (compile cache)
against its first and against node.

The libraries are npm packages fetched with ``npm pack`` into ``--dir`` (not part of the
repository)::

    python benchmarks/code_cache.py --dir /some/scratch/folder            # all libraries
    python benchmarks/code_cache.py --dir DIR lodash acorn --repeat 5
    python benchmarks/code_cache.py --dir DIR --command                    # also the command

Columns: the source and cache sizes (and cache/source), the best time of ``Script(src)`` and of
``Script(src, cached_data=data)`` and their ratio; then construct + run once in a new context
from source, from a cache made before any run (every function lazy) and from one made after a
run (the functions that ran restored for eager compilation, V8's cacheWithAdd).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from typing import Callable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

# name: (npm package spec, file inside the package)
LIBRARIES = {
    "lodash": ("lodash@4.17.21", "package/lodash.js"),
    "underscore": ("underscore@1.13.7", "package/underscore.js"),
    "acorn": ("acorn@8.14.0", "package/dist/acorn.js"),
    "esprima": ("esprima@4.0.1", "package/dist/esprima.js"),
    "marked": ("marked@15.0.6", "package/lib/marked.umd.js"),
    "js-yaml": ("js-yaml@4.1.0", "package/dist/js-yaml.js"),
}


def fetch(name: str, folder: str) -> str:
    """The library's file, fetched with ``npm pack`` into ``folder`` when it is not there yet."""
    spec, inner = LIBRARIES[name]
    dest = os.path.join(folder, name)
    path = os.path.join(dest, inner)
    if os.path.exists(path):
        return path
    os.makedirs(dest, exist_ok=True)
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=dest, capture_output=True, text=True, check=True)
    tgz = os.path.join(dest, out.stdout.strip().splitlines()[-1])
    with tarfile.open(tgz) as t:
        t.extractall(dest, filter="data")
    return path


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bench_library(name: str, path: str, repeat: int) -> dict[str, float]:
    import pyjsvm
    with open(path, encoding="utf-8") as f:
        src = f.read()
    before = pyjsvm.Script(src).create_cached_data()
    t_source = best(lambda: pyjsvm.Script(src), repeat)
    t_cache = best(lambda: pyjsvm.Script(src, cached_data=before), repeat)
    assert pyjsvm.Script(src, cached_data=before).cached_data_rejected is False

    def globals_() -> dict[str, object]:
        return {"exports": {}, "module": {"exports": {}}}

    def construct_and_run(data: bytes | None) -> None:
        s = pyjsvm.Script(src) if data is None else pyjsvm.Script(src, cached_data=data)
        s.run_in_context(pyjsvm.create_context(globals_()))
    ran = pyjsvm.Script(src)
    ran.run_in_context(pyjsvm.create_context(globals_()))
    after = ran.create_cached_data()
    return {
        "source_kib": len(src) / 1024, "cache_kib": len(before) / 1024, "size_ratio": len(before) / len(src),
        "source_s": t_source, "cache_s": t_cache, "speedup": t_source / t_cache,
        "run_source_s": best(lambda: construct_and_run(None), repeat),
        "run_before_s": best(lambda: construct_and_run(before), repeat),
        "run_after_s": best(lambda: construct_and_run(after), repeat),
    }


def bench_command(lodash_path: str, repeat: int) -> None:
    """``pyjsvm main.js`` requiring lodash: first start (empty compile cache), second start, no
    cache, and node."""
    work = tempfile.mkdtemp(prefix="pyjsvm-cc-bench-")
    try:
        shutil.copy(lodash_path, os.path.join(work, "lodash.js"))
        with open(os.path.join(work, "main.js"), "w") as f:
            f.write("const _ = require('./lodash.js'); console.log(_.chunk([1, 2, 3, 4, 5], 2).length);\n")
        env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
        cache = os.path.join(work, "cache")
        cmd = [sys.executable, "-m", "pyjsvm.host.cli"]

        def run(args: list[str], extra: dict[str, str]) -> float:
            t = time.perf_counter()
            subprocess.run(cmd + args, cwd=work, env=dict(env, **extra), check=True, capture_output=True)
            return time.perf_counter() - t
        firsts, seconds = [], []
        for _ in range(repeat):
            shutil.rmtree(cache, ignore_errors=True)
            firsts.append(run(["main.js"], {"PYJSVM_COMPILE_CACHE": cache}))
            seconds.append(run(["main.js"], {"PYJSVM_COMPILE_CACHE": cache}))
        none = min(run(["--no-compile-cache", "main.js"], {}) for _ in range(repeat))
        rows = [("pyjsvm, no compile cache", none), ("pyjsvm, first start (writes the cache)", min(firsts)),
                ("pyjsvm, second start (cache hit)", min(seconds))]
        if shutil.which("node"):
            def node() -> float:
                t = time.perf_counter()
                subprocess.run(["node", "main.js"], cwd=work, check=True, capture_output=True)
                return time.perf_counter() - t
            rows.append(("node", min(node() for _ in range(repeat))))
        print("\nThe command, `require('./lodash.js')` (best of %d, wall clock):" % repeat)
        for label, t in rows:
            print(f"  {label:42s} {t:7.3f} s")
        print(f"  first / second start: {min(firsts) / min(seconds):.2f}x;"
              f" no cache / second start: {none / min(seconds):.2f}x")
        if len(rows) == 4:
            print(f"  second start / node: {min(seconds) / rows[3][1]:.1f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("libraries", nargs="*", help=f"some of: {', '.join(LIBRARIES)}")
    ap.add_argument("--dir", required=True, help="folder for the npm packages (fetched when missing)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--command", action="store_true", help="also time the pyjsvm command with lodash")
    args = ap.parse_args()
    names = args.libraries or list(LIBRARIES)
    for n in names:
        if n not in LIBRARIES:
            ap.error(f"unknown library {n!r}")
    paths = {n: fetch(n, args.dir) for n in names}
    header = (f"{'library':11s} {'src KiB':>8s} {'cache KiB':>9s} {'size':>5s} | {'source s':>8s} {'cache s':>8s}"
              f" {'speedup':>8s} | {'run: src':>8s} {'lazy':>7s} {'eager':>7s}")
    print(header)
    print("-" * len(header))
    for n in names:
        r = bench_library(n, paths[n], args.repeat)
        print(f"{n:11s} {r['source_kib']:8.0f} {r['cache_kib']:9.0f} {r['size_ratio']:5.2f} | {r['source_s']:8.3f}"
              f" {r['cache_s']:8.4f} {r['speedup']:7.1f}x | {r['run_source_s']:8.3f} {r['run_before_s']:7.3f}"
              f" {r['run_after_s']:7.3f}")
    if args.command:
        bench_command(fetch("lodash", args.dir), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
