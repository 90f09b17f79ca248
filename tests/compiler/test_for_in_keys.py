"""for-in's EnumerateObjectProperties (compiler/statements.enumerate_object_properties): each
key's enumerability is read from what ``props`` stores on objects whose own properties all live
there, and from a Property Descriptor elsewhere. Both tiers and node agree on the keys."""
from __future__ import annotations

import pytest

from pyjsvm.runtime.exotic.proxy import JSProxy
from pyjsvm.runtime.objects import JSArray, JSObject
from tests.helpers import assert_tiers_and_node_agree

CASES = [
    # own keys in order (indices first), then the prototype's; a non-enumerable key on the way
    # hides an enumerable one further up; class methods and Object.prototype's are not listed
    """(function () {
      var base = {a: 1, hidden: 2, z: 3};
      var mid = Object.create(base); Object.defineProperty(mid, 'hidden', {value: 0, enumerable: false});
      mid.b = 4;
      var o = Object.create(mid); o[2] = 'x'; o.c = 5; o[0] = 'y';
      class K { constructor() { this.f = 1 } m() {} static s() {} get g() { return 1 } }
      var r = [];
      for (var k in o) r.push(k);
      for (var k in new K()) r.push('K:' + k);
      for (var k in K) r.push('static:' + k);
      return r.join() })()""",
    # keys deleted before they are reached are skipped, keys added are not required; a getter
    # and a frozen object's keys; enumerable properties added to Object.prototype show up
    """(function () {
      var o = {a: 1, b: 2, c: 3, d: 4}, r = [];
      for (var k in o) { r.push(k); if (k === 'a') { delete o.c; o.e = 5 } }
      var g = {get x() { return 1 }, y: 2}; Object.freeze(g);
      for (var k in g) r.push('g:' + k);
      Object.prototype.polluted = 1;
      for (var k in {own: 1}) r.push('p:' + k);
      delete Object.prototype.polluted;
      Object.defineProperty(Object.prototype, 'quiet', {value: 1, enumerable: false, configurable: true});
      for (var k in {own: 1}) r.push('q:' + k);
      delete Object.prototype.quiet;
      return r.join() })()""",
    # objects of other kinds: an array with holes and an own property, arguments, a String
    # object, a function, a proxy, a Map, a typed array, and the global object's own keys
    """(function () {
      var r = [], a = [1, , 3]; a.extra = 1;
      for (var k in a) r.push('a:' + k);
      (function () { for (var k in arguments) r.push('args:' + k) })(7, 8);
      for (var k in new String('hi')) r.push('s:' + k);
      function f() {} f.own = 1;
      for (var k in f) r.push('f:' + k);
      for (var k in new Proxy({t: 1, u: 2}, {})) r.push('proxy:' + k);
      var m = new Map(); m.tag = 1;
      for (var k in m) r.push('map:' + k);
      for (var k in new Uint8Array(2)) r.push('ta:' + k);
      globalThis.visibleGlobal = 1;
      for (var k in globalThis) if (k === 'visibleGlobal' || k === 'Math' || k === 'Object') r.push('global:' + k);
      return r.join() })()""",
    # the chain's last object: Object.prototype (skipped while it has no enumerable property)
    # with an enumerable key added, a symbol-keyed one, a non-enumerable one, the enumerable one
    # made non-enumerable and deleted; objects with a null prototype (enumerable keys or none);
    # an object whose prototype is changed to null while its keys are listed
    """(function () {
      var r = [], o = {a: 1}, s = Symbol('s');
      function keys(x) { var out = []; for (var k in x) out.push(k); return out.join(':') }
      r.push(keys(o));
      Object.prototype.extra = 1; r.push(keys(o), keys([5]));
      Object.defineProperty(Object.prototype, 'extra', {enumerable: false}); r.push(keys(o));
      delete Object.prototype.extra; Object.prototype[s] = 1; r.push(keys(o)); delete Object.prototype[s];
      Object.defineProperty(Object.prototype, 'hidden', {value: 1, enumerable: false, configurable: true});
      var shadow = Object.create(Object.prototype); shadow.hidden = 'own';
      r.push(keys(o), keys(shadow)); delete Object.prototype.hidden;
      var n = Object.create(null); r.push(keys(n)); n.x = 1; n.y = 2; r.push(keys(n));
      Object.defineProperty(n, 'x', {enumerable: false}); r.push(keys(n));
      var p = {inherited: 1}, c = Object.create(p); c.own = 1;
      for (var k in c) { r.push('c:' + k); Object.setPrototypeOf(c, null) }
      return r.join() })()""",
    # the chain's last object checked again after each kind of change (its answer is kept
    # between for-in loops): a key added by a plain write, made enumerable or not by
    # defineProperty, deleted, a Symbol; a built-in method made enumerable; a key deleted and
    # another added (the same count); a null-prototype object's keys changed the same ways
    """(function () {
      var r = [], o = {a: 1}, sub = Object.create({b: 2});
      function keys(x) { var out = []; for (var k in x) out.push(k); return out.join(':') }
      function both() { r.push(keys(o) + '/' + keys(sub)) }
      both(); both();
      Object.prototype.p1 = 1; both();
      delete Object.prototype.p1; both();
      Object.defineProperty(Object.prototype, 'toString', {enumerable: true}); both();
      Object.defineProperty(Object.prototype, 'toString', {enumerable: false}); both();
      Object.defineProperty(Object.prototype, 'tmp', {value: 1, configurable: true}); both();
      delete Object.prototype.tmp; Object.prototype.p2 = 2; both();
      Object.defineProperty(Object.prototype, 'p2', {enumerable: false}); both();
      Object.defineProperty(Object.prototype, 'p2', {enumerable: true}); both();
      delete Object.prototype.p2; both();
      var n = Object.create(null); Object.defineProperty(n, 'h', {value: 1, configurable: true});
      var m = Object.create(n); m.own = 1;
      r.push(keys(m)); r.push(keys(m)); n.vis = 1; r.push(keys(m));
      delete n.vis; r.push(keys(m)); delete n.h; n.vis2 = 2; r.push(keys(m));
      return r.join() })()""",
]


@pytest.mark.parametrize("src", CASES)
def test_for_in_keys(src: str) -> None:
    assert_tiers_and_node_agree(src)


def test_which_classes_read_props_directly() -> None:
    # (the objects whose keys' enumerability for-in reads from ``props``: simple_props)
    assert JSObject.simple_props is True
    assert JSArray.simple_props is False  # (its elements and length live elsewhere)
    assert JSProxy.simple_props is False
