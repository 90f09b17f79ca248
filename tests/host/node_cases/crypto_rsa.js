'use strict';
// RSA keys from PEM (SPKI, PKCS #1, PKCS #8), DER and JWK; RSASSA-PKCS1-v1_5 with sign/verify and createSign/createVerify (the keys were made by node 20)
const c = require('crypto');
const K = {
 "spki": "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQChBkqgYkkoADZnufwyiU8s4z1m\nuqRSPFuQKxZ6nInNRxvOiDofw8yxFBM2WaZjNThMh3rSmDk8iGli4wNAeqxQAEE/\nYHu5AwVlGqQ5ZUtgUfAupjX9rc/8tlbqGniHb2WBH9qGMWPABgGKNrPPQqq23Zoz\nP6ZpBsr+CVvB1ZfFdwIDAQAB\n-----END PUBLIC KEY-----\n",
 "pkcs1pub": "-----BEGIN RSA PUBLIC KEY-----\nMIGJAoGBAKEGSqBiSSgANme5/DKJTyzjPWa6pFI8W5ArFnqcic1HG86IOh/DzLEU\nEzZZpmM1OEyHetKYOTyIaWLjA0B6rFAAQT9ge7kDBWUapDllS2BR8C6mNf2tz/y2\nVuoaeIdvZYEf2oYxY8AGAYo2s89CqrbdmjM/pmkGyv4JW8HVl8V3AgMBAAE=\n-----END RSA PUBLIC KEY-----\n",
 "pkcs8": "-----BEGIN PRIVATE KEY-----\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAKEGSqBiSSgANme5\n/DKJTyzjPWa6pFI8W5ArFnqcic1HG86IOh/DzLEUEzZZpmM1OEyHetKYOTyIaWLj\nA0B6rFAAQT9ge7kDBWUapDllS2BR8C6mNf2tz/y2VuoaeIdvZYEf2oYxY8AGAYo2\ns89CqrbdmjM/pmkGyv4JW8HVl8V3AgMBAAECgYBPMvL9k5n7zK71sapziMmigFow\n7tfngrxeWnMB94BnsPPiT2qXOQyyg/c3Ij0OSpzYN0KX1jtApK+A7bspuayKHLad\nChcBHhIgnHZd1CV1UeS5P8CJ8HDWWHfKY10CkPeyuSa7F4TCYtFCPxhDvW2kYf8a\nB6jcE3GcZRU1M4W5cQJBANXwiO248tMFZJ8IaVjEPR2TmJP1dygYxX9dhndFffgR\nlCvCh7m9TLSKYhOLaRnlCtVsZP2Qs2myor/h0bFc+pMCQQDArpKDcEOM2NvReA5L\nLfAkouUbBYkKQp86SvY8e7jXApIrqOaDNv6HE4Zbhok3pPPow8fh9u26mAxSqQwb\ncEQNAkEAnywvNG9+evJwQsKHXrvinLbLtonS9co4ZuK2wNa7Om4Zx9UcFl15THoJ\nLnFy6Qk4XkIfgWi/k8yMuibRVRzQcQJAEgaC2F8BQsTq047Kr4fNpm/CxSNgbaBL\n6xUmMgRVB3BLImB7qBzV9OcDs75DSfxZgRYHtgD2vnUI+hasdkirZQJBANBvSAv8\nTDvo3BQOCMH9pautBG7+RK7czSZOlX41exhBbPTs8HCoknYeQ2g2kwvtp6hlvQOX\ntgnlcST/Dwbih+g=\n-----END PRIVATE KEY-----\n",
 "pkcs1": "-----BEGIN RSA PRIVATE KEY-----\nMIICXQIBAAKBgQChBkqgYkkoADZnufwyiU8s4z1muqRSPFuQKxZ6nInNRxvOiDof\nw8yxFBM2WaZjNThMh3rSmDk8iGli4wNAeqxQAEE/YHu5AwVlGqQ5ZUtgUfAupjX9\nrc/8tlbqGniHb2WBH9qGMWPABgGKNrPPQqq23ZozP6ZpBsr+CVvB1ZfFdwIDAQAB\nAoGATzLy/ZOZ+8yu9bGqc4jJooBaMO7X54K8XlpzAfeAZ7Dz4k9qlzkMsoP3NyI9\nDkqc2DdCl9Y7QKSvgO27Kbmsihy2nQoXAR4SIJx2XdQldVHkuT/AifBw1lh3ymNd\nApD3srkmuxeEwmLRQj8YQ71tpGH/Ggeo3BNxnGUVNTOFuXECQQDV8IjtuPLTBWSf\nCGlYxD0dk5iT9XcoGMV/XYZ3RX34EZQrwoe5vUy0imITi2kZ5QrVbGT9kLNpsqK/\n4dGxXPqTAkEAwK6Sg3BDjNjb0XgOSy3wJKLlGwWJCkKfOkr2PHu41wKSK6jmgzb+\nhxOGW4aJN6Tz6MPH4fbtupgMUqkMG3BEDQJBAJ8sLzRvfnrycELCh1674py2y7aJ\n0vXKOGbitsDWuzpuGcfVHBZdeUx6CS5xcukJOF5CH4Fov5PMjLom0VUc0HECQBIG\ngthfAULE6tOOyq+HzaZvwsUjYG2gS+sVJjIEVQdwSyJge6gc1fTnA7O+Q0n8WYEW\nB7YA9r51CPoWrHZIq2UCQQDQb0gL/Ew76NwUDgjB/aWrrQRu/kSu3M0mTpV+NXsY\nQWz07PBwqJJ2HkNoNpML7aeoZb0Dl7YJ5XEk/w8G4ofo\n-----END RSA PRIVATE KEY-----\n"
};
const priv = c.createPrivateKey(K.pkcs8), pub = c.createPublicKey(K.spki);
console.log(priv.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pub.type, pub.asymmetricKeyDetails);
console.log(c.createPrivateKey(K.pkcs1).equals(priv), c.createPublicKey(K.pkcs1pub).equals(pub), c.createPublicKey(K.pkcs8).equals(pub), c.createPublicKey(priv).equals(pub));
const jwk = priv.export({ format: 'jwk' });
console.log(Object.keys(jwk), pub.export({ format: 'jwk' }).e, c.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv), c.createPublicKey({ key: pub.export({ format: 'jwk' }), format: 'jwk' }).equals(pub));
const der = Buffer.from(K.spki.split('\n').filter((l) => l && !l.startsWith('-----')).join(''), 'base64');
console.log(c.createPublicKey({ key: der, format: 'der', type: 'spki' }).equals(pub));
const data = Buffer.from('header.payload');
for (const alg of ['sha256', 'RSA-SHA256', 'sha384', 'sha512', 'sha1', 'SHA256', null]) {
  const sig = c.sign(alg, data, priv);
  console.log(alg, sig.toString('base64').slice(0, 24), c.verify(alg, data, pub, sig), c.verify(alg, Buffer.from('other'), pub, sig), c.verify(alg, data, K.spki, sig), c.verify(alg, data, K.pkcs8, sig));
}
const s = c.createSign('RSA-SHA256').update('header.').update('payload').sign(K.pkcs8, 'base64');
console.log(s === c.sign('sha256', data, K.pkcs1).toString('base64'), c.createVerify('RSA-SHA256').update('header.payload').verify(K.spki, s, 'base64'), c.createVerify('sha256').update('x').verify(pub, s, 'base64'));
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => c.sign('nope', data, priv));
t(() => c.sign('sha256', data, pub));
t(() => c.createSign('sha256').sign());
t(() => c.verify('sha256', data, pub, Buffer.alloc(3)));
t(() => c.sign('sha256', data, c.generateKeyPairSync('x25519').privateKey));
// a certificate's key (made by openssl for this test)
const CERT = "-----BEGIN CERTIFICATE-----\nMIIB/jCCAWegAwIBAgIUBHXQcQou8Nm05cQKhXs8DZipmx0wDQYJKoZIhvcNAQEL\nBQAwETEPMA0GA1UEAwwGcHlqc3ZtMB4XDTI2MTIwNjA5NDA0MloXDTM2MTIwMzA5\nNDA0MlowETEPMA0GA1UEAwwGcHlqc3ZtMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCB\niQKBgQDIAkGBwI85yWyyDA8n8wbUa9fUdryoQYS5B3oFvk6al9juVCaxzYQe33qa\ntA4STghpFTOycQBq3asmTkDzbsgzrCCxjzy3tqDe08UJyGTcT7ZCvXF5S+ZwVRkZ\n+2U6Ih3NocuqSutfvc4x+kYNCFREGU4OLrmd9FLWxM+Ulc/UKwIDAQABo1MwUTAd\nBgNVHQ4EFgQUKL8C0j245l5s1XIHthm0DCMFoMEwHwYDVR0jBBgwFoAUKL8C0j24\n5l5s1XIHthm0DCMFoMEwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOB\ngQAVv62uDpFgr6XMiVcLhkECQMDc203KXnbU+VTHHH9KRyG2LEg6foWOhUK7SMma\nNdt+73l0Gg3dM306B+ZnzgGTCMFWPLVtMi9zOoYNFT74tLTcBDDvvomo+OdT2L6q\n+ZG8ekLCqHaYgPSyhqye0UFwb5QP4OXCXquuK5BQhlYn7Q==\n-----END CERTIFICATE-----\n";
const CERT_KEY = "-----BEGIN PRIVATE KEY-----\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAMgCQYHAjznJbLIM\nDyfzBtRr19R2vKhBhLkHegW+TpqX2O5UJrHNhB7fepq0DhJOCGkVM7JxAGrdqyZO\nQPNuyDOsILGPPLe2oN7TxQnIZNxPtkK9cXlL5nBVGRn7ZToiHc2hy6pK61+9zjH6\nRg0IVEQZTg4uuZ30UtbEz5SVz9QrAgMBAAECgYBSkuPantZC5E703xeuxZ4POwrb\nU74ltQ8HmPeewWgQWRqdoq5q/89JM7iZgDbDBeZhA/jY9eBXPnc3lF0qY5VRS/fD\nbxGQAbPWNxYpyLbt8zumlTufQ6xV3qibFK5Eb0lW+WQWMyFjyZGsvX3sZ5NF3p99\nGiD4YxPlLwpnrBcqIQJBAP1m9NaTW4l8qa4y9DJeTRFI4i77vjNrkm2syjZb0521\nokUvYr1hfrmOOLaAPi5R2VkyGxXw+GQ1IZbB0ANZsVECQQDKDyu5rvXnhnAQdVxD\nwEXvP2fLrvCba+mZNbPGbJzb3wgmCTHddFElMzAyWQexDbqPKVJBOyUfXrv0dymM\n0u67AkAjhKTY1rrD4Kdf9WBpFvKyc4bQkxSr3G4f1VJaoDBfMLBYBjZO2TWMCLVG\nT19n2q0eZXmKb8ZBNXlJyky/y3ihAkEAiZQg0pJljtpDzYELbHorZAaJFu+rlje4\n23/sQ2vKtg67TqKuGDpN0gVziKSEDzLo1vdssUujMCPh2EeWu/MXZwJBAJmn1QOi\nNPZZ/i+FtSog8tDoz7zsGaiQ0Y8eFuMQbhhJNMUqvaCp9PWIZ8RjERh4/j5IpaYa\nOYEq+PfxsvlNcrg=\n-----END PRIVATE KEY-----\n";
const fromCert = c.createPublicKey(CERT);
console.log(fromCert.asymmetricKeyType, fromCert.equals(c.createPublicKey(CERT_KEY)), c.verify('sha256', data, CERT, c.sign('sha256', data, CERT_KEY)));
c.sign('sha256', data, priv, (err, sig) => console.log('callback', err, sig.length));
