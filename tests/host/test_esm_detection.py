"""Module syntax detection in the ``pyjsvm`` command, as node v20.19+ has it: a ``.js`` or
extensionless file with no ``"type"`` in the package.json above it (or no package.json), and
``-e`` / stdin code without ``--input-type``, that does not compile as CommonJS but does as an
ES module, is run, required and imported as an ES module. Each case's stdout and exit code are
checked against node when node is on PATH."""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from tests.host.conftest import run_pyjsvm

HAS_NODE = shutil.which("node") is not None

ESM_MAIN = 'import fs from "fs";\nconsole.log(typeof fs.readFileSync, typeof require, import.meta.url.slice(0, 7));\n'

# name -> (files, argv, stdout, exit code)
CASES: dict[str, tuple[dict[str, str], list[str], str, int]] = {
    "import_declaration": ({"a.js": ESM_MAIN}, ["a.js"], "function undefined file://\n", 0),
    "export_declaration": ({"a.js": "console.log(typeof module);\nexport {};\n"}, ["a.js"], "undefined\n", 0),
    "top_level_await": ({"a.js": "const x = await Promise.resolve(5);\nconsole.log(x);\n"}, ["a.js"], "5\n", 0),
    "import_meta": ({"a.js": "console.log(import.meta.url.endsWith('/a.js'));\n"}, ["a.js"], "true\n", 0),
    # a CommonJS wrapper's name declared at the top level: an error only in CommonJS
    "wrapper_name_declared": ({"a.js": "const require = 1;\nconsole.log(require);\n"}, ["a.js"], "1\n", 0),
    "extensionless": ({"a": ESM_MAIN}, ["a"], "function undefined file://\n", 0),
    "plain_commonjs_stays": ({"a.js": "console.log(typeof require, typeof module, this === module.exports);\n"},
                             ["a.js"], "function object true\n", 0),
    "required": ({"e.js": "export const x = 1;\nexport default 2;\n",
                  "a.js": "const m = require('./e.js');\nconsole.log(m.x, m.default);\n"}, ["a.js"], "1 2\n", 0),
    # (an empty namespace prints as node prints it)
    "required_empty": ({"e.js": "export {};\n", "a.js": "console.log(require('./e.js'));\n"}, ["a.js"],
                       "[Module: null prototype] {  }\n", 0),
    "imported_from_commonjs": ({"e.js": "export const x = 3;\n",
                                "a.cjs": "import('./e.js').then(m => console.log(m.x));\n"}, ["a.cjs"], "3\n", 0),
    "commonjs_imported_from_esm": ({"c.js": "exports.y = 4;\n",
                                    "a.mjs": "import c, { y } from './c.js';\nconsole.log(c.y, y);\n"},
                                   ["a.mjs"], "4 4\n", 0),
    "esm_imported_from_esm": ({"e.js": "export const x = await Promise.resolve(6);\n",
                               "a.mjs": "import { x } from './e.js';\nconsole.log(x);\n"}, ["a.mjs"], "6\n", 0),
    "typeless_package_json": ({"package.json": '{"name": "p"}', "a.js": ESM_MAIN}, ["a.js"],
                              "function undefined file://\n", 0),
    "in_node_modules": ({"node_modules/q/package.json": '{"name": "q"}',
                         "node_modules/q/index.js": "export default 5;\n",
                         "a.mjs": "import q from 'q';\nconsole.log(q);\n"}, ["a.mjs"], "5\n", 0),
    # "type": "commonjs" turns detection off
    "type_commonjs": ({"package.json": '{"type": "commonjs"}', "a.js": ESM_MAIN}, ["a.js"], "", 1),
    # neither CommonJS nor a module: CommonJS's error
    "syntax_error": ({"a.js": "import x from 'y';\nlet a = ;\n"}, ["a.js"], "", 1),
    "eval": ({}, ["-e", "import fs from 'fs'; console.log(typeof fs, typeof require, import.meta.url.slice(-7))"],
             "object undefined [eval1]\n", 0),
    "eval_await": ({}, ["-e", "console.log(await Promise.resolve(7))"], "7\n", 0),
    "eval_input_type_commonjs": ({}, ["--input-type=commonjs", "-e", "console.log(await 1)"], "", 1),
    "print": ({}, ["-p", "import fs from 'fs'; 1"], "", 1),
    "print_input_type_module": ({}, ["--input-type=module", "-p", "1"], "", 1),
}

STDERR: dict[str, str] = {
    "type_commonjs": "SyntaxError: Cannot use import statement outside a module",
    "syntax_error": "SyntaxError: Cannot use import statement outside a module",
    "eval_input_type_commonjs": "SyntaxError: await is only valid in async functions and the top level bodies of modules",
    "print": "Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input",
    "print_input_type_module": "Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input",
}


def _write(d: str, files: dict[str, str]) -> None:
    for name, text in files.items():
        p = os.path.join(d, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)


def _warnings(stderr: str) -> list[str]:
    """The MODULE_TYPELESS_PACKAGE_JSON warnings' first lines, the process id taken out."""
    return [re.sub(r"\(node:\d+\)", "(node:PID)", line) for line in stderr.splitlines()
            if "MODULE_TYPELESS_PACKAGE_JSON" in line]


@pytest.mark.parametrize("name", list(CASES))
def test_detection(name: str, tmp_path: object) -> None:
    files, argv, stdout, code = CASES[name]
    d = str(tmp_path)
    _write(d, files)
    r = run_pyjsvm(*argv, cwd=d)
    assert (r.stdout, r.returncode) == (stdout, code), r.stderr
    if name in STDERR:
        assert STDERR[name] in r.stderr
    elif name != "typeless_package_json":
        assert r.stderr == ""
    if HAS_NODE:
        n = subprocess.run(["node", *argv], capture_output=True, text=True, cwd=d, timeout=60,
                           stdin=subprocess.DEVNULL)
        assert (n.stdout, n.returncode) == (stdout, code), n.stderr
        assert _warnings(r.stderr) == _warnings(n.stderr)


def test_typeless_package_warning(tmp_path: object) -> None:
    """Under a package.json without "type", an ES module found by its syntax is run with node's
    MODULE_TYPELESS_PACKAGE_JSON warning (once per file; not for require(), not in node_modules)."""
    d = str(tmp_path)
    _write(d, {"package.json": '{"name": "p"}', "a.js": ESM_MAIN, "e.js": "export const x = 1;\n",
               "twice.cjs": "import('./e.js').then(() => import('./e.js')).then(m => console.log(m.x));\n",
               "req.cjs": "console.log(require('./e.js').x);\n"})
    url = "file://" + os.path.join(d, "a.js")
    r = run_pyjsvm("a.js", cwd=d)
    assert r.stderr.startswith(
        f"(node:{r.stderr[6:].split(')')[0]}) [MODULE_TYPELESS_PACKAGE_JSON] Warning: Module type of {url} is not "
        "specified and it doesn't parse as CommonJS.\nReparsing as ES module because module syntax was detected. "
        "This incurs a performance overhead.\nTo eliminate this warning, add \"type\": \"module\" to "
        f"{os.path.join(d, 'package.json')}.\n")
    r = run_pyjsvm("twice.cjs", cwd=d)
    assert r.stdout == "1\n" and len(_warnings(r.stderr)) == 1
    r = run_pyjsvm("req.cjs", cwd=d)
    assert (r.stdout, r.stderr) == ("1\n", "")


def test_stdin(tmp_path: object) -> None:
    r = run_pyjsvm(stdin="import fs from 'fs';\nconsole.log(typeof fs, typeof require);\n", cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == ("object undefined\n", 0)


def test_detection_parses_a_commonjs_file_once(tmp_path: object) -> None:
    """A CommonJS file that an ES module imports is parsed once: the parse that found it is not
    a module is the one it runs from."""
    from pyjsvm.compiler import engine
    from pyjsvm.host.runtime import NodeHost
    d = str(tmp_path)
    _write(d, {"c.js": "module.exports = { y: await_ => 4 };\n",
               "a.mjs": "import { y } from './c.js';\nglobalThis.seen = y();\n"})
    calls: list[str] = []
    real = engine.parse_function

    def counted(body: str, *args: object, **kw: object) -> object:
        calls.append(body)
        return real(body, *args, **kw)  # type: ignore[arg-type]
    host = NodeHost([])
    engine.parse_function = counted  # type: ignore[assignment]
    import pyjsvm.host.require as require_module
    saved = require_module.parse_function
    require_module.parse_function = counted  # type: ignore[assignment]
    try:
        host.run_guarded(lambda: host.esm.run_main(os.path.join(d, "a.mjs")))
        host.run_loop()
    finally:
        engine.parse_function = real  # type: ignore[assignment]
        require_module.parse_function = saved  # type: ignore[assignment]
    g = host.realm.global_object
    assert g.get("seen", g) == 4.0
    assert len([c for c in calls if "module.exports" in c]) == 1
