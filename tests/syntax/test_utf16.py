"""The UTF-16 conversions at the boundary between Python text and JS strings."""
from hypothesis import given, strategies as st

import pyjsvm
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js, utf16_encode_code_point


def _reference(s: str) -> str:
    return "".join(utf16_encode_code_point(ord(c)) for c in s)


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=300))
def test_python_string_to_js_gives_the_utf16_code_units(s: str) -> None:
    js = python_string_to_js(s)
    assert js == _reference(s)
    assert all(ord(c) <= 0xFFFF for c in js)


@given(st.text(alphabet=st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF,
                                      blacklist_categories=()), min_size=64, max_size=200))
def test_long_astral_text_round_trips(s: str) -> None:
    js = python_string_to_js(s)
    assert len(js) == 2 * len(s)
    assert js_string_to_python(js) == s


def test_from_code_point_many_astral_code_points() -> None:
    src = ("var cps = []; for (var c = 0xD7F0; c < 0x10100; c++) cps.push(c);"
           "var s = String.fromCodePoint.apply(null, cps);"
           "var ok = true, j = 0;"
           "for (var c = 0xD7F0; c < 0x10100; c++) { if (s.codePointAt(j) !== c && !(c >= 0xD800 && c <= 0xDFFF)) ok = false;"
           " j += c > 0xFFFF ? 2 : 1 }"
           "[s.length, ok, s.charCodeAt(s.length - 2).toString(16), s.charCodeAt(s.length - 1).toString(16)].join()")
    # 0xD7F0..0xFFFF: one unit each (0x2810), 0x10000..0x100FF: two each (0x200)
    assert pyjsvm.run_in_new_context(src) == f"{0x2810 + 0x200},true,d800,dcff"
