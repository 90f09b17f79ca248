"""A long chain of left-nested binary or logical expressions (``1 + 1 + ... + 1``, generated
concatenations, ``a || b || ... || z``) compiles and runs without a Python frame a term: the
closure compiler (script and eval code without loops) made one closure calling the next, and
100,000 terms ended in a RangeError where node gives the value. The order of evaluation, the
short-circuits and each operator's semantics are compared with node on both tiers."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree, value_or_error_name


@pytest.mark.parametrize("src, expected", [
    ("eval('1' + '+1'.repeat(1e5))", 100001.0),
    ("eval('var x = 2; x' + '*1'.repeat(1e5))", 2.0),
    ("(0, eval)('\"a\"' + '+\"b\"'.repeat(1e5)).length", 100001.0),
    ("eval('0' + '||0'.repeat(1e5) + '||7')", 7.0),
    ("eval('1' + '&&1'.repeat(1e5))", 1.0),
    ("eval('null' + '??null'.repeat(1e5) + '??3')", 3.0),
])
def test_a_hundred_thousand_terms(src: str, expected: object) -> None:
    assert value_or_error_name(src) == expected


ORDER = r"""
(() => {
  var log = [];
  function t(x) { log.push(x); return x; }
  var terms = [0, 1, '', 'a', null, undefined, NaN, 2, false, true, 0n, {}];
  var ops = ['||', '&&', '??'];
  var src = 't(1)';
  for (var i = 0; i < 300; i++) {
    var op = ops[(i * 7) % 3];
    src = '(' + src + ')' + op + 't(terms[' + (i * 5 % 12) + '])';
  }
  var r = eval(src);
  var s2 = 'x0';
  for (var i = 1; i < 200; i++)
    s2 += [' + ', ' - ', ' * ', ' < ', ' == ', ' !== ', ' | ', ' >>> ', ' in ', ' instanceof '][i % 10 < 8 ? i % 8 : 4] + 'x' + (i % 9);
  var vals = [1, '2', 3, null, undefined, {}, 'x', 4, true];
  var r2 = eval(s2.replace(/x(\d)/g, (m, d) => 'vals[' + d + ']'));
  var got = [];
  var r3 = eval('got.push(0), 0' + ' + (got.push(1), 1)'.repeat(50));
  var o = {a: 1};
  var r4 = eval('"a" in o' + ' === true'.repeat(60));
  try { eval('1n' + ' + 1n'.repeat(100) + ' + 1'); var r5 = 'none'; } catch (e) { r5 = e.constructor.name; }
  return [String(r), log.length, log.map(String).join('|'), String(r2), r3, got.join(''), r4, r5].join(';');
})()
"""


def test_order_and_semantics_agree_with_node() -> None:
    assert_tiers_and_node_agree(ORDER)
