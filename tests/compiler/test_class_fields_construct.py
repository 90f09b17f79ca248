"""Class fields as [[Construct]] runs them: InitializeInstanceElements before an emitted base
constructor's body (runtime/functions.ECMAFunction.construct's direct path), and literal
initializers kept as values (ClassFieldDefinition.constant) instead of functions called for each
object. Each object gets its own fields, in definition order, with every initializer's side
effects and errors where the spec puts them; both tiers and node agree."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree

CASES = [
    # literal fields of every kind beside computed ones, in order; each object its own; static
    # literal fields; a regular expression literal is a new object for each instance
    """(function () {
      var log = [], r = [];
      class K {
        a = 1; b = 'two \\u{1F600}'; c = null; d = true; e = 10n; #p = 0.5; f; g = /x/g;
        h = (log.push('h' + this.a), this.a + 1);
        static s = 'static'; static t = 3;
        constructor(x) { log.push('ctor'); this.x = x; }
        p() { return this.#p }
      }
      for (var i = 0; i < 6; i++) {
        var k = new K(i); k.a += i;
        r.push([k.a, k.b.length, k.c, k.d, typeof k.e, k.p(), k.f, k.h, k.x, Object.keys(k).join('')].join('/'));
      }
      var k1 = new K(1), k2 = new K(2);
      r.push(k1.g === k2.g, k1.g.source, K.s, K.t, log.slice(0, 4).join());
      return r.join(' ') })()""",
    # an initializer that makes the object non-extensible (the next field's definition throws),
    # one that throws, fields of a derived class and of a class whose constructor returns
    # another object, new.target in a constructor with fields
    """(function () {
      var r = [];
      class Frozen { a = Object.preventExtensions(this); b = 1; }
      class Throws { a = 1; b = (() => { throw new Error('init') })(); }
      class Base { base = 'b'; constructor() { r.push('base:' + new.target.name) } }
      class Derived extends Base { d = 'd'; #q = 2; q() { return this.#q } }
      class Other { f = 1; constructor() { return {other: true} } }
      for (var i = 0; i < 6; i++) {
        try { new Frozen(); r.push('no error') } catch (e) { r.push(e.constructor.name) }
        try { new Throws(); r.push('no error') } catch (e) { r.push(e.message, /new Throws/.test(e.stack)) }
        var d = new Derived(); r.push(d.base + d.d + d.q(), JSON.stringify(new Other()));
      }
      return r.join() })()""",
]


@pytest.mark.parametrize("src", CASES)
def test_class_fields(src: str) -> None:
    assert_tiers_and_node_agree(src)
