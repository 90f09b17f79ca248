// Typed-array element writes from emitted code (emit.py put_member): each kind of value the
// emitter knows something about -- an integral constant in 0..127 (stored with no bounds test),
// other constants, an int32 result (`x | 0`, `x >> n`, `~x`), a Number, an unknown value -- into
// every element type, at in-bounds, out-of-bounds and odd keys, and at the edges of each type's
// bounds (JSTypedArray fast_lo / fast_hi: inside them the value is stored as fast_conv makes it,
// outside them set_index wraps it, or it is NaN, an infinity, -0).
var out = [];
function show(x) { return typeof x === 'number' && x === 0 && 1 / x < 0 ? '-0' : String(x); }
function dump(t) { return Array.prototype.map.call(t, show).join(','); }
var TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
             Float32Array, Float64Array];
var KEYS = [0, 1, 3, 4, -1, 1.5, -0, '2', NaN];

function c0(o, k) { o[k] = 0; }
function c1(o, k) { o[k] = 1; }
function c127(o, k) { o[k] = 127; }
function c128(o, k) { o[k] = 128; }
function c255(o, k) { o[k] = 255; }
function c256(o, k) { o[k] = 256; }
function cneg(o, k) { o[k] = -1; }
function chalf(o, k) { o[k] = 0.5; }
function cnegz(o, k) { o[k] = -0; }
function cbig(o, k) { o[k] = 4294967297; }
function c2p31(o, k) { o[k] = 2147483648; }
function cstr(o, k) { o[k] = '7'; }
function ctrue(o, k) { o[k] = true; }
function cnull(o, k) { o[k] = null; }
var CONSTS = [c0, c1, c127, c128, c255, c256, cneg, chalf, cnegz, cbig, c2p31, cstr, ctrue, cnull];
TYPES.forEach(function (T) {
  CONSTS.forEach(function (f) {
    var t = new T(4);
    KEYS.forEach(function (k) { f(t, k); });
    out.push(T.name + ' ' + f.name + ' ' + dump(t));
  });
});

function i32(o, k, x) { o[k] = x | 0; }
function sar(o, k, x) { o[k] = x >> 1; }
function not(o, k, x) { o[k] = ~x; }
function num(o, k, x) { o[k] = x * 1.5; }
function any(o, k, x) { o[k] = x; }
var VALUES = [0, 1, -1, 127, 128, -128, -129, 255, 256, -0.5, -0.9, 255.9, 127.9, -128.9, 32767, 32768, -32768, -32769,
              65535, 65536, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967295.5, 4294967296,
              -4294967296, 1e10, -1e10, 2 ** 53, 2 ** 53 + 2, 1e300, -1e300, 3.4028235e38, 3.4028236e38, 1e-46,
              0.1, -0, NaN, Infinity, -Infinity];
TYPES.forEach(function (T) {
  [i32, sar, not, num, any].forEach(function (f) {
    var t = new T(VALUES.length), r = [];
    VALUES.forEach(function (v, k) { f(t, k, v); });
    out.push(T.name + ' ' + f.name + ' ' + dump(t));
  });
});
// values that are not Numbers at a site that has seen Numbers
var u = new Uint8Array(6);
[3, '4', { valueOf: function () { return 300; } }, undefined, [9], true].forEach(function (v, k) { any(u, k, v); });
out.push(dump(u));
// BigInt arrays: a Number throws, a BigInt stores (wrapped)
var b = new BigInt64Array(2), ub = new BigUint64Array(2);
[c1, cneg, i32].forEach(function (f) { try { f(b, 0, 3); out.push('stored'); } catch (e) { out.push(f.name + ' ' + e.constructor.name); } });
any(b, 0, -5n); any(ub, 0, -5n); any(ub, 1, 2n ** 64n + 3n);
out.push(String(b[0]), String(ub[0]), String(ub[1]));
// resized and detached buffers: the same sites, now out of bounds
var rb = new ArrayBuffer(4, { maxByteLength: 8 }), tr = new Uint8Array(rb), fx = new Uint8Array(rb, 0, 4);
c1(tr, 3); c127(fx, 2); i32(tr, 1, 5);
rb.resize(2);
c1(tr, 3); c127(fx, 2); i32(tr, 1, 6); c0(fx, 0); any(tr, 0, 200.5);
out.push(dump(tr), fx.length);
rb.resize(8);
c1(tr, 7); i32(fx, 3, 9);
out.push(dump(tr), dump(fx));
var db = new ArrayBuffer(4), dv = new Int16Array(db);
c1(dv, 0);
if (db.transfer) { db.transfer(); c1(dv, 0); i32(dv, 1, 3); out.push(dv.length, dv[0]); } else { out.push(0, undefined); }
// a subclass instance, and a Proxy (its [[Set]] gets the key as a string)
class S extends Int16Array {}
var s = new S(2);
c127(s, 0); i32(s, 1, 70000);
out.push(dump(s));
var seen = [], px = new Proxy(new Int8Array(2), { set: function (t, k, v, r) { seen.push(typeof k + ' ' + k + '=' + v); return Reflect.set(t, k, v); } });
c1(px, 0); i32(px, 1, 300); any(px, -0, 5);
out.push(seen.join(';'), dump(Reflect.getPrototypeOf(px) === Int8Array.prototype ? [px[0], px[1]] : []));
out.join('\n');
