// crypto.KeyObject, createSecretKey, createPrivateKey/createPublicKey of non-PEM input (what jsonwebtoken's HS256 path uses)
const c = require('crypto');
for (const f of [() => c.createPrivateKey('secret'), () => c.createPublicKey('secret'), () => c.createSecretKey(5), () => new c.KeyObject('secret'), () => new c.KeyObject('bad'), () => c.createSecretKey('abc', 'hex'), () => c.createSecretKey(Buffer.alloc(0)), () => c.createPrivateKey({key: 5})]) { try { const r = f(); console.log('ok', r && r.symmetricKeySize) } catch (e) { console.log(e.name, e.code, e.message) } }
const k = c.createSecretKey('hello'); console.log(k.type, k.symmetricKeySize, k.export(), k.export({format: 'jwk'}), Object.prototype.toString.call(k), k instanceof c.KeyObject, k.constructor.name, k.equals(c.createSecretKey(Buffer.from('hello'))), k.equals(c.createSecretKey('hellO')), k.asymmetricKeyType, Object.keys(k));
console.log(c.createHmac('sha256', k).update('x').digest('hex'), c.createSecretKey('00ff', 'hex').export().toString('hex'), c.createSecretKey(new Uint8Array([1, 2, 250])).export().toString('hex'), require('util').inspect(k));
try { k.equals(1) } catch (e) { console.log(e.code, e.message) }
const aes = c.createCipheriv('aes-128-cbc', c.createSecretKey(Buffer.alloc(16, 1)), Buffer.alloc(16)); console.log(aes.update('abc', 'utf8', 'hex') + aes.final('hex'));
// jsonwebtoken's fallback: createPrivateKey throws for a plain secret, createSecretKey takes it
const { KeyObject, createPrivateKey, createSecretKey, createHmac } = c;
let key = 'secret';
if (!(key instanceof KeyObject)) {
  try { key = createPrivateKey(key); } catch (_) { key = createSecretKey(Buffer.from(key)); }
}
console.log(key.type, createHmac('sha256', key).update('header.payload').digest('base64url'));
