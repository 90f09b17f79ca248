// Readable.from as node has it: a sync iterable is read in the tick the stream starts flowing,
// promises among the values are awaited, null is ERR_STREAM_NULL_VALUES, destroy() closes the
// iterator, a non-iterable is ERR_INVALID_ARG_TYPE; objectMode and highWaterMark 1 by default.
const { Readable } = require('stream');
try { Readable.from(5) } catch (e) { console.log(e.code, e.message) }
try { Readable.from({}) } catch (e) { console.log(e.code, e.message) }
try { Readable.from(null) } catch (e) { console.log(e.code, e.message) }
const r = Readable.from([1, null, 2]); r.on('error', e => console.log('err', e.code, e.message)); r.on('data', d => console.log('d', d));
function* g() { try { yield 1; yield 2; yield 3; } finally { console.log('gen closed') } }
const r2 = Readable.from(g()); r2.once('data', (d) => { console.log('first', d); r2.destroy(); }); r2.on('close', () => console.log('close2'));
const r3 = Readable.from([Promise.resolve('p1'), 'x']); r3.on('data', d => console.log('r3', d));
console.log(Readable.from([1]).readableHighWaterMark, Readable.from([1], {highWaterMark: 4}).readableHighWaterMark, Readable.from([1]).readableObjectMode, Readable.from([1], {objectMode: false}).readableObjectMode);
async function* ag() { yield 'a1'; yield 'a2'; }
(async () => { const out = []; for await (const c of Readable.from(ag())) out.push(c); console.log('async', out); })();
Readable.from('str').on('data', d => console.log('s', d));
const r4 = Readable.from((function* () { yield 1; throw new Error('boom'); })()); r4.on('error', e => console.log('r4', e.message)); r4.resume();
const r5 = Readable.from(['a', 'b']);
const seen = [];
r5.on('data', (c) => seen.push(c));
process.nextTick(() => console.log('tick', seen.length));
setImmediate(() => console.log('immediate', seen.length));
