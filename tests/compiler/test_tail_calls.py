"""Proper tail calls (sec-tail-position-calls): strict calls in tail position do not grow the stack
(syntax/tail_calls.py marks them, runtime/functions.py trampolines them), in both tiers; calls
outside tail position, in sloppy code, generators and async functions still do; what a tail call
computes is what an ordinary call computes."""
from __future__ import annotations

import pytest

from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.operations import to_string
from pyjsvm.syntax.parse import parse_script
from pyjsvm.syntax.tail_calls import mark_tail_calls
from pyjsvm.syntax.utf16 import js_string_to_python
from tests.helpers import NODE, both_tiers, emitted_function, js_str, node_str

# deeper than the engine's call depth limit (agent.max_depth, 10,500)
N = 25000

DEEP = {
    "return": "function f(n) { if (n === 0) return 'ok'; return f(n - 1); } f(N)",
    "conditional": "function f(n) { return n === 0 ? 'ok' : f(n - 1); } f(N)",
    "logical and": "function f(n) { return n === 0 || f(n - 1); } String(f(N))",
    "coalesce": "function f(n) { return n === 0 ? 'ok' : null ?? f(n - 1); } f(N)",
    "comma": "function f(n) { return n === 0 ? 'ok' : (0, f(n - 1)); } f(N)",
    "method": "var o = { m(n) { return n === 0 ? 'ok' : this.m(n - 1); } }; o.m(N)",
    "computed member": "var o = { m(n) { return n === 0 ? 'ok' : this['m'](n - 1); } }; o.m(N)",
    "callee expression": "function f(n) { function g() { return f; } return n === 0 ? 'ok' : g()(n - 1); } f(N)",
    "mutual arrows": "var even = n => n === 0 ? 'ok' : odd(n - 1), odd = n => even(n - 1); even(N)",
    "tagged template": "function f(_, n) { return n === 0 ? 'ok' : f`${n - 1}`; } f(null, N)",
    "catch": "function f(n) { try { throw 0; } catch (e) { return n === 0 ? 'ok' : f(n - 1); } } f(N)",
    "finally": "function f(n) { try { } finally { return n === 0 ? 'ok' : f(n - 1); } } f(N)",
    "catch finally": "function f(n) { try { throw 0; } catch (e) { } finally { return n === 0 ? 'ok' : f(n - 1); } } f(N)",
    "switch": "function f(n) { switch (n) { case 0: return 'ok'; default: return f(n - 1); } } f(N)",
    "loops": """function f(n) {
        for (let i = 0; i < 1; i++) { while (true) { do { l: { if (n === 0) return 'ok'; return f(n - 1); } } while (0); } }
      } f(N)""",
    "for-in": "function f(n) { for (var k in {a: 1}) { return n === 0 ? 'ok' : f(n - 1); } } f(N)",
    "static method": "class C { static m(n) { return n === 0 ? 'ok' : C.m(n - 1); } } C.m(N)",
    "eval not %eval%": "function f(n) { return n === 0 ? 'ok' : eval(n - 1); } globalThis.eval = f; f(N)",
    "parameter expressions": "function f(n, d = 1) { return n === 0 ? 'ok' : f(n - d); } f(N)",
}


@pytest.mark.parametrize("name", list(DEEP))
def test_tail_calls_do_not_grow_the_stack(name: str) -> None:
    src = '"use strict"; var N = ' + str(N) + ";\n" + DEEP[name]
    expected = "true" if name == "logical and" else "ok"
    assert both_tiers(js_str, src) == (expected, expected)


OVERFLOW = "THROW RangeError: Maximum call stack size exceeded"

NOT_TAIL = {
    "sloppy": "function f(n) { return n === 0 ? 'ok' : f(n - 1); } f(N)",
    "operand": "'use strict'; function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } f(N)",
    "logical left": "'use strict'; function f(n) { return (n !== 0 && f(n - 1)) || 'ok'; } f(N)",
    "try block": "'use strict'; function f(n) { try { return n === 0 ? 'ok' : f(n - 1); } catch (e) { throw e; } } f(N)",
    "catch with finally": """'use strict'; function f(n) {
        try { throw 0; } catch (e) { return n === 0 ? 'ok' : f(n - 1); } finally { } } f(N)""",
    "for-of": "'use strict'; function f(n) { for (var x of [1]) return n === 0 ? 'ok' : f(n - 1); } f(N)",
    "not returned": "'use strict'; function f(n) { if (n !== 0) f(n - 1); } f(N)",
    "new": "'use strict'; function F(n) { if (n !== 0) return new F(n - 1); } new F(N)",
    "optional call": "'use strict'; function f(n) { return n === 0 ? 'ok' : f?.(n - 1); } f(N)",
}


@pytest.mark.parametrize("name", list(NOT_TAIL))
def test_other_calls_still_grow_the_stack(name: str) -> None:
    src = "var N = " + str(N) + ";\n" + NOT_TAIL[name]
    if NOT_TAIL[name].startswith("'use strict'"):
        src = "'use strict'; " + src
    assert both_tiers(js_str, src) == (OVERFLOW, OVERFLOW)


def test_generators_and_async_functions_have_no_tail_calls() -> None:
    src = """'use strict';
function* g(n) { return n === 0 ? 'ok' : g(n - 1).next().value; }
var r = []; try { g(25000).next(); r.push('no overflow'); } catch (e) { r.push(e.constructor.name); }
async function a(n) { return n === 0 ? 'ok' : a(n - 1); }
a(25000).then(v => r.push(v), e => r.push(e.constructor.name));
r"""
    realm = Realm()
    out = eval_script(realm, src)
    from pyjsvm.runtime.jobs import run_jobs
    run_jobs()
    assert js_string_to_python(to_string(out)) == "RangeError,RangeError"


SEMANTICS = {
    # the callee and its this value, the arguments, the result
    "this and arguments": """function f() { return g.apply(this, arguments); }
        function g(a, b) { return [this.name, a, b, arguments.length].join(); }
        f.call({name: 'o'}, 1, 2)""",
    "primitive this": "function f() { return ''.concat.call('a', 'b'); } f()",
    "builtin callee": "function f(a) { return Math.max(a, 3); } f(7)",
    "bound callee": "function f(n) { return n === 0 ? 'ok' : g(n - 1); } var g = f.bind(null); f(100)",
    "proxy callee": """var p = new Proxy(function () {}, { apply(t, th, args) { return 'trap ' + args[0]; } });
        function f() { return p(42); } f()""",
    "not callable": "function f() { var o = {}; return o.nope(1); } try { f(); } catch (e) { e.constructor.name + ': ' + e.message }",
    "class constructor": "class C {} function f() { return C(); } try { f(); } catch (e) { e.constructor.name }",
    "construct": "function F() { return g(); } function g() { return {made: 'by g'}; } new F().made",
    "construct primitive": "function F() { this.x = 'this'; return g(); } function g() { return 5; } new F().x",
    "derived constructor": """function g() { return {from: 'g'}; }
        class B {} class D extends B { constructor() { super(); return g(); } } new D().from""",
    "derived undefined": """function g() { return undefined; }
        class B {} class D extends B { constructor() { super(); this.v = 'v'; return g(); } } new D().v""",
    "getter": "var o = { get x() { return h(2); } }; function h(n) { return n === 0 ? 'ok' : h(n - 1); } o.x",
    "callback": "function h(n) { return n === 0 ? 'ok' : h(n - 1); } [3, 4].map(h).join()",
    "throws through": "function f(n) { if (n === 0) throw new TypeError('deep'); return f(n - 1); } try { f(25000); } catch (e) { e.message }",
    "mixed depth": """function f(n) { return n === 0 ? 0 : g(n); } function g(n) { return 1 + f(n - 1); }
        try { f(100); } catch (e) { e.message }""",
}
SEMANTICS_EXPECTED = {
    "this and arguments": "o,1,2,2", "primitive this": "ab", "builtin callee": "7", "bound callee": "ok",
    "proxy callee": "trap 42", "not callable": "TypeError: o.nope is not a function", "class constructor": "TypeError",
    "construct": "by g", "construct primitive": "this", "derived constructor": "g", "derived undefined": "v",
    "getter": "ok", "callback": "ok,ok", "throws through": "deep", "mixed depth": "100",
}


@pytest.mark.parametrize("name", list(SEMANTICS))
def test_tail_calls_compute_what_calls_compute(name: str) -> None:
    src = "'use strict';\n" + SEMANTICS[name]
    assert both_tiers(js_str, src) == (SEMANTICS_EXPECTED[name],) * 2
    # the same program in sloppy code (no tail calls) agrees, except where strictness shows
    if name not in ("primitive this", "throws through"):
        assert js_str(SEMANTICS[name]) == SEMANTICS_EXPECTED[name]


def test_stack_trace_leaves_out_the_frames_tail_calls_replaced() -> None:
    """A tail call to a function with tail calls of its own replaces the caller's frame (as in
    JavaScriptCore); one to a function without (``plain``) is an ordinary call (NON-SPEC: its
    caller's frame stays, which only stack traces show)."""
    src = """'use strict';
function inner(n) { return n ? inner(n - 1) : new Error('x').stack; }
function plain() { return new Error('y').stack; }
function middle(n) { return n ? inner(2) : plain(); }
function outer(n) { var s = middle(n); return s; }
outer(1) + '\\n' + outer(0)"""
    for stack in both_tiers(js_str, src):
        lines = [ln.strip().split(" ")[1] for ln in stack.splitlines() if ln.startswith("    at ")]
        assert lines == ["inner", "outer", "<test>:6:1", "plain", "middle", "outer", "<test>:6:19"], stack


def test_marking_follows_has_call_in_tail_position() -> None:
    body = parse_script("""
        function f() {
            g0();
            if (a) return g1(); else { return x ? g2() : (y, g3()); }
            for (const k of o) return n1();
            try { return n2(); } catch (e) { return g4(); }
            try { return n3(); } catch (e) { return n4(); } finally { return g5(); }
            return n5() + 1, a && g6(), b?.(), new N6(), t`${n7()}`;
        }""").body[0].body.body
    assert mark_tail_calls(body)
    marked = set()

    def walk(node: object) -> None:
        if isinstance(node, list):
            for n in node:
                walk(n)
            return
        if not hasattr(node, "type"):
            return
        if getattr(node, "_tail_call", False):
            callee = getattr(node, "callee", None) or getattr(node, "tag", None)
            marked.add(getattr(callee, "name", None))
        for v in vars(node).values():
            if isinstance(v, list) or hasattr(v, "type"):
                walk(v)
    walk(body)
    assert marked == {"g1", "g2", "g3", "g4", "g5", "t"}


# (functions with tail calls of up to three or four parameters, called with fewer and more
# arguments than they declare, through call sites, call/apply and callbacks; one with an
# arguments object and one with a rest parameter beside them)
ARITY_CASE = """'use strict';
function id(x) { return x; }
function one(a) { return id(a); }
function three(a, b, c) { return id([a, b, c].join('/')); }
function four(a, b, c, d) { return id([a, b, c, d].join('/')); }
function args() { return id(arguments.length + ':' + Array.prototype.join.call(arguments, '/')); }
function rest(a, ...r) { return id(a + ':' + r.join('/')); }
var out = [];
for (var i = 0; i < 6; i++) {
  out.push(one(), one(1), one(1, 2, 3, 4, 5, 6), three(1), three(1, 2, 3), three(1, 2, 3, 4, 5), four(1, 2),
           four(1, 2, 3, 4, 5, 6), args(), args(1, 2, 3, 4), rest(1), rest(1, 2, 3, 4, 5),
           three.call(null, 7, 8, 9, 10), four.apply(null, [1, 2, 3, 4, 5]), [1, 2].map(three).join(';'));
}
out.join()"""


def test_tail_call_entries_take_positional_arguments() -> None:
    on, off = both_tiers(js_str, ARITY_CASE)
    assert on == off
    if NODE is not None:
        assert on == node_str(ARITY_CASE)
    # (an emitted body with tail calls and three or four parameters keeps a positional entry)
    f = emitted_function("'use strict'; function id(x) { return x; } function f(a, b) { return id(a); }"
                         "function g(a, b, c, d) { return id(d); } for (var i = 0; i < 3; i++) { f(1); g(1) }", "f")
    assert f.code.tail_entry is not None and f.code.direct_n == 3
    g = f.realm.global_object.get("g", f.realm.global_object)
    assert g.code.tail_entry is not None and g.code.direct_n == 4
