var out = [];
function t(name, f){ try { var r = f(); out.push([name, "ok", String(r)].join(" ")); } catch(e) { out.push([name, e.constructor.name].join(" ")); } }
t('nt-fn', function(){ function F(){ return eval('new.target'); } return [F() === undefined, new F() instanceof Object].join(); });
t('nt-global', function(){ return (0,eval)('new.target'); });
t('nt-arrow-in-fn', function(){ function F(){ return (() => eval('new.target'))(); } return new F() === undefined; });
t('super-method', function(){ var o = { __proto__: { x: 5 }, m(){ return eval('super.x'); } }; return o.m(); });
t('super-nonmethod', function(){ function f(){ return eval('super.x'); } return f(); });
t('super-call', function(){ class A { constructor(){ this.a = 1; } } class B extends A { constructor(){ eval('super()'); } } return new B().a; });
t('super-call-base', function(){ class A { constructor(){ eval('super()'); } } return new A(); });
t('field-arguments', function(){ class C { x = eval('arguments'); } return new C(); });
t('field-arguments-fn', function(){ class C { x = eval('(function(){ return arguments.length })(1,2)'); } return new C().x; });
t('return', function(){ return eval('return 1'); });
t('strict-public', function(){ 'use strict'; return eval('var public = 1'); });
t('private-visible', function(){ class C { #m = 44; static #s() { return 5; } get() { return eval('this.#m + C.#s()'); } f = eval('this.#m'); } var c = new C(); return [c.get(), c.f].join(); });
t('private-undeclared', function(){ class C { #m = 1; g() { return eval('this.#zz'); } } return new C().g(); });
t('strict-eval-var-eval', function(){ 'use strict'; eval('var eval;'); });
out.join('\n')
