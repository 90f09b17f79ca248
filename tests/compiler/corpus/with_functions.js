// `with` inside function bodies (emitted natively): object, proxy, getter and @@unscopables
// lookups, assignments to with-bound and outer names, calls through with-bound names (this),
// closures made inside the body, yield inside it (await: test_dynamic_scope.py), var hoisting through it.
var out = [];
function t(name, f) { try { out.push(name + ':' + String(f())); } catch (e) { out.push(name + ':' + e.constructor.name + ':' + e.message); } }
var gx = 'g', gy = 1;
t('read-write', function () {
  var o = {a: 1}, a = 'local', z = 5;
  with (o) { a = a + 1; z = z + a; gy = gy + a; var q = a; }
  return [o.a, a, z, gy, q, 'q' in o].join();
});
t('outer-let', function () {
  let b = 1; const c = 2; var o = {c: 10};
  with (o) { b = b + c; }
  return b;
});
t('const-assign', function () { const k = 1; with ({}) { k = 2; } return k; });
t('tdz', function () { try { with ({}) { v; } } catch (e) { return e.constructor.name; } let v = 1; });
t('unscopables', function () {
  var o = {a: 'o', b: 'o'}; o[Symbol.unscopables] = {a: true};
  var a = 'outer', b = 'outer';
  with (o) { a = 'set'; return [a, b, o.a].join(); }
});
t('getter-setter', function () {
  var log = [];
  var o = { get p() { log.push('get'); return 1; }, set p(v) { log.push('set ' + v); } };
  with (o) { p = p + 1; p++; p += 2; }
  return log.join();
});
t('proxy', function () {
  var seen = [];
  var p = new Proxy({w: 3}, { has(t, k) { if (typeof k === 'string' && seen.indexOf(k) < 0) seen.push(k); return k in t; } });
  var w = 'outer', v = 'v';
  with (p) { return [w, v, typeof nothere].join() + '/' + seen.join(); }
});
t('this-call', function () {
  var o = { name: 'o', f: function () { return this === o ? 'o' : String(this); }, g() { 'use strict'; return this; } };
  function f() { 'use strict'; return this; }
  var r = [];
  with (o) { r.push(f(), String(g() === o)); }
  r.push(String(f()));
  with ({}) { r.push(String(f())); }
  return r.join();
});
t('closures', function () {
  var fs = [];
  with ({a: 1}) { for (let i = 0; i < 3; i++) { fs.push(function () { return a + i; }); fs.push(() => a * 10 + i); } }
  return fs.map(function (g) { return g(); }).join();
});
t('closure-sees-later-object-change', function () {
  var o = {x: 1}, g;
  with (o) { g = function () { return x; }; }
  o.x = 2; var r = g(); delete o.x; var x = 'fn';
  return r + ',' + g();
});
t('nested-with', function () {
  var a = 0;
  with ({a: 1, b: 2}) { with ({b: 3}) { a = a + b; } }
  return a;
});
t('block-let-inside', function () {
  with ({x: 1}) { let x = 5; { let y = x + 1; return y + x; } }
});
t('for-in-head', function () {
  var o = {k: 'o'}, ks = [];
  with (o) { for (var k in {a: 1, b: 2}) ks.push(k); }
  return ks.join() + '|' + o.k + '|' + k;
});
t('for-of-destructure', function () {
  var o = {a: 0, b: 0}, a, b;
  with (o) { for ([a, b] of [[1, 2]]); ({a, b: b} = {a: 3, b: 4}); }
  return [o.a, o.b, a, b].join();
});
t('typeof-delete', function () {
  var o = {x: 1};
  with (o) { var r = [typeof x, typeof nope, delete x, typeof x]; }
  return r.join();
});
t('arguments', function (p) {
  with ({}) { return arguments.length + ':' + p; }
}.bind(null, 'P'));
t('null-object', function () { with (null) {} });
t('primitive-object', function () { with ('abc') { return length + charAt(1); } });
t('labels-break-continue', function () {
  var n = 0;
  outer: for (var i = 0; i < 3; i++) { with ({i: 100}) { for (;;) { n += i; if (n > 500) break outer; continue outer; } } }
  return n + ':' + i;
});
t('try-finally', function () {
  var r = [];
  try { with ({x: 1}) { try { throw x; } finally { r.push('f' + x); } } } catch (e) { r.push('c' + e); }
  return r.join();
});
t('named-fn-expr', function () {
  return (function self() { with ({self: 1}) { return typeof self; } })() + (function me() { with ({}) { return typeof me; } })();
});
t('generator', function () {
  function* g(o) { var s = 0; with (o) { s = a + (yield a); a = yield s; } return [s, o.a].join(); }
  var it = g({a: 2}); var r = [it.next().value, it.next(5).value]; r.push(it.next(9).value);
  return r.join('/');
});
t('generator-return', function () {
  var log = [];
  function* g() { with ({x: 1}) { try { yield x; } finally { log.push('fin' + x); } } }
  var it = g(); it.next(); it.return(7);
  return log.join();
});
t('continue-update-outside', function () {
  var n = 0;
  for (var i = 0; i < 3; i++) { let i = 50; n++; if (n > 10) break; continue; }
  for (let j = 0, fs = []; j < 3; j++) { let k = j; fs.push(() => k + j); if (j == 2) return n + ':' + i + ':' + fs.map(h => h()).join(); continue; }
});
out.join('\n')
