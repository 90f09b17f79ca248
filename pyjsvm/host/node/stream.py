"""``node:stream``: Stream, Readable, Writable, Duplex, Transform, PassThrough, pipeline,
finished and ``stream/promises``, written in JS (no host access: streams over the host are made
by fs, child_process and process from these classes).

The model follows Node's: a Readable buffers what ``push`` gives it up to ``highWaterMark`` and
calls ``_read`` for more; it flows (``'data'`` events) after ``resume``/``on('data')``/``pipe``
and is paused otherwise (``read()``, ``'readable'``); a Writable queues writes while one is in
flight, returns false past ``highWaterMark`` and emits ``'drain'`` once the queue empties, so
``pipe`` and ``pipeline`` have backpressure. Events are delivered on ``process.nextTick`` as in
Node, so orderings of ``'data'``, ``'end'``, ``'finish'`` and ``'close'`` match.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import load_js

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_stream_module", "STREAM_SOURCE"]

STREAM_SOURCE = r"""
(function () {
'use strict';
const EE = __require('events');
const kDuplex = Symbol('kDuplex');
const getBuffer = __getBuffer;
const isBuf = (c) => { const B = getBuffer(); return B !== undefined && B.isBuffer(c); };
function errCode(kind, code, msg) { return __nodeError(kind, code, msg); }

function Stream(opts) { EE.call(this, opts); }
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);
// Node's legacy pipe (lib/internal/streams/legacy.js), for streams made on Stream itself
// (through, resumer, event-stream): 'data' to write, 'drain' to resume, end/close to end.
Stream.prototype.pipe = function (dest, options) {
  const source = this;
  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);
  function ondrain() { if (source.readable && source.resume) source.resume(); }
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  let didOnEnd = false;
  function onend() { if (didOnEnd) return; didOnEnd = true; dest.end(); }
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  source.prependListener('error', onerror);
  dest.prependListener('error', onerror);
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// --- Readable -----------------------------------------------------------------------------------
function ReadableState(o) {
  this.objectMode = !!(o.objectMode || o.readableObjectMode);
  this.highWaterMark = o.highWaterMark !== undefined ? o.highWaterMark
    : o.readableHighWaterMark !== undefined ? o.readableHighWaterMark : (this.objectMode ? 16 : 16384);
  this.buffer = [];
  this.length = 0;
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.sync = true;  // true while _read runs (and until the first read): pushes are then buffered
  this.flowScheduled = false;
  this.destroyed = false;
  this.closed = false;
  this.closeEmitted = false;
  this.errored = null;
  // with an encoding, Buffers are decoded by a StringDecoder, which keeps a character split
  // between two chunks for the next one (node's state.decoder)
  this.decoder = o.encoding ? newDecoder(o.encoding) : null;
  this.encoding = o.encoding || null;
  this.autoDestroy = o.autoDestroy !== false;
  this.emitClose = o.emitClose !== false;
  this.pipes = [];
  this.readableListening = false;
  this.needReadable = false;
  this.emittedReadable = false;
  this.dataEmitted = false;
  this.constructed = true;
}
function newDecoder(encoding) {
  const { StringDecoder } = __require('string_decoder');
  return new StringDecoder(encoding);
}
const asBuffer = (view) => (isBuf(view) ? view : getBuffer().from(view.buffer, view.byteOffset, view.byteLength));
function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const o = options || {};
  this._readableState = new ReadableState(o);
  if (typeof o.read === 'function') this._read = o.read;
  if (typeof o.destroy === 'function') this._destroy = o.destroy;
  if (typeof o.construct === 'function') this._construct = o.construct;
  Stream.call(this, o);
  construct(this, () => {
    // (node's maybeReadMore, on the next tick: a Duplex's writes queued meanwhile go first)
    const s = this._readableState;
    if (s.needReadable || s.flowing === true || s.readableListening) process.nextTick(maybeRead, this);
  });
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
const chunkLen = (s, c) => (s.objectMode ? 1 : c.length);

Readable.prototype._read = function () {
  throw errCode('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The _read() method is not implemented');
};
Readable.prototype.push = function push(chunk, encoding) {
  const s = this._readableState;
  s.reading = false;
  if (chunk === null) {
    if (!s.ended) {
      const rest = s.decoder !== null ? s.decoder.end() : '';
      if (rest.length > 0) { s.buffer.push(rest); s.length += chunkLen(s, rest); }
      s.ended = true;
      scheduleFlow(this);
    }
    return false;
  }
  if (s.destroyed) return false;
  if (s.ended) {
    this.destroy(errCode('Error', 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'));
    return false;
  }
  if (!s.objectMode) {
    if (typeof chunk === 'string') {
      // a string in another encoding than the stream's goes through a Buffer (and the decoder)
      const B = getBuffer();
      const enc = encoding || 'utf8';
      if (enc !== s.encoding && B !== undefined) chunk = B.from(chunk, enc);
    } else if (!isBuf(chunk) && !(typeof ArrayBuffer === 'function' && ArrayBuffer.isView(chunk))) {
      throw __invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
    }
    if (s.decoder !== null && typeof chunk !== 'string') chunk = s.decoder.write(asBuffer(chunk));
    if (chunk.length === 0) { scheduleFlow(this); return s.length < s.highWaterMark; }
  }
  if (s.flowing === true && s.length === 0 && !s.sync && this.listenerCount('data') > 0) {
    // node's addChunk: flowing with nothing buffered, a push from outside _read goes out at once
    s.dataEmitted = true;
    this.emit('data', chunk);
  } else {
    s.buffer.push(chunk);
    s.length += chunkLen(s, chunk);
  }
  scheduleFlow(this);
  return s.length < s.highWaterMark;
};
Readable.prototype.unshift = function unshift(chunk) {
  const s = this._readableState;
  if (chunk === null) return this.push(null);
  s.buffer.unshift(chunk);
  s.length += chunkLen(s, chunk);
  scheduleFlow(this);
  return s.length < s.highWaterMark;
};
function maybeRead(stream) {
  const s = stream._readableState;
  if (s.ended || s.reading || s.destroyed || s.errored || !s.constructed) return;
  if (s.length >= s.highWaterMark && s.length > 0) return;
  s.reading = true;
  s.sync = true;
  try {
    stream._read(s.highWaterMark);
  } catch (err) {
    stream.destroy(err);
  }
  s.sync = false;
}
function scheduleFlow(stream) {
  const s = stream._readableState;
  if (s.flowScheduled) return;
  s.flowScheduled = true;
  process.nextTick(flow, stream);
}
function joinChunks(s, chunks) {
  if (chunks.length === 1) return chunks[0];
  if (typeof chunks[0] === 'string') return chunks.join('');
  const B = getBuffer();
  return B.concat(chunks);
}
function flow(stream) {
  const s = stream._readableState;
  s.flowScheduled = false;
  if (s.destroyed) return;
  // what a _read pushes synchronously while flowing goes out in this same turn, as node's flow
  // loop reads it (Readable.from of an array emits all its items in one tick)
  do {
    flowOnce(stream, s);
  } while (s.flowing === true && s.buffer.length > 0 && !s.destroyed && !s.ended);
  if (s.flowing === true && s.ended && s.buffer.length > 0 && !s.destroyed) flowOnce(stream, s);
}
function flowOnce(stream, s) {
  if (s.flowing === true) {
    while (s.flowing === true && s.buffer.length > 0 && !s.destroyed) {
      const chunk = s.buffer.shift();
      s.length -= chunkLen(s, chunk);
      s.dataEmitted = true;
      stream.emit('data', chunk);
    }
  } else if (s.readableListening && (s.buffer.length > 0 || s.ended) && !s.emittedReadable) {
    s.emittedReadable = true;
    stream.emit('readable');
    s.emittedReadable = false;
    if (s.buffer.length > 0 && s.flowing !== true) return;
  }
  if (s.ended) {
    if (s.buffer.length === 0) endReadable(stream);
    return;
  }
  if (s.flowing === true || s.readableListening || s.length < s.highWaterMark) {
    if (s.flowing === true || s.readableListening) maybeRead(stream);
  }
}
function endReadable(stream, force) {
  const s = stream._readableState;
  // 'end' only once the data was consumed: flowing, 'readable' listeners, or read() at the end
  if (!force && s.flowing !== true && !s.readableListening) return;
  if (s.endEmitted) return;
  s.endEmitted = true;
  process.nextTick(() => {
    if (s.destroyed && s.errored) return;
    stream.emit('end');
    const ws = stream._writableState;
    if (s.autoDestroy && (!ws || ws.finished || ws.destroyed || stream.writable === false)) stream.destroy();
  });
}
Readable.prototype.read = function read(n) {
  const s = this._readableState;
  if (n === 0) { maybeRead(this); return null; }
  if (s.buffer.length === 0) {
    if (s.ended) { endReadable(this, true); return null; }
    s.needReadable = true;
    maybeRead(this);
    return null;
  }
  let out;
  if (s.objectMode) {
    out = s.buffer.shift();
    s.length -= 1;
  } else if (n === undefined || n >= s.length) {
    out = joinChunks(s, s.buffer);
    s.buffer = [];
    s.length = 0;
  } else {
    const all = joinChunks(s, s.buffer);
    out = all.slice(0, n);
    const rest = all.slice(n);
    s.buffer = [rest];
    s.length = rest.length;
  }
  if (out !== null && out !== undefined) s.dataEmitted = true;
  if (out !== null && s.flowing !== true) this.emit('data', out);
  if (!s.ended) maybeRead(this);
  else if (s.buffer.length === 0) endReadable(this, true);
  return out;
};
Readable.prototype.on = function on(ev, fn) {
  const r = Stream.prototype.on.call(this, ev, fn);
  const s = this._readableState;
  if (ev === 'data') {
    if (s.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!s.endEmitted) {
      s.readableListening = true;
      s.flowing = false;
      scheduleFlow(this);
      process.nextTick(() => maybeRead(this));
    }
  }
  return r;
};
Readable.prototype.addListener = Readable.prototype.on;
Readable.prototype.resume = function resume() {
  const s = this._readableState;
  if (s.flowing !== true) {
    s.flowing = !s.readableListening;
    if (s.flowing) this.emit('resume');
    scheduleFlow(this);
  }
  return this;
};
Readable.prototype.pause = function pause() {
  const s = this._readableState;
  if (s.flowing !== false) {
    s.flowing = false;
    this.emit('pause');
  }
  return this;
};
Readable.prototype.isPaused = function isPaused() { return this._readableState.flowing === false; };
Readable.prototype.setEncoding = function setEncoding(enc) {
  const s = this._readableState;
  const decoder = newDecoder(enc);
  s.decoder = decoder;
  s.encoding = decoder.encoding;
  // what is buffered already is decoded now, as one string
  let content = '';
  for (const c of s.buffer) content += typeof c === 'string' ? c : decoder.write(asBuffer(c));
  s.buffer = content === '' ? [] : [content];
  s.length = content.length;
  return this;
};
Readable.prototype.pipe = function pipe(dest, options) {
  const src = this;
  const s = this._readableState;
  s.pipes.push(dest);
  const doEnd = !options || options.end !== false;
  const ondata = (chunk) => {
    const ret = dest.write(chunk);
    if (ret === false) src.pause();
  };
  const ondrain = () => { if (s.flowing === false) src.resume(); };
  src.on('data', ondata);
  dest.on('drain', ondrain);
  if (doEnd && dest !== process.stdout && dest !== process.stderr) src.once('end', () => dest.end());
  src.once('error', (err) => { if (dest.listenerCount('error') === 0) {} });
  dest.emit('pipe', src);
  src._pipeCleanup = src._pipeCleanup || [];
  src._pipeCleanup.push([dest, ondata, ondrain]);
  if (s.flowing !== true) src.resume();
  return dest;
};
Readable.prototype.unpipe = function unpipe(dest) {
  const list = this._pipeCleanup || [];
  for (const [d, ondata, ondrain] of list) {
    if (dest === undefined || d === dest) {
      this.removeListener('data', ondata);
      d.removeListener('drain', ondrain);
      d.emit('unpipe', this);
    }
  }
  this._pipeCleanup = dest === undefined ? [] : list.filter((x) => x[0] !== dest);
  this._readableState.pipes = this._pipeCleanup.map((x) => x[0]);
  if (this._pipeCleanup.length === 0) this.pause();
  return this;
};
// node's construct (lib/internal/streams/destroy.js): a stream with a _construct calls it on the
// next tick; until its callback, _read and _write wait (state.constructed false), and a destroy()
// waits for it too. A Duplex runs one _construct for both sides.
const kConstruct = Symbol('kConstruct'), kDestroy = Symbol('kDestroy');
function construct(stream, done) {
  if (typeof stream._construct !== 'function') return;
  const rs = stream._readableState, ws = stream._writableState;
  if (rs) rs.constructed = false;
  if (ws) ws.constructed = false;
  stream.once(kConstruct, done);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}
function constructNT(stream) {
  let called = false;
  const onConstruct = (err) => {
    if (called) {
      errorOrDestroy(stream, err || errCode('Error', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'));
      return;
    }
    called = true;
    const rs = stream._readableState, ws = stream._writableState;
    if (rs) rs.constructed = true;
    if (ws) ws.constructed = true;
    if ((ws || rs).destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  };
  try {
    stream._construct((err) => { process.nextTick(onConstruct, err); });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}
// node's errorOrDestroy: an error destroys a stream with autoDestroy, else it is only emitted
function errorOrDestroy(stream, err, sync) {
  const rs = stream._readableState, ws = stream._writableState;
  if ((ws && ws.destroyed) || (rs && rs.destroyed)) return;
  if ((rs && rs.autoDestroy) || (ws && ws.autoDestroy)) { stream.destroy(err); return; }
  if (ws && !ws.errored) ws.errored = err;
  if (rs && !rs.errored) rs.errored = err;
  if (sync) process.nextTick(() => stream.emit('error', err));
  else stream.emit('error', err);
}
function destroyImpl(stream, err, cb) {
  const rs = stream._readableState, ws = stream._writableState;
  const st = rs || ws;
  if (st.destroyed) { if (typeof cb === 'function') cb(err); return stream; }
  if (rs) rs.destroyed = true;
  if (ws) ws.destroyed = true;
  if (err) { if (rs) rs.errored = err; if (ws) ws.errored = err; }
  if ((rs && !rs.constructed) || (ws && !ws.constructed)) {
    stream.once(kDestroy, (er) => destroyNow(stream, er || err, cb));
    return stream;
  }
  return destroyNow(stream, err, cb);
}
function destroyNow(stream, err, cb) {
  const rs = stream._readableState, ws = stream._writableState;
  const done = (e) => {
    if (rs) rs.closed = true;
    if (ws) ws.closed = true;
    process.nextTick(() => {
      if (e) stream.emit('error', e);
      if ((rs ? rs.emitClose : ws.emitClose)) {
        if (rs) rs.closeEmitted = true;
        if (ws) ws.closeEmitted = true;
        stream.emit('close');
      }
    });
    if (typeof cb === 'function') cb(e);
  };
  stream._destroy(err || null, done);
  return stream;
}
Readable.prototype._destroy = function (err, cb) { cb(err); };
Readable.prototype.destroy = function destroy(err, cb) { return destroyImpl(this, err, cb); };
Readable.prototype[Symbol.asyncIterator] = function () {
  const stream = this;
  const queue = [];
  let waiting = null, done = false, error = null;
  const settle = () => {
    if (waiting === null) return;
    const w = waiting;
    if (queue.length > 0) { waiting = null; w.resolve({ value: queue.shift(), done: false }); }
    else if (error) { waiting = null; w.reject(error); }
    else if (done) { waiting = null; w.resolve({ value: undefined, done: true }); }
  };
  stream.on('data', (c) => { queue.push(c); if (queue.length >= stream._readableState.highWaterMark) stream.pause(); settle(); });
  stream.on('end', () => { done = true; settle(); });
  stream.on('error', (e) => { error = e; settle(); });
  stream.on('close', () => { done = true; settle(); });
  return {
    next() {
      if (queue.length > 0) {
        const v = queue.shift();
        if (queue.length === 0 && stream.isPaused() && !done) stream.resume();
        return Promise.resolve({ value: v, done: false });
      }
      if (error) return Promise.reject(error);
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (stream.isPaused()) stream.resume();
      return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
    },
    return() { stream.destroy(); return Promise.resolve({ value: undefined, done: true }); },
    [Symbol.asyncIterator]() { return this; },
  };
};
Readable.prototype.toArray = async function toArray() {
  const out = [];
  for await (const c of this) out.push(c);
  return out;
};
// the Readable operators (node's, with their default concurrency of 1): a new object-mode
// Readable of the results, or a promise
function opFn(fn) { if (typeof fn !== 'function') throw __invalidArgType('fn', 'of type function', fn); }
function opOptions(options) {
  if (options != null && typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
  return { signal: options && options.signal ? options.signal : undefined };
}
function opCount(n, name) {
  if (typeof n !== 'number') throw __invalidArgType(name, 'of type number', n);
  n = Math.trunc(n) || 0;
  if (n < 0) {
    const e = __nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= 0. Received ${n}`);
    throw e;
  }
  return n;
}
Readable.prototype.map = function map(fn, options) {
  opFn(fn); const o = opOptions(options); const stream = this;
  return Readable.from((async function* () { for await (const v of stream) yield await fn(v, o); })());
};
Readable.prototype.filter = function filter(fn, options) {
  opFn(fn); const o = opOptions(options); const stream = this;
  return Readable.from((async function* () { for await (const v of stream) if (await fn(v, o)) yield v; })());
};
Readable.prototype.flatMap = function flatMap(fn, options) {
  opFn(fn); const o = opOptions(options); const stream = this;
  return Readable.from((async function* () { for await (const v of stream) yield* fn(v, o); })());
};
Readable.prototype.drop = function drop(n, options) {
  opOptions(options); n = opCount(n, 'number'); const stream = this;
  return Readable.from((async function* () { let i = 0; for await (const v of stream) if (i++ >= n) yield v; })());
};
Readable.prototype.take = function take(n, options) {
  opOptions(options); n = opCount(n, 'number'); const stream = this;
  return Readable.from((async function* () {
    if (n <= 0) return;
    let i = 0;
    for await (const v of stream) { yield v; if (++i >= n) return; }
  })());
};
Readable.prototype.asIndexedPairs = function asIndexedPairs(options) {
  opOptions(options); const stream = this;
  return Readable.from((async function* () { let i = 0; for await (const v of stream) yield [i++, v]; })());
};
Readable.prototype.forEach = async function forEach(fn, options) {
  opFn(fn); const o = opOptions(options);
  for await (const v of this) await fn(v, o);
};
Readable.prototype.some = async function some(fn, options) {
  opFn(fn); const o = opOptions(options);
  for await (const v of this) if (await fn(v, o)) return true;
  return false;
};
Readable.prototype.every = async function every(fn, options) {
  opFn(fn); const o = opOptions(options);
  for await (const v of this) if (!(await fn(v, o))) return false;
  return true;
};
Readable.prototype.find = async function find(fn, options) {
  opFn(fn); const o = opOptions(options);
  for await (const v of this) if (await fn(v, o)) return v;
  return undefined;
};
Readable.prototype.reduce = async function reduce(fn, initial, options) {
  opFn(fn); const o = opOptions(options);
  let has = arguments.length > 1, acc = initial;
  for await (const v of this) {
    if (!has) { acc = v; has = true; } else acc = await fn(acc, v, o);
  }
  if (!has) {
    const e = __nodeError('TypeError', 'ERR_MISSING_ARGS', 'Reduce of an empty stream requires an initial value');
    throw e;
  }
  return acc;
};
for (const [name, get] of [
  ['readable', function () { const s = this._readableState; return !s.destroyed && !s.endEmitted; }],
  ['readableEnded', function () { return this._readableState.endEmitted; }],
  ['readableDidRead', function () { return this._readableState.dataEmitted; }],
  ['readableAborted', function () {
    const s = this._readableState;
    return !!((s.destroyed || s.errored) && !s.endEmitted);
  }],
  ['readableLength', function () { return this._readableState.length; }],
  ['readableHighWaterMark', function () { return this._readableState.highWaterMark; }],
  ['readableEncoding', function () { return this._readableState.encoding; }],
  ['readableObjectMode', function () { return this._readableState.objectMode; }],
  ['destroyed', function () { return (this._readableState || this._writableState).destroyed; }],
  ['closed', function () { return (this._readableState || this._writableState).closed; }],
  ['errored', function () { return (this._readableState || this._writableState).errored; }],
]) Object.defineProperty(Readable.prototype, name, { get, configurable: true, enumerable: false });
// (as node's: readableFlowing can be set, null making the next 'data' listener start the flow)
Object.defineProperty(Readable.prototype, 'readableFlowing', {
  get() { return this._readableState.flowing; },
  set(state) { if (this._readableState) this._readableState.flowing = state; },
  configurable: true, enumerable: false,
});
Readable.from = function from(iterable, opts) {
  if (typeof iterable === 'string' || isBuf(iterable)) {
    return new Readable(Object.assign({ objectMode: true, read() { this.push(iterable); this.push(null); } }, opts));
  }
  // A sync iterator is read synchronously, as long as push() wants more (node reads it in
  // the tick the stream starts flowing); an async one, and a promise among the values, awaited.
  let it, isAsync;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    it = iterable[Symbol.asyncIterator]();
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    it = iterable[Symbol.iterator]();
  } else {
    const got = iterable == null ? ' Received ' + iterable
      : typeof iterable === 'function' ? ' Received function ' + (iterable.name || '')
      : typeof iterable === 'object' ? ' Received an instance of ' + ((iterable.constructor && iterable.constructor.name) || 'Object')
      : ' Received type ' + typeof iterable + ' (' + String(iterable) + ')';
    throw errCode('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "iterable" argument must be an instance of Iterable.' + got);
  }
  const stream = new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts));
  let pulling = false;
  const pull = async () => {
    try {
      for (;;) {
        const step = isAsync ? await it.next() : it.next();
        if (step.done) { stream.push(null); return; }
        let value = step.value;
        if (value && typeof value.then === 'function') value = await value;
        if (value === null) {
          pulling = false;
          throw errCode('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
        }
        if (!stream.push(value)) { pulling = false; return; }
      }
    } catch (err) {
      stream.destroy(err);
    }
  };
  stream._read = function () {
    if (!pulling) { pulling = true; pull(); }
  };
  // destroying the stream closes the iterator: throw(err) into it when it can take one, else return()
  const closeIterator = async (err) => {
    if (err != null && typeof it.throw === 'function') {
      const r = await it.throw(err);
      await r.value;
      if (r.done) return;
    }
    if (typeof it.return === 'function') {
      const r = await it.return();
      await r.value;
    }
  };
  stream._destroy = function (err, cb) {
    closeIterator(err).then(() => process.nextTick(cb, err), (e) => process.nextTick(cb, e || err));
  };
  return stream;
};

// --- Writable -----------------------------------------------------------------------------------
function WritableState(o) {
  this.objectMode = !!(o.objectMode || o.writableObjectMode);
  this.highWaterMark = o.highWaterMark !== undefined ? o.highWaterMark
    : o.writableHighWaterMark !== undefined ? o.writableHighWaterMark : (this.objectMode ? 16 : 16384);
  this.decodeStrings = o.decodeStrings !== false;
  this.defaultEncoding = o.defaultEncoding || 'utf8';
  this.queue = [];
  this.length = 0;
  this.writing = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.finalCalled = false;
  this.prefinished = false;
  this.onFinished = [];
  this.needDrain = false;
  this.destroyed = false;
  this.closed = false;  // (true once _destroy has called back: the 'closed' getter)
  this.closeEmitted = false;
  this.errored = null;
  this.corked = 0;
  this.pendingcb = 0;
  this.autoDestroy = o.autoDestroy !== false;
  this.emitClose = o.emitClose !== false;
  this.constructed = true;
  this.sync = true;
  this.bufferProcessing = false;
  this.writelen = 0;
  this.writecb = null;
  this.expectWriteCb = false;
  this.afterWritePending = false;
  this.afterWriteTickInfo = null;
  this.onwrite = null;
}
function Writable(options) {
  // the Duplex test first: instanceof Writable reads _writableState, which a LazyTransform
  // (crypto's Hash) makes by calling this constructor
  if (!(this && this[kDuplex]) && !(this instanceof Writable)) return new Writable(options);
  const o = options || {};
  this._writableState = new WritableState(o);
  if (typeof o.write === 'function') this._write = o.write;
  if (typeof o.writev === 'function') this._writev = o.writev;
  if (typeof o.final === 'function') this._final = o.final;
  if (typeof o.destroy === 'function') this._destroy = o.destroy;
  if (typeof o.construct === 'function') this._construct = o.construct;
  if (!this[kDuplex]) Stream.call(this, o);
  this._writableState.onwrite = (err) => onwrite(this, err);
  construct(this, () => {
    const s = this._writableState;
    if (!s.writing) clearBuffer(this, s);
    if (s.ending) finishMaybe(this, false);
  });
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Object.defineProperty(Writable, Symbol.hasInstance, {
  value(obj) {
    if (Function.prototype[Symbol.hasInstance].call(this, obj)) return true;
    if (this !== Writable) return false;
    return !!(obj && obj._writableState instanceof WritableState);
  },
});
Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw errCode('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The _write() method is not implemented');
};
Writable.prototype._destroy = function (err, cb) { cb(err); };
Writable.prototype.write = function write(chunk, encoding, cb) {
  const s = this._writableState;
  if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (!encoding) encoding = s.defaultEncoding;
  if (chunk === null) throw errCode('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  if (!s.objectMode) {
    if (typeof chunk === 'string') {
      const B = getBuffer();
      if (s.decodeStrings && B !== undefined) { chunk = B.from(chunk, encoding); encoding = 'buffer'; }
    } else if (isBuf(chunk) || (typeof ArrayBuffer === 'function' && ArrayBuffer.isView(chunk))) {
      encoding = 'buffer';
    } else {
      throw __invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
    }
  }
  let err;
  if (s.ending) err = errCode('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
  else if (s.destroyed) err = errCode('Error', 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
  if (err) {
    process.nextTick(() => { if (typeof cb === 'function') cb(err); });
    errorOrDestroy(this, err, true);
    return false;
  }
  s.pendingcb++;
  const entry = { chunk, encoding, cb: typeof cb === 'function' ? cb : nop };
  s.length += s.objectMode ? 1 : chunk.length;
  // node's writeOrBuffer: written at once unless a write is in flight, the stream is corked,
  // errored or not constructed yet
  if (s.writing || s.errored || s.corked || !s.constructed) s.queue.push(entry);
  else writeOne(this, s, s.objectMode ? 1 : chunk.length, entry.cb, () => this._write(entry.chunk, entry.encoding, s.onwrite));
  const ret = s.length < s.highWaterMark || s.length === 0;
  if (!ret) s.needDrain = true;
  return ret && !s.destroyed && !s.errored;
};
function nop() {}
// node's doWrite: one _write (or _writev) in flight; s.sync tells onwrite whether its callback came
// synchronously
function writeOne(stream, s, len, cb, call) {
  s.writelen = len;
  s.writecb = cb;
  s.writing = true;
  s.sync = true;
  s.expectWriteCb = true;
  if (s.destroyed) s.onwrite(errCode('Error', 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
  else call();
  s.sync = false;
}
// node's clearBuffer: the queued writes go out one after the other while each completes
// synchronously (all at once through _writev when the stream has one)
function clearBuffer(stream, s) {
  if (s.destroyed || s.bufferProcessing || s.corked || !s.constructed || s.queue.length === 0) return;
  s.bufferProcessing = true;
  if (s.queue.length > 1 && typeof stream._writev === 'function') {
    const entries = s.queue.splice(0);
    s.pendingcb -= entries.length - 1;
    const cbs = entries.map((e) => e.cb);
    const cb = cbs.every((c) => c === nop) ? nop : (err) => { for (const c of cbs) c(err); };
    const chunks = entries.map((e) => ({ chunk: e.chunk, encoding: e.encoding }));
    chunks.allBuffers = entries.every((e) => e.encoding === 'buffer');
    writeOne(stream, s, s.length, cb, () => stream._writev(chunks, s.onwrite));
  } else {
    do {
      const e = s.queue.shift();
      writeOne(stream, s, s.objectMode ? 1 : e.chunk.length, e.cb, () => stream._write(e.chunk, e.encoding, s.onwrite));
    } while (s.queue.length > 0 && !s.writing);
  }
  s.bufferProcessing = false;
}
// node's onwrite: the queue is cleared at once; a write's callback (and 'drain') follow on the
// next tick when the write completed synchronously, several of the same callback in one tick
function onwrite(stream, er) {
  const s = stream._writableState;
  if (!s.expectWriteCb) {
    errorOrDestroy(stream, errCode('Error', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'));
    return;
  }
  const sync = s.sync;
  const cb = s.writecb;
  s.writecb = null;
  s.writing = false;
  s.expectWriteCb = false;
  s.length -= s.writelen;
  s.writelen = 0;
  if (er) {
    if (!s.errored) s.errored = er;
    const rs = stream._readableState;
    if (rs && !rs.errored) rs.errored = er;
    if (sync) process.nextTick(onwriteError, stream, s, er, cb);
    else onwriteError(stream, s, er, cb);
    return;
  }
  if (s.queue.length > 0) clearBuffer(stream, s);
  if (!sync) { afterWrite(stream, s, 1, cb); return; }
  // (node 20 tests `kState & kDestroyed !== 0`, which is its object-mode bit: an object-mode
  // write always takes the tick)
  const needTick = (s.needDrain && s.length === 0) || s.objectMode;
  if (cb !== nop) {
    if (s.afterWriteTickInfo !== null && s.afterWriteTickInfo.cb === cb) {
      s.afterWriteTickInfo.count++;
    } else {
      const info = { count: 1, cb };
      s.afterWriteTickInfo = info;
      s.afterWritePending = true;
      process.nextTick(() => {
        if (s.afterWriteTickInfo === info) s.afterWriteTickInfo = null;
        afterWrite(stream, s, info.count, cb);
      });
    }
  } else if (!s.afterWritePending && needTick) {
    s.afterWritePending = true;
    process.nextTick(afterWrite, stream, s, 1, cb);
  } else {
    s.pendingcb--;
    if (s.ending) finishMaybe(stream, true);
  }
}
function afterWrite(stream, s, count, cb) {
  s.afterWritePending = false;
  if (!s.ending && !s.destroyed && s.needDrain && s.length === 0) { s.needDrain = false; stream.emit('drain'); }
  while (count-- > 0) { s.pendingcb--; cb(null); }
  if (s.destroyed) errorBuffer(s);
  if (s.ending) finishMaybe(stream, true);
}
function onwriteError(stream, s, er, cb) {
  --s.pendingcb;
  cb(er);
  errorBuffer(s);
  errorOrDestroy(stream, er);
}
function needFinish(s) {
  // (node's kBuffered stays set while clearBuffer runs: a write completing inside it does not finish)
  return s.ending && s.constructed && !s.destroyed && s.length === 0 && s.queue.length === 0 && !s.bufferProcessing &&
    !s.writing && !s.finished && !s.closeEmitted;
}
function finishMaybe(stream, sync) {
  // Like node 20: once nothing is queued or being written, _final runs at once (inside end(), or
  // inside the last write's callback), even while that write's callback is still to come; 'finish'
  // follows on a later tick, after every pending callback.
  const s = stream._writableState;
  if (!needFinish(s)) return;
  prefinish(stream, s);
  if (s.pendingcb === 0) {
    if (sync) {
      s.pendingcb++;
      process.nextTick(() => { if (needFinish(s)) finishStream(stream, s); else s.pendingcb--; });
    } else if (needFinish(s)) {
      s.pendingcb++;
      finishStream(stream, s);
    }
  }
}
function prefinish(stream, s) {
  if (s.prefinished || s.finalCalled) return;
  if (typeof stream._final === 'function') {
    s.finalCalled = true;
    let called = false;
    const onFinal = (err) => {
      if (called) return;
      called = true;
      s.pendingcb--;
      if (err) {
        for (const cb of s.onFinished.splice(0)) cb(err);
        stream.destroy(err);
        return;
      }
      if (needFinish(s)) {
        s.prefinished = true;
        stream.emit('prefinish');
        s.pendingcb++;
        process.nextTick(() => finishStream(stream, s));
      }
    };
    s.pendingcb++;
    try { stream._final(onFinal); } catch (e) { onFinal(e); }
  } else {
    s.prefinished = true;
    stream.emit('prefinish');
  }
}
function finishStream(stream, s) {
  s.pendingcb--;
  if (s.finished) return;  // (node emits it even when destroyed since _final ran)
  s.finished = true;
  for (const cb of s.onFinished.splice(0)) cb();
  stream.emit('finish');
  const rs = stream._readableState;
  if (s.autoDestroy && (!rs || rs.endEmitted || stream.readable === false)) stream.destroy();
}
Writable.prototype.end = function end(chunk, encoding, cb) {
  const s = this._writableState;
  if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
  if (s.corked) { s.corked = 1; this.uncork(); }  // end() uncorks fully
  if (typeof cb === 'function') {
    if (s.finished) process.nextTick(cb);
    else s.onFinished.push(cb);  // called before the 'finish' listeners, as node's kOnFinished
  }
  if (!s.ending) {
    s.ending = true;
    finishMaybe(this, true);
    s.ended = true;
  }
  return this;
};
Writable.prototype.cork = function cork() { this._writableState.corked++; };
Writable.prototype.uncork = function uncork() {
  const s = this._writableState;
  if (s.corked) { s.corked--; if (!s.writing) clearBuffer(this, s); }
};
Writable.prototype.setDefaultEncoding = function setDefaultEncoding(enc) { this._writableState.defaultEncoding = enc; return this; };
// node's errorBuffer: once destroyed, the writes still queued and end()'s callbacks fail
function errorBuffer(s) {
  if (s.writing) return;
  for (const entry of s.queue.splice(0)) {
    s.length -= s.objectMode ? 1 : entry.chunk.length;
    if (typeof entry.cb === 'function') entry.cb(s.errored || errCode('Error', 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
  }
  for (const cb of s.onFinished.splice(0)) cb(s.errored || errCode('Error', 'ERR_STREAM_DESTROYED', 'Cannot call end after a stream was destroyed'));
}
Writable.prototype.destroy = function destroy(err, cb) {
  const s = this._writableState;
  if (!s.destroyed && (s.queue.length > 0 || s.onFinished.length > 0)) process.nextTick(errorBuffer, s);
  return destroyImpl(this, err, cb);
};
for (const [name, get] of [
  ['writable', function () { const s = this._writableState; return !s.destroyed && !s.ending; }],
  ['writableEnded', function () { return this._writableState.ending; }],
  ['writableFinished', function () { return this._writableState.finished; }],
  ['writableLength', function () { return this._writableState.length; }],
  ['writableHighWaterMark', function () { return this._writableState.highWaterMark; }],
  ['writableNeedDrain', function () { return this._writableState.needDrain; }],
  ['writableObjectMode', function () { return this._writableState.objectMode; }],
  ['writableCorked', function () { return this._writableState.corked; }],
  ['destroyed', function () { return this._writableState.destroyed; }],
  ['closed', function () { return this._writableState.closed; }],
]) Object.defineProperty(Writable.prototype, name, { get, configurable: true, enumerable: false });

// --- Duplex, Transform, PassThrough -------------------------------------------------------------
function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Object.defineProperty(this, kDuplex, { value: true });
  Readable.call(this, options);
  Writable.call(this, options);
  const o = options || {};
  if (o.readable === false) this._readableState.ended = this._readableState.endEmitted = true;
  if (o.writable === false) this._writableState.ending = this._writableState.finished = true;
  this.allowHalfOpen = o.allowHalfOpen !== false;
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
for (const k of Object.getOwnPropertyNames(Writable.prototype)) {
  if (k === 'constructor' || k === 'destroy' || k === '_destroy') continue;
  if (!Object.prototype.hasOwnProperty.call(Duplex.prototype, k)) {
    Object.defineProperty(Duplex.prototype, k, Object.getOwnPropertyDescriptor(Writable.prototype, k));
  }
}
Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() { return this._readableState.destroyed; }, configurable: true,
});

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  const o = options || {};
  if (typeof o.transform === 'function') this._transform = o.transform;
  if (typeof o.flush === 'function') this._flush = o.flush;
  this._readableState.sync = false;
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);
Transform.prototype._transform = function () {
  throw errCode('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The _transform() method is not implemented');
};
Transform.prototype._write = function (chunk, encoding, cb) {
  const rs = this._readableState;
  this._transform(chunk, encoding, (err, data) => {
    if (err) { cb(err); return; }
    if (data !== undefined && data !== null) this.push(data);
    if (rs.length < rs.highWaterMark || rs.flowing !== false) cb();
    else this._pendingCb = cb;
  });
};
Transform.prototype._read = function () {
  const cb = this._pendingCb;
  if (cb) { this._pendingCb = null; cb(); }
};
Transform.prototype._final = function (cb) {
  const end = (err, data) => {
    if (err) { cb(err); return; }
    if (data !== undefined && data !== null) this.push(data);
    this.push(null);
    cb();
  };
  if (typeof this._flush === 'function') this._flush(end); else end();
};
function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, enc, cb) { cb(null, chunk); };

// --- finished / pipeline ------------------------------------------------------------------------
function finished(stream, opts, cb) {
  if (typeof opts === 'function') { cb = opts; opts = {}; }
  opts = opts || {};
  let called = false;
  const once = (err) => { if (!called) { called = true; cleanup(); cb(err); } };
  const rs = stream._readableState, ws = stream._writableState;
  const wantRead = !!rs && opts.readable !== false && !(ws && rs.ended && rs.endEmitted);
  const wantWrite = !!ws && opts.writable !== false;
  // Like Node's eos: a stream that will emit 'close' is finished at 'close'
  const willClose = (rs || ws).autoDestroy && (rs || ws).emitClose;
  let ended = !wantRead || rs.endEmitted, fin = !wantWrite || ws.finished;
  const check = () => { if (ended && fin && !willClose) once(); };
  const onend = () => { ended = true; check(); };
  const onfinish = () => { fin = true; check(); };
  const onerror = (err) => once(err);
  const onclose = () => {
    if ((wantRead && !ended) || (wantWrite && !fin)) once(errCode('Error', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
    else once();
  };
  stream.on('end', onend);
  stream.on('finish', onfinish);
  stream.on('error', onerror);
  stream.on('close', onclose);
  function cleanup() {
    stream.removeListener('end', onend);
    stream.removeListener('finish', onfinish);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  }
  return cleanup;
}
function pipeline(...streams) {
  const cb = typeof streams[streams.length - 1] === 'function' ? streams.pop() : null;
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw __nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
  streams = streams.map((s, i) => {
    if (typeof s === 'function') return s;
    if (i === 0 && s && typeof s.on !== 'function' && (s[Symbol.asyncIterator] || s[Symbol.iterator])) return Readable.from(s);
    return s;
  });
  let error = null, done = false;
  const finish = (err, value) => {
    if (done) return;
    if (err) {
      done = true;
      for (const s of streams) if (s && typeof s.destroy === 'function' && !s.destroyed) s.destroy();
      if (cb) process.nextTick(cb, err);
      return;
    }
    done = true;
    if (cb) cb(undefined, value);
  };
  for (let i = 0; i < streams.length - 1; i++) {
    let src = streams[i], dst = streams[i + 1];
    if (typeof dst === 'function') {
      const out = dst(src);
      if (i === streams.length - 2 && out && typeof out.on !== 'function') {
        // the last stage is an async function (the pipeline ends when its promise settles, the
        // callback gets its value) or an async generator function (its values are consumed);
        // as in node, what they give is written to the PassThrough returned
        const pt = streams[i + 1] = new PassThrough({ objectMode: true });
        const settled = typeof out.then === 'function'
          ? out.then((value) => { if (value != null) pt.write(value); return value; })
          : (async () => { for await (const value of out) pt.write(value); })();
        settled.then((value) => { pt.end(); process.nextTick(finish, null, value); }, (e) => process.nextTick(finish, e));
        return pt;
      }
      dst = streams[i + 1] = out && typeof out.on === 'function' ? out : Readable.from(out);
      continue;
    }
    src.on('error', (e) => finish(e));
    src.pipe(dst);
  }
  const last = streams[streams.length - 1];
  last.on('error', (e) => finish(e));
  if (last._writableState) finished(last, { readable: false }, (e) => finish(e));
  else last.on('end', () => finish(null));
  return last;
}
const promises = {
  pipeline: (...streams) => new Promise((resolve, reject) => pipeline(...streams, (e, value) => (e ? reject(e) : resolve(value)))),
  finished: (stream, opts) => new Promise((resolve, reject) => finished(stream, opts || {}, (e) => (e ? reject(e) : resolve()))),
};
function addAbortSignal(signal, stream) { return stream; }
function isReadable(s) { return !!(s && s._readableState && !s._readableState.destroyed && !s._readableState.endEmitted); }
// node's isDisturbed: whether a stream was read from, or aborted (see the web adapters for a
// web ReadableStream)
function isDisturbed(s) { return !!(s && (s.readableDidRead || s.readableAborted)); }
function isErrored(s) { return !!(s && (s._readableState || s._writableState || {}).errored); }

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = finished;
Stream.promises = promises;
Stream.addAbortSignal = addAbortSignal;
Stream.isReadable = isReadable;
Stream.isErrored = isErrored;
Stream.isDisturbed = isDisturbed;
return Stream;
})
"""


def make_stream_module(host: "NodeHost") -> Any:
    """``require('stream')``."""
    return load_js(host.realm, "node:stream", STREAM_SOURCE, host.js_helpers({}))
