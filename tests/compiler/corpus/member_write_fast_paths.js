// Named member writes (emit.py put_member, _put_new): an own plain property overwritten inline, a
// new property added when the prototype chain ends or holds a plain data property of the key
// first; setters, read-only properties, proxies and non-extensible objects through [[Set]].
var out = [];
var Defaults = { x: 0, y: 0, initialize: function (x, y) { this.x = x; this.y = y; } };
function Point(x, y) { this.initialize(x, y); }
Point.prototype = Defaults;
var p = new Point(3, 4);
out.push(p.x, p.y, p.hasOwnProperty('x'), Defaults.x, Object.keys(p).join());
function setX(o, v) { o.x = v; return o.x; }
function setXStrict(o, v) { 'use strict'; o.x = v; return o.x; }
var logs = [];
var withSetter = { set x(v) { logs.push('setter ' + v); }, get x() { return 'got'; } };
var child = Object.create(withSetter), grandchild = Object.create(child);
out.push(setX(child, 1), setX(grandchild, 2), child.hasOwnProperty('x'), grandchild.hasOwnProperty('x'), logs.join());
var readOnly = Object.defineProperty({}, 'x', { value: 'ro', writable: false });
var roChild = Object.create(readOnly);
out.push(setX(roChild, 5), roChild.hasOwnProperty('x'));
try { setXStrict(Object.create(readOnly), 6); } catch (e) { out.push(e.constructor.name); }
try { setXStrict(Object.freeze({ x: 1 }), 7); } catch (e) { out.push(e.constructor.name); }
try { setXStrict(Object.preventExtensions({}), 8); } catch (e) { out.push(e.constructor.name); }
out.push(setX(Object.preventExtensions({}), 9), setX(Object.seal({ x: 1 }), 10), setX(Object.freeze({ x: 1 }), 11));
var plainProto = { x: 'proto' }, c2 = Object.create(plainProto);
out.push(setX(c2, 12), plainProto.x, setX(Object.create(c2), 13), c2.x);
// the prototype changes between calls at one site
function C() {}
function make(v) { var o = new C(); o.x = v; return o; }
out.push(make(1).x);
Object.defineProperty(C.prototype, 'x', { set: function (v) { logs.push('C setter ' + v); }, get: function () { return 'C getter'; }, configurable: true });
out.push(make(2).x, logs[logs.length - 1]);
delete C.prototype.x;
out.push(make(3).x, make(4).hasOwnProperty('x'));
var prox = new Proxy({}, { set: function (t, k, v, r) { logs.push('proxy set ' + String(k)); return true; } });
var viaProxy = Object.create(prox);
out.push(setX(viaProxy, 14), viaProxy.hasOwnProperty('x'), logs[logs.length - 1]);
var arr = [1, 2];
out.push(setX(arr, 15), arr.length, setX(function () {}, 16));
Object.prototype.inherited = 'op';
function setInh(o) { o.inherited = 'own'; return o.inherited; }
out.push(setInh({}), Object.prototype.inherited);
delete Object.prototype.inherited;
out.push(setX('str', 17), setX(5, 18));
try { setXStrict('str', 19); } catch (e) { out.push(e.constructor.name); }
try { setX(null, 20); } catch (e) { out.push(e.constructor.name); }
// compound assignment to named members reads through the chain and writes an own property
function bump(o) { o.x += 1; o.y *= 2; return [o.x, o.y, o.hasOwnProperty('x')].join(); }
out.push(bump(new Point(1, 2)), bump(Object.create(Defaults)), Defaults.x);
out.join(' | ');
