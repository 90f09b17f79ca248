"""The JS of ``node:tls`` and ``node:https`` (Node's documentation of both): everything but the
encryption, which pyjsvm does not have (see ``tls.py``)."""
from __future__ import annotations

__all__ = ["TLS_SOURCE", "HTTPS_SOURCE"]

TLS_SOURCE = r"""
(function () {
'use strict';
const net = __require('net');
const process = __require('process');
const EventEmitter = __require('events');
function unsupported(what) {
  const e = __nodeError('Error', 'ERR_PYJSVM_TLS_UNSUPPORTED', `${what}: TLS is not supported by pyjsvm`);
  return e;
}
// A socket that never connects: its 'error' (ERR_PYJSVM_TLS_UNSUPPORTED) comes on the next tick,
// then 'close', as for a connection that failed.
class TLSSocket extends net.Socket {
  constructor(socket, options) {
    super();
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = false;
  }
  getPeerCertificate() { return {}; }
  getCertificate() { return {}; }
  getCipher() { return undefined; }
  getProtocol() { return null; }
  getSession() { return undefined; }
  setServername() {}
  _destroy(err, cb) {
    super._destroy(err, cb);
    setImmediate(() => this.emit('close', !!err));  // (net.Socket's is for an open handle only)
  }
}
function connect(...args) {
  let options = {}, cb;
  for (const a of args) {
    if (typeof a === 'function') cb = a;
    else if (typeof a === 'number' || typeof a === 'string') {
      if (options.port === undefined) options.port = a; else options.host = a;
    } else if (a !== null && typeof a === 'object') options = { ...a, ...options };
  }
  const socket = new TLSSocket(null, options);
  if (cb) socket.once('secureConnect', cb);
  const host = options.host || options.servername || 'localhost';
  process.nextTick(() => socket.destroy(unsupported(`connect ${host}:${options.port}`)));
  return socket;
}
class Server extends net.Server {
  constructor(options, listener) {
    super();
    if (typeof options === 'function') listener = options;
    if (listener) this.on('secureConnection', listener);
  }
  listen(...args) {
    process.nextTick(() => this.emit('error', unsupported('listen')));
    return this;
  }
  addContext() {}
  setSecureContext() {}
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
  checkServerIdentity, createSecureContext, SecureContext, connect, createServer, Server, TLSSocket,
  convertALPNProtocols() {},
  unsupported,
};
return tls;
})
"""

HTTPS_SOURCE = r"""
(function () {
'use strict';
const http = __require('http');
const tls = __require('tls');
const EventEmitter = __require('events');
const process = __require('process');
class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
  }
}
const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
// A request that cannot be sent: its 'error' (ERR_PYJSVM_TLS_UNSUPPORTED) comes on the next tick,
// then 'close'; the header methods work as on any request.
class ClientRequest extends EventEmitter {
  constructor(options) {
    super();
    this.method = (options.method || 'GET').toUpperCase();
    this.host = options.hostname || options.host || 'localhost';
    this.protocol = 'https:';
    this.path = options.path || '/';
    this.headers = Object.create(null);
    for (const k of Object.keys(options.headers || {})) this.headers[k.toLowerCase()] = options.headers[k];
    this.destroyed = false;
    this.aborted = false;
    this.writable = true;
    this.socket = null;
    this.res = null;
    const port = options.port || 443;
    process.nextTick(() => {
      if (!this.destroyed) {
        this.destroyed = true;
        this.emit('error', tls.unsupported(`request to https://${this.host}:${port}${this.path}`));
      }
      this.emit('close');
    });
  }
  setHeader(name, value) { this.headers[String(name).toLowerCase()] = value; return this; }
  getHeader(name) { return this.headers[String(name).toLowerCase()]; }
  getHeaders() { return { ...this.headers }; }
  getHeaderNames() { return Object.keys(this.headers); }
  hasHeader(name) { return String(name).toLowerCase() in this.headers; }
  removeHeader(name) { delete this.headers[String(name).toLowerCase()]; }
  flushHeaders() {}
  write(chunk, encoding, cb) { if (typeof encoding === 'function') cb = encoding; if (cb) process.nextTick(cb); return true; }
  end(chunk, encoding, cb) {
    for (const a of [chunk, encoding, cb]) if (typeof a === 'function') { cb = a; break; }
    this.writable = false;
    if (typeof cb === 'function') this.once('finish', cb);
    return this;
  }
  abort() { if (!this.aborted) { this.aborted = true; process.nextTick(() => this.emit('abort')); this.destroy(); } }
  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }
  setTimeout(ms, cb) { if (cb) this.once('timeout', cb); return this; }
  setNoDelay() {}
  setSocketKeepAlive() {}
}
function request(url, options, cb) {
  if (typeof url === 'string') url = new URL(url);
  let opts;
  if (url instanceof URL) {
    opts = __require('url').urlToHttpOptions(url);
  } else {
    cb = options; options = url; opts = {};
  }
  if (typeof options === 'function') { cb = options; options = undefined; }
  if (options) opts = { ...opts, ...options };
  const protocol = opts.protocol || 'https:';
  if (protocol !== 'https:') {
    throw __nodeError('TypeError', 'ERR_INVALID_PROTOCOL', `Protocol "${protocol}" not supported. Expected "https:"`);
  }
  const req = new ClientRequest(opts);
  if (typeof cb === 'function') req.once('response', cb);
  return req;
}
function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}
class Server extends http.Server {
  constructor(options, listener) {
    if (typeof options === 'function') { listener = options; options = {}; }
    super(listener);
  }
  listen(...args) {
    process.nextTick(() => this.emit('error', tls.unsupported('listen')));
    return this;
  }
}
function createServer(options, listener) { return new Server(options, listener); }
return { Agent, globalAgent, ClientRequest, Server, createServer, request, get };
})
"""
