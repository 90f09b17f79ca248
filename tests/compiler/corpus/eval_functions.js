// Sloppy direct eval in emitted functions (issue 17): vars eval adds (FunctionEnv.extra) seen by later
// code and closures, eval shadowing parameters and globals, eval in arrows, methods and constructors
// (this, new.target, super), strict and indirect eval, delete of names, arguments, eval code itself.
var out = [];
function t(name, f) { try { out.push(name + ':' + String(f())); } catch (e) { out.push(name + ':' + e.constructor.name); } }
globalThis.gx = 'global';
t('var-added', function () { eval('var a = 1'); var r = a; a = 2; return [r, a, eval('a'), typeof gx].join(); });
t('closure-sees', function () { eval('var b = 5'); return (function () { return b; })() + (() => b)(); });
t('shadow-param', function (p) { eval('var p = "s"'); return p; });
t('shadow-global', function () { var r1 = gx; eval('var gx = "local"'); return r1 + gx; });
t('let-in-eval', function () { eval('let c = 1'); return typeof c; });
t('fn-decl', function () { eval('function q() { return 7 }'); return q(); });
t('arrow', function () { var o = { m() { return (() => eval('this'))(); } }; return o.m() === o; });
t('ctor', function () { function F() { this.v = eval('new.target === F'); } return new F().v; });
t('super', function () { var o = { __proto__: { x: 3 }, m() { return eval('super.x'); } }; return o.m(); });
t('strict', function () { 'use strict'; eval('var s = 1'); return typeof s; });
t('indirect', function () { var x = 'local'; return (0, eval)('typeof x') + (0, eval)('gx'); });
t('delete-eval-var', function () { eval('var d = 1'); var r = delete d; return r + typeof d; });
t('delete-local', function () { var l = 1; eval(''); return delete l; });
t('delete-global', function () { globalThis.dg = 1; eval(''); return (delete dg) + typeof dg; });
t('arguments', function (a, b) { eval('arguments[0] = 9'); return a + eval('arguments.length'); });
t('loop', function () { var s = 0; eval('var k = 2'); for (var i = 0; i < 10; i++) s += i * k; return s; });
t('not-eval', function () { var eval = function (x) { return 'mine' + x }; return eval(1); });
t('block', function () { { let z = 4; return eval('z + 1'); } });
t('catch', function () { try { throw 1 } catch (e) { eval('var e = 2'); return e; } });
t('typeof-undeclared', function () { eval(''); return typeof nothing; });
t('eval-in-with', function () { var o = {w: 1}; with (o) { eval('var w = 5'); } return o.w + ':' + w; });
t('gen', function () { function* g() { eval('var y = 3'); yield y; y = yield y + 1; return y; } var it = g(); return [it.next().value, it.next().value, it.next(8).value].join(); });
t('completion', function () { return eval('1; if (true) { 2; } else ;') + eval('var zz = 1;') + eval('for (var i=0;i<2;i++) i;'); });
t('eval-param-expr', function () { function f(a = eval('var pv = 1'), b = pv) { return b; } return f(); });
t('closure-before-eval', function () { var g = function () { return typeof late === 'undefined' ? 'none' : late; }; var r = g(); eval('var late = "now"'); return r + ',' + g(); });
t('derived-super-call', function () { class A { constructor() { this.a = 1; } } class B extends A { constructor() { eval('super()'); this.b = eval('this.a + 1'); } } var b = new B(); return b.a + b.b; });
t('arrow-in-ctor-new-target', function () { function F() { this.t = (() => eval('new.target'))() === F; } return new F().t; });
t('method-this', function () { var o = { v: 4, m() { eval('var w = this.v'); return w * 2; } }; return o.m(); });
t('eval-loop-cache', function () { var r = []; for (var i = 0; i < 4; i++) { r.push(eval('i * 2'), eval(i % 2 ? 'var odd = i; odd' : 'i')); } return r.join() + '|' + odd; });
t('eval-fn-shadows-global', function () { eval('function gx() { return "fn"; }'); return typeof gx; });
t('eval-let-conflict', function () { let v = 1; eval('var v = 2'); });
t('eval-nested', function () { eval("eval('var nn = 6')"); return nn; });
t('eval-assign-local', function () { var l = 1; eval('l = 2'); return l; });
t('eval-closure-writes', function () { var c = 0; var inc = function () { eval('c++'); }; inc(); inc(); return c; });
t('eval-generator-yield-after', function () { function* g() { var a = 1; eval('var b = a + 1'); a = yield b; yield eval('a + b'); } var it = g(); return it.next().value + ',' + it.next(10).value; });
t('eval-update-extra', function () { eval('var u = 1'); u++; u += 2; ++u; return u; });
t('eval-for-in-extra', function () { eval('var key'); var ks = []; for (key in {p: 1, q: 2}) ks.push(key); return ks.join() + key; });
t('eval-destructure-extra', function () { eval('var da, db'); [da, db] = [1, 2]; ({da} = {da: 5}); return da + db; });
t('eval-typeof-after-delete', function () { eval('var td = 1'); delete td; return typeof td; });
t('eval-strict-caller-strict-code', function () { 'use strict'; return eval('var sv = 1; typeof sv') + typeof sv; });
t('eval-this-global-fn', function () { return eval('this') === globalThis; });
t('eval-with-object-eval', function () { var o = { eval: function () { return this === o; } }; with (o) { return eval('1'); } });
t('indirect-var-global', function () { (0, eval)('var viaIndirect = 1'); return typeof viaIndirect + delete globalThis.viaIndirect; });
t('eval-spread-args', function () { return eval(...['1 + 1', 'ignored']); });
t('eval-non-string', function () { var o = {}; return eval(o) === o; });
t('eval-no-args', function () { return eval(); });
t('delete-undeclared', function () { eval(''); return delete notDeclaredAnywhere; });
out.join('\n')
