"""End-to-end: ES modules in the ``pyjsvm`` command (``.mjs``, ``"type": "module"``,
``--input-type=module``), compared with node where node 20 behaves as documented."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.host.conftest import run_pyjsvm

PROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "esm_project")
HAS_NODE = shutil.which("node") is not None


def _node(*args: str, cwd: str = PROJECT, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", *args], capture_output=True, text=True, cwd=cwd, timeout=60, input=stdin)


def test_project() -> None:
    r = run_pyjsvm("main.mjs", cwd=PROJECT)
    with open(os.path.join(PROJECT, "main.stdout"), encoding="utf-8") as f:
        assert r.stdout == f.read()
    assert r.stderr == "" and r.returncode == 0


@pytest.mark.skipif(not HAS_NODE, reason="node is not on PATH")
def test_project_against_node() -> None:
    r = run_pyjsvm("main.mjs", cwd=PROJECT)
    n = _node("main.mjs")
    assert (r.stdout, r.returncode) == (n.stdout, n.returncode)


def _write(tmp_path: object, files: dict[str, str]) -> str:
    d = str(tmp_path)
    for name, text in files.items():
        p = os.path.join(d, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    return d


def test_uncaught_error_in_module(tmp_path: object) -> None:
    d = _write(tmp_path, {"a.mjs": 'import { x } from "./b.mjs";\nconsole.log(x);\nthrow new Error("boom");\n',
                          "b.mjs": "export const x = 1;\n"})
    r = run_pyjsvm("a.mjs", cwd=d)
    url = "file://" + os.path.join(d, "a.mjs")
    assert r.stdout == "1\n" and r.returncode == 1
    assert r.stderr.startswith(f'{url}:3\nthrow new Error("boom");\n      ^\n\nError: boom\n    at {url}:3:7')
    if HAS_NODE:
        n = _node("a.mjs", cwd=d)
        assert n.stderr.startswith(f'{url}:3\nthrow new Error("boom");\n      ^\n\nError: boom\n    at {url}:3:7')


def test_uncaught_error_after_top_level_await(tmp_path: object) -> None:
    # the module's top level after an await is still its activation: the source line, the
    # caret and the frames, as before it
    d = _write(tmp_path, {"t.mjs": 'await null;\nfunction f() { throw new Error("deep"); }\nf();\n',
                          "u.mjs": "await null;\nnull.x;\n"})
    for name, head in (("t.mjs", '2\nfunction f() { throw new Error("deep"); }\n                     ^\n\nError: deep\n'
                                 "    at f ({url}:2:22)\n    at {url}:3:1"),
                       ("u.mjs", "2\nnull.x;\n     ^\n\nTypeError: Cannot read properties of null (reading 'x')\n"
                                 "    at {url}:2:6")):
        url = "file://" + os.path.join(d, name)
        expected = url + ":" + head.replace("{url}", url)
        r = run_pyjsvm(name, cwd=d)
        assert r.returncode == 1 and r.stderr.startswith(expected), r.stderr
        if HAS_NODE:
            assert _node(name, cwd=d).stderr.startswith(expected)


def test_link_errors_and_unsettled_tla(tmp_path: object) -> None:
    d = _write(tmp_path, {"missing.mjs": 'import "./nope.mjs";\n', "bad.mjs": 'import { y } from "./b.mjs";\n',
                          "b.mjs": "export const x = 1;\n", "wait.mjs": "await new Promise(() => {});\n",
                          "syntax.mjs": "export {;\n"})
    for name, code, text in (("missing.mjs", 1, "ERR_MODULE_NOT_FOUND"),
                             ("bad.mjs", 1, "does not provide an export named 'y'"),
                             ("wait.mjs", 13, ""), ("syntax.mjs", 1, "SyntaxError")):
        r = run_pyjsvm(name, cwd=d)
        assert r.returncode == code and text in r.stderr, (name, r.stderr)
        if HAS_NODE:
            assert _node(name, cwd=d).returncode == code


def test_input_type_module(tmp_path: object) -> None:
    d = _write(tmp_path, {"b.mjs": "export const x = 41;\n"})
    src = 'import { x } from "./b.mjs"; console.log(x + 1, typeof require, import.meta.url.endsWith("[eval1]"));'
    r = run_pyjsvm("--input-type=module", "-e", src, cwd=d)
    assert r.stdout == "42 undefined true\n"
    if HAS_NODE:
        assert _node("--input-type=module", "-e", src, cwd=d).stdout == r.stdout
    r = run_pyjsvm("--input-type=module", stdin='import { x } from "./b.mjs"; console.log(await x);', cwd=d)
    assert r.stdout == "41\n"
    r = run_pyjsvm("--experimental-vm-modules", "-e", "console.log(typeof require('vm').Script)", cwd=d)
    assert r.stdout == "function\n"


def test_require_of_esm_and_exports_conditions() -> None:
    # require() of an ES module graph without top-level await (Node >= 22; node 20 throws ERR_REQUIRE_ESM)
    r = run_pyjsvm("require_esm.cjs", cwd=PROJECT)
    assert r.stdout == "required esm 42\n" and r.returncode == 0
    src = "console.log(require('pkg'), typeof require('plain').main)"
    r = run_pyjsvm("-e", src, cwd=PROJECT)
    assert r.stdout == "pkg-cjs string\n"
    if HAS_NODE:
        assert _node("-e", src).stdout == r.stdout


def test_require_of_async_esm_fails(tmp_path: object) -> None:
    d = _write(tmp_path, {"t.mjs": "await 0; export const a = 1;\n", "main.cjs": "require('./t.mjs');\n"})
    r = run_pyjsvm("main.cjs", cwd=d)
    assert r.returncode == 1 and "ERR_REQUIRE_ASYNC_MODULE" in r.stderr


@pytest.mark.parametrize("name", ["vm_modules", "vm_link_requests"])
def test_node_vm_modules(name: str) -> None:
    """require('node:vm').SourceTextModule / SyntheticModule / Module with Node's names."""
    r = run_pyjsvm("--experimental-vm-modules", name + ".cjs", cwd=PROJECT)
    with open(os.path.join(PROJECT, name + ".stdout"), encoding="utf-8") as f:
        assert r.stdout == f.read()
    assert r.returncode == 0


@pytest.mark.skipif(not HAS_NODE, reason="node is not on PATH")
def test_node_vm_modules_against_node() -> None:
    # node 20 has link()/evaluate() but not linkRequests()/moduleRequests() (vm_link_requests.cjs)
    r = run_pyjsvm("--experimental-vm-modules", "vm_modules.cjs", cwd=PROJECT)
    n = _node("--experimental-vm-modules", "--no-warnings", "vm_modules.cjs")
    assert (r.stdout, r.returncode) == (n.stdout, n.returncode)


_QUERY_FILES = {
    "a.mjs": "export const url = import.meta.url.slice(import.meta.url.lastIndexOf('/') + 1);\n"
             "export const file = import.meta.filename.slice(import.meta.filename.lastIndexOf('/') + 1);\n"
             "export const id = {};\n",
    "sp ace.mjs": "export default 'spaced';\n",
    "data.json": '{"n": 1}\n',
    "main.mjs": "import { url as u1, id as i1, file } from './a.mjs?v=1';\n"
                "import { url as u2, id as i2 } from './a.mjs?v=2';\n"
                "import { id as i3 } from './a.mjs?v=1';\n"
                "import { id as i0 } from './a.mjs';\n"
                "import spaced from './sp%20ace.mjs?q';\n"
                "import data from './data.json?x' with { type: 'json' };\n"
                "console.log(u1, u2, file, i1 === i3, i1 !== i2, i0 !== i1, spaced, data.n);\n"
                "const h = await import('./a.mjs#frag');\n"
                "console.log(h.url, h.id !== i0, (await import('./a.mjs#frag')).id === h.id);\n"
                "const f = await import(new URL('./a.mjs?from=url#h', import.meta.url).href);\n"
                "console.log(f.url, (await import('./a.mjs?v=2')).id === i2);\n"
                "console.log(import.meta.resolve('./a.mjs?v=3#z').endsWith('/a.mjs?v=3#z'));\n"
                "try { await import('./nope.mjs?x=1'); } catch (e) {\n"
                "  console.log(e.code, e.message.replace(/'[^']*nope/, \"'nope\").replace(/ from .*/, ''),"
                " e.url.slice(e.url.lastIndexOf('/')));\n"
                "}\n",
}
_QUERY_STDOUT = ("a.mjs?v=1 a.mjs?v=2 a.mjs true true true spaced 1\n"
                 "a.mjs#frag true true\n"
                 "a.mjs?from=url#h true\n"
                 "true\n"
                 "ERR_MODULE_NOT_FOUND Cannot find module 'nope.mjs' imported /nope.mjs?x=1\n")


def test_specifier_query_and_fragment(tmp_path: object) -> None:
    """A ``?query`` or ``#fragment`` is part of the module's URL: its identity, its import.meta.url."""
    d = _write(tmp_path, _QUERY_FILES)
    r = run_pyjsvm("main.mjs", cwd=d)
    assert (r.stdout, r.stderr, r.returncode) == (_QUERY_STDOUT, "", 0)


@pytest.mark.skipif(not HAS_NODE, reason="node is not on PATH")
def test_specifier_query_and_fragment_against_node(tmp_path: object) -> None:
    d = _write(tmp_path, _QUERY_FILES)
    n = _node("main.mjs", cwd=d)
    assert (n.stdout, n.returncode) == (_QUERY_STDOUT, 0)
