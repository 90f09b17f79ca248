// Stack frames of eval code, and of functions declared in it, as V8 shows them: the eval code's
// own frame, 'eval at CALLER (FILE:LINE:COL), <anonymous>' as their file, and the caller's
// frame at its call of eval (not at the eval code's position); CallSite's isEval,
// getEvalOrigin and getFileName agree.
const clean = (s) => s.split('\n').filter((l) => !l.includes('node:') && !l.includes('Module.')).join('\n').split(__filename).join('FILE');
function outer() {
  eval("function inner() {\n  throw new Error('boom');\n}\ninner();");
}
try { outer() } catch (e) { console.log(clean(e.stack)) }
function f() { return eval('new Error("y").stack') }
console.log(clean(f()));
function g() { return eval('(function h() {\n return new Error("z").stack })()') }
console.log(clean(g()));
function caller() { return eval('callee()') }
function callee() { return callee.caller === caller }
console.log('caller through eval:', caller());
Error.prepareStackTrace = (e, cs) => cs.slice(0, 3).map((c) => [c.getFunctionName(), c.getFileName(), c.isEval(), c.getEvalOrigin(), c.getLineNumber(), c.getColumnNumber(), String(c)].join(' | ')).join('\n');
function m() { return eval('(function n() { return new Error().stack })()') }
console.log(clean(m()));
