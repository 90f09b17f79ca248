const c = require('crypto');
for (const a of ['md5', 'sha1', 'sha256', 'sha512', 'sha384', 'sha224', 'sha3-256', 'blake2b512'])
  console.log(a, c.createHash(a).update('hello').update(' wörld 😀').digest('hex'));
console.log(c.createHash('sha256').update('abc').digest('base64'), c.createHash('SHA256').update('616263', 'hex').digest('base64url'));
console.log(c.createHmac('sha256', 'key').update('msg').digest('hex'), c.createHmac('md5', 'k').digest('base64'));
const h = c.createHash('sha1'); h.update('a'); const h2 = h.copy(); h2.update('b');
console.log(h.digest('hex'), h2.digest('hex'));
try { h.update('x'); } catch (e) { console.log(e.code, e.message); }
try { c.createHash('nope'); } catch (e) { console.log(e.message); }
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(c.randomUUID()));
const n = c.randomInt(10); console.log(n >= 0 && n < 10, Number.isInteger(c.randomInt(5, 7)));
try { c.randomInt(5, 5); } catch (e) { console.log(e.code, e.message); }
console.log(typeof crypto.getRandomValues, typeof crypto.randomUUID(), crypto === c.webcrypto, c.getHashes().includes('sha256'));
