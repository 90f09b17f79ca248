"""Built-ins whose loops run as long as JS says (an array's length, a JSON text) check the run's
budget (agent.check_stop) as they go, holes and built-in callbacks included, so that a timeout
stops them; and a long sparse array stays sparse when mapped, sliced or concatenated (no list of
a billion holes). Without a timed assertion: the timeout error is asserted, and the results of
the same loops on small inputs."""
from __future__ import annotations

import json
from typing import Any

import pytest

import pyjsvm as vm

TIMEOUT_MS = 250


def run(src: str, timeout: int = TIMEOUT_MS) -> Any:
    return vm.run_in_new_context(src, {}, timeout=timeout)


def assert_times_out(src: str) -> None:
    with pytest.raises(vm.JSError) as e:
        run(src)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


# An array of 2^32-1 holes whose holes cannot be passed over at once (more own keys than a
# scan for the next element may read): every index is visited.
MANY_KEYS = "var a = []; a.length = 2**32 - 1; for (var i = 0; i < 1100; i++) a['p' + i] = i; "


@pytest.mark.parametrize("call", [
    "a.forEach(x => x)", "a.some(x => x)", "a.every(x => false)", "a.filter(x => x)", "a.map(x => x)",
    "a.reduce((x, y) => x, 0)", "a.reduceRight((x, y) => x, 0)", "a.reduce((x, y) => x)",
    "a.forEach(Math.abs)",
])
def test_callback_methods_time_out_on_holes(call: str) -> None:
    assert_times_out(MANY_KEYS + call)


@pytest.mark.parametrize("method, extra", [
    ("forEach", ""), ("some", ""), ("every", ""), ("reduce", ", 0"), ("reduceRight", ", 0"),
])
def test_callback_methods_time_out_on_array_likes(method: str, extra: str) -> None:
    assert_times_out(f"Array.prototype.{method}.call({{length: 1e9}}, x => undefined{extra})")


@pytest.mark.parametrize("call", [
    # a built-in predicate: no JS function entry checks the budget
    "find(Object.is)", "findIndex(Object.is)", "findLast(Object.is)", "findLastIndex(Object.is)",
])
def test_find_with_builtin_predicate_times_out(call: str) -> None:
    assert_times_out(f"new Array(1e9).{call}")


def test_array_from_array_times_out() -> None:
    assert_times_out("Array.from(new Array(1e9)).length")


def test_typed_array_with_builtin_callback_times_out() -> None:
    assert_times_out("var t = new Uint8Array(1e7); t.forEach(Math.abs); t.map(Math.abs).length")


@pytest.mark.parametrize("src", [
    "JSON.stringify(new Array(1e8)).length",
    "JSON.parse('[' + '1,'.repeat(3e6) + '1]').length",
    "JSON.parse('[' + '1,'.repeat(3e6) + '1]', (k, v) => v).length",
    "JSON.parse('{' + '\"a\":1,'.repeat(3e6) + '\"b\":1}').b",
])
def test_json_times_out(src: str) -> None:
    assert_times_out(src)


@pytest.mark.parametrize("call", ["Object.keys(a)", "Object.values(a)", "Object.entries(a)"])
def test_enumerable_own_properties_of_a_dense_array_time_out(call: str) -> None:
    # (the array made first, with no timeout: the call alone is timed)
    ctx = vm.create_context({})
    vm.run_in_context("var a = new Array(2**24).fill(0)", ctx)
    with pytest.raises(vm.JSError) as e:
        vm.run_in_context(call + ".length", ctx, timeout=TIMEOUT_MS)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


# --- long sparse arrays: results that stay sparse ---------------------------------------------

def test_map_of_a_billion_holes_is_sparse() -> None:
    # finishes, returning a sparse array (or times out); never a Python MemoryError
    try:
        r = run("var r = new Array(1e9).map(x => x); JSON.stringify([r.length, Object.keys(r).length, 0 in r])")
    except vm.JSError as e:
        assert e.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
        return
    assert json.loads(r) == [1e9, 0, False]


@pytest.mark.parametrize("expr, expected", [
    ("a.map(x => x * 2)", [1e9, ["5", "700000000"], 2, 4]),
    ("a.slice()", [1e9, ["5", "700000000"], 1, 2]),
    ("a.slice(3, 800000000)", [799999997, ["2", "699999997"], None, None]),
    ("a.concat([7])", [1e9 + 1, ["5", "700000000", "1000000000"], 1, 2]),
    ("[0].concat(a, 9)", [1e9 + 2, ["0", "6", "700000001", "1000000001"], None, None]),
    ("a.filter(x => true)", [2, ["0", "1"], None, None]),
    ("a.flat()", [2, ["0", "1"], None, None]),
])
def test_sparse_results(expr: str, expected: list[Any]) -> None:
    r = run("var a = []; a.length = 1e9; a[5] = 1; a[7e8] = 2; var r = " + expr
            + "; JSON.stringify([r.length, Object.keys(r), r[5], r[7e8]])", timeout=5000)
    assert json.loads(r) == expected


def test_sparse_scans() -> None:
    r = run("""var a = []; a.length = 1e9; a[5] = 1; a[7e8] = 2; var out = [];
      a.forEach((v, i) => out.push(i));
      out.push(a.indexOf(2), a.lastIndexOf(1), a.some(v => v === 2), a.every(v => v < 3));
      out.push(a.reduce((x, y) => x + y), a.reduceRight((x, y) => x + '' + y, 'r'));
      a.sort((x, y) => y - x); out.push(a[0], a[1], 5 in a, 7e8 in a, a.length);
      JSON.stringify(out)""", timeout=5000)
    assert json.loads(r) == [5, 700000000, 700000000, 5, True, True, 3, "r21", 2, 1, False, False, 1e9]


# --- what the loops visit, on small inputs ----------------------------------------------------

def test_map_keeps_holes() -> None:
    r = run("""var r = [1, , 3, , ].map(x => x * 10);
      var b = new Array(300); b[260] = 1; var s = b.map(x => x + 1);
      JSON.stringify([r.length, 1 in r, 3 in r, r[0], r[2], s.length, Object.keys(s), s[260]])""")
    assert json.loads(r) == [4, False, False, 10, 30, 300, ["260"], 2]


@pytest.mark.parametrize("make", [
    "var a = []; a.length = 1e6; a[0] = 1;",        # sparse
    "var a = new Array(100000); a[0] = 1;",          # holes kept dense
    "var a = []; a.length = 1e5; a[0] = 1; for (var i = 0; i < 1100; i++) a['p' + i] = i;",
])
def test_elements_added_or_deleted_during_a_loop(make: str) -> None:
    # an element added past the holes is visited; one deleted before its turn is not
    r = run(make + """ a[70000] = 'del'; var seen = [];
      a.forEach((v, i) => { seen.push(i); if (i === 0) { a[90000] = 'add'; delete a[70000] } });
      var b = []; b.length = a.length; b[99999] = 1; var c = [];
      b.reduceRight((x, v, i) => { c.push(i); if (i === 99999) b[3] = 2; return x }, 0);
      var m = a.map((v, i) => { if (i === 0) a[95000] = 'late'; return v });
      JSON.stringify([seen, c, Object.keys(m).filter(k => k < 1e7)])""", timeout=10000)
    assert json.loads(r) == [[0, 90000], [99999, 3], ["0", "90000", "95000"]]


def test_holes_read_through_the_prototype_chain() -> None:
    # an index on the prototype chain is seen at a hole: no skipping past it
    r = run("""var a = []; a.length = 1e5; a[0] = 'own'; Array.prototype[70000] = 'proto';
      var seen = []; a.forEach((v, i) => seen.push(i + ':' + v));
      var r = [seen.join(), a.indexOf('proto'), a.lastIndexOf('proto'), a.map(v => v)[70000],
               a.reduceRight((x, v) => x + v, '')];
      delete Array.prototype[70000]; JSON.stringify(r)""", timeout=10000)
    assert json.loads(r) == ["0:own,70000:proto", 70000, 70000, "proto", "protoown"]


def test_concat_after_a_spread_ending_in_holes() -> None:
    # the holes an array-like leaves at its end come before the next array's elements
    r = run("""var r = Array.prototype.concat.call([], {length: 2, [Symbol.isConcatSpreadable]: true}, [5]);
      JSON.stringify([r.length, 0 in r, 2 in r, r[2]])""")
    assert json.loads(r) == [3, False, True, 5]


def test_json_small_inputs() -> None:
    r = run("""JSON.stringify([JSON.stringify(new Array(3)), JSON.stringify([1, , 2]),
      JSON.parse('[1, [2, {"a": [3]}], 4]', (k, v) => typeof v === 'number' ? v * 2 : v)])""")
    assert json.loads(r) == ["[null,null,null]", "[1,null,2]", [2, [4, {"a": [6]}], 8]]


# An exec result whose length JS sets: RegExp.prototype[Symbol.replace] reads that many captures,
# RegExp.prototype[Symbol.split] pushes them (its limit is 2^32-1); both loops check the budget.
REPLACE_RESULT = ("var re = /x/g, n = 0; re.exec = function () {{ return n++ < 1 ? "
                  "{{index: 1, length: {length}, 0: 'b', 1: 'C', 2: undefined}} : null }}; ")
SPLIT_RESULT = ("var re = /x/; re.constructor = {{[Symbol.species]: function () {{ var n = 0; "
                "return {{lastIndex: 0, exec() {{ this.lastIndex = 1; return n++ < 1 ? "
                "{{length: {length}, 1: 'C'}} : null }} }} }} }}; ")


@pytest.mark.parametrize("src", [
    REPLACE_RESULT.format(length=2**24) + "'abc'.replace(re, 'Q').length",
    SPLIT_RESULT.format(length=2**25) + "'abc'.split(re, 2**24).length",
])
def test_regexp_replace_and_split_time_out_on_exec_result_lengths(src: str) -> None:
    assert_times_out(src)


def test_regexp_replace_and_split_small_exec_result_lengths() -> None:
    assert run(REPLACE_RESULT.format(length=3) + "'abc'.replace(re, '[$1|$2]')") == "a[C|]c"
    assert run(SPLIT_RESULT.format(length=3) + "JSON.stringify('abc'.split(re))") == '["","C",null,"bc"]'
