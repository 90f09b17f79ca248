// https and tls load, have what libraries read at load time, and reject bad protocols like node.
const http = require('http'), https = require('https'), tls = require('tls');
console.log(typeof https.request, typeof https.get, typeof https.createServer);
const agent = new https.Agent({ keepAlive: true });
console.log(agent instanceof http.Agent, agent.defaultPort, agent.protocol);
console.log(https.globalAgent instanceof https.Agent, https.globalAgent.defaultPort, https.globalAgent.protocol);
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE);
console.log(Array.isArray(tls.rootCertificates), tls.rootCertificates.length > 0, Object.isFrozen(tls.rootCertificates),
  tls.rootCertificates[0].startsWith('-----BEGIN CERTIFICATE-----\n'), tls.rootCertificates === tls.rootCertificates);
console.log(tls.getCiphers().every((c) => c === c.toLowerCase()), tls.getCiphers().includes('ecdhe-rsa-aes128-gcm-sha256'));
console.log(typeof tls.connect, typeof tls.createSecureContext, typeof tls.TLSSocket, typeof tls.Server);
console.log(require('_tls_wrap').TLSSocket === tls.TLSSocket, require('_tls_common').createSecureContext === tls.createSecureContext);
console.log(tls.checkServerIdentity('a.example.com', { subjectaltname: 'DNS:*.example.com' }));
const e = tls.checkServerIdentity('other.org', { subjectaltname: 'DNS:example.com' });
console.log(e.code, e.message);
try { https.request('http://example.com/'); } catch (err) { console.log(err.code, err.message); }
