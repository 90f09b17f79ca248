"""``<``, ``<=``, ``>`` and ``>=`` in emitted code (compiler/emit.py ``relational``): inline for
two floats or two strings (compared by UTF-16 code units, as Python compares our strings), and
for a string against a string constant; the full IsLessThan (sec-islessthan) for anything else.
Every operator over pairs of values of every kind, in both operand forms (names, member reads,
a string constant on either side), gives node's answers, on both tiers."""
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
var out = [];
for (var rep = 0; rep < 2; rep++) {
  out = [];
  for (var i = 0; i < vals.length; i++) {
    var a = vals[i];
    var row = '' + +kl(a) + +kg(a) + +kle(a) + +kge(a);
    for (var j = 0; j < vals.length; j++) {
      var b = vals[j];
      row += +lt(a, b) + '' + +le(a, b) + +gt(a, b) + +ge(a, b) + +mlt({v: a}, {v: b}) + +mge({v: a}, {v: b});
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
    assert rows[0][:10] == "1110" + "010101"
    # '\uffff' against '\ud83d\ude00' (a code unit comparison: 0xFFFF > 0xD83D)
    assert rows[8][4 + 6 * 7:4 + 6 * 8] == "001101"


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
