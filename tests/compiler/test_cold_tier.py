"""The cold tier (compiler/emit.py ``plain_tier``, functions.py ``start_cold``): in mode
'tiered' a plain body without a loop runs on the closure compiler and is emitted after
``emit.TIER_UP_CALLS`` calls, its FunctionCode's entries swapped while the function objects stay;
a body with a loop is emitted at once. Programs cross the swap (calls before and after it,
closures made on both sides, recursion across it) and give node's results."""
from __future__ import annotations

import os
import subprocess
import sys
from typing import Any, Iterator

import pytest

import pyjsvm as vm
from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.functions import ECMAFunction
from tests.helpers import NODE, js_str, node_str

K = emit.TIER_UP_CALLS


@pytest.fixture(autouse=True)
def tiered() -> Iterator[None]:
    old = emit.set_mode("tiered")
    try:
        yield
    finally:
        emit.set_mode(old)


def function_of(realm: Realm, name: str) -> ECMAFunction:
    f = realm.global_object.get(name, realm.global_object)
    assert isinstance(f, ECMAFunction)
    return f


def test_tier_up_after_k_calls_not_before() -> None:
    realm = Realm()
    eval_script(realm, "var out = []; function f(a) { return a * 2 + 1 }")
    f = function_of(realm, "f")
    for i in range(1, K + 3):
        assert eval_script(realm, f"f({i})") == 2 * i + 1
        # the K-th call compiles the emitted body (and finishes on the closure tier)
        assert (f.code.emitted is not None) == (i >= K), i
    assert f.code.direct is not None  # the emitted entries are installed, no counter left


def test_a_body_with_a_loop_is_emitted_at_once() -> None:
    realm = Realm()
    eval_script(realm, "function s(n) { var t = 0; while (n) t += n--; return t } "
                       "function g(n) { return [1, 2].map(x => { for (;;) return x }) } s(3); g()")
    assert function_of(realm, "s").code.emitted is not None
    # the arrow's loop is its own: g starts cold
    assert function_of(realm, "g").code.emitted is None


def test_mode_emit_and_closure() -> None:
    for mode, emitted in (("emit", True), ("closure", False)):
        emit.set_mode(mode)
        realm = Realm()
        eval_script(realm, "function f() { return 1 } f()")
        assert (function_of(realm, "f").code.emitted is not None) is emitted
        for _ in range(2 * K):
            eval_script(realm, "f()")
        assert (function_of(realm, "f").code.emitted is not None) is emitted
    with pytest.raises(ValueError):
        emit.set_mode("fast")


@pytest.mark.parametrize("value, mode", [("0", "closure"), ("1", "emit"), ("tiered", "tiered"), (None, "tiered")])
def test_pyjsvm_emit_setting(value: str | None, mode: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYJSVM_EMIT"}
    if value is not None:
        env["PYJSVM_EMIT"] = value
    out = subprocess.run([sys.executable, "-c", "from pyjsvm.compiler import emit; print(emit.mode())"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == mode


# Programs crossing the swap; each runs the interesting function more than 2K times (K <= 8)
CROSSING = {
    "closures_across_the_swap": """
        function counter(start) { var n = start; return { inc: () => ++n, get: function () { return n } } }
        var cs = []; for (var i = 0; i < 20; i++) cs.push(counter(i * 10));
        cs.forEach((c, i) => { for (var j = 0; j < i; j++) c.inc() });
        cs.map(c => c.get()).join()""",
    "recursion_across_the_swap": """
        function sum(n) { return n ? n + sum(n - 1) : 0 }
        function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
        [sum(30), fib(12), sum(5)].join()""",
    "mutual_recursion_and_arguments": """
        function even(n) { return n == 0 ? true : odd(n - 1) }
        function odd(n) { return n == 0 ? false : even(n - 1) }
        function count() { return arguments.length + ':' + Array.prototype.slice.call(arguments).join('') }
        var r = []; for (var i = 0; i < 12; i++) r.push(even(i), count.apply(null, r.slice(0, i % 4)));
        r.join()""",
    "constructor": """
        function P(x, y) { this.x = x; this.y = y }
        P.prototype.sum = function () { return this.x + this.y };
        var ps = []; for (var i = 0; i < 20; i++) ps.push(new P(i, 1));
        ps.map(p => p.sum() + (p instanceof P) + (p.constructor === P)).join()""",
    "classes_super_and_fields": """
        let made = 0;
        class A { a = ++made; constructor(x) { this.x = x } m() { return 'A' + this.x } static s() { return 'sA' } }
        class B extends A { b = this.a * 2; constructor(x) { super(x + 1) } m() { return super.m() + 'B' + this.b }
                            static s() { return super.s() + 'sB' } }
        class C extends B { }
        const o = { __proto__: { h() { return 'p' } }, h() { return super.h() + 'o' } };
        var r = []; for (var i = 0; i < 15; i++) r.push(new C(i).m(), B.s(), o.h());
        r.join() + made""",
    "direct_eval_and_with": """
        function ev(s) { var x = 10; return eval(s) }
        function w(o) { with (o) { return p + q } }
        var r = []; for (var i = 0; i < 12; i++) r.push(ev('x + ' + i), w({p: i, q: 1}), ev('var y = x; y'));
        r.join()""",
    "annex_b_functions": """
        function f(c) { if (c) { function g() { return 'in' } } return typeof g + (c ? g() : '') }
        var r = []; for (var i = 0; i < 12; i++) r.push(f(i % 2)); r.join()""",
    "generator_holding_a_cold_function": """
        function* gen(n) { const twice = x => x * 2; const plus = function (x) { return x + 1 };
                           for (let i = 0; i < n; i++) yield plus(twice(i)) }
        [...gen(20)].join()""",
    "exceptions_and_finally": """
        function thrower(i) { if (i % 3 == 0) throw new TypeError('t' + i); return i }
        function guard(i) { try { return thrower(i) } catch (e) { return e.message } finally { i = -1 } }
        var r = []; for (var i = 0; i < 15; i++) r.push(guard(i)); r.join()""",
    "tagged_template_site_is_one_object": """
        function tag(s) { return s }
        function f(x) { return tag`a${x}b` }
        var first = f(0), same = []; for (var i = 0; i < 12; i++) same.push(f(i) === first);
        same.join() + (tag`a${1}b` === first)""",
    # a wrapper (no loop: cold) whose nested functions its tier-up reuses (NestedCodes): every
    # kind of scope between them and the wrapper, closures made before the swap called after it
    "nested_functions_across_a_wrappers_swap": """
        var early = [];
        function wrap(k) {
          var base = k * 10; let lex = k + 1; const c = 'c' + k;
          function inner(x) { return base + x + lex++ }
          const arrow = (y) => c + y + (this === globalThis);
          try { throw k } catch (e) { var fromCatch = () => e * 2 }
          try { throw [k] } catch ([d]) { var fromPattern = () => d + 1 }
          { let blockVar = k * 3; var fromBlock = () => blockVar++ }
          class K { static s() { return c } m() { return lex } #p = k; get p() { return this.#p } }
          var named = function self(n) { return n ? self(n - 1) + 1 : 0 };
          function useArgs(a) { a = 5; return arguments.length + ':' + arguments[0] }
          const o = { __proto__: { h() { return 'p' } }, h() { return super.h() + k } };
          const all = () => [inner(1), arrow(2), fromCatch(), fromPattern(), fromBlock(), K.s(), new K().m(),
                             new K().p, named(3), useArgs(1, 2, 3), o.h(), inner(0)].join('/');
          early.push(all);
          return all();
        }
        var r = []; for (var i = 0; i < 14; i++) r.push(wrap(i));
        r.join() + '|' + early.map(f => f()).join()""",
    "nested_functions_of_a_wrapper_with_eval": """
        function wrap(k, s) { var v = k; eval(s); return function () { return v + (typeof w) } }
        var fs = []; for (var i = 0; i < 12; i++) fs.push(wrap(i, i % 2 ? 'var w = 1' : ''));
        fs.map(f => f()).join()""",
    "stack_overflow_is_a_range_error": """
        function down(n) { return down(n + 1) + 1 }
        var r = []; for (var i = 0; i < 3; i++) { try { down(0) } catch (e) { r.push(e instanceof RangeError) } }
        r.join()""",
}


@pytest.mark.skipif(NODE is None, reason="node not installed")
@pytest.mark.parametrize("name", sorted(CROSSING))
def test_crossing_the_swap_agrees_with_node(name: str) -> None:
    src = CROSSING[name]
    assert js_str(src) == node_str(src)


def test_tail_calls_across_the_swap() -> None:
    """(node has no proper tail calls: checked against the emitting tier instead)"""
    src = """'use strict';
        function loop(n, acc) { return n === 0 ? acc : loop(n - 1, acc + 1) }
        function a(n) { return n === 0 ? 'a' : b(n - 1) } function b(n) { return n === 0 ? 'b' : a(n - 1) }
        [loop(20000, 0), a(20001), loop(3, 0)].join()"""
    assert js_str(src) == "20000,b,3"
    realm = Realm()
    eval_script(realm, src)
    assert function_of(realm, "loop").code.emitted is not None


def test_closures_made_before_and_after_the_swap_share_their_environment() -> None:
    realm = Realm()
    eval_script(realm, "function mk() { var n = 0; return [() => ++n, () => n] } var early = mk();")
    mk = function_of(realm, "mk")
    assert mk.code.emitted is None
    eval_script(realm, "for (var i = 0; i < 2 * %d; i++) mk(); var late = mk();" % K)
    assert mk.code.emitted is not None
    # each pair shares its own environment, laid out by the tier that made it
    assert eval_script(realm, "early[0](); early[0](); late[0](); [early[1](), late[1]()].join()") == "2,1"


def test_recursion_crossing_the_swap() -> None:
    """The call that tiers up finishes on the closure tier; the calls it makes run emitted."""
    realm = Realm()
    eval_script(realm, "var seen = []; function r(n) { seen.push(n); return n ? r(n - 1) + 1 : 0 }")
    r = function_of(realm, "r")
    assert eval_script(realm, f"r({2 * K})") == 2 * K
    assert r.code.emitted is not None
    assert eval_script(realm, "seen.length") == 2 * K + 1


def test_a_constructor_and_a_method_with_super_tier_up() -> None:
    realm = Realm()
    eval_script(realm, "class A { m() { return 1 } } class B extends A { constructor(v) { super(); this.v = v }"
                       " m() { return super.m() + this.v } } var bs = [];"
                       f"for (var i = 0; i < {2 * K}; i++) bs.push(new B(i).m()); globalThis.B = B")
    b = function_of(realm, "B")
    assert b.code.emitted is not None
    m = b.get("prototype", b).get("m", b)
    assert m.code.emitted is not None
    assert eval_script(realm, "bs.join()") == ",".join(str(1 + i) for i in range(2 * K))


def test_a_generator_holds_a_cold_plain_function() -> None:
    realm = Realm()
    eval_script(realm, "var h; function* g() { h = x => x + 1; yield h(1); yield h(2) } var it = g(); it.next()")
    h = function_of(realm, "h")
    assert h.code.emitted is None
    assert eval_script(realm, f"it.next().value + [{', '.join(['0'] * K)}].map(h).join()") == "3" + ",".join(["1"] * K)
    assert h.code.emitted is not None


def test_a_body_the_emitter_declines_stays_on_the_closure_tier(monkeypatch: Any) -> None:
    realm = Realm()
    eval_script(realm, "function f(a) { return [a, arguments.length] }")
    f = function_of(realm, "f")

    def decline(*args: Any) -> Any:
        raise emit.Unsupported("declined for the test")
    monkeypatch.setattr(emit.FunctionEmitter, "emit_function", decline)
    for i in range(3 * K):
        assert eval_script(realm, f"f({i}, 0).join()") == f"{i},2"
    assert f.code.emitted is None
    monkeypatch.undo()
    # declined once, the counter is gone: the closure tier runs it from now on
    for i in range(3 * K):
        eval_script(realm, "f()")
    assert f.code.emitted is None


def test_stack_positions_are_the_same_on_both_sides_of_the_swap() -> None:
    ctx = vm.create_context()
    vm.run_in_context("function where() { return new Error('x').stack.split('\\n')[2] }\n"
                      "function outer() {\n  return where()\n}", ctx, filename="pos.js")
    stacks = vm.run_in_context(f"var r = []; for (var i = 0; i < {2 * K}; i++) r.push(outer()); r", ctx)
    assert len(set(stacks)) == 1 and "pos.js:3:" in stacks[0]


def test_on_step_sees_the_same_statements_on_both_sides_of_the_swap() -> None:
    """Tracing (create_context(on_step=...)) survives the tier-up: the emitted body of a traced
    context reports the statements the closure tier reported."""
    steps: list[tuple[int, int]] = []
    ctx = vm.create_context({}, on_step=lambda line, col: steps.append((line, col)))
    vm.run_in_context("function f(a) {\n  var b = a + 1;\n  return b;\n}", ctx)
    per_call = []
    for i in range(2 * K):
        steps.clear()
        assert vm.run_in_context(f"f({i})", ctx) == i + 1
        per_call.append(list(steps))
    assert vm.run_in_context("f", ctx)._obj.code.emitted is not None
    assert all(p == [(1, 1), (2, 3), (3, 3)] for p in per_call), per_call


def test_a_wrappers_tier_up_keeps_its_nested_functions_code() -> None:
    """A cold body's tier-up makes its closures from the codes its first compilation made
    (functions.NestedCodes): the nested functions keep their compiled (and tiered-up) bodies, so
    running a module wrapper again and again does not compile them all again after its swap."""
    realm = Realm()
    eval_script(realm, "function wrap(k) { var a = k; return function inner(x) { return x + a } }")
    made = []
    for i in range(3 * K):
        f = eval_script(realm, f"var g = wrap({i}); g(1); g")
        assert isinstance(f, ECMAFunction)
        made.append(f)
        assert eval_script(realm, "g(2)") == i + 2
    assert function_of(realm, "wrap").code.emitted is not None
    assert all(f.code is made[0].code for f in made)
    assert made[0].code.emitted is not None  # inner tiered up itself, and kept that


def test_nested_codes_are_reused_only_where_scopes_are_laid_out_alike() -> None:
    from pyjsvm.compiler.functions import FunctionCode, NestedCodes
    from pyjsvm.syntax.scope import Scope
    base = Scope("script", None)

    def chain(*names: str) -> Scope:
        s = Scope("function", base)
        for n in names:
            s.add(n)
        return s
    node, how, code = object(), ("f", None, False, False, False, False), FunctionCode()
    kept = NestedCodes(base)
    first = chain("a", "b")
    kept.keep(node, how, first, code)
    assert kept.find(node, how, chain("a", "b")) is code
    assert kept.find(node, how, chain("b", "a")) is None      # other slots
    assert kept.find(node, ("g",) + how[1:], chain("a", "b")) is None  # compiled another way
    assert kept.find(object(), how, chain("a", "b")) is None  # another function
    assert kept.find(node, how, Scope("function", Scope("script", None))) is None  # not under base
    assert kept.laid_out_alike()
    first.add("c")  # a scope changed after the reuse: the tier-up does not keep its body
    assert not kept.laid_out_alike()
