"""``x ** y`` and Math.pow with node 20's digits: V8's pow (pyjsvm.runtime.fdlibm_pow) behind
Number::exponentiate (pyjsvm.runtime.numeric), checked against node's bits stored in
data/pow_node20.txt (written by data/make_pow_node20.py)."""
from __future__ import annotations

import math
import struct
from pathlib import Path

import pytest

import pyjsvm as vm
from pyjsvm.runtime.fdlibm_pow import fdlibm_pow
from pyjsvm.runtime.numeric import number_exponentiate

_D = struct.Struct("<d")
_Q = struct.Struct("<Q")
DATA = Path(__file__).parent / "data" / "pow_node20.txt"


def _double(text: str) -> float:
    return math.nan if text == "nan" else float(_D.unpack(_Q.pack(int(text, 16)))[0])


def _bits(v: float) -> str:
    return "nan" if v != v else "%016x" % _Q.unpack(_D.pack(v))[0]


def _node_pairs() -> list[tuple[float, float, str]]:
    rows = []
    for line in DATA.read_text().splitlines():
        if line.startswith("#"):
            continue
        x, y, r = line.split()
        rows.append((_double(x), _double(y), r))
    return rows


NODE = _node_pairs()


def test_the_data_covers_the_kinds() -> None:
    finite = [r for _, _, r in NODE if r != "nan" and _double(r) not in (0.0, 1.0) and not math.isinf(_double(r))]
    assert len(NODE) > 2000 and len(finite) > 1000
    # where the platform's pow gives other digits than node (about one result in thirteen)
    differ = 0
    for x, y, r in NODE:
        try:
            p = math.pow(x, y)
        except (OverflowError, ValueError):
            continue
        differ += _bits(p) != r and not (x == 1 or (p != p and r == "nan"))
    assert differ > 50


def test_number_exponentiate_has_node_20s_bits() -> None:
    wrong = [(x, y, r, _bits(number_exponentiate(x, y))) for x, y, r in NODE
             if _bits(number_exponentiate(x, y)) != r]
    assert not wrong, f"{len(wrong)} of {len(NODE)} differ, e.g. {wrong[:5]}"


def test_every_js_path_has_the_same_bits() -> None:
    """``a ** b`` in compiled code (operands of unknown type and known Numbers), ``**=`` and
    Math.pow all reach Number::exponentiate."""
    rows = [(x, y, r) for x, y, r in NODE if x == x and y == y][::3]
    context = vm.create_context({"xs": [x for x, _, _ in rows], "ys": [y for _, y, _ in rows]})
    results = vm.run_in_context("""
        function pow(a, b) { return a ** b; }
        function numbers(a, b) { return (+a) ** (-(-b)); }
        const out = [[], [], [], []];
        for (let i = 0; i < xs.length; i++) {
          let v = xs[i];
          v **= ys[i];
          out[0].push(pow(xs[i], ys[i]));
          out[1].push(numbers(xs[i], ys[i]));
          out[2].push(v);
          out[3].push(Math.pow(xs[i], ys[i]));
        }
        out""", context)
    for path in results:
        got = [_bits(v) for v in path]
        assert got == [r for _, _, r in rows]


# the classes number_exponentiate leaves to the platform's pow, where V8's is exact too
_EXACT = ([(float(x), float(y)) for y in range(3, 54) for x in range(-40, 41) if x and abs(x) ** y < 2 ** 53]
          + [(s * math.ldexp(1.0, k), float(y)) for k in range(-1074, 1024, 7) if k
             for y in range(-1080 // abs(k) - 1, 1030 // abs(k) + 2, 3) if y for s in (1.0, -1.0)])
# and integers to powers past 2**53, where the two can differ (they go to V8's algorithm)
_PAST = [(float(x), float(y)) for x in range(3, 40) for y in range(3, 60) if 2 ** 53 <= x ** y < 2 ** 1020]


def test_the_platforms_pow_only_where_it_has_v8s_bits() -> None:
    assert len(_EXACT) > 1000
    for x, y in _EXACT + _PAST:
        assert _bits(number_exponentiate(x, y)) == _bits(fdlibm_pow(x, y)), (x, y)
    # (past 2**53 the platform's pow gives other bits, for some pairs)
    assert any(_bits(math.pow(x, y)) != _bits(fdlibm_pow(x, y)) for x, y in _PAST)


@pytest.mark.parametrize("x, y, expected", [
    (2.0, 0.5, math.sqrt(2.0)), (-2.0, 2.0, 4.0), (math.nan, 2.0, math.nan), (-0.0, 2.0, 0.0),
    (-0.0, 0.5, 0.0), (-math.inf, 0.5, math.inf), (1.0, math.inf, math.nan), (-8.0, 1 / 3, math.nan),
    (-2.0, 1025.0, -math.inf), (-0.5, 1075.0, -0.0), (0.5, 1075.0, 0.0), (2.0, -1075.0, 0.0), (2.0, -1074.0, 5e-324),
    (10.0, 308.0, 1e308), (10.0, 309.0, math.inf), (1.0000001, -1e20, 0.0), (-0.5, 2.0 ** 31 + 1, -0.0),
    (-0.9999999, 2.0 ** 31 + 1, -5.444594148476894e-94),
])
def test_edges(x: float, y: float, expected: float) -> None:
    assert _bits(number_exponentiate(x, y)) == _bits(expected)
