// Element reads and writes o[k] (emit.py get_index / put_member, expressions.py get_index /
// set_index): dense arrays read and overwritten inline; holes, prototype elements, odd keys,
// frozen arrays, typed arrays, strings and plain objects through the generic paths.
var out = [];
var a = [1, 2, , 4];
function g(o, k) { return o[k]; }
function s(o, k, v) { o[k] = v; return o[k]; }
function inc(o, k) { o[k]++; return o[k]; }
function pre(o, k) { return ++o[k]; }
function add(o, k) { o[k] += 10; return o[k]; }
function orr(o, k) { o[k] ||= 'filled'; return o[k]; }
out.push(g(a, 0), g(a, 2), g(a, 3), g(a, 4), g(a, -0), g(a, 1.5), g(a, NaN), g(a, -1), g(a, Infinity), g(a, -Infinity),
  g(a, 1e300), g(a, 2 ** 32), g(a, "1"), g(a, "01"), g(a, "length"), g(a, true), g(a, null), g(a, [1]));
Array.prototype[2] = "proto2";
out.push(g(a, 2), g([], 2), 2 in a);
delete Array.prototype[2];
Object.prototype[2] = "objproto2";
out.push(g(a, 2), s(new Array(4), 2, 'own'));
delete Object.prototype[2];
Object.defineProperty(Array.prototype, 5, { get: function () { return "getter5"; }, set: function (v) { out.push('setter5:' + v); }, configurable: true });
var h5 = new Array(7);
out.push(g([1, 2, 3], 5), s(h5, 5, 'w'), h5.hasOwnProperty(5));
delete Array.prototype[5];
var b = [0, 0, 0];
out.push(s(b, 1, 7), s(b, 3, 8), s(b, 1.5, 9), s(b, -0, 11), s(b, NaN, 'nan'), s(b, -1, 'neg'), b.join(), b.length, b[1.5], b.NaN, b[-1]);
var h = new Array(5);
out.push(s(h, 2, 'x'), h.join('-'), 2 in h, 0 in h, s(h, 4, 'end'), h.length, s(h, 5, 'append'), h.length, s(h, 9, 'far'), h.length);
var fz = Object.freeze([1, 2]); out.push(s(fz, 0, 5), s(fz, 2, 6), fz.length);
var ne = Object.preventExtensions([1, , 3]); out.push(s(ne, 1, 'hole'), s(ne, 0, 'ok'), ne.length, 1 in ne);
var sealed = Object.seal([1, 2]); out.push(s(sealed, 1, 'sealed'), s(sealed, 2, 'no'));
var ro = [1, 2]; Object.defineProperty(ro, 'length', { writable: false }); out.push(s(ro, 0, 'w'), s(ro, 2, 'x'), ro.length);
var acc = [1, 2]; Object.defineProperty(acc, 0, { get: function () { return 'acc0'; } }); out.push(g(acc, 0), s(acc, 0, 'z'), g(acc, 1));
out.push(inc([1, 2], 1), pre([1, 2], 0), add([1, 2], 0), inc({ 0: 1 }, 0), add("abc", 1), inc([1, , 3], 1), add([1, , 3], 1), orr([0, , 2], 0), orr([0, , 2], 1));
var ta = new Float64Array(4);
out.push(s(ta, 1, 2.5), g(ta, 1), s(ta, 9, 1), g(ta, 9), g(ta, -0), s(ta, 1.5, 3), g(ta, 1.5), s(ta, -0, 7), g(ta, 0), g(ta, NaN), s(ta, 2, '4'), inc(ta, 2), add(ta, 3));
var ia = new Int8Array(2); out.push(s(ia, 0, 300), s(ia, 1, -129), inc(ia, 0), s(ia, 1, NaN), s(ia, 1, 1.9), s(ia, 1, -Infinity));
var ua = new Uint8ClampedArray(2); out.push(s(ua, 0, 300), s(ua, 1, 1.5), s(ua, 1, 2.5), s(ua, 0, -3));
var rb = new ArrayBuffer(16, { maxByteLength: 32 }); var rt = new Float64Array(rb);
out.push(s(rt, 1, 5), rt.length);
rb.resize(8); out.push(g(rt, 1), s(rt, 1, 6), rt.length);
rb.resize(24); out.push(g(rt, 1), g(rt, 2), rt.length);
var str = "hello"; out.push(g(str, 1), g(str, 10), g(str, 1.5), g(str, -0), g(str, NaN), g(str, "length"), g(new String("ab"), 1));
var o = {}; out.push(s(o, 1, 'one'), g(o, 1), g(o, "1"), s(o, 1.5, 'x'), g(o, "1.5"), g(o, -0), s(o, -0, 'z'), o["0"], s(o, 1e21, 'big'), Object.keys(o).join());
var x = [[1, 2], [3, 4]]; out.push(x[1][0] + x[0][1], x[x[0][0]][0]);
function fillArr(n) { var r = new Array(n); for (var i = 0; i < n; i++) r[i] = i * 2; return r; }
function sum(r) { var t = 0; for (var i = 0; i < r.length; i++) t += r[i]; return t; }
out.push(fillArr(6).join(), sum(fillArr(100)));
var args = (function () { return arguments; })(1, 2); out.push(g(args, 1), s(args, 0, 'a0'), args.length);
var prox = new Proxy([1, 2], { get: function (t, k) { return 'p' + String(k); } }); out.push(g(prox, 0), g(Object.create([5, 6]), 1));
try { g(null, 0); } catch (e) { out.push(e.constructor.name); }
try { s(undefined, 0, 1); } catch (e) { out.push(e.constructor.name); }
try { inc(null, 0); } catch (e) { out.push(e.constructor.name); }
var order = []; var ko = { toString: function () { order.push('key'); return 'k'; } };
function ord(o) { o[ko] = (order.push('rhs'), 1); return order.join(); }
out.push(ord({}));
out.join(' | ');
