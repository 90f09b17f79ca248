const forge = require('node-forge');
const md = (alg, s) => forge.md[alg].create().update(s, 'utf8').digest().toHex();
for (const a of ['md5', 'sha1', 'sha256', 'sha384', 'sha512']) console.log(a, md(a, 'héllo wörld'));
const hm = forge.hmac.create(); hm.start('sha256', 'key'); hm.update('The quick brown fox'); console.log(hm.digest().toHex());
console.log(forge.util.bytesToHex(forge.pkcs5.pbkdf2('pw', 'salt', 1000, 32, forge.md.sha256.create())));
const key = forge.util.hexToBytes('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'), iv = forge.util.hexToBytes('0f0e0d0c0b0a09080706050403020100');
for (const mode of ['AES-CBC', 'AES-CTR', 'AES-GCM', 'AES-CFB', '3DES-CBC']) {
  const k = mode.startsWith('3DES') ? key.slice(0, 24) : key, v = mode.startsWith('3DES') ? iv.slice(0, 8) : iv;
  const c = forge.cipher.createCipher(mode, k); c.start({ iv: v }); c.update(forge.util.createBuffer('attack at dawn! '.repeat(3))); c.finish();
  const ct = c.output.getBytes(); const tag = c.mode.tag ? c.mode.tag.toHex() : '';
  const d = forge.cipher.createDecipher(mode, k); d.start({ iv: v, tag: c.mode.tag }); d.update(forge.util.createBuffer(ct)); const ok = d.finish();
  console.log(mode, forge.util.bytesToHex(ct).slice(0, 64), tag, ok, d.output.getBytes().slice(0, 14));
}
const n = new forge.jsbn.BigInteger('123456789012345678901234567890'); console.log(n.modPow(new forge.jsbn.BigInteger('65537'), new forge.jsbn.BigInteger('987654321987654321987654321')).toString(16), n.isProbablePrime(10));
const prng = forge.random.createInstance(); prng.seedFileSync = () => 'fixed seed bytes for the test!!!'; 
const kp = forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001, prng });
const sig = kp.privateKey.sign(forge.md.sha256.create().update('msg')); console.log(forge.util.bytesToHex(sig).slice(0, 32), kp.publicKey.verify(forge.md.sha256.create().update('msg').digest().bytes(), sig));
const pem = forge.pki.publicKeyToPem(kp.publicKey); console.log(pem.split('\n')[0], forge.pki.publicKeyFromPem(pem).n.equals(kp.publicKey.n));
const cert = forge.pki.createCertificate(); cert.publicKey = kp.publicKey; cert.serialNumber = '01'; cert.validity.notBefore = new Date(Date.UTC(2024, 0, 1)); cert.validity.notAfter = new Date(Date.UTC(2025, 0, 1));
const attrs = [{ name: 'commonName', value: 'example.org' }, { name: 'countryName', value: 'DE' }]; cert.setSubject(attrs); cert.setIssuer(attrs); cert.setExtensions([{ name: 'basicConstraints', cA: true }, { name: 'subjectAltName', altNames: [{ type: 2, value: 'ex.org' }] }]);
cert.sign(kp.privateKey, forge.md.sha256.create()); const cp = forge.pki.certificateToPem(cert); const c2 = forge.pki.certificateFromPem(cp);
console.log(c2.subject.getField('CN').value, c2.verify(c2), forge.pki.getPublicKeyFingerprint(kp.publicKey, { encoding: 'hex' }).length, cp.length);
const asn = forge.asn1.fromDer(forge.pki.certificateToAsn1(cert) && forge.asn1.toDer(forge.pki.certificateToAsn1(cert))); console.log(asn.value.length, forge.util.encode64('hi there'), forge.util.decode64('aGkgdGhlcmU='), forge.util.decodeUtf8(forge.util.encodeUtf8('ü€')));
