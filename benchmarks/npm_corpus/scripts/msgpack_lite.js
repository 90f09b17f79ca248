const msgpack = require('msgpack-lite');
const vals = [null, true, false, 0, -1, 127, 128, -33, 65535, 2 ** 32, -(2 ** 31) - 1, 1.5, -0.25, 1e300, 'héllo', 'x'.repeat(40), 'y'.repeat(300), [1, [2, [3]]], { a: 1, b: { c: [] } }, Buffer.from([1, 2, 3]), new Date(0)];
for (const v of vals) { const b = msgpack.encode(v); const back = msgpack.decode(b); console.log(b.toString('hex').slice(0, 60), b.length, JSON.stringify(back) === JSON.stringify(v)); }
const codec = msgpack.createCodec({ preset: true, int64: true });
class Pt { constructor(x, y) { this.x = x; this.y = y; } }
codec.addExtPacker(0x3f, Pt, (p) => msgpack.encode([p.x, p.y]));
codec.addExtUnpacker(0x3f, (b) => { const [x, y] = msgpack.decode(b); return new Pt(x, y); });
const enc = msgpack.encode({ p: new Pt(1, 2), m: new Map([[1, 2]]), re: /a+b/gi }, { codec });
const dec = msgpack.decode(enc, { codec });
console.log(enc.toString('hex'), dec.p instanceof Pt, dec.p.x + dec.p.y, String(dec.re));
const es = msgpack.createEncodeStream(); const ds = msgpack.createDecodeStream(); const got = [];
es.pipe(ds).on('data', (d) => got.push(JSON.stringify(d))).on('end', () => console.log('stream', got.join(' ')));
es.write({ k: 1 }); es.write([2]); es.end('three');
