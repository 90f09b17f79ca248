// Two direct evals of the same text in one function: each activation's eval origin is its own
// call site (a cache of compiled eval code per scope gave the second the first one's origin),
// also in a loop (one site, compiled once) and for a function the eval code defines.
const clean = (s) => s.split(__filename).join('FILE');
const L = (s) => clean(s.split('\n')[1]);
function f() {
  const a = eval("new Error('x').stack");
  const b = eval("new Error('x').stack");
  const out = [L(a), L(b)];
  for (let i = 0; i < 2; i++) out.push(L(eval("new Error('x').stack")));
  const g1 = eval("(function g(){ return new Error('g').stack })");
  const g2 = eval("(function g(){ return new Error('g').stack })");
  out.push(L(g1()), L(g2()));
  return out;
}
for (const line of f()) console.log(line);
