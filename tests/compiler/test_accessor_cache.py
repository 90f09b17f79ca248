"""The member sites' cache of an inherited accessor (compiler/emit._fill_accessor_site): a value
read ``o.x`` of a getter on the receiver's prototype chain (a class's ``get x()``) and a write
``o.x = v`` of a setter there keep (the receiver's prototype, the accessor's Prop, None, True or a
ChainCheck) in a CalleeSite and call the function's direct entry, until bump_proto_epoch empties
the site. Each way such an accessor can change after the cache is filled is met below, on both
tiers and against node; that the cached path is the one taken is checked by counting the calls
of the generic paths."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.compiler import emit
from pyjsvm.runtime.objects import EMPTY_CALLEE, ChainCheck, Prop, bump_proto_epoch
from tests.compiler.test_callee_cache import _global, _sites
from tests.helpers import assert_tiers_and_node_agree, emitted_function

pytestmark = pytest.mark.usefixtures("eager_compilation")

CASES = [
    # getters: a class's (the prototype's own), a base class's (a level further up), an ES5
    # one; between rounds (after the caches have filled): the getter redefined, deleted, made a
    # data property, shadowed by an own data property and by an own accessor, a data property
    # added on the level between, the receiver's and the middle prototype changed, a
    # non-configurable getter defined again (its Prop changed in place), a getter that throws, one that is a
    # built-in function
    """(function () {
      class A { constructor() { this._x = 1 } get x() { return 'A' + this._x } }
      class B extends A {}
      function E() { this._x = 2 } Object.defineProperty(E.prototype, 'x', {get: function () { return 'E' + this._x }, configurable: true});
      var a = new A(), b = new B(), e = new E(), r = [], thrower = function () { throw new RangeError('g') };
      function ra(o) { try { return o.x } catch (err) { return err.constructor.name } }
      function rb(o) { try { return o.x } catch (err) { return err.constructor.name } }
      function re(o) { try { return o.x } catch (err) { return err.constructor.name } }
      for (var i = 0; i < 14; i++) {
        r.push(ra(a), rb(b), re(e));
        switch (i) {
          case 2: Object.defineProperty(A.prototype, 'x', {get() { return 'A2' }, configurable: true}); break;
          case 3: B.prototype.x = 'mid?'; Object.defineProperty(B.prototype, 'x', {value: 'mid', writable: true, configurable: true}); break;
          case 4: delete B.prototype.x; a.x = 'noset'; Object.defineProperty(a, 'x', {value: 'own', configurable: true}); break;
          case 5: delete a.x; Object.defineProperty(b, 'x', {get() { return 'ownget' }, configurable: true}); break;
          case 6: delete b.x; delete A.prototype.x; break;
          case 7: Object.defineProperty(A.prototype, 'x', {value: 'data', writable: true, configurable: true}); break;
          case 8: Object.defineProperty(A.prototype, 'x', {get: thrower, configurable: false}); break;
          case 9: Object.defineProperty(A.prototype, 'x', {get: thrower, enumerable: false}); Object.setPrototypeOf(B.prototype, E.prototype); break;
          case 10: Object.setPrototypeOf(e, {get x() { return 'newproto' }}); break;
          case 11: Object.defineProperty(E.prototype, 'x', {get: Object.prototype.valueOf, configurable: true});
                   Object.setPrototypeOf(e, E.prototype); break;
          case 12: Object.setPrototypeOf(a, null); break;
        }
      }
      return r.join() })()""",
    # setters, on the same classes and with the same kinds of changes; the values they store and
    # what the receiver ends with; a non-extensible receiver (the setter still runs), an accessor
    # without a setter (strict: a TypeError), an own property made by assignment once the
    # setter is gone
    """(function () {
      'use strict';
      class A { set x(v) { this._x = 'A' + v } get x() { return this._x } }
      class B extends A {}
      var a = new A(), b = new B(), r = [];
      function wa(o, v) { try { o.x = v; return o._x + '/' + Object.keys(o) } catch (err) { return err.constructor.name } }
      function wb(o, v) { try { o.x = v; return o._x + '/' + Object.keys(o) } catch (err) { return err.constructor.name } }
      for (var i = 0; i < 12; i++) {
        r.push(wa(a, i), wb(b, i));
        switch (i) {
          case 2: Object.defineProperty(A.prototype, 'x', {set(v) { this._x = 'A2' + v }, configurable: true}); break;
          case 3: Object.defineProperty(B.prototype, 'x', {value: 'mid', writable: true, configurable: true}); break;
          case 4: delete B.prototype.x; Object.preventExtensions(a); break;
          case 5: Object.defineProperty(b, 'x', {set(v) { this._y = v }, configurable: true}); break;
          case 6: delete b.x; Object.defineProperty(A.prototype, 'x', {get() { return 1 }, configurable: true}); break;
          case 7: delete A.prototype.x; break;
          case 8: delete b.x; Object.setPrototypeOf(B.prototype, {set x(v) { this._x = 'np' + v }}); break;
          case 9: Object.setPrototypeOf(b, {}); break;
        }
      }
      return r.join() })()""",
    # many prototypes at one site (its ``more``, then past CALLEE_CACHE_FILLS), an array and a
    # function as receivers, a getter and a setter on Object.prototype, Symbol.iterator-free
    # getters of built-ins (a Map's size, a RegExp's flags)
    """(function () {
      var r = [], protos = [];
      for (var j = 0; j < 30; j++) protos.push(Object.create(null, {v: {get: new Function('return ' + j)},
                                                                    w: {set: new Function('v', 'this.got = v + ' + j)}}));
      function rv(o) { return o.v } function ww(o, v) { o.w = v; return o.got }
      for (var i = 0; i < 3; i++) for (var j = 0; j < 30; j++) { var o = Object.create(protos[j]); r.push(rv(o), ww(o, i)) }
      Object.defineProperty(Object.prototype, 'ov', {get() { return typeof this }, set(v) { this.ovs = v }, configurable: true});
      var arr = [1], fn = function () {}, m = new Map([[1, 2]]), re = /a/gi;
      function rov(o) { return o.ov } function wov(o, v) { o.ov = v; return o.ovs }
      function size(o) { return o.size } function flags(o) { return o.flags }
      for (var i = 0; i < 4; i++) r.push(rov(arr), rov(fn), rov({}), wov({}, i), wov(arr, i), size(m), flags(re));
      delete Object.prototype.ov;
      r.push(rov(arr), rov({}), wov({}, 9));
      return r.join() })()""",
    # accessors whose functions are no plain functions: a class (a TypeError when called), an
    # async function, a generator, a class as a setter
    """(function(){
var r = [];
function P(){} Object.defineProperty(P.prototype, 'x', {get: class K {}, configurable: true});
Object.defineProperty(P.prototype, 'y', {get: async function () { return 1 }, configurable: true});
Object.defineProperty(P.prototype, 'z', {get: function* () { yield 1 }, set: class S {}, configurable: true});
var o = new P();
function rx(o) { try { return typeof o.x } catch (e) { return e.constructor.name } }
function ry(o) { try { return o.y instanceof Promise } catch (e) { return e.constructor.name } }
function rz(o) { try { return typeof o.z.next } catch (e) { return e.constructor.name } }
function wz(o) { try { o.z = 1; return 'ok' } catch (e) { return e.constructor.name } }
for (var i = 0; i < 8; i++) r.push(rx(o), ry(o), rz(o), wz(o));
return r.join();
})()""",
]


@pytest.mark.parametrize("src", CASES)
def test_cached_accessors_agree(src: str) -> None:
    assert not assert_tiers_and_node_agree(src).startswith("THROW")


def _counting(monkeypatch: pytest.MonkeyPatch, names: tuple[str, ...]) -> dict[str, int]:
    counts = dict.fromkeys(names, 0)
    for name in names:
        def counted(*args: Any, _f: Any = emit._BASE_NAMESPACE[name], _n: str = name) -> Any:
            counts[_n] += 1
            return _f(*args)
        monkeypatch.setitem(emit._BASE_NAMESPACE, name, counted)
    return counts


def test_a_getter_read_is_cached_and_called_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _counting(monkeypatch, ("_getm", "_getmc"))
    f = emitted_function("var P = class { constructor() { this._x = 2 } get x() { return this._x } };\n"
                         "var Q = class extends P {};\n"
                         "function f(o, n) { var s = 0; for (var i = 0; i < n; i++) s += o.x; return s }\n"
                         "var p = new P(), q = new Q(); f(p, 3); f(q, 3)", "f")
    [site] = _sites(f)
    P = _global(f, "P")
    proto = P.get("prototype", P)
    e = site.entry
    assert e[0] is proto and type(e[1]) is Prop and e[1] is proto.props["x"] and e[2] is None and e[3] is True
    Q = _global(f, "Q")
    [qe] = site.more.values()
    assert qe[0] is Q.get("prototype", Q) and qe[1] is e[1] and type(qe[3]) is ChainCheck
    # (the receiver whose prototype is the entry's: the emitted path alone, no helper called)
    before = dict(counts)
    assert f.call(None, [_global(f, "p"), 50.0]) == 100.0
    assert counts == before
    # (a ChainCheck entry in ``more``: _getmc's hit, without a fill)
    fills = site.fills
    assert f.call(None, [_global(f, "q"), 50.0]) == 100.0 and site.fills == fills
    bump_proto_epoch()
    assert site.entry is EMPTY_CALLEE


def test_a_setter_write_is_cached_and_called_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _counting(monkeypatch, ("_putnew", "_putm"))
    f = emitted_function("var P = class { set x(v) { this._x = v } };\n"
                         "function f(o, n) { for (var i = 0; i < n; i++) o.x = i; return o._x }\n"
                         "var p = new P(); f(p, 3)", "f")
    [site] = [s for s in _sites(f) if s.entry is not EMPTY_CALLEE]  # (not the read of ``o._x``, an own property)
    P = _global(f, "P")
    proto = P.get("prototype", P)
    assert site.entry[0] is proto and site.entry[1] is proto.props["x"] and site.entry[2] is None
    before = dict(counts)
    assert f.call(None, [_global(f, "p"), 50.0]) == 49.0
    assert counts == before
