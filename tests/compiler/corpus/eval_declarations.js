// EvalDeclarationInstantiation: hoisting conflicts and global definability (node agrees here).
var r = [];
function t(name, f) { try { r.push(name + ':' + String(f())); } catch (e) { r.push(name + ':' + e.constructor.name); } }
t('param-var-param', function () { function f(a, p = eval("var a")) {} return f(); });
t('param-var-following', function () { function f(p = eval("var q"), q) {} return f(); });
t('param-var-new', function () { function f(p = eval("var zz = 1"), q = zz) { return q; } return f(); });
t('body-var-arguments', function () { function f(a = 1) { var arguments; return typeof arguments; } return f(); });
t('nested-eval', function () { function f() { eval("eval('var q = 1')"); return q; } return f(); });
t('catch-ok', function () { try { throw 1; } catch (e) { eval("var e = 2"); return e; } });
t('for-let', function () { for (let i = 0; i < 1; i++) { eval("var i"); } });
t('with-ok', function () { var o = {x: 1}; with (o) { eval("var x = 5"); } return o.x; });
t('func-lex', function () { function f() { let x; eval("var x"); } return f(); });
t('func-lex-inner', function () { function f() { let x; return (function () { eval("var x = 3"); return x; })(); } return f(); });
t('strict-ok', function () { "use strict"; let x = 1; eval("var x = 2"); return x; });
t('funcdecl-conflict', function () { let x; { eval("function x(){}"); } });
t('global-nan', function () { eval("function NaN(){}"); });
t('global-fn-deletable', function () { (0, eval)("function gf(){}"); return Object.getOwnPropertyDescriptor(globalThis, 'gf').configurable; });
r.join('\n')
