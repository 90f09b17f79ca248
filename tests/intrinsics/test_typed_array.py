"""%TypedArray% and the concrete TypedArray constructors (sec-typedarray-objects), element
conversions against ``struct`` and behaviour against node."""
from __future__ import annotations

import math
import struct
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from binary_diff import node_fixture, ours

TYPES = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
         "Uint32Array", "Float32Array", "Float64Array"]

NODE_CASES = [
    *[f"new {t}([0, 1, -1, 127, 128, 255, 256, -129, 65535, 65536, 2147483648, -2147483649, 4294967296, 1.5, -1.5, 2.5, NaN, Infinity, -Infinity, -0, 1e300])" for t in TYPES],
    *[f"(() => {{ const a = new {t}([1, 2, 3, 4]); return new Uint8Array(a.buffer); }})()" for t in TYPES],
    "new BigInt64Array([0n, -1n, 2n ** 63n, 2n ** 64n + 5n])",
    "new BigUint64Array([0n, -1n, 2n ** 63n, 2n ** 64n + 5n])",
    "(() => { try { new BigInt64Array([1]); } catch (e) { return e.constructor.name; } })()",
    "(() => { try { new Int8Array([1n]); } catch (e) { return e.constructor.name; } })()",
    "(() => { const a = new Int16Array([5, 1, 4]); return [a.length, a.byteLength, a.byteOffset, a.BYTES_PER_ELEMENT, Int16Array.BYTES_PER_ELEMENT]; })()",
    "(() => { const a = new Uint8Array([1, 2, 3, 4, 5, 6]); const s = a.subarray(2, 5); s[0] = 9; return [a, s, s.byteOffset, s.length]; })()",
    "(() => { const b = new ArrayBuffer(8); const a = new Int16Array(b, 2, 2); a[0] = -1; return [new Uint8Array(b), a.length]; })()",
    "(() => { try { new Int32Array(new ArrayBuffer(8), 2); } catch (e) { return e.constructor.name; } })()",
    "(() => { try { new Int32Array(new ArrayBuffer(7)); } catch (e) { return e.constructor.name; } })()",
    "(() => { const a = new Float64Array([3, -0, 0, NaN, -Infinity, 1]); a.sort(); return [a, Object.is(a[1], -0)]; })()",
    "new Int32Array([5, 1, 10, 2]).sort((x, y) => y - x)",
    "new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3)",
    "new Uint8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3)",
    "new Int8Array(5).fill(7, 1, -1)",
    "new Float32Array([1, 2, 3]).map(x => x / 3)",
    "new Uint8Array([1, 2, 3, 4]).filter(x => x % 2)",
    "[new Uint8Array([1, 2, 3]).reduce((a, b) => a + b), new Uint8Array([1, 2, 3]).reduceRight((a, b) => a + '' + b)]",
    "[new Int8Array([1, 2, 3]).indexOf(2), new Int8Array([1, 2, 3]).lastIndexOf(3, -2), new Float32Array([NaN]).includes(NaN), new Float32Array([NaN]).indexOf(NaN)]",
    "[new Uint8Array([1, 2, 3]).join('-'), new Uint8Array([1, 2, 3]).toString(), String(new Float64Array([0.1, -0]))]",
    "[...new Uint8Array([4, 5]).entries(), ...new Uint8Array([4, 5]).keys()]",
    "new Uint8Array([1, 2, 3, 4, 5]).slice(1, -1)",
    "(() => { const a = new Uint8Array(6); a.set([1, 2], 1); a.set(new Int8Array([-1, -2]), 4); return a; })()",
    "(() => { const a = new Uint8Array([1, 2, 3, 4]); a.set(a.subarray(0, 3), 1); return a; })()",
    "(() => { try { new Uint8Array(2).set([1, 2, 3]); } catch (e) { return e.constructor.name; } })()",
    "[new Uint8Array([1, 2, 3]).at(-1), new Uint8Array([1, 2, 3]).findLast(x => x < 3), new Uint8Array([1, 2, 3]).findLastIndex(x => x > 5)]",
    "[new Uint8Array([3, 1, 2]).toSorted(), new Uint8Array([3, 1, 2]).toReversed(), new Uint8Array([3, 1, 2]).with(-1, 9)]",
    "(() => { try { new Uint8Array(2).with(2, 1); } catch (e) { return e.constructor.name; } })()",
    "Uint16Array.from([1, 2, 3], x => x * 1000)",
    "Float64Array.of(1, '2', true)",
    "Int8Array.from({length: 3, 0: 5, 2: 7})",
    "(() => { const a = new Uint8Array([1, 2]); return [Object.keys(a), Object.getOwnPropertyNames(a), '1' in a, '2' in a, '-0' in a, '1.0' in a, a['1.5']]; })()",
    "(() => { const a = new Uint8Array(2); a.foo = 1; a[5] = 1; a['-0'] = 3; return [Object.keys(a), a[5], a.foo]; })()",
    "(() => { const a = new Uint8Array(2); return [Reflect.defineProperty(a, '0', {value: 3}), Reflect.defineProperty(a, '0', {value: 3, enumerable: false}), Reflect.defineProperty(a, '5', {value: 1}), a[0]]; })()",
    "(() => { const a = new Uint8Array(2); return [delete a[0], delete a[5], Object.getOwnPropertyDescriptor(a, '1')]; })()",
    "(() => { try { Object.freeze(new Uint8Array(1)); } catch (e) { return e.constructor.name; } })()",
    "[Object.isFrozen(Object.freeze(new Uint8Array(0))), Object.isSealed(new Uint8Array(0))]",
    "[JSON.stringify(new Int8Array([1, -1])), JSON.stringify({a: new Float32Array([0.5])})]",
    "Array.prototype.map.call(new Uint8Array([1, 2]), x => x * 300)",
    "Array.from(new Int16Array([7, 8]))",
    "[...new Float32Array([1.1])]",
    "(() => { const out = []; for (const x of new Uint32Array([4294967295])) out.push(x); return out; })()",
    "[Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Uint8Array), Object.getPrototypeOf(Int8Array).name, Object.getPrototypeOf(Int8Array.prototype) === Object.getPrototypeOf(Uint8Array).prototype]",
    "(() => { try { Object.getPrototypeOf(Int8Array)(); } catch (e) { return e.constructor.name; } })()",
    "(() => { try { Uint8Array(1); } catch (e) { return e.constructor.name; } })()",
    "[Object.prototype.toString.call(new Uint8ClampedArray(1)), new Uint8Array(1)[Symbol.toStringTag], Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), Symbol.toStringTag).get.call(3)]",
    "(() => { const TA = Object.getPrototypeOf(Int8Array); return [TA.prototype[Symbol.iterator] === TA.prototype.values, TA.prototype.toString === Array.prototype.toString, TA.from.length, TA.of.length, Int8Array.length]; })()",
    "(() => { class My extends Uint8Array {}; const m = new My([1, 2, 3]); const s = m.map(x => x * 2); return [s instanceof My, s, m.subarray(1) instanceof My]; })()",
    "(() => { const b = new ArrayBuffer(4, {maxByteLength: 8}); const a = new Uint8Array(b); const f = new Uint8Array(b, 0, 4); b.resize(8); const l = [a.length, f.length]; b.resize(2); return [l, a.length, f.length, f.byteOffset, a[1], f[0]]; })()",
    "(() => { const b = new ArrayBuffer(4, {maxByteLength: 8}); const a = new Uint8Array(b, 2); b.resize(1); try { a.fill(0); } catch (e) { return [a.length, e.constructor.name]; } })()",
    "(() => { const a = new Uint8Array([1, 2, 3]); let n = 0; for (const x of a) { if (n++ === 0) a[2] = 9; } return [n, a]; })()",
    "new Int8Array(new Uint8Array([200, 100]))",
    "new Uint8ClampedArray(new Int8Array([-5, 5]))",
    "new Float32Array(new Float64Array([1.1]))",
    "(() => { const a = new Uint8Array(3); a.set(new Float64Array([1.5, -1, 256])); return a; })()",
    "(() => { const a = new Uint8ClampedArray(3); a.set(new Int8Array([-1, 5, 127])); return a; })()",
    "new Uint8Array(new Uint16Array([1, 2, 3]).buffer, 2)",
    "(() => { const a = new Uint8Array(4); a[1.5] = 3; a[-1] = 4; a['2'] = 5; return [a, a['1.5'], a[-1]]; })()",
    "new BigInt64Array([5n, -3n, 2n]).sort()",
    "new Float64Array(3).fill(0.5)",
    "(() => { const a = new Uint8Array(4); let r; try { a.set([1], Infinity) } catch (e) { r = e.constructor.name; } return r; })()",
    # Array.prototype methods and the array iterator on typed arrays (array._get reads an
    # element as TypedArrayGetElement): every element type, -0 and NaN, a view that shrinks
    # or is detached while a callback or an iteration runs (elements past its end: undefined)
    *[f"(() => {{ const a = new {t}([3, -0, 1.5, NaN, 255]); return [[...a], Array.from(a), Array.prototype.map.call(a, x => x), "
      f"Array.prototype.indexOf.call(a, 0), Array.prototype.includes.call(a, NaN), Array.prototype.at.call(a, -1), "
      f"[...a.entries()].join(';'), Array.prototype.reverse.call(a.slice()), Array.prototype.join.call(a)]; }})()" for t in TYPES],
    "(() => { const a = new BigInt64Array([1n, -2n]); return [[...a].map(String), Array.prototype.join.call(a), Array.prototype.lastIndexOf.call(a, -2n)]; })()",
    "(() => { const b = new ArrayBuffer(6, {maxByteLength: 8}); const a = new Uint16Array(b); a.set([1, 2, 3]); const r = [];"
    " Array.prototype.forEach.call(a, (x, i) => { r.push(x); if (i === 0) b.resize(2); }); r.push(Array.prototype.map.call(a, x => x));"
    " b.resize(8); const it = a.values(); r.push(it.next().value); b.resize(3); r.push(it.next().value, it.next().done); return r; })()",
    # %TypedArray%.prototype.set from a dense array packs Numbers at once (_pack_numbers); holes,
    # non-Numbers, overflowing Float32 values and BigInt targets take the element-wise steps
    *[f"(() => {{ const a = new {t}(6); a.set([1.5, -1, 300, -0, NaN, 1e39].slice(0, 4), 2); a.set([7], 0); return a; }})()" for t in TYPES],
    "(() => { const a = new Float32Array(4); a.set([1, 1e39, -1e39, 3.4028235677973366e38]); return a; })()",
    "(() => { const a = new Int16Array(5); Array.prototype[1] = 9; a.set([1, , 3]); delete Array.prototype[1]; const r = [...a];"
    " a.set([{ valueOf() { return 4; } }, '5', 6], 2); return [r, a]; })()",
    "(() => { const a = new Uint8Array(3); try { a.set([1, 2, 3], 1); } catch (e) { return [e.constructor.name, a]; } })()",
    "(() => { const a = new BigInt64Array(2); try { a.set([1, 2]); } catch (e) { return e.constructor.name; } })()",
    "(() => { const a = new BigInt64Array(3); a.set([1n, -1n], 1); return a; })()",
    "(() => { const b = new ArrayBuffer(4); const a = new Int8Array(b); a.set([5, 6, 7, 8]); const r = []; const it = a[Symbol.iterator]();"
    " r.push(it.next().value); try { b.transfer(); r.push(it.next()); } catch (e) { r.push(e.constructor.name); } return r; })()",
]


node_out = node_fixture(NODE_CASES)


@pytest.mark.parametrize("index", range(len(NODE_CASES)))
def test_against_node(index: int, node_out: list[Any]) -> None:
    assert ours(NODE_CASES[index]) == node_out[index], NODE_CASES[index]


def _js_num(x: float) -> str:
    if x != x:
        return "NaN"
    if x in (math.inf, -math.inf):
        return "Infinity" if x > 0 else "-Infinity"
    return repr(x)


_INT_FORMATS = {"Int8Array": "b", "Uint8Array": "B", "Int16Array": "h", "Uint16Array": "H",
                "Int32Array": "i", "Uint32Array": "I"}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(_INT_FORMATS)), st.floats(allow_nan=False, allow_infinity=False, min_value=-1e19, max_value=1e19))
def test_integer_conversion_matches_modular_struct(ta: str, x: float) -> None:
    """ToInt8 ... ToUint32: truncate, then modulo 2**bits (struct packs the wrapped value)."""
    fmt = _INT_FORMATS[ta]
    bits = 8 * struct.calcsize(fmt)
    wrapped = int(x) % (1 << bits)
    if fmt.islower() and wrapped >= 1 << (bits - 1):
        wrapped -= 1 << bits
    expected = list(struct.pack("<" + fmt, wrapped))
    got = ours(f"(() => {{ const a = new {ta}(1); a[0] = {x!r}; return new Uint8Array(a.buffer); }})()")
    assert got == str(expected).replace(" ", "")


@settings(max_examples=80, deadline=None)
@given(st.floats(width=64))
def test_float16_conversion_matches_struct(x: float) -> None:
    """Float16Array elements and Math.f16round round like struct's binary16 (ties to even);
    NaN is stored as the canonical quiet NaN 0x7e00."""
    if x != x:
        expected = [0, 126]
    else:
        try:
            expected = list(struct.pack("<e", x))
        except OverflowError:
            expected = list(struct.pack("<e", math.copysign(math.inf, x)))
    got = ours(f"(() => {{ const a = new Float16Array(1); a[0] = {_js_num(x)}; return new Uint8Array(a.buffer); }})()")
    assert got == str(expected).replace(" ", "")


@settings(max_examples=60, deadline=None)
@given(st.floats(width=64))
def test_float32_nan_canonical(x: float) -> None:
    got = ours(f"(() => {{ const a = new Float32Array(1); a[0] = {_js_num(x)}; return new Uint8Array(a.buffer); }})()")
    if x != x:
        assert got == "[0,0,192,127]"
    else:
        try:
            expected = list(struct.pack("<f", x))
        except OverflowError:
            expected = list(struct.pack("<f", math.copysign(math.inf, x)))
        assert got == str(expected).replace(" ", "")


def test_float16_array_basics() -> None:
    assert ours("Array.from(new Float16Array([1.337, 65520, -0.1]))") == '[1.3369140625,"Infinity",-0.0999755859375]'
    assert ours("[Float16Array.BYTES_PER_ELEMENT, new Float16Array(new ArrayBuffer(4)).length]") == "[2,2]"


def test_detach_during_conversion() -> None:
    # the value is converted first; the store is skipped once the buffer is detached
    src = ("(() => { const a = new Uint8Array(2); const r = Reflect.set(a, 0, {valueOf() { a.buffer.transfer(); return 1; }}); "
           "return [r, a.length, a[0]]; })()")
    assert ours(src) == "[true,0,null]"


def test_fast_path_after_detach_and_resize() -> None:
    src = ("(() => { const b = new ArrayBuffer(8, {maxByteLength: 16}); const a = new Float64Array(b); a[0] = 1.5; "
           "b.resize(16); a[1] = 2.5; b.resize(8); const r = [a.length, a[0], a[1]]; b.transfer(); r.push(a[0], a.length); return r; })()")
    assert ours(src) == "[1,1.5,null,null,0]"
