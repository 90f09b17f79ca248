'use strict';
// RSASSA-PSS (crypto.constants.RSA_PKCS1_PSS_PADDING) with sign/verify and createSign/createVerify:
// node-rsa 2 signs so by default; pyjsvm had no such constants and signed PKCS #1 v1.5 instead
// (a salt of length 0 makes the signature deterministic: compared with node's bytes)
const c = require('crypto');
const K = {
 "spki": "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQChBkqgYkkoADZnufwyiU8s4z1m\nuqRSPFuQKxZ6nInNRxvOiDofw8yxFBM2WaZjNThMh3rSmDk8iGli4wNAeqxQAEE/\nYHu5AwVlGqQ5ZUtgUfAupjX9rc/8tlbqGniHb2WBH9qGMWPABgGKNrPPQqq23Zoz\nP6ZpBsr+CVvB1ZfFdwIDAQAB\n-----END PUBLIC KEY-----\n",
 "pkcs8": "-----BEGIN PRIVATE KEY-----\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAKEGSqBiSSgANme5\n/DKJTyzjPWa6pFI8W5ArFnqcic1HG86IOh/DzLEUEzZZpmM1OEyHetKYOTyIaWLj\nA0B6rFAAQT9ge7kDBWUapDllS2BR8C6mNf2tz/y2VuoaeIdvZYEf2oYxY8AGAYo2\ns89CqrbdmjM/pmkGyv4JW8HVl8V3AgMBAAECgYBPMvL9k5n7zK71sapziMmigFow\n7tfngrxeWnMB94BnsPPiT2qXOQyyg/c3Ij0OSpzYN0KX1jtApK+A7bspuayKHLad\nChcBHhIgnHZd1CV1UeS5P8CJ8HDWWHfKY10CkPeyuSa7F4TCYtFCPxhDvW2kYf8a\nB6jcE3GcZRU1M4W5cQJBANXwiO248tMFZJ8IaVjEPR2TmJP1dygYxX9dhndFffgR\nlCvCh7m9TLSKYhOLaRnlCtVsZP2Qs2myor/h0bFc+pMCQQDArpKDcEOM2NvReA5L\nLfAkouUbBYkKQp86SvY8e7jXApIrqOaDNv6HE4Zbhok3pPPow8fh9u26mAxSqQwb\ncEQNAkEAnywvNG9+evJwQsKHXrvinLbLtonS9co4ZuK2wNa7Om4Zx9UcFl15THoJ\nLnFy6Qk4XkIfgWi/k8yMuibRVRzQcQJAEgaC2F8BQsTq047Kr4fNpm/CxSNgbaBL\n6xUmMgRVB3BLImB7qBzV9OcDs75DSfxZgRYHtgD2vnUI+hasdkirZQJBANBvSAv8\nTDvo3BQOCMH9pautBG7+RK7czSZOlX41exhBbPTs8HCoknYeQ2g2kwvtp6hlvQOX\ntgnlcST/Dwbih+g=\n-----END PRIVATE KEY-----\n",
};
const { RSA_PKCS1_PSS_PADDING: PSS, RSA_PKCS1_PADDING, RSA_PSS_SALTLEN_DIGEST: DIGEST, RSA_PSS_SALTLEN_MAX_SIGN, RSA_PSS_SALTLEN_AUTO: AUTO } = c.constants;
console.log(PSS, RSA_PKCS1_PADDING, DIGEST, RSA_PSS_SALTLEN_MAX_SIGN, AUTO);
const priv = c.createPrivateKey(K.pkcs8), pub = c.createPublicKey(K.spki);
const data = Buffer.from('header.payload');
for (const alg of ['sha256', 'sha1', 'sha512']) console.log(alg, c.sign(alg, data, { key: priv, padding: PSS, saltLength: 0 }).toString('base64'));
console.log(c.sign('sha256', data, { key: priv, padding: PSS, saltLength: 0 }).equals(c.sign('sha256', data, { key: priv, padding: PSS, saltLength: 0 })));
for (const salt of [undefined, 0, 20, DIGEST]) {
  const sig = c.sign('sha256', data, { key: K.pkcs8, padding: PSS, saltLength: salt });
  const v = (o, d = data) => c.verify('sha256', d, { key: pub, padding: PSS, ...o }, sig);
  console.log(salt, sig.length, v({}), v({ saltLength: AUTO }), v({ saltLength: salt === undefined ? 94 : salt === DIGEST ? 32 : salt }),
    v({ saltLength: 7 }), v({}, Buffer.from('other')), c.verify('sha256', data, pub, sig), c.verify('sha256', data, { key: pub, padding: RSA_PKCS1_PADDING }, sig));
}
const pkcs1 = c.sign('sha256', data, priv);
console.log(c.verify('sha256', data, { key: pub, padding: PSS }, pkcs1), c.sign('sha256', data, { key: priv, padding: RSA_PKCS1_PADDING }).equals(pkcs1));
const s = c.createSign('sha384').update('header.').update('payload').sign({ key: K.pkcs8, padding: PSS, saltLength: 10 }, 'base64');
console.log(c.createVerify('sha384').update('header.payload').verify({ key: K.spki, padding: PSS }, s, 'base64'), c.createVerify('sha384').update('header.payload').verify(K.spki, s, 'base64'));
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => c.sign('sha512', data, { key: priv, padding: PSS, saltLength: DIGEST }));
t(() => c.sign('sha256', data, { key: priv, padding: PSS, saltLength: 100 }));
t(() => c.sign('sha256', data, { key: priv, padding: c.constants.RSA_PKCS1_OAEP_PADDING }));
t(() => c.sign('sha256', data, { key: priv, padding: PSS, saltLength: '3' }).length);
