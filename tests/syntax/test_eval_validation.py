"""PerformEval's parse (parse_eval_script) validates the tree with esprima-fork's walk of trees
its own Parser made, as a Script's parse does, not with the slower walk for trees of any shape;
the early errors that depend on where the eval runs are kept."""
from __future__ import annotations

from typing import Any

import esprima.validation  # type: ignore[import-untyped]
import pytest

from pyjsvm.syntax.parse import ParseError, parse_eval_script


def test_eval_code_validated_as_a_parsed_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    generic: list[Any] = []
    monkeypatch.setattr(esprima.validation, "validate_program", lambda *args: generic.append(args))
    assert parse_eval_script("var a = 1; a + 1", False, False, False, False).body[0].type == "VariableDeclaration"
    # the context's own rules (sec-performeval step 11) still hold
    assert parse_eval_script("new.target", False, True, False, False) is not None
    for source, in_function in (("new.target", False), ("super.x", True), ("let a; var a;", False),
                                ("function f() { 'use strict'; with (a) {} }", False)):
        with pytest.raises(ParseError):
            parse_eval_script(source, False, in_function, False, False)
    assert generic == []
