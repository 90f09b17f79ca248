"""for-of over an array's values iterator with the built-in next: the emitted loop takes the
steps over a dense array's elements in line (runtime/iteration.array_values_iterator); holes,
sparse arrays, other iterators and a replaced next take the generic step. Both tiers and node
agree, whatever the loop body does to the array or to the iteration built-ins."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree

CASES = [
    # the array grows, shrinks, gets a hole, turns sparse, and is emptied while it is iterated
    """(function () {
      var r = [], a = [1, 2, 3];
      for (var x of a) { r.push(x); if (x === 1) a.push(4); if (x === 4) a.length = 5 }
      r.push('|');
      var b = [1, 2, 3, 4, 5, 6];
      for (const x of b) { r.push(x); if (x === 2) b.pop(); if (x === 3) delete b[3] }
      r.push('|');
      var c = [1, 2, 3];
      for (let x of c) { r.push(x); if (x === 1) c[1000] = 'far' ; if (x === 3) c.length = 1001 }
      r.push(c.length, '|');
      var d = [1, 2, 3];
      for (var x of d) { r.push(x); d.length = 0 }
      Array.prototype[1] = 'from-proto';
      for (var x of [0, , 2]) r.push(x);
      delete Array.prototype[1];
      return r.join() })()""",
    # break, continue with labels, a throw and a return inside; a return method on the iterator
    # prototype (run on break and throw); generators and arrows; typed arrays, strings, arguments
    """(function () {
      var r = [], AIP = Object.getPrototypeOf([][Symbol.iterator]());
      AIP.return = function () { r.push('closed'); return {} };
      outer: for (var x of [1, 2, 3]) { for (var y of [10, 20, 30]) { if (y === 20) continue outer; r.push(x + y) } }
      for (var x of [1, 2, 3]) { if (x === 2) break; r.push(x) }
      try { for (var x of [1, 2]) throw new Error('t' + x) } catch (e) { r.push(e.message) }
      var f = () => { for (var x of [7, 8]) return x };
      r.push(f());
      delete AIP.return;
      function* g(a) { for (var x of a) yield x * 2 }
      r.push([...g([1, 2, 3])].join(':'));
      for (var x of new Uint8Array([5, 6])) r.push(x);
      for (var x of 'hi') r.push(x);
      (function () { for (var x of arguments) r.push('arg' + x) })(1, 2);
      return r.join() })()""",
    # the iteration built-ins replaced: next before the loop (used), next during the loop (the
    # loop keeps the one it read), Symbol.iterator on the array and on Array.prototype
    """(function () {
      var r = [], AIP = Object.getPrototypeOf([][Symbol.iterator]()), next = AIP.next;
      AIP.next = function () { var s = next.call(this); if (!s.done) s.value = 'n' + s.value; return s };
      for (var x of [1, 2]) r.push(x);
      AIP.next = next;
      for (var x of [1, 2, 3]) { r.push(x); AIP.next = function () { return {done: true} } }
      AIP.next = next;
      var own = [1, 2]; own[Symbol.iterator] = function* () { yield 'own' };
      for (var x of own) r.push(x);
      var values = Array.prototype[Symbol.iterator];
      Array.prototype[Symbol.iterator] = function* () { yield 'proto' };
      for (var x of [1, 2]) r.push(x);
      Array.prototype[Symbol.iterator] = values;
      for (var x of [1, 2].keys()) r.push('k' + x);
      for (var x of [1, 2].entries()) r.push('e' + x);
      return r.join() })()""",
]


@pytest.mark.parametrize("src", CASES)
def test_for_of_over_arrays(src: str) -> None:
    assert_tiers_and_node_agree(src)
