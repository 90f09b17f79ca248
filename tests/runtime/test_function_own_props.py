"""Function objects of one source function start with the same ``length`` and ``name`` Props
(FunctionCode.own_props): changing one function's own properties -- redefining them, deleting
them, freezing the function, naming it by assignment -- leaves the others' as they were. Both
tiers and node agree."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree

CASES = [
    """(function () {
      function mk() { return function (a, b) { return a } }
      var f = mk(), g = mk(), h = mk(), k = mk();
      Object.defineProperty(f, 'name', {value: 'renamed'});
      Object.defineProperty(f, 'length', {value: 7, writable: true}); f.length = 9;
      delete g.name; delete g.length;
      Object.freeze(h);
      var named = mk(); var viaVar = named;
      var r = [];
      for (var x of [f, g, h, k, mk()]) {
        var d = Object.getOwnPropertyDescriptor(x, 'name'), l = Object.getOwnPropertyDescriptor(x, 'length');
        r.push(JSON.stringify([x.name, x.length, d && [d.writable, d.enumerable, d.configurable], l && [l.writable, l.configurable], Object.isFrozen(x)]));
      }
      return r.join(' ') })()""",
    """(function () {
      var fs = [];
      for (var i = 0; i < 3; i++) fs.push((x, y, z) => x);
      Object.defineProperty(fs[0], 'name', {value: 'first', configurable: false});
      try { Object.defineProperty(fs[0], 'name', {value: 'again'}) } catch (e) { var err = e.name }
      Object.seal(fs[1]);
      return [fs.map(f => [f.name, f.length, Object.isSealed(f)].join('/')).join(' '), err].join(' | ') })()""",
    """(function () {
      class A { m(p) {} static s(q, r) {} }
      var a = new A(), b = new A();
      Object.defineProperty(A.prototype.m, 'name', {value: 'changed'});
      var objs = [{ f: function () {} }, { f: function () {} }];
      Object.defineProperty(objs[0].f, 'length', {value: 3});
      return [a.m.name, b.m.name, A.s.length, objs[0].f.length, objs[1].f.length, objs[1].f.name].join() })()""",
]


@pytest.mark.parametrize("src", CASES)
def test_own_props_are_each_functions(src: str) -> None:
    assert_tiers_and_node_agree(src)
