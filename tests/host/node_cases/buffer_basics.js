const b = Buffer.from('hello');
console.log(b, b.toString('hex'), b.toString('base64'), b.length, Buffer.isBuffer(b), b instanceof Uint8Array);
console.log(Buffer.from('68656c6c6f', 'hex').toString(), Buffer.from('aGVsbG8=', 'base64').toString('utf8'));
console.log(Buffer.byteLength('héllo'), Buffer.concat([b, Buffer.from(' world')]).toString());
const c = Buffer.alloc(8); c.writeUInt32BE(0xdeadbeef, 0); c.writeInt16LE(-2, 4); console.log(c, c.readUInt32BE(0), c.readInt16LE(4));
console.log(JSON.stringify(Buffer.from([1, 2, 3])), b.slice(1, 3).toString(), b.indexOf('l'), b.includes('lo'), b.equals(Buffer.from('hello')));
const e = new TextEncoder().encode('€'); console.log(e, new TextDecoder().decode(e));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (err) { console.log(err.name, err.code); }
console.log(btoa('hi'), atob('aGk='), Buffer.compare(Buffer.from('a'), Buffer.from('b')));
const big = Buffer.alloc(8); big.writeBigInt64LE(-5n); console.log(big.readBigInt64LE(), big.readBigUInt64LE());
console.log(Buffer.from('ab').toString('utf16le').length, Buffer.from('€', 'latin1'), Buffer.alloc(3, 'ab'), Buffer.alloc(60));
const s = b.subarray(1); s[0] = 69; console.log(b.toString(), require('buffer').Buffer === Buffer);
console.log(Buffer.from(new Uint8Array([1,2]).buffer), b.write('XY', 1), b.toString());
console.log(new Float64Array([1.5, -0, NaN]), new BigInt64Array([1n]), new Uint8Array(0), new Int16Array(30));
const u = new Uint8Array(2); u.foo = 1; console.log(u, [new Uint8Array([1])], { a: new Int8Array([1, 2]) });
console.log(Buffer.alloc(2), [Buffer.from('a')], Buffer.from('x'.repeat(60)));
const d = new TextDecoder('utf-8', { ignoreBOM: false });
console.log(JSON.stringify(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))), JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(new TextDecoder().decode(new Uint8Array([0xe2, 0x82])), new TextEncoder().encodeInto('héllo', new Uint8Array(3)));
console.log(Buffer.from('€uro', 'utf8').toString('latin1'), Buffer.from('ff00', 'hex').readUInt16LE(0), Buffer.from([1, 2, 3]).readUIntBE ? 'has' : 'no');
try { Buffer.alloc(2).readUInt32LE(0); } catch (e) { console.log(e.name, e.code); }
try { Buffer.alloc(2).writeUInt8(300, 0); } catch (e) { console.log(e.name, e.code); }
console.log(Buffer.from('aGVsbG8', 'base64url').toString(), Buffer.from('hello').toString('base64url'), Buffer.from('hi').toString('ascii', 0, 1));
console.log(Buffer.from('abc').lastIndexOf('c'), Buffer.from('abcabc').indexOf('c', 3), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'));
const v = Buffer.alloc(6); v.writeUIntBE(0x123456, 0, 3); v.writeIntLE(-2, 3, 3); console.log(v, v.readUIntBE(0, 3), v.readIntLE(3, 3), v.readUIntLE(0, 6));
