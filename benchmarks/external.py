"""Workloads nobody tuned pyjsvm for: Kraken 1.1 and real npm tools on real input, timed
side by side on pyjsvm (warm: the second ``run_in_new_context`` of the source in one process,
contextified and DONT_CONTEXTIFY), QuickJS (PyPI ``quickjs``), js2py and node.

Usage:
    python3 benchmarks/external.py fetch DIR     # once: npm packages and the Kraken 1.1 tests into DIR
    python3 benchmarks/external.py run DIR [--engines pyjsvm,pyjsvm-nc,quickjs,node,js2py] [--tree T] [NAME ...]
    python3 benchmarks/external.py write DIR OUT # the programs as files OUT/NAME.js (for profiling)

Nothing of Kraken or of the packages is in this repository: ``fetch`` installs the packages
(``npm install`` into DIR) and clones the Kraken tests (from Mozilla's arewefastyet
repository, at COMMIT) into DIR. Each program is built here from those files: a Kraken
test is its data file, its test file with the iteration counts reduced (a regexp
substitution checked to apply) and a checksum expression; an npm workload is the package's
bundle wrapped in a CommonJS ``module`` and a driver of our own. Each engine runs each
program in its own process; pyjsvm and QuickJS run it twice and the second run is timed
(process CPU time), js2py once, node (``vm.runInNewContext``, a contextified global) twice
with the second timed. The checksums of all engines are compared with node's.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
KRAKEN_REPOSITORY = "https://github.com/mozilla/arewefastyet"
COMMIT = "0e2160885d0ca693577d54f1bbbe572f052282c6"
KRAKEN_TESTS = "arewefastyet/benchmarks/kraken/tests/kraken-1.1"
PACKAGES = ["acorn@8.19.0", "chroma-js@3.3.0", "crypto-js@4.2.0", "esprima@4.0.1", "js-sha3@0.13.0", "js-yaml@5.5.0",
            "lodash@4.18.1", "markdown-it@15.0.3", "marked@18.3.0", "pako@3.0.3", "source-map@0.6.1"]
ENGINES = ("pyjsvm", "pyjsvm-nc", "quickjs", "node", "js2py")
PRINT = "var __out = []; function print(s) { __out.push(String(s)); }\n"

def programs(root: Path) -> dict[str, str]:
    """name -> the source of that workload (a checksum expression last), from the files under ``root``."""
    K = root / KRAKEN_TESTS
    N = root / "node_modules"

    def kraken(name: str, subs: Any = (), after_data: str = "", check: str = "") -> str:
        data = (K / (name + "-data.js")).read_text()
        test = (K / (name + ".js")).read_text()
        for a, b in subs:
            new = re.sub(a, b, test)
            assert new != test, (name, a)
            test = new
        return PRINT + data + "\n" + after_data + "\n" + test + "\n;" + check + "\n"

    def lib(path: str, name: str) -> str:
        src = (N / path).read_text()
        return ("var module = {exports: {}}, exports = module.exports;\n(function (module, exports) {\n" + src +
                "\n}).call(module.exports, module, module.exports);\nvar " + name + " = module.exports;\n")

    SJ = "__out.join('|') + ';' + Object.keys(sjcl.test.all).map(function (k) { return sjcl.test.all[k].passes + '/' + sjcl.test.all[k].failures; }).join()"
    SUM = "(function(a){var s=0;for(var i=0;i<a.length;i++)s+=a[i];return Math.round(s*1000)/1000;})"
    progs = {
     "kr-audio-beat-detection": kraken("audio-beat-detection", [(r"iterations = 1000", "iterations = 160")], check=SUM+"(fft.spectrum) + ':' + bd.win_bpm_int"),
     "kr-audio-dft": kraken("audio-dft", [(r"iterations = 20", "iterations = 2")], check="Math.round(dft.spectrum.reduce(function (a, b) { return a + b; }) * 1e9) + ':' + dft.complexValues[3].real"),
     "kr-audio-fft": kraken("audio-fft", [(r"iterations = 1000", "iterations = 200")], check=SUM+"(fft.spectrum)"),
     "kr-audio-oscillator": kraken("audio-oscillator", [(r"iterations = 500", "iterations = 60")], check=SUM+"(sine.signal)"),
     "kr-imaging-darkroom": kraken("imaging-darkroom", [(r"index < paramArray.length", "index < 3")], check=SUM+"(data)"),
     "kr-imaging-desaturate": kraken("imaging-desaturate", [(r"pixcounter < 200", "pixcounter < 20")], check=SUM+"(squidImageData)"),
     "kr-imaging-gaussian-blur": kraken("imaging-gaussian-blur", [], after_data="height = 12;", check=SUM+"(squidImageData)"),
     "kr-json-parse-financial": kraken("json-parse-financial", [(r"i < 1000", "i < 10000")], check="JSON.stringify(x).length"),
     "kr-json-stringify-tinderbox": kraken("json-stringify-tinderbox", [(r"i < 20", "i < 40")], check="x.length"),
     "kr-stanford-crypto-aes": kraken("stanford-crypto-aes", [(r"index < 8", "index < 2")], check=SJ),
     "kr-stanford-crypto-ccm": kraken("stanford-crypto-ccm", [(r"kat.length / 100", "2"), (r"i<kat.length && i<100\*\(j\+1\)", "i<kat.length && i<100*j+50")], check=SJ),
     "kr-stanford-crypto-pbkdf2": kraken("stanford-crypto-pbkdf2", [(r"index < 8", "index < 1")], check=SJ),
     "kr-stanford-crypto-sha256-iterative": kraken("stanford-crypto-sha256-iterative", [(r"0, 10, true", "0, 6, true"), (r'thiz.require\(hash === "f305[0-9a-f]*"\)', "thiz.require(true); print(hash)")], check=SJ),
    }

    # the parsers' input: js-yaml's CommonJS bundle (about 140 KB)
    PARSE_INPUT = (N / "js-yaml/dist/js-yaml.cjs.js").read_text()
    MD = """# Title %d

    Some *emphasis* and **strong** text with `code` and a [link](http://example.com/%d).

    - item one
    - item two with _underscore_
      - nested item

    1. first
    2. second

    > a quote with **bold**

    ```js
    var x = %d;
    ```

    | a | b |
    |---|---|
    | 1 | 2 |

    """
    progs["npm-acorn"] = lib("acorn/dist/acorn.js", "acorn") + "var INPUT = " + json.dumps(PARSE_INPUT) + ";\nvar ast = acorn.parse(INPUT, {ecmaVersion: 2020, locations: true}); ast.body.length + ':' + ast.end;\n"
    progs["npm-esprima"] = lib("esprima/dist/esprima.js", "esprima") + "var INPUT = " + json.dumps(PARSE_INPUT) + ";\nvar ast = esprima.parseScript(INPUT, {range: true}); ast.body.length + ':' + ast.range[1];\n"
    progs["npm-marked"] = lib("marked/lib/marked.umd.js", "marked") + "var doc = ''; for (var i = 0; i < 300; i++) doc += " + json.dumps(MD) + ".replace(/%d/g, String(i));\nvar html = marked.parse(doc); html.length;\n"
    progs["npm-markdown-it"] = lib("markdown-it/dist/browser/markdown-it.umd.min.js", "markdownit") + "var doc = ''; for (var i = 0; i < 300; i++) doc += " + json.dumps(MD) + ".replace(/%d/g, String(i));\nvar html = markdownit().render(doc); html.length;\n"
    progs["npm-js-yaml"] = lib("js-yaml/dist/js-yaml.cjs.js", "jsyaml") + """
    var obj = {items: []}; for (var i = 0; i < 150; i++) obj.items.push({id: i, name: 'item ' + i, tags: ['a', 'b', 'c' + i], nested: {x: i * 1.5, y: [i, i + 1], z: i % 2 === 0}});
    var text = jsyaml.dump(obj); var back = jsyaml.load(text); text.length + ':' + back.items.length + ':' + back.items[149].nested.x;
    """
    progs["npm-source-map"] = lib("source-map/dist/source-map.js", "sourceMap") + """
    var gen = new sourceMap.SourceMapGenerator({file: 'out.js'});
    for (var i = 0; i < 6000; i++) gen.addMapping({generated: {line: 1 + (i >> 4), column: (i & 15) * 7}, original: {line: i + 1, column: i % 13}, source: 'src' + (i % 5) + '.js', name: i % 3 ? 'n' + (i % 17) : undefined});
    var map = gen.toString();
    var con = new sourceMap.SourceMapConsumer(map); var s = 0;
    for (var i = 0; i < 6000; i++) { var p = con.originalPositionFor({line: 1 + (i >> 4), column: (i & 15) * 7}); s += p.line + p.column; }
    map.length + ':' + s;
    """
    progs["npm-lodash"] = lib("lodash/lodash.js", "_") + """
    var rows = []; for (var i = 0; i < 15000; i++) rows.push({id: i, group: 'g' + (i % 37), value: (i * 7919) % 1000, name: 'user' + i, active: i % 3 !== 0});
    var grouped = _.groupBy(rows, 'group');
    var stats = _.map(grouped, function (g, k) { return {k: k, n: g.length, sum: _.sumBy(g, 'value'), max: _.maxBy(g, 'value').value}; });
    var top = _.take(_.orderBy(_.filter(rows, 'active'), ['value', 'id'], ['desc', 'asc']), 50);
    var chunks = _.chunk(_.uniq(_.map(rows, function (r) { return r.value % 101; })), 7);
    var merged = _.merge({}, _.keyBy(rows.slice(0, 500), 'id'), _.keyBy(rows.slice(250, 750), 'id'));
    var text = _.map(top, function (r) { return _.padStart(_.camelCase(r.name + ' x'), 12, '.'); }).join(',');
    _.sumBy(stats, 'sum') + ':' + chunks.length + ':' + _.size(merged) + ':' + text.length;
    """
    progs["npm-crypto-js"] = lib("crypto-js/crypto-js.js", "CryptoJS") + """
    var msg = ''; for (var i = 0; i < 200; i++) msg += 'The quick brown fox ' + i + '. ';
    var h = ''; for (var i = 0; i < 24; i++) h = CryptoJS.SHA256(msg + h).toString();
    var enc = CryptoJS.AES.encrypt(msg, CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), {iv: CryptoJS.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100')}).toString();
    var dec = CryptoJS.AES.decrypt(enc, CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), {iv: CryptoJS.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100')}).toString(CryptoJS.enc.Utf8);
    h + ':' + CryptoJS.MD5(enc).toString() + ':' + (dec === msg);
    """
    progs["npm-js-sha3"] = lib("js-sha3/src/sha3.js", "sha3") + """
    var msg = ''; for (var i = 0; i < 300; i++) msg += 'The quick brown fox ' + i + '. ';
    var h = ''; for (var i = 0; i < 10; i++) h = sha3.keccak256(msg + h) + sha3.sha3_512(h);
    h;
    """
    progs["npm-pako"] = lib("pako/dist/pako.cjs.js", "pako") + """
    var text = ''; for (var i = 0; i < 5000; i++) text += 'line ' + i + ': ' + ((i * 7919) % 1000) + ' the quick brown fox jumps\\n';
    var bytes = new Uint8Array(text.length); for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    var comp = pako.deflate(bytes); var back = pako.inflate(comp); var same = back.length === bytes.length;
    for (var i = 0; i < back.length; i++) if (back[i] !== bytes[i]) same = false;
    comp.length + ':' + same + ':' + text.length;
    """
    progs["npm-chroma"] = lib("chroma-js/dist/chroma.cjs", "chroma") + """
    var out = 0, hexes = [];
    var scale = chroma.scale(['#fafa6e', '#2A4858']).mode('lch').colors(200);
    for (var i = 0; i < 3000; i++) { var c = chroma.hsl(i % 360, 0.5, 0.4 + (i % 7) / 20); hexes.push(c.hex()); out += chroma.contrast(c, 'white') + chroma.deltaE(c, scale[i % 200]); }
    Math.round(out * 1000) + ':' + hexes[2999] + ':' + scale[7];
    """
    return progs


NODE_TIMER = r"""
const fs = require('fs'), vm = require('vm');
const src = fs.readFileSync(process.argv[1], 'utf8');
let r = vm.runInNewContext(src);
const t0 = process.hrtime.bigint(); r = vm.runInNewContext(src);
const t = Number(process.hrtime.bigint() - t0) / 1e9;
console.log('@@' + JSON.stringify({time: t, result: String(r)}));
"""


def time_run(engine: str, run: Any) -> dict[str, Any]:
    """The time (process CPU) and result of ``run()`` after one untimed run (none for js2py)."""
    if engine != "js2py":
        run()
    t = time.process_time()
    r = run()
    return {"time": time.process_time() - t, "result": str(r)}


def worker(engine: str, path: str) -> None:
    """Run one program on one Python engine and print its time and checksum (``@@`` JSON)."""
    src = Path(path).read_text()
    out: dict[str, Any]
    try:
        if engine.startswith("pyjsvm"):
            import pyjsvm as vm

            def run() -> Any:
                if engine.endswith("-nc"):
                    return vm.run_in_new_context(src, vm.constants.DONT_CONTEXTIFY)
                return vm.run_in_new_context(src)
        elif engine == "quickjs":
            import quickjs

            def run() -> Any:
                return quickjs.Context().eval(src)
        elif engine == "js2py":
            import js2py

            def run() -> Any:
                return js2py.eval_js(src)
        else:
            raise SystemExit("unknown engine %r" % engine)
        out = time_run(engine, run)
    except BaseException as e:  # (every engine failure is reported)
        out = {"error": ("%s: %s" % (type(e).__name__, e)).splitlines()[0][:200]}
    print("@@" + json.dumps(out))


def measure(engine: str, path: Path, tree: str | None, timeout: float,
            node_timer: str = NODE_TIMER, script: str = __file__) -> dict[str, Any]:
    """One engine's run of the program at ``path`` in its own process: node runs ``node_timer``,
    a Python engine ``script``'s ``worker`` command. The ``@@`` JSON it printed, or an error."""
    if engine == "node":
        cmd = ["node", "-e", node_timer, str(path)]
        env = None
    else:
        cmd = [sys.executable, str(Path(script).resolve()), "worker", engine, str(path)]
        env = dict(os.environ, PYTHONPATH=tree or str(REPO))
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"error": "timeout (%g s)" % timeout}
    except FileNotFoundError as e:
        return {"error": str(e)}
    lines = [line for line in p.stdout.splitlines() if line.startswith("@@")]
    if not lines:
        return {"error": (p.stderr.strip().splitlines() or ["no output"])[-1][:200]}
    return json.loads(lines[-1][2:])  # type: ignore[no-any-return]


def row(res: dict[str, dict[str, Any]], engines: list[str], width: int) -> tuple[list[str], list[str]]:
    """A table row's time cells (``width`` wide) and the engines whose result is not node's."""
    ref = res.get("node", {}).get("result")
    cells, bad = [], []
    for e in engines:
        r = res[e]
        cells.append("%*s" % (width, "%.3f" % r["time"] if "time" in r else "fail"))
        if "time" in r and ref is not None and r["result"] != ref:
            bad.append(e)
    return cells, bad


def fetch(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    if not (root / "package.json").exists():
        (root / "package.json").write_text('{"name": "external-workloads", "private": true}\n')
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", *PACKAGES], cwd=root, check=True)
    dest = root / "arewefastyet"
    if not dest.exists():
        subprocess.run(["git", "clone", "--filter=blob:none", "--no-checkout", KRAKEN_REPOSITORY, str(dest)], check=True)
        subprocess.run(["git", "sparse-checkout", "set", "benchmarks/kraken/tests/kraken-1.1"], cwd=dest, check=True)
        subprocess.run(["git", "checkout", COMMIT], cwd=dest, check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("fetch", "run", "write", "worker"))
    ap.add_argument("args", nargs="*")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--tree", help="the pyjsvm checkout to time (default: this one)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per engine and program (120: js2py is slow)")
    a = ap.parse_intermixed_args(argv)
    if a.command == "worker":
        worker(a.args[0], a.args[1])
        return 0
    root = Path(a.args[0]).resolve()
    if a.command == "fetch":
        fetch(root)
        return 0
    progs = programs(root)
    if a.command == "write":
        out = Path(a.args[1])
        out.mkdir(parents=True, exist_ok=True)
        for name, src in progs.items():
            (out / (name + ".js")).write_text(src)
        return 0
    names = [n for n in progs if not a.args[1:] or any(n.startswith(x) for x in a.args[1:])]
    engines = [e for e in a.engines.split(",") if e]
    work = root / "programs"
    work.mkdir(exist_ok=True)
    print("%-38s" % "program" + "".join("%12s" % e for e in engines) + "   check")
    for name in names:
        path = work / (name + ".js")
        path.write_text(progs[name])
        res = {e: measure(e, path, a.tree, a.timeout) for e in engines}
        cells, bad = row(res, engines, 12)
        print("%-38s" % name + "".join(cells) + "   " + ("MISMATCH " + ",".join(bad) if bad else "ok"))
        for e in engines:
            if "error" in res[e]:
                print("    %s: %s" % (e, res[e]["error"]))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
