// A method inherited through several classes (emit._get_callee's entry with a ChainCheck of the
// prototypes between): the call sites and value reads must see every change to the chain --
// a shadowing method added in the middle by plain assignment (which counts no epoch), the
// holder's method replaced, deleted, turned into a getter, a prototype swapped, a proxy.
var out = [];
class A0 { m(x) { return 'A0.m ' + x; } get g() { return 'A0.g'; } }
class A1 extends A0 {} class A2 extends A1 {} class A3 extends A2 {} class A4 extends A3 {}
class A5 extends A4 {} class A6 extends A5 {} class A7 extends A6 {} class A8 extends A7 {}
class A9 extends A8 {} class A10 extends A9 {} class A11 extends A10 {}
function call(o, x) { return o.m(x); }
function read(o) { var f = o.m; return typeof f === 'function' ? f.call(o, 'via value') : String(f); }
function loop(o, n) { var r = []; for (var i = 0; i < n; i++) r.push(o.m(i)); return r[n - 1]; }
var objs = [new A3(), new A5(), new A11(), new A2(), new A1()];
function round(tag) {
  out.push(tag + ': ' + objs.map(function (o) { return call(o, 1) + '/' + read(o) + '/' + loop(o, 20); }).join(', '));
}
for (var r = 0; r < 3; r++) round('plain ' + r);
// a method added in the middle of the chain by assignment shadows the holder
A2.prototype.m = function (x) { return 'A2.m ' + x; };
round('shadow at A2');
A4.prototype.m = function (x) { return 'A4.m ' + x; };
round('shadow at A4');
delete A2.prototype.m; delete A4.prototype.m;
round('shadows gone');
// the holder's method replaced in place
A0.prototype.m = function (x) { return 'new A0.m ' + x; };
round('holder replaced');
// an accessor in the middle (defineProperty)
Object.defineProperty(A3.prototype, 'm', { get: function () { return function (x) { return 'getter m ' + x; }; }, configurable: true });
round('getter at A3');
delete A3.prototype.m;
round('getter gone');
// a prototype in the middle swapped for another chain
var alt = { m: function (x) { return 'alt.m ' + x; } };
Object.setPrototypeOf(A6.prototype, alt);
round('A6 over alt');
Object.setPrototypeOf(A6.prototype, A5.prototype);
round('A6 back');
// a proxy in the chain
var logs = [];
var px = new Proxy(A1.prototype, { get: function (t, k, rcv) { if (k === 'm') logs.push('proxy m'); return Reflect.get(t, k, rcv); } });
class P1 {} Object.setPrototypeOf(P1.prototype, px);
class P2 extends P1 {} class P3 extends P2 {}
var pobj = new P3();
for (var j = 0; j < 20; j++) call(pobj, j);
out.push(call(pobj, 'p'), logs.length);
// the receiver and its prototype own the key
var own = new A5(); own.m = function (x) { return 'own ' + x; };
out.push(call(own, 2), loop(own, 3));
A5.prototype.m = function (x) { return 'A5.m ' + x; };
out.push(call(new A5(), 3), call(new A11(), 4), loop(new A11(), 5));
// the holder's method deleted: not a function any more
delete A0.prototype.m; delete A5.prototype.m;
try { call(new A11(), 5); } catch (e) { out.push(e.constructor.name); }
out.push(read(new A11()), new A11().g);
out.join('\n');
