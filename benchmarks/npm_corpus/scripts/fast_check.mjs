import fc from 'fast-check';
const opts = { seed: 42, numRuns: 200 };
console.log(JSON.stringify(fc.sample(fc.integer({ min: -100, max: 100 }), { seed: 1, numRuns: 10 })));
console.log(JSON.stringify(fc.sample(fc.record({ a: fc.string({ maxLength: 5 }), b: fc.array(fc.nat(9), { maxLength: 4 }), c: fc.oneof(fc.boolean(), fc.constant(null)) }), { seed: 7, numRuns: 5 })));
console.log(JSON.stringify(fc.sample(fc.double({ noNaN: true }), { seed: 3, numRuns: 5 })), JSON.stringify(fc.sample(fc.bigInt(), { seed: 3, numRuns: 3 }).map(String)));
const r = fc.check(fc.property(fc.array(fc.integer()), (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length === xs.length && s.every((v, i) => i === 0 || s[i - 1] <= v); }), opts);
console.log(r.failed, r.numRuns);
const bad = fc.check(fc.property(fc.array(fc.integer()), (xs) => xs.length < 3 || xs[0] + xs[1] !== xs[2] || xs[2] === 0), opts);
console.log(bad.failed, JSON.stringify(bad.counterexample), bad.numShrinks > 0);
const bad2 = fc.check(fc.property(fc.string(), fc.string(), (a, b) => (a + b).length < 5), opts);
console.log(bad2.failed, JSON.stringify(bad2.counterexample));
try { fc.assert(fc.property(fc.nat(), (n) => n < 1000), { seed: 5 }); } catch (e) { console.log(e.message.split('\n').slice(0, 3).join(' | ')); }
console.log(JSON.stringify(fc.sample(fc.emailAddress(), { seed: 9, numRuns: 2 })), JSON.stringify(fc.sample(fc.uuid(), { seed: 9, numRuns: 2 })), JSON.stringify(fc.sample(fc.date({ min: new Date(0), max: new Date(1e12) }), { seed: 2, numRuns: 2 })));
const { tree } = fc.letrec((tie) => ({ tree: fc.oneof({ depthSize: 'small' }, fc.nat(5), fc.tuple(tie('tree'), tie('tree'))) }));
console.log(JSON.stringify(fc.sample(tree, { seed: 11, numRuns: 4 })));
await fc.assert(fc.asyncProperty(fc.integer(), async (n) => (await Promise.resolve(n)) === n), { seed: 1, numRuns: 20 }); console.log('async ok');
console.log(fc.stringify({ a: [1n, -0, NaN, new Map([[1, 'x']]), new Set([undefined]), Symbol.for('s')] }));
