// Annex B.3.2/B.3.3 block-level functions in bodies both tiers compile: the var binding starts
// undefined, the block binding is made at block entry, the declaration's evaluation copies it.
var r = [];
function show(v) { return typeof v === 'function' ? 'fn:' + v.name + (v.length ? v() : '') : String(v); }
// shadowing a parameter: no var binding, the parameter stays
r.push((function (f) { { function f() {} } return show(f); })(7));
// non-simple parameters (the body's own var environment)
r.push((function (a = 1, b = () => typeof h) { var before = typeof h; { function h() {} } return [before, b(), typeof h].join('/'); })());
// shadowing an enclosing let: the inner function stays block-scoped
r.push((function () { let g = 'let'; { function g() {} } return show(g); })());
r.push((function () { { let g = 'inner'; { function g() {} } } return typeof g; })());
// the copy happens where the declaration is evaluated, from the block binding at that time
r.push((function () { var log = []; log.push(show(f)); { log.push(show(f)); f = 'b'; function f(x = 0) { return 'a'; } log.push(show(f)); } log.push(show(f)); return log.join(' '); })());
r.push((function () { var log = []; { function f(x = 0) { return 'a'; } f = 'b'; log.push(show(f)); } log.push(show(f)); return log.join(' '); })());
// switch cases, default clause, duplicates in one block (the last wins)
r.push((function (x) { switch (x) { case 1: function s1(y = 0) { return 1; } break; default: function s2(y = 0) { return 2; } } return show(s1) + ',' + show(s2); })(1));
r.push((function (x) { switch (x) { case 1: function s1(y = 0) { return 1; } break; default: function s2(y = 0) { return 2; } } return show(s1) + ',' + show(s2); })(5));
r.push((function () { { function d(y = 0) { return 1; } function d(y = 0) { return 2; } } return show(d); })());
// if (x) function f() {} (B.3.3), with and without else
r.push((function (x) { if (x) function i1(y = 0) { return 'then'; } else function i2(y = 0) { return 'else'; } return show(i1) + ',' + show(i2); })(true));
r.push((function (x) { if (x) function i1(y = 0) { return 'then'; } else function i2(y = 0) { return 'else'; } return show(i1) + ',' + show(i2); })(false));
// nested blocks and loops: each evaluation copies the newest function object
r.push((function () { var fs = []; for (var i = 0; i < 3; i++) { { function k() { return i; } } fs.push(k); } return [fs[0] === fs[1], typeof k, show(k)].join(); })());
r.push((function () { { { { function deep(y = 0) { return 'deep'; } } } } return show(deep); })());
// labelled function declarations
r.push((function () { l: function lf(y = 0) { return 'top'; } return show(lf); })());
r.push((function () { { l: m: function lb(y = 0) { return 'block'; } } return show(lb); })());
// a closure sees the var binding, another the block binding
r.push((function () { var get = () => show(c); { var inner = () => show(c); function c(y = 0) { return 'c'; } c = 1; } return get() + ' ' + inner(); })());
// the own name of a function expression is shadowed by the var binding
r.push((function own() { { function own(y = 0) { return 'block'; } } return show(own); })());
// strict code has no var binding
r.push((function () { 'use strict'; { function st() {} } return typeof st; })());
r.push((function () { 'use strict'; var out; if (true) { function st2() {} out = typeof st2; } return out + ',' + typeof st2; })());
// generators and async functions: the block functions there are hoisted the same way
function* gen() { yield typeof gf; { yield typeof gf; function gf(y = 0) { return 'g'; } } yield show(gf); switch (yield 'sw') { case 1: function gs(y = 0) { return 'gs'; } } yield show(gs); }
var it = gen(), gout = [], step = it.next();
while (!step.done) { gout.push(step.value); step = it.next(1); }
r.push(gout.join(' '));
// generator functions and async functions in blocks are not hoisted
r.push((function () { { function* g2() {} async function a2() {} } return typeof g2 + typeof a2; })());
var asyncOut = [];
(async function () { asyncOut.push(typeof af); { function af(y = 0) { return 'a'; } } asyncOut.push(show(af)); await null; { function af2() {} } })();
r.push(asyncOut.join(' '));
// script code: a var binding on the global object (not deletable), unless a global let has the name
var beforeG = typeof sg;
{ function sg(y = 0) { return 'script'; } }
let sl = 'let';
{ function sl() {} }
if (true) function sif(y = 0) { return 'sif'; }
r.push([beforeG, show(sg), show(sl), show(sif), typeof globalThis.sg, typeof globalThis.sl].join());
r.join('\n')
