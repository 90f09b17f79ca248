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
]


def _remaining() -> int:
    """The steps left to the innermost run with a budget (a host function JS calls)."""
    return min(run.steps for run in get_agent().runs if run.steps is not None)


def _charged(code: str, n: int) -> int:
    ctx = vm.create_context({"left": _remaining, "n": float(n)}, step_limit=10**9)
    vm.run_in_context(SETUP, ctx)
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
    def charged(n: int) -> int:
        ctx = vm.create_context({"left": _remaining, "n": float(n)}, step_limit=10**9)
        vm.run_in_context("var s = 'ab cd'.repeat(n / 5), encoded = encodeURIComponent(s), escaped = escape(s)", ctx)
        vm.run_in_context(f"var before = left(); {code}; var after = left()", ctx)
        return int(ctx["before"] - ctx["after"])
    assert charged(4000) - charged(2000) >= 100
