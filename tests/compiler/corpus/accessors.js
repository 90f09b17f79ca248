var o = {};
Object.defineProperty(o, 'ro', { value: 1, writable: false, enumerable: false, configurable: false });
o.ro = 2;
var t = { _v: 1, get v() { return this._v * 2; }, set v(x) { this._v = x; } };
t.v = 5;
var child = Object.create(t);
child.v = 10;
var strictFail;
(function () { 'use strict'; try { o.ro = 3; } catch (e) { strictFail = e instanceof TypeError; } })();
var frozen = Object.freeze({ a: 1 });
frozen.a = 2; frozen.b = 3;
[o.ro, t.v, child.v, t._v, child.hasOwnProperty('_v'), strictFail, frozen.a, frozen.b, Object.isFrozen(frozen),
 Object.keys(o).length, JSON.stringify(Object.getOwnPropertyDescriptor(o, 'ro'))].join(',')
