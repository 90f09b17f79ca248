// stream.pipeline with an async function or an async generator function as its last stage
// (node consumes it and calls back with the async function's value; it returns a PassThrough)
const { Readable, Transform, PassThrough, pipeline } = require('stream');
const upper = () => new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const run = (...stages) => new Promise((resolve) => {
  const out = pipeline(...stages, (err, value) => resolve([err && err.message, value, out instanceof PassThrough]));
});
(async () => {
  const seen = [];
  console.log(await run(Readable.from(['ab', 'cd']), upper(),
    async function* (src) { for await (const c of src) seen.push(c.toString()); }), seen.join(''));
  console.log(await run(Readable.from(['x', 'y']), upper(),
    async (src) => { let s = ''; for await (const c of src) s += c; return s; }));
  console.log(await run(Readable.from(['q']), async function* (src) { for await (const c of src) yield c + '!'; },
    async (src) => { const out = []; for await (const c of src) out.push(c); return out.join(); }));
  console.log(await run(Readable.from(['z']), async (src) => { for await (const c of src) throw new Error('bad ' + c); }));
  console.log(await require('stream').promises.pipeline(Readable.from(['p']), async function (src) {
    for await (const c of src) console.log('got', c);
    return 'its value';
  }));
})();
