"""Tests of the Math object (sec-math-object)."""
from __future__ import annotations

import math
import struct
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jsutil_mathjson import call, error_name, gprop, make_realm
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import JSObject, Prop
from pyjsvm.runtime.operations import create_array_from_list
from pyjsvm.runtime.values import SYM_TO_STRING_TAG
from pyjsvm.runtime.numeric import number_exponentiate

INF = float("inf")
NAN = float("nan")
R = make_realm()
finite = st.floats(allow_nan=False, allow_infinity=False)
anyfloat = st.floats()


def m(name: str, *args: Any) -> Any:
    return call(R, "Math." + name, *args)


def same(a: float, b: float) -> bool:
    """SameValue on Numbers."""
    if a != a:
        return b != b
    return a == b and math.copysign(1, a) == math.copysign(1, b)


def neg0(x: float) -> bool:
    return x == 0 and math.copysign(1, x) < 0


def test_constants_and_attributes() -> None:
    M = gprop(R, "Math")
    assert M.props["PI"].value == math.pi and M.props["PI"].flags == 0
    for name in ("E", "LN10", "LN2", "LOG10E", "LOG2E", "PI", "SQRT1_2", "SQRT2"):
        assert type(M.props[name]) is Prop and M.props[name].flags == 0
    assert M.props["LOG2E"].value == 1 / math.log(2)
    assert M.props[SYM_TO_STRING_TAG].value == "Math"
    assert R.global_object.props["Math"].flags == 5  # W|C


@pytest.mark.parametrize("name,length", [
    ("abs", 1), ("acos", 1), ("acosh", 1), ("asin", 1), ("asinh", 1), ("atan", 1), ("atanh", 1), ("atan2", 2),
    ("cbrt", 1), ("ceil", 1), ("clz32", 1), ("cos", 1), ("cosh", 1), ("exp", 1), ("expm1", 1), ("floor", 1),
    ("fround", 1), ("f16round", 1), ("hypot", 2), ("imul", 2), ("log", 1), ("log1p", 1), ("log10", 1), ("log2", 1), ("max", 2),
    ("min", 2), ("pow", 2), ("random", 0), ("round", 1), ("sign", 1), ("sin", 1), ("sinh", 1), ("sqrt", 1),
    ("tan", 1), ("tanh", 1), ("trunc", 1), ("sumPrecise", 1),
])
def test_length_and_name(name: str, length: int) -> None:
    f = gprop(R, "Math." + name)
    assert f.props["length"].value == float(length)
    assert f.props["name"].value == name
    assert not f.is_constructor


def test_round() -> None:
    assert neg0(m("round", -0.4))
    assert neg0(m("round", -0.5))
    assert neg0(m("round", -0.0))
    assert m("round", 0.49999999999999994) == 0
    assert m("round", 2.5) == 3 and m("round", -2.5) == -2 and m("round", -2.6) == -3
    assert m("round", 2**52 + 1.0) == 2**52 + 1.0
    assert m("round", 4503599627370495.5) == 4503599627370496.0
    assert m("round", NAN) != m("round", NAN)


def test_max_min_zero_and_nan() -> None:
    assert not neg0(m("max", -0.0, 0.0)) and not neg0(m("max", 0.0, -0.0))
    assert neg0(m("min", 0.0, -0.0)) and neg0(m("min", -0.0, 0.0))
    assert m("max") == -INF and m("min") == INF
    r = m("max", NAN, 1.0)
    assert r != r
    assert m("max", "3", 2.0) == 3.0


def test_max_coerces_all_arguments_in_order() -> None:
    log: list[str] = []

    def obj(tag: str, value: float) -> JSObject:
        from pyjsvm.runtime.objects import BuiltinFunction
        o = JSObject(R.object_prototype)

        def value_of(realm: Any, this: Any, args: Any, nt: Any) -> float:
            log.append(tag)
            return value
        o.props["valueOf"] = BuiltinFunction(R, value_of, "valueOf", 0)
        return o
    r = m("max", obj("a", 1.0), NAN, obj("b", 2.0))
    assert r != r and log == ["a", "b"]


def test_pow_special_cases() -> None:
    assert math.isnan(m("pow", 1.0, INF)) and math.isnan(m("pow", -1.0, -INF))
    assert math.isnan(m("pow", -8.0, 1 / 3))
    assert m("pow", NAN, 0.0) == 1.0 and m("pow", NAN, -0.0) == 1.0
    assert neg0(m("pow", -0.0, 3.0)) and not neg0(m("pow", -0.0, 2.0))
    assert m("pow", -0.0, -3.0) == -INF and m("pow", -0.0, -2.0) == INF
    assert neg0(m("pow", -INF, -3.0)) and m("pow", -INF, 3.0) == -INF and m("pow", -INF, 2.0) == INF
    assert m("pow", 0.5, -INF) == INF and m("pow", 2.0, -INF) == 0
    assert m("pow", 10.0, 400.0) == INF and m("pow", -10.0, 401.0) == -INF
    assert m("pow", 2.0, -1100.0) == 0
    assert number_exponentiate(2.0, 10.0) == 1024.0


def test_domain_errors_and_overflow_never_raise() -> None:
    for name in ("acos", "asin", "acosh", "atanh", "log", "log2", "log10", "log1p", "sqrt"):
        assert math.isnan(m(name, -5.0))
    assert m("atanh", 1.0) == INF and m("atanh", -1.0) == -INF
    assert m("log", 0.0) == -INF and m("log1p", -1.0) == -INF
    assert m("exp", 1e10) == INF and m("cosh", -1e10) == INF and m("sinh", -1e10) == -INF
    assert m("expm1", 1e10) == INF and m("expm1", -INF) == -1
    for name in ("sin", "cos", "tan"):
        assert math.isnan(m(name, INF))
    assert m("tanh", INF) == 1.0 and m("tanh", -INF) == -1.0
    assert neg0(m("sin", -0.0)) and neg0(m("tan", -0.0)) and neg0(m("sqrt", -0.0)) and neg0(m("cbrt", -0.0))
    assert neg0(m("ceil", -0.5)) and neg0(m("trunc", -0.5)) and neg0(m("sign", -0.0)) and neg0(m("asinh", -0.0))
    assert m("cbrt", -27.0) == -3.0
    assert math.isnan(m("abs"))


def test_integer_functions() -> None:
    assert m("clz32", 0.0) == 32 and m("clz32", 1.0) == 31 and m("clz32", -1.0) == 0 and m("clz32", 2.0**32) == 32
    assert m("imul", 3.0, 4.0) == 12 and m("imul", -5.0, 12.0) == -60 and m("imul", 0xFFFFFFFF * 1.0, 5.0) == -5
    assert m("imul", 0x7FFFFFFF * 1.0, 0x7FFFFFFF * 1.0) == 1


def test_fround() -> None:
    assert m("fround", 5.5) == 5.5 and m("fround", 5.05) == 5.050000190734863
    assert m("fround", 1e300) == INF and m("fround", -1e300) == -INF
    assert m("fround", 3.4028235677973366e38) == INF  # a tie rounds to even: 2**128
    assert m("fround", 3.4028235677973362e38) == 3.4028234663852886e38
    assert neg0(m("fround", -0.0)) and neg0(m("fround", -1e-50))


def test_f16round() -> None:
    assert m("f16round", 5.0005) == 5.0 and m("f16round", 65504.0) == 65504.0
    assert m("f16round", 65519.99) == 65504.0 and m("f16round", 65520.0) == INF and m("f16round", -1e6) == -INF
    assert m("f16round", 5.960464477539063e-8) == 5.960464477539063e-8  # smallest subnormal
    assert neg0(m("f16round", -1e-10)) and m("f16round", 2.9802322387695312e-08) == 0  # a tie rounds to even
    assert m("f16round", 2.980232238769532e-08) == 5.960464477539063e-8


def test_hypot() -> None:
    assert m("hypot") == 0 and m("hypot", 3.0, 4.0) == 5.0
    assert m("hypot", NAN, INF) == INF and math.isnan(m("hypot", NAN, 1.0))
    assert not neg0(m("hypot", -0.0)) and m("hypot", 1e200, 1e200) == math.hypot(1e200, 1e200)


def test_random() -> None:
    for _ in range(100):
        r = m("random")
        assert type(r) is float and 0 <= r < 1


def test_sum_precise() -> None:
    arr = create_array_from_list([1e20, 0.1, -1e20], R)
    assert m("sumPrecise", arr) == 0.1
    assert neg0(m("sumPrecise", create_array_from_list([], R)))
    assert neg0(m("sumPrecise", create_array_from_list([-0.0, -0.0], R)))
    assert not neg0(m("sumPrecise", create_array_from_list([-0.0, 0.0], R)))
    assert m("sumPrecise", create_array_from_list([1e308, 1e308, -1e308], R)) == 1e308
    assert m("sumPrecise", create_array_from_list([1e308, 1e308], R)) == INF
    assert math.isnan(m("sumPrecise", create_array_from_list([INF, -INF], R)))
    with pytest.raises(JSThrow) as ei:
        m("sumPrecise", create_array_from_list([1.0, "2"], R))
    assert error_name(ei.value) == "TypeError"
    with pytest.raises(JSThrow) as ei:
        m("sumPrecise")
    assert error_name(ei.value) == "TypeError"


# --- properties against Python's math where the semantics agree --------------------------------

@given(finite)
def test_prop_rounding_functions(x: float) -> None:
    assert m("floor", x) == math.floor(x) and m("ceil", x) == math.ceil(x) and m("trunc", x) == math.trunc(x)
    expected = math.floor(Fraction(x) + Fraction(1, 2))
    assert m("round", x) == expected
    assert same(m("abs", x), abs(x))
    assert same(m("sign", x), 0.0 * x if x == 0 else math.copysign(1.0, x))


@given(st.floats(min_value=0, allow_infinity=False))
def test_prop_sqrt_log(x: float) -> None:
    assert same(m("sqrt", x), math.sqrt(x))
    if x > 0:
        # (Math.log is fdlibm's, within an ulp of the platform's correctly rounded one)
        assert math.isclose(m("log", x), math.log(x), rel_tol=2.3e-16, abs_tol=5e-324)
        # (and log2 and log10, fdlibm's too)
        for name in ("log2", "log10"):
            expected = getattr(math, name)(x)
            assert abs(m(name, x) - expected) <= math.ulp(expected)
        assert math.isclose(m("exp", math.log(x)), x, rel_tol=1e-12) or x > 1e300 or x < 1e-300


@given(finite, finite)
def test_prop_binary(y: float, x: float) -> None:
    # (fdlibm's atan2, node's, is within an ulp of the platform's)
    a = m("atan2", y, x)
    assert same(a, math.atan2(y, x)) or math.isclose(a, math.atan2(y, x), rel_tol=2.3e-16, abs_tol=5e-324)
    # V8's algorithm (scaled, Kahan-summed squares) is within two ulps of the correctly rounded one
    h = m("hypot", y, x)
    assert h == math.hypot(y, x) or math.isclose(h, math.hypot(y, x), rel_tol=4.5e-16)
    assert same(m("max", y, x), max(y, x) if y != x else (x if math.copysign(1, x) > 0 else y))
    if y > 0:
        # V8's pow (node's digits) is within an ulp of the platform's, but for |x| over 2**31
        # (fdlibm's series near 1: a few hundred ulps)
        try:
            expected = math.pow(y, x)
        except OverflowError:
            expected = INF
        p = m("pow", y, x)
        assert same(p, expected) or abs(p - expected) <= math.ulp(expected) * (1 if abs(x) <= 2 ** 31 else 1000)


@given(anyfloat)
@settings(max_examples=300)
def test_prop_unary_total(x: float) -> None:
    """No function ever raises a Python exception, and all return floats."""
    for name in ("abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "clz32", "cos",
                 "cosh", "exp", "expm1", "floor", "fround", "log", "log1p", "log10", "log2", "round", "sign",
                 "sin", "sinh", "sqrt", "tan", "tanh", "trunc"):
        assert type(m(name, x)) is float


@given(finite)
def test_prop_cbrt_within_an_ulp(x: float) -> None:
    """fdlibm's cube root (node's) is within an ulp of the real one."""
    r = m("cbrt", x)
    if x == 0:
        assert same(r, x)
        return
    lo = Fraction(math.nextafter(abs(r), 0.0))
    hi = Fraction(math.nextafter(abs(r), INF))
    assert lo ** 3 <= abs(Fraction(x)) <= hi ** 3
    assert math.copysign(1, r) == math.copysign(1, x)


@given(finite)
def test_prop_fround(x: float) -> None:
    try:
        expected = struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        expected = math.copysign(INF, x)
    assert same(m("fround", x), expected)


@given(st.lists(finite, max_size=20))
def test_prop_sum_precise_matches_fsum(xs: list[float]) -> None:
    arr = create_array_from_list(xs, R)
    try:
        expected = math.fsum(xs)
    except OverflowError:
        return
    if not xs or all(neg0(v) for v in xs):
        assert neg0(m("sumPrecise", arr))
    else:
        assert m("sumPrecise", arr) == expected


def _node20_rows() -> dict[str, list[tuple[float, str]]]:
    """data/math_node20.txt (written by data/make_math_node20.py): node 20's bits, by function."""
    rows: dict[str, list[tuple[float, str]]] = {}
    for line in (Path(__file__).parent / "data" / "math_node20.txt").read_text().splitlines():
        if not line.startswith("#"):
            name, x, r = line.split()
            rows.setdefault(name, []).append((struct.unpack("<d", struct.pack("<Q", int(x, 16)))[0], r))
    return rows


NODE20 = _node20_rows()


@pytest.mark.parametrize("name", sorted(NODE20))
def test_node_20s_bits(name: str) -> None:
    """fdlibm's algorithms as V8 runs them (intrinsics/fdlibm.py): node's bits on arguments of
    every kind, among them some where the platform's libm gives others."""
    wrong = []
    for x, r in NODE20[name]:
        v = m(name, x)
        if ("nan" if v != v else "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]) != r:
            wrong.append((x, r, v))
    assert len(NODE20[name]) > 150 and not wrong, wrong[:5]


def test_log2_of_powers_of_two_is_the_exponent() -> None:
    # (as node's, for every power of two, subnormals too)
    assert all(m("log2", math.ldexp(1.0, k)) == k for k in range(-1074, 1024))
    assert m("log2", 3.0) == 1.584962500721156 and m("log2", 0.75) == -0.4150374992788438


MATH_SNIPPETS = [
    "Math.round(-0.4)", "Math.round(-0.5)", "Math.round(2.5)", "Math.round(0.49999999999999994)",
    "Math.max(-0, 0)", "Math.min(0, -0)", "Math.max()", "Math.min()", "Math.max(1, NaN, 3)",
    "Math.max('7', [8])", "Math.pow(1, Infinity)", "Math.pow(-8, 1/3)", "Math.pow(-0, -3)", "(-8) ** (1/3)",
    "Math.pow(NaN, 0)", "2 ** -1074", "Math.cbrt(-27)", "Math.cbrt(2)", "Math.hypot(3, 4, 12)", "Math.hypot(NaN, -Infinity)",
    "Math.fround(5.05)", "Math.fround(2 ** 128)", "Math.clz32(-1)", "Math.imul(0xffffffff, 5)", "Math.sign(-0)",
    "Math.atan2(-0, -0)", "Math.atan2(0, -0)", "Math.expm1(-Infinity)", "Math.log1p(-1)", "Math.acosh(0.5)",
    "Math.atanh(1)", "Math.sinh(-1000)", "Math.cosh(1000)", "Math.trunc(-0.9)", "Math.ceil(-0.9)",
    "Math.floor(-0)", "Math.sqrt(-0)", "Math.abs(-Infinity)", "Math.exp(710)", "Math.log2(8)", "Math.log10(1000)",
    "Math.sin(Math.PI)", "Math.tan(1e300)", "Math.cos(1e22)", "Object.prototype.toString.call(Math)",
    "Math.max({valueOf() { throw new RangeError() }}, NaN)", "Math.abs(Symbol())", "Math.abs(1n)",
    "Object.getOwnPropertyNames(Math).length", "Math.random() < 1",
    "JSON.stringify(Object.getOwnPropertyDescriptor(Math, 'PI'))",
    # node's digits for Math.hypot (V8's algorithm; Python's math.hypot differs in about two of three)
    "Array.from({length: 200}, (_, i) => Math.hypot(i * 0.731 + 0.1, i * 1.37 - 50)).join()",
    "Array.from({length: 200}, (_, i) => Math.hypot(i / 3, (i % 7) * 0.61, -i * 2.9)).join()",
    # node's digits for Math.log and Math.exp (fdlibm's algorithms; the platform's libm differs)
    "Array.from({length: 300}, (_, i) => Math.log(i * 0.737 + 0.01)).join()",
    "Array.from({length: 300}, (_, i) => Math.log((i + 1) * 3.1e-310) + Math.log((i + 1) * 7.3e300)).join()",
    "Array.from({length: 300}, (_, i) => Math.exp(i * 0.0937 - 14)).join()",
    "Array.from({length: 300}, (_, i) => Math.cbrt(i * 0.737 - 99) + Math.cbrt((i + 1) * -3.1e-310)).join()",
    "Array.from({length: 100}, (_, i) => Math.cbrt((i - 50) ** 3)).join()",
    "Array.from({length: 400}, (_, i) => Math.sin(i * 0.0371 - 7) + ',' + Math.cos(i * 13.7 - 2000)).join()",
    "Array.from({length: 200}, (_, i) => Math.sin(i * Math.PI / 4) + ',' + Math.cos(-i * Math.PI / 2)).join()",
    "[0.3, 0.78125, Math.PI / 4, 1e-8, 823549.6, -0.8, 2.4].map(x => Math.sin(x) + ',' + Math.cos(x)).join()",
    "Array.from({length: 400}, (_, i) => Math.tan(i * 0.0097 - 2) + ',' + Math.tan(i * 7.31 - 1500)).join()",
    "[0.6744, 0.6745, -0.7, 1e-8, Math.PI / 4, Math.PI / 2, 3 * Math.PI / 2, 1e5].map(Math.tan).join()",
    "Array.from({length: 400}, (_, i) => Math.atan(i * 0.0173 - 3) + ',' + Math.atan2(i - 200.5, i * 0.31 - 60)).join()",
    "[0.4, 0.6, 1.1, 2.3, 1e20, -1e-10].map(x => Math.atan(x) + ',' + Math.atan2(-x, -3) + ',' + Math.atan2(1e300, x))"
    ".join()",
    "[1, -1, 0.5, 1e-9, 709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.5, -740]"
    ".map(Math.exp).join()",
    # node's digits for ** and Math.pow (V8's pow: fdlibm's, one division regrouped; the platform's differs
    # in about one result in ten), on every path: compiled a ** b, **=, Math.pow
    "Array.from({length: 300}, (_, i) => (i * 0.173 + 0.01) ** (i * 0.0311 - 4.5)).join()",
    "Array.from({length: 300}, (_, i) => Math.pow(1 + i / 1024, i - 150) + ',' + Math.pow(i - 150.5, (i % 41) - 20)).join()",
    "(() => { const s = []; for (let i = 0; i < 300; i++) { let x = i * 1.37 - 200; x **= (i % 23) - 11;"
    " s.push(x, (i + 0.5) ** (1 / 3), 10 ** (i / 10 - 15)); } return s.join(); })()",
    "[[1.0000001, 2 ** 31 + 1], [0.9999999, -(2 ** 40)], [-1.00000001, 2 ** 33 + 1], [2, -1074.5], [0.5, 1074.2],"
    " [3, -677.9], [7, 364.7], [1e-300, 1.02], [5e-324, 0.99], [10, -323.6], [2, 1023.9999]]"
    ".map(([x, y]) => x ** y).join()",
]


@pytest.fixture(scope="module")
def math_node() -> list[str]:
    from jsutil_mathjson import node_results
    return node_results(MATH_SNIPPETS)


@pytest.mark.parametrize("index", range(len(MATH_SNIPPETS)))
def test_differential_node(index: int, math_node: list[str]) -> None:
    from jsutil_mathjson import engine_result
    ours = engine_result(MATH_SNIPPETS[index])
    if MATH_SNIPPETS[index].startswith("Object.getOwnPropertyNames"):
        return  # Math.sumPrecise is newer than node 20
    assert ours == math_node[index], MATH_SNIPPETS[index]
