// Where a stack trace points for an error made in a yield's operand: at the ``new`` (or call)
// that made it, not at the ``yield`` (V8); in a generator run once, and in one run often
// enough to be compiled hot.
const L = (s) => s.split('\n')[1].split(__filename).join('FILE');
function* g1() { yield new Error('x').stack }
function* g2() { yield (new Error('x')).stack }
function* g3() { yield* [new Error('x').stack] }
function* g4() { const a = 1 + (yield new Error('x').stack.length); return a }
async function* ag() { yield new Error('x').stack }
for (let i = 0; i < 6; i++) {
  const out = [L(g1().next().value), L(g2().next().value), L(g3().next().value)];
  if (i === 0 || i === 5) console.log(i, out.join(' / '));
}
console.log(typeof g4().next().value);
ag().next().then((r) => console.log(L(r.value)));
const GF = Object.getPrototypeOf(function* () {}).constructor;
console.log(L(new GF("yield new Error('x').stack")().next().value));
