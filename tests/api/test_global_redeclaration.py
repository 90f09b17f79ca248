"""A script's let, const or class of a name an earlier script of the same context declared with
var or function is a SyntaxError in every kind of context, as in node (GlobalDeclarationInstantiation;
a contextified global's store may show the property as configurable, or the host may have deleted
it: node throws there too); a property set by assignment, a var of eval code or a var over an
existing built-in is not such a declaration."""
from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

import pyjsvm as vm

KINDS = ["contextified", "dict", "dont_contextify"]

CASES = [
    # (earlier script, later script, what the later one gives)
    ("var X = 1", "let X = 2; X", "SyntaxError"),
    ("var X = 1", "const X = 2; X", "SyntaxError"),
    ("function F() {}", "class F {}", "SyntaxError"),
    ("globalThis.Y = 1", "let Y = 2; Y", 2),
    ("eval('var E = 1')", "let E = 2; E", 2),
    ("var Array; delete globalThis.Array", "let Array = 2; Array", 2),
    ("let L = 1", "var L = 2", "SyntaxError"),
]


def make(kind: str) -> Any:
    if kind == "contextified":
        return vm.create_context()
    if kind == "dict":
        return vm.create_context({})
    return vm.create_context(vm.constants.DONT_CONTEXTIFY)


def outcome(ctx: Any, src: str) -> Any:
    try:
        return vm.run_in_context(src, ctx)
    except vm.JSError as e:
        return e.name


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("first,second,expected", CASES)
def test_redeclaration(kind: str, first: str, second: str, expected: Any) -> None:
    ctx = make(kind)
    vm.run_in_context(first, ctx)
    assert outcome(ctx, second) == expected


def test_a_var_the_host_deleted_from_the_store_still_counts() -> None:
    store: dict[str, Any] = {}
    ctx = vm.create_context(store)
    vm.run_in_context("var Z = 1", ctx)
    del store["Z"]
    assert outcome(ctx, "let Z = 2; Z") == "SyntaxError"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_node_agrees() -> None:
    lines = ["const vm = require('vm'); const out = [];"]
    for first, second, _ in CASES:
        lines.append(f"{{ const c = vm.createContext({{}}); vm.runInContext({first!r}, c);"
                     f" try {{ out.push(vm.runInContext({second!r}, c)) }} catch (e) {{ out.push(e.name) }} }}")
    lines.append("{ const c = vm.createContext({}); vm.runInContext('var Z = 1', c); delete c.Z;"
                 " try { out.push(vm.runInContext('let Z = 2; Z', c)) } catch (e) { out.push(e.name) } }")
    lines.append("console.log(JSON.stringify(out))")
    r = subprocess.run(["node", "-e", "\n".join(lines)], capture_output=True, text=True, timeout=60)
    assert json.loads(r.stdout) == [e for _, _, e in CASES] + ["SyntaxError"]
