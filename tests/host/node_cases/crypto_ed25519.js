'use strict';
// ed25519 keys (generateKeyPair, JWK, PEM, DER) and Ed25519 signatures with crypto.sign/verify, RFC 8032's test 1 as a JWK
const c = require('crypto');
const b64u = (hex) => Buffer.from(hex, 'hex').toString('base64url');
const priv = c.createPrivateKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519',
  d: b64u('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'),
  x: b64u('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a') } });
const pub = c.createPublicKey(priv);
console.log(priv.asymmetricKeyType, pub.export({ format: 'jwk' }), pub.export({ format: 'pem', type: 'spki' }));
const sig = c.sign(null, Buffer.alloc(0), priv);
console.log(sig.toString('hex'));
console.log(c.verify(null, Buffer.alloc(0), pub, sig), c.verify(undefined, Buffer.from('x'), pub, sig), c.verify(null, Buffer.alloc(0), priv, sig));
const pem = priv.export({ format: 'pem', type: 'pkcs8' });
console.log(pem.split('\n')[0], c.createPrivateKey(pem).equals(priv), c.createPublicKey(pem).equals(pub));
const der = pub.export({ format: 'der', type: 'spki' });
console.log(der.length, c.createPublicKey({ key: der, format: 'der', type: 'spki' }).equals(pub));
const msg = Buffer.from('hello ed25519');
const s2 = c.sign(null, msg, pem);
console.log(s2.toString('base64url'), c.verify(null, msg, pub.export({ format: 'pem', type: 'spki' }), s2));
const { publicKey, privateKey } = c.generateKeyPairSync('ed25519');
console.log(publicKey.asymmetricKeyType, c.verify(null, msg, publicKey, c.sign(null, msg, privateKey)), c.verify(null, msg, publicKey, s2));
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => c.sign('sha256', msg, priv));
t(() => c.createSign('sha256').update('x').sign(priv));
t(() => c.diffieHellman({ privateKey: priv, publicKey: pub }));
c.generateKeyPair('ed25519', (err, p, q) => console.log('async', err, p.type, q.asymmetricKeyType));
