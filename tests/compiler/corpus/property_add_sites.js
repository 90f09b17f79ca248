// Adding properties at emitted sites that remember the prototype they checked: accessors,
// read-only properties and prototype changes made afterwards are seen.
var out = [];
var proto2 = { set x(v) { out.push('proto2 ' + v); } };   // made before any site remembers
function P(v) { this.x = v; this.y = v + 1; }
var a = new P(1); out.push(a.x, a.y);
Object.defineProperty(P.prototype, 'x', { set: function (v) { out.push('setter ' + v); }, configurable: true });
var b = new P(2); out.push(b.hasOwnProperty('x'), b.y);
delete P.prototype.x;
var c = new P(3); out.push(c.x);
Object.defineProperty(Object.prototype, 'y', { value: 'ro', writable: false, configurable: true });
try { var d = new P(4); out.push(d.hasOwnProperty('y'), d.y); } catch (e) { out.push('threw'); }
(function () { 'use strict'; try { new P(5); } catch (e) { out.push(e instanceof TypeError); } })();
delete Object.prototype.y;
var k = new P(10); out.push(k.x);                              // the site remembers P.prototype
Object.setPrototypeOf(P.prototype, proto2);
var e2 = new P(6); out.push(e2.hasOwnProperty('x'));
Object.setPrototypeOf(P.prototype, Object.prototype);
var f = new P(7); out.push(f.x);
Object.freeze(P.prototype);
var g = new P(8); out.push(g.x);
var h = Object.preventExtensions(new P(9)); (function () { h.z = 1; })(); out.push(h.z);
function add(o, v) { o.w = v; return o; }
var base = {}; var o1 = add(Object.create(base), 1); Object.defineProperty(base, 'w', { get: function () { return 'g'; } });
var o2 = add(Object.create(base), 2); out.push(o1.w, o2.w, o2.hasOwnProperty('w'));
var ro = Object.create(Object.freeze({ w: 'frozen' })); add(ro, 3); out.push(ro.w);
out.join(' ');
