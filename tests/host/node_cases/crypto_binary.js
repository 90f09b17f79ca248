const c = require('crypto');
console.log(c.pbkdf2Sync('pw', 'salt', 1000, 16, 'sha256').toString('hex'));
console.log(c.scryptSync('pw', 'salt', 16).toString('hex'));
console.log(c.randomBytes(8).length, c.randomBytes(4).toString('hex').length);
console.log(c.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')));
const u = new Uint8Array(16); c.getRandomValues(u); console.log(u.length, typeof crypto.getRandomValues, typeof crypto.randomUUID());
console.log(c.createHash('sha256').update(new Uint8Array([1, 2, 3])).digest('hex'));
console.log(c.getHashes().includes('sha256'), c.hash ? c.hash('sha1', 'x') : 'nohash');
