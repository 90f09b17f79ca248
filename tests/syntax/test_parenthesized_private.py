"""syntax/parenthesized_private.py: ``(#x) in o`` is a SyntaxError pointing at the name; a
private name stays the left operand of ``in`` everywhere else."""
from __future__ import annotations

import pytest

import pyjsvm
from tests.helpers import assert_tiers_and_node_agree

CLASS = "class K {{ #a = 1; static c(o) {{ return {body} }} }}; "


@pytest.mark.parametrize("body", ["(#a) in o", "((#a)) in o", "(\n #a\n) in o", "(#a) + 1"])
def test_parenthesized_private_name(body: str) -> None:
    assert assert_tiers_and_node_agree(CLASS.format(body=body)) == "THROW SyntaxError: Unexpected identifier '#a'"


@pytest.mark.parametrize("body, expected", [
    ("(#a in o)", "true"), ("#a in (o)", "true"), ("(#a in o) in {true: 1}", "true"),
    ("#a in o ? 'y' : 'n'", "y"), ("[#a in o, (o.#a)]", "[object]"),
])
def test_private_name_before_in(body: str, expected: str) -> None:
    assert assert_tiers_and_node_agree(CLASS.format(body=body) + "K.c(new K())") == expected


def test_error_points_at_the_name() -> None:
    with pytest.raises(pyjsvm.JSError) as info:
        pyjsvm.run_in_new_context("class K { #a; static c(o) {\n  return (\n    /* c */ #a) in o } }")
    assert "evalmachine.<anonymous>:3:13" in info.value.stack
