import bcrypt from 'bcryptjs';
import { Base64 } from 'js-base64';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { gcm } from '@noble/ciphers/aes.js';
import { sha256 } from '@noble/hashes/sha2.js';
const hex = b => Buffer.from(b).toString('hex');
const salt = '$2a$04$' + 'abcdefghijklmnopqrstuu';
const h = bcrypt.hashSync('hunter2', salt); console.log(h, bcrypt.compareSync('hunter2', h), bcrypt.compareSync('nope', h), bcrypt.getRounds(h));
console.log(Base64.encode('dankogai ☃ 😀'), Base64.encodeURI('小飼弾??>'), Base64.decode('5bCP6aO85by+'), Base64.fromUint8Array(new Uint8Array([0, 250, 255])), Base64.isValid('abc$'), Base64.btoa('x'));
const priv = sha256(new TextEncoder().encode('seed'));
const pub = secp256k1.getPublicKey(priv); const msg = sha256(new TextEncoder().encode('hello'));
const sig = secp256k1.sign(msg, priv); console.log(hex(pub), hex(sig).slice(0, 40), secp256k1.verify(sig, msg, pub), secp256k1.verify(sig, sha256(msg), pub));
const epub = ed25519.getPublicKey(priv); const esig = ed25519.sign(msg, priv); console.log(hex(epub), hex(esig).slice(0, 40), ed25519.verify(esig, msg, epub));
const key = sha256(new TextEncoder().encode('key')), nonce = new Uint8Array(12).fill(7);
const ct = chacha20poly1305(key, nonce).encrypt(new TextEncoder().encode('secret message')); console.log(hex(ct), new TextDecoder().decode(chacha20poly1305(key, nonce).decrypt(ct)));
const ct2 = gcm(key, nonce).encrypt(new TextEncoder().encode('aes gcm text')); console.log(hex(ct2), new TextDecoder().decode(gcm(key, nonce).decrypt(ct2)));
try { ct[0] ^= 1; chacha20poly1305(key, nonce).decrypt(ct); } catch (e) { console.log('tamper:', e.message); }
