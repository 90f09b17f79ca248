// Typed-array elements and length from emitted code (emit.py get_index / put_member / get_named
// 'length'): in-bounds reads and writes through the fast view, integer wrapping, floats, NaN,
// -0, odd keys, detached and resized buffers, a shadowed or replaced length getter.
var out = [];
function rd(o, k) { return o[k]; }
function wr(o, k, v) { o[k] = v; return o[k]; }
function len(o) { return o.length; }
function fill(t) { for (var i = 0; i < t.length; i++) t[i] = i * 1.5 - 2; return Array.prototype.join.call(t); }
var i8 = new Int8Array(4), u8 = new Uint8Array(3), i16 = new Int16Array(2), u16 = new Uint16Array(2);
var i32 = new Int32Array(3), u32 = new Uint32Array(2), f32 = new Float32Array(3), f64 = new Float64Array(3);
var c8 = new Uint8ClampedArray(3), b64 = new BigInt64Array(2);
out.push(fill(i8), fill(u8), fill(i16), fill(u16), fill(i32), fill(u32), fill(f32), fill(f64), fill(c8));
out.push(wr(i8, 0, 200), wr(i8, 1, -129), wr(i8, 2, 1e10), wr(i8, 3, -0.5), wr(u8, 0, -1), wr(u8, 1, 256.7));
out.push(wr(i16, 0, 40000), wr(u16, 1, -40000), wr(i32, 0, 2 ** 31), wr(i32, 1, -(2 ** 31) - 1), wr(i32, 2, 2 ** 53 + 2));
out.push(wr(u32, 0, -1), wr(u32, 1, 2 ** 32 + 5), wr(f32, 0, 1e300), wr(f32, 1, 0.1), wr(f32, 2, -1e-50));
out.push(wr(f64, 0, NaN), 1 / wr(f64, 1, -0), wr(f64, 2, Infinity), wr(i32, 0, Infinity), wr(i32, 1, NaN), wr(i32, 2, -Infinity));
out.push(wr(c8, 0, 300), wr(c8, 1, 1.5), wr(c8, 2, -3), wr(b64, 0, 5n), rd(b64, 0) === 5n);
try { wr(b64, 1, 1); } catch (e) { out.push(e.constructor.name); }
try { wr(i8, 0, 1n); } catch (e) { out.push(e.constructor.name); }
out.push(rd(i8, 4), rd(i8, -1), rd(i8, -0), rd(i8, 1.5), rd(i8, NaN), rd(i8, '1'), rd(i8, '-0'), rd(i8, 'x'), rd(i8, Infinity));
out.push(wr(i8, 4, 1), wr(i8, -1, 1), wr(i8, 1.5, 1), wr(i8, NaN, 1), wr(i8, '2', '7'), wr(i8, 0, '12'), wr(i8, 1, true), wr(i8, 3, null));
out.push(wr(i8, 2, { valueOf: function () { out.push('valueOf'); return 9; } }), Array.prototype.join.call(i8));
out.push(len(i8), len(f64), len(new Uint8Array(0)), len([1, 2]), len('abc'));
// resizable buffers: length-tracking and fixed views going out of bounds and back
var rb = new ArrayBuffer(8, { maxByteLength: 16 });
var track = new Uint8Array(rb), fixed = new Uint8Array(rb, 0, 6);
wr(track, 7, 9); wr(fixed, 5, 4);
rb.resize(4);
out.push(len(track), len(fixed), rd(track, 7), rd(fixed, 5), rd(track, 3), wr(track, 6, 1), wr(fixed, 1, 2));
rb.resize(12);
out.push(len(track), len(fixed), wr(track, 11, 1), rd(track, 11), rd(fixed, 1), rd(track, 7));
// a detached buffer (ArrayBuffer.prototype.transfer: not in node 20, where this part is skipped)
var db = new ArrayBuffer(4), dv = new Uint16Array(db);
wr(dv, 1, 77);
if (db.transfer) {
  var moved = db.transfer();
  out.push(len(dv), rd(dv, 1), wr(dv, 1, 5), rd(dv, 1), new Uint16Array(moved)[1]);
} else {
  out.push(0, undefined, undefined, undefined, 77);
}
// the length getter shadowed, replaced, or the prototype changed
var sh = new Int16Array(5);
Object.defineProperty(sh, 'length', { value: 'own' });
out.push(len(sh));
var p = Object.getPrototypeOf(Int8Array.prototype);
var desc = Object.getOwnPropertyDescriptor(p, 'length');
Object.defineProperty(p, 'length', { get: function () { return 'replaced ' + desc.get.call(this); }, configurable: true });
out.push(len(i8), len(f64));
Object.defineProperty(p, 'length', desc);
Object.defineProperty(Int8Array.prototype, 'length', { value: 'on Int8Array.prototype', configurable: true });
out.push(len(i8), len(f64));
delete Int8Array.prototype.length;
var moved2 = new Int8Array(3);
Object.setPrototypeOf(moved2, { length: 'plain proto' });
out.push(len(moved2), len(i8), rd(moved2, 0), wr(moved2, 0, 4));
// an element setter on the prototype is never reached for an integer index
Object.defineProperty(Object.prototype, '7', { get: function () { return 'getter'; }, set: function () { out.push('setter'); }, configurable: true });
out.push(rd(i8, 7), wr(i8, 7, 1), rd([], 7));
delete Object.prototype['7'];
out.join(' | ');
