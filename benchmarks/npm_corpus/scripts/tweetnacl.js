const nacl = require('tweetnacl');
const seed = new Uint8Array(32).fill(7); const kp = nacl.sign.keyPair.fromSeed(seed);
const sig = nacl.sign.detached(new TextEncoder().encode('msg'), kp.secretKey);
console.log(Buffer.from(kp.publicKey).toString('hex'), Buffer.from(sig).toString('hex'), nacl.sign.detached.verify(new TextEncoder().encode('msg'), sig, kp.publicKey));
console.log(Buffer.from(nacl.hash(new Uint8Array([1, 2, 3]))).toString('hex').slice(0, 32));
const k = new Uint8Array(32).fill(1), n = new Uint8Array(24).fill(2); console.log(Buffer.from(nacl.secretbox(new Uint8Array([9, 9]), n, k)).toString('hex'));
