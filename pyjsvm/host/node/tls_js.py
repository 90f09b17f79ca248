"""The JS of ``node:tls`` and ``node:https`` (Node's documentation of both): everything but the
encryption, which pyjsvm does not have (see ``tls.py``)."""
from __future__ import annotations

__all__ = ["TLS_SOURCE", "HTTPS_SOURCE"]

TLS_SOURCE = r"""
(function () {
'use strict';
const net = __require('net');
function unsupported(what) {
  return __nodeError('Error', 'ERR_PYJSVM_TLS_UNSUPPORTED', `${what} is not supported by pyjsvm`);
}
// A TLS client socket: a net.Socket whose handle does the handshake (Python's ssl) before its
// 'connect', which is followed by 'secureConnect'. NON-SPEC: node's 'connect' comes at the TCP
// connection, before the handshake.
function caText(ca) {
  if (ca === undefined || ca === null) return undefined;
  const list = Array.isArray(ca) ? ca : [ca];
  return list.map((c) => typeof c === 'string' ? c : __getBuffer().from(c).toString('latin1')).join('\n');
}
class TLSSocket extends net.Socket {
  constructor(socket, options) {
    super();
    options = options || {};
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = false;
    this.servername = options.servername || null;
    this._tlsOptions = { servername: options.servername, rejectUnauthorized: options.rejectUnauthorized !== false,
      ca: caText(options.ca) };
    this.on('connect', () => {
      this.authorized = this._tlsOptions.rejectUnauthorized;
      this.emit('secureConnect');
    });
  }
  getPeerCertificate() { return {}; }
  getCertificate() { return {}; }
  getCipher() { return undefined; }
  getProtocol() { return null; }
  getSession() { return undefined; }
  setServername() {}
}
function connect(...args) {
  let options = {}, cb;
  for (const a of args) {
    if (typeof a === 'function') cb = a;
    else if (typeof a === 'number' || typeof a === 'string') {
      if (options.port === undefined) options.port = a; else options.host = a;
    } else if (a !== null && typeof a === 'object') options = { ...a, ...options };
  }
  if (options.socket) throw unsupported('connect over an existing socket');
  const host = options.host === undefined || options.host === null ? 'localhost' : String(options.host);
  const servername = options.servername === undefined ? (net.isIP(host) ? undefined : host) : options.servername;
  const socket = new TLSSocket(null, { ...options, servername });
  if (cb) socket.once('secureConnect', cb);
  if (options.timeout) socket.setTimeout(options.timeout);
  socket.connect({ port: options.port, host });
  return socket;
}
// The PEM text of cert/key options (strings, Buffers or arrays of them), for the handle
function pemText(v) {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => typeof x === 'string' ? x
    : x !== null && typeof x === 'object' && 'pem' in x ? String(x.pem) : __getBuffer().from(x).toString('latin1')).join('\n');
}
function serverOptions(options) {
  options = options || {};
  return { cert: pemText(options.cert), key: pemText(options.key) };
}
// Its 'connection' (and 'secureConnection', with the same socket) comes once the handshake is
// done; a failed handshake is 'tlsClientError'.
class Server extends net.Server {
  constructor(options, listener) {
    if (typeof options === 'function') { listener = options; options = {}; }
    super();
    this._tlsServerOptions = serverOptions(options);
    if (listener) this.on('secureConnection', listener);
    this.on('connection', (socket) => {
      socket.encrypted = true;
      socket.authorized = false;
      this.emit('secureConnection', socket);
    });
  }
  addContext() {}
  setSecureContext(options) { this._tlsServerOptions = serverOptions(options); }
  getTicketKeys() { return __getBuffer().alloc(48); }
  setTicketKeys() {}
}
function createServer(options, listener) { return new Server(options, listener); }
class SecureContext { constructor() { this.context = {}; } }
function createSecureContext() { return new SecureContext(); }
function checkServerIdentity(hostname, cert) {
  const names = [];
  const alt = cert && cert.subjectaltname;
  if (typeof alt === 'string') for (const part of alt.split(', ')) if (part.startsWith('DNS:')) names.push(part.slice(4));
  if (names.length === 0 && cert && cert.subject && cert.subject.CN) names.push(cert.subject.CN);
  const host = String(hostname).toLowerCase();
  const match = (pattern) => {
    pattern = pattern.toLowerCase();
    if (pattern === host) return true;
    if (pattern.startsWith('*.')) {
      const dot = host.indexOf('.');
      return dot > 0 && host.slice(dot) === pattern.slice(1);
    }
    return false;
  };
  if (names.some(match)) return undefined;
  const e = __nodeError('Error', 'ERR_TLS_CERT_ALTNAME_INVALID',
    `Hostname/IP does not match certificate's altnames: Host: ${hostname}. is not in the cert's altnames: ${alt || ''}`);
  e.reason = `Host: ${hostname}. is not in the cert's altnames: ${alt || ''}`;
  e.host = hostname;
  e.cert = cert;
  return e;
}
// ALPN protocol names as node's wire format: each name's length byte, then its bytes
function convertALPNProtocols(protocols, out) {
  const Buffer = __getBuffer();
  if (Array.isArray(protocols)) {
    const bytes = [];
    protocols.forEach((p, i) => {
      const b = Buffer.from(p);
      if (b.length > 255) {
        throw __nodeError('RangeError', 'ERR_OUT_OF_RANGE',
          `The byte length of the protocol at index ${i} exceeds the maximum length. It must be <= 255. Received ${b.length}`);
      }
      bytes.push(b.length, ...b);
    });
    out.ALPNProtocols = Buffer.from(bytes);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}
let roots;
const tls = {
  CLIENT_RENEG_LIMIT: 3, CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: B.defaultCiphers(),
  DEFAULT_ECDH_CURVE: 'auto', DEFAULT_MIN_VERSION: 'TLSv1.2', DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers() { return B.ciphers(); },
  get rootCertificates() {
    if (roots === undefined) roots = Object.freeze(B.rootCertificates());
    return roots;
  },
  convertALPNProtocols, checkServerIdentity, createSecureContext, SecureContext, TLSSocket, Server, createServer,
  connect,
  createSecurePair() { throw unsupported('tls.createSecurePair'); },
};
// (for node:https's server, not one of node's exports)
Object.defineProperty(tls, 'serverOptions', { value: serverOptions });
return tls;
})
"""

HTTPS_SOURCE = r"""
(function () {
'use strict';
const http = __require('http');
const tls = __require('tls');
const net = __require('net');
class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }
}
const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
Agent.prototype.createConnection = function createConnection(options) {
  return tls.connect({ ...this.options, ...options });
};
function request(url, options, cb) {
  if (typeof url === 'string' || url instanceof URL) {
    if (typeof options === 'function') { cb = options; options = {}; }
    return http.request(url, { _defaultAgent: globalAgent, ...options }, cb);
  }
  return http.request({ _defaultAgent: globalAgent, ...url }, options);
}
function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}
class Server extends http.Server {
  constructor(options, listener) {
    if (typeof options === 'function') { listener = options; options = {}; }
    super(options, listener);
    this._tlsServerOptions = tls.serverOptions(options);
    this.prependListener('connection', (socket) => { socket.encrypted = true; });
  }
}
function createServer(options, listener) { return new Server(options, listener); }
return { Agent, globalAgent, Server, createServer, get, request };
})
"""
