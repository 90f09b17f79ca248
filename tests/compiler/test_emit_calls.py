"""The emitted call protocol (compiler/emit.py, runtime/functions.py): positional entries
(``code.direct``, ``e0``..``e5``), ``new`` of an emitted base constructor (``construct_direct``),
``g.call(x, ...)`` straight to an emitted ``g``, and the realm switch only for calls from
another realm. Each case gives the same result on both tiers."""
from __future__ import annotations

import pytest

import pyjsvm as vm
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.agent import get_agent
from tests.helpers import both_tiers, js_str

CASES = {
    # fewer and more arguments than parameters, from call sites and from built-ins
    "arity": """function f(a, b, c) { return [a, b, c].join('/') + ':' + arguments.length }
        function g(a, b) { return [a, b].join('/') }
        [f(), f(1), f(1, 2, 3, 4, 5, 6, 7), g(1, 2, 3, 4, 5, 6, 7), g(1), [1, 2].map(g).join(),
         g.apply(null, [1, 2, 3]), g.call(null, 1, 2, 3), f.apply(null, [1]), Reflect.apply(g, null, [9])].join(';')""",
    "rest_and_defaults": """function r(a, ...b) { return a + '|' + b.join() }
        function d(a, b = a + 1) { return a + b }
        function p({x}, [y]) { return x + y }
        [r(1), r(1, 2, 3), d(1), d(1, 5), p({x: 1}, [2]), [5].map(r).join()].join(';')""",
    "captured_parameters": """function mk(a, b) { return function () { return a + b++ } }
        var m = mk(1, 2); [m(), m(), mk(1)()].join()""",
    "this_binding": """function sl() { return typeof this } function st() { 'use strict'; return typeof this }
        var o = {m: sl, n: st};
        [sl(), st(), o.m(), o.n(), sl.call(1), st.call(1), st.call(), [0].map(st).join()].join()""",
    "new": """function P(a, b) { this.a = a; this.b = b }
        P.prototype.s = function () { return this.a + this.b };
        function R() { return {r: 1} } function N() { return 5 }
        function T() { return new.target === T } function Z(x) { this.x = x }
        Z.prototype = 3;
        class K { constructor(x) { this.x = x } } class F { y = 2; constructor(x) { this.x = x } }
        class D extends K { constructor() { super(7) } }
        [new P(1, 2).s(), new P(1, 2, 3).s(), new P(1).b, new R().r, new N() instanceof N, new T() instanceof T,
         Object.getPrototypeOf(new Z(1)) === Object.prototype, new K(3).x, new F(1).y, new D().x,
         (function () { try { new o.m() } catch (e) { return e instanceof TypeError } var o = {m() {}} })(),
         (function () { var a = () => 1; try { new a() } catch (e) { return e.constructor.name } })()].join()""",
    "function_call": """function P(a) { this.a = a; return this } function Q(a, b) { P.call(this, a + b) }
        var own = {call: function (x) { return 'own ' + x }};
        var bound = P.bind({});
        function th() { return typeof this }
        var fake = function () {}; fake.call = function (x, y) { return 'fake ' + y };
        [new Q(1, 2).a, own.call(1), bound.call(null, 2).a, th.call(), th.call(1), P.call.call(P, {}, 4).a,
         Math.max.call(null, 1, 5), fake.call(null, 3), (function () { try { ({}).x.call() } catch (e) { return e.name } })(),
         (function () { try { Function.prototype.call.call(1) } catch (e) { return e.name } })()].join()""",
    "tail_calls": """'use strict';
        function loop(n, acc) { if (n === 0) return acc; return loop(n - 1, acc + 1) }
        function outer(n) { return loop(n, 0) }
        [loop(20000, 0), outer(5), [3].map(outer).join(), outer.call(null, 4), new (function T(n) { this.n = loop(n, 0) })(3).n].join()""",
    "depth": """function r(n) { return n === 0 ? 0 : 1 + r(n - 1) }
        function rc(n) { return n === 0 ? 0 : 1 + rc.call(null, n - 1) }
        function ra(n) { return n === 0 ? 0 : 1 + ra.apply(null, [n - 1]) + arguments.length - 1 }
        function r6(a, b, c, d, e, f) { return a === 0 ? 0 : 1 + r6(a - 1, b, c, d, e, f) }
        function C(n) { if (n > 0) new C(n - 1) }
        new C(9000);
        var out = [r(9000), rc(9000), ra(9000), r6(9000, 1, 2, 3, 4, 5)];
        function inf() { return inf() } function infc() { return infc.call(null) } function infn() { new infn() }
        function infa() { return infa.apply(null, arguments) }
        [inf, infc, infn, infa].forEach(function (g) { try { g(1) } catch (e) { out.push(e.name) } });
        out.join()""",
    # f.apply(x, arguments) passes the argument list through (no arguments object) while apply
    # is %Function.prototype.apply%; every other case makes the object
    "apply_arguments": """function g(a, b) { return [a, b, arguments.length].join('/') }
        function sl(x, y) { return g.apply(this, arguments) }
        function st(x, y) { 'use strict'; return g.apply(this, arguments) }
        function slx(x, y) { x = 7; return g.apply(this, arguments) }
        function stx(x, y) { 'use strict'; x = 7; return g.apply(this, arguments) }
        function tw(x) { var r = g.apply(this, arguments); x = 3; return r + ';' + g.apply(this, arguments) }
        function th() { return function () { return this }.apply(this, arguments) }
        var own = {apply: function (t, a) { a[0] = 'own'; return a.length + ':' + a[0] }};
        function ownf(x) { return own.apply(this, arguments) + ':' + x }
        function slfake(x) { g.apply = function (t, a) { a[0] = 'fake'; return a.length }; var r = g.apply(null, arguments);
          delete g.apply; return r + ':' + x + ':' + g.apply(null, arguments) }
        function stfake(x) { 'use strict'; g.apply = function (t, a) { a[0] = 'fake'; return a.length };
          var r = g.apply(null, arguments); delete g.apply; return r + ':' + x + ':' + g.apply(null, arguments) }
        function proto(x) { var saved = Function.prototype.apply; Function.prototype.apply = function (t, a) { return 'p' + a[0] };
          try { return g.apply(null, arguments) } finally { Function.prototype.apply = saved } }
        var log = [];
        var acc = {get f() { log.push('get f'); return g }};
        function order(x) { return acc.f.apply((log.push('this'), null), arguments) + log.join() }
        function notc(x) { try { return (1).apply(null, arguments) } catch (e) { return e.name } }
        function notf(x) { var o = {apply: 3}; try { return o.apply(null, arguments) } catch (e) { return e.name } }
        function esc(x) { var a = arguments; return g.apply(null, arguments) + (a === arguments) }
        function mut(x) { arguments[0] = 'm'; return g.apply(null, arguments) }
        function shadow(x) { { let arguments = [5, 6]; return g.apply(null, arguments) } }
        function inner(x) { return (() => g.apply(null, arguments))() }
        function many() { return g.apply(null, arguments) }
        function rpa(n) { return n === 0 ? 0 : 1 + rpb.apply(null, arguments) } function rpb(n) { return rpa(n - 1) }
        [sl(1, 2), sl(1), sl(), sl(1, 2, 3), st(1, 2), slx(1, 2), slx(), stx(1, 2), tw(1, 2), typeof th.call(5), th.call(null) === this,
         ownf(1), slfake(1), stfake(1), proto(4), order(1), notc(1), notf(1), esc(1), mut(1), shadow(1), inner(1),
         many(1, 2, 3, 4, 5, 6, 7, 8), rpa(4500)].join(';')""",
    # spread (an array's values taken at once while its iteration is unobservable) and more
    # than 5 or 64 arguments: the list goes to an emitted callee's positional entry as ``args``
    "spread_and_many": """function g(a, b, c) { return a + '/' + b + '/' + c + '/' + arguments.length + (1 in arguments) }
        function h() { return arguments.length }
        function k(...r) { return r.length }
        var xs = [1, 2, 3], holes = [1, , 3];
        var out = [g(...xs), g(...holes), g(0, ...xs, 4), g(...'ab'), h(1,2,3,4,5,6), k(...new Array(100).fill(0)), h(...new Array(70).fill(1))];
        Array.prototype[1] = 'P'; out.push(g(...holes)); delete Array.prototype[1];
        var it = Array.prototype[Symbol.iterator];
        var log = [];
        Array.prototype[Symbol.iterator] = function () { log.push('iter'); return it.call(this) };
        out.push(g(...xs), log.join());
        Array.prototype[Symbol.iterator] = it;
        var ai = Object.getPrototypeOf([][Symbol.iterator]()); var nx = ai.next;
        ai.next = function () { log.push('next'); return nx.call(this) };
        out.push(g(...xs), log.length);
        ai.next = nx;
        var own = [7, 8]; own[Symbol.iterator] = function* () { yield 'own' }; out.push(g(...own));
        var big = []; for (var i = 0; i < 70; i++) big.push(i);
        function many() { return arguments.length + ':' + arguments[69] }
        out.push(many(...big), many.apply(null, big), many(0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69));
        var o = {m(a, b, c, d, e, f) { return this === o && f }}; out.push(o.m(1, 2, 3, 4, 5, 6), o.m(...[1, 2, 3, 4, 5, 'six']));
        var side = []; function se(x) { side.push(x); return [x] }
        out.push(g(...se(1), se(2)[0], ...se(3)), side.join());
        out.join(';')""",
    "builtin_call": """var hop = Object.prototype.hasOwnProperty, ts = Object.prototype.toString, slice = Array.prototype.slice;
        function f() { return slice.call(arguments, 1).join('+') }
        var out = [];
        for (var i = 0; i < 3; i++) {
          out.push(hop.call({a: 1}, 'a'), hop.call({a: 1}, 'b'), hop.call([5], 0), hop.call('str', 'length'));
          out.push(ts.call(null), ts.call(undefined), ts.call([]), ts.call(1), f(1, 2, 3), Math.max.call(null, 4, 9));
          try { hop.call(null, 'a') } catch (e) { out.push(e.name) }
          try { slice.call(null) } catch (e) { out.push(e.name) }
          out.push(String.prototype.toUpperCase.call('abc'), Array.prototype.indexOf.call('hello', 'l'));
        }
        out.join()""",
    "stack_trace": """function E() { throw new Error('boom') } function g() { return new E() }
        function h(x) { return g.call(null, x) }
        var s; try { h(1) } catch (e) { s = e.stack } s.split('\\n').slice(0, 4).map(function (l) { return l.trim().split(' (')[0] }).join('|')""",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_on_both_tiers(name: str) -> None:
    on, off = both_tiers(js_str, CASES[name])
    assert on == off
    assert not on.startswith("THROW")


def test_depth_results() -> None:
    on, _ = both_tiers(js_str, CASES["depth"])
    assert on == "9000,9000,9000,9000," + ",".join(["RangeError"] * 4)


def test_new_and_call_results() -> None:
    on, _ = both_tiers(js_str, CASES["new"])
    assert on == "3,3,,1,true,true,true,3,2,7,true,TypeError"
    on, _ = both_tiers(js_str, CASES["function_call"])
    assert on == "3,own 1,2,object,object,4,5,fake 3,TypeError,TypeError"


def test_apply_arguments_results() -> None:
    on, _ = both_tiers(js_str, CASES["apply_arguments"])
    assert on == ("1/2/2;1//1;//0;1/2/3;1/2/2;7/2/2;//0;1/2/2;1/2/2;3/2/2;object;true;1:own:own;1:fake:fake//1;"
                  "1:1:fake//1;p4;1//1get f,this;TypeError;TypeError;1//1true;m//1;5/6/2;1//1;1/2/8;4500")


def test_spread_and_many_results() -> None:
    on, _ = both_tiers(js_str, CASES["spread_and_many"])
    assert on == ("1/2/3/3true;1/undefined/3/3true;0/1/2/5true;a/b/undefined/2true;6;100;70;1/P/3/3true;"
                  "1/2/3/3true;iter;1/2/3/3true;5;own/undefined/undefined/1false;70:69;70:69;70:69;6;six;"
                  "1/2/3/3true;1,2,3")


def test_apply_arguments_passes_the_list_through(emitter_on: None) -> None:
    """A body whose only `arguments` is ``g.apply(x, arguments)``, or a member expression on it,
    makes its arguments object only when a use needs it (none in the prologue), a strict one
    needs no environment; a body that uses the bare name otherwise makes it in its prologue."""
    realm = Realm()
    eval_script(realm, "function g() {} function h(x) { return 0 } function f(a) { return g.apply(this, arguments) }"
                       "function s(a) { 'use strict'; return g.apply(this, arguments) }"
                       "function u(a) { return g.apply(this, arguments) + arguments[0] }"
                       "function w(a) { return g.apply(this, arguments) + h(arguments) } f(); s(); u(); w()")
    get = realm.global_object.get
    f, s, u, w = (get(n, realm.global_object) for n in "fsuw")
    for fn in (f, s, u):
        assert "_FAPPLY" in fn.code.emitted and " = _mkargs(" not in fn.code.emitted
    assert "_FE(" in f.code.emitted and "_FE(" not in s.code.emitted   # f's object would map a
    assert " = _mkargs(" in w.code.emitted


def test_timeout_interrupts_calls_without_loops() -> None:
    """The budget check on every call: a recursion that never reaches the depth limit and has
    no loop still stops at its timeout (``Agent.call_limit`` lowered by the stop)."""
    for src in ("function f(n) { if (n > 0) { f(n - 1); f(n - 1) } } f(60)",
                "function f(n) { if (n > 0) { f.call(null, n - 1); f.apply(null, arguments) } } f(60)",
                "function f(n) { if (n > 0) { g.apply(null, arguments); g.apply(null, arguments) } } "
                "function g(n) { f(n - 1) } f(60)"):
        with pytest.raises(vm.JSError):
            vm.run_in_new_context(src, timeout=200)
        # the run's stop does not linger: the next run's calls are not interrupted
        assert vm.run_in_new_context("function r(n) { return n ? r(n - 1) + 1 : 0 } r(2000)") == 2000


def test_emitted_entries_are_used(emitter_on: None) -> None:
    """The functions of these cases have positional entries (the fast paths above ran)."""
    realm = Realm()
    eval_script(realm, "function f(a, b) { return a } function g() { return arguments.length }"
                       "function C(x) { this.x = x } function T() { return new.target } f(); g(); new C(1); new T()"
                       "; function h(a, b, c, d, e, f) { return a } h()")
    get = realm.global_object.get
    f, g, c, t, h = (get(n, realm.global_object) for n in "fgCTh")
    # as many positional arguments as declared, at least three (a callback of map); a call with
    # more (up to five) goes through an entry that drops the extra ones
    assert f.code.e3 is f.code.direct and f.code.direct_n == 3
    assert f.code.e5 is not None and f.code.e5 is not f.code.direct
    assert f.code.e5(f, None, get_agent(), None, 7.0, 8.0, 9.0, 10.0, 11.0) == 7.0
    assert h.code.e5 is h.code.direct and h.code.direct_n == 6
    assert g.code.e5 is g.code.direct                            # any number (an arguments object)
    assert c.code.ctor is c.code.direct and t.code.ctor is None  # T reads new.target


def test_cross_realm_calls_run_in_the_callee_realm() -> None:
    """A function of another context called from this one sees its own realm (PrepareForOrdinaryCall),
    through a plain call, a built-in's callback, ``new``, ``g.call`` (its ``this`` wrapped there,
    OrdinaryCallBindThis) and a throw."""
    a = vm.create_context()
    b = vm.create_context()
    fns = vm.run_in_context(
        "({arr: function (x) { return [] }, err: function () { throw new TypeError('t') },"
        " C: function C() { this.a = [] }, cb: function (x) { return [x] }, th: function () { return this }})",
        a).js_object
    b["F"] = fns
    b["ArrayA"] = vm.run_in_context("Array", a).js_object
    b["NumberA"] = vm.run_in_context("Number", a).js_object
    # a built-in of the other realm runs in it too (emitted call sites call a built-in of their
    # own realm straight through its implementation): a RegExp made by calling RegExpA has A as
    # its realm, which RegExp.prototype.compile (Annex B legacy features) checks; so has one
    # made by ``new RegExpA``
    b["RegExpA"] = vm.run_in_context("RegExp", a).js_object
    result = vm.run_in_context("""
        var arr = F.arr, err = F.err, C = F.C, cb = F.cb, th = F.th, out = [];
        for (var i = 0; i < 2; i++) {
          out.push(arr() instanceof ArrayA, arr() instanceof Array, arr.call(null) instanceof ArrayA,
                   new C().a instanceof ArrayA, [1].map(cb)[0] instanceof ArrayA, th.call(1) instanceof NumberA);
          try { err() } catch (e) { out.push(e instanceof TypeError) }
          out.push([] instanceof Array);
          try { out.push(RegExpA('a').compile('b').source, RegExp('c').compile('d').source) } catch (e) { out.push(e.name) }
          try { out.push(new RegExpA('e').compile('f').source, new RegExp('g').compile('h').source) } catch (e) { out.push(e.name) }
        }
        out.join()""", b)
    assert result == ",".join(["true,false,true,true,true,true,false,true,b,d,f,h"] * 2)


def test_callee_description_of_deeply_nested_callees() -> None:
    # describe_callee split the callee's whole source at every level: `new new ... F` and
    # nested arrow calls compiled in time quadratic in the nesting (25,000 levels: 15 s and 62 s)
    import random
    import time
    import pyjsvm as vm
    from pyjsvm.compiler.expressions import describe_callee

    def reference(src: str) -> str:
        src = " ".join(src.split())
        return src if len(src) <= 60 else src[:57] + "..."
    rng = random.Random(1)
    pieces = ["a", " ", "\n", "\t", "bc", "\u00a0", "\u2028"]
    for _ in range(3000):
        s = "".join(rng.choice(pieces + [" " * rng.randrange(300), "x" * rng.randrange(80)]) for _ in range(rng.randrange(40)))
        assert describe_callee(s) == reference(s)
    t0 = time.monotonic()
    with pytest.raises(vm.JSError) as e:
        vm.run_in_new_context("(" + "() => " * 25000 + "1)" + "()" * 25000, timeout=300)
    assert e.value.name in ("RangeError", "Error", "SyntaxError")
    assert time.monotonic() - t0 < 30
    with pytest.raises(vm.JSError) as e:
        vm.run_in_new_context("var o = {};  o .  m\n\n  ( )")
    assert e.value.message == "o . m is not a function"
