"""The generated matchers of pyjsvm/regexp/codegen.py: each pattern of the supported subset is
compiled into Python, and must find exactly what the interpreter of pyjsvm/regexp/matcher.py
finds (random patterns and inputs), a skipped start (``leading_run``) included; the source holds
no pattern text; a catastrophic pattern stays interruptible."""
from __future__ import annotations

import json
import re
import subprocess

import pytest
from hypothesis import given, settings, strategies as st

from pyjsvm.regexp import codegen
from pyjsvm.regexp.matcher import Matcher
from pyjsvm.regexp.parser import PatternError, parse_pattern
from tests.helpers import NODE
from tests.intrinsics.test_regexp import assert_interruptible

ATOMS = ["a", "b", "A", "-", "\\d", "\\w", "\\W", "\\s", ".", "[ab]", "[^a]", "[a-c1]", "[^\\s-]", "\\n",
         "\\u00e9", "\\x41", "\\1", "\\2"]
ASSERTIONS = ["^", "$", "\\b", "\\B", "(?<=a)", "(?<![ab])", "(?<=\\d.)", "(?<!^)"]
QUANTS = ["*", "+", "?", "{2}", "{1,3}", "{0,2}", "{2,}", "*?", "+?", "??", "{1,2}?"]


@st.composite
def patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["atom", "atom", "atom", "quant", "quant", "assert", "group", "alt"]
                                    if depth < 2 else ["atom", "quant", "assert"]))
        if kind == "atom":
            parts.append(draw(st.sampled_from(ATOMS)))
        elif kind == "quant":
            parts.append(draw(st.sampled_from(ATOMS)) + draw(st.sampled_from(QUANTS)))
        elif kind == "assert":
            parts.append(draw(st.sampled_from(ASSERTIONS)))
        else:
            inner = draw(patterns(depth + 1))
            if kind == "alt":
                inner += "|" + draw(patterns(depth + 1))
            opener = draw(st.sampled_from(["(", "(?:", "(?:", "(?=", "(?!"]))
            q = draw(st.sampled_from(["", "", "", "*", "?", "??", "+", "{2}", "{1,3}", "*?", "+?", "{0,2}?"]
                                     if opener in ("(", "(?:") else [""]))
            parts.append(opener + inner + ")" + q)
        if draw(st.integers(0, 4)) == 0:
            # a group whose iterations match in one way only (codegen._steps): alternatives of
            # fixed strings that start apart, e.g. (?:[^'\\]|\\.)*
            alts = draw(st.lists(st.sampled_from(["a", "b", "ab", "ba", "\\.", "[^a\\\\]", "-a", "\\d\\d", "A"]),
                                 min_size=1, max_size=3))
            parts.append("(?:" + "|".join(alts) + ")" + draw(st.sampled_from(QUANTS)))
    if depth == 0 and draw(st.booleans()):
        parts.append("|" + draw(patterns(1)))
    return "".join(parts)


def _generated(pattern: str, flags: str) -> Matcher:
    m = Matcher(parse_pattern(pattern, flags), flags)
    m.generate()
    return m


def matcher_pair(pattern: str, flags: str) -> tuple[Matcher, Matcher]:
    """Two matchers of the pattern: one with its generated function (and the translation to
    Python's ``re`` where it has one), and one that only interprets (no generated function, no
    prefilter, skip or required-text shortcut)."""
    fast = Matcher(parse_pattern(pattern, flags), flags)
    fast.generate()
    slow = Matcher(parse_pattern(pattern, flags), flags)
    slow.pending = slow.pending_pre = None
    slow.skip_run = slow.prefilter = slow.required = None
    return fast, slow


@settings(max_examples=400, deadline=None)
@given(patterns(), st.sampled_from(["", "i", "m", "s", "im"]),
       st.lists(st.text(alphabet="abAB1 -\n_\u00e9\u00c9", max_size=12), min_size=1, max_size=4))
def test_generated_matches_the_interpreter(pattern: str, flags: str, inputs: list[str]) -> None:
    try:
        fast, slow = matcher_pair(pattern, flags)
    except PatternError:
        return
    # (a pattern without quantifiers is searched by its Python ``re`` translation: the generated
    # function is compared too, without it)
    generated = matcher_pair(pattern, flags)[0]
    generated.whole = None
    for s in inputs:
        for start in range(len(s) + 1):
            for sticky in (False, True):
                expected = slow.search(s, start, sticky, False)
                assert fast.search(s, start, sticky, False) == expected, \
                    (pattern, flags, s, start, sticky, fast.fast_source, fast.whole)
                assert generated.search(s, start, sticky, False) == expected, \
                    (pattern, flags, s, start, sticky, fast.fast_source)


@pytest.mark.parametrize("pattern,subject", [
    ("(?:(a)b|a)c", "ac"), ("(?:(a)|(b))+?c|(x)", "abx"), ("((a)|b)(?:(c)d|c)e", "ace"), ("(a|(b))\\b|(.)", "b-a"),
    ("(?:x(y)|x)z", "xyxz"), ("(a)(?:(b)c|b)(?:(d)e|d)f", "abdf"),
])
def test_alternatives_restore_captures(pattern: str, subject: str) -> None:
    fast, slow = matcher_pair(pattern, "")
    for i in range(len(subject) + 1):
        assert fast.search(subject, i, False, False) == slow.search(subject, i, False, False)


@pytest.mark.parametrize("pattern,flags", [
    ("([a-z]+\\d*)@(host\\d)\\.org", ""), ("\\b([a-z])([a-z]*)\\b", ""), ("(\\w+) (\\d+)", ""),
    ("^(?:alpha|gamma\\d+|golf)$", "i"), ("x-ray \\d{2,3} user(\\d+)", ""), ("[;\\s]+", ""),
    ("a.*?b|c", "s"), ("(a|ab)(c|bcd)(d*)", ""), ("^$", "m"), ("\\B.\\b", ""),
    ("'(?:[^'\\\\]|\\\\.)*'", ""), ("(\\d+)(?:\\.(\\d+))?(?:e([+-]?\\d+))?", "i"), ("(?:ab|c){2,}?d", ""),
    ("((a)|b)?c", ""), ("x(?:\\d\\d)+", ""), ("(?=a)a", ""), ("(?<=a)b", ""), ("[\\w.]+(?=@)", ""),
    ("(?!\\s)(?:\\d+|x)(?![\\w-])", "i"), ("(?<![^\\s*_~(])www\\.", ""), ("a(?=(b)|c)", ""),
    ("(ab)+", ""), ("(?:a|ab)*c", ""), ("(?:a|a)*b", ""), ("(?:a+)*", ""), ("(?:\\s*,)+", ""),
    ("(?:\\.[a-z-]*[a-z])+", ""), ("^(?:[ \\t]*(?:\\n|$))+", ""), ("((a)|b)*?c", ""), ("(a)\\1", ""),
    ("(?<q>['\"]).*?\\k<q>", ""), ("(`+)[^`]+\\1(?!`)", ""), ("a", "u"), ("[a]", "v"), ("\\p{L}{1,3}?\\d", "u"),
    ("[^\\s*](\\*+)", "u"), ("(?:[\\p{P}\\p{S}]|x)+?y", "iu"), (".\\u{1F600}", "su"),
])
def test_common_patterns_are_generated(pattern: str, flags: str) -> None:
    m = _generated(pattern, flags)
    assert m.fast is not None


@pytest.mark.parametrize("pattern,flags", [
    ("(a)\\1", "i"), ("(?<=a+)b", ""), ("(?<=(a))b", ""), ("(?<!a|bc)d", ""), ("(?i:a)b", ""), ("\\ba", "iu"),
    ("(?<=\\p{L})b", "u"), ("[\\q{ab}]", "v"), ("(?:a|b*)?", ""), ("\\p{L}+", "u"), ("[^a]*", "v"),
])
def test_other_patterns_use_the_interpreter(pattern: str, flags: str) -> None:
    assert _generated(pattern, flags).fast is None


def test_leading_run_skip() -> None:
    m = Matcher(parse_pattern("[a-z]+\\d", ""), "")
    assert m.skip_run is not None
    assert m.search("abc def9 g", 0, False, False) == [4, 8]
    for pattern in ("(a+)\\1", "a*b", "a+?b", "a{1,3}b"):
        assert Matcher(parse_pattern(pattern, ""), "").skip_run is None, pattern


def test_leading_word_boundary_prefilter() -> None:
    m = Matcher(parse_pattern("\\b[a-z]+", ""), "")
    assert m.prefilter.pattern.startswith("(?<!")
    assert m.search("Xab cd_e", 0, False, False) == [4, 6]
    assert m.search("ab", 1, False, False) is None
    assert m.search("-ab", 0, False, False) == [1, 3]
    for pattern, flags in (("\\b[a-z-]", ""), ("\\B[a-z]", ""), ("\\b[a-z]", "iu")):
        pre = Matcher(parse_pattern(pattern, flags), flags).prefilter
        assert pre is None or not pre.pattern.startswith("(?<!"), pattern


def test_a_large_first_set_gets_its_prefilter_when_used_again() -> None:
    """A pattern that starts with a large set (\\p{L}, astral letters too) skips the starts
    outside it once it is used again; every start inside it is still tried."""
    s = "12 h\u00e9llo, \U0001d400x\U0001d401 3 \u4e2d!"
    b = s.encode("utf-16-le")  # (code units, as the engine holds strings)
    s16 = "".join(chr(int.from_bytes(b[i:i + 2], "little")) for i in range(0, len(b), 2))
    for pattern in ("\\p{L}+", "\\p{L}\\p{L}"):
        m = Matcher(parse_pattern(pattern, "u"), "u")
        assert m.prefilter is None and m.pending_pre is not None
        slow = Matcher(parse_pattern(pattern, "u"), "u")
        slow.pending = slow.pending_pre = None
        found = [m.search(s16, i, False, True) for i in range(len(s16) + 1)]
        assert m.prefilter is not None
        assert found == [slow.search(s16, i, False, True) for i in range(len(s16) + 1)]
        assert found[0] is not None and found[0][0] == 3


@pytest.mark.parametrize("pattern, matches", [
    ("(?:__import__|os\\.system)'\"\\n(x)[\\]evil\\u0027]+|exec\\(open\\)",
     [("x os.system'\"\nx]]]y", [2, 18, 14, 15])]),
    # optional and quantified groups
    ("(?:__import__|os\\.system)'\"\\n(x)?[\\]evil\\u0027]+(?:ev|al)*?|exec\\(open\\)(?:'\"|\\\\.){2,}",
     [("x os.system'\"\n]]y", [2, 16, -1, -1]), ("exec(open)'\"\\x'\"!", [0, 16, -1, -1])]),
])
def test_source_holds_no_pattern_text(pattern: str, matches: list[tuple[str, list[int]]]) -> None:
    m = _generated(pattern, "")
    assert m.fast is not None
    src = m.fast_source
    assert "'" not in src and '"' not in src and "import" not in src and "evil" not in src and "exec" not in src
    for word in re.findall(r"[A-Za-z_][A-Za-z_0-9]*", src):
        assert re.fullmatch(r"_[kftm]\d*|[pce]\d*|sv\d+|s|caps|end|poll|r|def|return|if|elif|for|in|range|while|True"
                            r"|break|else|and|or|not|startswith|match|ord|min|len|append", word), word
    for subject, caps in matches:
        assert m.search(subject, 0, False, False) == caps


def test_catastrophic_nested_loops_are_interruptible() -> None:
    m = _generated("a*a*a*a*a*a*a*a*b", "")
    assert m.fast is not None
    # (the subjects hold the character every match needs, or the search would not try at all:
    # Matcher.required)
    assert_interruptible(m, "a" * 200 + "cb")
    m = _generated("(?:ab)*(?:ab|c)*?(?:ab){0,90}(x)?(?:ab)*(?:ab)*(?:ab)*d", "")
    assert m.fast is not None
    assert_interruptible(m, "ab" * 200 + "-d")


def test_deep_patterns_fall_back() -> None:
    deep = "(" * 60 + "a" + ")" * 60
    m = _generated(deep, "")
    assert m.search("xa", 0, False, False) == [1, 2] * 61
    alts = "|".join("a%db" % i for i in range(400))
    m = _generated(alts, "")
    assert m.fast is None and m.search("a399b", 0, False, False) == [0, 5]
    loops = "a?" * 40 + "b"
    m = _generated(loops, "")
    assert m.fast is None and m.search("aab", 0, False, False) == [0, 3]  # too many nested blocks


CASES = [("([a-z]+\\d*)@(host\\d)\\.org", "g", "alpha 1 user1@host1.org; Beta 2 user22@host2.org;"),
         ("\\b([a-z])([a-z]*)\\b", "g", "alpha Beta gamma42 x-ray foxtrot_7"),
         ("(\\w+) (\\d+)", "g", "alpha 1 user1@host1.org; Beta 22 x"), ("(a|ab)(c|bcd)(d*)", "", "abcd"),
         ("^(?:alpha|gamma\\d+|golf)$", "i", "GAMMA42"), ("a.*?b|c", "gs", "xa\nbbc"), ("^\\w+$", "gm", "ab\ncd\n"),
         ("[^\\s-]{2,}?\\B", "g", "ab-cde f"), ("(?:(a)|b)(x)", "g", "axbx"),
         ("'(?:[^'\\\\]|\\\\.)*'", "g", "x 'ab\\'c' y '' 'z"), ("(\\d+)(?:\\.(\\d+))?(?:e([+-]?\\d+))?", "gi", "v 12.5E-3 z 7 8.x"),
         ("((a)|b)?c", "g", "bc ac c"), ("(?:ab|c){2,}?d", "g", "ababcd cd abcd"), ("(a*)?b|(x)??y", "g", "b aab xy y")]


def match_all_here_and_in_node(cases: list[tuple[str, str, str]]) -> tuple[list[str], list[str]]:
    """For each (pattern, flags, subject): ``[...subject.matchAll(new RegExp(pattern, flags + g))]``
    as JSON ([index, ...captures] per match), computed by pyjsvm and by node (Python text both)."""
    from tests.helpers import js
    prog = ("const out = []; for (const [p, f, s] of JSON.parse(require('fs').readFileSync(0, 'utf8')))"
            " out.push(JSON.stringify([...s.matchAll(new RegExp(p, f.includes('g') ? f : f + 'g'))]"
            ".map(m => [m.index, ...m]))); process.stdout.write(JSON.stringify(out));")
    assert NODE is not None
    res = subprocess.run([NODE, "-e", prog], input=json.dumps(cases), capture_output=True, text=True, timeout=60,
                         check=True)
    ours = [js("JSON.stringify([...%s.matchAll(new RegExp(%s, %s))].map(m => [m.index, ...m]))"
               % (json.dumps(s), json.dumps(p), json.dumps(f if "g" in f else f + "g"))) for p, f, s in cases]
    return [x.encode("utf-16-le", "surrogatepass").decode("utf-16-le") for x in ours], json.loads(res.stdout)


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_against_node() -> None:
    ours, node = match_all_here_and_in_node(CASES)
    assert ours == node
    assert all(_generated(p, f).fast is not None for p, f, _ in CASES)


def test_generated_when_used_again() -> None:
    m = Matcher(parse_pattern("a+b", ""), "")
    assert m.search("aab", 0, False, False) == [0, 3] and m.fast is None
    assert m.search("aab", 1, False, False) == [1, 3] and m.fast is not None
    m = Matcher(parse_pattern("a+b", ""), "")
    assert m.search("ac" * 100 + "ab", 0, False, False) == [200, 202] and m.fast is not None
    assert codegen.MAX_NODES > 0


@pytest.mark.parametrize("pattern,subject", [
    ("(?:a|ab)+c", "ab" * 600 + "c"), ("((a)|b)+", "ab" * 400), ("(?:x|(y))*?z", "xy" * 300 + "z"),
    ("(?:(?:a|b)+,)+;", "ab," * 200 + ";"),
])
def test_deep_iterations_go_to_the_interpreter(pattern: str, subject: str) -> None:
    # past codegen.MAX_ITERATIONS nested iterations (a Python call each) the position is matched
    # by the interpreter: the same captures, and no RecursionError
    fast, slow = matcher_pair(pattern, "")
    assert fast.fast is not None
    for i in (0, 1, len(subject) // 2):
        assert fast.search(subject, i, False, False) == slow.search(subject, i, False, False)
        assert fast.match(subject, i) == slow.match(subject, i)
    assert fast.search(subject, 0, False, False) is not None


UNICODE_ATOMS = ["\\p{L}", "[^a]", "\\u{1F600}", "\\S", "[\\u{1F600}-\\u{1F64F}]", "\\uD83D", "\\W", "[a\\u{1F601}]",
                 "\\p{Lu}", ".", "[\\uDC00-\\uDFFF]", "\\D", "a", "\\d", "[ab]"]
UNICODE_TEXT = ["a", "b", "A", "1", " ", "\ud83d\ude00", "\ud83d\ude01", "\ud83d", "\ude00", "\u00e9", "\u017f", "\u212a",
                "\n", "-"]


@st.composite
def unicode_patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["atom", "quant", "assert", "group"] if depth < 2 else ["atom", "quant"]))
        if kind == "atom":
            parts.append(draw(st.sampled_from(UNICODE_ATOMS)))
        elif kind == "quant":
            parts.append(draw(st.sampled_from(UNICODE_ATOMS)) + draw(st.sampled_from(QUANTS)))
        elif kind == "assert":
            parts.append(draw(st.sampled_from(["^", "$", "\\b", "\\B", "(?<=a)", "(?!\\p{L})"])))
        else:
            inner = draw(unicode_patterns(depth + 1))
            if draw(st.booleans()):
                inner += "|" + draw(unicode_patterns(depth + 1))
            parts.append(draw(st.sampled_from(["(", "(?:"])) + inner + ")" + draw(st.sampled_from(["", "*", "+?", "{1,2}", "?"])))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(unicode_patterns(), st.sampled_from(["u", "iu", "su", "mu", "v", "iv"]),
       st.lists(st.lists(st.sampled_from(UNICODE_TEXT), max_size=8).map("".join), min_size=1, max_size=3))
def test_generated_unicode_mode_matches_the_interpreter(pattern: str, flags: str, inputs: list[str]) -> None:
    # Unicode mode: a surrogate pair is one character of two code units (a lone surrogate one of
    # its own); the same matcher (its prefilter and skips) with and without the generated function
    try:
        fast = _generated(pattern, flags)
        slow = _generated(pattern, flags)
    except PatternError:
        return
    slow.fast = None
    for s in inputs:
        for start in range(len(s) + 1):
            for sticky in (False, True):
                assert fast.search(s, start, sticky, True) == slow.search(s, start, sticky, True), \
                    (pattern, flags, s, start, sticky, fast.fast_source)
