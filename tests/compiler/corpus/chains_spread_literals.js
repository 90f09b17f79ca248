// optional chains, spread in calls/arrays/new, holes, logical assignment, regexp literals and
// object literals with computed keys, spread, __proto__, methods and accessors, class
// declarations: all emitted inside function and script bodies
var log = [];
var o = { a: { b: { c: 1, m() { return this.c + 1; } } }, n: null, f: function () { return 'f' + (this === o); } };
var u;
log.push(o?.a.b.c, o.n?.x.y.z, u?.[log.push('never')], o.a?.['b']?.c, o.a.b.m?.(), o.zz?.(), o.f?.(), o?.f(), u?.(), o.a.b?.m());
var calls = 0;
function g() { calls++; return o; }
log.push(g()?.a?.b.c, calls, g()?.a.b.m(2), (o?.a).b.c);
try { o.n.x?.y; } catch (e) { log.push(e.constructor.name); }
try { o.a.zz?.x(); log.push('short'); } catch (e) { log.push(e.constructor.name); }
try { o.a.b.c?.(); } catch (e) { log.push(e.constructor.name); }
var a = [1, , 3];
var b = [...a, ...'xy', 0, ...[]];
log.push(a.length, 1 in a, b.join('|'), b.length, Math.max(...[1, 5, 3]), Math.max(1, ...[2], ...new Set([9, 4])));
function h() { return arguments.length + ':' + [].slice.call(arguments).join(); }
log.push(h(...[1, 2], 3, ...[]), o?.a.b.m(...[1]));
class P { constructor(...r) { this.r = r; } }
log.push(new P(...[1, 2], 3).r.join(), new P(...[]).r.length);
try { h(...5); } catch (e) { log.push(e.constructor.name); }
var sp = { x: 1, ...{ y: 2, z: 3 }, ...null, ...'ab', z: 4 };
log.push(JSON.stringify(sp));
var x1 = 0, x2 = 1, x3 = null, lo = { p: 0, q: 5 }, n = 0;
x1 ||= 7; x2 &&= 8; x3 ??= 9; lo.p ||= 3; lo.q &&= 6; lo['r'] ??= 1; lo['q'] ??= log.push('never');
log.push(x1, x2, x3, lo.p, lo.q, lo.r, (x1 &&= 0), x1, (n ||= 'x'));
var fn; fn ||= function () {};
var ar; ar ??= () => 1;
log.push(fn.name, ar.name);
{
  const k = 1;
  try { k ||= 2; log.push('ok const'); } catch (e) { log.push(e.constructor.name); }
  try { k &&= 2; } catch (e) { log.push(e.constructor.name); }
}
var fr = Object.freeze({ x: 0 });
fr.x ||= 1;
log.push(fr.x);
(function () { 'use strict'; try { fr.x ||= 1; } catch (e) { log.push(e.constructor.name); } })();
var r = /a(b+)/g, r2 = /a(b+)/g;
log.push(r === r2, r.exec('xabbb')[1], r.lastIndex, /x/iu.flags, String(/[/]\//));
for (var i = 0; i < 2; i++) { var rr = /q/y; log.push(rr.lastIndex); rr.lastIndex = 5; }
var key = 'dyn', cnt = 0;
var lit = { a: 1, 2: 'two', 'b c': 3, [key + 1]: 4, get g() { return this.a; }, set g(v) { this.a = v; }, m() { return 'm'; },
  [key + 'm']() { return 'dm'; }, get [key + 'g']() { return 'dg'; }, f: function () {}, [key + 'f']: function () {}, ar: () => 0,
  __proto__: { inh: 1 }, ['__proto__']: 5, 1.5: 'x', [cnt++]: cnt, [cnt++]: cnt };
lit.g = 10;
log.push(JSON.stringify(lit), lit.g, lit.m(), lit.dynm(), lit.dyng, lit.f.name, lit.dynf.name, lit.ar.name, lit.inh,
  lit.dynm.name, Object.getOwnPropertyDescriptor(lit, 'dyng').get.name, Object.keys(lit).join());
log.push(Object.getPrototypeOf({ __proto__: null }), Object.getPrototypeOf({ __proto__: 5 }) === Object.prototype);
var q4 = { a: 1, get a() { return 2; } }, q5 = { get a() { return 2; }, a: 1 };
log.push(q4.a, q5.a, { m() { return super.toString === Object.prototype.toString; } }.m());
class C1 { static s() { return 's' + 1; } }
class D1 extends C1 {}
log.push(D1.s(), typeof C1);
{ class E1 {} log.push(E1.name); }
log.join();
