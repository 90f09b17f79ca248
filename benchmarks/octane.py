"""Octane benchmarks for ``run.py``: assembled from a checkout of github.com/chromium/octane.

The Octane sources are not part of this repository. ``run.py`` finds them in the directory named
by ``--octane DIR`` or the ``OCTANE_DIR`` environment variable; ``python benchmarks/octane.py
fetch DIR`` clones them there (``git``, then checks out the commit below).

Each benchmark becomes one plain script: Octane's ``base.js``, the benchmark's file and a driver
that resets Octane's deterministic ``Math.random``, then for each benchmark of the suite runs its
setup, a FIXED number of iterations of its run function (not "as many as fit in a second", so
every engine does the same work) and its tear-down. The benchmarks' own validation stays in
force: Richards, DeltaBlue, RayTrace, Crypto's Decrypt and EarleyBoyer check their results on
every iteration and Splay in its tear-down, RegExp its sum of match lengths on every run, and
CodeLoad the value each evaluated copy of Closure or jQuery returns, throwing when wrong.
NavierStokes checks itself only on its 15th frame, so the driver also returns that check's sum
over the density field after the frames it ran, which run.py compares across engines like any
checksum; zlib checks nothing, and the driver returns a hash of its heap. A suite may need a
prelude (PRELUDES): zlib needs the shell's ``print`` and ``read``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = "https://github.com/chromium/octane"
COMMIT = "570ad1ccfe86e3eecba0636c8f932ac08edec517"

# name -> (file, {benchmark name inside the suite: iterations}). The counts are fixed so that
# pyjsvm spends seconds, not minutes, on each (Octane's own deterministic counts are 200-8200).
SUITES: dict[str, tuple[str, dict[str, int]]] = {
    "Richards": ("richards.js", {"Richards": 8}),
    "DeltaBlue": ("deltablue.js", {"DeltaBlue": 6}),
    "RayTrace": ("raytrace.js", {"RayTrace": 1}),
    "NavierStokes": ("navier-stokes.js", {"NavierStokes": 1}),
    "Splay": ("splay.js", {"Splay": 1}),
    "Crypto": ("crypto.js", {"Encrypt": 2, "Decrypt": 1}),
    "EarleyBoyer": ("earley-boyer.js", {"Earley": 1, "Boyer": 1}),
    "RegExp": ("regexp.js", {"RegExp": 1}),
    "CodeLoad": ("code-load.js", {"CodeLoadClosure": 1, "CodeLoadJQuery": 1}),
    # the large ones (0.3-1.5 MB of source each, a run of tens of seconds in pyjsvm): run only
    # when named (LONG). Files joined by "+" are loaded in that order.
    "Box2D": ("box2d.js", {"Box2D": 1}),
    "Gameboy": ("gbemu-part1.js+gbemu-part2.js", {"Gameboy": 1}),
    "PdfJS": ("pdfjs.js", {"PdfJS": 1}),
    "Typescript": ("typescript.js+typescript-input.js+typescript-compiler.js", {"Typescript": 1}),
    "zlib": ("zlib.js+zlib-data.js", {"zlib": 1}),  # 145 s in pyjsvm, 0.35 s in node
}
LONG = {"Box2D", "Gameboy", "PdfJS", "Typescript", "zlib"}

# Extra result per suite, computed after its iterations and before its tear-down.
CHECKS = {
    # NavierStokes' own checkResult, over the frames run so far (it checks == 77 at frame 15).
    "NavierStokes": "var d = solver.getDens(), r = 0; for (var i = 7000; i < 7100; i++) r += ~~(d[i] * 10); return r;",
    # zlib checks nothing itself (its C main's printf is a no-op): a hash of the Emscripten heap
    # up to its break (the global D of the eval'd runtime, 5.8 MB after one run).
    "zlib": "var h = Module.HEAP32, r = 0; for (var i = 0; i < (D >> 2); i++) r = (r * 31 + h[i]) | 0; return D + ' ' + r;",
}

# Script text put before base.js, per suite.
PRELUDES = {
    # zlib's Emscripten runtime, finding no browser and no node, takes the d8 shell's globals
    # print and read (the Octane shell harness, run.js, is d8's); it prints and reads nothing on
    # the benchmark's path. Its C code reads time() (Date.now), which changes what its heap
    # holds: a fixed Date.now makes the heap's hash (CHECKS) the same in every run and engine.
    "zlib": "var print = function () {}, read = function (f) { throw new Error('read(' + f + '): no files'); };"
            " Date.now = function () { return 1e12; };",
}

DRIVER = r"""
;(function () {
  var iterations = %(iterations)s;
  var suites = BenchmarkSuite.suites, out = [];
  function check() { %(check)s }
  for (var s = 0; s < suites.length; s++) {
    BenchmarkSuite.ResetRNG();
    var benchmarks = suites[s].benchmarks;
    for (var b = 0; b < benchmarks.length; b++) {
      var bench = benchmarks[b], n = iterations[bench.name];
      bench.Setup();
      for (var i = 0; i < n; i++) bench.run();
      var extra = check();
      bench.TearDown();
      out.push(bench.name + " x" + n + (extra === undefined ? "" : " " + extra));
    }
  }
  return out.join(", ");
})();
"""


def octane_dir(explicit: str | None = None) -> Path | None:
    """The Octane checkout to use (``explicit``, else $OCTANE_DIR), or None."""
    d = explicit or os.environ.get("OCTANE_DIR")
    if not d:
        return None
    p = Path(d)
    return p if (p / "base.js").is_file() else None


def source(name: str, root: Path, scale: float = 1.0) -> str:
    """The assembled script of one Octane suite (iterations multiplied by ``scale``, at least 1)."""
    file, counts = SUITES[name]
    iterations = {k: max(1, round(v * scale)) for k, v in counts.items()}
    parts = [PRELUDES.get(name, ""), (root / "base.js").read_text(encoding="utf-8")] + [(root / f).read_text(encoding="utf-8") for f in file.split("+")]
    body = "{" + ", ".join('"%s": %d' % kv for kv in iterations.items()) + "}"
    parts.append(DRIVER % {"iterations": body, "check": CHECKS.get(name, "")})
    return "\n".join(parts)


def write_programs(root: Path, dest: Path, names: list[str] | None = None, scale: float = 1.0) -> list[Path]:
    """Write the assembled scripts to ``dest`` as NAME.js; returns their paths."""
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for name in names or list(SUITES):
        p = dest / (name + ".js")
        p.write_text(source(name, root, scale), encoding="utf-8")
        out.append(p)
    return out


def fetch(dest: Path) -> None:
    """Clone Octane into ``dest`` at the pinned commit."""
    if not (dest / ".git").exists():
        subprocess.run(["git", "clone", "--quiet", REPOSITORY, str(dest)], check=True)
    subprocess.run(["git", "-C", str(dest), "checkout", "--quiet", COMMIT], check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Fetch Octane, or print one assembled benchmark script.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fetch", help="git clone Octane into DIR at the pinned commit")
    f.add_argument("dir")
    s = sub.add_parser("source", help="print the assembled script of one suite")
    s.add_argument("name", choices=list(SUITES))
    s.add_argument("--octane", help="Octane checkout (default $OCTANE_DIR)")
    s.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args(argv)
    if args.cmd == "fetch":
        fetch(Path(args.dir))
        return 0
    root = octane_dir(args.octane)
    if root is None:
        ap.error("no Octane checkout: give --octane DIR or set OCTANE_DIR (python benchmarks/octane.py fetch DIR)")
    sys.stdout.write(source(args.name, root, args.scale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
