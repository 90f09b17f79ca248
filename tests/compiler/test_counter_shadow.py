"""A ``for`` loop's counter read as an index (``a[i]``, ``s.charCodeAt(i)``) takes the Python
int that emitted code keeps beside it (emit.FunctionEmitter.counter_shadow) where nothing in the
loop's test or body assigns it: the same values as node in every case below, on both tiers, and
the int used where the shape of the loop allows it."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree, emitted_function

pytestmark = pytest.mark.usefixtures("eager_compilation")

CASES = {
    "reads-and-writes": "(function () { var a = [1, 2, 3, 4, 5], c = 0; for (var i = 0; i < a.length; i++) { c += a[i]; a[i] = c; a[i] += 0.5; a[i]++ } return a.join() + '|' + c })()",
    "kinds": "(function () { var out = []; var xs = [[1, 2, 3], new Int8Array([1, -2, 3]), new Float64Array([0.5, 1.5, 2.5]), 'abc', {0: 'x', 1: 'y', 2: 'z', length: 3}, (function () { return arguments })(7, 8, 9), [1, , 3], Object.create(['p', 'q', 'r'])]; for (var j = 0; j < xs.length; j++) { var x = xs[j], r = []; for (var i = -2; i < 5; i++) { r.push(String(x[i])) } out.push(r.join()) } return out.join('|') })()",
    "steps": "(function () { var a = [], r = []; for (var i = 0; i < 10; i += 3) a[i] = i; for (var i = 9; i >= 0; i--) r.push(a[i]); for (let k = 10; k > 0; k -= 4) r.push(a[k - 1], a[k]); for (var m = 0; m < 3; ++m) r.push(a[m]); for (var n = 3; n > 0; --n) r.push(a[n]); return r.join() })()",
    "strings": "(function (s) { var h = 0, t = ''; for (var i = 0; i < s.length; i++) { h = (h * 31 + s.charCodeAt(i)) | 0; t += escape(s.charAt(i) + s[i]) } for (var i = -1; i <= s.length; i++) t += s.charCodeAt(i) + escape(s.charAt(i) + s[i]); return h + '|' + t })('h\\u00e9\\ud83d\\ude00!')",
    "appends-and-holes": "(function () { var a = [], b = [1, 2, 3], r = []; for (var i = 0; i < 6; i++) { a[i] = i * 2; if (i === 2) b.length = 1; r.push(b[i]); delete a[i - 2] } for (var i = 0; i < 6; i++) r.push(a[i]); var f = Object.freeze([1, 2]); for (var i = 0; i < 3; i++) f[i] = 9; r.push(f.join()); return r.join() })()",
    "body-assigns-the-counter": "(function () { var a = [10, 11, 12, 13, 14, 15, 16], r = []; for (var i = 0; i < a.length; i++) { r.push(a[i]); if (i === 1) i += 2; } for (var i = 0; i < 4; i++) { r.push(a[i]); [i] = [i + 1] } for (var i = 0; i < 5; i++) { r.push(a[i]); for (i of [i + 1]) ; } for (var j = 0; j < 5; j++) { r.push(a[j]); var j = j + 0.5 } return r.join() })()",
    "closures-and-eval": "(function () { var a = [1, 2, 3, 4], fs = []; for (let i = 0; i < a.length; i++) fs.push(function () { return a[i] }); var r = fs.map(function (f) { return f() }); for (var i = 0; i < 3; i++) { r.push(a[i]); eval('i++') } for (var k = 0; k < 3; k++) { r.push(a[k]); (function () { k++ })() } return r.join() })()",
    "jumps": "(function () { var a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], r = []; outer: for (var i = 0; i < 10; i++) { if (i % 3 === 0) continue; for (var j = 0; j < 10; j++) { if (j > i) continue outer; if (a[j] === 5) break outer; r.push(a[i] * 10 + a[j]) } } for (var k = 0; k < 6; k++) { try { if (k & 1) continue; r.push(a[k]) } finally { r.push('f' + a[k]) } } for (var m = 0; m < 10; m++) { if (a[m] > 3) break } r.push(m, a[m]); return r.join() })()",
    "generator": "(function () { function* g(a) { for (var i = 0; i < a.length; i++) { var x = yield a[i]; if (x) a[i] = x; } return a.join() } var it = g([1, 2, 3]), r = [], s = it.next(); while (!s.done) { r.push(s.value); s = it.next(s.value * 10) } r.push(s.value); return r.join() })()",
    "big-and-objects": "(function () { var o = {}, r = []; for (var i = 4090; i < 4100; i++) o[i] = i; for (var i = 4090; i < 4100; i++) r.push(o[i]); var p = {get 3() { return 'g' }}; for (var i = 0; i < 5; i++) r.push(p[i]); Array.prototype[2] = 'proto'; var h = [0, 1, , 3]; for (var i = 0; i < 5; i++) r.push(h[i]); delete Array.prototype[2]; var ta = new Uint8Array(4); for (var i = 0; i < 6; i++) { ta[i] = i * 100; r.push(ta[i]) } return r.join() })()",
    "computed-starts": "(function (a, n) { var r = []; for (var i = a.length - 1; i >= 0; i--) r.push(a[i]); for (var i = n; i < a.length; i++) r.push(a[i]); var starts = [0.5, -0.5, -0, NaN, Infinity, -Infinity, '2', null, undefined, {valueOf() { return 1 }}, 2 ** 53, -(2 ** 53) + 3, 1e300, 4294967294, 2]; for (var s = 0; s < starts.length; s++) { var seen = []; for (var i = starts[s]; seen.length < 4; i += 1) { seen.push(String(a[i])); if (i !== i) break } r.push(seen.join(':')) } for (let j = n * 2; j > -3; j -= 2) r.push(a[j]); return r.join() })([1, 2, 3, 4, 5], 2)",
    "big-steps": "(function () { var a = [1, 2, 3], r = []; var t = new Array(5); for (var i = 2 ** 53 - 6; i < 2 ** 53 + 10; i += 2147483647) { r.push(a[i], t[i]); if (r.length > 10) break } for (var i = 4294967293; i < 4294967297; i++) { a[i] = i; r.push(a[i], a.length) } return r.join() })()",
    "offsets": "(function (a, s) { var r = [], h = 0; for (var i = 0, n = a.length; i < n; i++) { r.push(a[i + 1], a[i - 1], a[1 + i], a[i + -2], a[i - -1]); a[i + 2] = i; a[i - 1]++; a[i + 1] += 10 } for (var i = -1; i <= s.length; i++) h = h * 3 + s.charCodeAt(i + 1) + (s.charCodeAt(i - 1) | 0) + escape(s.charAt(i + 1)).length; for (var i = 0.5; i < 3; i++) r.push(a[i + 0.5], a[i - 1]); for (var i = '1'; i < 4; i++) r.push(a[i + 1], a[i - 1]); return r.join() + '|' + a.join() + '|' + h })([1, 2, 3, 4], 'abc')",
    "float-start-not-shadowed": "(function () { var a = [1, 2, 3], r = []; for (var i = 0.5; i < 3; i++) r.push(a[i]); for (var i = 2 ** 53 - 2; i < 2 ** 53 + 2; i++) { r.push(a[i]); if (r.length > 8) break } return r.join() })()",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_node_agrees(name: str) -> None:
    assert_tiers_and_node_agree(CASES[name])


def _emitted(src: str, name: str) -> str:
    f = emitted_function(src + f"; {name}([1, 2, 3], 'ab')", name)
    assert f.code.emitted is not None
    return f.code.emitted


def test_a_counter_indexes_with_its_int() -> None:
    text = _emitted("function f(a, s) { var c = 0; for (var i = 0; i < a.length; i++) { c += a[i]; a[i] = c; a[i]++ } "
                    "for (let j = 0; j < s.length; j += 1) c += s.charCodeAt(j); return c }", "f")
    assert "_trunc(" not in text.split("_geti(", 1)[0]


def test_a_computed_start_has_its_int() -> None:
    text = _emitted("function f(a) { var c = 0; for (var i = a.length - 1; i >= 0; i--) c += a[i]; return c }", "f")
    assert "_FAR" in text and "_trunc(" not in text.split("_FAR", 1)[1].split("_geti(", 1)[0]


def test_offsets_of_a_counter_have_their_int() -> None:
    text = _emitted("function f(a) { var c = 0; for (var i = 1, n = a.length; i < n; i++) { c += a[i - 1] * a[i + 1]; a[i + 1] = c } return c }", "f")
    assert "_trunc(" not in text.split("_geti(", 1)[0]


def test_a_counter_the_body_assigns_has_no_int() -> None:
    text = _emitted("function f(a) { var c = 0; for (var i = 0; i < a.length; i++) { c += a[i]; if (c > 2) i++ } return c }", "f")
    assert "_trunc(" in text


def test_a_counter_read_in_parts_and_generators() -> None:
    """A loop body nested past what one Python function holds is emitted in parts (nested
    functions that share the body's locals): the counter's int is one of them; and in a
    generator it survives each ``yield``."""
    deep = "if (a[i] >= 0) {" * 60 + "c += a[i] + a[i + 1] + s.charCodeAt(i);" + "}" * 60
    long_expr = "c += " + "(" * 150 + "a[i]" + " + 1)" * 150 + ";"
    src = ("(function () { function f(a, s) { var c = 0; for (var i = 0; i < a.length - 1; i++) { " + deep + long_expr + " } return c }"
           "function* g(a) { var c = 0; for (let i = a.length - 1; i >= 0; i--) { " + deep.replace("s.charCodeAt(i)", "(yield a[i])") + " } return c }"
           "var r = [f([1, 2, 3, 4, 5], 'abcdef')]; var it = g([1, 2, 3]); var x = it.next(); "
           "while (!x.done) { r.push(x.value); x = it.next(7) } r.push(x.value); return r.join() })()")
    assert assert_tiers_and_node_agree(src) == "1028,3,2,1,NaN"


def test_an_infinite_literal_step_or_start_is_no_int() -> None:
    """``1e400`` is a Literal whose value is inf: no int start or step, and the body is still
    emitted (the literal's test once raised OverflowError while emitting)."""
    for src in ("function f(a) { var r = []; for (var i = 0; i < 3; i += 1e400) r.push(a[i]); return r.join() }",
                "function f(a) { var r = []; for (var i = 1e400; i > 0; i--) { r.push(a[i]); break } return r.join() }"):
        f = emitted_function(src + "; f([1, 2])", "f")
        assert f.code.emitted is not None
    assert assert_tiers_and_node_agree("(function (a) { var r = []; for (var i = 0; i < 3; i += 1e400) r.push(a[i]); "
                                       "for (var i = 1e400; i > 0; i--) { r.push(a[i]); break } return r.join() })([1, 2])") == "1,"
