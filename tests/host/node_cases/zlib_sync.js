// node:zlib, the sync forms: round trips, options, inputs, constants, errors
const zlib = require('zlib');
const assert = require('assert');

console.log(Object.keys(zlib).join(' '));
console.log(typeof require('node:zlib').gzipSync, require('node:zlib') === zlib);
const c = zlib.constants;
console.log(Object.getPrototypeOf(c), Object.keys(c).filter((k) => !k.startsWith('BROTLI')).map((k) => `${k}=${c[k] === c.ZLIB_VERNUM && k === 'ZLIB_VERNUM' ? 'N' : c[k]}`).join(' '));
console.log(Object.keys(c).filter((k) => k.startsWith('BROTLI')).length, c.BROTLI_DECODER_ERROR_UNREACHABLE, c.BROTLI_DEFAULT_WINDOW);
console.log(zlib.Z_SYNC_FLUSH, zlib.Z_BEST_COMPRESSION, zlib.Z_DATA_ERROR, zlib.DEFLATERAW, zlib.BROTLI_ENCODE, 'Z_OK' in zlib);
console.log(Object.getOwnPropertyDescriptor(zlib, 'Z_OK'), Object.getOwnPropertyDescriptor(zlib, 'constants').writable);
console.log(JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes));

// small inputs: the same bytes as node's zlib
const text = 'hello world';
for (const f of ['deflateSync', 'deflateRawSync', 'gzipSync']) console.log(f, zlib[f](text).toString('hex'));
console.log(zlib.deflateSync(text, { level: 0 }).toString('hex'));
console.log(zlib.deflateSync(text, { level: 1 }).toString('hex'));
console.log(zlib.deflateSync('x', { windowBits: 8 }).toString('hex'), zlib.deflateRawSync('x', { windowBits: 8 }).toString('hex'));
console.log(zlib.gzipSync('x', { windowBits: 9 }).toString('hex'));
console.log(zlib.deflateSync('aaaaaaaaaaaaaaaaaaaaaaab', { strategy: zlib.constants.Z_HUFFMAN_ONLY }).toString('hex'));
console.log(zlib.deflateSync('aaaaaaaaaaaaaaaaaaaaaaab', { strategy: zlib.constants.Z_RLE }).toString('hex'));
console.log(zlib.deflateSync('aaaaaaaaaaaaaaaaaaaaaaab', { strategy: zlib.constants.Z_FIXED }).toString('hex'));
console.log(zlib.deflateSync('abc', { dictionary: Buffer.from('abcdef') }).toString('hex'));

// round trips of every mode, with options
let data = '';
for (let i = 0; i < 3000; i++) data += `line ${i} ${(i * 7919) % 1000}\n`;
const buf = Buffer.from(data);
const pairs = [['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'gunzipSync'],
  ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync']];
for (const [enc, dec] of pairs) {
  for (const opts of [undefined, { level: 0 }, { level: 9, memLevel: 9 }, { windowBits: 9, memLevel: 1 },
    { strategy: 1, chunkSize: 64 }, { level: -1, strategy: 4 }]) {
    const packed = zlib[enc](buf, opts);
    const back = zlib[dec](packed, opts && opts.windowBits ? { windowBits: opts.windowBits } : undefined);
    assert.ok(back.equals(buf), `${enc} ${dec} ${JSON.stringify(opts)}`);
    assert.ok(Buffer.isBuffer(packed) && Buffer.isBuffer(back));
  }
  console.log(enc, dec, 'ok', zlib[enc](buf, { level: 0 }).length > buf.length, zlib[enc](buf).length < buf.length / 3);
}
const packed = zlib.deflateSync(buf, { level: 9 });
console.log(zlib.inflateSync(packed, { windowBits: 0 }).length, zlib.inflateSync(packed, { chunkSize: 100 }).length);
console.log(zlib.gunzipSync(zlib.gzipSync(buf), { windowBits: 0 }).length);
const dict = Buffer.from('line 1234 \n');
console.log(zlib.inflateSync(zlib.deflateSync(buf, { dictionary: dict }), { dictionary: dict }).equals(buf));
console.log(zlib.inflateRawSync(zlib.deflateRawSync(buf, { dictionary: dict }), { dictionary: dict }).equals(buf));
console.log(zlib.inflateSync(zlib.deflateSync('abc', { dictionary: new Uint8Array([97, 98]).buffer }), { dictionary: new Uint8Array([97, 98]) }).toString());
console.log(zlib.gunzipSync(zlib.gzipSync('x', { dictionary: Buffer.from('ignored') })).toString());

// inputs: string, Buffer, typed arrays, DataView, ArrayBuffer, empty
const bin = zlib.deflateSync(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]));
const u8 = new Uint8Array(bin);
console.log(zlib.inflateSync(u8).toString('hex'), zlib.inflateSync(new DataView(u8.buffer)).toString('hex'),
  zlib.inflateSync(u8.buffer).toString('hex'));
console.log(zlib.deflateSync(new Uint16Array([0x0201, 0x0403])).equals(zlib.deflateSync(Buffer.from([1, 2, 3, 4]))));
console.log(zlib.inflateSync(zlib.deflateSync('é€😀')).toString(), zlib.inflateSync(zlib.deflateSync('')).length);
console.log(zlib.deflateSync('').toString('hex'), zlib.gzipSync('').toString('hex'), zlib.deflateRawSync('').toString('hex'));
const sub = Buffer.concat([Buffer.from('xx'), bin, Buffer.from('yy')]).subarray(2, 2 + bin.length);
console.log(zlib.inflateSync(sub).toString('hex'));

// concatenated gzip members; zero padding after the last
const g1 = zlib.gzipSync('first '), g2 = zlib.gzipSync('second');
console.log(zlib.gunzipSync(Buffer.concat([g1, g2])).toString(), zlib.unzipSync(Buffer.concat([g1, g2])).toString());
console.log(zlib.gunzipSync(Buffer.concat([g1, Buffer.alloc(10)])).toString());
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('z'), Buffer.from('trailing')])).toString());

// errors
function show(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r.length);
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code, e.errno, Object.keys(e).join(','), e instanceof Error);
  }
}
const d = zlib.deflateSync(text), g = zlib.gzipSync(text);
show('bad header', () => zlib.inflateSync(Buffer.from('hello')));
show('truncated', () => zlib.inflateSync(d.subarray(0, 5)));
show('truncated gzip', () => zlib.gunzipSync(g.subarray(0, g.length - 2)));
show('gzip then garbage', () => zlib.gunzipSync(Buffer.concat([g, Buffer.from('xx')])));
show('gzip then 1f', () => zlib.gunzipSync(Buffer.concat([g, Buffer.from([0x1f])])));
show('not gzip', () => zlib.gunzipSync(d));
show('bad crc', () => { const x = Buffer.from(g); x[x.length - 5] ^= 1; return zlib.gunzipSync(x); });
show('bad adler', () => { const x = Buffer.from(d); x[x.length - 1] ^= 1; return zlib.inflateSync(x); });
show('bad block type', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff])));
show('stored lengths', () => zlib.inflateRawSync(Buffer.from([0x00, 1, 2, 3, 4])));
show('empty inflate', () => zlib.inflateSync(Buffer.alloc(0)));
show('empty gunzip', () => zlib.gunzipSync(Buffer.alloc(0)));
show('empty unzip', () => zlib.unzipSync(Buffer.alloc(0)));
show('distance too far', () => zlib.inflateRawSync(zlib.deflateRawSync('abcdefabcdef', { dictionary: Buffer.from('abcdefabcdef') })));
show('missing dictionary', () => zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abcdef') })));
show('bad dictionary', () => zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abcdef') }), { dictionary: Buffer.from('xyz') }));
show('sync flush', () => zlib.inflateSync(d.subarray(0, 8), { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
show('max output', () => zlib.inflateSync(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 100 }));
show('max output ok', () => zlib.inflateSync(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 1000 }));
show('number', () => zlib.deflateSync(123));
show('undefined', () => zlib.gzipSync());
show('object', () => zlib.gzipSync({}));
show('level 10', () => zlib.deflateSync('x', { level: 10 }));
show('level string', () => zlib.deflateSync('x', { level: 'a' }));
show('level null', () => zlib.deflateSync('x', { level: null }));
show('level Infinity', () => zlib.deflateSync('x', { level: Infinity }));
show('level NaN', () => zlib.deflateSync('x', { level: NaN }));
show('windowBits 7', () => zlib.deflateSync('x', { windowBits: 7 }));
show('gzip windowBits 8', () => zlib.gzipSync('x', { windowBits: 8 }));
show('memLevel 0', () => zlib.deflateSync('x', { memLevel: 0 }));
show('strategy 5', () => zlib.deflateSync('x', { strategy: 5 }));
show('chunkSize 10', () => zlib.deflateSync('x', { chunkSize: 10 }));
show('flush 99', () => zlib.deflateSync('x', { flush: 99 }));
show('finishFlush -1', () => zlib.deflateSync('x', { finishFlush: -1 }));
try { zlib.deflateSync('x', { maxOutputLength: 0 }); } catch (e) { console.log(e.message.replace(/\d{9,}/, 'kMaxLength'), e.code); }
show('dictionary string', () => zlib.deflateSync('x', { dictionary: 'abc' }));
show('options null', () => zlib.deflateSync('x', null));
show('options number', () => zlib.deflateSync('x', 5));

// crc32
console.log(zlib.crc32('hello'), zlib.crc32(Buffer.from('hello'), 5), zlib.crc32(''), zlib.crc32(new Uint8Array([1, 2, 3])));
console.log(zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
show('crc32 number', () => zlib.crc32(5));
show('crc32 value', () => zlib.crc32('a', -1));
