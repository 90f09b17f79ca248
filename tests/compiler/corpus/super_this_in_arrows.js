// this, new.target and super read in arrows (from the environment the arrow closes over), super
// properties as assignment, update and delete targets, as the emitting tier compiles them (with
// a yield or await inside: tests/compiler/test_emit_expressions.py)
var log = [];
var base = { m(a) { return 'm' + a + this.k; }, get g() { return 'g' + this.k; }, set s(v) { this.sv = v * 2; }, x: 1, n: 10, t: 20 };
var o = {
  __proto__: base, k: 1,
  arrows() {
    var read = () => [super.m(2), super['g'], super.x, this.k, (() => super.m?.(3))(), super.nope?.()].join();
    var write = () => { super.x = 4; super['y'] = 5; super.s = 6; return [this.x, this.y, this.sv, base.x].join(); };
    var ev = () => eval('super.m(8) + this.k');
    return read() + '/' + write() + '/' + ev() + '/' + eval('(() => super.g)()');
  },
  targets(k) {
    var f = () => { super.n = 1; super[k] += 2; super.n++; ++super[k]; super.n -= 3; return super.n; };
    var r = [f(), this.n, this[k], super.n++, --super[k]];
    super.z ??= 7; super.z ||= 8; super.z &&= 9; super.nn ||= 10; super.nn &&= 0; super.nn ??= 11;
    r.push(this.z, this.nn, (() => super.z ||= 12)(), (() => super.w ??= 13)());
    return r.join();
  },
  order() {
    var key = 'q';
    super[(log.push('k'), key)] = (log.push('v'), 1);
    super[(log.push('k2'), key)] += (log.push('v2'), 1);
    super[(log.push('k3'), key)]++;
    (() => { super[(log.push('k4'), key)] ??= (log.push('v4'), 2); })();
    return this.q;
  },
  del() {
    var r = [];
    try { delete super.x; } catch (e) { r.push(e.constructor.name); }
    try { delete super[(r.push('key'), 'x')]; } catch (e) { r.push(e.constructor.name); }
    var f = () => { try { delete super[(r.push('akey'), 'x')]; } catch (e) { r.push(e.constructor.name); } };
    f();
    return r.concat(this.x).join();
  }
};
log.push(o.arrows(), o.targets('t'), o.order(), o.del());
var strict = { __proto__: Object.freeze({ ro: 1 }), m() { 'use strict'; var f = () => { super.ro = 2; }; try { f(); } catch (e) { return e.constructor.name; } } };
var sloppy = { __proto__: Object.freeze({ ro: 1 }), m() { var f = () => { super.ro = 2; return this.ro; }; return f(); } };
log.push(strict.m(), sloppy.m());
class A { constructor(v) { this.v = v; } m() { return 'A' + this.v; } static s() { return 'As'; } }
class B extends A {
  constructor(v) {
    var early = () => { try { return this; } catch (e) { return e.constructor.name; } };
    var nt = () => new.target === B;
    var sup = () => super(v + 1);
    log.push(early(), nt(), (() => { try { return super.m(); } catch (e) { return e.constructor.name; } })());
    sup();
    log.push(early().v, (() => () => super.m())()());
    try { sup(); } catch (e) { log.push(e.constructor.name); }
  }
  *g(x) { var f = () => super.m() + this.v + x; yield f(); yield (() => super.m.call({ v: 'o' }))(); }
  static s() { return (() => super.s() + this.name)(); }
}
class C extends A { constructor() { var args = () => [1, 2]; var f = (a, b) => super(a + b); f(...args()); } }
class F { a = () => this.b; b = 1; static s = () => this.name + (() => new.target)(); }
var b = new B(1);
log.push(b.v, [...b.g(5)].join(), B.s(), new C().v, new F().a(), F.s());
function nt() { return (() => () => new.target)()(); }
function* gnt() { yield (() => new.target)(); }
log.push(nt() === undefined, new nt() === nt, gnt().next().value, (() => this === globalThis)());
log.join('|')
