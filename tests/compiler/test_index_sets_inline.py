"""An array's push, and a store that appends to a dense array or fills one of its holes, create
the element on the array only while no accessor or read-only index sits on its prototype chain
(OrdinarySet, sec-ordinarysetwithowndescriptor steps 2-3). Emitted code takes the last answer of
runtime/objects.index_sets_stay_own in line (compiler/emit.index_sets_stay_own) while the
prototype and PROTO_EPOCH are the ones it was about: an index setter defined on Array.prototype
or Object.prototype, or a prototype changed, after the sites ran, must still reach the setter.
Both tiers and node agree."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree

_SITES = """
  function push(a, v) { try { a.push(v) } catch (e) { a.err = e.constructor.name } }
  function append(a, v) { a[a.length] = v }
  function fill(a, i, v) { a[i] = v }
  function run(log) {
    var last;
    for (var round = 0; round < 30; round++) {
      var a = [], b = [], h = new Array(8);
      for (var i = 0; i < 8; i++) { push(a, i); append(b, i); fill(h, i, i) }
      last = [a.length, b.length, h.length, Object.keys(a).join(''), Object.keys(b).join(''), Object.keys(h).join(''), a.err].join();
    }
    return last + ' ' + log.s
  }
"""

CASES = {
    "setter_on_array_prototype": "(function () {" + _SITES + """
      var log = {s: ''}, before = run(log);
      Object.defineProperty(Array.prototype, '5', { set(v) { log.s += v }, configurable: true });
      var after = run(log);
      delete Array.prototype[5];
      return before + ' | ' + after + ' | ' + run({s: ''}) })()""",
    "read_only_on_object_prototype": "(function () {" + _SITES + """
      var before = run({s: ''});
      Object.defineProperty(Object.prototype, '3', { value: 'ro', writable: false, configurable: true });
      var after = run({s: ''});
      delete Object.prototype[3];
      return before + ' | ' + after })()""",
    "prototype_changed": "(function () {" + _SITES + """
      var log = {s: ''}, before = run(log);
      var proto = Object.create(Array.prototype, { 2: { set(v) { log.s += 'p' + v } } });
      var a = [];
      for (var i = 0; i < 4; i++) push(a, i);
      Object.setPrototypeOf(a, proto); a.length = 0;
      for (var i = 0; i < 4; i++) { push(a, i); append(a, i) }
      return before + ' | ' + a.length + ' ' + Object.keys(a).join('') + ' ' + log.s })()""",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_index_sets_agree(name: str) -> None:
    assert_tiers_and_node_agree(CASES[name])
