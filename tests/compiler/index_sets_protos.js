// Writes that fill a hole of an array or append to it: the element is created on the array
// unless an accessor, a read-only index or an exotic object on the prototype chain intervenes,
// however the chain changes between writes (a per-prototype answer kept while nothing changed)
var out = '';
var log = {push: function () { for (var i = 0; i < arguments.length; i++) out += String(arguments[i]) + '\n'; }};
function fill(a, n) { for (var i = 0; i < n; i++) a[i] = 'v' + i; return a; }
function holes(n) { return new Array(n); }
log.push(fill(holes(4), 4).join());
log.push(fill([], 4).join());

Object.defineProperty(Object.prototype, 2, {set: function (v) { log.push('Object.prototype setter ' + v); }, get: function () { return 'got'; }, configurable: true});
var a = fill(holes(4), 4);
log.push(a.join(), a.hasOwnProperty(2));
var b = fill([], 4);
log.push(b.length, b.hasOwnProperty(2), b[3]);
delete Object.prototype[2];
log.push(fill(holes(4), 4).join());

Object.defineProperty(Array.prototype, 1, {value: 'ro', writable: false, configurable: true});
var c = fill(holes(3), 3);
log.push(c.join(), c.hasOwnProperty(1));
(function () { 'use strict'; try { var d = new Array(3); d[1] = 'x'; log.push('no throw'); } catch (e) { log.push(e.constructor.name); } })();
delete Array.prototype[1];
log.push(fill(holes(3), 3).join());

Array.prototype[0] = 'plain';
var e = fill(holes(2), 2);
log.push(e.join(), e.hasOwnProperty(0));
delete Array.prototype[0];

var proxied = Object.create(new Proxy({}, {set: function (t, k, v, r) { log.push('proxy set ' + String(k)); return true; }}));
var f = [];
Object.setPrototypeOf(f, proxied);
f[0] = 'p';
log.push(Object.keys(f).length);
var g = new Array(2);
Object.setPrototypeOf(g, proxied);
g[1] = 'q';
log.push(Object.keys(g).length);

var mid = Object.create(Array.prototype);
var h = new Array(2);
Object.setPrototypeOf(h, mid);
fill(h, 2);
Object.defineProperty(mid, 0, {set: function (v) { log.push('mid setter ' + v); }, configurable: true});
var h2 = new Array(2);
Object.setPrototypeOf(h2, mid);
fill(h2, 2);
log.push(h.join(), h2.hasOwnProperty(0), h2.hasOwnProperty(1));
out;
