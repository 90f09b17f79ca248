"""Module syntax in a script or a function body gets V8's SyntaxError messages (as node's
vm.Script gives them), and an ``await`` outside async code is pointed at itself; node's module
syntax detection (``pyjsvm.host.esm.contains_module_syntax``) relies on the module parse, not on
these words. Expected messages are node v20's; checked against node when it is on PATH."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

import pyjsvm

HAS_NODE = shutil.which("node") is not None

# source -> the message of vm.Script's SyntaxError ("": none)
SCRIPT_CASES: dict[str, str] = {
    'import fs from "fs"': "Cannot use import statement outside a module",
    'import "x"': "Cannot use import statement outside a module",
    'x\n  import { a } from "x"': "Cannot use import statement outside a module",
    "export {}": "Unexpected token 'export'",
    "export default 1": "Unexpected token 'export'",
    "console.log(import.meta)": "Cannot use 'import.meta' outside a module",
    "await 1": "await is only valid in async functions and the top level bodies of modules",
    "const x = await foo()": "await is only valid in async functions and the top level bodies of modules",
    "function f() {\n  return await 1 }": "await is only valid in async functions and the top level bodies of modules",
    "for await (const x of []) ;": "Unexpected reserved word",
    "function g() { for await (const x of []) ; }": "Unexpected reserved word",
    "a.await 1": "await is only valid in async functions and the top level bodies of modules",
    # no error: await as an identifier, import() calls
    "let await = 1; await\n1": "",
    "import('x')": "",
    "async function h() { await 1; for await (const x of []) ; }": "",
}


def _script_error(src: str) -> str:
    try:
        pyjsvm.Script(src)
    except pyjsvm.JSError as e:
        assert e.name == "SyntaxError"
        return e.message
    return ""


@pytest.mark.parametrize("src", list(SCRIPT_CASES))
def test_script_messages(src: str) -> None:
    assert _script_error(src) == SCRIPT_CASES[src]


@pytest.mark.skipif(not HAS_NODE, reason="node is not on PATH")
def test_script_messages_against_node() -> None:
    prog = ("const vm = require('vm'); const out = [];"
            "for (const s of JSON.parse(process.argv[1])) {"
            " try { new vm.Script(s); out.push(''); } catch (e) { out.push(e.message); } }"
            "console.log(JSON.stringify(out));")
    r = subprocess.run(["node", "-e", prog, json.dumps(list(SCRIPT_CASES))], capture_output=True, text=True,
                       timeout=60)
    assert json.loads(r.stdout) == list(SCRIPT_CASES.values())


def test_await_is_pointed_at() -> None:
    """The error's position is the await's (node's caret under it), not the next token's."""
    with pytest.raises(pyjsvm.JSError) as e:
        pyjsvm.run_in_new_context("let a = 1;\nfunction f() {\n    return await g();\n}", filename="f.js")
    assert e.value.stack.startswith("f.js:3\n    return await g();\n           ^")


def test_module_await_outside_async_function() -> None:
    with pytest.raises(pyjsvm.JSError) as e:
        pyjsvm.SourceTextModule("function f() { await 1 }")
    assert e.value.message == "Unexpected reserved word"
