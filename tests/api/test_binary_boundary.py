"""ArrayBuffers and typed arrays across the Python boundary (pyjsvm.api.convert)."""
from __future__ import annotations

import pyjsvm as vm


def test_typed_arrays_reach_python_as_memoryviews() -> None:
    ctx = vm.create_context()
    mv = vm.run_in_context("globalThis.a = new Int16Array([1, -2, 3]); a", ctx)
    assert isinstance(mv, memoryview) and mv.format == "h" and mv.tolist() == [1, -2, 3]
    mv[0] = 7  # writes through: the same bytes
    assert vm.run_in_context("a[0]", ctx) == 7
    buf = vm.run_in_context("a.buffer", ctx)
    assert bytes(buf) == bytes([7, 0, 254, 255, 3, 0])
    assert bytes(vm.run_in_context("new DataView(a.buffer, 2, 2)", ctx)) == bytes([254, 255])
    assert vm.run_in_context("new Float64Array([0.5])", ctx).tolist() == [0.5]


def test_python_bytes_become_uint8arrays() -> None:
    ctx = vm.create_context()
    shared = bytearray(b"abc")
    ctx["shared"] = shared
    ctx["copied"] = b"xyz"
    assert vm.run_in_context("shared instanceof Uint8Array && copied instanceof Uint8Array", ctx) is True
    vm.run_in_context("shared[0] = 65; copied[0] = 65", ctx)
    assert shared == bytearray(b"Abc")
    assert vm.run_in_context("String.fromCharCode(...copied)", ctx) == "Ayz"


def test_resize_and_transfer_with_python_views_do_not_crash() -> None:
    ctx = vm.create_context()
    view = vm.run_in_context("globalThis.b = new ArrayBuffer(4, {maxByteLength: 8}); new Uint8Array(b)[0] = 9; b", ctx)
    assert vm.run_in_context("b.resize(8); const u = new Uint8Array(b); [b.byteLength, u[0]]", ctx) == [8, 9]
    assert vm.run_in_context("const c = b.transfer(2); [b.detached, new Uint8Array(c)[0]]", ctx) == [True, 9]
    assert view[0] == 9
