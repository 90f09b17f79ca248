// The names V8 gives, in stack traces and CallSite's getFunctionName, to activations of
// functions that eval code or Function() made: an anonymous function of eval code shows as
// "eval" (also as a method, "Object.eval [as m]", and under new, "new eval"); a function
// Function() made shows as "eval" while its name is the one it was made with ("anonymous"),
// and by its own name once a name is defined on it.
const clean = (s) => s.split(__filename).join('FILE');
const L = (s) => clean(s.split('\n')[1]);
console.log(L(eval("(function(){ return new Error('x').stack })()")));
console.log(L(eval("[1].map(function(){ return new Error('x').stack })[0]")));
console.log(L(eval("(() => new Error('x').stack)()")));
console.log(L(eval("var q = function(){ return new Error('x').stack }; q()")));
console.log(L(new Function("return (function(){ return new Error('x').stack })()")()));
const f = new Function("return new Error('f').stack");
console.log(L(f()), '|', f.name);
const o = { f, m: eval("(function(){ return new Error('x').stack })") };
console.log(L(o.f()));
console.log(L(o.m()));
const C = eval("(function(){ this.s = new Error('x').stack })");
console.log(L(new C().s));
const C2 = new Function("this.s = new Error('C2').stack");
console.log(L(new C2().s));
const g = new Function("return new Error('g').stack");
Object.defineProperty(g, 'name', { value: 'zz' });
console.log(L(g()));
const g2 = new Function("return new Error('g2').stack");
Object.defineProperty(g2, 'name', { value: 'anonymous' });
console.log(L(g2()));
const h = new Function("return new Error('h').stack");
delete h.name;
console.log(L(h()));
const AF = Object.getPrototypeOf(async function () {}).constructor;
new AF("return new Error('x').stack")().then((s) => console.log(L(s)));
const GF = Object.getPrototypeOf(function* () {}).constructor;
console.log(L(new GF("yield new Error('x').stack")().next().value));
Error.prepareStackTrace = (e, cs) => cs.slice(0, 1).map((c) => [c.getFunctionName(), c.getMethodName(), c.isEval()].join('|')).join('\n');
console.log(eval("(function(){ return new Error('x').stack })()"));
console.log(new Function("return new Error('y').stack")());
console.log(eval("new Error('x').stack"));
console.log(o.m());
