"""A step budget charges the work of a built-in's loop however short it is (runtime/agent.py:
check_every, charge_rest, check_items, check_scan). A loop that checks the budget every 256 or
4,096 elements charged only its first element when it was shorter than that, and the keys of an
object of 4,096 or fewer were free, so that a built-in called many times on small inputs ran free
under ``step_limit``: ``Object.assign`` of a 1,000-key object, 20,000 times, ran 9 s under
``step_limit=300000`` (300,000 steps of ordinary JS take 0.1 s).

For each built-in of the table, the steps one call charges grow with its input (a step per
element, key, or 16 code units scanned, about what it costs), read from the run's budget by a host
function; and a loop of calls on a small input stops at its ``step_limit``: the work is bounded
(a loop of 2,000 calls that ran to the end before), not the time."""
from __future__ import annotations

import pytest

import pyjsvm as vm
from pyjsvm.runtime.agent import get_agent

# the inputs, made of n elements (n below every check interval): an array a, an object o with
# n keys, a Float64Array t, the JSON texts of o and a, a string s of 16 n code units
SETUP = """
var a = []; for (let i = 0; i < n; i++) a.push(i);
var o = {}; for (let i = 0; i < n; i++) o['k' + i] = i;
var t = new Float64Array(a), jo = JSON.stringify(o), ja = JSON.stringify(a);
var s = 'abcdefgh'.repeat(2 * n), s2 = s + 'x', short = 'ab'.repeat(n / 2);
var f = x => x;
var st = new Set(a), mp = new Map(a.map(x => [x, x])), nested = [a, a];
"""

CASES = [
    "Object.assign({}, o)",
    "Object.keys(o)",
    "Object.values(o)",
    "Object.entries(o)",
    "Object.getOwnPropertyNames(o)",
    "Reflect.ownKeys(o)",
    "Object.freeze({...o})",
    "({...o})",
    "Object.keys(short)",
    "JSON.stringify(o)",
    "JSON.stringify(a)",
    "JSON.parse(jo)",
    "JSON.parse(ja)",
    "a.lastIndexOf(-1)",
    "a.join()",
    "a.map(f)",
    "a.forEach(f)",
    "a.filter(f)",
    "a.find(x => x < 0)",
    "a.findLast(x => x < 0)",
    "Array.from(a)",
    "Math.max.apply(null, a)",
    "Reflect.apply(f, null, a)",
    "f.apply(null, a)",
    "new Float64Array(a)",
    "t.indexOf(-1)",
    "t.lastIndexOf(-1)",
    "t.includes(-1)",
    "t.join()",
    "t.sort()",
    "t.map(f)",
    "t.filter(f)",
    "t.with(0, 1)",
    "Float64Array.from(a, f)",
    "s.localeCompare(s2)",
    # a Map or Set made from another, or from an array, through its built-in adder (a copy)
    "new Set(a)",
    "new Set(st)",
    "new Map(mp)",
    "nested.flat()",
]


def _remaining() -> int:
    """The steps left to the innermost run with a budget (a host function JS calls)."""
    return min(run.steps for run in get_agent().runs if run.steps is not None)


def _charged(code: str, n: int, setup: str = SETUP) -> int:
    ctx = vm.create_context({"left": _remaining, "n": float(n)}, step_limit=10**9)
    vm.run_in_context(setup, ctx)
    vm.run_in_context(f"var before = left(); {code}; var after = left()", ctx)
    return int(ctx["before"] - ctx["after"])


@pytest.mark.parametrize("code", CASES)
def test_a_short_loop_charges_its_elements(code: str) -> None:
    # 1,000 more elements (or keys, or 16,000 more code units) charge at least 250 more steps
    # (before: the same, one step at the loop's first element, or none)
    small, big = _charged(code, 1000), _charged(code, 2000)
    assert big - small >= 250, (small, big)


@pytest.mark.parametrize("code", CASES)
def test_a_step_limit_stops_many_calls_on_small_inputs(code: str) -> None:
    ctx = vm.create_context({"n": 1000.0}, step_limit=200_000)
    vm.run_in_context(SETUP, ctx)
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context(f"for (let j = 0; j < 2000; j++) {code}; 'finished'", ctx)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    # the context stays usable
    assert vm.run_in_context("a.length + Object.keys(o).length", ctx) == 2000


def test_charge_rest_makes_a_loop_charge_each_element_once() -> None:
    # map over n elements charges n steps in all, whether n is below, at or past its check
    # interval of 256 (check_every at 0, 256 ..., then charge_rest); the callback is called
    # once first, so that its calls go through its compiled entry (which charges no call)
    for n in (3, 100, 255, 256, 257, 1000, 5000):
        ctx = vm.create_context({"left": _remaining, "n": float(n)}, step_limit=10**9)
        vm.run_in_context("var a = new Array(n).fill(0), g = x => x; a.map(g)", ctx)
        vm.run_in_context("var before = left(); a.map(g); var after = left()", ctx)
        assert n <= ctx["before"] - ctx["after"] <= n + 1, n  # (+1: the call of left)


@pytest.mark.parametrize("code", ["Object.freeze(fz)", "Object.seal(fz)"])
def test_freezing_an_array_charges_its_elements_by_their_cost(code: str) -> None:
    # each element becomes a property of its own through [[DefineOwnProperty]]: about ten steps'
    # time, charged one in 4,096 before (INTEGRITY_STEPS_PER_KEY)
    setup = "var fz = []; for (let i = 0; i < n; i++) fz.push(i)"
    assert _charged(code, 2000, setup) - _charged(code, 1000, setup) >= 5000


def test_json_parse_of_a_long_string_token_charges_its_length() -> None:
    # a text past the C scanner's limit (MAX_C_PARSE) is one string token, one value: it charged
    # one step however long, so that parsing a 50 MB string in a loop ran free under a budget
    text = '"' + "x" * (1 << 23) + '"'
    ctx = vm.create_context({"left": _remaining, "text": text}, step_limit=10**9)
    vm.run_in_context("var before = left(); JSON.parse(text).length; var after = left()", ctx)
    assert ctx["before"] - ctx["after"] >= (1 << 23) // 1024


@pytest.mark.parametrize("code", [
    "encodeURIComponent(s)",
    "decodeURIComponent(encoded)",
    "escape(s)",
    "unescape(escaped)",
    "new Intl.Segmenter('en', {granularity: 'word'}).segment(s).containing(0)",
    "new Intl.Segmenter().segment(s).containing(0)",
])
def test_string_work_charges_its_code_units(code: str) -> None:
    # (before: one step, or none, below the loops' check interval of 4,096)
    setup = "var s = 'ab cd'.repeat(n / 5), encoded = encodeURIComponent(s), escaped = escape(s)"
    assert _charged(code, 4000, setup) - _charged(code, 2000, setup) >= 100


def test_a_map_or_set_copy_skips_the_iterator_protocol(monkeypatch: pytest.MonkeyPatch) -> None:
    # a Map or Set made from a Map, a Set or a dense array through the built-in adder reads the
    # source's entries directly (intrinsics/map_set._add_all): through the iterator protocol and
    # a call of the adder an element, a copy took 1.3 us an element (the time of ~15 steps)
    # while charged one. What a JS program can see is the same (the cases below, as node).
    from pyjsvm.intrinsics import map_set
    steps = []
    real = map_set.iterator_step_value
    monkeypatch.setattr(map_set, "iterator_step_value", lambda rec: steps.append(1) or real(rec))
    ctx = vm.create_context()
    vm.run_in_context("var a = []; for (let i = 0; i < 1000; i++) a.push(i % 700); var st = new Set(a);"
                      "var mp = new Map(a.map(x => [x, -x]));", ctx)
    steps.clear()
    assert vm.run_in_context("[new Set(a).size, new Set(st).size, new Map(mp).size, new Map(a.map(x => [x, 1])).size]",
                             ctx) == [700, 700, 700, 700]
    assert steps == []
    cases = {
        # deleted entries skipped, order kept, SameValueZero keys, the last value of a key
        "var s = new Set([1, 2, 3, 4]); s.delete(2); [...new Set(s)].join()": "1,3,4",
        "JSON.stringify([...new Map([[1, 'a'], [NaN, 'b'], [1, 'c'], [-0, 'd'], [0, 'e']])])":
            '[[1,"c"],[null,"b"],[0,"e"]]',
        "[...new Set([0, -0, NaN, NaN])].map(x => Object.is(x, -0) ? '-0' : String(x)).join()": "0,NaN",
        # a subclass's own adder, a changed iteration: the spec's steps
        "var log = []; class S extends Set { add(v) { log.push(v); return super.add(v) } }; new S([5, 6]); log.join()":
            "5,6",
        "var t = new Set([1, 2]); t[Symbol.iterator] = function* () { yield 9 }; [...new Set(t)].join()": "9",
        "var u = [1, 2]; u[Symbol.iterator] = function* () { yield 7 }; [...new Set(u)].join()": "7",
        "var w = new Map([[1, 2]]); Map.prototype[Symbol.iterator] = function* () { yield [3, 4] };"
        " JSON.stringify([...new Map(w).keys()])": "[3]",
    }
    for code, expected in cases.items():
        assert vm.run_in_context(code, vm.create_context()) == expected, code
