"""syntax/parenthesized_patterns.py: a parenthesized object / array literal or assignment inside a
destructuring target is a SyntaxError (as node); a parenthesized simple target is not."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree, js_str


@pytest.mark.parametrize("src", [
    "var a; [(a = 1)] = []; a",
    "var b; ({x: (b = 1)} = {}); b",
    "var a; [({a})] = [{a: 1}]; a",
    "var a; [([a])] = [[1]]; a",
    "var a; ({x: ({a})} = {x: {a: 1}}); a",
    "var a; for ([(a = 1)] of [[]]); a",
    "var a; [...([a])] = [[1]]; a",
    "var a; ({a: ([a])} = {a: [3]}); a",
])
def test_parenthesized_pattern_in_a_target(src: str) -> None:
    assert assert_tiers_and_node_agree(src) == "THROW SyntaxError: Invalid destructuring assignment target"


def test_parenthesized_assignment_with_a_default() -> None:
    # (node: "Invalid left-hand side in assignment")
    assert js_str("var a; [(a = 1) = 4] = []; a").startswith("THROW SyntaxError")


@pytest.mark.parametrize("src, expected", [
    ("var a; [(a)] = [3]; a", "3"),
    ("var a; [((a))] = [4]; a", "4"),
    ("var a; [(a) = 5] = []; a", "5"),
    ("var o = {}; [(o.x)] = [6]; o.x", "6"),
    ("var o = {}; ({a: (o.x) = 7} = {}); o.x", "7"),
    ("var a; [...(a)] = [8]; a[0]", "8"),
    ("var a; ({x: [a]} = {x: [9]}); a", "9"),
    ("(([a]) => a)([10])", "10"),
])
def test_parenthesized_simple_target(src: str, expected: str) -> None:
    assert assert_tiers_and_node_agree(src) == expected
