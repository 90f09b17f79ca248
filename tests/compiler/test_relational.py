"""``<``, ``<=``, ``>`` and ``>=`` in emitted code (compiler/emit.py ``relational``): inline for
two floats or two strings (compared by UTF-16 code units, as Python compares our strings), and
for a string against a string constant; the full IsLessThan (sec-islessthan) for anything else.
``+`` of a string constant and a string (``plus``) whose concatenation is short, inline. Every operator over pairs of values of every kind, in both
operand forms (names, member reads, a string constant on either side), gives node's answers,
on both tiers."""
from __future__ import annotations

import pytest

from tests.helpers import NODE, both_tiers, js_str, node_str

VALUES = ["'a'", "'b'", "'ab'", "''", "'B'", "'10'", "'9'", "'\\ud83d\\ude00'", "'\\uffff'", "'\\ud800'",
          "10", "9", "-0", "NaN", "Infinity", "true", "null", "undefined", "1n", "'1'",
          "({valueOf() { return 'b' }})", "[2]", "({})"]

SRC = """
var vals = [%s];
function lt(a, b) { return a < b } function le(a, b) { return a <= b }
function gt(a, b) { return a > b } function ge(a, b) { return a >= b }
function mlt(o, p) { return o.v < p.v } function mge(o, p) { return o.v >= p.v }
function kl(a) { return a < 'b' } function kg(a) { return 'b' > a } function kle(a) { return a <= 'ab' }
function kge(a) { return '9' >= a }
function add(a, b) { return a + b } function madd(o, p) { return o.v + p.v }
function kadd(a) { return 'k' + a } function addk(a) { return a + 'k' }
function show(v) { return typeof v + ':' + JSON.stringify(String(v)) }
var out = [];
for (var rep = 0; rep < 2; rep++) {
  out = [];
  for (var i = 0; i < vals.length; i++) {
    var a = vals[i];
    var row = '' + +kl(a) + +kg(a) + +kle(a) + +kge(a) + show(kadd(a)) + show(addk(a));
    for (var j = 0; j < vals.length; j++) {
      var b = vals[j];
      row += +lt(a, b) + '' + +le(a, b) + +gt(a, b) + +ge(a, b) + +mlt({v: a}, {v: b}) + +mge({v: a}, {v: b});
      try { row += show(add(a, b)) + show(madd({v: a}, {v: b})) } catch (e) { row += e.name }
    }
    out.push(row);
  }
}
out.join('|')
""" % ", ".join(VALUES)


def test_both_tiers_agree() -> None:
    on, off = both_tiers(js_str, SRC)
    assert on == off
    assert not on.startswith("THROW")
    rows = on.split("|")
    assert len(rows) == len(VALUES)
    # by hand: 'a' against the constants ('a' < 'b', 'b' > 'a', 'a' <= 'ab', '9' >= 'a' is false),
    # then against itself (<, <=, >, >= and the member forms)
    assert rows[0].startswith('1110string:"ka"string:"ak"010101string:"aa"string:"aa"')


@pytest.mark.skipif(NODE is None, reason="node not installed")
def test_node_agrees() -> None:
    on, _ = both_tiers(js_str, SRC)
    assert on == node_str(SRC)


def test_strings_inline() -> None:
    from tests.helpers import emitted_function
    f = emitted_function("function lt(a, b) { return a < b } lt('a', 'b')", "lt")
    assert "_str" in f.code.emitted
    g = emitted_function("function kl(a) { return a < 'b' } kl('a')", "kl")
    assert "type(v1) is _str" in g.code.emitted


def test_long_strings_take_the_full_operation() -> None:
    # (the inline concatenation stops short of ALLOCATION_CHECK_MIN: the memory limit still sees
    # long strings; the longest string is still a RangeError)
    src = """function add(a, b) { return a + b } function addk(a) { return a + 'k' }
        var big = 'x'.repeat(65535), out = [];
        for (var i = 0; i < 3; i++) out = [add(big, 'y').length, addk(big).length, add('', big).length];
        var huge = 'x'.repeat(1 << 28);
        try { for (var i = 0; i < 3; i++) add(huge, huge + huge) } catch (e) { out.push(e.name) }
        out.join()"""
    on, off = both_tiers(js_str, src)
    assert on == off == "65536,65536,65535,RangeError"
