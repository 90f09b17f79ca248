"""Untrusted code does not escape a context's limits through a built-in's big work, and the
context stays usable after (a sweep of the ways a teaching sandbox's code may try: huge sorts,
collation, BigInt, RegExp compiles, template literals, JSON texts, array and buffer sizes)."""
from __future__ import annotations

import pytest

import pyjsvm as vm

# each case ends with the step limit's error under step_limit=100000 (in well under a second)
STEP_CASES = [
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)",
    "var a = []; for (let i = 0; i < 1e6; i++) a.push((i * 7919) % 1000003); a.sort(); 0",
    "Array.from({length: 1e6}, (_, i) => String((i * 7919) % 1000003)).sort(); 0",
    "'a'.repeat(1e6).localeCompare('a'.repeat(1e6) + 'b')",
    "new Intl.Collator().compare('\u00e9'.repeat(3e5), 'e'.repeat(3e5))",
    "new RegExp('a'.repeat(1e6)).test('b')",
    "`${'x'.repeat(2**27)}${'y'.repeat(2**27)}`.length",
    "JSON.parse('[' + '1,'.repeat(25e6) + '1]').length",
    # a string token past the C scanner's limit: a step per 1,024 code units (it was one step)
    "var s = JSON.stringify('x'.repeat(2**23)); for (;;) JSON.parse(s)",
    "Array.from({length: 1e7}).length",
    "new ArrayBuffer(2**30).byteLength",
    "new Array(2**31).fill(0).length",
    "'\u00df'.repeat(2**24).toUpperCase().length",
    "[...new Intl.Segmenter('en', {granularity: 'word'}).segment('ab '.repeat(2**18))].length",
    "eval('[' + '1,'.repeat(2e6) + ']').length",
    "'x'.repeat(2**25).replace(/x/g, 'yy').length",
    # Python's work on big integers: Karatsuba's multiplication and the quadratic long division
    # (262,000 bits by 130,000: 28 ms) charged the operator's one step (300 divisions ran 10 s
    # under step_limit=10000)
    "var x = 2n ** 131000n - 1n; for (let i = 0; i < 300; i++) x * x",
    "var x = 2n ** 262000n - 1n, y = 2n ** 130000n + 7n; for (let i = 0; i < 300; i++) x / y",
    "var x = 2n ** 262000n - 1n, y = 2n ** 130000n + 7n; for (let i = 0; i < 300; i++) x % y",
    "for (let i = 0; i < 300; i++) 3n ** 160000n",
]


@pytest.mark.parametrize("code", STEP_CASES)
def test_a_step_limit_holds(code: str) -> None:
    ctx = vm.create_context(step_limit=100_000)
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context(code, ctx)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    assert vm.run_in_context("[1, 2].map(x => x * 2).join()", ctx) == "2,4"


# a RangeError before the allocation (JS can catch it), the context usable after
@pytest.mark.parametrize("code", [
    "(2n ** 1000000n) > 0n",
    "(10n ** 100000n).toString().length",
    "BigInt('9'.repeat(1e6)) > 0n",
    "'x'.repeat(2**29).length",
])
def test_a_huge_value_is_a_range_error(code: str) -> None:
    ctx = vm.create_context(step_limit=100_000)
    assert vm.run_in_context(f"try {{ {code} }} catch (e) {{ e.name }}", ctx) == "RangeError"


@pytest.mark.parametrize("code", [
    "new ArrayBuffer(2**30).byteLength",
    "`${'x'.repeat(2**27)}${'y'.repeat(2**27)}`.length",
    "new Array(2**31).fill(0).length",
    # the elements were gathered where the periodic check does not look (a Python list): it
    # grew to 80 MB under a limit of 50 MB, and ran its 10 s, before the check saw it
    "Array.from({length: 1e7}).length",
])
def test_a_memory_limit_refuses_a_huge_allocation_first(code: str) -> None:
    ctx = vm.create_context(memory_limit=50 << 20)
    message = vm.run_in_context(f"try {{ {code} }} catch (e) {{ e.name + ': ' + e.message }}", ctx)
    assert message.startswith("RangeError: Memory limit of 52428800 bytes exceeded (an allocation")
    assert vm.run_in_context("[1, 2].map(x => x * 2).join()", ctx) == "2,4"


def test_small_bigint_arithmetic_charges_nothing_more() -> None:
    small = "var x = 2n ** 64n + 1n, r; for (let i = 0; i < 1000; i++) r = x * x / 3n % 7n + 2n ** 40n; r"
    assert vm.run_in_context(small, vm.create_context(step_limit=1100)) is not None
