"""step_limit bounds the work of built-ins (README "Running untrusted code"): a built-in charges a
step per element, property, iteration or match it visits, and a step per 1,024 code units or
bytes of bulk work (a string it builds, binary data it copies), so that one call on a big value
ends with ERR_SCRIPT_EXECUTION_STEP_LIMIT instead of running unbounded (before: 'x'.repeat(2**28),
new Array(1e6).fill(0).sort(), arr.join, Object.freeze of a big array, Set methods, eval of long
code... all ran to the end under step_limit=1000)."""
from __future__ import annotations

import re
import time

import pytest

import pyjsvm as vm

N = 1_000_000
BUDGET = 300_000        # for the cases on D, A and SET (elements)
BULK_BUDGET = 20_000    # for the others (code units and bytes: 2**26 of them are 65,536 steps)
# a dense JS array of 2**19 elements (D), made in two runs that each fit the budget; an object
# of 400,000 keys (O), in four
# (D.length = 2**19 moves the elements out of dense storage and back: a step per element since
# make_sparse charges them)
SETUP = {"D": ["var D = new Array(2**19).fill(0, 0, 2**18); 0", "D.fill(0, 2**18); 0"],
         "O": ["var O = {}; 0", *[f"for (let i = {k}e5; i < {k + 1}e5; i++) O['k' + i] = 0; 0" for k in range(4)]]}


def _globals(code: str) -> dict[str, object]:
    # handed in by the host (a conversion is not charged): only what the case names
    make = {"A": lambda: [0.0] * (BUDGET + 1000), "S": lambda: "a" * (1 << 26), "S2": lambda: "a" * N,
            "W": lambda: "a" * (1 << 26) + " ",
            "T": lambda: bytearray(1 << 26), "F": lambda: bytearray(1 << 23),
            "SET": lambda: set(range(BUDGET + 1000)), "SRC": lambda: "1;" * 200_000}
    return {name: fn() for name, fn in make.items() if re.search(rf"\b{name}\b", code)}


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
    "D.slice().length",
    "A.slice().length",
    "A.indexOf(1)",
    "D.slice(1).length",
    "[...D].length",
    "D.concat(D).length",
    "D.indexOf(1)",
    "D.includes(1)",
    "D.lastIndexOf(1)",
    "D.reverse().length",
    "D.sort().length",
    "D.toSorted().length",
    "D.toReversed().length",
    "D.with(0, 1).length",
    "D.toSpliced(0, 1).length",
    "D.copyWithin(0, 1).length",
    "D.fill(1).length",
    "D.join().length",
    "Object.keys(D).length",
    "Object.assign({}, D) && 1",
    "Object.freeze(D) && 1",
    "JSON.stringify(D).length",
    "Array.from({length: 1e8}).length",
    "new Uint8Array(2**26).length",
    "new ArrayBuffer(2**27).byteLength",
    "T.slice().length",
    "T.sort().length",
    "T.reverse().length",
    "T.toReversed().length",
    "T.fill(1).length",
    "T.buffer.slice(1).byteLength",
    "T.set(T.subarray(1), 0)",
    "new Float64Array(F.buffer).sort().length",
    "new Float64Array(T).length",
    "SET.intersection(SET).size",
    "SET.isSubsetOf(SET)",
    "SET.difference(SET).size",
    # a BigInt of 79,000 digits takes 0.3 s to convert (quadratic): (digits / 1,024) ** 2 steps
    # (100 of them ran 33 s under step_limit=10000)
    "for (let i = 0; i < 100; i++) (2n ** 262143n).toString()",
    "for (let i = 0; i < 100; i++) (2n ** 262143n).toString(3)",
    "for (let i = 0; i < 100; i++) `${2n ** 262143n}`",
    "for (let i = 0; i < 100; i++) BigInt(S2.slice(0, 78000).replaceAll('a', '9'))",
    "for (let i = 0; i < 100; i++) new Intl.NumberFormat().format(2n ** 262143n)",
    "eval(SRC)",
    "Function(SRC)",
    # work that grew with its input and charged nothing, or a step a piece of 65,536 (before:
    # each ran to the end under its budget; S.split('a') made 2**26 strings in 6.8 s)
    "Object.getOwnPropertyNames(D).length",
    "Reflect.ownKeys(D).length",
    "Reflect.ownKeys(O).length",
    "Object.getOwnPropertyNames(new Uint8Array(2**22)).length",
    "S.slice(1).length",
    "S.substring(1).length",
    "S.substr(1).length",
    "(S + S).length",
    "`${S}${S}`.length",
    "S.includes(S)",
    "S.split('a').length",
    "S2.split('a').length",
    "S2.split('a', 2**31).length",
    "W.trim().length",
    "W.replace('a', 'b').length",
    "Object.keys(O).length",
    "Object.freeze(O) && 1",
    "Object.defineProperty(D, 0, {get() { return 1 }}) && D.length",
    "new Float64Array(D).length",
    # a shift or unshift moves every element (a step per 1,024): a thousand on D charged 2,000
    "for (let i = 0; i < 1000; i++) D.shift(); 1",
    "for (let i = 0; i < 1000; i++) D.unshift(0); 1",
]


@pytest.mark.parametrize("code", CASES)
def test_a_step_limit_stops_a_builtins_work(code: str) -> None:
    elements = re.search(r"\b(D|O|A|SET)\b", code) is not None
    ctx = vm.create_context(_globals(code), step_limit=BUDGET if elements else BULK_BUDGET)
    for name, setups in SETUP.items():
        if re.search(rf"\b{name}\b", code):
            for setup in setups:
                vm.run_in_context(setup, ctx)
    t0 = time.monotonic()
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context(code, ctx)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT", str(info.value)
    assert time.monotonic() - t0 < 10.0


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
    # small built-in work charges the elements it visits, a step each, and no more (a loop that
    # checks every 256 elements charges the 256 it visited, not 256 at its first element; and
    # the rest when it ends: map 3, filter 3, reduce 1 below, where before each charged 1; join's
    # fast path charges its elements but the first)
    assert _steps_used("[3, 1, 2].sort().join() + 'abc'.toUpperCase() + JSON.stringify({a: [1, 2]})") < 20
    assert _steps_used("[1, 2, 3].map(x => x * 2).filter(x => x > 2).reduce((a, b) => a + b)") == 7
    assert _steps_used("Object.keys({a: 1, b: 2}).join() + new Uint8Array(10).map(x => x + 1).join()") == 33
    assert _steps_used("'a,b,c'.split(',').length + [...'abc'].length + Object.entries({a: 1}).length") == 6


def test_copies_are_charged_appends_in_place_are_not() -> None:
    # a concatenation that copies a long string charges a step per 1,024 code units it copies
    # (s + s of 2**20: 2,048, after repeat's 1,024); an append emitted code does in place copies
    # only what it appends, so building a string of 10**6 code units by appends costs the loop's
    # steps, not a charge per copy of what was built so far (about 5 * 10**8)
    assert 3072 <= _steps_used("var s = 'a'.repeat(2**20); var t = s + s; t.length") < 3100
    assert 3072 <= _steps_used("var s = 'a'.repeat(2**20); `${s}${s}`.length") < 3100
    assert 2048 <= _steps_used("var s = 'a'.repeat(2**21); s.slice(2**20).length") < 3100
    for code in ["let s = ''; for (let i = 0; i < 200000; i++) s += 'abcde'; s.length",
                 "function f() { let s = ''; for (let i = 0; i < 200000; i++) s += 'abcde'; return s.length } f()"]:
        assert _steps_used(code, 10**6) <= 200_001


@pytest.mark.parametrize("code", ["Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)",
                                  "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1e9)"])
def test_a_step_limit_stops_a_blocking_wait(code: str) -> None:
    # a wait charges a step per millisecond it may block, before it blocks (it polled the budget
    # every 50 ms, a step each: under step_limit alone an unbounded wait hung)
    t0 = time.monotonic()
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context(code, vm.create_context(step_limit=10_000))
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    assert time.monotonic() - t0 < 2.0
    assert vm.run_in_context("Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5)",
                             vm.create_context(step_limit=10_000)) == "timed-out"


def test_a_step_limit_charges_long_regexp_patterns() -> None:
    # a step per code unit of a pattern of 1,024 or more, cached or not (100 patterns of 64K
    # code units compiled for 15.7 s under step_limit=10000)
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context("for (let i = 0; i < 100; i++) new RegExp('a'.repeat(2**16) + i); 1",
                          vm.create_context(step_limit=10_000))
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    assert _steps_used("new RegExp('a'.repeat(2000)).test('b')") >= 2000
    assert _steps_used("for (let i = 0; i < 10; i++) /ab+c/.test('abbc'); 1") < 15
