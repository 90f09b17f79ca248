"""The conversion table of ``pyjsvm.api.convert`` (repeated in the README's "From Python"
section), row by row, through the public API: what JS values become in Python, what Python
values become in JS, deep copies, repr, hashing and JSON."""
from __future__ import annotations

import datetime
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest

import pyjsvm as vm

UTC = datetime.timezone.utc
ROOT = Path(__file__).resolve().parents[2]


def js(code: str, **values: Any) -> Any:
    return vm.run_in_new_context(code, dict(values))


# --- JS -> Python ---------------------------------------------------------------------------

def test_primitives_from_js() -> None:
    assert js("undefined") is vm.undefined
    assert js("null") is None
    assert js("true") is True
    assert type(js("1")) is int and type(js("1.5")) is float
    assert type(js("2 ** 53")) is int and js("2 ** 53") == 2 ** 53
    # Beyond 2**53 a Number is not an exact integer any more: it stays a float.
    assert type(js("2 ** 53 + 2")) is float and type(js("-(2 ** 60)")) is float
    assert math.copysign(1.0, js("-0")) < 0 and type(js("-0")) is float
    assert js("'\\ud83d\\ude00'") == "\U0001F600"


def test_bigint_is_a_distinct_int_subclass() -> None:
    ten_n, ten = js("10n"), js("10")
    assert type(ten_n) is vm.BigInt and isinstance(ten_n, int) and ten_n == 10
    assert type(ten) is int
    assert repr(ten_n) == "BigInt(10)"
    assert js("2n ** 100n") == 2 ** 100
    # and back: a BigInt stays a BigInt, a plain int is a Number
    assert js("typeof b + ' ' + typeof n", b=vm.BigInt(5), n=5) == "bigint number"
    assert js("b * 2n", b=vm.BigInt(2 ** 70)) == 2 ** 71


def test_bigint_in_a_contextified_global_stays_bigint() -> None:
    """The known bug: ``var b = 7n`` went through the mapping as a plain int and read back as a
    Number."""
    ctx = vm.create_context()
    assert vm.run_in_context("var b = 7n; typeof b", ctx) == "bigint"
    assert type(ctx["b"]) is vm.BigInt
    assert vm.run_in_context("b + 1n", ctx) == 8


def test_date_is_an_aware_utc_datetime() -> None:
    d = js("new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123))")
    assert d == datetime.datetime(2024, 2, 29, 13, 45, 30, 123000, tzinfo=UTC)
    assert d.tzinfo is not None and d.utcoffset() == datetime.timedelta(0)
    assert js("new Date(-1)") == datetime.datetime(1969, 12, 31, 23, 59, 59, 999000, tzinfo=UTC)
    # An invalid Date, or one outside datetime's years, has no datetime: it stays a proxy.
    assert isinstance(js("new Date(NaN)"), vm.JSObjectProxy)
    assert isinstance(js("new Date(8.64e15)"), vm.JSObjectProxy)


def test_datetime_to_js_date() -> None:
    when = datetime.datetime(2001, 9, 9, 1, 46, 40, 999999, tzinfo=UTC)
    assert js("w instanceof Date && w.getTime()", w=when) == 1_000_000_000_999
    plus2 = datetime.timezone(datetime.timedelta(hours=2))
    assert js("w.toISOString()", w=datetime.datetime(2020, 1, 1, 2, 0, tzinfo=plus2)) == "2020-01-01T00:00:00.000Z"
    with pytest.raises(TypeError, match="naive"):
        js("({})")["w"] = datetime.datetime(2020, 1, 1)
    with pytest.raises(vm.JSError, match="naive"):
        js("w", w=datetime.datetime(2020, 1, 1))  # read by JS: a JS TypeError
    # round trip
    d = datetime.datetime(1999, 12, 31, 23, 59, 59, 5000, tzinfo=UTC)
    assert js("w", w=d) == d


def test_large_ints_are_refused_not_rounded() -> None:
    assert js("n === 9007199254740992", n=2 ** 53) is True
    assert js("n === -9007199254740992", n=-2 ** 53) is True
    ctx = vm.create_context({"big": 2 ** 53 + 1})
    with pytest.raises(vm.JSError) as e:
        vm.run_in_context("big", ctx)
    assert e.value.name == "RangeError" and "BigInt" in e.value.message
    assert vm.run_in_context("try { big } catch (e) { e instanceof RangeError }", ctx) is True
    proxy = vm.run_in_new_context("({})")
    with pytest.raises(ValueError, match="BigInt"):
        proxy["x"] = 10 ** 20
    proxy["x"] = vm.BigInt(10 ** 20)
    proxy["y"] = float(10 ** 20)
    assert proxy["x"] == 10 ** 20 and type(proxy["x"]) is vm.BigInt and proxy["y"] == 1e20


def test_binary_data() -> None:
    mv = js("new Uint8Array([1, 2, 3])")
    assert isinstance(mv, memoryview) and mv.tolist() == [1, 2, 3]
    assert js("b instanceof Uint8Array && Array.from(b).join()", b=b"\x01\x02") == "1,2"
    shared = bytearray(b"\x00\x00")
    js("b[1] = 7", b=shared)
    assert shared == bytearray(b"\x00\x07")
    copied = memoryview(bytearray(b"\x05"))
    assert js("b[0] = 9; b[0]", b=copied) == 9 and copied[0] == 5


def test_sets_become_js_sets() -> None:
    assert js("s instanceof Set && s.size", s={1, 2, 3}) == 3
    assert js("s.has('a') && s.has(2)", s=frozenset({"a", 2})) is True
    assert js("[...s].sort().join()", s={-0.0, 0}) == "0"  # SameValueZero: one element


def test_awaitables_are_refused_without_a_running_loop() -> None:
    async def coro() -> int:
        return 1
    with pytest.raises(vm.JSError, match="event loop"):
        js("c", c=coro())


def test_unconvertible_values() -> None:
    with pytest.raises(vm.JSError) as e:
        vm.run_in_new_context("x", {"x": object()})
    assert e.value.name == "TypeError"
    with pytest.raises(TypeError):
        vm.run_in_new_context("({})")["x"] = 1j


# --- proxies --------------------------------------------------------------------------------

def test_mutable_proxies_are_unhashable_functions_and_promises_are_not() -> None:
    obj, arr = js("({a: 1})"), js("[1]")
    assert obj == {"a": 1} and arr == [1]
    with pytest.raises(TypeError):
        hash(obj)
    with pytest.raises(TypeError):
        hash(arr)
    fn, promise = js("(function f() {})"), js("Promise.resolve(1)")
    assert {fn: 1}[fn] == 1 and {promise: 2}[promise] == 2
    assert fn == fn and fn != js("(function f() {})")


def test_repr_is_readable_and_abbreviated() -> None:
    o = js("({a: 1, s: 'x', list: [1, 2, {deep: {deeper: {deepest: 1}}}], m: new Map([[1, 'one']]),"
           " st: new Set([true]), d: new Date(0), f: function named() {}, big: 12n, u8: new Uint8Array(2)})")
    text = repr(o)
    assert text.startswith("<JSObjectProxy {") and text.endswith("}>")
    for part in ("a: 1", "s: 'x'", "list: [ 1, 2, { deep: [Object] } ]", "m: Map(1) { 1 => 'one' }",
                 "st: Set(1) { true }", "d: 1970-01-01T00:00:00.000Z", "f: [Function: named]", "big: 12n",
                 "u8: Uint8Array(2) [ 0, 0 ]"):
        assert part in text, (part, text)
    assert repr(js("[1, , 3]")) == "<JSArrayProxy [ 1, <empty>, 3 ]>"
    assert "... 980 more items" in repr(js("Array.from({length: 1000}, (_, i) => i)"))
    assert repr(js("Promise.reject(new TypeError('no'))")) == "<JSPromiseProxy Promise { <rejected> [TypeError: no] }>"


def test_repr_never_runs_js_and_survives_cycles() -> None:
    o = js("var o = {get spin() { for (;;) {} }, p: new Proxy({}, {ownKeys() { for (;;) {} }})}; o.self = o; o")
    text = repr(o)  # would hang if it ran the getter or the trap
    assert "spin: [Getter]" in text and "p: [Proxy]" in text and "self: [Circular]" in text
    deep = js("var a = []; for (var i = 0; i < 10000; i++) a = [a]; a")
    assert repr(deep).count("[Array]") == 1


def test_deep_to_python_with_cycles() -> None:
    o = js("var o = {n: 1, list: [1, 'a', null, undefined], m: new Map([['k', [2]]]), s: new Set([1, 'b']),"
           " d: new Date(0), b: new Uint8Array([1, 2]).buffer, f() {}, big: 3n}; o.self = o; o.list.push(o.list); o")
    data = o.to_python()
    assert type(data) is dict and data["self"] is data
    assert data["list"][:4] == [1, "a", None, vm.undefined] and data["list"][4] is data["list"]
    assert data["m"] == {"k": [2]} and data["s"] == {1, "b"}
    assert data["d"] == datetime.datetime(1970, 1, 1, tzinfo=UTC)
    assert data["b"] == b"\x01\x02" and isinstance(data["f"], vm.JSFunctionProxy)
    assert type(data["big"]) is vm.BigInt
    assert vm.to_python(js("[[1], {x: [2]}]")) == [[1], {"x": [2]}]
    assert vm.to_python(5) == 5


def test_deep_to_python_is_bounded() -> None:
    o = js("({get x() { for (;;) {} }})")
    with pytest.raises(vm.JSError) as e:
        vm.to_python(o, timeout=50)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    with pytest.raises(vm.JSError, match="unhashable"):
        vm.to_python(js("new Set([{}])"))


def test_json_default() -> None:
    o = js("({a: [1, {b: 'c'}], d: new Date(1000), f() {}, u: undefined, n: null, big: 2n, s: new Set([1])})")
    assert json.loads(json.dumps(o, default=vm.json_default)) == {
        "a": [1, {"b": "c"}], "d": "1970-01-01T00:00:01.000Z", "f": None, "u": None, "n": None, "big": 2,
        "s": [1]}
    assert json.dumps(js("[new Uint8Array([1, 2])]"), default=vm.json_default) == "[[1, 2]]"
    with pytest.raises(ValueError, match="Circular"):
        json.dumps(js("var o = {}; o.o = o; o"), default=vm.json_default)
    with pytest.raises(TypeError):
        json.dumps(object(), default=vm.json_default)


# --- the README repeats the table -----------------------------------------------------------

def test_readme_has_the_conversion_table() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## From Python", 1)[1].split("\n## ", 1)[0]
    for row in ("vm.BigInt", "datetime", "2**53", "Uint8Array", "Set", "JSPromiseProxy", "json_default",
                "to_python", "unhashable"):
        assert row in section, row
    assert re.search(r"timeout", section)


def test_readme_from_python_example_runs() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## From Python", 1)[1].split("\n## ", 1)[0]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    # A line commented with its value (``expr   # 'value'`` or ``# 42: ...``) is checked.
    lines = []
    for line in code.splitlines():
        expr, _, comment = line.partition("#")
        stated = re.match(r"\s*('[^']*'|\d+)", comment) if comment else None
        lines.append(f"assert ({expr.strip()}) == {stated.group(1)}" if stated else line)
    exec(compile("\n".join(lines), "README.md", "exec"), {})


# --- round trips (property-based) -----------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_MAX = 2 ** 53
_scalars = (st.none() | st.booleans() | st.integers(-_MAX, _MAX) | st.text(max_size=8)
            | st.floats(allow_nan=False).filter(lambda f: not f.is_integer() or abs(f) > _MAX)
            | st.integers(-(2 ** 80), 2 ** 80).map(vm.BigInt)
            | st.datetimes(min_value=datetime.datetime(1, 1, 2), max_value=datetime.datetime(9999, 12, 30))
            .map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000, tzinfo=UTC)))
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=4), inner, max_size=4), max_leaves=12)


@settings(max_examples=60, deadline=None)
@given(_values)
def test_values_survive_a_trip_through_js(value: Any) -> None:
    """A Python value copied by JS (``structuredClone``-like, through a JS function) and
    brought back with ``to_python`` is equal to the original, type for type."""
    copy = js("(function copy(v) { if (Array.isArray(v)) return v.map(copy);"
              " if (v && typeof v === 'object' && !(v instanceof Date))"
              "   return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));"
              " if (v instanceof Date) return new Date(v.getTime()); return v; })")
    back = vm.to_python(copy(value))

    def same(a: Any, b: Any) -> bool:
        if type(a) is not type(b):
            return False
        if isinstance(a, list):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
        if isinstance(a, dict):
            return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
        return bool(a == b)
    assert same(value, back), (value, back)
