"""The JS half of ``node:net`` over the TCP binding ``B`` (see ``net.py``): ``Server``,
``Socket`` (a ``stream.Duplex``), ``createServer``, ``connect``/``createConnection`` and
``isIP``/``isIPv4``/``isIPv6``, as Node's documentation of ``node:net`` describes them."""
from __future__ import annotations

__all__ = ["NET_SOURCE"]

NET_SOURCE = r"""
(function () {
'use strict';
const EventEmitter = __require('events');
const { Duplex } = __require('stream');
const process = __require('process');
const Buffer = __getBuffer();
const kHandle = Symbol('kHandle');   // (the option that gives a Socket the handle a server accepted)

function isIP(input) { return B.isIP(`${input}`); }
function isIPv4(input) { return isIP(input) === 4; }
function isIPv6(input) { return isIP(input) === 6; }

function badPort(port, name) {
  return __nodeError('RangeError', 'ERR_SOCKET_BAD_PORT',
    `${name} should be >= 0 and < 65536. ${B.describe(port)}.`);
}
function validatePort(port, name, allowZero) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw badPort(port, name);
  }
  return +port;
}

// --- Socket -----------------------------------------------------------------------------------
function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options === null || typeof options !== 'object') options = {};  // (a file descriptor: not supported)
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._host = null;
  this._peer = null;
  this._writeCallback = null;
  this._readPending = false;
  this._timeoutMs = 0;
  this._timer = null;
  this.bytesRead = 0;
  this._bytesWritten = 0;
  this.server = null;
  Duplex.call(this, { allowHalfOpen: !!options.allowHalfOpen, emitClose: false, autoDestroy: true,
    decodeStrings: false });
  const handle = options[kHandle];
  this.on('end', onReadableEnd);
  if (handle !== undefined) {
    this._handle = handle;
    B.setHandler(handle, (kind, a, b) => onHandleEvent(this, kind, a, b));
    this.read(0);  // (as Node does: reading starts, so that the peer's end is seen)
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function onReadableEnd() {
  // a peer that ended its side: ours ends too, unless half-open sockets are allowed
  if (!this.allowHalfOpen && this.writable && !this.writableEnded) process.nextTick(() => this.end());
}

function onHandleEvent(socket, kind, a, b) {
  switch (kind) {
    case 'connect':
      socket.connecting = false;
      socket._peer = B.remoteAddress(socket._handle);
      socket._refreshTimer();
      socket.emit('connect');
      socket.emit('ready');
      if (socket._readPending) {
        socket._readPending = false;
        socket._read();
      } else if (!socket.isPaused()) {
        socket.read(0);
      }
      break;
    case 'data':
      socket.bytesRead += a.length;
      socket._refreshTimer();
      if (!socket.push(a)) B.readStop(socket._handle);
      break;
    case 'end':
      socket.push(null);
      // nothing left to read: 'end' now, even if nobody reads (so that the socket can close)
      if (socket.readableLength === 0) socket.read();
      break;
    case 'drain': {
      socket._refreshTimer();
      const cb = socket._writeCallback;
      socket._writeCallback = null;
      if (cb !== null) cb();
      break;
    }
    case 'error':
      socket._hadError = true;
      socket.destroy(a);
      break;
  }
}

Socket.prototype._read = function _read() {
  if (this._handle === null || this.connecting) {
    this._readPending = true;  // (reading starts at 'connect')
    return;
  }
  B.readStart(this._handle);
};

Socket.prototype._write = function _write(chunk, encoding, cb) {
  if (this._handle === null || this.connecting) {
    // before the connection: the write waits for it
    this.once('connect', () => this._write(chunk, encoding, cb));
    return;
  }
  const data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
  this._bytesWritten += data.length;
  this._refreshTimer();
  if (B.write(this._handle, data)) cb();
  else this._writeCallback = cb;
};

Socket.prototype._final = function _final(cb) {
  if (this._handle === null || this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  B.shutdown(this._handle);
  cb();
};

// node's net.Socket#destroySoon: end the writable side, and destroy the socket once what was
// written is flushed (whether or not the peer ever ends its side)
Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};
Socket.prototype._destroy = function _destroy(err, cb) {
  this.connecting = false;
  this._clearTimer();
  const hadHandle = this._handle !== null;
  if (hadHandle) {
    B.close(this._handle);
    this._handle = null;
  }
  cb(err);
  const server = this.server;
  if (hadHandle) {
    setImmediate(() => {
      this.emit('close', !!err);
      if (server !== null) {
        server._connections--;
        server._emitCloseIfDrained();
      }
    });
  }
};

Socket.prototype.connect = function connect(...args) {
  let options = args[0];
  let cb = typeof args[args.length - 1] === 'function' ? args[args.length - 1] : undefined;
  if (options === null || typeof options !== 'object') {
    options = { port: args[0] };
    if (typeof args[1] === 'string') options.host = args[1];
  }
  if (options.path !== undefined) {
    throw __nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'IPC sockets (path) are not available in pyjsvm');
  }
  if (this._handle !== null || this.connecting) {
    throw __nodeError('Error', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket is already connected or connecting');
  }
  const port = validatePort(options.port, 'Port', true);
  const host = options.host === undefined || options.host === null ? 'localhost' : String(options.host);
  if (cb !== undefined) this.once('connect', cb);
  this.connecting = true;
  this._host = host;
  // (a tls.TLSSocket's _tlsOptions: its 'connect' comes once the TLS handshake is done)
  const r = B.connect(host, port, (kind, a, b) => onHandleEvent(this, kind, a, b), this._tlsOptions || null);
  if (typeof r !== 'number') {
    process.nextTick(() => { this._hadError = true; this.destroy(r); });
  } else {
    this._handle = r;
  }
  return this;
};

Socket.prototype.address = function address() {
  const a = this._handle === null ? null : B.address(this._handle);
  return a === null ? {} : a;
};
Socket.prototype.setEncoding = function setEncoding(encoding) {
  return Duplex.prototype.setEncoding.call(this, encoding);
};
Socket.prototype.setNoDelay = function setNoDelay(enable) {
  if (this._handle !== null) B.setNoDelay(this._handle, enable === undefined ? true : !!enable);
  return this;
};
Socket.prototype.setKeepAlive = function setKeepAlive(enable) {
  if (this._handle !== null) B.setKeepAlive(this._handle, !!enable);
  return this;
};
Socket.prototype.ref = function ref() {
  if (this._handle !== null) B.ref(this._handle, true);
  return this;
};
Socket.prototype.unref = function unref() {
  if (this._handle !== null) B.ref(this._handle, false);
  return this;
};
Socket.prototype.setTimeout = function setTimeout_(ms, cb) {
  if (typeof ms !== 'number' || !(ms >= 0)) throw __invalidArgType('msecs', 'of type number', ms);
  this._timeoutMs = ms;
  if (cb !== undefined) {
    if (typeof cb !== 'function') throw __invalidArgType('callback', 'of type function', cb);
    if (ms === 0) this.removeListener('timeout', cb);
    else this.once('timeout', cb);
  }
  this._refreshTimer();
  return this;
};
Socket.prototype._clearTimer = function () {
  if (this._timer !== null) { clearTimeout(this._timer); this._timer = null; }
};
Socket.prototype._refreshTimer = function () {
  this._clearTimer();
  if (this._timeoutMs > 0 && !this.destroyed) {
    this._timer = setTimeout(() => { this._timer = null; this.emit('timeout'); }, this._timeoutMs);
    this._timer.unref();
  }
};
for (const [name, get] of [
  ['remoteAddress', function () { return this._peer === null ? undefined : this._peer.address; }],
  ['remotePort', function () { return this._peer === null ? undefined : this._peer.port; }],
  ['remoteFamily', function () { return this._peer === null ? undefined : this._peer.family; }],
  ['localAddress', function () { return this.address().address; }],
  ['localPort', function () { return this.address().port; }],
  ['localFamily', function () { return this.address().family; }],
  ['pending', function () { return this._handle === null || this.connecting; }],
  ['bytesWritten', function () { return this._bytesWritten; }],
  ['readyState', function () {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }],
]) Object.defineProperty(Socket.prototype, name, { get, configurable: true, enumerable: false });

function connect(...args) {
  let options = args[0];
  if (options !== null && typeof options === 'object') {
    const socket = new Socket(options);
    if (options.timeout) socket.setTimeout(options.timeout);
    return socket.connect(...args);
  }
  return new Socket().connect(...args);
}

// --- Server -----------------------------------------------------------------------------------
function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw __invalidArgType('options', 'of type object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._closeEmitted = true;
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = !!options.noDelay;
  this.keepAlive = !!options.keepAlive;
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Server.prototype.listen = function listen(...args) {
  const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let port = 0;
  let host;
  let backlog;
  const first = args[0];
  if (first !== null && typeof first === 'object') {
    if (first.path !== undefined) {
      throw __nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'IPC servers (path) are not available in pyjsvm');
    }
    port = first.port === undefined || first.port === null ? 0 : first.port;
    host = first.host;
    backlog = first.backlog;
  } else {
    if (first !== undefined && first !== null) port = first;
    if (typeof args[1] === 'string') { host = args[1]; backlog = args[2]; }
    else backlog = args[1];
  }
  port = validatePort(port, 'options.port', true);
  if (this._handle !== null) {
    throw __nodeError('Error', 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  }
  if (cb !== undefined) this.once('listening', cb);
  const r = B.listen(host === undefined || host === null ? undefined : String(host), port,
    typeof backlog === 'number' ? backlog : undefined,
    (kind, a, b, c, d) => onServerEvent(this, kind, a, b, c, d), this._tlsServerOptions || null);
  if (typeof r !== 'number') {
    process.nextTick(() => this.emit('error', r));
    return this;
  }
  this._handle = r;
  this._closeEmitted = false;
  process.nextTick(() => { if (this._handle === r) this.emit('listening'); });
  return this;
};

function onServerEvent(server, kind, a, b, c, d) {
  if (kind === 'error') { server.emit('error', a); return; }
  if (kind === 'tlsClientError') { server.emit('tlsClientError', a, null); return; }  // (a tls.Server's)
  const socket = new Socket({ [kHandle]: a, allowHalfOpen: server.allowHalfOpen });
  socket._peer = { address: b, family: d, port: c };
  if (server.maxConnections !== undefined && server._connections >= server.maxConnections) {
    socket.destroy();
    return;
  }
  socket.server = server;
  server._connections++;
  if (server.noDelay) socket.setNoDelay(true);
  if (server.keepAlive) socket.setKeepAlive(true);
  if (server.pauseOnConnect) socket.pause();
  server.emit('connection', socket);
}

Server.prototype.address = function address() {
  return this._handle === null ? null : B.address(this._handle);
};
Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (this._handle === null) {
      this.once('close', () => cb(__nodeError('Error', 'ERR_SERVER_NOT_RUNNING', 'Server is not running.')));
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle !== null) {
    B.close(this._handle);
    this._handle = null;
  }
  // (as node's: each close() of a drained server emits 'close', one never listening too)
  this._closeEmitted = false;
  this._emitCloseIfDrained();
  return this;
};
Server.prototype._emitCloseIfDrained = function () {
  if (this._handle !== null || this._connections > 0 || this._closeEmitted) return;
  this._closeEmitted = true;
  process.nextTick(() => this.emit('close'));
};
Server.prototype.getConnections = function getConnections(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};
Server.prototype.ref = Socket.prototype.ref;      // (the same on a server's handle)
Server.prototype.unref = Socket.prototype.unref;
Object.defineProperty(Server.prototype, 'listening', {
  get() { return this._handle !== null; }, configurable: true, enumerable: true,
});

function createServer(options, connectionListener) { return new Server(options, connectionListener); }

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;
return {
  connect, createConnection: connect, createServer, isIP, isIPv4, isIPv6, Server, Socket, Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(value) { autoSelectFamily = !!value; },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) { autoSelectFamilyAttemptTimeout = Math.max(10, value | 0); },
};
})
"""
