"""A RegExp literal's early errors (sec-regular-expression-literals-static-semantics-early-errors)
come from the engine's own pattern parser, once per literal: esprima-fork's scanner and its tree
validator no longer check each pattern as well (a literal was parsed three times before it
ran), and the message is V8's, naming the pattern and the reason."""
from __future__ import annotations

from typing import Any

import esprima.regexp_validator  # type: ignore[import-untyped]
import pytest

import pyjsvm as vm
import pyjsvm.regexp.parser as pattern_parser


@pytest.mark.parametrize("source, message", [
    ("/a(/", "Invalid regular expression: /a(/: Unterminated group"),
    ("/a/gg", "Invalid regular expression flags"),
    ("function f() { return /(?<a>x)(?<a>y)/ }", "Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name"),
    ("() => /[b-a]/", "Invalid regular expression: /[b-a]/: Range out of order in character class"),
])
def test_early_error_messages_as_node(source: str, message: str) -> None:
    # (node 20 gives each of these messages)
    ctx = vm.create_context({"source": source})
    assert vm.run_in_context("try { eval(source); 'no error' } catch (e) { e.name + ': ' + e.message }",
                             ctx) == "SyntaxError: " + message
    with pytest.raises(vm.JSError) as info:
        vm.Script("let ran = 1;\n" + source)  # before anything runs
    assert (info.value.name, info.value.message) == ("SyntaxError", message)


def test_each_literal_parsed_once_before_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    esprima_checks: list[str] = []
    parse_pattern = pattern_parser.parse_pattern
    esprima_validate = esprima.regexp_validator._Validator.validate

    def counting_parse(pattern: str, flags: str) -> Any:
        parsed.append(pattern)
        return parse_pattern(pattern, flags)

    def counting_validate(self: Any) -> Any:
        esprima_checks.append(self.p)
        return esprima_validate(self)

    monkeypatch.setattr(pattern_parser, "parse_pattern", counting_parse)
    monkeypatch.setattr(esprima.regexp_validator._Validator, "validate", counting_validate)
    ctx = vm.create_context()
    # the literal is checked when the script is compiled (its function's body waits for the
    # first call) and compiled when the function first runs
    result = vm.run_in_context("function f(s) { return /q(?<once>z+)q/.exec(s).groups.once }"
                               " [f('qzzq'), f('qzq')].join()", ctx)
    assert result == "zz,z"
    assert parsed == ["q(?<once>z+)q"] and esprima_checks == []
