// node's adapters between its streams and web streams (Readable/Writable/Duplex .toWeb and
// .fromWeb), and Blob.prototype.stream().
const { Readable, Writable, Duplex, PassThrough } = require('node:stream');
const log = (...a) => console.log(...a);
(async () => {
  log(typeof Readable.toWeb, typeof Readable.fromWeb, typeof Writable.toWeb, typeof Writable.fromWeb, typeof Duplex.toWeb, typeof Duplex.fromWeb);
  const web = Readable.toWeb(Readable.from(['a', 'b', 'c']));
  for await (const c of web) log('web chunk', c);
  const bytes = Readable.toWeb(new Readable({ read() { this.push(Buffer.from('xyz')); this.push(null); } }));
  for await (const c of bytes) log('web bytes', c);
  const nr = Readable.fromWeb(ReadableStream.from([new Uint8Array([1, 2]), new Uint8Array([3])]));
  log(nr.readableObjectMode, nr.readableHighWaterMark);
  for await (const c of nr) log('node chunk', c);
  const objects = Readable.fromWeb(ReadableStream.from(['x', { y: 1 }]), { objectMode: true });
  for await (const c of objects) log('object chunk', c);
  const text = Readable.fromWeb(ReadableStream.from([new TextEncoder().encode('h\u00e9')]), { encoding: 'utf8' });
  for await (const c of text) log('text chunk', c);
  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
  const writer = Writable.toWeb(w).getWriter();
  await writer.write('hello');
  await writer.write(new Uint8Array([65]));
  await writer.close();
  log(got, w.writableFinished);
  const sink = [];
  const nw = Writable.fromWeb(new WritableStream({ write(c) { sink.push(c); } }));
  nw.write('abc');
  await new Promise((resolve) => nw.end('def', resolve));
  log('ended', sink);
  const failing = new Readable({ read() { this.destroy(new Error('source failed')); } });
  try { for await (const c of Readable.toWeb(failing)) log(c); } catch (e) { log('toWeb error:', e.message); }
  const webFailing = new ReadableStream({ pull(c) { c.error(new Error('web source failed')); } });
  try { for await (const c of Readable.fromWeb(webFailing)) log(c); } catch (e) { log('fromWeb error:', e.message); }
  const { readable, writable } = Duplex.toWeb(new PassThrough());
  const dw = writable.getWriter();
  dw.write(new TextEncoder().encode('through'));
  dw.close();
  for await (const c of readable) log('duplex chunk', c);
  for (const bad of [() => Readable.fromWeb({}), () => Readable.toWeb({}), () => Writable.fromWeb(null), () => Writable.toWeb(5)]) {
    try { bad(); } catch (e) { log(e.name, e.code, e.message); }
  }
  for (const b of [new Blob(['ab', new Blob(['cd', 'e']), '', 'f']), new Blob(['abc', 'def', 'ghi']).slice(1, 7), new Blob([]), new Blob(['abc', 'def']).slice(-4, -1)]) {
    const sizes = [];
    for await (const c of b.stream()) sizes.push(c.length + ':' + c.constructor.name);
    log('blob parts', sizes.join(' '));
  }
  const r = new Blob(['hi ', 'there']).stream().getReader();
  log(await r.read(), await r.read(), await r.read());
})();
