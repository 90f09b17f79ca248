"""A search skips the starts that cannot reach a run of characters every match holds
(``codegen.required_literal``, used by ``Matcher.search``): the widths it is computed from, the
skip itself, and that the matches found never change (random patterns around a literal, both
modes, surrogate pairs; and against node)."""
from __future__ import annotations


import pytest
from hypothesis import given, settings, strategies as st

from pyjsvm.regexp.matcher import Matcher
from pyjsvm.regexp.parser import PatternError, parse_pattern
from tests.helpers import NODE
from tests.regexp.test_codegen import match_all_here_and_in_node


def _required(pattern: str, flags: str = "") -> tuple[str, int, int | None] | None:
    return Matcher(parse_pattern(pattern, flags), flags).required


@pytest.mark.parametrize("pattern,flags,expected", [
    ('(^|[^\\\\])"\\\\/Date\\((-?[0-9]+)\\)\\\\/"', "g", ('"\\/Date(', 0, 1)),
    ("[ab]b+cd", "", ("cd", 2, None)),
    ("\\s?;\\s?", "", (";", 0, 1)),             # one character is a run too
    ("[ab]x+c\\d+de", "", ("de", 4, None)),       # the longest run
    ("x*abc", "", ("abc", 0, None)),
    ("(a|bc)de", "", ("de", 1, 2)),
    ("[ab](?=bc)de", "", ("de", 1, 1)),
    ("(?<=q)de", "", ("de", 0, 0)),
    ("\\bfoo", "", ("foo", 0, 0)),
    ("[ab].{2,5}xyz", "", ("xyz", 3, 6)),
    ("[ab].{2,5}xyz", "u", ("xyz", 3, 12)),   # a set or a dot may take a surrogate pair
    ("[\\u{1F600}x]ab", "u", ("ab", 1, 2)),
    ("(a)\\1xy", "", ("xy", 1, None)),          # a backreference: no bound
    ("[a-c]{2}(?:de|fg)hi", "", ("hi", 4, 4)),
])
def test_the_run_and_how_far_it_is(pattern: str, flags: str, expected: tuple[str, int, int | None]) -> None:
    assert _required(pattern, flags) == expected


@pytest.mark.parametrize("pattern,flags", [
    ("ab|cd", ""), ("a(bc)", ""), ("(?:abc)", ""), ("a", ""), ("abc", ""),   # none, or first_lit's
    ("x+abc", "i"), ("^xabc", ""), ("a\\ud83dbc", ""),
])
def test_no_run(pattern: str, flags: str) -> None:
    assert _required(pattern, flags) is None


def test_a_subject_without_the_run_is_not_tried() -> None:
    m = Matcher(parse_pattern('(^|[^\\\\])"\\\\/Date\\((\\d+)\\)', ""), "")
    tried: list[int] = []
    real = m.match

    def match(s: str, i: int, poll: object = None) -> object:
        tried.append(i)
        return real(s, i)
    m.match = match  # type: ignore[method-assign]
    m.generate = lambda: None  # type: ignore[method-assign]   (the interpreter: every start goes through match)
    subject = "x" * 5000 + ' "\\/Date(12)' + "y" * 100
    assert m.search(subject, 0, False, False) == [5000, 5012, 5000, 5001, 5009, 5011]
    assert tried == [5000]
    tried.clear()
    assert m.search("z" * 5000, 0, False, False) is None
    assert tried == []


ATOMS = ["a", "b", "x", ".", "[ab]", "[^a]", "\\d", "\\ud83d", "\\ude00", "(?=a)", "(?<=b)", "\\b"]
QUANTS = ["", "", "*", "+", "?", "{1,2}", "*?"]


@st.composite
def patterns(draw: st.DrawFn) -> str:
    def piece() -> str:
        kind = draw(st.sampled_from(["atom", "atom", "group", "backref"]))
        if kind == "atom":
            return draw(st.sampled_from(ATOMS)) + draw(st.sampled_from(QUANTS))
        if kind == "backref":
            return "\\1"
        return "(" + draw(st.sampled_from(ATOMS)) + "|" + draw(st.sampled_from(ATOMS)) + ")" + draw(st.sampled_from(QUANTS))
    before = "".join(piece() for _ in range(draw(st.integers(0, 3))))
    after = "".join(piece() for _ in range(draw(st.integers(0, 2))))
    return "(x?)" + before + draw(st.sampled_from(["ab", "xa", "bab", "aa"])) + after


@settings(max_examples=300, deadline=None)
@given(patterns(), st.sampled_from(["", "u", "m", "s"]),
       st.lists(st.lists(st.sampled_from(["a", "b", "x", "1", "\n", "\ud83d", "\ude00", "\ud83d\ude00"]),
                         max_size=10).map("".join), min_size=1, max_size=4))
def test_the_skip_never_changes_a_match(pattern: str, flags: str, inputs: list[str]) -> None:
    try:
        with_skip = Matcher(parse_pattern(pattern, flags), flags)
        without = Matcher(parse_pattern(pattern, flags), flags)
    except PatternError:
        return
    assert with_skip.required is not None, pattern
    without.required = None
    unicode = "u" in flags
    for s in inputs:
        for start in range(len(s) + 1):
            assert with_skip.search(s, start, False, unicode) == without.search(s, start, False, unicode), \
                (pattern, flags, s, start, with_skip.required)


CASES = [
    ('(^|[^\\\\])"\\\\/Date\\((-?[0-9]+)\\)\\\\/"', "g", 'a"\\/Date(12)\\/" "\\/Date(-3)\\/"x\\"\\/Date(4)\\/"'),
    ("(\\d+)\\.?px;", "g", "width: 10px; height: 2.px; x"),
    ("[ax].{1,3}bc", "gu", "a\ud83d\ude00bc a\ud83d\ude00\ud83d\ude00xbc abc"),
    ("(?:<(\\w+)>)+end", "g", "<a><b>end <c>nd <d>end"),
]


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_against_node() -> None:
    ours, node = match_all_here_and_in_node(CASES)
    assert ours == node
    assert all(_required(p, f) is not None for p, f, _ in CASES)
