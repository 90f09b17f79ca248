import pMap, { pMapSkip } from 'p-map';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const order = [];
const out = await pMap([100, 10, 300, 20], async (ms, i) => { await sleep(ms); order.push(i); return ms * 2; }, { concurrency: 2 });
console.log(out.join(), order.join());
console.log((await pMap([1, 2, 3, 4], (x) => (x % 2 ? pMapSkip : x))).join());
try { await pMap([1, 2, 3], async (x) => { if (x === 2) throw new Error('boom ' + x); return x; }); } catch (e) { console.log('err', e.message); }
try { await pMap([1, 2, 3], async (x) => { throw new Error('e' + x); }, { stopOnError: false }); } catch (e) { console.log(e.constructor.name, e.errors.map((x) => x.message).join()); }
const it = (async function* () { for (let i = 0; i < 5; i++) yield i; })();
console.log((await pMap(it, (x) => x * x, { concurrency: 3 })).join());
