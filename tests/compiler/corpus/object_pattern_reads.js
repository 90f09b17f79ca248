// Object patterns read an IdentifierName key the way ``o.key`` is read (emit.get_named's
// inline paths): own values, inherited ones, getters (own, inherited, on a class), absent keys
// with defaults, primitives, proxies, ``__proto__``, rest after the keys, and the order in
// which the reads and the targets' evaluation happen.
var out = [], log = [];
function pick(o) { const { a, b = 'dflt', c } = o; return [a, b, c].map(String).join('/'); }
var proto = { b: 'inherited' };
var withGetter = Object.create(proto, { a: { get: function () { log.push('get a'); return 'A'; }, enumerable: true } });
class K { constructor() { this.c = 'own c'; } get a() { log.push('K.a'); return 'ka'; } get b() { return undefined; } }
var cases = [{ a: 1, b: 2, c: 3 }, Object.create(proto), withGetter, new K(), 'str', 5, true, [7, 8],
  new Proxy({ a: 'pa' }, { get: function (t, k, r) { log.push('proxy ' + String(k)); return Reflect.get(t, k, r); } }),
  Object.create(null), function f() {}];
for (var r = 0; r < 3; r++) for (var i = 0; i < cases.length; i++) out.push(pick(cases[i]));
out.push(log.join());
// many shapes at one site (the site's cache gives up), then plain ones again
var many = [];
for (var j = 0; j < 40; j++) { var m = {}; m['k' + j] = j; m.a = j; many.push(m); }
out.push(many.map(pick).join(' '));
// primitives' own and inherited keys
function prim(v) { const { length, toString: ts, valueOf, constructor: { name } } = v; return [length, typeof ts, typeof valueOf, name].join(); }
out.push(prim('abc'), prim(12), prim(Symbol('s')), prim(10n), prim([1, 2, 3]));
try { const { x } = null; } catch (e) { out.push(e.constructor.name); }
try { (function ({ y }) {})(undefined); } catch (e) { out.push(e.constructor.name); }
// __proto__, rest and nesting
var src = { p: { q: { r: 'deep' } }, s: 1, t: 2, u: 3 };
var { __proto__: pr, p: { q: { r: deep } }, s, ...rest } = src;
out.push(pr === Object.prototype, deep, s, JSON.stringify(rest));
// assignment targets evaluated in order, getters run between them
var target = {}, order = [];
var source = { get a() { order.push('read a'); return 1; }, get b() { order.push('read b'); return 2; } };
function tgt(name) { order.push('target ' + name); return target; }
({ a: tgt('a').x, b: tgt('b').y } = source);
out.push(order.join(), target.x, target.y);
// a getter that throws: the pattern stops there
var thrower = { a: 1, get b() { throw new RangeError('no b'); }, c: 3 };
var got = [];
try { var { a: ga, b: gb, c: gc } = thrower; } catch (e) { got.push(e.constructor.name, e.message, typeof gc); }
out.push(got.join());
// parameters, for-of heads, catch clauses, arrows, generators
var pts = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
out.push(pts.map(({ x, y }) => x * y).join(), (function () { var s = 0; for (const { x } of pts) s += x; return s; })());
try { throw { code: 42, detail: { msg: 'm' } }; } catch ({ code, detail: { msg } }) { out.push(code, msg); }
function* gen(list) { for (const { y } of list) yield y; }
out.push([...gen(pts)].join());
// a prototype whose key changes from data to accessor between reads at one site
var P2 = { v: 'data' }, objs = [Object.create(P2), Object.create(P2)];
function readV(o) { const { v } = o; return v; }
out.push(readV(objs[0]), readV(objs[1]));
Object.defineProperty(P2, 'v', { get: function () { return 'accessor'; } });
out.push(readV(objs[0]), readV(objs[1]));
out.join(' | ');
