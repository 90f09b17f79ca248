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
