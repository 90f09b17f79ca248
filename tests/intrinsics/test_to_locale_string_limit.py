"""Array.prototype.toLocaleString and %TypedArray%.prototype.toLocaleString make no string past
the longest one: a typed array's elements' toLocaleString may return any string (it had no
check at all), and a length whose separators alone are too many is a RangeError at once, not a
loop of up to 2**53 Gets."""
from __future__ import annotations

import pytest

import pyjsvm as vm
import pyjsvm.intrinsics.typed_array as typed_array_module
from tests.helpers import NODE, node_str

LONG_LOCALE = "Number.prototype.toLocaleString = function () { return 'x'.repeat(2**20); }; "


def ours(src: str) -> str:
    try:
        return str(vm.run_in_new_context(src, {}, timeout=5000))
    except vm.JSError as e:
        return "THROW " + str(e)


def test_typed_array_elements_past_the_longest_string() -> None:
    src = LONG_LOCALE + "new Uint8Array(1024).toLocaleString().length"  # 2**30 code units
    assert ours(src) == "THROW RangeError: Invalid string length"
    if NODE is not None:
        assert node_str(src) == "THROW RangeError: Invalid string length"


def test_typed_array_separators_past_the_longest_string(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typed_array_module, "MAX_STRING_LENGTH", 100)
    assert ours("new Uint8Array(101).toLocaleString().length") == "THROW RangeError: Invalid string length"
    assert ours("new Uint8Array(50).toLocaleString().length") == "99"
    assert ours("new Uint8Array(51).toLocaleString().length") == "THROW RangeError: Invalid string length"


@pytest.mark.parametrize("src", [
    "Array.prototype.toLocaleString.call({length: 2**53 - 1})",
    "Array(2**32 - 1).toLocaleString()",
])
def test_array_separators_past_the_longest_string(src: str) -> None:
    assert ours(src) == "THROW RangeError: Invalid string length"


@pytest.mark.parametrize("src", [
    "new Float64Array([1.5, -0, NaN]).toLocaleString()",
    "[1, null, undefined, 'a', [2, 3]].toLocaleString()",
    "new BigInt64Array([1n, -2n]).toLocaleString()",
])
def test_short_results_agree_with_node(src: str) -> None:
    got = ours(src)
    if NODE is not None:
        assert got == node_str(src)
