// the Readable operators: map, filter, flatMap, drop, take, forEach, some, every, find, reduce
const { Readable } = require('stream');
(async () => {
  const R = (a) => Readable.from(a);
  console.log(await R([1, 2, 3, 4]).filter((x) => x % 2).map((x) => x * 10).toArray());
  console.log(await R([1, 2, 3]).map(async (x) => x + 1).toArray(), await R([1, 2]).flatMap((x) => [x, x]).toArray());
  const seen = []; console.log(await R([1, 2]).forEach((x) => { seen.push(x); }), seen);
  console.log(await R([1, 2, 3]).some((x) => x > 1), await R([1, 2, 3]).every((x) => x > 1), await R([1, 2, 3]).find((x) => x > 1), await R([]).find(() => true));
  console.log(await R([1, 2, 3]).reduce((a, b) => a + b), await R([1, 2, 3]).reduce((a, b) => a + b, 10));
  try { await R([]).reduce((a, b) => a); } catch (e) { console.log(e.name, e.code); }
  try { R([1]).map(5); } catch (e) { console.log(e.code); }
  try { R([1]).take(-1); } catch (e) { console.log(e.code); }
  try { await R([1, 2]).map((x) => { throw new Error('in map ' + x); }).toArray(); } catch (e) { console.log(e.message); }
  console.log(typeof Readable.prototype.map, R([1]).map((x) => x) instanceof Readable);
})();
