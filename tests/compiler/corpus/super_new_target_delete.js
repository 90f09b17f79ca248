// super property reads and calls, derived constructors (this unbound until super()), new.target
// and delete, as the emitting tier compiles them
var log = [];
class A {
  constructor(x) { this.x = x; log.push('A' + new.target.name); }
  m(a) { return 'Am' + a + this.x; }
  get g() { return 'Ag' + this.x; }
  static s() { return 'As' + 1; }
}
class B extends A {
  constructor(x, y = 2) {
    log.push(typeof new.target);
    try { this.q; } catch (e) { log.push(e.constructor.name); }
    try { super.m(1); } catch (e) { log.push('early ' + e.constructor.name); }
    super(x + y);
    this.y = y;
    try { super(1); } catch (e) { log.push('twice ' + e.constructor.name); }
  }
  m(a) { return 'Bm' + super.m(a) + super.g + super['m'](a + 1) + (super.zz === undefined); }
  static s() { return 'Bs' + super.s(); }
}
class C extends B { constructor() { var f = () => super(5); f(); log.push(this.x, this.y); } }
class D extends A { constructor() { return { d: 1 }; } }
class E2 extends A { constructor() { } }
class F2 extends A { constructor() { return 1; } }
class G extends A { f = 4; constructor() { super(3); log.push(this.f); } }
class H extends null { constructor() { return Object.create(H.prototype); } }
function nt() { return new.target === undefined ? 'call' : 'new'; }
function Ctor() { this.t = new.target === Ctor; }
var b = new B(1);
log.push(b.m(7), B.s(), new C().x, new D().d, new G().f, nt(), new nt() instanceof nt, new Ctor().t, new H() instanceof H);
try { new E2(); } catch (e) { log.push(e.constructor.name); }
try { new F2(); } catch (e) { log.push(e.constructor.name); }
try { B(); } catch (e) { log.push(e.constructor.name); }
var o = { a: 1, b: 2, get c() { return 3; } };
var arr = [1, 2, 3];
var k = 'b';
log.push(delete o.a, delete o[k], delete arr[1], arr.length, 1 in arr, delete 5, delete o.nothing, JSON.stringify(o));
(function () {
  'use strict';
  try { delete Object.freeze({ x: 1 }).x; } catch (e) { log.push(e.constructor.name); }
  try { delete null.x; } catch (e) { log.push(e.constructor.name); }
  log.push(delete Object.freeze({ x: 1 }).y);
})();
(function () { log.push(delete Object.freeze({ x: 1 }).x, delete 'abc'.length, delete 'abc'[0]); })();
var keyLog = [];
try { delete null[{ toString() { keyLog.push('key'); return 'x'; } }]; } catch (e) { log.push(e.constructor.name + keyLog.length); }
var proto = { m() { return 'pm'; } };
var obj = { __proto__: proto, m() { return 'om' + super.m(); } };
log.push(obj.m());
var n = 0;
var obj2 = { __proto__: { a1: 'v' }, f() { return super['a' + (++n)]; } };
log.push(obj2.f(), n);
var order = [];
var home = { m() { return super[(order.push('key'), Object.setPrototypeOf(home, { k: 'new' }), 'k')]; } };
Object.setPrototypeOf(home, { k: 'old' });
log.push(home.m(), order.join());
log.join();
