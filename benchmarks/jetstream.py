"""JetStream 3's plain-JS programs, which nobody tuned pyjsvm for, timed side by side on pyjsvm
(warm: the second ``run_in_new_context`` of the source in one process, contextified and
DONT_CONTEXTIFY), QuickJS (PyPI ``quickjs``), js2py and node, with their checksums compared.

Usage:
    python3 benchmarks/jetstream.py fetch DIR [--from MIRROR]  # once: JetStream at COMMIT into DIR
    python3 benchmarks/jetstream.py run DIR [--engines pyjsvm,pyjsvm-nc,quickjs,node,js2py] [--tree T] [NAME ...]
    python3 benchmarks/jetstream.py write DIR OUT   # the programs as files OUT/NAME.js (for profiling)
    python3 benchmarks/jetstream.py list            # the programs, and the benchmarks left out and why

Nothing of JetStream is in this repository: ``fetch`` checks out WebKit/JetStream at COMMIT (from
GitHub, or from a local clone or bare mirror given with ``--from``) into DIR. Each program is
built here, the way JetStreamDriver.js builds a benchmark's script: a prelude of ours (``print``
and ``console`` collecting their output, a ``performance`` with ``now``/``mark``/``measure``,
JetStream's deterministic ``Math.random``, a ``JetStream`` object whose ``getString`` returns the
benchmark's preloaded files, which are put in the program as string literals), the benchmark's
files concatenated, and a driver that makes ``new Benchmark({iterationCount})``, awaits
``init()``, runs ``runIteration`` a small fixed number of times (ITERATIONS, not JetStream's
counts: pyjsvm is ~50x slower than QuickJS), calls the benchmark's own ``validate`` if it has one,
and stores a checksum in ``globalThis.__jsresult``: whether it validated, a hash of what it printed
and a digest of the primitive and array values of the globals and of the benchmark object (numbers to 12 digits).
Each engine runs each program in its own process, twice, the second run timed (process CPU time;
node: wall time, ``vm.runInNewContext``), and the checksum is read from the context after its
promise jobs ran. js2py runs it once. The checksums of all engines are compared with node's.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import external  # noqa: E402 (benchmarks/external.py: how an engine is run in its own process)

REPO = HERE.parent
REPOSITORY = "https://github.com/WebKit/JetStream"
COMMIT = "b7babdf323e64e69bd2f6c376189c15825f5c73a"
ENGINES = ("pyjsvm", "pyjsvm-nc", "quickjs", "node", "js2py")

SUNSPIDER = ["3d-cube", "3d-raytrace", "base64", "crypto-aes", "crypto-md5", "crypto-sha1", "date-format-tofte",
             "date-format-xparb", "n-body", "regex-dna", "string-unpack-code", "tagcloud"]
WTB = ["acorn", "babel-minify", "babylon", "chai", "espree", "esprima-next", "postcss", "prettier"]
WTB_FILES = ["angular-material-20.1.6.css", "backbone-1.6.1.js", "bootstrap-5.3.7.css", "foundation-6.9.0.css",
             "jquery-3.7.1.js", "lodash.core-4.17.21.js", "lodash-4.17.4.min.js.map", "mootools-core-1.6.0.js",
             "preact-8.2.5.js", "preact-10.27.1.min.module.js.map", "redux-5.0.1.min.js", "redux-5.0.1.esm.js",
             "source-map.min-0.5.7.js.map", "speedometer-es2015-test-2.0.js", "todomvc/react/app.jsx",
             "todomvc/react/footer.jsx", "todomvc/react/todoItem.jsx", "todomvc/typescript-angular.ts",
             "underscore-1.13.7.js", "underscore-1.13.7.min.js.map", "vue-3.5.18.runtime.esm-browser.js"]
PRISM = {"SAMPLE_" + k.upper(): "./prismjs/data/sample." + k for k in ("cpp", "css", "html", "js", "json", "md", "py", "sql", "ts")}
AIR = ["symbols", "tmp_base", "arg", "basic_block", "code", "frequented_block", "inst", "opcode", "reg", "stack_slot",
       "tmp", "util", "custom", "liveness", "insertion_set", "allocate_stack", "payload-gbemu-executeIteration",
       "payload-imaging-gaussian-blur-gaussianBlur", "payload-airjs-ACLj8C", "payload-typescript-scanIdentifier", "benchmark"]
BASIC = ["ast", "basic", "caseless_map", "lexer", "number", "parser", "random", "state", "benchmark"]
CDJS = ["constants", "util", "red_black_tree", "call_sign", "vector_2d", "vector_3d", "motion", "reduce_collision_set",
        "simulator", "collision", "collision_detector", "benchmark"]
OFFLINE_ASM = ["registers", "instructions", "ast", "parser", "file", "LowLevelInterpreter", "LowLevelInterpreter32_64",
               "LowLevelInterpreter64", "InitBytecodes", "expected", "benchmark"]
STARTUP = "./utils/StartupBenchmark.js"

# name -> (files, preloads, iterations, arguments of ``new Benchmark``): JetStreamDriver.js's list at COMMIT,
# the plain-JS benchmarks only, with our iteration counts.
BENCHMARKS: dict[str, tuple[list[str], dict[str, str], int, dict[str, Any]]] = {
    **{t + "-SP": (["./SunSpider/%s.js" % t], {}, 1, {}) for t in SUNSPIDER},
    "Air": (["./ARES-6/Air/%s.js" % f for f in AIR], {}, 1, {}),
    "Basic": (["./ARES-6/Basic/%s.js" % f for f in BASIC], {}, 1, {}),
    "ML": (["./ARES-6/ml/index.js", "./ARES-6/ml/benchmark.js"], {}, 1, {}),
    "Babylon": (["./ARES-6/Babylon/index.js", "./ARES-6/Babylon/benchmark.js"],
                {k + "Blob": "./ARES-6/Babylon/%s-blob.js" % k for k in ("air", "basic", "inspector", "babylon")}, 1, {}),
    "cdjs": (["./cdjs/%s.js" % f for f in CDJS], {}, 1, {}),
    "first-inspector-code-load": (["./code-load/code-first-load.js"], {"inspectorPayloadBlob": "./code-load/inspector-payload-minified.js"}, 1, {}),
    "multi-inspector-code-load": (["./code-load/code-multi-load.js"], {"inspectorPayloadBlob": "./code-load/inspector-payload-minified.js"}, 1, {}),
    "FlightPlanner": (["./RexBench/FlightPlanner/%s" % f for f in ("airways.js", "waypoints.js.z", "flight_planner.js", "expectations.js", "benchmark.js")], {}, 1, {}),
    "OfflineAssembler": (["./RexBench/OfflineAssembler/%s.js" % f for f in OFFLINE_ASM], {}, 1, {}),
    "UniPoker": (["./RexBench/UniPoker/%s.js" % f for f in ("poker", "expected", "benchmark")], {}, 1, {}),
    "validatorjs": (["./validatorjs/dist/bundle.es6.min.js", "./validatorjs/benchmark.js"], {}, 1, {}),
    "hash-map": (["./simple/hash-map.js"], {}, 1, {}),
    "doxbee-promise": (["./simple/doxbee-promise.js"], {}, 1, {}),
    "doxbee-async": (["./simple/doxbee-async.js"], {}, 1, {}),
    "ai-astar": (["./SeaMonster/ai-astar.js"], {}, 1, {}),
    "gaussian-blur": (["./SeaMonster/gaussian-blur.js"], {}, 1, {}),
    "stanford-crypto-aes": (["./SeaMonster/sjlc.js", "./SeaMonster/stanford-crypto-aes.js"], {}, 1, {}),
    "stanford-crypto-pbkdf2": (["./SeaMonster/sjlc.js", "./SeaMonster/stanford-crypto-pbkdf2.js"], {}, 1, {}),
    "stanford-crypto-sha256": (["./SeaMonster/sjlc.js", "./SeaMonster/stanford-crypto-sha256.js"], {}, 1, {}),
    "json-stringify-inspector": (["./SeaMonster/inspector-json-payload.js.z", "./SeaMonster/json-stringify-inspector.js"], {}, 1, {}),
    "json-parse-inspector": (["./SeaMonster/inspector-json-payload.js.z", "./SeaMonster/json-parse-inspector.js"], {}, 1, {}),
    "bigint-noble-bls12-381": (["./bigint/web-crypto-sham.js", "./bigint/noble-bls12-381-bundle.js", "./bigint/noble-benchmark.js"], {}, 1, {}),
    "bigint-noble-secp256k1": (["./bigint/web-crypto-sham.js", "./bigint/noble-secp256k1-bundle.js", "./bigint/noble-benchmark.js"], {}, 1, {}),
    "bigint-noble-ed25519": (["./bigint/web-crypto-sham.js", "./bigint/noble-ed25519-bundle.js", "./bigint/noble-benchmark.js"], {}, 1, {}),
    "bigint-paillier": (["./bigint/web-crypto-sham.js", "./bigint/paillier-bundle.js", "./bigint/paillier-benchmark.js"], {}, 1, {}),
    "bigint-bigdenary": (["./bigint/bigdenary-bundle.js", "./bigint/bigdenary-benchmark.js"], {}, 2, {}),
    "proxy-mobx": (["./proxy/common.js", "./proxy/mobx-bundle.js", "./proxy/mobx-benchmark.js"], {}, 1, {}),
    "proxy-vue": (["./proxy/common.js", "./proxy/vue-bundle.js", "./proxy/vue-benchmark.js"], {}, 1, {}),
    "mobx-startup": ([STARTUP, "./mobx/benchmark.js"], {"BUNDLE": "./mobx/dist/bundle.es6.min.js"}, 1, {}),
    "prismjs-startup-es6": ([STARTUP, "./prismjs/benchmark.js"], {"BUNDLE": "./prismjs/dist/bundle.es6.min.js", **PRISM}, 1, {}),
    "prismjs-startup-es5": ([STARTUP, "./prismjs/benchmark.js"], {"BUNDLE": "./prismjs/dist/bundle.es5.min.js", **PRISM}, 1, {}),
    "raytrace-public-class-fields": (["./class-fields/raytrace-public-class-fields.js"], {}, 1, {}),
    "raytrace-private-class-fields": (["./class-fields/raytrace-private-class-fields.js"], {}, 1, {}),
    "async-fs": (["./generators/async-file-system.js"], {}, 1, {}),
    "sync-fs": (["./generators/sync-file-system.js"], {}, 1, {}),
    "lazy-collections": (["./generators/lazy-collections.js"], {}, 1, {}),
    "js-tokens": (["./generators/js-tokens.js"], {}, 1, {}),
    "threejs": (["./threejs/three.js", "./threejs/benchmark.js"], {}, 1, {}),
    "WSL": ([], {}, 1, {}),  # (its 148 files: read from JetStreamDriver.js, see driver_files)
    **{t + "-wtb": (["./web-tooling-benchmark/dist/%s.bundle.js" % t, "./web-tooling-benchmark/benchmark.js"],
                    {"BUNDLE": "./web-tooling-benchmark/dist/%s.bundle.js" % t,
                     **{f: "./web-tooling-benchmark/third_party/" + f for f in WTB_FILES}}, 1, {}) for t in WTB},
}
# run only when named: node takes 160 s on WSL under vm.runInNewContext (its buildStdlib and run)
NOT_BY_DEFAULT = {"WSL"}
SKIPPED = {
    "Octane (Box2D, crypto, delta-blue, ...)": "already timed by benchmarks/octane.py",
    "babel-wtb, typescript-lib, babylonjs-*, jsdom-d3-startup": "their bundles are not in the snapshot (stored outside git)",
    "web-ssr": "renders with browser APIs (TextEncoder, streams)",
    "intl": "Intl, which pyjsvm does not have",
    "*-wasm, tfjs, transformersjs, dotnet, j2cl, Kotlin, Dart, 8bitbench, sqlite3": "WebAssembly",
    "bomb-workers, segmentation": "Workers",
    "source-map-wtb": "its SourceMapConsumer needs lib/mappings.wasm (WebAssembly): node fails alike",
}

PRELUDE = r"""
var __out = [];
globalThis.self = globalThis;
globalThis.print = function () { __out.push(Array.prototype.join.call(arguments, ' ')); };
globalThis.console = {log: print, warn: print, error: print, info: print, debug: print,
                      assert: function (c) { if (!c) print('assert', Array.prototype.slice.call(arguments, 1).join(' ')); }};
globalThis.performance = {now: function () { return Date.now(); }, mark: function (n) { return {name: n}; }, measure: function () {}, timeOrigin: 0};
if (!RegExp.escape) RegExp.escape = function (s) { return String(s).replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&'); };
(function () {
    var seed = 49734321;
    Math.random = function () {
        seed = ((seed + 0x7ed55d16) + (seed << 12))  & 0xffffffff;
        seed = ((seed ^ 0xc761c23c) ^ (seed >>> 19)) & 0xffffffff;
        seed = ((seed + 0x165667b1) + (seed << 5))   & 0xffffffff;
        seed = ((seed + 0xd3a2646c) ^ (seed << 9))   & 0xffffffff;
        seed = ((seed + 0xfd7046c5) + (seed << 3))   & 0xffffffff;
        seed = ((seed ^ 0xb55a4f09) ^ (seed >>> 16)) & 0xffffffff;
        return (seed >>> 0) / 0x100000000;
    };
    Math.random.__resetSeed = function () { seed = 49734321; };
})();
globalThis.top = {currentResolve: function () {}, currentReject: function (e) { throw e; }};
"""

DIGEST = r"""
function __hash(s) { var h = 0; for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return s.length + '#' + (h >>> 0); }
function __digest(v, depth) {
    switch (typeof v) {
    case 'number': return Number.isInteger(v) ? String(v) : v.toPrecision(12);
    case 'string': return 's' + __hash(v);
    case 'boolean': case 'undefined': case 'bigint': return String(v);
    case 'object':
        if (v === null) return 'null';
        if (Array.isArray(v) && depth < 2) { var a = []; for (var i = 0; i < v.length && i < 2000; i++) a.push(__digest(v[i], depth + 1)); return '[' + v.length + ':' + __hash(a.join()) + ']'; }
        return 'object';
    default: return typeof v;
    }
}
function __checksum(validated, benchmark) {
    // (the globals the program's var and function declarations made exist from the start: all are
    // taken, the built-ins drop out as functions and objects)
    var parts = [];
    function take(obj, k) {
        var d = Object.getOwnPropertyDescriptor(obj, k);
        if (!d || !('value' in d) || k.slice(0, 2) === '__') return;
        if ((typeof d.value !== 'function' && typeof d.value !== 'object') || Array.isArray(d.value)) parts.push(k + '=' + __digest(d.value, 0));
    }
    Object.getOwnPropertyNames(globalThis).sort().forEach(function (k) { take(globalThis, k); });
    Object.getOwnPropertyNames(benchmark).sort().forEach(function (k) { take(benchmark, k); });
    return validated + ' out=' + __out.length + ':' + __hash(__out.join('\n')) + ' values=' + parts.length + ':' + __hash(parts.join(';'));
}
"""

DRIVER = r"""
globalThis.__jsresult = 'not finished';
(async function () {
    var benchmark = new Benchmark(%(args)s);
    if (benchmark.init) await benchmark.init();
    if (!benchmark.runIteration) {  // (WSL's: buildStdlib, then run)
        benchmark.buildStdlib();
        benchmark.run();
    }
    for (var i = 0; benchmark.runIteration && i < %(n)d; i++) {
        if (benchmark.prepareForNextIteration) await benchmark.prepareForNextIteration();
        await benchmark.runIteration(i);
    }
    var validated = 'no-validate';
    if (benchmark.validate) { benchmark.validate(%(n)d); validated = 'validated'; }
    globalThis.__jsresult = __checksum(validated, benchmark);
})().catch(function (e) { globalThis.__jsresult = 'error: ' + (e && e.stack || e); });
"""


def driver_files(root: Path, name: str) -> list[str]:
    """The files JetStreamDriver.js lists for benchmark ``name`` (for WSL's long list)."""
    text = (root / "JetStreamDriver.js").read_text()
    block = text[text.index('name: "%s"' % name):]
    block = block[block.index("files: ["):block.index("]")]
    return re.findall(r'^\s*"(\./[^"]+)"', block, re.M)


def program(root: Path, name: str) -> str:
    """The source of one benchmark's program, built from its files under ``root``."""
    files, preloads, n, args = BENCHMARKS[name]
    files = files or driver_files(root, name)

    def read(path: str) -> str:
        data = (root / path).read_bytes()
        if path.endswith(".z"):  # (JetStream's compressed files: the driver inflates them)
            data = zlib.decompress(data)
        return data.decode("utf-8", errors="surrogateescape")

    js = {"preload": dict(preloads), "resources": {v: v for v in preloads.values()}, "isInBrowser": False, "isD8": False}
    data = {v: read(v) for v in preloads.values()}
    parts = [PRELUDE,
             "globalThis.JetStream = %s;\n" % json.dumps(js),
             "var __files = %s;\n" % json.dumps(data),
             "JetStream.getString = async function (p) { return __files[p]; };\n"
             "globalThis.read = function (p) { return __files[p]; };\n",
             DIGEST]
    for f in files:
        parts.append("\n// ---- %s\n" % f)
        parts.append(read(f))
        parts.append("\n")
    parts.append(DRIVER % {"args": json.dumps({**args, "iterationCount": n}), "n": n})
    return "".join(parts)


NODE_TIMER = r"""
const fs = require('fs'), vm = require('vm');
const src = fs.readFileSync(process.argv[1], 'utf8');
const settle = () => new Promise(r => setImmediate(r));
(async () => {
    let ctx = vm.createContext(); vm.runInContext(src, ctx); await settle();
    ctx = vm.createContext();
    const t0 = process.hrtime.bigint(); vm.runInContext(src, ctx); await settle();
    const t = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log('@@' + JSON.stringify({time: t, result: String(ctx.__jsresult)}));
})();
"""


def worker(engine: str, path: str) -> None:
    """Run one program on one Python engine and print its time and checksum (``@@`` JSON)."""
    src = Path(path).read_text(encoding="utf-8", errors="surrogateescape")
    out: dict[str, Any]
    try:
        if engine.startswith("pyjsvm"):
            import pyjsvm as vm

            def run() -> Any:
                ctx = vm.create_context(vm.constants.DONT_CONTEXTIFY) if engine.endswith("-nc") else vm.create_context()
                vm.run_in_context(src, ctx)  # (the promise jobs run before it returns)
                return vm.run_in_context("String(globalThis.__jsresult)", ctx)
        elif engine == "quickjs":
            import quickjs

            def run() -> Any:
                ctx = quickjs.Context()
                ctx.eval(src)
                while ctx.execute_pending_job():
                    pass
                return ctx.eval("String(globalThis.__jsresult)")
        elif engine == "js2py":
            import js2py

            def run() -> Any:
                ctx = js2py.EvalJs()
                ctx.execute(src)
                return ctx.eval("String(globalThis.__jsresult)")
        else:
            raise SystemExit("unknown engine %r" % engine)
        out = external.time_run(engine, run)
    except BaseException as e:  # (every engine failure is reported)
        out = {"error": ("%s: %s" % (type(e).__name__, e)).splitlines()[0][:200]}
    print("@@" + json.dumps(out))


def measure(engine: str, path: Path, tree: str | None, timeout: float) -> dict[str, Any]:
    """external.py's measure with this file's node timer and worker; a JS error left in
    ``__jsresult`` is an error too."""
    r = external.measure(engine, path, tree, timeout, NODE_TIMER, __file__)
    if str(r.get("result", "")).startswith(("error:", "not finished")):
        return {"error": "JS: " + r["result"].splitlines()[0][:200], "result": r["result"]}
    return r


def fetch(root: Path, source: str | None) -> None:
    """Check out JetStream at COMMIT into ``root`` (from GitHub, or the clone or bare mirror ``source``)."""
    root.mkdir(parents=True, exist_ok=True)
    git_dir = root / ".jetstream.git"
    if not git_dir.exists():
        subprocess.run(["git", "clone", "--bare", "--filter=blob:limit=20m", source or REPOSITORY, str(git_dir)], check=True)
    # blobs stored outside git (LFS-like, missing in some mirrors) are skipped: no program here needs them
    subprocess.run(["git", "--git-dir", str(git_dir), "--work-tree", str(root), "checkout", COMMIT, "--", "."])
    missing = [f for v in BENCHMARKS.values() for f in v[0] + list(v[1].values()) if not (root / f).exists()]
    if missing:
        raise SystemExit("missing after checkout: %s" % ", ".join(sorted(set(missing))[:10]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("fetch", "run", "write", "list", "worker"))
    ap.add_argument("args", nargs="*")
    ap.add_argument("--from", dest="source", help="fetch: a local clone or bare mirror of WebKit/JetStream")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--tree", help="the pyjsvm checkout to time (default: this one)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per engine and program")
    a = ap.parse_intermixed_args(argv)
    if a.command == "worker":
        worker(a.args[0], a.args[1])
        return 0
    if a.command == "list":
        for name, (files, preloads, n, _) in BENCHMARKS.items():
            print("%-32s %d iteration(s), %d file(s), %d preload(s)" % (name, n, len(files), len(preloads)))
        for what, why in SKIPPED.items():
            print("skipped: %s: %s" % (what, why))
        return 0
    root = Path(a.args[0]).resolve()
    if a.command == "fetch":
        fetch(root, a.source)
        return 0
    names = ([n for n in BENCHMARKS if any(n.startswith(x) for x in a.args[1:])] if a.args[1:]
             else [n for n in BENCHMARKS if n not in NOT_BY_DEFAULT])
    if a.command == "write":
        out = Path(a.args[1])
        out.mkdir(parents=True, exist_ok=True)
        for name in BENCHMARKS:
            (out / (name + ".js")).write_text(program(root, name), encoding="utf-8", errors="surrogateescape")
        return 0
    engines = [e for e in a.engines.split(",") if e]
    work = root / "programs"
    work.mkdir(exist_ok=True)
    ratios = [e for e in ("quickjs", "js2py") if e in engines and "pyjsvm" in engines]
    print("%-30s" % "program" + "".join("%11s" % e for e in engines) + "".join("%11s" % ("py/" + e[:5]) for e in ratios) + "   check")
    status = 0
    for name in names:
        path = work / (name + ".js")
        path.write_text(program(root, name), encoding="utf-8", errors="surrogateescape")
        res = {e: measure(e, path, a.tree, a.timeout) for e in engines}
        cells, bad = external.row(res, engines, 11)
        for e in ratios:
            t, u = res["pyjsvm"].get("time"), res[e].get("time")
            cells.append("%11s" % ("%.1f" % (t / u) if t and u else "-"))
        if any(e.startswith("pyjsvm") for e in bad) or any(e.startswith("pyjsvm") and "error" in res[e] for e in engines):
            status = 1
        print("%-30s" % name + "".join(cells) + "   " + ("MISMATCH " + ",".join(bad) if bad else "ok"))
        for e in engines:
            if "error" in res[e]:
                print("    %s: %s" % (e, res[e]["error"]))
        sys.stdout.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
