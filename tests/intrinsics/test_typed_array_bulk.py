"""Bulk operations on large typed arrays and ArrayBuffers (allocating, fill, slice, set,
copyWithin, reverse, toReversed, sort and toSorted of 1- and 2-byte integers, ArrayBuffer
slice, cloning) work in pieces with the run's budget checked between them, so that a timeout
stops them within a piece (a 1 GB fill ran 4.3 s past a 1 s timeout); and a list of values that
could never fit in memory is refused with a RangeError before it is made. The pieces are made
small here, so that the results of every piece-wise path (overlaps, odd remainders, the middle
of a reversal) are compared with node's on arrays of a few thousand elements."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm as vm
import pyjsvm.intrinsics.typed_array as typed_array_module
import pyjsvm.runtime.buffers as buffers_module
from tests.helpers import NODE, node_str

PROGRAMS = {  # name: (the input, made first; the operation)
    "fill": ("var a = new Uint16Array(5000);", "a.fill(513, 3, 4990); a.fill(7, -2);"),
    "slice": ("var b = new Int32Array(4000).map((x, i) => i * 7);", "var a = b.slice(5, 3999);"),
    "slice overlapping forwards": (
        "var src = new Uint8Array(6000).map((x, i) => i % 251);"
        " src.constructor = {[Symbol.species]: function (n) { return new Uint8Array(src.buffer, 3, n); }};",
        "src.slice(0, 5000); var a = src;"),
    "slice overlapping far": (
        "var src = new Uint8Array(12000).map((x, i) => i % 253);"
        " src.constructor = {[Symbol.species]: function (n) { return new Uint8Array(src.buffer, 5000, n); }};",
        "src.slice(0, 7000); var a = src;"),
    "set": ("var a = new Uint8Array(7000).map((x, i) => i % 200);", "a.set(a.subarray(0, 6000), 999);"),
    "set back": ("var a = new Uint8Array(7000).map((x, i) => i % 200);", "a.set(a.subarray(999, 6999), 0);"),
    "copyWithin": ("var a = new Float64Array(5000).map((x, i) => i / 3);", "a.copyWithin(1001, 0); a.copyWithin(0, 1700, 4900);"),
    "reverse": ("var a = new Int16Array(4099).map((x, i) => i * 3 - 5000);", "a.subarray(1, 4098).reverse();"),
    "toReversed": ("var a = new BigInt64Array(3001).map((x, i) => BigInt(i) ** 3n);", "a = a.toReversed();"),
    "sort Int8": ("var a = new Int8Array(5000).map((x, i) => (i * 7919) % 256 - 128);", "a.sort();"),
    "toSorted Uint16": ("var a = new Uint16Array(5000).map((x, i) => (i * 7919) % 65536);", "a = a.toSorted();"),
    "toSorted Uint8Clamped": ("var a = new Uint8ClampedArray(5000).map((x, i) => (i * 31) % 300);", "a = a.toSorted();"),
    "ArrayBuffer slice": ("var b = new Uint8Array(9000).map((x, i) => i % 255).buffer;", "var a = new Uint8Array(b.slice(7, 8500));"),
    "clone": ("var b = new Uint32Array(3000).map((x, i) => i * 99991);", "var a = new Uint32Array(b);"),
}
SUMMARY = (" var h = 0; for (var i = 0; i < a.length; i++) h = (h * 31 + Number(a[i])) % 1000003;"
           " [a.length, h].join()")


@pytest.fixture
def small_pieces(monkeypatch: Any) -> list[int]:
    """Pieces of 512 bytes (and 256 elements); the list counts the budget checks."""
    checks: list[int] = []
    def counting(real: Any) -> Any:
        def check(*args: int) -> None:  # (check_stop(cost) or check_every(i, mask))
            checks.append(1)
            real(*args)
        return check
    counting_check_stop = counting(buffers_module.check_stop)
    monkeypatch.setattr(buffers_module, "BYTES_PIECE", 512)
    monkeypatch.setattr(typed_array_module, "BYTES_PIECE", 512)
    monkeypatch.setattr(typed_array_module, "_BULK_ELEMENTS", 256)
    monkeypatch.setattr(typed_array_module, "_COUNT_PIECE", 512)
    monkeypatch.setattr(buffers_module, "check_stop", counting_check_stop)
    monkeypatch.setattr(typed_array_module, "check_stop", counting_check_stop)
    monkeypatch.setattr(typed_array_module, "check_every", counting(typed_array_module.check_every))
    return checks


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_bulk_operations_in_pieces(small_pieces: list[int], name: str) -> None:
    setup, operation = PROGRAMS[name]
    vm.run_in_new_context(setup, {})
    before = len(small_pieces)  # (the budget checks of making the input)
    src = setup + operation + SUMMARY
    got = vm.run_in_new_context(src, {})
    assert len(small_pieces) - 2 * before >= 5
    if NODE is not None:
        assert got == node_str(src)


def test_a_large_block_is_made_in_pieces(small_pieces: list[int], monkeypatch: Any) -> None:
    monkeypatch.setattr(buffers_module, "ZEROS_PIECE", 512)
    assert vm.run_in_new_context("new ArrayBuffer(10000).byteLength + new Uint8Array(3001).length", {}) == 13001
    assert len(small_pieces) >= 20


def test_a_value_list_that_can_never_fit_is_refused(monkeypatch: Any) -> None:
    monkeypatch.setattr(typed_array_module, "PHYSICAL_MEMORY", 1 << 20)
    src = "try { new Float64Array(1e5).toSorted(); 'made' } catch (e) { e.name }"
    assert vm.run_in_new_context(src, {}) == "RangeError"
    # (a smaller array's list fits)
    assert vm.run_in_new_context("new Float64Array(1e4).toSorted().length", {}) == 10000

