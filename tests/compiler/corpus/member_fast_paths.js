// Named member reads (emit.py get_named): own, prototype and grand-prototype data properties read
// inline; getters, proxies, exotic objects, deletions and additions on the chain between calls.
var out = [];
function P() { this.a = 1; }
P.prototype.m = function () { return this.a + 1; };
function Q() { P.call(this); }
Q.prototype = Object.create(P.prototype);
Q.prototype.n = function () { return 'n'; };
function R() { Q.call(this); }
R.prototype = Object.create(Q.prototype);
var q = new Q(), r = new R();
function rd(o) { return o.m; }
function call(o) { return o.m(); }
out.push(call(q), call(r), rd(q) === P.prototype.m, rd(r) === P.prototype.m, r.n(), typeof r.hasOwnProperty);
// a getter appears, is replaced and removed on the prototype between calls at one site
function rg(o) { return o.g; }
out.push(rg(q));
Object.defineProperty(P.prototype, 'g', { get: function () { return 'getter' + this.a; }, configurable: true });
out.push(rg(q), rg(new P()), rg(r));
delete P.prototype.g;
out.push(rg(q));
P.prototype.g = 5;
out.push(rg(q), rg(r));
Q.prototype.g = 6;
out.push(rg(q), rg(r));
q.g = 7;
out.push(rg(q), rg(r));
Object.defineProperty(Q.prototype, 'g', { value: 'ro', writable: false });
out.push(rg(q), rg(r), rg(new Q()));
// prototype replaced
Object.setPrototypeOf(q, { g: 'new proto', m: function () { return 'other'; } });
out.push(rg(new Q()), call(q));
delete q.g;
out.push(rg(q));
// the same site sees objects of other kinds
var arr = [1, 2, 3];
arr.extra = 'own on array';
function ex(o) { return o.extra; }
out.push(ex(arr), ex({ extra: 'plain' }), ex([]), ex('str'), ex(5), ex(function () {}));
Array.prototype.extra = 'on Array.prototype';
out.push(ex([]), ex(arr));
delete Array.prototype.extra;
out.push(ex([]));
function len(x) { return x.length; }
out.push(len(arr), len('abcd'), len(''), len({ length: 7 }), len(function (a, b) {}), len(new Uint8Array(3)),
  len(Object.create(arr)), len(new String('xy')), len(Object.create({ get length() { return 'g'; } })));
function push(a) { return a.push; }
out.push(push(arr) === Array.prototype.push, push({}) === undefined);
// class methods and accessors are non-enumerable properties
class C { meth() { return 3; } get acc() { return 4; } static s() { return 5; } }
class D extends C { meth() { return super.meth() * 10; } }
function cm(o) { return o.meth() + o.acc; }
out.push(cm(new C()), cm(new D()), C.s());
// frozen, sealed and non-extensible objects, and objects inheriting from them
var frozen = Object.freeze({ z: 9 });
function rz(o) { return o.z; }
out.push(rz(frozen), rz(Object.create(frozen)), rz(Object.create(Object.create(frozen))), rz(Object.seal({ z: 8 })));
// a proxy on the chain at each depth
var prox = new Proxy({}, { get: function (t, k, rcv) { return 'proxied ' + String(k) + (rcv === viaProxy); } });
var viaProxy = Object.create(prox);
out.push(rz(prox), rz(viaProxy), rz(Object.create(viaProxy)), rz(Object.create(Object.create(viaProxy))));
// null prototype, and a chain deeper than two levels
var bare = Object.create(null); bare.z = 'bare';
var deep = Object.create(Object.create(Object.create(Object.create({ z: 'deep' }))));
out.push(rz(bare), rz(Object.create(bare)), rz(deep), rz(Object.create(null)));
// accessors on the object itself, a lazy built-in, primitives' prototypes
var acc = { get z() { return 'own getter'; } };
out.push(rz(acc), rz(Object.create(acc)));
function tofix(n) { return n.toFixed; }
out.push(typeof tofix(1), typeof tofix(true), rz(true));
Number.prototype.z = 'num proto';
out.push(rz(1), rz(Object(2)));
delete Number.prototype.z;
// receivers: a getter on the prototype sees the original object
var base = { get who() { return this.name; } };
function who(o) { return o.who; }
out.push(who(Object.assign(Object.create(base), { name: 'child' })), who(Object.assign(Object.create(Object.create(base)), { name: 'grandchild' })));
// __proto__ and constructor through the chain
function pr(o) { return o.__proto__ === Object.getPrototypeOf(o); }
function ctor(o) { return o.constructor.name; }
out.push(pr({}), pr([]), pr(q), ctor(r), ctor([]), ctor({}));
try { rz(null); } catch (e) { out.push(e.constructor.name); }
try { rz(undefined); } catch (e) { out.push(e.constructor.name); }
out.join(' | ');
