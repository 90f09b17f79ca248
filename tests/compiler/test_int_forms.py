"""Trees of integer operators computed on Python ints (emit.py FunctionEmitter.int_binary and
``~``): where both operands of ``| & ^ << >> >>> + - *`` are integral Numbers (int32 locals
that compiler/number_types.py proves, constants, the results of other such operators), the
emitted code keeps the intermediate results as ints and makes one float where the value is
used as a Number. Hypothesis-made loops over int32 / uint32 locals and arguments that are
anything (0x7fffffff, -0x80000000, 0xffffffff, fractions, -0, NaN, strings, undefined) after
a warm-up with ints, in a plain function and in a generator, on both tiers and against node;
and the emitted text of a hash step, whose conversions are counted."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from tests.helpers import NODE, both_tiers, emitted_function, js_str, node_str

SHOW = """
function show(v) {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  return String(v);
}
function guard(f) { try { return f(); } catch (e) { return 'throws ' + e.name; } }
"""

ARGS = ["5, 7, 9", "0x7fffffff, -0x80000000, 0xffffffff", "-1, 1.5, -0", "NaN, '3', undefined",
        "0x12345678, -0x789abcd, 123456789", "-0x80000000, 0x7fffffff, -1", "1n, 2n, 3n",
        "{valueOf() { return 6; }}, '0x10', 2.5"]
_NAMES = ["x", "y", "z", "w", "p", "q", "A[i]", "A[i + 1]", "A[3]"]
_LEAVES = ["0", "1", "5", "31", "32", "0x7fffffff", "(-0x80000000)", "0xffffffff", "0xff", "1.5", "(-0)",
           "NaN", "'3'", "undefined", "0x100000000", "(-7)"]
_OPS = ["|", "&", "^", "<<", ">>", ">>>", "+", "-", "*"]


def _exprs() -> st.SearchStrategy[str]:
    leaf = st.one_of(st.sampled_from(_NAMES), st.sampled_from(_NAMES), st.sampled_from(_LEAVES))
    return st.recursive(leaf, lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(_OPS), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(st.sampled_from(["~", "-", "+"]), inner).map(lambda t: f"({t[0]}{t[1]})"),
    ), max_leaves=8)


def _stmt(out: str) -> st.SearchStrategy[str]:
    return st.one_of(
        _exprs().map(lambda e: f"x = {e} | 0;"),
        _exprs().map(lambda e: f"y = ({e}) ^ y;"),
        _exprs().map(lambda e: f"z = {e} >>> 0;"),
        _exprs().map(lambda e: f"w = ({e}) & 0xffff;"),
        _exprs().map(lambda e: f"x ^= {e};"),
        _exprs().map(out.format),
    )


def _body(out: str) -> st.SearchStrategy[str]:
    return st.lists(_stmt(out), min_size=1, max_size=5).map(" ".join)


def _program(plain: str, gen: str) -> str:
    # (A's elements are anything: BigInts among them; x, y, z, w are Numbers)
    head = ("var A = [p, q, r, -1, p, q], x = typeof p === 'bigint' ? 1 : p | 0, y = typeof q === 'bigint' ? 2 : q ^ 0, "
            "z = typeof r === 'bigint' ? 3 : r >>> 0, w = typeof p === 'bigint' ? 4 : (p >>> 3) & 0xff, out = [];")
    calls = "; ".join(f"f({a}); f({a})" for a in ARGS[:1] * 3)
    results = " + ' | ' + ".join(f"guard(() => show(f({a}))) + guard(() => show([...g({a})]))" for a in ARGS)
    return (SHOW + f"function f(p, q, r) {{ {head} for (var i = 0; i < 3; i++) {{ {plain} }} "
            "out.push(x, y, z, w); return out; }\n"
            f"function* g(p, q, r) {{ {head} for (var i = 0; i < 3; i++) {{ {gen} }} yield x; yield y; yield z; }}\n"
            f"{calls};\n{results}")


_programs = st.tuples(_body("out.push({});"), _body("yield {};")).map(lambda t: _program(*t))


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(_programs)
def test_int_trees_both_tiers(src: str) -> None:
    on, off = both_tiers(js_str, src)
    assert on == off
    assert not on.startswith("THROW")


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None,
          phases=[Phase.explicit, Phase.generate])  # (shrinking through node runs takes minutes)
@given(_programs)
def test_int_trees_node(src: str) -> None:
    assert both_tiers(js_str, src)[0] == node_str(src)


CORNERS = """
function f(a, b) {
  var x = a | 0, y = b | 0, u = a >>> 0, m = a * 1, r = [];
  for (var i = 0; i < 2; i++) {
    r.push(x + y, x - y, x * y, x * 3, (x * 3) | 0, (u + u) | 0, u + u, (u + u) >>> 0, x - x, 0 * x,
           x * 0, (x - y) * 2, ~(x + y), ~u, (x + y) >> 1, (x + y) >>> 1, (u << 1) >> 1, u >> 0,
           u & x, u | y, u ^ 0xffffffff, (x * 0x7fffffff) | 0, (x * y * x) | 0, x * y * x,
           (x + 0.5) | 0, (u * u) | 0, u * u, (x << y) + (x >>> y), '' + (x & y), typeof (x ^ y),
           Object.is(x * 0, -0), x * -1, (x - y) * -1, 1 / ((x & 0) * -1), (x << 31) * 2,
           ((x ^ y) * 0x7fffffff) | 0, (x ^ y) * (y | 1), x * y + (u & 1), (x * y + (u & 1)) | 0,
           ((x & y) * (x | y) * (x ^ y)) | 0, (u * 0x100001) >>> 0, ((u >>> 0) * 0x100001) | 0,
           ((m & 0x3fff) << 14) + (m >>> 3), (m ^ x) + (m >> 2), ((m >>> 1) + (m >>> 0)) | 0, (m << 3) - (m >>> 31));
    x = (x * 31 + y) | 0; y = y ^ (x << 7); u = (u + x) >>> 0;
  }
  return r;
}
var o = [];
var vals = [0, 1, -1, 2, 0x7fffffff, -0x80000000, 0xffffffff, 46341, -46341, 123456789, 65535, -0, 1.5, NaN, 'x',
            1099511627781, 1e20, -Infinity, -4294967297.5];
for (var i = 0; i < vals.length; i++) for (var j = 0; j < vals.length; j += 2) o.push(show(f(vals[i], vals[j])));
o.join(' ')
"""


ORDER = """
var log = [];
function v(n, x) { return { valueOf: function () { log.push('v' + n); return x; } }; }
var o = {};
['a', 'b', 'c', 'd'].forEach(function (k) {
  Object.defineProperty(o, k, { get: function () { log.push('g' + k); return this['_' + k]; } });
});
function f(o) { return [o.a ^ o.b ^ o.c ^ o.d, (o.a & o.b) << (o.c | o.d), (o.a ^ o.b) >>> 2 ^ o.c, o.a >> (o.b ^ o.c),
                        ((o.a | o.b) >>> 0) & o.c, 5 ^ (o.a ^ o.b), ~(o.a ^ o.b) | o.c, ~o.a & o.b, o.c ^ ~~o.d]; }
var sets = [[1, 2, 3, 4], [v(1, 5), 2, v(3, 7), 4], [1n, 2n, 3n, 4n], [1, 2n, 3, 4], [1n, 2n, 3, 4], ['8', null, undefined, true],
  [1.5, -2.5, 4294967297, 1e20], [NaN, Infinity, -0, 2147483648], [Symbol(), 1, 2, 3], [1, 2, 3, Symbol()],
  [v(1, 1n), v(2, 2n), v(3, 3n), v(4, 4n)], [0x7fffffff, -0x80000000, 0xffffffff, 31], [-1, 0, -1, 0], [-8, 1, -3, 2],
  [1, 2, 3n, 4], [1, 2, 3, 4n]];
var out = [];
for (var r = 0; r < 3; r++) for (var s = 0; s < sets.length; s++) {
  o._a = sets[s][0]; o._b = sets[s][1]; o._c = sets[s][2]; o._d = sets[s][3];
  log = [];
  try { out.push(String(f(o))); } catch (e) { out.push(e.name); }
  out.push(log.join(''));
}
out.join(' ')
"""


def test_chains_of_unknown_operands_keep_order_and_types() -> None:
    """Chains of bitwise operators over property reads (getters logging) of Numbers, BigInts,
    objects with valueOf, Symbols: the same results, errors and order of reads and conversions
    as node, after the body is emitted (33 calls)."""
    on, off = both_tiers(js_str, ORDER)
    assert on == off
    assert not on.startswith("THROW")
    if NODE is not None:
        assert on == node_str(ORDER)


def test_corners_both_tiers_and_node() -> None:
    src = SHOW + CORNERS
    on, off = both_tiers(js_str, src)
    assert on == off
    assert not on.startswith("THROW")
    if NODE is not None:
        assert on == node_str(src)


HASH_STEP = """
function f(n) {
  var x = 0, y = 1;
  for (var i = 0; i < n; i++) {
    x = (x ^ (y << 5)) + ((y >>> 3) & 0xff) | 0;
  }
  return x;
}
f(3);
"""


def test_hash_step_converts_once() -> None:
    """``x = (x ^ (y << 5)) + ((y >>> 3) & 0xff) | 0`` of int32 locals: one float of the result,
    one int of each read (before the ints were kept: 6 ``_trunc`` and 5 ``float`` in the line,
    with a range test of each intermediate float)."""
    text = emitted_function(HASH_STEP, "f").code.emitted
    lines = [ln for ln in text.splitlines() if "<< 5" in ln]
    assert lines
    for ln in lines:
        assert ln.count("_trunc(") == 3, ln
        assert ln.count("float(") == 1, ln
        assert ln.count("2147483648.0") == 0, ln   # (no float range tests)


def test_a_chain_past_the_int32_range_takes_the_full_operation_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``(a[i & 3] & a[4]) ^ a[5] ^ a[6]`` with ``a[4]`` past the int32 range: the ``&`` takes the full
    operation on every iteration; its Number result gives the ``^`` operators their int (see
    _int_or_value), so they do not take it too."""
    from pyjsvm.compiler import emit
    calls: list[object] = []
    real = emit._BASE_NAMESPACE["_binop"]

    def counting(*args: object) -> object:
        calls.append(args[0])
        return real(*args)

    monkeypatch.setitem(emit._BASE_NAMESPACE, "_binop", counting)
    src = ("function chain(a) { var s = 0; for (var i = 0; i < 50; i++) s += (a[i & 3] & a[4]) ^ a[5] ^ a[6]; return s; }"
           "chain([4294967297, -1, 2, 3, 4294967295, 5, 6])")
    old = emit.set_enabled(True)
    try:
        got = js_str(src)
    finally:
        emit.set_enabled(old)
    if NODE is not None:
        assert got == node_str(src)
    assert len(calls) == 50
