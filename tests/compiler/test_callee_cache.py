"""A call site's callee cache (runtime/objects.CalleeSite, filled by compiler/emit._get_callee):
``o.m()`` remembers the receiver's prototype and the data Prop that holds ``m`` there (or one
level further up), and reads that Prop's value while the prototype is the same and the
receiver (and the level between) has no own ``m``, until PROTO_EPOCH next changes. Each way such a method can change after the cache is
filled is met below, on both tiers and against node; the site's state is checked directly."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.compiler import emit
from pyjsvm.runtime.objects import EMPTY_CALLEE, FILLED_SITES, WEC, CalleeSite, Prop, bump_proto_epoch
from tests.compiler.test_emit_member import PROTO_CASES
from tests.helpers import NODE, both_tiers, emitted_function, js_str, node_str

pytestmark = pytest.mark.usefixtures("eager_compilation")

CASES = [
    # a site each for the first and the second level, ES5 and class methods, an array's built-in,
    # and between rounds (each after the caches have filled): a method rewritten (in place),
    # added on the level between and on the receiver (neither changes PROTO_EPOCH), deleted, turned into an accessor, into a read-only data
    # property, the middle prototype changed, an own method added and removed, a prototype
    # frozen, a built-in replaced, the holder's method deleted, the receiver's prototype changed
    """(function () {
      function A() {} A.prototype.m = function () { return 'A' };
      function B() {} B.prototype = Object.create(A.prototype);
      class K { m() { return 'K' } } class L extends K {}
      var a = new A(), b = new B(), k = new K(), l = new L(), arr = [1], r = [];
      function ca(o) { try { return o.m() } catch (e) { return e.constructor.name } }
      function cb(o) { try { return o.m() } catch (e) { return e.constructor.name } }
      function ck(o) { try { return o.m() } catch (e) { return e.constructor.name } }
      function cl(o) { try { return o.m() } catch (e) { return e.constructor.name } }
      function push(x) { return x.push(7) }
      for (var i = 0; i < 12; i++) {
        r.push(ca(a), cb(b), ck(k), cl(l), push(arr));
        switch (i) {
          case 2: A.prototype.m = function () { return 'A2' }; break;
          case 3: B.prototype.m = function () { return 'mid' }; l.m = function () { return 'own' }; break;
          case 4: delete B.prototype.m; delete l.m; K.prototype.m = function () { return 'K2' }; break;
          case 5: Object.defineProperty(A.prototype, 'm', {get() { return function () { return 'got' } }, configurable: true}); break;
          case 6: Object.defineProperty(A.prototype, 'm', {value: function () { return 'ro' }, writable: false, configurable: true}); break;
          case 7: Object.setPrototypeOf(B.prototype, {m() { return 'newproto' }}); l.m = function () { return 'own2' }; break;
          case 8: delete l.m; Object.freeze(K.prototype); Array.prototype.push = function () { return 'pushed' }; break;
          case 9: delete A.prototype.m; break;
          case 10: Object.setPrototypeOf(a, null); break;
        }
      }
      return r.join() })()""",
    # the attributes a cached plain method keeps (writable, enumerable, configurable): seen by
    # keys, JSON, for-in, descriptors, assignment through an instance and a frozen prototype
    """(function () {
      function P() {} P.prototype.m = function () { return 1 }; P.prototype.n = 2;
      var p = new P(), r = [];
      for (var i = 0; i < 3; i++) r.push(p.m());
      var d = Object.getOwnPropertyDescriptor(P.prototype, 'm');
      r.push(Object.keys(P.prototype), JSON.stringify(P.prototype), d.writable, d.enumerable, d.configurable, typeof d.value);
      for (var key in p) r.push('in:' + key);
      p.m = function () { return 'own' }; r.push(p.m(), P.prototype.m(), Object.keys(p));
      Object.freeze(P.prototype); var q = new P(); q.m = 5; r.push(q.m(), Object.isFrozen(P.prototype));
      return r.join() })()""",
    # receivers of many prototypes at one site (more fills than the site allows: the inline
    # chain then), and a global object as the holder (its properties are left as they are)
    """(function () {
      var r = [], protos = [];
      for (var j = 0; j < 40; j++) protos.push({m: new Function('return ' + j)});
      function call(o) { return o.m() }
      for (var i = 0; i < 3; i++) for (var j = 0; j < 40; j++) r.push(call(Object.create(protos[j])));
      globalThis.gm = function () { return 'g' };
      var o = Object.create(globalThis);
      for (var i = 0; i < 3; i++) r.push(o.gm(), gm());
      gm = function () { return 'g2' }; r.push(o.gm(), gm(), Object.getOwnPropertyDescriptor(globalThis, 'gm').enumerable);
      return r.join() })()""",
]


@pytest.mark.parametrize("src", CASES)
def test_cached_callees_agree(src: str) -> None:
    on, off = both_tiers(js_str, src)
    assert on == off
    if NODE is not None:
        assert on == node_str(src)


def _sites(f: Any) -> list[CalleeSite]:
    return [v for v in f.code.e0.__globals__.values() if type(v) is CalleeSite]


def _global(f: Any, name: str) -> Any:
    g = f.realm.global_object
    return g.get(name, g)


def test_the_site_holds_the_prototype_and_its_prop() -> None:
    src = ("function P() {} P.prototype.m = function () { return 1 };"
           "function f(o) { return o.m() } var p = new P(); for (var i = 0; i < 3; i++) f(p)")
    f = emitted_function(src, "f")
    [site] = _sites(f)
    proto, prop, first = site.entry
    P = _global(f, "P")
    assert proto is P.get("prototype", P) and first is True
    assert type(prop) is Prop and prop.flags == WEC and prop.value is proto.get("m", proto)
    assert site.fills == 1 and site in FILLED_SITES  # filled once, then read from the cache
    bump_proto_epoch()
    assert site.entry is EMPTY_CALLEE and site not in FILLED_SITES


def test_the_second_level_and_the_limit() -> None:
    src = ("function A() {} A.prototype.m = function () { return 1 }; function B() {}"
           "B.prototype = Object.create(A.prototype); function f(o) { return o.m() }"
           "var b = new B(); for (var i = 0; i < 3; i++) f(b);"
           "var many = []; for (var j = 0; j < 30; j++) many.push(Object.create({m: function () { return 2 }}));"
           "function g(o) { return o.m() } for (var j = 0; j < 30; j++) g(many[j])")
    f = emitted_function(src, "f")
    [site] = _sites(f)
    assert site.entry[2] is False and site.fills == 1
    [gsite] = _sites(_global(f, "g"))
    assert gsite.fills == emit.CALLEE_CACHE_FILLS  # no more fills: the inline chain from then on


def _no_fill(*args: Any) -> Any:
    raise AssertionError("a site was filled with the cache turned off")


@pytest.mark.parametrize("src", CASES + PROTO_CASES)
def test_the_inline_chain_alone_agrees(src: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the cache turned off (no site ever fills: _CCF 0), every callee is read by the inline
    chain after the cache's test, which reuses that test's temps (the receiver's type, its miss,
    its prototype): the same results as the closure tier and node."""
    monkeypatch.setitem(emit._BASE_NAMESPACE, "_CCF", 0)
    monkeypatch.setitem(emit._BASE_NAMESPACE, "_getcallee", _no_fill)
    on, off = both_tiers(js_str, src)
    assert on == off
    if NODE is not None:
        assert on == node_str(src)
