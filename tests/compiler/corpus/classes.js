class A { constructor(x) { this.x = x; } get double() { return this.x * 2; } static make() { return new A(3); } m() { return 'A.m'; } }
class B extends A { constructor() { super(5); this.y = 1; } m() { return 'B>' + super.m(); } }
var b = new B();
class C { #p = 1; static #s = 2; #m() { return this.#p; } get v() { return this.#m() + C.#s; } static has(o) { return #p in o; } }
class D { x = 10; static y = 20; ['comp' + 1] = 3; static { D.z = D.y + 1; } }
var d = new D();
class E extends Array {}
var e = new E(); e.push(1);
var nullExt; try { class F extends null {} new F(); } catch (err) { nullExt = err.constructor.name; }
class G { constructor() { return { o: 1 }; } }
var tdz; try { T; class T {} } catch (err) { tdz = err.name; }
var obj = { __proto__: { hi() { return 'proto hi'; } }, hi() { return 'own ' + super.hi(); } };
class H { static #count = 0; static inc() { return ++H.#count; } }
H.inc();
class X { m = () => this.constructor.name; }
class P { #a = 1; set a(v) { this.#a = v; } get a() { return this.#a; } }
var p = new P(); p.a = 9;
var callErr; try { A(); } catch (err) { callErr = err.constructor.name; }
function tag(s, ...v) { return s.raw.join('|') + v.join(',') + Object.isFrozen(s); }
[b.x, b.double, b.m(), A.make().x, b instanceof A, typeof A, A.name, B.name, new C().v, C.has(new C()), C.has({}),
 d.x, D.y, d.comp1, D.z, e.length, e instanceof E, Array.isArray(e), nullExt, new G().o, tdz, obj.hi(), H.inc(),
 new X().m(), p.a, callErr, tag`a${1}b\n${2}c`, (class { static n = this.name; }).n, Object.getOwnPropertyNames(B.prototype).join('/')].join(' ')
