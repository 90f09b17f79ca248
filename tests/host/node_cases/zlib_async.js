// node:zlib, the callback forms and util.promisify: results and errors come asynchronously
const zlib = require('zlib');
const { promisify } = require('util');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(50);
const step = (f) => new Promise((resolve) => f(resolve));

async function main() {
  // the callback is not called before the call returns
  let called = false;
  await step((done) => {
    zlib.deflate(text, (err, buf) => {
      called = true;
      console.log('deflate', err, Buffer.isBuffer(buf), zlib.inflateSync(buf).toString() === text);
      done();
    });
    console.log('after the call', called);
  });
  await step((done) => zlib.gzip(Buffer.from(text), { level: 1 }, (err, buf) => {
    console.log('gzip', err, buf[0], buf[1], zlib.gunzipSync(buf).length);
    done();
  }));
  for (const [enc, dec] of [['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'gunzip'],
    ['gzip', 'unzip'], ['deflate', 'unzip']]) {
    const packed = await promisify(zlib[enc])(text);
    const back = await promisify(zlib[dec])(packed);
    console.log(enc, dec, back.toString() === text);
  }
  // errors go to the callback, with code and errno
  await step((done) => zlib.inflate(Buffer.from('not zlib'), (err, buf) => {
    console.log('inflate error', err.message, err.code, err.errno, buf);
    done();
  }));
  await step((done) => zlib.gunzip(zlib.gzipSync(text).subarray(0, 20), (err) => {
    console.log('gunzip error', err.message, err.code, err.errno);
    done();
  }));
  await step((done) => zlib.inflate(zlib.deflateSync(text), { maxOutputLength: 100 }, (err) => {
    console.log('too large', err.name, err.message, err.code);
    done();
  }));
  try {
    await promisify(zlib.inflateRaw)(Buffer.from([0xff, 0xff]));
  } catch (e) {
    console.log('promisify rejects', e.message, e.code, e.errno);
  }
  // bad arguments throw at once
  for (const f of [() => zlib.deflate('x'), () => zlib.deflate('x', {}), () => zlib.deflate(123, () => {}),
    () => zlib.deflate('x', { level: 42 }, () => {})]) {
    try {
      f();
      console.log('no throw');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  // typed arrays and ArrayBuffers as input
  const ab = new Uint8Array(zlib.deflateSync('array buffer')).buffer;
  console.log((await promisify(zlib.inflate)(ab)).toString(), (await promisify(zlib.inflate)(new DataView(ab))).toString());
  console.log(zlib.deflate.name, zlib.deflate.length, zlib.deflateSync.name, typeof zlib.promises);
}
main();
