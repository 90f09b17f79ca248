"""A pattern without backreferences or modifiers whose quantifiers repeat one character, in
non-Unicode mode, is searched by its translation into a Python ``re`` pattern
(codegen.whole_regex): it must find exactly what the interpreter finds (random patterns and
inputs under every flag, case-insensitive characters whose folding differs between JavaScript
and Python among them, greedy and lazy quantifiers), and what node finds; other patterns get
none; the translation holds no pattern text; a search whose cost could pass a bound runs on the
generated function, which polls."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from pyjsvm.regexp.matcher import Matcher
from pyjsvm.regexp.parser import PatternError, parse_pattern
from tests.helpers import NODE
from tests.intrinsics.test_regexp import assert_interruptible
from tests.regexp.test_codegen import match_all_here_and_in_node, matcher_pair

# (U+017F and U+212A fold to s and k in Python's re and under /iu, not under /i; U+00E9/U+00C9
# fold to each other under /i; U+2028 is a line terminator to ^ $ and the dot)
ATOMS = ["(?:)", "a", "b", "A", "k", "s", "K", "\u017f", "\u212a", "\u00e9", "\u00c9", ".", "[ab]", "[^a]", "[a-c]",
         "[^\\n]", "\\d", "\\w", "\\W", "\\s", "\\S", "\\n", "\\u2028", "\\.", "[\\s\\S]", "[]", "[^]", "1", "_", "-"]
ASSERTIONS = ["^", "$", "\\b", "\\B"]
QUANTIFIERS = ["*", "+", "?", "{0,2}", "{2}", "{1,}", "{0}", "*?", "+?", "??", "{1,3}?", "{2,}?"]


@st.composite
def patterns(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["atoms", "atoms", "quant", "alt", "group", "assert", "look", "captures"]
                                if depth < 3 else ["atoms", "quant"]))
    if kind == "atoms":
        return "".join(draw(st.lists(st.sampled_from(ATOMS), min_size=1, max_size=3)))
    if kind == "quant":
        return "".join(draw(st.sampled_from(ATOMS[1:])) + draw(st.sampled_from(QUANTIFIERS))
                       for _ in range(draw(st.integers(1, 3))))
    if kind == "alt":
        return "|".join(draw(st.lists(patterns(depth + 1), min_size=2, max_size=3)))
    if kind == "group":
        return draw(st.sampled_from(["(", "(?:"])) + draw(patterns(depth + 1)) + ")" + draw(patterns(depth + 1))
    if kind == "assert":
        return draw(st.sampled_from(ASSERTIONS)) + draw(patterns(depth + 1)) + draw(st.sampled_from(ASSERTIONS + [""]))
    if kind == "look":
        return (draw(patterns(depth + 1)) + draw(st.sampled_from(["(?=", "(?!", "(?<=", "(?<!"]))
                + draw(patterns(depth + 1)) + ")" + draw(patterns(depth + 1)))
    return "(" + draw(patterns(depth + 1)) + ")|(" + draw(patterns(depth + 1)) + ")"


@settings(max_examples=500, deadline=None)
@given(patterns(), st.sampled_from(["", "i", "m", "s", "im", "is", "ims"]),
       st.lists(st.text(alphabet="abABksK\u017f\u212a\u00e9\u00c9x1_ -\n\r\u2028.", max_size=14), min_size=1, max_size=4))
def test_translation_matches_the_interpreter(pattern: str, flags: str, inputs: list[str]) -> None:
    try:
        whole, slow = matcher_pair(pattern, flags)
    except PatternError:
        return
    if whole.whole is None:
        # (only a lookbehind of unequal widths, or with a group or a quantifier, is declined)
        assert "(?<" in pattern, (pattern, flags)
        return
    for s in inputs:
        for start in range(len(s) + 1):
            for sticky in (False, True):
                assert whole.search(s, start, sticky, False) == slow.search(s, start, sticky, False), \
                    (pattern, flags, s, start, sticky, whole.whole.pattern)


@pytest.mark.parametrize("pattern", ["a$", "^a", "$", "^", "\\ba", "a\\B", ".$", "(?<=\\n)a", "a(?=$)",
                                     "\\B", "\\b", "\\B|\\b", "(\\B)", "^\\B$", "\\B(?=a)|\\B"])
@pytest.mark.parametrize("flags", ["", "m", "s"])
def test_anchors_at_line_ends(pattern: str, flags: str) -> None:
    """Python's ``$`` would also match before a final newline; ``\\Z`` and the line terminators'
    tests do what ``$`` and ``^`` do. Python's ``\\B`` never matches in an empty text (JS's does:
    highlight.js's end-of-mode test ``/\\B|\\b/m.exec("")`` found nothing and looped)."""
    whole, slow = matcher_pair(pattern, flags)
    assert whole.whole is not None
    for s in ("a\n", "a\na", "\na", "a\r\n", "a\u2028", "a", "", "ba\n"):
        for start in range(len(s) + 1):
            for sticky in (False, True):
                assert whole.search(s, start, sticky, False) == slow.search(s, start, sticky, False), (s, start, sticky)


@pytest.mark.parametrize("pattern,flags", [
    ("(?:ab)*", ""), ("(a)+b|c", ""), ("(a)\\1", ""), ("a", "u"), ("a*", "u"), ("[a]", "v"), ("(?i:a)b", ""),
    ("(?<=(a))b", ""), ("(?<=a|bc)d", ""), ("(?:ab){2}", ""), ("(?:ab)?", ""), ("x|(?:yz)*", "i"), ("(?<=a*)b", ""),
])
def test_other_patterns_are_not_translated(pattern: str, flags: str) -> None:
    m = Matcher(parse_pattern(pattern, flags), flags)
    m.generate()
    assert m.whole is None


def test_translated_when_used_again() -> None:
    m = Matcher(parse_pattern("agggtaaa|tttaccct", "i"), "i")
    assert m.search("xxTTTACCCTx", 0, False, False) == [2, 10] and m.whole is None
    assert m.search("xxTTTACCCTx", 3, False, False) is None and m.whole is not None
    assert m.search("AgGgTaAa", 0, True, False) == [0, 8]


def test_translation_holds_no_pattern_text() -> None:
    """Every character of the pattern becomes a ``\\u`` escape in a class: no pattern text
    reaches Python's ``re`` syntax."""
    pattern = "(\\(\\?P<x>\\))|[(?#]|\\]|\\\\|\\u0028"
    m, slow = matcher_pair(pattern, "")
    assert m.whole is not None
    assert re.fullmatch(r"(?:\\u[0-9a-f]{4}|[-\[\]()|?:])+", m.whole.pattern), m.whole.pattern
    for subject, caps in (("a(?P<x>)", [1, 8, 1, 8]), ("x#", [1, 2, -1, -1]), ("\\]", [0, 1, -1, -1])):
        assert m.search(subject, 0, False, False) == slow.search(subject, 0, False, False) == caps


CASES = [("agggtaaa|tttaccct", "gi", "GGGTAAA agggtaaa TTTACCCT agGGtAaa"),
         ("[cgt]gggtaaa|tttaccc[acg]", "gi", "cgggtaaa TTTACCCG tgggTAAA"),
         ("\\b(if|else|while)\\b", "g", "if x else_y while(z) elsewhere"),
         ("^(ab|c)$", "gm", "ab\nc\r\nab\u2028c"), ("(a)|(b)", "g", "abc"), ("x(?=(y))|(?<!a)z", "g", "xy az bz"),
         ("s|k", "gi", "S\u017fK\u212a"), ("\u00e9", "gi", "\u00c9\u00e9E"), (".", "g", "a\n\r\u2028b"), ("", "g", "ab"),
         ("^\\s*|\\s*$", "g", "  a b \t\u00a0"), ("\\b\\w+\\b", "g", "one two_3 f\u00f6r"), ("(\\d*)(\\D*)", "g", "12ab3"),
         ("a{2,3}?b|a+?c", "gi", "aaab AAAC ab"), ("[^x]*x", "g", "abxcdx")]


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_against_node() -> None:
    ours, node = match_all_here_and_in_node(CASES)
    assert ours == node
    for p, f, _ in CASES:
        m = Matcher(parse_pattern(p, f.replace("g", "")), f.replace("g", ""))
        m.generate()
        assert m.whole is not None, p


def test_many_ways_stay_interruptible() -> None:
    """Python's ``re`` cannot be interrupted: a pattern with more ways through it than
    WHOLE_MAX_WAYS is not translated, and a search whose cost (ways, size, starts) passes
    WHOLE_MAX_STEPS goes to the generated function, which polls: the timeout stops both."""
    from pyjsvm.regexp import codegen
    import pyjsvm as vm
    m = Matcher(parse_pattern("(a|a)" * 12 + "(?:b|c)", ""), "")
    m.generate()
    assert m.whole is None and m.fast is not None
    m = Matcher(parse_pattern("(a|a)" * 11 + "(?:b|c)", ""), "")
    m.generate()
    assert m.whole is not None and m.whole_search_max < 100_000
    assert codegen.WHOLE_MAX_STEPS > 0
    assert_interruptible(m, "a" * 100_000)
    for n in (11, 12):
        with pytest.raises(vm.JSError) as err:
            vm.run_in_new_context(f"var re = new RegExp('(a|a)'.repeat({n}) + '(?:b|c)'); var s = 'a'.repeat(100000); "
                                  "re.test(s); re.test(s)", timeout=1000)
        assert err.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


def test_quantifiers_stay_interruptible() -> None:
    """A translated pattern whose quantifiers make a search of a long text take quadratic steps
    (``\\s*$`` over spaces not at the end: each start runs to the x, then backs off) is searched
    by the generated function there (whole_limits), which polls; short texts go to the
    translation, and a match at one start may be given a longer text than a search."""
    m = Matcher(parse_pattern("\\s*$", ""), "")
    m.generate()
    assert m.whole is not None and 0 < m.whole_search_max < m.whole_match_max < 100_000
    assert_interruptible(m, " " * 200_000 + "x")
    short = " " * (m.whole_search_max - 1) + "x"
    assert m.search(short, 0, False, False) == m.interpret(short, len(short)) == [len(short)] * 2
