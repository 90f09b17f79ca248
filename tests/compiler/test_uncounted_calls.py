"""A function body without calls of its own, called from an emitted call site (or an emitted
``new``) in its own realm, keeps no call depth (compiler/emit.py ``makes_calls``,
runtime/stack.EMITTED_CALL): it can only reach JS again through a getter, valueOf, a proxy trap
or a built-in's callback, and those calls count. Each case runs on both tiers and, where node
can run it, is node's answer too. (A function's first call goes through [[Call]]: the cases call
each function a few times, the last call being the one looked at.)"""
from __future__ import annotations

import pytest

import pyjsvm
from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.agent import get_agent
from pyjsvm.syntax.utf16 import js_string_to_python
from tests.helpers import NODE, both_tiers, emitted_function, js_str, node_str

CASES = {
    # recursion through a getter, valueOf, toString, a proxy trap and a setter, each reached
    # from a body that makes no call
    "recursion_through_implicit_calls": """
        var out = [];
        var o = {get x() { return this.x }};
        function leaf(p) { return p.x }
        var v = {valueOf() { return this * 2 }};
        function lv(a) { return a - 1 }
        var s = {toString() { return '' + this }};
        function ls(a) { return a + '' }
        var px = new Proxy({}, {get(t, k, r) { return r[k] }});
        function lp(p) { return p.y }
        var st = {set z(v) { this.z = v }};
        function lz(p) { p.z = 1 }
        function lk(p) { return p.k }
        var pk = {get k() { return lk(this) }};
        function inf(n) { return inf(n + 1) }
        function tryAll() {
          out = [];
          [[leaf, o], [lv, v], [ls, s], [lp, px], [lz, st], [lk, pk], [inf, 0]].forEach(function (c) {
            try { c[0](c[1]); out.push('none') } catch (e) { out.push(e.name) }
          });
        }
        for (var i = 0; i < 3; i++) tryAll();
        out.join()""",
    # a leaf's frame is in stack traces, and its caller is its caller
    "frames": """
        function leaf(o) { return o.x.y }
        function mid(o) { return leaf(o) }
        var st; for (var i = 0; i < 3; i++) { try { mid({}) } catch (e) { st = e.stack } }
        function who() { return who.caller }
        function calls() { return who() }
        calls(); calls();
        [st.split('\\n').slice(0, 3).map(function (l) { return l.trim().split(' (')[0] }).join('|'),
         calls() === calls].join()""",
    # constructors without calls through an emitted new; class constructors still need new
    "constructors": """
        function P(x, y) { this.x = x; this.y = y }
        P.prototype.sum = function () { return this.x + this.y };
        function R() { return {r: 1} }
        function Z() { this.z = new.target === Z }
        class K { constructor(x) { this.x = x } }
        function callK() { return K(1) }
        var out;
        for (var i = 0; i < 3; i++) {
          out = [new P(1, 2).sum(), new R().r, new Z().z, new K(3).x, Object.getPrototypeOf(new P()) === P.prototype];
          try { callK() } catch (e) { out.push(e.name) }
          try { K.call({}) } catch (e) { out.push(e.name) }
        }
        out.join()""",
    # sloppy this: undefined and primitives become the global object and wrappers
    "this_binding": """
        function sl() { return typeof this } function isg() { return this === globalThis }
        function st() { 'use strict'; return typeof this }
        var o = {m: sl}, out;
        for (var i = 0; i < 3; i++) out = [sl(), isg(), st(), o.m(), sl.call(1), st.call(1), [1].map(sl).join()];
        out.join()""",
    # a deep recursion whose leaves throw, then one that counts from the bottom again
    "depth_after_throws": """
        function thrower(n) { throw n }
        function r(n) { if (n === 0) { try { thrower(n) } catch (e) { return 0 } } return 1 + r(n - 1) }
        function r2(n) { return n === 0 ? 0 : 1 + r2(n - 1) }
        var a = 0; for (var i = 0; i < 3000; i++) { try { thrower(i) } catch (e) { a++ } }
        [r(5000), a, r2(9500)].join()""",
}

EXPECTED = {
    "recursion_through_implicit_calls": ",".join(["RangeError"] * 7),
    "frames": "TypeError: Cannot read properties of undefined|at leaf|at mid,true",
    "constructors": "3,1,true,3,true,TypeError,TypeError",
    "this_binding": "object,true,undefined,object,object,number,object",
    "depth_after_throws": "5000,3000,9500",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_on_both_tiers(name: str) -> None:
    on, off = both_tiers(js_str, CASES[name])
    assert on == off == EXPECTED[name]


@pytest.mark.skipif(NODE is None, reason="node not installed")
@pytest.mark.parametrize("name", ["recursion_through_implicit_calls", "constructors", "this_binding", "depth_after_throws"])
def test_node_agrees(name: str) -> None:
    assert node_str(CASES[name]) == EXPECTED[name]


def test_only_bodies_without_calls_skip_the_depth() -> None:
    src = """function leaf(a) { return a.x + 1 }
        function caller(a) { return leaf(a) }
        function maker(a) { return new P(a) } function P(a) { this.a = a }
        function tagged(a) { return String.raw`${a}` }
        function imports(a) { return import('x') }
        class C { constructor() { this.c = 1 } }
        caller({x: 1}); maker(1); tagged(1); new C();"""
    for name, uncounted in [("leaf", True), ("P", True), ("caller", False), ("maker", False), ("tagged", False)]:
        emitted = emitted_function(src, name).code.emitted
        assert emitted is not None, name
        assert ("given is _EC" in emitted) is uncounted, name


def test_the_agent_depth_is_restored() -> None:
    ctx = pyjsvm.create_context()
    pyjsvm.run_in_context("""function leaf(o) { return o.x.y }
        function P(x) { this.x = x.y.z }
        function run(n) { var k = 0; for (var i = 0; i < n; i++) { try { leaf({}) } catch (e) { k++ }
          try { new P({}) } catch (e) { k++ } leaf({x: {y: 1}}); new P({y: {}}) } return k }""", ctx)
    for _ in range(3):
        assert pyjsvm.run_in_context("run(50)", ctx) == 100
        assert get_agent().depth == 0


def test_a_leaf_of_another_realm_runs_in_its_realm() -> None:
    # (realms made directly: functions that cross between contexts through the Python API
    # cross a membrane, never as themselves)
    old = emit.set_enabled(True)
    try:
        a, b = Realm(), Realm()
        leaf = eval_script(b, "(function leaf(o) { if (o === 1) return [1]; return o.x.y })")
        a.global_object.set("leaf", leaf, a.global_object)
        a.global_object.set("B", b.global_object, a.global_object)
        out = eval_script(a, """function call(o) { return leaf(o) }
            var r = [];
            for (var i = 0; i < 6; i++) {
              try { call({}) } catch (e) { r.push(e instanceof B.TypeError, e instanceof TypeError) }
              r.push(Object.getPrototypeOf(call(1)) === B.Array.prototype)
            }
            r.join()""")
    finally:
        emit.set_enabled(old)
    assert js_string_to_python(out) == ",".join(["true,false,true"] * 6)
    assert "given is _EC" in leaf.code.emitted


def test_timeouts_stop_loops_of_leaf_calls() -> None:
    ctx = pyjsvm.create_context()
    pyjsvm.run_in_context("function leaf(a) { return a + 1 } function spin() { for (;;) {} }", ctx)
    for src in ["var s = 0; for (;;) s = leaf(s)", "spin()", "function g() { spin() } g()"]:
        with pytest.raises(pyjsvm.JSError) as e:
            pyjsvm.run_in_context(src, ctx, timeout=200)
        assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
        assert get_agent().depth == 0
