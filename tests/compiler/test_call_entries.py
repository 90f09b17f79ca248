"""How an emitted function body is entered (compiler/emit.py, issue 17):

- a call by the function's own name whose callee is the running function object itself calls
  the same entry straight (``EMITTED_SELF``: no check of the callee or of its realm);
- a body that makes calls only after call-free first statements counts its depth from there
  (``c_at``: a recursion's base case returns without touching the depth);
- parameters that the body mostly uses as Numbers get a second body emitted for Number
  arguments, behind one guard at entry that passes any other call to the body emitted for any
  arguments (its frame delegates: ``runtime/stack.DELEGATED``);
- a body that reads globals only through their cells loads the cells alone (``gce``);
- an entry has its parameters alone: a call with more arguments comes through ``args``
  (FunctionCode.set_direct), and temporaries of one line share locals (``share_temps``).

Each case runs on both tiers and is node's answer too."""
from __future__ import annotations

import pytest

import pyjsvm
from pyjsvm.runtime.agent import get_agent
from tests.helpers import NODE, both_tiers, emitted_function, js_str, node_str

CASES = {
    # the callee named as the function is another function: at the call, or by then
    "self_calls": """
        function rec(n) {
          if (n === 0) return 'base';
          if (n === 2) { var me = rec; rec = function (m) { rec = me; return 'other' + m } }
          return rec(n - 1)
        }
        function shadow(n) { var shadow = function (x) { return 'inner' + x }; return n ? shadow(n - 1) : 0 }
        var o = {walk(n) { return n ? this.walk(n - 1) + 1 : 0 }};
        var p = {walk: function (n) { return -1 }};
        function mk(tag) { return function r(n) { return n ? r(n - 1) : tag } }
        var r1 = mk('a'), r2 = mk('b');
        var out;
        for (var i = 0; i < 4; i++) out = [rec(5), rec(1), shadow(3), o.walk(6), o.walk.call(p, 3), r1(4), r2(4)];
        out.join()""",
    # parameters used as Numbers, called with Numbers and with anything else
    "number_parameters": """
        function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2) }
        function sum(a, b, c) { var s = 0; for (var i = a; i < b; i++) s += i * c; return s }
        function P(x, y) { this.v = x * y + x - y }
        function big() { try { return sum(1, 3, 1n) } catch (e) { return e.name } }
        function hs(n) { if (n < 1) return 0; return hs(String(n - 1)) + n * 2 + hs(n - 2) * 0 }
        var out;
        for (var i = 0; i < 4; i++) {
          out = [fib(12), fib('12'), fib(true), fib(null), String(fib({valueOf: function () { return 9 }})),
                 Object.is(fib(-0), -0), sum(1, 10, 2), sum('1', 10, 2), sum(1, '10', '2'), sum(1.5, 4, 1),
                 sum(1), big(), fib.call(null, 10), fib.apply(null, ['10']), new P(2, 3).v, new P('2', 3).v,
                 [1, 2, 3].map(fib).join('/'), fib(7, 'extra', {}), hs(3), hs('3')];
        }
        out.join()""",
    # frames of a body called with other arguments: its own, once
    "delegated_frames": """
        function f(n) { if (n < 2) throw new Error('x'); return f(n - 1) + f(n - 2) }
        function who(n) { var k = n * 3 - n; return who.caller === via && k === 2 * n }
        function via(x) { return who(x) }
        var st;
        for (var i = 0; i < 3; i++) { try { f('3') } catch (e) { st = e.stack } }
        var frames = st.split('\\n').map(function (l) { return l.trim().split(' (')[0] });
        [frames.slice(0, 3).join('|'), via(2), via('2')].join()""",
    # depth kept from the first statement with a call: deep recursions, unbounded ones, throws
    "depth_from_the_first_call": """
        function down(n) { if (n === 0) return 0; return 1 + down(n - 1) }
        function inf(n) { if (n < 0) return 0; return inf(n + 1) }
        function thr(n) { if (n === 0) throw 'done'; return thr(n - 1) }
        function caught() { try { thr(50) } catch (e) { return e } }
        var a = 0, r;
        for (var i = 0; i < 300; i++) { if (caught() === 'done') a++ }
        try { inf(0) } catch (e) { r = e.name }
        [down(9000), r, a, down(9000)].join()""",
    # globals read through their cells from bodies that load nothing else
    "cell_reads": """
        function r() { return q }
        function t() { return L }
        function m() { return Math.max(1, 2) + undefinedName }
        var out = [];
        for (var i = 0; i < 3; i++) {
          globalThis.q = i; out.push(r());
          try { m() } catch (e) { out.push(e.name) }
        }
        try { t() } catch (e) { out.push(e.name) }
        let L = 3; out.push(t());
        delete globalThis.q;
        try { r() } catch (e) { out.push(e.name) }
        out.join()""",
    # calls with more arguments than parameters: through each kind of call site
    "more_arguments": """
        function one(a) { return a + '/' + arguments.length }
        function two(a, b) { return a * 2 + (b === undefined ? 100 : b) }
        function none() { return 'n' }
        function P(x) { this.x = x }
        function down(n) { return n <= 0 ? 0 : 1 + down(n - 1, 'extra', 3) }
        function fib(n) { if (n < 2) return n; return fib(n - 1, 9, 9, 9, 9) + fib(n - 2) }
        function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1, n, n) }
        var out;
        for (var i = 0; i < 4; i++) {
          out = [one(1, 2, 3), two(1), two(1, 2, 3, 4), two(1, 2, 3, 4, 5, 6), none(1, 2, 3, 4, 5),
                 new P(1, 2, 3).x, new P(4, 5, 6, 7, 8, 9).x, down(5), fib(10),
                 two.call(null, 1, 2, 3), none.call(null, 1, 2), new P(7, 2, 3, 4, 5).x, deep(5000)];
        }
        try { (function r(n) { return r(n + 1, 1, 2) })(0) } catch (e) { out.push(e.name) }
        out.join()""",
}

EXPECTED = {
    "self_calls": "other1,base,inner2,6,0,a,b",
    "number_parameters": "144,144,true,,34,true,90,90,90,7.5,0,TypeError,55,55,5,59,1/1/2,13,12,12",
    "delegated_frames": "Error: x|at f|at f,true,true",
    "depth_from_the_first_call": "9000,RangeError,300,9000",
    "cell_reads": "0,ReferenceError,1,ReferenceError,2,ReferenceError,ReferenceError,3,ReferenceError",
    "more_arguments": "1/3,102,4,4,n,1,4,5,55,4,n,7,5000,RangeError",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_on_both_tiers(name: str) -> None:
    on, off = both_tiers(js_str, CASES[name])
    assert on == off == EXPECTED[name]
    assert get_agent().depth == 0


@pytest.mark.skipif(NODE is None, reason="node not installed")
@pytest.mark.parametrize("name", sorted(CASES))
def test_node_agrees(name: str) -> None:
    assert node_str(CASES[name]) == EXPECTED[name]


FIB = "function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2) } fib(12); fib(12);"


def test_the_entries_are_emitted() -> None:
    text = emitted_function(FIB, "fib").code.emitted
    assert text is not None
    # the guard of the Number parameter, and no other test of its type
    assert "type(v1) is not _float:" in text
    assert text.count("type(v1)") == 1
    # a call of itself with a Number is the first branch (before the guard)
    assert text.index("if given is _ECS:") < text.index("type(v1) is not _float:")
    # the self calls, and the depth counted after the base case
    assert text.count("f(t") == 2 and "_ECS" in text
    body = text.split(" try:\n", 1)[1]
    assert body.index("return v1") < body.index("depth = _ag.depth + 1")
    # the cells alone
    assert "CE = self.gce\n" in text and "GL" not in text.split("CE = ")[0]
    # the parameter and two spare ones; the depth's and the cells' tests against None (not
    # truth tests)
    assert text.startswith("def f(self, this, _ag, given, v1=None, _x1=None, _x2=None, args=None):")
    assert " if depth is None:" in text and "if not depth" not in text and " or _gfc(" not in text
    # one-line temporaries share locals; the unused ``env`` is gone
    local_names = emitted_function(FIB, "fib").code.e1.__code__.co_varnames
    assert "u0" in local_names and "env" not in local_names
    assert len([n for n in local_names if n[0] in "tu" and n[1:].isdigit()]) <= 8


def test_share_temps() -> None:
    from pyjsvm.compiler.emit import share_temps
    src = ("def f(t1):\n x = (t2 if (t2 := t1.a) else t3 if (t3 := t1.b) else 0)\n"
           " y = t4 if (t4 := x) else t5\n t5 = 1\n z = (lambda: t6)() if (t6 := 2) else 0\n"
           " w = 't7' if (t7 := 3) else t7\n")
    out = share_temps(src)
    # one-line temporaries renamed in their line's order; the others (a parameter, one on two
    # lines, one captured by a lambda, one on a line with a string) kept
    assert out.split("\n")[1] == " x = (u0 if (u0 := t1.a) else u1 if (u1 := t1.b) else 0)"
    assert out.split("\n")[2] == " y = u0 if (u0 := x) else t5"
    assert "(lambda: t6)() if (t6 := 2)" in out and "'t7' if (t7 := 3) else t7" in out


def test_bodies_worth_no_second_emission() -> None:
    src = """function add(a, b) { return a + b }
        function obj(o, k) { return o[k] }
        function once(n) { return n * 2 }
        function hash(s) { var h = 0; for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h }
        function sub(v, w) { if (!w || !v) throw 'bad [' + v + ',' + w + ']'; return v.x - w.x }
        function eq(a, b) { return a === 0 || a != null || b === 1 || b !== a }
        function un(a) { return typeof a + typeof a + !a + !a + void a + typeof a }
        function neg(a) { return -a + ~a + -a }
        add(1, 2); obj({}, 'x'); once(3); add(1, 2); obj({}, 'x'); once(3); hash('ab'); sub({x: 1}, {x: 2}); eq(1, 2);
        un(1); neg(1)"""
    for name in ("add", "obj", "once", "hash", "sub", "eq", "un"):
        text = emitted_function(src, name).code.emitted
        assert text is not None and "is not _float:" not in text, name
    # (``typeof``, ``!`` and ``void`` need no guard; ``-`` and ``~`` do)
    text = emitted_function(src, "neg").code.emitted
    assert text is not None and "is not _float:" in text


def test_contextified_items_through_cells() -> None:
    data = {"y": 5, "data": {"x": 2}}
    ctx = pyjsvm.create_context(data)
    pyjsvm.run_in_context("function f() { return data.x + y } function g() { return f() + f() }", ctx)
    for i in range(4):
        data["y"] = i
        assert pyjsvm.run_in_context("g()", ctx) == 2 * (2 + i)
    pyjsvm.run_in_context("y = 10", ctx)
    assert data["y"] == 10
    assert pyjsvm.run_in_context("g()", ctx) == 24
    del data["y"]
    with pytest.raises(pyjsvm.JSError) as e:
        pyjsvm.run_in_context("g()", ctx)
    assert "y is not defined" in str(e.value)


def test_timeouts_stop_recursions_with_base_cases() -> None:
    ctx = pyjsvm.create_context()
    pyjsvm.run_in_context("function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2) }", ctx)
    with pytest.raises(pyjsvm.JSError) as e:
        pyjsvm.run_in_context("fib(40)", ctx, timeout=200)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    assert get_agent().depth == 0
    assert pyjsvm.run_in_context("fib(15)", ctx) == 610


def test_frames_entered_late_count_their_depth() -> None:
    # the depth a host function sees under n frames of a recursion whose base case comes first
    ctx = pyjsvm.create_context({"probe": lambda: float(get_agent().depth)})
    pyjsvm.run_in_context("""function down(n) { if (n < 0) return 0; if (n === 0) return probe(); return down(n - 1) }
        function around(n) { return down(n) }""", ctx)
    for _ in range(3):
        base = pyjsvm.run_in_context("around(0)", ctx)
        assert pyjsvm.run_in_context("around(50)", ctx) - base == 50
        assert get_agent().depth == 0
