'use strict';
// x25519 key objects (generateKeyPair, createPublicKey/createPrivateKey from JWK, PEM and DER, export) and crypto.diffieHellman, RFC 7748's test vector; util.types.isKeyObject
const c=require('crypto');
const {publicKey, privateKey}=c.generateKeyPairSync('x25519');
console.log(publicKey.type, privateKey.type, publicKey.asymmetricKeyType, publicKey.asymmetricKeyDetails, Object.keys(publicKey.export({format:'jwk'})), Object.keys(privateKey.export({format:'jwk'})));
console.log(publicKey.export({format:'pem',type:'spki'}).split('\n')[0], privateKey.export({format:'der',type:'pkcs8'}).length, publicKey.export({format:'der',type:'spki'}).length);
const t=(f)=>{try{console.log(f())}catch(e){console.log(e.name, e.code, e.message)}};
t(()=>c.diffieHellman({privateKey, publicKey: privateKey}).length);
t(()=>c.diffieHellman({privateKey: publicKey, publicKey}));
t(()=>c.diffieHellman({}));
t(()=>c.diffieHellman());
t(()=>c.diffieHellman({privateKey, publicKey: c.createSecretKey(Buffer.alloc(4))}));
t(()=>c.generateKeyPairSync('nope'));
t(()=>c.createPublicKey({key:{kty:'OKP',crv:'X25519',x:'abc'},format:'jwk'}));
const pk=c.createPrivateKey({key:privateKey.export({format:'jwk'}),format:'jwk'}); console.log(pk.equals(privateKey), c.createPublicKey(pk).equals(publicKey), pk.equals(publicKey));
const s=c.generateKeyPairSync('x25519',{publicKeyEncoding:{type:'spki',format:'pem'},privateKeyEncoding:{type:'pkcs8',format:'pem'}}); console.log(typeof s.publicKey, s.privateKey.split('\n')[0], s.publicKey.length, s.privateKey.length);
console.log(c.createPrivateKey(s.privateKey).asymmetricKeyType, c.createPublicKey(s.publicKey).type, c.createPublicKey(s.privateKey).type);
const der = c.createPrivateKey(s.privateKey).export({format:'der', type:'pkcs8'}); console.log(c.createPrivateKey({key: der, format: 'der', type: 'pkcs8'}).equals(c.createPrivateKey(s.privateKey)));
// RFC 7748 section 6.1's test vector
const a=c.createPrivateKey({key:{kty:'OKP',crv:'X25519',d:Buffer.from('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a','hex').toString('base64url'),x:Buffer.from('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a','hex').toString('base64url')},format:'jwk'});
const b=c.createPublicKey({key:{kty:'OKP',crv:'X25519',x:Buffer.from('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f','hex').toString('base64url')},format:'jwk'});
console.log(c.diffieHellman({privateKey:a, publicKey:b}).toString('hex'));
console.log(c.createPublicKey(a).export({format:'jwk'}), c.createPublicKey(a).export({format:'pem', type:'spki'}));
const other = c.generateKeyPairSync('x25519');
console.log(c.diffieHellman({privateKey, publicKey: other.publicKey}).equals(c.diffieHellman({privateKey: other.privateKey, publicKey})));
console.log(require('util').types.isKeyObject(publicKey), require('util').types.isKeyObject(c.createSecretKey(Buffer.alloc(2))), require('util').types.isKeyObject({}), publicKey instanceof c.KeyObject);
console.log(typeof c.sign, typeof c.verify, c.sign.length, c.verify.length, c.generateKeyPair.length, c.diffieHellman.length);
c.generateKeyPair('x25519', (err, pub, priv) => console.log(err, pub.type, priv.type));
require('util').promisify(c.generateKeyPair)('x25519').then((r) => console.log(Object.keys(r)));
