"""ArrayBuffer, SharedArrayBuffer and DataView (sec-arraybuffer-objects, sec-dataview-objects),
with byte layouts compared against node."""
from __future__ import annotations

import struct
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from binary_diff import node_fixture, ours

NODE_CASES = [
    "new ArrayBuffer(5)",
    "(() => { const b = new ArrayBuffer(4, {maxByteLength: 12}); b.resize(10); return [b.byteLength, b.maxByteLength, b.resizable]; })()",
    "(() => { const b = new ArrayBuffer(4, {maxByteLength: 12}); try { b.resize(13); } catch (e) { return e.constructor.name; } })()",
    "(() => { try { new ArrayBuffer(8, {maxByteLength: 4}); } catch (e) { return e.constructor.name; } })()",
    "(() => { const b = new Uint8Array([1, 2, 3, 4, 5]).buffer; return [new Uint8Array(b.slice(1, -1)), new Uint8Array(b.slice(-2)), b.slice(4, 1).byteLength]; })()",
    "[ArrayBuffer.isView(new DataView(new ArrayBuffer(1))), ArrayBuffer.isView(new Int8Array(1)), ArrayBuffer.isView([]), ArrayBuffer[Symbol.species] === ArrayBuffer]",
    "(() => { const s = new SharedArrayBuffer(4, {maxByteLength: 8}); s.grow(6); try { s.grow(5); } catch (e) { return [s.byteLength, s.growable, e.constructor.name]; } })()",
    "(() => { try { ArrayBuffer.prototype.slice.call(new SharedArrayBuffer(1)); } catch (e) { return e.constructor.name; } })()",
    "Object.prototype.toString.call(new SharedArrayBuffer(1))",
    # DataView byte layouts
    "(() => { const v = new DataView(new ArrayBuffer(8)); v.setFloat64(0, Math.PI); return new Uint8Array(v.buffer); })()",
    "(() => { const v = new DataView(new ArrayBuffer(8)); v.setFloat64(0, Math.PI, true); return new Uint8Array(v.buffer); })()",
    "(() => { const v = new DataView(new ArrayBuffer(4)); v.setFloat32(0, 1e40); return [new Uint8Array(v.buffer), v.getFloat32(0)]; })()",
    "(() => { const v = new DataView(new ArrayBuffer(4)); v.setFloat32(0, NaN); return new Uint8Array(v.buffer); })()",
    "(() => { const v = new DataView(new ArrayBuffer(8)); v.setFloat64(0, NaN); return new Uint8Array(v.buffer); })()",
    "(() => { const v = new DataView(new ArrayBuffer(8)); v.setInt32(0, -2, true); v.setUint16(4, 0x1234); return [new Uint8Array(v.buffer), v.getInt16(4, true), v.getUint32(0)]; })()",
    "(() => { const v = new DataView(new ArrayBuffer(8)); v.setBigInt64(0, -5n); return [v.getBigUint64(0), v.getBigInt64(0, true), new Uint8Array(v.buffer)]; })()",
    "(() => { const v = new DataView(new ArrayBuffer(8)); v.setBigUint64(0, 2n ** 64n + 3n, true); return [v.getBigUint64(0, true), v.getInt8(0)]; })()",
    "(() => { const v = new DataView(new ArrayBuffer(4), 1, 2); try { v.getInt16(1); } catch (e) { return [v.byteOffset, v.byteLength, e.constructor.name]; } })()",
    "(() => { try { new DataView(new ArrayBuffer(4), 5); } catch (e) { return e.constructor.name; } })()",
    "(() => { const b = new ArrayBuffer(4, {maxByteLength: 8}); const v = new DataView(b, 2); b.resize(8); const l1 = v.byteLength; b.resize(1); try { v.byteLength; } catch (e) { return [l1, e.constructor.name]; } })()",
    "(() => { const v = new DataView(new ArrayBuffer(2)); v.setUint8(0, 257); v.setInt8(1, -129); return [v.getUint8(0), v.getInt8(1), v.getUint16(0)]; })()",
    "(() => { const v = new DataView(new ArrayBuffer(8)); try { v.setBigInt64(0, 1); } catch (e) { return e.constructor.name; } })()",
    "[DataView.prototype.getFloat64.length, DataView.prototype.setFloat64.length, DataView.length, DataView.name]",
    # get/set with the NON-SPEC fast path (data_view._fast_byte_index) and around it: index
    # Numbers to truncate, -0, NaN, out of range; littleEndian of every type; a sub-view; a
    # length-tracking view of a resized buffer; values that need conversion
    "(() => { const b = new ArrayBuffer(16, {maxByteLength: 32}); const v = new DataView(b, 4, 8), t = new DataView(b, 2), r = [];"
    " const ops = [() => v.setInt16(1.9, -2), () => v.getInt16(1), () => v.getUint16(1.5, true), () => v.getUint16(1, 1),"
    " () => v.getUint16(1, 'x'), () => v.getUint16(1, 0), () => v.getUint16(1, {}), () => v.setFloat64(-0, -0),"
    " () => v.getFloat64(0), () => v.getFloat64(-0.5, false), () => v.getInt8(NaN), () => v.getInt8(8), () => v.getInt32(5),"
    " () => v.getInt32(-1),"
    " () => v.getInt8(2 ** 53), () => v.getInt8(Infinity), () => v.getUint8('3'), () => v.setUint8(3, '300'), () => v.getUint8(3),"
    " () => v.setUint32(0, -1, true), () => v.getUint32(0, true), () => v.setFloat32(0, 1e40), () => v.getFloat32(0),"
    " () => v.setFloat64(0, NaN), () => v.getFloat64(0), () => v.setBigInt64(0, 1), () => v.setBigInt64(0, -3n, true),"
    " () => v.getBigUint64(0, true), () => v.getBigInt64(1), () => t.getUint8(13), () => t.getUint8(14),"
    " () => b.resize(6), () => t.getUint8(3), () => t.getUint8(4), () => v.getUint8(0), () => v.setUint8(0, 1),"
    " () => b.resize(32), () => t.getUint8(29), () => t.getUint8(30), () => v.getInt8(7), () => v.setInt8(7, 200), () => v.getInt8(7)];"
    " for (const op of ops) { try { r.push(op()); } catch (e) { r.push(e.constructor.name); } } return r; })()",
]


# Newer than node 20 (transfer, detached): fixed expectations.
FIXED_CASES = [
    ("[new ArrayBuffer(8).byteLength, new ArrayBuffer(8).resizable, new ArrayBuffer(8).maxByteLength, new ArrayBuffer(8).detached]",
     "[8,false,8,false]"),
    ("(() => { const b = new Uint8Array([1, 2, 3]).buffer; const c = b.transfer(5); return [b.detached, b.byteLength, new Uint8Array(c), c.resizable]; })()",
     "[true,0,[1,2,3,0,0],false]"),
    ("(() => { const b = new ArrayBuffer(2, {maxByteLength: 8}); const c = b.transfer(); const d = new ArrayBuffer(2, {maxByteLength: 8}).transferToFixedLength(); return [c.resizable, c.maxByteLength, d.resizable]; })()",
     "[true,8,false]"),
    ("(() => { const b = new ArrayBuffer(2); b.transfer(); try { b.slice(0); } catch (e) { return e.constructor.name; } })()",
     '"TypeError"'),
]


@pytest.mark.parametrize("case,expected", FIXED_CASES)
def test_fixed(case: str, expected: str) -> None:
    assert ours(case) == expected


node_out = node_fixture(NODE_CASES)


@pytest.mark.parametrize("index", range(len(NODE_CASES)))
def test_against_node(index: int, node_out: list[Any]) -> None:
    assert ours(NODE_CASES[index]) == node_out[index], NODE_CASES[index]


def test_float16_dataview_matches_struct() -> None:
    # node 20 has no Float16: compare with Python's binary16 packing.
    for x in (1.0, 1.337, 65504.0, 65519.0, 1e-7, -2.5, 0.1):
        expected = list(struct.pack(">e", x))
        got = ours(f"(() => {{ const v = new DataView(new ArrayBuffer(2)); v.setFloat16(0, {x!r}); return [new Uint8Array(v.buffer), v.getFloat16(0)]; }})()")
        assert got == "[" + str(expected).replace(" ", "") + "," + _num(struct.unpack(">e", bytes(expected))[0]) + "]"
    assert ours("(() => { const v = new DataView(new ArrayBuffer(2)); v.setFloat16(0, 65520); return v.getFloat16(0); })()") == '"Infinity"'
    assert ours("(() => { const v = new DataView(new ArrayBuffer(2)); v.setFloat16(0, NaN); return new Uint8Array(v.buffer); })()") == "[126,0]"


def _num(x: float) -> str:
    if x == int(x) and abs(x) < 1e21:
        return str(int(x))
    r = repr(x)
    return r.replace("e-0", "e-") if "e-0" in r else r


@settings(max_examples=60, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, width=64))
def test_dataview_float32_roundtrip_matches_struct(x: float) -> None:
    got = ours(f"(() => {{ const v = new DataView(new ArrayBuffer(4)); v.setFloat32(0, {x!r}, true); return Array.from(new Uint8Array(v.buffer)); }})()")
    try:
        expected = list(struct.pack("<f", x))
    except OverflowError:
        expected = list(struct.pack("<f", float("inf") if x > 0 else float("-inf")))
    assert got == str(expected).replace(" ", "")


def test_detached_buffer_errors() -> None:
    assert ours("(() => { const b = new ArrayBuffer(4); const v = new DataView(b); b.transfer(); try { v.getInt8(0); } catch (e) { return e.constructor.name; } })()") == '"TypeError"'
    assert ours("(() => { const b = new ArrayBuffer(4); b.transfer(); return [b.byteLength, b.maxByteLength, b.detached]; })()") == "[0,0,true]"


def test_immutable_array_buffer() -> None:
    src = ("(() => { const b = new Uint8Array([1, 2, 3]).buffer.transferToImmutable(); const a = new Uint8Array(b); "
           "const r = [b.immutable, Reflect.set(a, 0, 9), a[0], Reflect.defineProperty(a, '0', {value: 1}), "
           "Object.getOwnPropertyDescriptor(a, '1').writable]; "
           "for (const f of [() => a.fill(0), () => new DataView(b).setInt8(0, 1), () => b.transfer(), () => Atomics.store(a, 0, 1)]) "
           "{ try { f(); r.push('no'); } catch (e) { r.push(e.constructor.name); } } return r; })()")
    assert ours(src) == '[true,false,1,true,false,"TypeError","TypeError","TypeError","TypeError"]'
    assert ours("(() => { const b = new Uint8Array([1, 2, 3, 4]).buffer.sliceToImmutable(1, -1); return [b.immutable, new Uint8Array(b)]; })()") == \
        "[true,[2,3]]"
    assert ours("(() => { 'use strict'; const a = new Uint8Array(new ArrayBuffer(2).transferToImmutable()); try { a[0] = 1; } catch (e) { return e.constructor.name; } })()") == '"TypeError"'
