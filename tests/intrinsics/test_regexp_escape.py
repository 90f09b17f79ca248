"""RegExp.escape (sec-regexp.escape) on long strings: the result agrees with a per-code-point
reading of the spec across the pieces the built-in translates at a time (surrogate pairs and
lone surrogates at their edges), a result past the longest string is a RangeError, and a
timeout stops a long escape."""
from __future__ import annotations

import json
import random

import pytest

import pyjsvm as vm
from pyjsvm.runtime.operators import STRING_PIECE as _ESCAPE_PIECE
from tests.helpers import lower_string_limit

_SYNTAX = set("^$\\.*+?()[]{}|/")
_CONTROL = {9: "t", 10: "n", 11: "v", 12: "f", 13: "r"}
_PUNCT = set(",-=<>#&!%:;@~'`\"")
_WS_LT = set("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
             "\u2028\u2029\u202f\u205f\u3000\ufeff")


def spec_escape(s: str) -> str:
    """RegExp.escape read step by step, one code point at a time."""
    out: list[str] = []
    i = 0
    while i < len(s):
        c, count = ord(s[i]), 1
        if 0xD800 <= c <= 0xDBFF and i + 1 < len(s) and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
            c, count = 0x10000 + ((c - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00), 2
        ch = s[i:i + count]
        first = i == 0
        i += count
        if first and ch.isascii() and ch.isalnum():
            out.append("\\x%02x" % c)
        elif ch in _SYNTAX:
            out.append("\\" + ch)
        elif c in _CONTROL:
            out.append("\\" + _CONTROL[c])
        elif ch in _PUNCT or ch in _WS_LT or 0xD800 <= c <= 0xDFFF:
            out.append("\\x%02x" % c if c <= 0xFF else "".join("\\u%04x" % ord(u) for u in ch))
        else:
            out.append(ch)
    return "".join(out)


def utf16(s: str) -> bytes:
    return s.encode("utf-16-le", "surrogatepass")


def escape_in_js(strings: list[str]) -> list[str]:
    # the strings travel as JSON of their code units (\\uXXXX), lone surrogates included
    src = "JSON.stringify(JSON.parse(%s).map(RegExp.escape))" % json.dumps(json.dumps(strings))
    return list(json.loads(vm.run_in_new_context(src, {})))


def test_escape_agrees_with_the_spec_steps_on_short_strings() -> None:
    alphabet = ["a", "0", "Z", "_", ",", "\\", "/", " ", "\u00a0", "\u2028", "\ufeff", "\ud800", "\udc00",
                "\U0001F600", "\t", "\v", "\u00e9", "\u3000", "-", "$", "\u180e"]
    rnd = random.Random(7)
    strings = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8))) for _ in range(2000)]
    for s, got in zip(strings, escape_in_js(strings)):
        assert utf16(got) == utf16(spec_escape(s)), s


@pytest.mark.parametrize("s", [
    "\ud800" * _ESCAPE_PIECE + "\udc00",                     # a pair across the first piece's end
    "a" * (_ESCAPE_PIECE - 1) + "\ud800\udc00,",
    "a" * (_ESCAPE_PIECE - 1) + "\ud800\ud800\udc00x",       # a lone lead, then a pair, at the edge
    "," * _ESCAPE_PIECE + "\udc00" + "b" * _ESCAPE_PIECE,    # a lone trail first in a piece
    "\U0001F600" * _ESCAPE_PIECE,
])
def test_escape_agrees_with_the_spec_steps_across_pieces(s: str) -> None:
    assert utf16(escape_in_js([s])[0]) == utf16(spec_escape(s))


def test_escape_past_the_longest_string_is_a_range_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # each "," becomes "\x2c": a result four times the input, past a lowered longest string
    lower_string_limit(monkeypatch, 10_000)
    assert vm.run_in_new_context("RegExp.escape(','.repeat(2400)).length", {}) == 9600
    with pytest.raises(vm.JSError, match="RangeError: Invalid string length"):
        vm.run_in_new_context("RegExp.escape(','.repeat(2600))", {})


def test_a_timeout_stops_a_long_escape() -> None:
    with pytest.raises(vm.JSError) as e:
        vm.run_in_new_context("var s = RegExp.escape(','.repeat(2**25)); s.length", {}, timeout=100)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
