// A flowing stream with nothing buffered emits a chunk pushed from outside _read at once (node's
// addChunk); what _read pushes synchronously is buffered and goes out in the flow that follows.
// (A Transform is flowing from its on('data'): its first write already comes out at once.)
const { Readable, PassThrough, Transform } = require('stream');
const crypto = require('crypto');
const log = (...a) => console.log(...a);
const p = new PassThrough();
p.on('data', (d) => log('passthrough data', String(d)));
p.write('a');
log('after first write');
process.nextTick(() => {
  p.write('b');
  log('after second write');
  const r = new Readable({ read() {} });
  r.on('data', (d) => log('readable data', String(d)));
  setImmediate(() => {
    r.push('x');
    log('after push x');
    r.push('y');
    log('after push y');
    let n = 0;
    const counter = new Readable({ read() { if (n < 3) this.push(String(n++)); else this.push(null); } });
    counter.on('data', (d) => log('counter data', String(d)));
    counter.on('end', () => { log('counter end'); setTimeout(more, 1); });
    log('counter set up');
  });
});
const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
upper.on('data', (d) => log('upper data', String(d)));
function more() {
  upper.write('q');
  log('after upper write');
  const h = crypto.createHash('sha1');
  h.setEncoding('hex');
  h.on('data', (d) => log('hash data', d));
  h.end('x');
  log('after hash end');
}
