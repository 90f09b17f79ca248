// ta.length read at one site after that site has read it (emit.py get_named 'length': the fast
// view's length while JSTypedArray.get_length's finding that `length` is the
// %TypedArray.prototype% getter holds, i.e. until PROTO_EPOCH moves): every change that must end
// that -- an own length, one on the concrete prototype, on %TypedArray.prototype% or above it,
// the getter deleted, a prototype changed (to an object, a Proxy), a subclass, a detached or
// resized buffer -- comes after the site has read the length at least twice.
var out = [];
function len(o) { return o.length; }
function twice(o) { len(o); return len(o); }
function loop(o) { var n = 0; for (var i = 0; i < o.length && i < 100; i++) n++; return n; }
var TAP = Object.getPrototypeOf(Int8Array.prototype);
var desc = Object.getOwnPropertyDescriptor(TAP, 'length');

// an own length on the instance, then on another instance of the same type
var a = new Int8Array(4), a2 = new Int8Array(6);
out.push(twice(a), twice(a2), loop(a));
Object.defineProperty(a, 'length', { value: 2, configurable: true });
out.push(len(a), len(a2), loop(a));
delete a.length;
out.push(len(a), loop(a));

// on the concrete prototype, replaced, then deleted
var b = new Uint16Array(3), b2 = new Int16Array(5);
out.push(twice(b), twice(b2));
Object.defineProperty(Uint16Array.prototype, 'length', { get: function () { return 'u16 ' + desc.get.call(this); }, configurable: true });
out.push(len(b), len(b2), loop(b));
Object.defineProperty(Uint16Array.prototype, 'length', { value: 1, configurable: true, writable: true });
out.push(len(b), loop(b));
delete Uint16Array.prototype.length;
out.push(len(b), loop(b));

// %TypedArray.prototype%'s getter deleted (then Object.prototype's length shows), and put back
var c = new Float64Array(7);
out.push(twice(c));
delete TAP.length;
out.push(len(c), loop(c));
Object.prototype.length = 'from Object.prototype';
out.push(len(c));
delete Object.prototype.length;
Object.defineProperty(TAP, 'length', desc);
out.push(len(c), loop(c));
// the same getter redefined (enumerable now): still the built-in's answer
Object.defineProperty(TAP, 'length', { get: desc.get, enumerable: true, configurable: true });
out.push(twice(c));
Object.defineProperty(TAP, 'length', desc);

// assignments to length never create an own property
(function () { c.length = 3; Uint8Array.prototype.length = 3; })();
out.push(len(c), Object.getOwnPropertyNames(Uint8Array.prototype).indexOf('length'));
try { (function () { 'use strict'; c.length = 3; })(); } catch (e) { out.push(e.constructor.name); }

// the prototype changed: to a plain object, to a Proxy, back
var d = new Uint8Array(5);
out.push(twice(d));
Object.setPrototypeOf(d, { length: 'plain' });
out.push(len(d));
Object.setPrototypeOf(d, new Proxy(Uint8Array.prototype, { get: function (t, k, r) { return k === 'length' ? 'proxied' : Reflect.get(t, k, r); } }));
out.push(len(d), loop(d));
Object.setPrototypeOf(d, Uint8Array.prototype);
out.push(len(d), loop(d));
// a Proxy around a typed array: the getter sees the Proxy as this
try { len(new Proxy(d, {})); } catch (e) { out.push(e.constructor.name); }

// subclasses: inherited getter, an own getter, one defined later on the subclass prototype
class S extends Uint8Array {}
class T extends Int32Array { get length() { return 'T ' + super.length; } }
var s = new S(3), t = new T(2);
out.push(twice(s), twice(t), loop(s));
Object.defineProperty(S.prototype, 'length', { value: 'S.prototype', configurable: true });
out.push(len(s), len(new S(8)));
delete S.prototype.length;
out.push(len(s), loop(s));
// an object between the instance and the concrete prototype
var mid = Object.create(Float32Array.prototype), e = new Float32Array(4);
Object.setPrototypeOf(e, mid);
out.push(twice(e));
Object.defineProperty(mid, 'length', { get: function () { return 'mid'; }, configurable: true });
out.push(len(e));
delete mid.length;
out.push(len(e));

// element types without a fast view
var big = new BigInt64Array(3), ubig = new BigUint64Array(2), cl = new Uint8ClampedArray(6);
out.push(twice(big), twice(ubig), twice(cl), loop(big), loop(cl));
if (typeof Float16Array === 'function') out.push(twice(new Float16Array(9)));
else out.push(9);

// resizable buffers: a length-tracking view and a fixed one going out of bounds and back
var rb = new ArrayBuffer(8, { maxByteLength: 16 });
var track = new Uint8Array(rb), fixed = new Uint16Array(rb, 2, 2), track16 = new Int16Array(rb, 2);
out.push(twice(track), twice(fixed), twice(track16));
rb.resize(16);
out.push(len(track), len(fixed), len(track16), loop(track));
rb.resize(5);
out.push(len(track), len(fixed), len(track16), loop(fixed));
rb.resize(0);
out.push(len(track), len(fixed), len(track16));
rb.resize(10);
out.push(len(track), len(fixed), len(track16));

// a detached buffer (ArrayBuffer.prototype.transfer: not in node 20, where this part is skipped)
var db = new ArrayBuffer(8), dv = new Uint32Array(db);
out.push(twice(dv));
if (db.transfer) { db.transfer(); out.push(len(dv), loop(dv)); } else { out.push(0, 0); }

// a length getter on the instance from the start, and a frozen typed array of length 0
var own = new Int8Array(3);
Object.defineProperty(own, 'length', { get: function () { return 'own getter'; } });
out.push(twice(own), twice(Object.freeze(new Int8Array(0))));
out.join(' | ');
