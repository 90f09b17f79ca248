// Hash and Hmac are Transform streams (node's LazyTransform): write/end, then read the digest
// (avsc's getHash), or pipe into them; createHash().update().digest() makes no stream state.
const crypto = require('crypto');
const stream = require('stream');
const h = crypto.createHash('md5');
h.end('abc');
const r = h.read();
console.log(Buffer.isBuffer(r), r.toString('hex'));
const m = crypto.createHmac('sha256', 'k');
m.write('a');
m.write(Buffer.from('b'));
m.end();
console.log(m.read().toString('hex'));
const plain = crypto.createHash('sha1');
console.log(plain instanceof stream.Transform, typeof plain.pipe, Object.keys(plain).join(), plain.update('q').digest('hex'));
const e = crypto.createHash('sha1');
e.on('finish', () => console.log('finish'));
e.end('x', () => console.log('end callback'));
console.log('read', e.read().toString('base64'));
stream.Readable.from(['he', 'llo']).pipe(crypto.createHash('sha256')).on('data', (d) => console.log('piped', d.toString('hex')));
