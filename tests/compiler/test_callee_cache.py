"""A call site's callee cache (runtime/objects.CalleeSite, filled by compiler/emit._get_callee):
``o.m()`` remembers the receiver's prototype and the data Prop that holds ``m`` there (or one
level further up), and reads that Prop's value while the prototype is the same and the
receiver (and the level between) has no own ``m``, until PROTO_EPOCH next changes. Each way such a method can change after the cache is
filled is met below, on both tiers and against node; the site's state is checked directly."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pyjsvm.compiler import emit
from pyjsvm.runtime.objects import EMPTY_CALLEE, FILLED_SITES, WEC, CalleeSite, ChainCheck, Prop, bump_proto_epoch
from tests.compiler.test_emit_member import PROTO_CASES
from tests.helpers import NODE, assert_tiers_and_node_agree, both_tiers, emitted_function, js_str, node_str
from pyjsvm.compiler.engine import compile_script

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
    # receivers of other classes whose own properties live in ``props`` (CALLEE_TYPES): a Map,
    # a Set, a Date, an error, functions (their call, apply and bind on Function.prototype, a
    # constructor's static method), a built-in function (Object.keys); and between rounds: the
    # prototype's method replaced and deleted, an own method added on the receiver, the
    # receiver's prototype changed, Function.prototype.call replaced, a static method turned into
    # a getter, a lazy function key (prototype) called on functions and objects
    """(function () {
      var m = new Map([[1, 'one']]), s = new Set([1]), d = new Date(0), e = new RangeError('x'), r = [];
      function F(a) { return 'F' + (this && this.tag) + a } F.st = function () { return 'st' };
      F.prototype = function () { return 'proto-fn' };
      var o = {tag: 't', prototype: function () { return 'own-proto' }};
      function mg(x) { try { return x.get(1) } catch (err) { return err.constructor.name } }
      function sh(x) { try { return x.has(1) } catch (err) { return err.constructor.name } }
      function dt(x) { try { return x.getTime() } catch (err) { return err.constructor.name } }
      function es(x) { try { return x.toString() } catch (err) { return err.constructor.name } }
      function fc(f) { try { return f.call(o, 1) } catch (err) { return err.constructor.name } }
      function fa(f) { try { return f.apply(o, [2]) } catch (err) { return err.constructor.name } }
      function fs(f) { try { return f.st() } catch (err) { return err.constructor.name } }
      function ok(x) { try { return Object.keys(x).join('') } catch (err) { return err.constructor.name } }
      function pr(x) { try { return x.prototype() } catch (err) { return err.constructor.name } }
      for (var i = 0; i < 10; i++) {
        r.push(mg(m), sh(s), dt(d), es(e), fc(F), fa(F), fs(F), ok({a: 1}), pr(F), pr(o), fc(function (a) { return 'anon' + a }));
        switch (i) {
          case 2: Map.prototype.get = function () { return 'patched' }; m.foo = 1; break;
          case 3: m.get = function () { return 'own' }; s.has = function () { return 'own-has' }; break;
          case 4: delete m.get; delete s.has; delete Map.prototype.get; break;
          case 5: Object.setPrototypeOf(d, {getTime: function () { return 'fake' }}); Function.prototype.call = function () { return 'called' }; break;
          case 6: Object.defineProperty(F, 'st', {get: function () { return function () { return 'getter-st' } }, configurable: true}); break;
          case 7: Object.keys = function () { return ['k'] }; RangeError.prototype.toString = function () { return 'ES' }; break;
          case 8: Object.setPrototypeOf(F, {call: function () { return 'proto-call' }, apply: null, st: 1}); break;
        }
      }
      return r.join() })()""",
    # new properties defined on a prototype or a typed array after the sites have filled: a
    # writable data property (no epoch change: a set still makes the receiver's own property,
    # a call still finds the receiver's own method), a read-only one and an accessor (a set
    # through the chain now fails or runs the setter), a typed array's own length
    """(function () {
      function P() {} P.prototype.m = function () { return 'm' };
      var ta = new Uint8Array(3), r = [], log = [];
      function add(v) { var o = new P(); o.x = v; o.y = v; return o.x + ':' + o.y }
      function call(o) { return o.m() }
      function len(t) { return t.length }
      for (var i = 0; i < 8; i++) {
        var p = new P();
        r.push(add(i), call(p), len(ta));
        switch (i) {
          case 1: Object.defineProperty(P.prototype, 'y', {value: 'wy', writable: true, configurable: true});
                  Object.defineProperty(p, 'm', {value: function () { return 'own' }, writable: true}); r.push(call(p)); break;
          case 2: Object.defineProperty(P.prototype, 'x', {value: 'ro', writable: false, configurable: true}); break;
          case 3: delete P.prototype.x; Object.defineProperty(P.prototype, 'x', {set: function (v) { log.push(v) }, get: function () { return 'got' }, configurable: true}); break;
          case 4: delete P.prototype.x; Object.defineProperty(ta, 'length', {value: 9, writable: true, configurable: true}); break;
          case 5: Object.defineProperty(P.prototype, 'm', {value: function () { return 'm2' }, writable: true, configurable: true}); break;
        }
      }
      return r.join() + '|' + log.join() })()""",
]


# value reads (``o.k`` not called) take the same cache for an inherited data property: the
# first level tested in line, the rest in _get_member_cached
VALUE_CASES = [
    # a site each for the first and the second level, a class's prototype, constructor reads,
    # a function's and an array's built-in read as a value, a getter, an object without a
    # prototype; and between rounds: the value rewritten in place, shadowed on the level between
    # and on the receiver (an object, an array, a function: none of which empties the sites),
    # deleted, turned into an accessor and into a read-only property, the middle prototype
    # changed, a prototype frozen, a built-in replaced, the receiver's own property added (a
    # plain and a read-only one), its prototype changed and set to null
    """(function () {
      function A() {} A.prototype.v = 'A';
      function B() {} B.prototype = Object.create(A.prototype);
      class K { get g() { return 'g' } } K.prototype.v = 'K'; class L extends K {}
      var a = new A(), b = new B(), k = new K(), l = new L(), arr = [1], f = function () {}, r = [];
      var J = Array.prototype.join, none = Object.create(null);
      function ra(o) { return o.v } function rb(o) { return o.v } function rk(o) { return o.v }
      function rl(o) { return o.v } function rc(o) { return o.constructor === A }
      function rf(o) { return typeof o.call } function rarr(o) { return o.join === J }
      function rg(o) { return o.g } function rn(o) { return String(o.v) }
      for (var i = 0; i < 14; i++) {
        r.push(ra(a), rb(b), rk(k), rl(l), rc(a), rc(b), rf(f), rarr(arr), rg(l), rn(none));
        switch (i) {
          case 2: A.prototype.v = 'A2'; break;
          case 3: B.prototype.v = 'mid'; l.v = 'own'; arr.join = 'own-j'; f.call = 'own-c'; break;
          case 4: delete B.prototype.v; delete l.v; K.prototype.v = 'K2'; delete arr.join; delete f.call; break;
          case 5: Object.defineProperty(A.prototype, 'v', {get() { return 'got' }, configurable: true}); break;
          case 6: Object.defineProperty(A.prototype, 'v', {value: 'ro', writable: false, configurable: true});
                  Object.defineProperty(K.prototype, 'g', {value: 'gv', configurable: true}); break;
          case 7: Object.setPrototypeOf(B.prototype, {v: 'newproto'}); l.v = 'own2'; break;
          case 8: delete l.v; Object.freeze(K.prototype); Array.prototype.join = function () { return 'j' }; break;
          case 9: delete A.prototype.v; A.prototype.constructor = null; Object.defineProperty(l, 'v', {value: 'own-ro'}); break;
          case 10: Object.setPrototypeOf(a, null); Function.prototype.call = 5; break;
          case 11: Object.setPrototypeOf(a, {v: 'p'}); break;
          case 12: a.v = 'own-a'; break;
        }
      }
      return Reflect.apply(J, r, []) })()""",
    # one site, receivers of many prototypes (more than it fills), some of them two levels down,
    # and primitives, arrays and functions at the same site
    """(function () {
      var objs = [], r = [];
      for (var j = 0; j < 40; j++) {
        var p = {v: j}; objs.push(j % 3 ? Object.create(p) : Object.create(Object.create(p)));
      }
      objs.push(1, 'str', [1], function () {}, Object.create(Array.prototype));
      function rv(o) { return o.v }
      for (var i = 0; i < 3; i++) for (var j = 0; j < objs.length; j++) r.push(rv(objs[j]));
      Number.prototype.v = 'nv'; Array.prototype.v = 'av';
      for (var j = 0; j < objs.length; j++) r.push(rv(objs[j]));
      return r.join() })()""",
]


@pytest.mark.parametrize("src", CASES + VALUE_CASES)
def test_cached_callees_agree(src: str) -> None:
    on, off = both_tiers(js_str, src)
    assert on == off and not on.startswith("THROW")
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
    proto, prop, first, between = site.entry
    P = _global(f, "P")
    assert proto is P.get("prototype", P) and first is True and between is True
    assert type(prop) is Prop and prop.flags == WEC and prop.value is proto.get("m", proto)
    assert site.fills == 1 and site in FILLED_SITES  # filled once, then read from the cache
    bump_proto_epoch()
    assert site.entry is EMPTY_CALLEE and site not in FILLED_SITES


def test_object_prototype_holds_a_cached_callee() -> None:
    """%Object.prototype% is an immutable prototype exotic object, whose [[SetPrototypeOf]]
    changes nothing: a site caches a method it holds, as for any ordinary prototype."""
    src = "function f(o) { return o.toString() } var o = {a: 1}; for (var i = 0; i < 3; i++) f(o)"
    f = emitted_function(src, "f")
    [site] = _sites(f)
    proto, prop, first, between = site.entry
    assert proto is f.realm.object_prototype and first is True and prop.value is proto.get("toString", proto)
    assert site.fills == 1


def test_a_string_receiver_fills_its_site_for_its_realm() -> None:
    src = "function f(s) { return s.charCodeAt(0) } for (var i = 0; i < 3; i++) f('ab')"
    f = emitted_function(src, "f")
    [site] = _sites(f)
    realm, prop, first, between = site.entry
    sp = f.realm.intrinsics["%String.prototype%"]
    assert realm is f.realm and prop is sp.props["charCodeAt"] and site.fills == 1 and site in FILLED_SITES
    bump_proto_epoch()
    assert site.entry is EMPTY_CALLEE


def test_a_value_read_fills_its_site() -> None:
    src = ("function A() {} A.prototype.v = 7; function B() {} B.prototype = Object.create(A.prototype);"
           "function f(o) { return o.v } var a = new A(), b = new B(); for (var i = 0; i < 3; i++) { f(a); f(b) }")
    f = emitted_function(src, "f")
    [site] = _sites(f)
    A = _global(f, "A")
    proto, prop, first, between = site.entry
    assert proto is A.get("prototype", A) and first is True and prop.value == 7.0 and between is True
    B = _global(f, "B")
    [(bproto, bprop, bfirst, bbetween)] = site.more.values()
    assert bproto is B.get("prototype", B) and bfirst is False and bprop is prop and bbetween is True
    assert site.fills == 2  # once for each prototype, then read from the cache


@pytest.mark.parametrize("src", VALUE_CASES)
def test_value_reads_without_the_cache_agree(src: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the value reads' cache turned off (no site ever fills), the same results."""
    monkeypatch.setattr(emit, "CALLEE_CACHE_FILLS", 0)
    on, off = both_tiers(js_str, src)
    assert on == off
    if NODE is not None:
        assert on == node_str(src)


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


def test_other_receiver_classes_fill_the_site() -> None:
    """A Map's method and a function's bind fill their sites (their classes join CALLEE_TYPES);
    a proxy, a typed array and a String object never do."""
    # (the objects made first: making a lazy built-in empties the filled sites)
    src = ("var p = new Proxy({}, {}), t = new Uint8Array(1), so = new String('x'), m = new Map();"
           "function g(fn) { return fn.bind(null) } for (var i = 0; i < 3; i++) g(function () { return 1 });"
           "function f(o) { return o.has(1) } for (var i = 0; i < 3; i++) f(m);")
    f = emitted_function(src, "f")
    [site] = _sites(f)
    proto, prop, first, _ = site.entry
    M = _global(f, "Map")
    assert proto is M.get("prototype", M) and first is True and prop.value is proto.get("has", proto)
    [gsite] = _sites(_global(f, "g"))
    # (bind's new function gets its length and name without emptying the filled sites)
    assert gsite.entry[0] is f.realm.intrinsics["%Function.prototype%"] and gsite.fills == 1
    for name in ("p", "t", "so"):
        assert not emit.callee_layout(type(_global(f, name)))


def test_a_method_inherited_through_many_classes_is_cached_with_its_chain_check() -> None:
    src = (Path(__file__).parent / "corpus" / "callee_deep_chains.js").read_text()
    assert_tiers_and_node_agree(src)
    f = emitted_function(
        "class A0 { m(x) { return x; } } class A1 extends A0 {} class A2 extends A1 {} class A3 extends A2 {}\n"
        "function loop(o, n) { var s = 0; for (var i = 0; i < n; i++) s += o.m(i); return s; }\n"
        "loop(new A3(), 40); loop(new A1(), 40);", "loop")
    sites = [v for v in f.code.direct.__globals__.values() if isinstance(v, CalleeSite)]
    assert len(sites) == 1
    entries = [sites[0].entry, *sites[0].more.values()]
    # A3's instances: two prototypes between A3.prototype and A0.prototype; A1's: none
    checks = [e[3] for e in entries]
    assert [type(c) for c in checks] == [ChainCheck, bool]
    assert len(checks[0].objects) == 2 and checks[0] and checks[1] is True


def test_changes_to_other_objects_leave_the_site_filled() -> None:
    """An accessor or read-only property defined on an object no entry depends on, one deleted
    from it, its prototype changed: the site stays filled (a program defining accessors on new
    objects as it goes emptied every site at each step and, past CALLEE_CACHE_FILLS, left them
    uncached); the same changes to the entry's prototype, holder or the objects between empty
    it, and the call then finds what the chain holds."""
    src = ("function A() {} A.prototype.m = function () { return 1 };"
           "function B() {} B.prototype = Object.create(A.prototype); function C() {} C.prototype = Object.create(B.prototype);"
           "function D() {} D.prototype = Object.create(C.prototype);"
           "function f(o) { return o.m() } var d = new D(); for (var i = 0; i < 3; i++) f(d)")

    def setup() -> tuple[CalleeSite, Any]:
        f = emitted_function(src, "f")
        [site] = _sites(f)

        def run(js: str) -> Any:
            old = emit.set_enabled(True)
            try:
                return compile_script(js).run(f.realm)
            finally:
                emit.set_enabled(old)
        return site, run
    site, run = setup()
    proto, prop, first, between = site.entry
    assert type(between) is ChainCheck and len(between.objects) == 2  # C.prototype, B.prototype: then A.prototype
    for change in ("var o = {}; Object.defineProperty(o, 'm', {get: function () {}, configurable: true}); delete o.m",
                   "Object.defineProperty({}, 'x', {value: 1})", "Object.setPrototypeOf({}, null)",
                   "var q = Object.create(D.prototype); Object.defineProperty(q, 'm', {get: function () { return function () { return 2 } }})",
                   "Object.freeze(d)"):
        run(change)
        assert site.entry[1] is prop, change
        assert run("f(d)") == 1.0
    for change, result in (("Object.defineProperty(D.prototype, 'm', {value: function () { return 'ro' }})", "ro"),
                           ("Object.defineProperty(C.prototype, 'm', {get: function () { return function () { return 'mid' } }})", "mid"),
                           ("Object.setPrototypeOf(B.prototype, {m: function () { return 'other' }})", "other"),
                           ("Object.defineProperty(A.prototype, 'm', {get: function () { return function () { return 'acc' } }})", "acc"),
                           ("delete A.prototype.m; Object.prototype.m = function () { return 'top' }", "top")):
        site, run = setup()
        assert site.entry is not EMPTY_CALLEE
        run(change)
        assert site.entry is EMPTY_CALLEE, change
        assert run("f(d)") == result, change
