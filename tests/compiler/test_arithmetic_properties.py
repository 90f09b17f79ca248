"""Hypothesis properties: JS arithmetic and comparisons agree with IEEE-754 doubles (Python floats)."""
from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from pyjsvm.compiler.engine import eval_script
from pyjsvm.runtime.numeric import number_to_string
from pyjsvm.intrinsics.realm import Realm

REALM = Realm()
floats = st.floats(allow_nan=True, allow_infinity=True)


def lit(x: float) -> str:
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return "(" + number_to_string(x) + ")" if not (x == 0 and math.copysign(1, x) < 0) else "(-0)"


def same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))


@settings(max_examples=150, deadline=None)
@given(floats, floats)
def test_add_sub_mul_match_ieee(a: float, b: float) -> None:
    r = eval_script(REALM, f"var a = {lit(a)}, b = {lit(b)}; [a + b, a - b, a * b]")
    got = r.dense
    for g, want in zip(got, (a + b, a - b, a * b)):
        assert same(g, want)


@settings(max_examples=150, deadline=None)
@given(floats, floats)
def test_division_matches_ieee(a: float, b: float) -> None:
    got = eval_script(REALM, f"{lit(a)} / {lit(b)}")
    if b == 0:
        if math.isnan(a) or a == 0:
            assert math.isnan(got)
        else:
            sign = math.copysign(1, a) * math.copysign(1, b)
            assert got == sign * math.inf
    else:
        assert same(got, a / b)


@settings(max_examples=150, deadline=None)
@given(floats, floats)
def test_comparisons_match_python(a: float, b: float) -> None:
    r = eval_script(REALM, f"var a = {lit(a)}, b = {lit(b)}; [a < b, a <= b, a > b, a >= b, a == b, a === b, a != b]")
    assert list(r.dense) == [a < b, a <= b, a > b, a >= b, a == b, a == b, a != b]


@settings(max_examples=150, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False), st.floats(allow_nan=False, allow_infinity=False))
def test_remainder_matches_fmod(a: float, b: float) -> None:
    got = eval_script(REALM, f"{lit(a)} % {lit(b)}")
    if b == 0:
        assert math.isnan(got)
    else:
        assert same(got, math.fmod(a, b) if math.fmod(a, b) != 0 else math.copysign(0.0, a))


@settings(max_examples=150, deadline=None)
@given(floats)
def test_string_plus_number_is_its_to_string(x: float) -> None:
    """``s + x`` and ``x + s`` append ToString(x), as String(x) gives it (js_add's String and
    Number path), on both sides."""
    r = eval_script(REALM, f"var x = {lit(x)}; [('<' + x) === ('<' + String(x)), (x + '>') === (String(x) + '>'), '' + x]")
    assert r.dense[0] is True and r.dense[1] is True
    assert r.dense[2] == number_to_string(x)


def test_string_plus_number_against_node() -> None:
    src = "[-0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1 + 0.2, -1.5e300, 123456789012345680000, 2 ** 53 + 2].map(x => 'a' + x + 'b' + (x + 'c')).join()"
    got = eval_script(REALM, src)
    assert got == ("a0b0c,a0b0c,aNaNbNaNc,aInfinitybInfinityc,a-Infinityb-Infinityc,a1e+21b1e+21c,a1e-7b1e-7c,"
                   "a0.30000000000000004b0.30000000000000004c,a-1.5e+300b-1.5e+300c,"
                   "a123456789012345680000b123456789012345680000c,a9007199254740994b9007199254740994c")
