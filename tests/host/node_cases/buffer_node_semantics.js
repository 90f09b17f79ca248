// Buffer as node 20's: write()'s argument forms and checks, no partial UTF-8 character at the end,
// hex digits by their low byte; fill()'s argument forms; write*Int* ranges in node's words
// (checkInt); swap32/swap64, parent/offset; indexOf/lastIndexOf offsets and UCS-2 alignment;
// the DEP0005 warning for Buffer() outside node_modules
process.on('warning', (w) => console.log('warning', w.name, w.code));
const b = Buffer.alloc(6);
var show = (f) => { try { console.log(JSON.stringify(f()), b.toString('hex')); } catch (e) { console.log(String(e)); } b.fill(0); };
show(() => b.write('\uD83D\uDE38\uD83D\uDC4D'));
show(() => b.write('a\uDE38\uD83Db'));
show(() => b.write('abc', 1));
show(() => b.write('abc', 1, 1));
show(() => b.write('abc', 'hex'));
show(() => b.write('abcdef', 2, 'hex'));
show(() => b.write('abc', 1, 'latin1'));
show(() => b.write('abc', 7));
show(() => b.write('abc', -1));
show(() => b.write('abc', 1.5));
show(() => b.write('abc', '1'));
show(() => b.write('abc', 1, 10));
show(() => b.write('abc', 1, -1));
show(() => b.write(123));
show(() => b.write('abc', 0, 2, 'nope'));
show(() => b.write('\u00e9\u00e9\u00e9', 0, 3));
show(() => b.write('\u00e9\u00e9\u00e9', 'ucs2'));
show(() => b.write('\u00e9\u00e9\u00e9\u00e9', 1, 'ucs2'));
show(() => b.write('YWJj', 'base64'));
show(() => b.write('abc', undefined, 'latin1'));
show(() => b.write('abc', 2, undefined, 'latin1'));
{ const b = Buffer.alloc(8);
var show = (f) => { try { console.log(JSON.stringify(String(f()))); } catch (e) { console.log(String(e)); } };
show(() => b.writeBigInt64LE(2n ** 63n));
show(() => b.writeBigInt64BE(-(2n ** 63n) - 1n));
show(() => b.writeBigUInt64LE(2n ** 64n));
show(() => b.writeBigUInt64LE(-1n));
show(() => b.writeBigUInt64LE(5n, 1));
show(() => b.writeBigInt64LE('bad'));
show(() => b.writeBigInt64LE(1));
show(() => b.writeUInt8(256));
show(() => b.writeUInt8(1.5e10));
show(() => b.writeInt8(-129, 10));
show(() => b.writeUInt8(1, 10));
show(() => b.writeUInt8('3', 0));
show(() => b.writeUInt32LE(2 ** 32));
show(() => b.writeInt32BE(-(2 ** 31) - 1));
show(() => b.writeUInt16LE(1, 7));
show(() => b.writeUInt16LE(1, 1.5));
show(() => b.writeUInt16LE(1, '1'));
show(() => b.writeDoubleLE(1, 1));
show(() => b.writeIntLE(2 ** 40, 0, 5));
show(() => b.writeUIntBE(-1, 0, 3));
show(() => b.readUInt8(8));
show(() => b.readUInt8(1.5));
show(() => b.writeUInt8(NaN));
show(() => b.writeUInt8('abc'));
const s = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
show(() => s.swap32().toString('hex'));
show(() => s.swap64().toString('hex'));
show(() => s.swap16().toString('hex'));
show(() => Buffer.alloc(3).swap16());
show(() => Buffer.alloc(3).swap32());
show(() => Buffer.alloc(3).swap64());
show(() => [s.parent === s.buffer, s.offset === s.byteOffset, Object.keys(s).length]);
show(() => Buffer.alloc(1).readBigInt64LE()); }
{
  const b = Buffer.alloc(8);
  for (const bl of [1, 2, 3, 4, 5, 6]) { show(() => b.writeIntLE(2 ** (8 * bl), 0, bl)); show(() => b.writeUIntBE(-1, 0, bl)); }
  show(() => b.writeUInt8(-0.5));
  show(() => b.writeUInt8(1, null));
}
{
  const b = () => Buffer.alloc(8);
  show(() => b().fill('abc', 4, 'utf8').toString('hex'));
  show(() => b().fill('abc', 2, 5).toString('hex'));
  show(() => b().fill('a\u0234', 'ucs2').toString('hex'));
  show(() => b().fill('', 1).toString('hex'));
  show(() => b().fill('zz', 'hex'));
  show(() => b().fill('ab', 'nope'));
  show(() => b().fill('ab', 1, 3, 5));
  show(() => b().fill(257, 1).toString('hex'));
  show(() => b().fill(-1, 1, 9));
  show(() => b().fill(1, 1.5));
  show(() => b().fill(true).toString('hex'));
  show(() => b().fill(new Uint16Array([0x102]), 1).toString('hex'));
  show(() => b().fill(Buffer.alloc(0)));
  show(() => b().fill('\u0222', 'latin1').toString('hex'));
}
{
  const b = Buffer.from('abcdef');
  show(() => [b.includes(''), b.includes('', 10), b.indexOf('', 3), b.indexOf('', -2), b.lastIndexOf(''), b.lastIndexOf('', 2)]);
  show(() => b.indexOf('b', '1'));
  show(() => b.indexOf({}));
  show(() => [b.indexOf('b', null), b.indexOf('b', {}), b.indexOf(98 + 256), b.indexOf(-158), b.indexOf(Buffer.alloc(0), 7)]);
  show(() => [b.lastIndexOf('b', -5), b.lastIndexOf('b', -7), b.lastIndexOf('b', NaN), b.indexOf('cd', -4), b.indexOf('YmM=', 'base64'), b.indexOf('zz', 'hex')]);
  const u = Buffer.from('abcabc', 'ucs2');
  show(() => [u.indexOf('b', 0, 'ucs2'), u.indexOf('b', 3, 'ucs2'), u.lastIndexOf('b', undefined, 'ucs2'), u.lastIndexOf('b', 5, 'ucs2'), u.indexOf('\u6200', 'ucs2'), u.indexOf('\u6200')]);
  const z = Buffer.from('aaaa');
  show(() => [z.lastIndexOf('aa'), z.lastIndexOf('aa', 1), z.indexOf('aa', 3), z.indexOf(97, -1), z.lastIndexOf(97, -5), z.lastIndexOf(Buffer.from('a'), 100)]);
}
{
  const h = [];
  for (const ch of [0x130, 0x141, 0x166, 0x1041, 0x47, 0x10]) h.push(Buffer.from('ab' + String.fromCharCode(ch) + 'f', 'hex').toString('hex'));
  console.log(h);
}
new Buffer(1);
Buffer(2);
setTimeout(() => console.log('end'), 1);
