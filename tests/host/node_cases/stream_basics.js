const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');
const log = [];
const r = new Readable({ read() {} , encoding: 'utf8'});
r.on('data', (c) => console.log('data', JSON.stringify(c)));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.push('a'); r.push('b'); r.push(null);
const chunks = [];
const w = new Writable({ decodeStrings: false, write(c, enc, cb) { chunks.push(c); setTimeout(cb, 1); } });
w.on('finish', () => console.log('finish', chunks));
w.on('close', () => console.log('wclose'));
console.log(w.write('x'), w.write('y'));
w.end('z');
const up = new Transform({ decodeStrings: false, encoding: 'utf8', transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const src = Readable.from(['one', 'two', 'three']);
let out = '';
const sink = new Writable({ decodeStrings: false, objectMode: true, write(c, e, cb) { out += c + ','; cb(); } });

(async () => {
  const rr = Readable.from(['p', 'q']);
  for await (const x of rr) console.log('iter', x);
  console.log(w instanceof Writable, up instanceof Writable, up instanceof Readable, new PassThrough() instanceof Transform);
})();
const pr = new Readable({ read() {}, objectMode: true });
pr.push(1); pr.push(2); pr.push(null);
pr.on('readable', () => { let x; while ((x = pr.read()) !== null) console.log('read', x); });
pr.on('end', () => console.log('pr end'));
w.on('close', () => setImmediate(() => pipeline(src, up, sink, (err) => {
  console.log('pipeline', err, out);
  const { promises } = require('stream');
  const pt = new PassThrough({ encoding: 'utf8' });
  let got = '';
  const w2 = new Writable({ decodeStrings: false, highWaterMark: 2, write(c, e, cb) { got += c; setImmediate(cb); } });
  console.log('hwm write', w2.write('abc'), w2.writableNeedDrain);
  w2.on('drain', () => console.log('drain'));
  promises.pipeline(Readable.from(['x', 'y']), pt, w2).then(() => console.log('promises.pipeline', got));
})));
