"""Start-up (issue 17): ``import pyjsvm`` and a first ``run_in_new_context('0')`` load only what
running code needs. What they leave out is checked by name in a fresh process (no timing): the
stdlib modules only cached data or nothing at all needs (dataclasses and with it inspect/ast/dis,
hashlib), the code-cache codec, the RegExp pattern parser, the Date and Map/Set built-ins (which
the API's conversions no longer import), and the specialised operator closures, generated per
operator on first use."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
import pyjsvm
pyjsvm.run_in_new_context('0')
from pyjsvm.compiler import specialize
loaded = {m: m in sys.modules for m in json.loads(sys.argv[1])}
factories = len(specialize.FACTORIES)
%s
print(json.dumps([loaded, factories, {m: m in sys.modules for m in json.loads(sys.argv[1])}]))
"""

NOT_AT_START = ["dataclasses", "inspect", "ast", "dis", "hashlib", "pyjsvm.syntax.tree_codec",
                "pyjsvm.regexp.parser", "pyjsvm.intrinsics.date", "pyjsvm.intrinsics.map_set"]


def probe(then: str = "") -> list:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", PROBE % then, json.dumps(NOT_AT_START)], capture_output=True,
                         text=True, env=env, check=True).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def test_a_plain_run_loads_none_of_them() -> None:
    loaded, factories, _ = probe()
    assert loaded == {m: False for m in NOT_AT_START}
    assert factories == 0


def test_what_needs_them_loads_them() -> None:
    then = """
s = pyjsvm.Script('var x = 1; x + 1', produce_cached_data=True)
assert pyjsvm.Script('var x = 1; x + 1', cached_data=s.cached_data).cached_data_rejected is False
assert pyjsvm.run_in_new_context('var s = 0; for (var i = 0; i < 3; i++) { s = s + i * 2 } s') == 6
import datetime
utc = datetime.timezone.utc
# the first Date, Map and Set of the process, made by JS and by conversion from Python
assert pyjsvm.to_python(pyjsvm.run_in_new_context('[new Map([[1, 2]]), new Set([3]), new Date(0)]')) == [
    {1: 2}, {3}, datetime.datetime(1970, 1, 1, tzinfo=utc)]
ctx = pyjsvm.create_context({'s': {4}, 'd': datetime.datetime(2020, 1, 1, tzinfo=utc)})
assert pyjsvm.run_in_context('[s instanceof Set, s.has(4), d instanceof Date, d.getTime()]', ctx) == [
    True, True, True, 1577836800000]
assert pyjsvm.run_in_new_context('/a+/.test("caat")') is True
"""
    _, _, after = probe(then)
    assert after == {m: m not in ("dataclasses", "inspect", "ast", "dis") for m in NOT_AT_START}


def test_specialised_closures_are_made_on_demand_and_agree_with_the_slow_path() -> None:
    from pyjsvm.compiler import specialize
    class Env:
        def __init__(self, vars: list) -> None:
            self.vars = vars
    values = [0.0, -3.0, 2.5, 7.0, 2147483647.0, -2147483649.0, float("nan"), "5", None]
    for op in list(specialize.INLINE_OPS) + list(specialize.INT32_OPS):
        def slow(a: object, b: object, op: str = op) -> object:
            return ("slow", op, a, b)
        for lk in ("closure", "local", "const"):
            for rk in ("closure", "local", "const"):
                for a in values:
                    for b in values:
                        if (lk == "const" and type(a) is not float) or (rk == "const" and type(b) is not float):
                            continue  # a constant operand is a numeric literal
                        left = {"closure": ("closure", lambda env, a=a: a), "local": ("local", 0),
                                "const": ("const", a)}[lk]
                        right = {"closure": ("closure", lambda env, b=b: b), "local": ("local", 1),
                                 "const": ("const", b)}[rk]
                        f = specialize.specialise(op, left, right, slow)
                        if lk == rk == "const":
                            assert f is None
                            continue
                        got = f(Env([a, b]))
                        inline = type(a) is float and type(b) is float and (
                            op in specialize.INLINE_OPS or all(-2147483649.0 < x < 2147483648.0 for x in (a, b)))
                        if not inline:
                            assert got == ("slow", op, a, b)
                        else:
                            expected = eval(specialize.INLINE_OPS.get(op) or specialize.INT32_OPS[op], {"a": a, "b": b})
                            assert got == expected or (got != got and expected != expected)
    assert len(specialize.FACTORIES) == 14 * 8
    assert specialize.specialise("%", ("local", 0), ("const", 1.0), lambda a, b: None) is None
