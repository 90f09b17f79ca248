// crypto ciphers (AES-128/192/256 CBC, CTR, GCM, ECB), hkdf, pbkdf2, scrypt: byte for byte as node.
const crypto = require('crypto');
const hex = (b) => Buffer.from(b).toString('hex');
const key = (n) => crypto.createHash('sha512').update('key' + n).digest().subarray(0, n);
const iv16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const iv12 = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const texts = ['', 'a', 'exactly sixteen!', 'The quick brown fox jumps over the lazy dog. '.repeat(3), '\u00e9t\u00e9 \u{1F600}'];
for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ctr', 'ecb', 'gcm']) {
    const alg = `aes-${bits}-${mode}`;
    const iv = mode === 'ecb' ? null : mode === 'gcm' ? iv12 : iv16;
    for (const t of texts) {
      const c = crypto.createCipheriv(alg, key(bits / 8), iv);
      if (mode === 'gcm') c.setAAD(Buffer.from('header'));
      const ct = Buffer.concat([c.update(t, 'utf8'), c.final()]);
      const tag = mode === 'gcm' ? c.getAuthTag() : null;
      const d = crypto.createDecipheriv(alg, key(bits / 8), iv);
      if (mode === 'gcm') { d.setAAD(Buffer.from('header')); d.setAuthTag(tag); }
      const pt = d.update(ct, undefined, 'utf8') + d.final('utf8');
      console.log(alg, JSON.stringify(t.slice(0, 8)), hex(ct), tag ? hex(tag) : '-', pt === t);
    }
  }
}
// streaming in pieces, string encodings, no padding, a non-12-byte GCM IV, a short tag
const c = crypto.createCipheriv('aes-256-cbc', key(32), iv16);
let out = c.update('hello ', 'utf8', 'hex');
out += c.update('world, in pieces', 'utf8', 'hex');
out += c.final('hex');
console.log('pieces', out);
const np = crypto.createCipheriv('aes-128-cbc', key(16), iv16).setAutoPadding(false);
console.log('nopad', hex(Buffer.concat([np.update(Buffer.alloc(32, 7)), np.final()])));
const g = crypto.createCipheriv('aes-128-gcm', key(16), Buffer.alloc(20, 1), { authTagLength: 12 });
console.log('gcm20', hex(g.update('data')), hex(g.final()), hex(g.getAuthTag()));
console.log('base64', crypto.createCipheriv('aes-128-ctr', key(16), iv16).update('stream me', 'utf8', 'base64'));
// errors
const t = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => crypto.createCipheriv('aes-999-cbc', key(16), iv16));
t(() => crypto.createCipheriv('aes-128-cbc', key(15), iv16));
t(() => crypto.createCipheriv('aes-128-cbc', key(16), Buffer.alloc(15)));
t(() => { const d = crypto.createDecipheriv('aes-128-cbc', key(16), iv16); d.update(Buffer.alloc(16)); d.final(); });
t(() => { const d = crypto.createDecipheriv('aes-128-cbc', key(16), iv16); d.update(Buffer.alloc(15)); d.final(); });
t(() => { const d = crypto.createDecipheriv('aes-128-gcm', key(16), iv12); d.setAuthTag(Buffer.alloc(16)); d.update('x'); d.final(); });
t(() => { const e = crypto.createCipheriv('aes-128-cbc', key(16), iv16); e.final(); e.update('x'); });
t(() => crypto.createCipheriv('aes-128-gcm', key(16), iv12).getAuthTag());
console.log(crypto.getCiphers().includes('aes-256-gcm'), typeof crypto.createCipheriv('aes-128-ctr', key(16), iv16).pipe);
// key derivation (and Buffer.concat over an empty buffer, which ciphers' update('') gives)
console.log(Buffer.concat([Buffer.alloc(0), Buffer.from('xy'), Buffer.alloc(0), Buffer.from('z')]).toString());
console.log('hkdf', hex(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 42)), hex(crypto.hkdfSync('sha512', Buffer.from('k'), '', '', 16)));
t(() => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 255 * 32 + 1));
console.log('pbkdf2', crypto.pbkdf2Sync('pw', 'salt', 1000, 32, 'sha256').toString('hex'));
console.log('scrypt', crypto.scryptSync('pw', 'salt', 32, { N: 1024 }).toString('hex'));
crypto.hkdf('sha1', 'k', 's', 'i', 20, (err, ab) => console.log('hkdf async', err, ab instanceof ArrayBuffer, hex(ab)));
// as a stream
const enc = crypto.createCipheriv('aes-128-ctr', key(16), iv16);
const chunks = [];
enc.on('data', (d) => chunks.push(d));
enc.on('end', () => console.log('stream', hex(Buffer.concat(chunks))));
enc.write('streamed ');
enc.end('text');
