// `new` at emitted sites: base constructors called through their positional entry with the
// new object, and every case that must take [[Construct]] instead.
var out = [];
function V(x, y) { this.x = x; this.y = y; }
V.prototype.sum = function () { return this.x + this.y; };
function R() { this.lost = 1; return { kept: 2 }; }        // an object result replaces this
function Prim() { this.a = 1; return 5; }                   // a primitive result does not
function Many(a) { this.n = arguments.length; this.a = a; }
function NT() { this.t = new.target === NT; }
function P() {}
P.prototype = 5;                                            // not an object: %Object.prototype%
function Q() {}
Object.defineProperty(Q, 'prototype', { value: { q: 1 } });
function Deep(n) { if (n > 0) new Deep(n - 1); this.n = n; }
class C { f = 1; constructor(a) { this.a = a; } }
class D extends V { constructor() { super(3, 4); this.d = 1; } }
var B = V.bind(null, 10);
out.push(new V(1, 2).sum(), new V(1).y, new V(1, 2, 3).sum(), new V(1, 2, 3, 4, 5).x, new V(1, 2, 3, 4, 5, 6, 7).sum(), new V().x);
out.push(JSON.stringify(new R()), JSON.stringify(new Prim()), new Many(1, 2, 3).n, new Many().a);
out.push(new NT().t, Object.getPrototypeOf(new P()) === Object.prototype, new Q().q);
out.push(new Deep(50).n, new C(2).f + new C(2).a, new D().sum() + new D().d, new B(5).sum());
out.push(new Date(0).getTime(), new Array(3).length, new Map([[1, 2]]).get(1), new (function () { this.z = 9; })().z);
var proxy = new Proxy(V, {}); out.push(new proxy(1, 1).sum());
try { new (() => 1)(); } catch (e) { out.push(e instanceof TypeError); }
try { new V.prototype.sum(); } catch (e) { out.push(e instanceof TypeError); }
try { new 5(); } catch (e) { out.push(e instanceof TypeError); }
function Thrower() { this.a = 1; throw new Error('in ctor'); }
try { new Thrower(); } catch (e) { out.push(e.message); }
var made = 0;
function Counted() { made++; }
for (var i = 0; i < 100; i++) new Counted();
out.push(made, new V(1, 2) instanceof V, new V(1, 2).constructor === V);
out.join(' ');
