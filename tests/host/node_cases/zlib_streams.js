// node:zlib, the stream forms: Transform streams piped, pipeline, flush, close, errors
const zlib = require('zlib');
const fs = require('fs');
const stream = require('stream');
const { pipeline } = require('stream/promises');

const text = Array.from({ length: 2000 }, (_, i) => `row ${i}: ${'abcdefghij'.slice(i % 10)}\n`).join('');
const collect = (s) => new Promise((resolve, reject) => {
  const chunks = [];
  s.on('data', (c) => chunks.push(c));
  s.on('end', () => resolve(Buffer.concat(chunks)));
  s.on('error', reject);
});

async function main() {
  const gz = zlib.createGzip();
  console.log(gz instanceof zlib.Gzip, gz instanceof stream.Transform, gz instanceof stream.Duplex,
    gz.constructor.name, Object.getPrototypeOf(zlib.Gzip.prototype).constructor.name, typeof gz.params,
    typeof gz.flush, typeof gz.close, typeof gz.reset, gz.bytesWritten, gz._handle !== null);
  console.log(new zlib.Deflate() instanceof zlib.Deflate, zlib.Inflate({}) instanceof zlib.Inflate);

  // fs -> gzip -> fs, then back through gunzip
  fs.writeFileSync('plain.txt', text);
  await pipeline(fs.createReadStream('plain.txt'), zlib.createGzip({ level: 9 }), fs.createWriteStream('plain.txt.gz'));
  const gzipped = fs.readFileSync('plain.txt.gz');
  console.log('gzipped', gzipped[0], gzipped[1], gzipped.length < text.length / 4, zlib.gunzipSync(gzipped).toString() === text);
  await pipeline(fs.createReadStream('plain.txt.gz'), zlib.createGunzip(), fs.createWriteStream('back.txt'));
  console.log('gunzipped', fs.readFileSync('back.txt', 'utf8') === text);
  await new Promise((resolve) => fs.createReadStream('plain.txt.gz').pipe(zlib.createUnzip()).pipe(fs.createWriteStream('back2.txt')).on('finish', resolve));
  console.log('pipe', fs.readFileSync('back2.txt', 'utf8') === text);

  // every pair, written in small pieces
  for (const [c, d] of [['createDeflate', 'createInflate'], ['createDeflateRaw', 'createInflateRaw'],
    ['createGzip', 'createGunzip'], ['createGzip', 'createUnzip'], ['createDeflate', 'createUnzip']]) {
    const comp = zlib[c]({ chunkSize: 256 });
    const dec = zlib[d]();
    const out = collect(comp.pipe(dec));
    for (let i = 0; i < text.length; i += 777) comp.write(text.slice(i, i + 777));
    comp.end();
    const back = await out;
    console.log(c, d, back.toString() === text, comp.bytesWritten === text.length, dec.bytesWritten > 0);
  }

  // output comes in chunkSize pieces
  const big = zlib.deflateSync(Buffer.alloc(100000, 'a'));
  const inf = zlib.createInflate({ chunkSize: 1024 });
  const sizes = new Set();
  inf.on('data', (b) => sizes.add(b.length));
  inf.end(big);
  await new Promise((resolve) => inf.on('end', resolve));
  console.log('chunk sizes', [...sizes].sort((a, b) => a - b).join(','));

  // compressed input one byte at a time (unzip has to wait to tell gzip from zlib)
  for (const [packed, f] of [[zlib.gzipSync(text), 'createUnzip'], [zlib.deflateSync(text), 'createUnzip'],
    [Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two')]), 'createGunzip']]) {
    const s = zlib[f]();
    const out = collect(s);
    for (let i = 0; i < packed.length; i++) s.write(packed.subarray(i, i + 1));
    s.end();
    const r = (await out).toString();
    console.log(f, r.length, r.slice(0, 8));
  }

  // flush(): what was written so far can be inflated before the end
  const def = zlib.createDeflate();
  const got = [];
  def.on('data', (c) => got.push(c));
  def.write('partial data, ');
  await new Promise((resolve) => def.flush(resolve));
  console.log('after flush', zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  def.write('more');
  await new Promise((resolve) => def.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
  console.log('after sync flush', zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  def.end();
  await new Promise((resolve) => def.on('end', resolve));
  console.log('after end', zlib.inflateSync(Buffer.concat(got)).toString());

  // errors: an 'error' event with code and errno, pipeline rejects
  const bad = zlib.createInflate();
  bad.on('error', (e) => console.log('error event', e.message, e.code, e.errno, bad.destroyed));
  bad.on('close', () => console.log('closed'));
  bad.end(Buffer.from('not deflate data'));
  await new Promise((resolve) => bad.on('close', resolve));
  try {
    await pipeline(stream.Readable.from([zlib.gzipSync(text).subarray(0, 30)]), zlib.createGunzip(), new stream.PassThrough());
  } catch (e) {
    console.log('pipeline rejects', e.message, e.code, e.errno);
  }

  // close(): the stream is destroyed, the callback runs
  const closing = zlib.createGzip();
  await new Promise((resolve) => closing.close(() => { console.log('close callback', closing.destroyed, closing._handle); resolve(); }));

  // async iteration
  const it = zlib.createGunzip();
  it.end(zlib.gzipSync('iterated'));
  let s = '';
  for await (const chunk of it) s += chunk;
  console.log('for await', s);

  // options reach the stream: level, dictionary
  const d1 = zlib.createDeflate({ level: 0 });
  const stored = collect(d1);
  d1.end('stored, not compressed');
  console.log('level 0', (await stored).toString('latin1').includes('stored, not compressed'));
  const dict = Buffer.from('dictionary words');
  const d2 = zlib.createDeflate({ dictionary: dict });
  const withDict = collect(d2);
  d2.end('words from the dictionary');
  console.log('dictionary', zlib.inflateSync(await withDict, { dictionary: dict }).toString());
  try {
    zlib.createGzip({ windowBits: 1 });
  } catch (e) {
    console.log(e.code, e.message);
  }
}
main();
