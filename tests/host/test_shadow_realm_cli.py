"""ShadowRealm in the ``pyjsvm`` command: ``importValue`` loads ES modules from files into the
ShadowRealm's own module map, resolved from the main script (node 20 has no ShadowRealm: the
expected output follows the proposal, sec-shadowrealmimportvalue)."""
from __future__ import annotations

from pathlib import Path

from tests.host.conftest import run_pyjsvm

MAIN = """
const r = new ShadowRealm();
const add = await r.importValue('./lib.mjs', 'add');
console.log(add(1, 2), add.name, add.length);
console.log((await r.importValue('./lib.mjs', 'where'))());
console.log(r.evaluate('typeof process'), typeof process);
console.log(await r.importValue('./lib.mjs', 'count') === 1);
for (const [spec, name] of [['./lib.mjs', 'obj'], ['./lib.mjs', 'nope'], ['./cjs.js', 'x'],
                            ['node:fs', 'readFileSync'], ['./missing.mjs', 'x'], ['./bad.mjs', 'x']]) {
  try { await r.importValue(spec, name); console.log('imported', spec); }
  catch (e) { console.log(spec, e.constructor === TypeError); }
}
"""


def _project(tmp_path: Path) -> str:
    files = {
        "sub/lib.mjs": "import { base } from './dep.mjs';\n"
                       "export const add = (a, b) => a + b + base;\n"
                       "export const where = () => typeof process + ',' + import.meta.url.endsWith('/sub/lib.mjs');\n"
                       "globalThis.loads = (globalThis.loads || 0) + 1; export const count = globalThis.loads;\n"
                       "export const obj = {};\n",
        "sub/dep.mjs": "export const base = 100;\n",
        "sub/cjs.js": "module.exports = { x: 1 };\n",
        "sub/bad.mjs": "export default {\n",
        "sub/main.mjs": MAIN,
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return str(tmp_path / "sub" / "main.mjs")


def test_import_value_of_module_files(tmp_path: Path) -> None:
    main = _project(tmp_path)
    # run from another directory: specifiers resolve from the main script
    r = run_pyjsvm(main, cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "103 add 2",
        "undefined,true",
        "undefined object",
        "true",
        "./lib.mjs true", "./lib.mjs true", "./cjs.js true", "node:fs true", "./missing.mjs true", "./bad.mjs true",
    ]


def test_evaluate_from_eval_code(tmp_path: Path) -> None:
    r = run_pyjsvm("-p", "new ShadowRealm().evaluate('[1, 2].map(x => x * 2).join()')")
    assert (r.stdout, r.returncode) == ("2,4\n", 0)
    # from -e code, specifiers resolve from the current directory
    (tmp_path / "m.mjs").write_text("export const v = 'here';\n")
    r = run_pyjsvm("-e", "new ShadowRealm().importValue('./m.mjs', 'v').then(console.log)", cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == ("here\n", 0)
