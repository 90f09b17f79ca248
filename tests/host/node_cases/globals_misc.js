const t0 = performance.now();
console.log(typeof t0, t0 >= 0, typeof performance.timeOrigin, require('perf_hooks').performance === performance);
performance.mark('a'); performance.mark('b');
const m = performance.measure('a-b', 'a', 'b');
console.log(m.name, m.entryType, m.duration >= 0, performance.getEntriesByType('mark').map((e) => e.name));
console.log(typeof URL, typeof URLSearchParams, URL === require('url').URL);
console.log(process.version.startsWith('v20.'), typeof process.versions.node, process.release.name === 'node' || process.release.name === 'pyjsvm');
const tp = require('timers/promises');
(async () => {
  console.log(await tp.setTimeout(5, 'late'), await tp.setImmediate('now'));
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) { console.log(v, ++n); if (n === 3) break; }
  queueMicrotask(() => console.log('microtask'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log(structuredClone(new Map([[1, { a: [2] }]])));
  const { StringDecoder } = require('string_decoder');
  console.log(typeof StringDecoder);
})();
