// util.inspect of web streams at every depth, and the options a custom inspect function receives
// (options.depth is the depth asked for; the first argument the depth left).
const util = require('util');
for (const d of [0, 1, 2, null]) {
  console.log(d, util.inspect(new TransformStream(), { depth: d }));
  console.log(d, util.inspect({ a: { s: new ReadableStream() } }, { depth: d }));
  console.log(d, util.inspect([new CountQueuingStrategy({ highWaterMark: 1 })], { depth: d }));
}
console.log(util.inspect(new ReadableStream(), { compact: false }));
const o = { [util.inspect.custom](depth, options) { return `d=${depth} od=${options.depth}`; } };
console.log(util.inspect([o], { depth: 1 }), util.inspect({ a: { b: o } }, { depth: 3 }), util.inspect(o));
