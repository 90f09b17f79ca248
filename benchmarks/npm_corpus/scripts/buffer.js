const { Buffer } = require('buffer/');
const b = Buffer.from('héllo wörld', 'utf8');
console.log(b.toString('hex'), b.toString('base64'), b.length, Buffer.concat([b, Buffer.from([1,2])]).readUInt16BE(12));
const c = Buffer.alloc(10); c.writeDoubleLE(1.5, 0); c.writeInt16BE(-2, 8); console.log(c.toJSON(), c.readDoubleLE(0), Buffer.compare(b, c));
console.log(Buffer.from('SGVsbG8=', 'base64').toString(), Buffer.byteLength('€'), b.slice(1, 4).toString('latin1'));
