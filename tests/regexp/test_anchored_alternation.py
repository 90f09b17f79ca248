"""A pattern whose every match starts with a non-multiline ``^`` (``Matcher.anchored``,
_Compiler.anchored_at_start) is only tried at 0: an alternation whose alternatives all start
with one, as CoffeeScript's lexer writes its NUMBER and COMMENT patterns
(``/^0b[01]+|^0o[0-7]+|^\\d+/``), was tried at every start of the rest of the input, for each
token. The flag itself, that a search from later finds nothing without trying any start, and
that matches never change (hypothesis against the same pattern without the flag; node)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pyjsvm.regexp.matcher import Matcher
from pyjsvm.regexp.parser import PatternError, parse_pattern
from tests.helpers import NODE
from tests.regexp.test_codegen import match_all_here_and_in_node


def _matcher(pattern: str, flags: str = "") -> Matcher:
    return Matcher(parse_pattern(pattern, flags), flags)


@pytest.mark.parametrize("pattern,flags", [
    ("^a", ""), ("^a|^b", ""), ("^0b[01]+|^0o[0-7]+|^\\d+", "i"), ("(^a)", ""), ("(?:^a|^b)c", ""),
    ("(^a|(^b|^c))+", ""), ("^(\\s*)###([^#][\\s\\S]*?)(?:###([^\\n\\S]*)|###$)|^((?:\\s*#(?!##[^#]).*)+)", ""),
    ("^a|^b", "s"), ("^a|^b", "u"), ("^a|^b", "y"),
])
def test_anchored(pattern: str, flags: str) -> None:
    assert _matcher(pattern, flags).anchored


@pytest.mark.parametrize("pattern,flags", [
    ("^a|b", ""), ("a|^b", ""), ("^a|^b", "m"), ("(?:^a)*b", ""), ("(?:^a)?b", ""), ("(?m:^a)", ""),
    ("a^", ""), ("", ""), ("(?:)", ""),
])
def test_not_anchored(pattern: str, flags: str) -> None:
    assert not _matcher(pattern, flags).anchored


def test_a_later_start_tries_nothing() -> None:
    m = _matcher("^0x[0-9a-f]+|^\\d+", "i")
    tried: list[int] = []
    real = m.match

    def match(s: str, i: int, poll: object = None) -> object:
        tried.append(i)
        return real(s, i)
    m.match = match  # type: ignore[method-assign]
    m.generate = lambda: None  # type: ignore[method-assign]   (the interpreter: every start goes through match)
    subject = "x" * 3000 + "0x1f 12"
    assert m.search(subject, 0, False, False) is None
    assert tried == [0]
    tried.clear()
    assert m.search(subject, 3000, False, False) is None
    assert tried == []
    assert m.search("12ab", 0, False, False) == [0, 2]
    assert m.search("12ab", 0, True, False) == [0, 2] and m.search("x12ab", 1, True, False) is None


PIECES = ["^", "^", "a", "b", "\\d", "[ab]", "a*", "b+?", "(a|b)", "(?:^a|b)", "(?=a)", "\\b", ".", "$"]


@st.composite
def patterns(draw: st.DrawFn) -> str:
    alts = []
    for _ in range(draw(st.integers(1, 3))):
        body = "".join(draw(st.sampled_from(PIECES)) for _ in range(draw(st.integers(0, 3))))
        alts.append(("^" if draw(st.booleans()) else "") + body)
    p = "|".join(alts)
    return draw(st.sampled_from(["{}", "({})", "(?:{})+", "(?:{})*", "({}){{1,2}}"])).format(p)


@settings(max_examples=400, deadline=None)
@given(patterns(), st.sampled_from(["", "m", "i", "u", "s"]),
       st.lists(st.text(alphabet="ab1\n", max_size=6), min_size=1, max_size=3))
def test_matches_never_change(pattern: str, flags: str, inputs: list[str]) -> None:
    try:
        m = _matcher(pattern, flags)
        plain = _matcher(pattern, flags)
    except PatternError:
        return
    plain.anchored = False
    unicode = "u" in flags
    for s in inputs:
        for start in range(len(s) + 1):
            for sticky in (False, True):
                assert m.search(s, start, sticky, unicode) == plain.search(s, start, sticky, unicode), \
                    (pattern, flags, s, start, sticky)


CASES = [
    ("^0b[01]+|^0o[0-7]+|^0x[\\da-f]+|^\\d+", "gi", "0x1F 12 0b101"),
    ("^0b[01]+|^0o[0-7]+|^0x[\\da-f]+|^\\d+", "gim", "0x1F\n12\n0b101"),
    ("^(\\s*)###([^#][\\s\\S]*?)(?:###([^\\n\\S]*)|###$)|^((?:\\s*#(?!##[^#]).*)+)", "g", "  # a comment\n### block ###\nx"),
    ("(^a|^b)+", "g", "abab"),
    ("^a|b", "g", "abab"),
]


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_against_node() -> None:
    ours, node = match_all_here_and_in_node(CASES)
    assert ours == node
