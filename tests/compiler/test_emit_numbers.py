"""Known-Number (and int32) locals in the emitting tier (compiler/number_types.py, emit.py
binary/unary/update): programs where a local is a Number on some paths and not on others, and the corner
values of Number arithmetic, run on both tiers and in node; hypothesis-made programs compared
the same way."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from pyjsvm.compiler import number_types
from pyjsvm.syntax.parse import parse_script
from tests.helpers import NODE, both_tiers, js_str, node_str

# every value shown so that -0, NaN, strings and BigInts differ
SHOW = """
function show(v) {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'bigint') return v + 'n';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  return typeof v === 'function' ? 'function' : String(v);
}
function guard(f) { try { return f(); } catch (e) { return 'throws ' + e.name; } }
"""

CASES = {
    "negative_zero": """
        var z = 0, m = -z, one = 1;
        var r = [m, m * 1, m + 0, m - 0, 0 * -1, m * -1, 1 / m, m | 0, m % 5, -0 % 5, 5 % m, -5 % 5,
                 m === 0, m == 0, m < 0, m <= 0, -m, ~m, m >> 0, m >>> 0, m / 1, -one * 0];
        var w = 0; w = w * -1; r.push(w, w + m, m + w, w - 0, 0 - w);
        return r;""",
    "nan_infinity": """
        var n = 0 / 0, i = 1 / 0, j = -i, x = 3;
        return [n < 1, n >= 1, n > n, n === n, n !== n, n == n, n != n, i - i, i + j, i % 2, 2 % i,
                j % 3, -2 % i, i | 0, n | 0, i >>> 0, n << 2, j >> 1, i * 0, x / i, i / i, n % 0,
                i * -1, x - i, i < i, i <= i, j < i, ~n, ~i, -n, i ** 0, n ** 0, 2 ** i, (-8) ** (1 / 3)];""",
    "int32_overflow": """
        var x = 2147483647, y = -2147483648, big = 4294967296, r = [];
        for (var k = 0; k < 3; k++) {
            r.push(x + k | 0, (x + k) >> 0, (x + k) << 1, (y - k) | 0, (y - k) >>> 0, (big + k) | 0,
                   (big + k) >>> 0, (-1 - k) >>> 0, 1e20 + k | 0, (x + k) ^ y, (x + k) & y,
                   x << 33 + k, 1 << -1 - k, 1 >>> 32 + k, -1 >> 31 + k, (2.5 + k) | 0, (-2.5 - k) | 0,
                   (x + k) * (x + k) | 0, ~(x + k), ~(big + k), 4294967295.5 + k | 0);
        }
        var c = 2147483647 | 0; c++; r.push(c | 0, c ^ 0, c >> 0, c << 0, c);
        var d = -2147483648 | 0; d--; r.push(d | 0, d >> 0, d);
        var e = 0 | 0; e = -e; r.push(e | 0, e, 1 / e);
        var f = 2147483647 ^ 0; f += 1; r.push(f | 0, f);
        var g = ~0; g = g * g * 2147483648; r.push(g | 0, g >> 1);
        var h = 1 << 30; h = h + h; r.push(h | 0, h, h >>> 0, h << 0);
        return r;""",
    "remainder": """
        var r = [], vals = [7, -7, 0, -0, 2.5, -2.5, 1 / 0, -1 / 0, 0 / 0, 3, -3, 1e300, 5e-324];
        for (var i = 0; i < vals.length; i++) {
            for (var j = 0; j < vals.length; j++) {
                var a = vals[i] * 1, b = vals[j] * 1;
                r.push(a % b, a % 3, a % -3, 7 % b, a % 0, a % 1009, a % 2.5);
            }
        }
        return r;""",
    "division": """
        var r = [], z = 0, vals = [1, -1, 0, -0, 0 / 0, 1 / 0, 1e308, 5e-324];
        for (var i = 0; i < vals.length; i++) {
            var a = +vals[i];
            r.push(a / 0, a / -0, a / z, a / -z, -a / 0, a / 8, a / 1e-308, 0 / a, a / a);
        }
        return r;""",
    "number_becomes_string": """
        var s = 0, r = [];
        for (var i = 0; i < 6; i++) {
            s = s + i;
            if (i === 3) s = s + '';
            r.push(s, s - 1, s * 2, s + 1, s < 20, s | 0, -s, +s);
        }
        var t = 1; t = t + 'x'; r.push(t + 1, t * 1);
        var u = 5; for (var k = 0; k < 3; k++) { r.push(u + 1); u = 'u' + k; }
        return r;""",
    "number_becomes_bigint": """
        var r = [];
        for (var i = 0; i < 4; i++) {
            var x = 1;
            if (i % 2) x = 1n;
            r.push(x + x, x * x, -x, x++, x, guard(function () { return x - 1; }));
            var y = x;
            r.push(typeof y, guard(function () { return y | 0; }), guard(function () { return y >>> 0; }),
                   guard(function () { return +y; }), y ** y);
        }
        var b = 2n; b = b * b; b++; --b; r.push(b, -b, ~b, b << 2n);
        var p = 5n, q = 2n, d = p - q, m = -p, w = ~q, e = p ** q;
        r.push(d + d, m + m, w + w, e + e, d * d < m, p % q + q, p / q + q, (p & q) + q);
        return r;""",
    "var_read_before_assignment_in_loops": """
        var r = [];
        for (var i = 0; i < 3; i++) {
            if (i > 0) r.push(y + 1, y * 2, y | 0);
            r.push(w + 1, w * 1);
            var y = i * 2;
            var w;
            w = i;
        }
        var t, n = 0;
        while (n < 3) { r.push(t + 1, t - 1, t < 1); t = n * 3; n++; }
        do { r.push(q + 1); var q = 1; } while (false);
        return r;""",
    "assignments_in_conditions": """
        var r = [], x = 1, y = 2, c = 0;
        if ((x = 'a') && c) {}
        r.push(x + 1);
        x = 3; c && (x = 's'); r.push(x + 1);
        c = 1; c && (x = 's'); r.push(x + 1);
        x = 4; y = c ? 1 : 's'; r.push(y + 1);
        x = 5; r.push((x = 2) + (x = 's'), x + 1);
        x = 6; r.push(x + (x = 's', 1), x + 1);
        x = 7; y = x || 'z'; r.push(y + 1);
        x = 0; y = x || 'z'; r.push(y + 1);
        x = 8; y = (c ? x : 'q') + 1; r.push(y);
        x = 9; while ((x = x - 4) > 0) r.push(x * 2);
        x = 10; for (var k = 0; (x = k < 2 ? k : 'end') !== 'end'; k++) r.push(x + 1);
        r.push(x + 1);
        x = 11; y = null; y ?? (x = 's'); r.push(x + 1);
        return r;""",
    "try_catch_finally": """
        var r = [], x = 1;
        try { x = 's'; throw 0; } catch (e) { r.push(x + 1, e + 1); }
        x = 2;
        for (;;) { try { break; } finally { x = 's'; } }
        r.push(x + 1);
        x = 3;
        try { try { x = 'a'; null.f(); } finally { r.push(x + 1); } } catch (e) { r.push(x + 2); }
        x = 4;
        function thrower() { throw 1; }
        try { x = x + 1; thrower(); x = 'never'; } catch (e) { r.push(x + 1); }
        x = 5;
        out: for (var i = 0; i < 2; i++) { try { continue out; } finally { x = 'f' + i; } }
        r.push(x + 1);
        x = 6;
        var g = function () { try { x = 'g'; return 1; } finally { x = x + 1; } };
        r.push(g(), x + 1);
        var y = 7;
        try { y = y * 2; } catch (e) { y = 'c'; } finally { r.push(y + 1); }
        r.push(y + 1);
        try { y = 'z'; } finally { y = 8; }
        r.push(y + 1);
        return r;""",
    "labelled_continue_and_break": """
        var r = [], x = 0;
        outer: for (var i = 0; i < 3; i++) {
            for (var j = 0; j < 3; j++) {
                if (j === 1) { x = 's' + i; continue outer; }
                x = j;
                r.push(x + 1);
            }
        }
        r.push(x + 1);
        x = 1;
        blk: { if (r.length) { x = 'b'; break blk; } x = 2; }
        r.push(x + 1);
        x = 1;
        lp: while (true) { do { x = 'd'; break lp; } while (true); }
        r.push(x + 1);
        return r;""",
    "switch_fall_through": """
        var r = [];
        for (var k = 0; k < 4; k++) {
            var x = 1;
            switch (k) {
                case 1: x = 's';
                case 2: r.push(x + 1); break;
                case (x = 'test', 3): r.push(x + 1);
                default: r.push(x + 2); x = 2;
            }
            r.push(x + 1);
        }
        var y = 1;
        switch (y) { case 1: y = 'a'; }
        r.push(y + 1);
        return r;""",
    "closures_capture": """
        var r = [], x = 1;
        function g() { x = 's'; }
        g(); r.push(x + 1);
        var y = 1, set = function (v) { y = v; };
        for (var i = 0; i < 3; i++) { r.push(y + 1); set('y' + i); }
        var z = 1, h = () => { z = 'z'; };
        z = z + 1; h(); r.push(z + 1);
        return r;""",
    "for_in_of_keys": """
        var r = [], k = 0, v = 0;
        for (k in { a: 1, b: 2 }) r.push(k + 1);
        r.push(k + 1);
        for (v of [1, 'x', 2n]) r.push(typeof (v + v));
        var i = 0;
        for (i in [5, 6]) r.push(i + 1);
        r.push(i + 1);
        return r;""",
    "update_and_compound": """
        var r = [], s = '5';
        s++; r.push(s, s + 1);
        var u; u++; r.push(u);
        var n = null; n--; r.push(n);
        var x = 5; x += '1'; r.push(x, x - 1); x -= 1; r.push(x + 1);
        var a = 1; a *= 'x'; r.push(a); a = 2; a **= 10; a |= 1; a <<= 2; a >>>= 1; a ^= 3; a &= 255; a %= 7;
        r.push(a, a + 1);
        var p = 1, q = p++ + p++; r.push(p, q, p-- - --p, p);
        var t = 1.5; t++; ++t; t--; r.push(t, t++ * 2, t);
        var c = 2147483647; c++; r.push(c | 0, c);
        var y = 1; y += (y = 10); r.push(y); y -= (y = 'a', 1); r.push(y); y *= y++ + (y = 3); r.push(y);
        y = 2; y = y + y * (y = 5) + y; r.push(y); y = 2; y = (y = 's', y) + y; r.push(y);
        return r;""",
    "unary": """
        var s = '3', x = 4, r = [];
        r.push(+s + 1, -s, ~s, -x, +x, ~x, -(-x), - -0, -(x - x), +'', +[], +'0x10', -'-0');
        var o = { valueOf: function () { return 7; } };
        r.push(+o, -o, ~o, o * 1, o - 0, o | 0, o + 1);
        return r;""",
    "generators_and_yield": """
        function* gen() { var x = 1; while (x < 100) { var got = yield x; x = x * 2 + (got ? 0 : 1); } return x + 1; }
        var r = [], it = gen(), s = it.next();
        while (!s.done) { r.push(s.value); s = it.next(r.length % 2 ? 'a' : 0); }
        r.push(s.value);
        return r;""",
    "tdz_block_lets": """
        var r = [];
        for (var i = 0; i < 3; i++) {
            r.push(guard(function () { return typeof tdz; }));
            { let a = i * 2; a = a + 1; r.push(a, a | 0); }
            { let a = 'q'; r.push(a + 1); }
            let b = i; b += 1; r.push(b * 2);
        }
        try { (function () { t + 1; let t = 1; })(); } catch (e) { r.push(e.name); }
        return r;""",
    "mapped_arguments_and_own_name": """
        var r = [];
        function f(a) { a = 1; arguments[0] = 's'; return a + 1; }
        r.push(f(0));
        function g(a) { var x = 1; x = x + (arguments.length, arguments[0]); x += arguments[0]; arguments = 2;
                        x = arguments * x + (arguments = 3) + arguments; return [x, a]; }
        r.push(g(5), g('s'));
        var g = function h() { h = 1; return typeof h; };
        r.push(g());
        const c = 1;
        try { c = 's'; } catch (e) { r.push(e.name); }
        r.push(c + 1);
        return r;""",
    "destructuring_and_logical_assignment": """
        var r = [], x = 1, y = 2;
        [x] = ['s']; r.push(x + 1);
        x = 3; ({ a: x = 5 } = {}); r.push(x + 1);
        x = 4; ({ a: x = 5 } = { a: 'a' }); r.push(x + 1);
        x = 5; [y = (x = 's')] = []; r.push(x + 1, y + 1);
        x = 6; [y = (x = 's')] = [1]; r.push(x + 1, y + 1);
        x = 0; x ||= 's'; r.push(x + 1);
        x = 1; x &&= 's'; r.push(x + 1);
        x = 2; x ??= 's'; r.push(x + 1);
        x = 3; x &&= 4; r.push(x + 1);
        var o = null; x = 7; o?.f(x = 's'); r.push(x + 1);
        o = { f: function (v) { return v; } }; x = 8; o?.f(x = 's'); r.push(x + 1);
        x = 's'; o = null; o?.f(x = 9); r.push(x + 1);
        x = 's'; o?.[x = 9]; r.push(x + 1);
        return r;""",
    "comparisons_and_equality": """
        var r = [], vals = [0, -0, 1, -1, 0.5, 0 / 0, 1 / 0, -1 / 0, 2147483648];
        for (var i = 0; i < vals.length; i++) {
            for (var j = 0; j < vals.length; j++) {
                var a = vals[i] - 0, b = vals[j] * 1;
                r.push(a < b, a <= b, a > b, a >= b, a === b, a !== b, a == b, a != b, a === 0, a == '0');
            }
        }
        return r;""",
    "truthiness_and_equality_with_one_number": """
        var r = [], vals = [0, -0, 1, 0 / 0, '', '0', '1', 1n, 0n, null, undefined, true, false, [], [0], {}];
        for (var i = 0; i < vals.length; i++) {
            var v = vals[i], z = 0, one = 1, nan = 0 / 0, m = -z;
            r.push(v === z, z === v, v !== one, v == z, z == v, v != one, one == v, v == nan, m === v, v == m);
            r.push(z ? 1 : 2, m ? 1 : 2, nan ? 1 : 2, one ? 1 : 2, (z | 0) ? 1 : 2, (one & 1) ? 1 : 2, !nan, !m);
            switch (v) { case z: r.push('zero'); break; case one: r.push('one'); break; default: r.push('other'); }
            switch (one) { case v: r.push('v'); break; case 1: r.push('lit'); }
        }
        var n = 3; while (n--) r.push(n);
        var f = 2.5; while (f) { f = f > 1 ? f - 1 : 0; r.push(f); }
        return r;""",
    "string_concatenation_with_numbers": """
        var r = [], s = 'a', n = 1;
        for (var i = 0; i < 3; i++) { n = n + i; s = s + n; r.push(s, n + s, n + 1 + s); }
        return r;""",
}


def _program(body: str) -> str:
    return SHOW + "show((function () {" + body + "})());"


def _both_tiers(src: str) -> tuple[str, str]:
    return both_tiers(js_str, src)  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", sorted(CASES))
def test_both_tiers_agree(name: str) -> None:
    on, off = _both_tiers(_program(CASES[name]))
    assert on == off
    assert not on.startswith("THROW")


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", sorted(CASES))
def test_same_as_node(name: str) -> None:
    src = _program(CASES[name])
    assert _both_tiers(src)[0] == node_str(src)


def _reads(body: str) -> set[str]:
    """The names the pass knows to be Numbers at their last read in ``function f() {body}``."""
    fn = parse_script("function f() {" + body + "}").body[0]
    last: dict[str, tuple[int, int]] = {}
    stack = [fn.body]
    while stack:
        n = stack.pop()
        if n.type == "Identifier" and n.range[0] > last.get(n.name, (-1, 0))[0]:
            last[n.name] = (n.range[0], id(n))
        stack.extend(c for c in number_types.children(n) if c.type not in number_types._FUNCTIONS)
    declared = {"x", "y", "i", "s", "b"}
    nl = number_types.NumberLocals(fn.body.body, declared, declared, set())
    return {name for name, (_, i) in last.items() if i in nl.reads}


@pytest.mark.parametrize("body, known, unknown", [
    ("var x = 1; var y = x + 1; return y * x;", {"x", "y"}, set()),
    ("var x; while (x < 3) x = 1; return x;", set(), {"x"}),
    ("var x = 1; for (var i = 0; i < 3; i++) { x = x + i; } return x + i;", {"x", "i"}, set()),
    ("var x = 1; for (var i = 0; i < 3; i++) { s = x; x = 'a'; } return x;", set(), {"x"}),
    ("var x = 1, s = f(); x = s; return x + 1;", set(), {"x", "s"}),
    ("var x = 1; x = x.length; return x;", set(), {"x"}),
    ("var x = 1; x = b(); return x;", set(), {"x"}),
    ("var x = 1; x = b; return x;", set(), {"x"}),
    ("var x = 1; if (b) x = 'a'; return x;", set(), {"x"}),
    ("var x = 1; try { x = 'a'; f(); x = 2; } catch (e) { s = x; } return x;", set(), {"x", "s"}),
    ("var x = 1; try { x = 'a'; f(); x = 2; } catch (e) { return 0; } return x;", {"x"}, set()),
    ("var x = 1; for (;;) { try { break; } finally { x = 'a'; } } return x;", set(), {"x"}),
    ("var x = 1; a: for (;;) { for (;;) { x = 'a'; continue a; } } return x;", set(), {"x"}),
    ("var x = 1; do { x = 2; } while (x < 9); return x;", {"x"}, set()),
    ("var x = 1; while (b) { s = x; x = x + ''; } return s;", set(), {"x", "s"}),
    ("var x = 1; x = +x; x = -x; x = x >>> 0; return x;", {"x"}, set()),
    ("var x = 1; x = -b; return x;", set(), {"x"}),
    ("var x = b * 2; var y = b + 2; return x + y;", {"x"}, {"y"}),
    ("var x = 1; switch (b) { case 1: x = 'a'; case 2: s = x; } return x;", set(), {"x"}),
])
def test_what_the_pass_knows(body: str, known: set[str], unknown: set[str]) -> None:
    got = _reads(body)
    assert known <= got
    assert not (unknown & got)


def test_no_names_known_with_eval_or_with() -> None:
    assert _reads("var x = 1; with (b) { x = 2; } return x + 1;") == set()


# -- hypothesis: small programs over a few locals ------------------------------------------------

_VALUES = ["0", "(-0)", "1", "(-1)", "2.5", "NaN", "Infinity", "(-Infinity)", "2147483647", "2147483648",
           "(-2147483649)", "4294967296", "1e21", "'7'", "'x'", "null", "undefined", "true", "1n"]
_BINARY = ["+", "-", "*", "/", "%", "|", "&", "^", "<<", ">>", ">>>", "<", "<=", "===", "!==", "==", "**"]
_NAMES = ["a", "b", "c"]


def _exprs() -> st.SearchStrategy[str]:
    leaf = st.one_of(st.sampled_from(_NAMES), st.sampled_from(_VALUES[:13]))
    return st.recursive(leaf, lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(_BINARY), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(st.sampled_from(["-", "+", "~", "!"]), inner).map(lambda t: f"({t[0]}{t[1]})"),
        st.tuples(inner, inner, inner).map(lambda t: f"({t[0]} ? {t[1]} : {t[2]})"),
        st.tuples(st.sampled_from(_NAMES), st.sampled_from(["=", "+=", "-=", "|=", "*="]), inner).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(st.sampled_from(_NAMES), st.sampled_from(["++", "--"])).map(lambda t: f"({t[0]}{t[1]})"),
    ), max_leaves=6)


def _stmts() -> st.SearchStrategy[str]:
    simple = st.one_of(
        st.tuples(st.sampled_from(_NAMES), _exprs()).map(lambda t: f"{t[0]} = {t[1]};"),
        _exprs().map(lambda e: f"out.push({e});"),
        st.tuples(st.sampled_from(_NAMES), st.sampled_from(["++", "--"])).map(lambda t: f"{t[0]}{t[1]};"),
    )
    return st.recursive(st.lists(simple, min_size=1, max_size=3).map(" ".join), lambda inner: st.one_of(
        st.tuples(_exprs(), inner, inner).map(lambda t: f"if ({t[0]}) {{ {t[1]} }} else {{ {t[2]} }}"),
        st.tuples(inner, _exprs()).map(lambda t: f"for (var i = 0; i < 3; i++) {{ {t[0]} if ({t[1]}) continue; }}"),
        st.tuples(inner, inner).map(lambda t: f"try {{ {t[0]} }} finally {{ {t[1]} }}"),
        st.tuples(inner, inner).map(lambda t: f"{t[0]} {t[1]}"),
    ), max_leaves=4)


_program_bodies = st.tuples(st.lists(st.sampled_from(_VALUES), min_size=3, max_size=3), _stmts()).map(
    lambda t: "var out = [], a = %s, b = %s, c = %s; try { %s } catch (e) { out.push('throws ' + e.name); } "
              "out.push(a, b, c); return out;" % (t[0][0], t[0][1], t[0][2], t[1]))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(_program_bodies)
def test_generated_programs_both_tiers(body: str) -> None:
    on, off = _both_tiers(_program(body))
    assert on == off


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None,
          phases=[Phase.explicit, Phase.generate])  # (shrinking through node runs takes minutes)
@given(_program_bodies)
def test_generated_programs_node(body: str) -> None:
    src = _program(body)
    assert _both_tiers(src)[0] == node_str(src)
