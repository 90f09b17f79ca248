"""step_limit bounds the work of built-ins (README "Running untrusted code"): a built-in charges a
step per element, property, iteration or match it visits, and a step per 1,024 code units or
bytes of bulk work (a string it builds, binary data it copies), so that one call on a big value
ends with ERR_SCRIPT_EXECUTION_STEP_LIMIT instead of running unbounded (before: 'x'.repeat(2**28),
new Array(1e6).fill(0).sort(), arr.join, Object.freeze of a big array, Set methods, eval of long
code... all ran to the end under step_limit=1000)."""
from __future__ import annotations

import time

import pytest

import pyjsvm as vm

N = 1_000_000
BUDGET = 20_000


def _globals() -> dict[str, object]:
    # handed in by the host: a conversion is not charged, so each case's budget is its own
    return {"L": [0.0] * N, "S": "a" * (1 << 26), "S2": "a" * N, "B": bytearray(1 << 26)}


SETUP = "var A = L; var T = B; var SETX = new Set(); for (var i = 0; i < 8; i++) SETX.add(i);"

CASES = [
    "'x'.repeat(2**28).length",
    "'x'.padStart(2**27).length",
    "S.toUpperCase().length",
    "S.concat(S).length",
    "S.repeat(2).length",
    "escape(S).length",
    "encodeURIComponent(S).length",
    "S2.split('').length",
    "S.replaceAll('a', 'b').length",
    "S.indexOf('b')",
    "S.includes('b')",
    "S.lastIndexOf('b')",
    "JSON.stringify(S).length",
    "new Array(1e7).fill(0).length",
    "A.slice().length",
    "[...A].length",
    "A.concat(A).length",
    "A.indexOf(1)",
    "A.includes(1)",
    "A.lastIndexOf(1)",
    "A.slice().reverse().length",
    "A.slice().sort().length",
    "A.toSorted().length",
    "A.toReversed().length",
    "A.with(0, 1).length",
    "A.slice().copyWithin(0, 1).length",
    "A.join().length",
    "A.keys().toArray().length",
    "Object.keys(A).length",
    "Object.assign({}, A) && 1",
    "Object.freeze(A.slice()) && 1",
    "JSON.stringify(A).length",
    "JSON.parse(JSON.stringify(A)).length",
    "Array.from({length: 1e8}).length",
    "new Uint8Array(2**26).length",
    "T.slice().length",
    "T.slice().sort().length",
    "T.slice().reverse().length",
    "T.toReversed().length",
    "T.fill(1).length",
    "new ArrayBuffer(2**27).byteLength",
    "T.buffer.slice(1).byteLength",
    "new Float64Array(T).length",
    "new Set(A.map((v, i) => i)).intersection(new Set(A.map((v, i) => i))).size",
    "eval('1;'.repeat(2e5))",
    "Function('return 1;' + ' '.repeat(2**20))()",
]


@pytest.mark.parametrize("code", CASES)
def test_a_step_limit_stops_a_builtins_work(code: str) -> None:
    ctx = vm.create_context(_globals(), step_limit=BUDGET)
    vm.run_in_context(SETUP, ctx)
    t0 = time.monotonic()
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context(code, ctx)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT", str(info.value)
    assert time.monotonic() - t0 < 5.0


def _steps_used(code: str, hi: int = 100_000) -> int:
    lo = 0
    while lo < hi:  # the smallest budget that lets the code finish
        mid = (lo + hi) // 2
        try:
            vm.run_in_context(code, vm.create_context(step_limit=mid))
            hi = mid
        except vm.JSError as e:
            assert e.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
            lo = mid + 1
    return lo


def test_a_builtin_charges_a_step_per_element_visited() -> None:
    # a search charges the elements it visited: a hit at the front is cheap, a miss is not
    near = _steps_used("var a = new Array(5000).fill(0); a[0] = 1; a.indexOf(1)")
    far = _steps_used("var a = new Array(5000).fill(0); a[4999] = 1; a.indexOf(1)")
    assert 5000 <= near < 5100 and far - near == 4999   # fill 5,000 + the elements searched
    # bulk string work: a step per 1,024 code units
    assert 1000 <= _steps_used("'x'.repeat(2**20).length") <= 1100
    # small built-in work stays nearly free: ordinary programs keep their budgets
    assert _steps_used("[3, 1, 2].sort().join() + 'abc'.toUpperCase() + JSON.stringify({a: [1, 2]})") < 20
