"""Tests of the global object's value and function properties (sec-global-object)."""
from __future__ import annotations

import math
import urllib.parse
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jsutil_mathjson import call, error_name, js_string_to_python, make_realm, utf16
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import Prop

R = make_realm()


def g(name: str, *args: Any) -> Any:
    return call(R, name, *args)


def uri_error(name: str, arg: str) -> None:
    with pytest.raises(JSThrow) as ei:
        g(name, arg)
    assert error_name(ei.value) in ("URIError", "Error")
    if "%URIError.prototype%" in R.intrinsics:
        assert error_name(ei.value) == "URIError"


def test_value_properties() -> None:
    props = R.global_object.props
    for name in ("NaN", "Infinity", "undefined"):
        assert type(props[name]) is Prop and props[name].flags == 0
    assert math.isnan(props["NaN"].value) and props["Infinity"].value == float("inf")
    assert props["undefined"].value is None


@pytest.mark.parametrize("name", ["isNaN", "isFinite", "encodeURI", "decodeURI", "encodeURIComponent",
                                  "decodeURIComponent", "escape", "unescape"])
def test_function_attributes(name: str) -> None:
    p = R.global_object.props[name]
    assert type(p) is Prop and p.flags == 5  # W|C
    assert p.value.props["length"].value == 1.0 and p.value.props["name"].value == name


def test_is_nan_is_finite() -> None:
    assert g("isNaN") is True and g("isNaN", "abc") is True and g("isNaN", "12") is False
    assert g("isFinite", "12") is True and g("isFinite", float("inf")) is False and g("isFinite") is False


def test_encode() -> None:
    assert g("encodeURIComponent", "a b&c/é\ud83d\ude00") == "a%20b%26c%2F%C3%A9%F0%9F%98%80"
    assert g("encodeURI", "http://x.y/a b?c=d&e#f[]") == "http://x.y/a%20b?c=d&e#f%5B%5D"
    assert g("encodeURIComponent", "-_.!~*'()") == "-_.!~*'()"
    assert g("encodeURIComponent", 1.5) == "1.5"
    for bad in ("\ud800", "\udc00", "a\ud800b", "\udc00\ud800"):
        uri_error("encodeURI", bad)
        uri_error("encodeURIComponent", bad)


def test_decode() -> None:
    assert g("decodeURIComponent", "%F0%9F%98%80%20%2F") == "\ud83d\ude00 /"
    assert g("decodeURI", "%2F%20%23%3b%41") == "%2F %23%3bA"
    assert g("decodeURIComponent", "%e2%82%ac") == "\u20ac"
    assert g("decodeURI", "abc") == "abc"
    for bad in ("%", "%2", "%zz", "%C0%80", "%ED%A0%80", "%E0%A4%A", "%FF", "%80", "%F4%90%80%80",
                "%E2%82", "%E2%82%2", "%E2x%82%AC", "%C3%28"):
        uri_error("decodeURI", bad)
        uri_error("decodeURIComponent", bad)


def test_escape_unescape() -> None:
    assert g("escape", "a b\u0100@*_+-./é") == "a%20b%u0100@*_+-./%E9"
    assert g("unescape", "%u0100%20%zz%%u12%E9") == "\u0100 %zz%%u12\xe9"
    assert g("unescape", "%U0041%4") == "%U0041%4"


@given(st.text())
def test_prop_encode_component_matches_urllib(s: str) -> None:
    js = utf16(s)
    encoded = g("encodeURIComponent", js)
    assert encoded == urllib.parse.quote(s, safe="-_.!~*'()")
    assert g("decodeURIComponent", encoded) == js
    assert g("decodeURI", g("encodeURI", js)) == js


@given(st.text())
def test_prop_escape_round_trip(s: str) -> None:
    js = utf16(s)
    assert g("unescape", g("escape", js)) == js
    assert js_string_to_python(g("unescape", js)) == js_string_to_python(js) or "%" in s


GLOBAL_SNIPPETS = [
    "encodeURIComponent('a b&c/\u00e9\\ud83d\\ude00')", "encodeURI('http://x.y/a b?c=d#e[]')",
    "encodeURI('\\ud800')", "decodeURI('%2F%20%23')", "decodeURIComponent('%2F%20%23')", "decodeURI('%C0%80')",
    "decodeURIComponent('%')", "decodeURIComponent('%F0%9F%98%80').length", "escape('a b\\u0100@*_+-./')",
    "unescape('%u0100%20%zz%')", "isNaN('x')", "isFinite('1e3')", "isNaN(Symbol())",
    "typeof undefined", "(() => { 'use strict'; try { NaN = 1 } catch (e) { return e.name } })()",
    "JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'Infinity'))",
    "JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'isNaN').enumerable)",
    "decodeURIComponent.name + decodeURIComponent.length",
]


@pytest.fixture(scope="module")
def global_node() -> list[str]:
    from jsutil_mathjson import node_results
    return node_results(GLOBAL_SNIPPETS)


@pytest.mark.parametrize("index", range(len(GLOBAL_SNIPPETS)))
def test_differential_node(index: int, global_node: list[str]) -> None:
    from jsutil_mathjson import engine_result
    assert engine_result(GLOBAL_SNIPPETS[index]) == global_node[index], GLOBAL_SNIPPETS[index]


_PIECES = ["%41", "%61", "%2F", "%2f", "%23", "%3B", "%24", "%25", "%20", "%C3%A9", "%c3%a9", "%E2%82%AC", "%F0%9F%98%80",
           "%C3", "%82", "%E2%82", "%ED%A0%80", "%F4%90%80%80", "%C0%80", "%FF", "%", "%4", "%zz", "a", "/", "\u00e9",
           "\ud83d", "x%"]


@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.sampled_from(["decodeURI", "decodeURIComponent"]))
@example(["a", "%F0%9F%98%80", "%C3%A9", "/"], "decodeURIComponent")
@example(["%41", "%23", "%E2%82%AC"], "decodeURI")
def test_decoding_runs_at_once_agrees_with_the_steps(pieces: list[str], name: str) -> None:
    """The fast path (each run of escapes decoded as UTF-8 at once) gives what Decode's steps
    give, URIError included."""
    from pyjsvm.intrinsics import global_functions

    def outcome() -> Any:
        try:
            return g(name, "".join(pieces))
        except JSThrow as e:
            return error_name(e)
    fast = outcome()
    old = global_functions._DECODE_AT_ONCE
    global_functions._DECODE_AT_ONCE = -1
    try:
        steps = outcome()
    finally:
        global_functions._DECODE_AT_ONCE = old
    assert fast == steps, pieces
