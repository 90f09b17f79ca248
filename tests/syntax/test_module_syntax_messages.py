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


# source -> (vm.Script's message, vm.SourceTextModule's message), "" for none: early errors that
# esprima words otherwise, each as node v20 words it (they were esprima's words: "Duplicate
# export 'a'", "Illegal continue statement", "Unexpected token" for a nested import, ...)
BOTH_CASES: dict[str, tuple[str, str]] = {
    "export { a as b, c as b }; var a, c;": ("Unexpected token 'export'", "Duplicate export of 'b'"),
    "export { nope };": ("Unexpected token 'export'", "Export 'nope' is not defined in module"),
    "export default 1; export default 2;": ("Unexpected token 'export'",
                                            "Identifier '.default' has already been declared"),
    "export { a as default }; export default 1; var a;": ("Unexpected token 'export'",
                                                          "Duplicate export of 'default'"),
    'export { a as "\\uD800" }; var a;': ("Unexpected token 'export'",
                                          "Invalid module export name: contains unpaired surrogate"),
    'function f() { import x from "y"; }': ("Cannot use import statement outside a module",
                                            "Unexpected identifier 'x'"),
    'function f() { import * as x from "y" }': ("Cannot use import statement outside a module",
                                                "Unexpected token '*'"),
    'function f() { import {x} from "y" }': ("Cannot use import statement outside a module", "Unexpected token '{'"),
    'function f() { import "y" }': ("Cannot use import statement outside a module", "Unexpected string"),
    "function f() { export const x = 1 }": ("Unexpected token 'export'", "Unexpected token 'export'"),
    'if (1) import x from "y";': ("Cannot use import statement outside a module", "Unexpected identifier 'x'"),
    "a: { continue a; }": ("Illegal continue statement: 'a' does not denote an iteration statement",) * 2,
    "continue;": ("Illegal continue statement: no surrounding iteration statement",) * 2,
    "switch (1) { case 1: continue; }": ("Illegal continue statement: no surrounding iteration statement",) * 2,
    "new.target": ("new.target expression is not allowed here",) * 2,
    "super.x": ("'super' keyword unexpected here",) * 2,
    "<!-- x": ("", "HTML comments are not allowed in modules"),
    "x\n--> y": ("", "HTML comments are not allowed in modules"),
    '"\\08"': ("", "Octal escape sequences are not allowed in strict mode."),
    '"\\8"': ("", "\\8 and \\9 are not allowed in strict mode."),
    "function f(a, a) {}": ("", "Duplicate parameter name not allowed in this context"),
    "(a, a) => 1": ("Duplicate parameter name not allowed in this context",) * 2,
    "let let = 1": ("let is disallowed as a lexically bound name", "Unexpected strict mode reserved word"),
    '"use strict"; arguments = 1': ("Unexpected eval or arguments in strict mode",) * 2,
    '"use strict"; eval++': ("Unexpected eval or arguments in strict mode",) * 2,
    '"use strict"; ++eval': ("Unexpected eval or arguments in strict mode",) * 2,
    '"use strict"; [eval] = [1]': ("Invalid destructuring assignment target",) * 2,
    "while (1) { continue q; }": ("Undefined label 'q'",) * 2,
}


def _module_error(src: str) -> str:
    try:
        pyjsvm.SourceTextModule(src)
    except pyjsvm.JSError as e:
        assert e.name == "SyntaxError"
        return e.message
    return ""


@pytest.mark.parametrize("src", list(BOTH_CASES))
def test_script_and_module_messages(src: str) -> None:
    assert (_script_error(src), _module_error(src)) == BOTH_CASES[src]


@pytest.mark.skipif(not HAS_NODE, reason="node is not on PATH")
def test_script_and_module_messages_against_node() -> None:
    prog = ("import vm from 'node:vm'; const out = [];"
            "for (const s of JSON.parse(process.argv[1])) { const r = [];"
            " try { new vm.Script(s); r.push(''); } catch (e) { r.push(e.message); }"
            " try { new vm.SourceTextModule(s); r.push(''); } catch (e) { r.push(e.message); }"
            " out.push(r); }"
            "console.log(JSON.stringify(out));")
    r = subprocess.run(["node", "--experimental-vm-modules", "--no-warnings", "--input-type=module", "-e", prog,
                        json.dumps(list(BOTH_CASES))], capture_output=True, text=True, timeout=60)
    assert [tuple(x) for x in json.loads(r.stdout)] == list(BOTH_CASES.values())
