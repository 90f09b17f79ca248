"""The JS half of ``node:http``: HTTP/1.1 over ``node:net`` (Node's documentation of
``node:http``)."""
from __future__ import annotations

__all__ = ["HTTP_SOURCE"]

HTTP_SOURCE = r"""
(function () {
'use strict';
const EventEmitter = __require('events');
const net = __require('net');
const { Readable, Stream } = __require('stream');
const process = __require('process');
const Buffer = __getBuffer();
const urlToOptions = __require('url').urlToHttpOptions;

const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE',
  'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];
const STATUS_CODES = {};
for (const [code, text] of [[100, 'Continue'], [101, 'Switching Protocols'], [102, 'Processing'],
  [103, 'Early Hints'], [200, 'OK'], [201, 'Created'], [202, 'Accepted'], [203, 'Non-Authoritative Information'],
  [204, 'No Content'], [205, 'Reset Content'], [206, 'Partial Content'], [207, 'Multi-Status'],
  [208, 'Already Reported'], [226, 'IM Used'], [300, 'Multiple Choices'], [301, 'Moved Permanently'],
  [302, 'Found'], [303, 'See Other'], [304, 'Not Modified'], [305, 'Use Proxy'], [307, 'Temporary Redirect'],
  [308, 'Permanent Redirect'], [400, 'Bad Request'], [401, 'Unauthorized'], [402, 'Payment Required'],
  [403, 'Forbidden'], [404, 'Not Found'], [405, 'Method Not Allowed'], [406, 'Not Acceptable'],
  [407, 'Proxy Authentication Required'], [408, 'Request Timeout'], [409, 'Conflict'], [410, 'Gone'],
  [411, 'Length Required'], [412, 'Precondition Failed'], [413, 'Payload Too Large'], [414, 'URI Too Long'],
  [415, 'Unsupported Media Type'], [416, 'Range Not Satisfiable'], [417, 'Expectation Failed'],
  [418, "I'm a Teapot"], [421, 'Misdirected Request'], [422, 'Unprocessable Entity'], [423, 'Locked'],
  [424, 'Failed Dependency'], [425, 'Too Early'], [426, 'Upgrade Required'], [428, 'Precondition Required'],
  [429, 'Too Many Requests'], [431, 'Request Header Fields Too Large'], [451, 'Unavailable For Legal Reasons'],
  [500, 'Internal Server Error'], [501, 'Not Implemented'], [502, 'Bad Gateway'], [503, 'Service Unavailable'],
  [504, 'Gateway Timeout'], [505, 'HTTP Version Not Supported'], [506, 'Variant Also Negotiates'],
  [507, 'Insufficient Storage'], [508, 'Loop Detected'], [509, 'Bandwidth Limit Exceeded'],
  [510, 'Not Extended'], [511, 'Network Authentication Required']]) STATUS_CODES[code] = text;
const maxHeaderSize = 16384;

// --- validation ---------------------------------------------------------------------------------
const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const badValueRe = /[^\t\x20-\x7e\x80-\xff]/;
function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !tokenRe.test(name)) {
    throw __nodeError('TypeError', 'ERR_INVALID_HTTP_TOKEN', `${label} must be a valid HTTP token ["${name}"]`);
  }
}
function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw __nodeError('TypeError', 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  }
  if (badValueRe.test(String(value))) {
    throw __nodeError('TypeError', 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
  }
}

// --- the parser -----------------------------------------------------------------------------------
// Headers whose duplicates Node drops (the first one wins); set-cookie is kept as an array,
// cookie joined with '; ', the others with ', '.
const singleHeaders = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host',
  'authorization', 'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);
function addHeader(headers, name, value) {
  const key = name.toLowerCase();
  if (!(key in headers)) {
    headers[key] = key === 'set-cookie' ? [value] : value;
  } else if (key === 'set-cookie') {
    headers[key].push(value);
  } else if (!singleHeaders.has(key)) {
    headers[key] += (key === 'cookie' ? '; ' : ', ') + value;
  }
}
function parseError(code, reason) {
  const e = __nodeError('Error', code, 'Parse Error: ' + reason);
  e.reason = reason;
  return e;
}

// One HTTP/1.1 message after another from the bytes of a socket. ``handlers``: onHead(head) ->
// the body's kind ('none', 'length', 'chunked', 'eof') and length; onBody(buffer); onComplete();
// onError(err).
class Parser {
  constructor(isRequest, handlers) {
    this.isRequest = isRequest;
    this.h = handlers;
    this.buf = null;
    this.state = 'head';
    this.remaining = 0;
    this.paused = false;
    this.failed = false;
  }
  feed(chunk) {
    if (this.failed || this.state === 'upgraded') return;
    this.buf = this.buf === null || this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    this.run();
  }
  resume() { this.paused = false; this.run(); }
  fail(code, message) {
    this.failed = true;
    this.buf = null;
    this.h.onError(parseError(code, message));
  }
  takeLine() {
    const i = this.buf.indexOf('\r\n');
    if (i === -1) return null;
    const line = this.buf.toString('latin1', 0, i);
    this.buf = this.buf.subarray(i + 2);
    return line;
  }
  run() {
    while (!this.paused && !this.failed && this.buf !== null && this.buf.length > 0) {
      const state = this.state;
      if (state === 'head') {
        while (this.buf.length >= 2 && this.buf[0] === 13 && this.buf[1] === 10) this.buf = this.buf.subarray(2);
        if (!this.isRequest && !'HTTP/'.startsWith(this.buf.toString('latin1', 0, Math.min(5, this.buf.length)))) {
          this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/');
          return;
        }
        const end = this.buf.indexOf('\r\n\r\n');
        if (end === -1) {
          if (this.buf.length > maxHeaderSize) this.fail('HPE_HEADER_OVERFLOW', 'Header overflow');
          return;
        }
        const lines = this.buf.toString('latin1', 0, end).split('\r\n');
        this.buf = this.buf.subarray(end + 4);
        const head = this.parseHead(lines);
        if (head === null) return;
        const body = this.h.onHead(head);
        if (this.failed) return;
        if (body.kind === 'upgrade') {
          // the connection is no longer HTTP: the bytes after the head go to the new protocol
          const rest = this.buf;
          this.buf = null;
          this.state = 'upgraded';
          body.onUpgrade(rest);
          return;
        }
        if (body.kind === 'none' || (body.kind === 'length' && body.length === 0)) {
          this.complete();
        } else if (body.kind === 'length') {
          this.state = 'body';
          this.remaining = body.length;
        } else if (body.kind === 'chunked') {
          this.state = 'chunk-size';
        } else {
          this.state = 'eof';
        }
      } else if (state === 'body' || state === 'chunk-data') {
        const n = Math.min(this.remaining, this.buf.length);
        const piece = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(n);
        this.remaining -= n;
        if (state === 'chunk-data' && this.remaining === 0) this.state = 'chunk-end';
        this.h.onBody(piece);
        if (state === 'body' && this.remaining === 0) this.complete();
      } else if (state === 'chunk-size') {
        const line = this.takeLine();
        if (line === null) return;
        const size = line.split(';')[0].trim();
        if (!/^[0-9a-fA-F]+$/.test(size)) { this.fail('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size'); return; }
        this.remaining = parseInt(size, 16);
        this.state = this.remaining === 0 ? 'trailers' : 'chunk-data';
      } else if (state === 'chunk-end') {
        if (this.buf.length < 2) return;
        if (this.buf[0] !== 13 || this.buf[1] !== 10) { this.fail('HPE_STRICT', 'Expected CRLF after chunk'); return; }
        this.buf = this.buf.subarray(2);
        this.state = 'chunk-size';
      } else if (state === 'trailers') {
        const line = this.takeLine();
        if (line === null) return;
        if (line === '') { this.complete(); continue; }
        const colon = line.indexOf(':');
        if (colon > 0 && this.h.onTrailer) this.h.onTrailer(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      } else if (state === 'eof') {
        const piece = this.buf;
        this.buf = null;
        this.h.onBody(piece);
      } else {
        return;  // 'done': the bytes after a message that ends the connection are dropped
      }
    }
  }
  complete() {
    this.state = this.isRequest ? 'head' : 'done';
    this.h.onComplete();
  }
  // the socket ended
  finish() {
    if (this.failed) return;
    if (this.state === 'eof') { this.state = 'done'; this.h.onComplete(); return; }
    if (this.state !== 'head' && this.state !== 'done') {
      this.failed = true;
      this.h.onError(null);
    }
  }
  parseHead(lines) {
    const first = lines[0];
    const head = { headers: {}, rawHeaders: [], versionMajor: 1, versionMinor: 1 };
    let m;
    if (this.isRequest) {
      m = /^([A-Z-]+) (\S+) HTTP\/(\d)\.(\d)$/.exec(first);
      if (m === null || !METHODS.includes(m[1])) { this.fail('HPE_INVALID_METHOD', 'Invalid method encountered'); return null; }
      head.method = m[1];
      head.url = m[2];
      head.versionMajor = +m[3];
      head.versionMinor = +m[4];
    } else {
      m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
      if (m === null) { this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/'); return null; }
      head.versionMajor = +m[1];
      head.versionMinor = +m[2];
      head.statusCode = +m[3];
      head.statusMessage = m[4] === undefined ? '' : m[4];
    }
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon) : '';
      if (!tokenRe.test(name)) { this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token'); return null; }
      const value = line.slice(colon + 1).trim();
      head.rawHeaders.push(name, value);
      addHeader(head.headers, name, value);
    }
    return head;
  }
}

// --- IncomingMessage ----------------------------------------------------------------------------
function IncomingMessage(socket) {
  if (!(this instanceof IncomingMessage)) return new IncomingMessage(socket);
  Readable.call(this);
  this.socket = socket;
  this.httpVersionMajor = 1;
  this.httpVersionMinor = 1;
  this.httpVersion = '1.1';
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.headers = {};
  this.trailers = {};
  this.aborted = false;
  this.upgrade = false;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this._socketPaused = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);
IncomingMessage.prototype._read = function _read() {
  if (this._socketPaused) {
    this._socketPaused = false;
    this.socket.resume();
  }
};
IncomingMessage.prototype._addBody = function (chunk) {
  if (!this.push(chunk) && !this._socketPaused) {
    this._socketPaused = true;
    this.socket.pause();
  }
};
IncomingMessage.prototype.setTimeout = function setTimeout_(ms, cb) {
  if (cb) this.on('timeout', cb);
  this.socket.setTimeout(ms);
  return this;
};
Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; }, set(v) { this.socket = v; }, configurable: true,
});
// the connection ended before the message did: 'aborted', then an ECONNRESET error (as in
// Node, only when someone listens for errors)
function abortIncoming(msg, evenIfComplete) {
  if ((msg.complete && !evenIfComplete) || msg.aborted) return;
  msg.aborted = true;
  msg.emit('aborted');
  msg.destroy(msg.listenerCount('error') > 0 ? __nodeError('Error', 'ECONNRESET', 'aborted') : undefined);
}
function fillIncoming(msg, head) {
  msg.httpVersionMajor = head.versionMajor;
  msg.httpVersionMinor = head.versionMinor;
  msg.httpVersion = head.versionMajor + '.' + head.versionMinor;
  msg.headers = head.headers;
  msg.rawHeaders = head.rawHeaders;
  if (head.method !== undefined) { msg.method = head.method; msg.url = head.url; }
  else { msg.statusCode = head.statusCode; msg.statusMessage = head.statusMessage; }
}
// the body's kind, from its headers (RFC 9112 section 6.3)
function bodyOf(headers, isRequest, noBody) {
  if (noBody) return { kind: 'none' };
  const te = headers['transfer-encoding'];
  if (te !== undefined && /(^|,)\s*chunked\s*$/i.test(te)) return { kind: 'chunked' };
  const cl = headers['content-length'];
  if (cl !== undefined) {
    if (!/^\d+$/.test(cl)) return { kind: 'bad' };
    return { kind: 'length', length: +cl };
  }
  return isRequest ? { kind: 'none' } : { kind: 'eof' };
}

// --- OutgoingMessage ----------------------------------------------------------------------------
const kHeaders = Symbol('kOutHeaders');
function OutgoingMessage() {
  if (!(this instanceof OutgoingMessage)) return new OutgoingMessage();
  Stream.call(this);
  this[kHeaders] = null;
  this._headerFlushed = false;  // (the head went to the socket)
  this.finished = false;
  this.writableEnded = false;
  this.writableFinished = false;
  this.sendDate = false;
  this.chunkedEncoding = false;
  this.useChunkedEncodingByDefault = true;
  this.socket = null;
  this.destroyed = false;
  this._header = null;
  this._keepAlive = true;
  this._hasBody = true;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);
OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header !== null) {
    throw __nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
  }
  validateHeaderName(name);
  validateHeaderValue(name, value);
  if (this[kHeaders] === null) this[kHeaders] = Object.create(null);
  this[kHeaders][name.toLowerCase()] = [name, value];
  return this;
};
OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  const existing = this.getHeader(name);
  if (existing === undefined) return this.setHeader(name, value);
  const list = [].concat(existing, value);
  return this.setHeader(name, list);
};
OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw __invalidArgType('name', 'of type string', name);
  const h = this[kHeaders];
  if (h === null) return undefined;
  const entry = h[name.toLowerCase()];
  return entry === undefined ? undefined : entry[1];
};
OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const out = Object.create(null);
  const h = this[kHeaders];
  if (h !== null) for (const key of Object.keys(h)) out[key] = h[key][1];
  return out;
};
OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kHeaders] === null ? [] : Object.keys(this[kHeaders]);
};
OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const h = this[kHeaders];
  return h === null ? [] : Object.keys(h).map((k) => h[k][0]);
};
OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw __invalidArgType('name', 'of type string', name);
  return this[kHeaders] !== null && this[kHeaders][name.toLowerCase()] !== undefined;
};
OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') throw __invalidArgType('name', 'of type string', name);
  if (this._header !== null) {
    throw __nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
  }
  if (this[kHeaders] !== null) delete this[kHeaders][name.toLowerCase()];
};
// the header block: the first line, the headers set, then what the connection needs
OutgoingMessage.prototype._buildHeader = function (firstLine, bodyLength) {
  const h = this[kHeaders] === null ? Object.create(null) : this[kHeaders];
  let out = firstLine + '\r\n';
  for (const key of Object.keys(h)) {
    const [name, value] = h[key];
    if (Array.isArray(value)) for (const v of value) out += name + ': ' + v + '\r\n';
    else out += name + ': ' + value + '\r\n';
  }
  if (this.sendDate && h.date === undefined) out += 'Date: ' + new Date().toUTCString() + '\r\n';
  for (const line of this._extraHeaderLines()) out += line + '\r\n';
  const connection = h.connection === undefined ? undefined : String(h.connection[1]).toLowerCase();
  if (connection === undefined) {
    if (this._keepAlive) {
      out += 'Connection: keep-alive\r\n';
      if (this._keepAliveHeader) out += this._keepAliveHeader + '\r\n';
    } else {
      out += 'Connection: close\r\n';
    }
  } else if (connection === 'close') {
    this._keepAlive = false;
  }
  if (this._hasBody && h['content-length'] === undefined && h['transfer-encoding'] === undefined) {
    if (bodyLength !== undefined) {
      // (an empty body is announced where a body is expected: responses, a POST's, a PUT's)
      if (bodyLength > 0 || this._sendZeroLength || this.useChunkedEncodingByDefault) {
        out += 'Content-Length: ' + bodyLength + '\r\n';
      }
    } else if (this.useChunkedEncodingByDefault) {
      this.chunkedEncoding = true;
      out += 'Transfer-Encoding: chunked\r\n';
    } else {
      this._keepAlive = false;
    }
  } else if (h['transfer-encoding'] !== undefined && /chunked/i.test(String(h['transfer-encoding'][1]))) {
    this.chunkedEncoding = true;
  }
  return out + '\r\n';
};
// as node's: true once the head is made (by writeHead or the first write), sent or not
Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  get() { return !!this._header; }, enumerable: true, configurable: true,
});
OutgoingMessage.prototype._extraHeaderLines = function () { return []; };
// the head is made when the first write or end() needs it, through _implicitHeader as in node
// (a ServerResponse's calls writeHead: on-headers, and with it cookie-session, express-session,
// morgan and compression, wrap writeHead to act just before the head is made)
OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  this._header = this._buildHeader(this._firstLine(), this._implicitBodyLength);
};
OutgoingMessage.prototype._sendHeader = function (bodyLength) {
  if (this._header === null) {
    this._implicitBodyLength = bodyLength;
    try {
      this._implicitHeader();
    } finally {
      this._implicitBodyLength = undefined;
    }
  }
  if (!this._headerFlushed) {
    this._headerFlushed = true;
    return this._header;
  }
  return '';
};
OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  const head = this._sendHeader(undefined);
  if (head) this._socketWrite(Buffer.from(head, 'latin1'));
};
OutgoingMessage.prototype._socketWrite = function (data, cb) {
  if (this.socket === null || this.socket.destroyed) {
    (this._pendingWrites || (this._pendingWrites = [])).push([data, cb]);
    return false;
  }
  return this.socket.write(data, cb);
};
OutgoingMessage.prototype._flushPending = function () {
  const pending = this._pendingWrites;
  this._pendingWrites = null;
  if (pending) for (const [data, cb] of pending) this.socket.write(data, cb);
};
function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding || 'utf8');
  if (chunk instanceof Uint8Array) return chunk;
  throw __invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
}
OutgoingMessage.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (this.writableEnded) {
    const err = __nodeError('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    process.nextTick(() => { if (cb) cb(err); this.emit('error', err); });
    return true;
  }
  if (chunk === null) throw __nodeError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  const data = toBuffer(chunk, encoding);
  const head = this._sendHeader(undefined);
  let out = head ? [Buffer.from(head, 'latin1')] : [];
  if (!this._hasBody) {
    if (out.length) this._socketWrite(Buffer.concat(out));
    if (cb) process.nextTick(cb);
    return true;
  }
  if (data.length === 0) {
    if (out.length) this._socketWrite(Buffer.concat(out));
    if (cb) process.nextTick(cb);
    return true;
  }
  if (this.chunkedEncoding) out.push(Buffer.from(data.length.toString(16) + '\r\n', 'latin1'), data, Buffer.from('\r\n'));
  else out.push(data);
  return this._socketWrite(out.length === 1 ? out[0] : Buffer.concat(out), cb);
};
OutgoingMessage.prototype.end = function end(chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (this.writableEnded) {
    if (cb) process.nextTick(cb);
    return this;
  }
  const data = chunk === undefined || chunk === null ? null : toBuffer(chunk, encoding);
  const parts = [];
  if (!this._headerFlushed) {
    const head = this._sendHeader(this._hasBody ? (data === null ? 0 : data.length) : undefined);
    if (head) parts.push(Buffer.from(head, 'latin1'));
  }
  if (data !== null && data.length > 0 && this._hasBody) {
    if (this.chunkedEncoding) parts.push(Buffer.from(data.length.toString(16) + '\r\n', 'latin1'), data, Buffer.from('\r\n'));
    else parts.push(data);
  }
  if (this.chunkedEncoding && this._hasBody) parts.push(Buffer.from('0\r\n\r\n', 'latin1'));
  this.writableEnded = true;
  this.finished = true;
  if (cb) this.once('finish', cb);
  const done = () => {
    this.writableFinished = true;
    this.emit('finish');
    this._onFinish();
  };
  if (parts.length > 0) this._socketWrite(Buffer.concat(parts), done);
  else process.nextTick(done);
  return this;
};
OutgoingMessage.prototype._onFinish = function () {};
OutgoingMessage.prototype.setTimeout = function setTimeout_(ms, cb) {
  if (cb) this.on('timeout', cb);
  if (this.socket) this.socket.setTimeout(ms);
  else this.once('socket', (s) => s.setTimeout(ms));
  return this;
};
OutgoingMessage.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(err);
  return this;
};
OutgoingMessage.prototype.cork = function cork() { if (this.socket) this.socket.cork(); };
OutgoingMessage.prototype.uncork = function uncork() { if (this.socket) this.socket.uncork(); };
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  get() { return this.socket; }, configurable: true,
});
Object.defineProperty(OutgoingMessage.prototype, 'writable', {
  get() { return !this.writableEnded && !this.destroyed; }, configurable: true,
});

// the socket's 'drain' is the message's while it writes there (pipe() waits for it)
function attachSocket(msg, socket) {
  msg.socket = socket;
  const onDrain = () => msg.emit('drain');
  socket.on('drain', onDrain);
  msg.once('finish', () => socket.removeListener('drain', onDrain));
}

function setHeadersFrom(msg, headers) {
  if (Array.isArray(headers)) {
    if (headers.length > 0 && Array.isArray(headers[0])) {
      for (const [k, v] of headers) msg.appendHeader(k, v);
    } else {
      if (headers.length % 2 !== 0) {
        throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'headers' must be an even-length array. Received ${__inspect(headers)}`);
      }
      for (let i = 0; i < headers.length; i += 2) msg.appendHeader(headers[i], headers[i + 1]);
    }
  } else if (headers !== undefined && headers !== null) {
    for (const k of Object.keys(headers)) msg.setHeader(k, headers[k]);
  }
}

// --- ServerResponse -----------------------------------------------------------------------------
function ServerResponse(req) {
  if (!(this instanceof ServerResponse)) return new ServerResponse(req);
  OutgoingMessage.call(this);
  this.req = req;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this.sendDate = true;
  this._keepAliveHeader = null;  // (a server's response: its keepAliveTimeout, see connectionListener)
  if (req.method === 'HEAD') this._hasBody = false;
  this._sendZeroLength = true;
  // (a request made by hand, as @hapi/shot's, may have no headers)
  const connection = (req.headers && req.headers.connection) || '';
  if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0)) {
    this.useChunkedEncodingByDefault = false;
    this._keepAlive = /keep-alive/i.test(connection);
  } else if (/close/i.test(connection)) {
    this._keepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);
ServerResponse.prototype._firstLine = function () {
  const code = this.statusCode;
  if (code === 204 || code === 304 || (code >= 100 && code < 200)) this._hasBody = false;
  const message = this.statusMessage === undefined ? (STATUS_CODES[code] || 'unknown') : this.statusMessage;
  this.statusMessage = message;
  return `HTTP/1.1 ${code} ${message}`;
};
function validateStatus(code) {
  const n = code | 0;
  if (n !== code || n < 100 || n > 999) {
    throw __nodeError('RangeError', 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${code}`);
  }
}
ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, headers) {
  if (this._header !== null) {
    throw __nodeError('Error', 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
  }
  if (typeof reason !== 'string') { headers = reason; reason = undefined; }
  statusCode |= 0;
  validateStatus(statusCode);
  this.statusCode = statusCode;
  if (reason !== undefined) this.statusMessage = reason;
  setHeadersFrom(this, headers);
  // (the body's length is known when end(data) made the head through _implicitHeader)
  this._header = this._buildHeader(this._firstLine(), this._implicitBodyLength);
  return this;
};
ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};
ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._socketWrite(Buffer.from('HTTP/1.1 100 Continue\r\n\r\n', 'latin1'), cb);
};
// node's assignSocket/detachSocket: a response given a socket of the caller's (light-my-request's
// inject hands it a Writable that drops what is written)
ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) {
    throw __nodeError('Error', 'ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket');
  }
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  attachSocket(this, socket);
  this.emit('socket', socket);
  this._flushPending();
};
ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};
function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) { msg.destroyed = true; msg.emit('close'); }
}
ServerResponse.prototype._onFinish = function () {
  process.nextTick(() => this.emit('close'));
  if (this._onDone) this._onDone();
};

// --- Server -------------------------------------------------------------------------------------
function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') { requestListener = options; options = {}; }
  else if (options === undefined || options === null) options = {};
  else if (typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay !== false, keepAlive: !!options.keepAlive });
  if (requestListener) this.on('request', requestListener);
  this.timeout = 0;
  this.keepAliveTimeout = 5000;
  this.headersTimeout = 60000;
  this.requestTimeout = 300000;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this._idle = new Set();
  this.on('connection', connectionListener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);
Server.prototype.close = function close(cb) {
  net.Server.prototype.close.call(this, cb);
  this.closeIdleConnections();
  return this;
};
Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this._idle) socket.destroy();
  this._idle.clear();
};
Server.prototype.closeAllConnections = function closeAllConnections() {
  this.closeIdleConnections();
  for (const socket of this._all || []) socket.destroy();
};
Server.prototype.setTimeout = function setTimeout_(ms, cb) {
  this.timeout = ms;
  if (cb) this.on('timeout', cb);
  return this;
};

function connectionListener(socket) {
  const server = this;
  (server._all || (server._all = new Set())).add(socket);
  server._idle.add(socket);
  let current = null;      // the request being read
  let closing = false;
  const parser = new Parser(true, {
    onHead(head) {
      server._idle.delete(socket);
      const req = new IncomingMessage(socket);
      fillIncoming(req, head);
      // (node's parserOnIncoming: a request to upgrade the connection goes, with the socket and
      // the bytes after its head, to the server's 'upgrade' listeners when it has any; without
      // them it is an ordinary request)
      if (head.method !== 'CONNECT' && asksUpgrade(head.headers) && server.listenerCount('upgrade') > 0) {
        req.upgrade = true;
        return { kind: 'upgrade', onUpgrade(rest) {
          socket.removeListener('data', onData);
          socket.removeListener('end', onEnd);
          socket.removeListener('error', onError);
          socket.removeListener('close', onClose);
          server._all.delete(socket);
          req.complete = true;
          req.push(null);
          socket.readableFlowing = null;
          server.emit('upgrade', req, socket, rest === null ? Buffer.alloc(0) : rest);
        } };
      }
      const res = new ServerResponse(req);
      if (server.keepAliveTimeout) {
        const max = ~~server.maxRequestsPerSocket > 0 ? ', max=' + server.maxRequestsPerSocket : '';
        res._keepAliveHeader = 'Keep-Alive: timeout=' + Math.floor(server.keepAliveTimeout / 1000) + max;
      }
      attachSocket(res, socket);
      current = req;
      const body = bodyOf(head.headers, true, false);
      if (body.kind === 'bad') { parser.fail('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'); return body; }
      res._onDone = () => {
        res._done = true;
        if (!req.complete) req.resume();
        if (!res._keepAlive || closing || !server.listening) {
          closing = true;
          socket.destroySoon();  // (as node: closed once the response is flushed)
          return;
        }
        if (req.complete) server._idle.add(socket);
        if (parser.paused) process.nextTick(() => parser.resume());
      };
      req._res = res;
      server.emit('request', req, res);
      return body;
    },
    onBody(chunk) { current._addBody(chunk); },
    onTrailer(name, value) { current.rawTrailers.push(name, value); addHeader(current.trailers, name, value); },
    onComplete() {
      const req = current;
      req.complete = true;
      req.push(null);
      if (req._res._done) server._idle.add(socket);
      else parser.paused = true;   // the next request waits for this response
    },
    onError(err) {
      if (err === null) {
        if (current !== null) abortIncoming(current);
        return;
      }
      err.rawPacket = undefined;
      if (server.listenerCount('clientError') > 0) server.emit('clientError', err, socket);
      else socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    },
  });
  const onData = (d) => parser.feed(d);
  const onEnd = () => {
    parser.finish();
    if (current === null || current.complete) socket.end();
  };
  const onError = (e) => { if (server.listenerCount('clientError') > 0) server.emit('clientError', e, socket); };
  const onClose = () => {
    server._idle.delete(socket);
    server._all.delete(socket);
    // a request whose response did not finish was aborted, even if it was read whole
    if (current !== null && !current._res._done) abortIncoming(current, true);
  };
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('error', onError);
  socket.on('close', onClose);
}
// whether a message's headers ask to upgrade the connection (Connection: upgrade, Upgrade: ...)
function asksUpgrade(headers) {
  const connection = headers.connection;
  return headers.upgrade !== undefined && typeof connection === 'string' &&
    connection.split(',').some((t) => t.trim().toLowerCase() === 'upgrade');
}

function createServer(options, requestListener) { return new Server(options, requestListener); }

// --- the client -----------------------------------------------------------------------------------
function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.options = Object.assign({ path: null }, options);
  this.keepAlive = !!this.options.keepAlive;
  this.maxSockets = this.options.maxSockets || Infinity;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.requests = Object.create(null);
  this.sockets = Object.create(null);
  this.freeSockets = Object.create(null);
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);
Agent.prototype.destroy = function destroy() {};
Agent.prototype.createConnection = function createConnection(options) {
  return net.connect({ port: options.port, host: options.host });
};
const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function ClientRequest(input, options, cb) {
  if (!(this instanceof ClientRequest)) return new ClientRequest(input, options, cb);
  OutgoingMessage.call(this);
  if (typeof input === 'string') input = urlToOptions(new URL(input));
  else if (input instanceof URL) input = urlToOptions(input);
  else { cb = options; options = input; input = null; }
  if (typeof options === 'function') { cb = options; options = {}; }
  options = Object.assign({}, input, options);
  // (https.request gives its agent as _defaultAgent: the protocol, port and connection are its)
  const defaultAgent = options._defaultAgent || globalAgent;
  const agent = options.agent === undefined || options.agent === null ? defaultAgent : options.agent;
  const expected = (agent && agent.protocol) || defaultAgent.protocol;
  const protocol = options.protocol || expected;
  if (protocol !== expected) {
    throw __nodeError('TypeError', 'ERR_INVALID_PROTOCOL', `Protocol "${protocol}" not supported. Expected "${expected}"`);
  }
  const method = options.method === undefined || options.method === null ? 'GET' : options.method;
  if (typeof method !== 'string') throw __invalidArgType('options.method', 'of type string', method);
  validateHeaderName(method, 'Method');
  this.method = method.toUpperCase();
  const path = options.path === undefined || options.path === null ? '/' : String(options.path);
  if (/[\u0000-\u0020]/.test(path)) {
    throw __nodeError('TypeError', 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
  }
  this.path = path;
  const host = options.hostname || options.host || 'localhost';
  this.host = host;
  const defaultPort = options.defaultPort || (agent && agent.defaultPort) || defaultAgent.defaultPort;
  const port = options.port === undefined || options.port === null || options.port === '' ? defaultPort : +options.port;
  this.protocol = protocol;
  this.reusedSocket = false;
  this.aborted = false;
  this.res = null;
  this.maxHeadersCount = null;
  this.agent = options.agent === undefined ? defaultAgent : options.agent;
  this._keepAlive = options.agent !== false;
  if (this.method === 'GET' || this.method === 'HEAD' || this.method === 'DELETE' || this.method === 'OPTIONS' ||
      this.method === 'TRACE' || this.method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  }
  setHeadersFrom(this, options.headers);
  if (options.setHost !== false && !this.hasHeader('host')) {
    const hostHeader = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    this._hostHeader = port === defaultPort ? hostHeader : hostHeader + ':' + port;
  }
  if (options.auth && !this.hasHeader('authorization')) {
    this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
  }
  if (typeof cb === 'function') this.once('response', cb);
  if (options.timeout !== undefined) this.setTimeout(options.timeout);
  const connectTo = { ...options, port, host: options.hostname || (options.host || 'localhost').replace(/^\[|\]$/g, '') };
  const socket = typeof options.createConnection === 'function' ? options.createConnection(connectTo)
    : (agent && typeof agent.createConnection === 'function' ? agent : defaultAgent).createConnection(connectTo);
  attachSocket(this, socket);
  this._gotResponse = false;
  this._closed = false;
  // (a request destroyed before this tick never reports its socket, as in node)
  process.nextTick(() => { if (!this.destroyed) { this._socketEmitted = true; this.emit('socket', socket); } });
  socket.on('connect', () => this._flushPending());
  socket.on('error', (err) => {
    if (!this._gotResponse && !this._errored) { this._errored = true; this.emit('error', err); }
  });
  socket.on('timeout', () => this.emit('timeout'));
  const onClose = () => this._onSocketClose();
  socket.on('close', onClose);
  const req = this;
  let res = null;
  const parser = new Parser(false, {
    onHead(head) {
      if (head.statusCode >= 100 && head.statusCode < 200 && head.statusCode !== 101) {
        // an informational response: 'information' (100: 'continue') and the real one follows
        if (head.statusCode === 100) req.emit('continue');
        req.emit('information', { statusCode: head.statusCode, statusMessage: head.statusMessage,
          httpVersion: head.versionMajor + '.' + head.versionMinor, headers: head.headers, rawHeaders: head.rawHeaders });
        return { kind: 'none', informational: true };
      }
      res = new IncomingMessage(socket);
      fillIncoming(res, head);
      res.req = req;
      req.res = res;
      req._gotResponse = true;
      if (head.statusCode === 101 && asksUpgrade(head.headers)) {
        // (node's socketOnData: the switched connection goes to the request's 'upgrade'
        // listeners with the bytes after the head; without them it is destroyed)
        res.upgrade = true;
        return { kind: 'upgrade', onUpgrade(rest) {
          socket.removeListener('data', onData);
          socket.removeListener('end', onEnd);
          socket.removeListener('close', onClose);
          if (req.listenerCount('upgrade') > 0) {
            socket.readableFlowing = null;
            req.emit('upgrade', res, socket, rest === null ? Buffer.alloc(0) : rest);
            req.destroyed = true;
            req._closed = true;
            req.emit('close');
          } else {
            socket.destroy();
          }
        } };
      }
      const noBody = req.method === 'HEAD' || head.statusCode === 204 || head.statusCode === 304;
      const body = bodyOf(head.headers, false, noBody);
      if (body.kind === 'bad') { parser.fail('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'); return body; }
      if (!req.emit('response', res)) res.resume();  // no listener: the body is dumped
      return body;
    },
    onBody(chunk) { if (res !== null) res._addBody(chunk); },
    onTrailer(name, value) { if (res !== null) { res.rawTrailers.push(name, value); addHeader(res.trailers, name, value); } },
    onComplete() {
      if (res === null) { parser.state = 'head'; return; }  // (after an informational response)
      res.complete = true;
      res.push(null);
      res.once('end', () => { socket.destroy(); });
    },
    onError(err) {
      if (err === null) {
        if (res !== null) abortIncoming(res);
        return;
      }
      req._errored = true;
      req.emit('error', err);
      socket.destroy();
    },
  });
  const onData = (d) => parser.feed(d);
  const onEnd = () => {
    parser.finish();
    if (!req._gotResponse && !req._errored) {
      req._errored = true;
      req.emit('error', __nodeError('Error', 'ECONNRESET', 'socket hang up'));
    }
  };
  socket.on('data', onData);
  socket.on('end', onEnd);
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);
ClientRequest.prototype._firstLine = function () { return `${this.method} ${this.path} HTTP/1.1`; };
ClientRequest.prototype._extraHeaderLines = function () {
  return this._hostHeader === undefined ? [] : ['Host: ' + this._hostHeader];
};
ClientRequest.prototype._onSocketClose = function () {
  if (this.res !== null) abortIncoming(this.res);
  if (!this._gotResponse && !this._errored) {
    this._errored = true;
    this.emit('error', __nodeError('Error', 'ECONNRESET', 'socket hang up'));
  }
  if (!this._closed) {
    this._closed = true;
    this.destroyed = true;
    this.emit('close');
  }
};
ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  if (this._socketEmitted) process.nextTick(() => this.emit('abort'));
  this.destroy();
};
ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  // (before the response, destroy() or abort() without an error reports 'socket hang up' when
  // the socket closes, as in node, except an abort() before the request had its socket)
  if (err) { this._errored = true; process.nextTick(() => this.emit('error', err)); }
  else if (!this._gotResponse && this.aborted && !this._socketEmitted) this._errored = true;
  this.socket.destroy();
  return this;
};
ClientRequest.prototype.setNoDelay = function setNoDelay(v) { this.socket.setNoDelay(v); };
ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(v) { this.socket.setKeepAlive(v); };
ClientRequest.prototype.getRawHeaderNames = OutgoingMessage.prototype.getRawHeaderNames;

function request(url, options, cb) { return new ClientRequest(url, options, cb); }
function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

return {
  METHODS, STATUS_CODES, Agent, ClientRequest, IncomingMessage, OutgoingMessage, Server, ServerResponse,
  createServer, validateHeaderName, validateHeaderValue, get, request,
  setMaxIdleHTTPParsers() {}, maxHeaderSize, globalAgent,
};
})
"""
