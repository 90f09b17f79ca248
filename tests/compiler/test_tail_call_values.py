"""A call in tail position (syntax/tail_calls.py) returns a TailCall (runtime/functions.py) only
to a trampoline: no JS code ever sees one as a value. Strict functions with tail calls whose
value is used by a call outside tail position -- of the function itself (the emitted body's
self-call, compiler/emit.py), in array and object literals, typeof, arithmetic, arguments,
templates, ``this.m()`` in a class method, ``call``/``apply``/bound functions, constructors,
getters, generators -- give node's values on both tiers, on the cold tier before and after it
tiers up, with bodies compiled on first call or with their enclosing code; and the
header of a body compiled on first call decides on tail calls as its compilation does (a
top-level ``using`` declaration)."""
from __future__ import annotations

from typing import Iterator

import pytest

from pyjsvm.compiler import emit
from pyjsvm.compiler.functions import set_deferred_compilation
from tests.helpers import NODE, js_str, node_str

# the calls of each program's function: past the cold tier's swap (emit.TIER_UP_CALLS)
ROUNDS = 2 * emit.TIER_UP_CALLS + 2

# functions with tail calls of their own (b's call of a is one, so b's callers get a TailCall)
PRELUDE = """'use strict';
function a(x) { return x; }
function b(x) { return a(x); }
function rounds(fn) {
  var r = [];
  for (var i = 0; i < ROUNDS; i++) r.push(JSON.stringify(fn()));
  return r.join(' ');
}
""".replace("ROUNDS", str(ROUNDS))

PROGRAMS = {
    # the shapes of the report: the self-call's value leaked from the K+1-th call on
    "array literal": ("function f(n) { if (n) return b(1); return [f(1)]; } rounds(() => f(0))", "[1]"),
    "array literal, loop": ("function g(i) { if (i) return b(i); for (;;) return [g(1)]; } rounds(() => g(0))", "[1]"),
    "typeof": ("function f(n) { if (n) return b(1); return typeof f(1); } rounds(() => f(0))", '"number"'),
    "addition": ("function f(n) { if (n) return b(1); return f(1) + 1; } rounds(() => f(0))", "2"),
    "object literal": ("function f(n) { if (n) return b(1); return {v: f(1)}; } rounds(() => f(0))", '{"v":1}'),
    "argument": ("function f(n) { if (n) return b(n); return [a(f(2)), Math.max(f(3), 0)]; } rounds(() => f(0))",
                 "[2,3]"),
    "template": ("function f(n) { if (n) return b(3); return `${f(1)}!`; } rounds(() => f(0))", '"3!"'),
    "local": ("function f(n) { if (n) return b(4); const x = f(1); return x * 2; } rounds(() => f(0))", "8"),
    "unary": ("function f(n) { if (n) return b(2); return [-f(1), !f(1), void f(1)]; } rounds(() => f(0))",
              "[-2,false,null]"),
    "comparison": ("function f(n) { if (n) return b(5); return [f(1) === 5, f(1) == 5]; } rounds(() => f(0))",
                   "[true,true]"),
    "condition": ("function f(n) { if (n) return b(0); if (f(1)) return 'y'; return f(1) ? 'y' : 'n'; } "
                  "rounds(() => f(0))", '"n"'),
    "Number parameter": ("function f(n) { if (n > 0) return b(n); return [f(n + 1) * 1.5, f(2)]; } rounds(() => f(0))",
                         "[1.5,2]"),
    "two arguments": ("function f(n, m) { if (n) return b(m); return [f(1, 7), f(1, 8)]; } rounds(() => f(0, 0))",
                      "[7,8]"),
    "rest parameter": ("function f(...r) { if (r[0]) return b(r[0]); return [f(9)]; } rounds(() => f(0))", "[9]"),
    "spread argument": ("function f(n) { if (n) return b(10); return [f(...[1])]; } rounds(() => f(0))", "[10]"),
    "self tail call": ("function f(n) { if (n) return n > 1 ? b(11) : f(n + 1); return [f(1)]; } rounds(() => f(0))",
                       "[11]"),
    "finally": ("function f(n) { try { if (n) return 1; } finally { if (n) return b(12); } return [f(1)]; } "
                "rounds(() => f(0))", "[12]"),
    "direct eval": ("function f(n) { if (n) return b(13); return [eval('f(1)')]; } rounds(() => f(0))", "[13]"),
    "arrow": ("const f = n => n ? b(14) : [f(1)]; rounds(() => f(0))", "[14]"),
    "callback": ("function f(n) { if (n) return b(15); return [1, 2].map(x => f(1) + x); } rounds(() => f(0))",
                 "[16,17]"),
    "class method": ("class C { m(n) { if (n) return b(16); return [this.m(1)]; } } rounds(() => new C().m(0))",
                     "[16]"),
    "static method": ("class C { static s(n) { if (n) return b(17); return [C.s(1)]; } } rounds(() => C.s(0))",
                      "[17]"),
    "object method": ("const o = { m(n) { if (n) return b(18); return [this.m(1), o.m(1)]; } }; rounds(() => o.m(0))",
                      "[18,18]"),
    "getter": ("class C { get g() { return b(19); } } rounds(() => [new C().g, typeof new C().g])",
               '[19,"number"]'),
    "call, apply, bind": ("function f(n) { if (n) return b(20); return [f.call(null, 1), f.apply(null, [1]), "
                          "f.bind(null, 1)(), Reflect.apply(f, null, [1])]; } rounds(() => f(0))",
                          "[20,20,20,20]"),
    "constructor": ("function K(n) { return b({n}); } class D { constructor(n) { return b({n}); } } "
                    "rounds(() => [new K(1), new D(2), Reflect.construct(K, [3])])",
                    '[{"n":1},{"n":2},{"n":3}]'),
    "constructor without an object": ("function K(n) { this.n = n; return b(n); } rounds(() => new K(4))",
                                      '{"n":4}'),
    "generator": ("function f(n) { if (n) return b(21); return [f(1)]; } "
                  "function* gen() { yield f(0); yield b(22); yield typeof b(23); } rounds(() => [...gen()])",
                  '[[21],22,"number"]'),
    "tagged template": ("function t(s, n) { if (n) return b(24); return [t`${1}`]; } rounds(() => t(null, 0))",
                        "[24]"),
    "mutual recursion": ("function even(n) { return n === 0 ? true : odd(n - 1); } "
                         "function odd(n) { return n === 0 ? false : even(n - 1); } "
                         "rounds(() => [even(10), typeof odd(7), odd(3) + 1])", '[true,"boolean",2]'),
}

# a top-level ``using`` declaration: the header of a body compiled on first call decided on
# tail calls as its compilation does (before, it marked ``b(x)`` while the body's entries were
# not made to resolve its TailCall); node has no ``using`` yet
USING = ("function f(x) { if (x) return b(x); using y = null; return 0; } "
         "rounds(() => [f(1), typeof f(2), f(0)])", '[1,"number",0]')


def expected(value: str) -> str:
    return " ".join([value] * ROUNDS)


@pytest.fixture(params=["tiered", "emit", "closure"])
def mode(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each tier: 'tiered' (cold bodies tier up after emit.TIER_UP_CALLS calls, a body with a
    loop emitted at once), every plain body emitted, none."""
    old = emit.set_mode(request.param)
    try:
        yield request.param
    finally:
        emit.set_mode(old)


@pytest.fixture(params=[True, False], ids=["deferred", "eager"])
def deferral(request: pytest.FixtureRequest) -> Iterator[bool]:
    """Function bodies compiled on their first call (the default) or with their enclosing code."""
    old = set_deferred_compilation(request.param)
    try:
        yield request.param
    finally:
        set_deferred_compilation(old)


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_no_tail_call_is_seen_as_a_value(name: str, mode: str, deferral: bool) -> None:
    src, value = PROGRAMS[name]
    assert js_str(PRELUDE + src) == expected(value)


def test_a_top_level_using_declaration_leaves_no_tail_call(mode: str, deferral: bool) -> None:
    src, value = USING
    assert js_str(PRELUDE + src) == expected(value)


@pytest.mark.skipif(NODE is None, reason="node not on PATH")
@pytest.mark.parametrize("name", list(PROGRAMS))
def test_node_agrees(name: str) -> None:
    src, value = PROGRAMS[name]
    assert node_str(PRELUDE + src) == expected(value)


# a body with tail calls that calls itself outside tail position keeps its own tail calls
# proper: deeper than the engine's call depth limit (agent.max_depth, 10,500)
DEEP = """'use strict';
function down(n) { if (n === 0) return 'ok'; for (;;) return down(n - 1); }
function f(n) { if (n) return down(25000); return [f(1), f(2)]; }
function g(n) { return n ? down(25000) : [g(1), typeof g(1)]; }
JSON.stringify([f(0), g(0), f(0), g(0), f(0), g(0), f(0), g(0), f(0), g(0), f(0)])"""


def test_tail_calls_stay_proper_beside_self_calls(mode: str) -> None:
    assert js_str(DEEP) == ('[["ok","ok"],["ok","string"],["ok","ok"],["ok","string"],["ok","ok"],'
                            '["ok","string"],["ok","ok"],["ok","string"],["ok","ok"],["ok","string"],["ok","ok"]]')
