"""CreateDynamicFunction (sec-createdynamicfunction): one parse of the whole source text, with
the parameters and the body each valid on their own (no injection across them)."""
from __future__ import annotations

import time

import pytest

import pyjsvm as vm
import pyjsvm.compiler.engine as engine


@pytest.mark.parametrize("params, body", [
    ("a){", "}"), ("/*", "*/){"), ("a) {}, function(b", "return 1"), ("", "}), (function(){"),
    ("", "})({"), ("a = `", "`"), ("/*", "*/"), ("a /*", "*/"), (")", ""), ("a = /x", "/"),
    ('a = "\\\\', '"'), ("a = 1", '"use strict"'), ("a, a", '"use strict"'), ("-->", ""),
])
def test_injections_across_parameters_and_body_are_syntax_errors(params: str, body: str) -> None:
    ctx = vm.create_context({"p": params, "b": body})
    assert vm.run_in_context("try { Function(p, b); 'no error' } catch (e) { e.name }", ctx) == "SyntaxError"
    for kind in ("(function*(){})", "(async function(){})", "(async function*(){})"):
        assert vm.run_in_context(f"try {{ {kind}.constructor(p, b); 'no error' }} catch (e) {{ e.name }}",
                                 ctx) == "SyntaxError"


def test_valid_functions() -> None:
    assert vm.run_in_new_context("Function('a', 'b', 'return a + b')(1, 2)") == 3
    assert vm.run_in_new_context("Function('//', 'return 7')()") == 7
    assert vm.run_in_new_context("Function('a = \"\\u{1F600}\", /* \\u{1F600} */ b', 'return a + \"\\u{1F600}\"')()") \
        == "\U0001F600\U0001F600"
    assert vm.run_in_new_context("Function('a\\u2028', 'return a')(4)") == 4
    assert vm.run_in_new_context("typeof Function('', '-->')()") == "undefined"
    assert vm.run_in_new_context("String(Function('a', 'b', 'return 1'))") == "function anonymous(a,b\n) {\nreturn 1\n}"


def test_the_source_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = engine.parse_script

    def counting(source: str, *args: object) -> object:
        if "anonymous(" in source:  # (the scripts themselves are parsed here too)
            calls.append(len(source))
        return original(source, *args)
    monkeypatch.setattr(engine, "parse_script", counting)
    assert vm.run_in_new_context("Function('a, b', 'return a * b')(6, 7)") == 42
    assert len(calls) == 1
    n = 20_000
    t = time.perf_counter()
    assert vm.run_in_new_context(f"Function(Array.from({{length: {n}}}, (_, i) => 'a' + i).join(), 'return a{n - 1}')"
                                 f"(...Array.from({{length: {n}}}, (_, i) => i))") == n - 1
    assert len(calls) == 2 and time.perf_counter() - t < 60
