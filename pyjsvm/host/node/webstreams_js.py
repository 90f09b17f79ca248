"""The JS of ``node:stream/web`` (``webstreams.py``): the WHATWG Streams standard's classes
(https://streams.spec.whatwg.org), each abstract operation a function named after the
standard's, working on internal records (the standard's internal slots) that a WeakMap ties
to the public objects, as node 20 exposes them (its error codes and messages)."""
from __future__ import annotations

__all__ = ["WEB_STREAMS_SOURCE", "STREAM_ADAPTERS_SOURCE"]

WEB_STREAMS_SOURCE = r"""
(function () {
'use strict';
// NON-SPEC (speed): the globals used on every chunk, as locals (a name free in a host module is
// looked up through its helpers' object and then the global object on every use)
const undefined = void 0;
const { ArrayBuffer, DataView, Error, Function, Math, Number, Object, Promise, RangeError, Reflect, String, Symbol,
  TypeError, Uint8Array, WeakMap, queueMicrotask } = globalThis;
const slots = new WeakMap();
const then = Promise.prototype.then;
// (WebIDL's 'a promise resolved with': a new promise resolved with v, so a thenable v takes two
// more ticks than Promise.resolve would)
const PromiseResolve = (v) => new Promise((resolve) => resolve(v));
const PromiseReject = (e) => Promise.reject(e);
const noop = () => {};
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// --- helpers: promises as the standard uses them ------------------------------------------
function newPromise() {
  // (settled: whether resolve or reject was called, the standard's [[PromiseState]] test)
  const cap = { settled: false };
  cap.promise = new Promise((resolve, reject) => {
    cap.resolve = (v) => { cap.settled = true; resolve(v); };
    cap.reject = (e) => { cap.settled = true; reject(e); };
  });
  return cap;
}
function uponPromise(p, onFulfilled, onRejected) { return then.call(p, onFulfilled, onRejected); }
function setHandled(p) { then.call(p, undefined, noop); }
function rejectedHandled(e) { const p = PromiseReject(e); setHandled(p); return p; }
function resolvedCap(v) { const c = newPromise(); c.resolve(v); return c; }
function rejectedCap(e) { const c = newPromise(); c.reject(e); setHandled(c.promise); return c; }
// (what util.inspect shows of a stream object, as node's: its name and fields, one level less
// deep; beyond the depth, undefined)
function customInspect(name, depth, options, fields) {
  if (depth < 0) return undefined;
  const inner = { ...options, depth: options.depth === null || options.depth === undefined ? options.depth : options.depth - 1 };
  return `${name} ${__inspect(fields(), inner)}`;
}
function invalidState(message) { return __nodeError('TypeError', 'ERR_INVALID_STATE', 'Invalid state: ' + message); }
function invalidThis(type) { return __nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`); }
function illegalConstructor() { return __nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor'); }
function argValue(kind, name, value, property, reason = 'is invalid') {
  return __nodeError(kind, 'ERR_INVALID_ARG_VALUE',
    `The ${property ? 'property' : 'argument'} '${name}' ${reason}. Received ${__inspect(value)}`);
}
function slotOf(o, kind, type) {
  const s = (typeof o === 'object' || typeof o === 'function') && o !== null ? slots.get(o) : undefined;
  if (s === undefined || s.kind !== kind) throw invalidThis(type);
  return s;
}
function isKind(o, kind) {
  const s = (typeof o === 'object' || typeof o === 'function') && o !== null ? slots.get(o) : undefined;
  return s !== undefined && s.kind === kind;
}
function record(kind, pub) { const r = { __proto__: null, kind, pub }; if (pub) slots.set(pub, r); return r; }
// an underlying source's / sink's / transformer's method bound to it (node: 'Bind must be called on a function')
function method(obj, name) {
  if (obj === undefined || obj === null) return undefined;
  const f = obj[name];
  if (f === undefined || f === null) return undefined;
  if (typeof f !== 'function') throw new TypeError('Bind must be called on a function');
  return f;
}
function promiseCall(f, thisArg, ...args) {
  try { return PromiseResolve(Reflect.apply(f, thisArg, args)); } catch (e) { return PromiseReject(e); }
}

// (as WebIDL defines a class's members, and node has them: enumerable attributes and operations
// on the prototype and statics, and a read-only Symbol.toStringTag when withTag)
function webidl(C, withTag) {
  for (const target of [C.prototype, C]) {
    for (const key of Object.getOwnPropertyNames(target)) {
      if (key === 'constructor' || key === 'prototype' || key === 'length' || key === 'name') continue;
      Object.defineProperty(target, key, { enumerable: true });
    }
  }
  if (withTag) Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, writable: false, configurable: true });
}

// --- queuing strategies (sec: qs) ---------------------------------------------------------
// ExtractHighWaterMark(strategy, defaultHWM)
function ExtractHighWaterMark(strategy, defaultHWM) {
  if (strategy.highWaterMark === undefined) return defaultHWM;
  const hwm = Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) throw argValue('RangeError', 'strategy.highWaterMark', strategy.highWaterMark, true);
  return hwm;
}
// ExtractSizeAlgorithm(strategy)
function ExtractSizeAlgorithm(strategy) {
  const size = strategy.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw __invalidArgType('strategy.size', 'of type function', size);
  return (chunk) => size(chunk);
}
function checkStrategy(strategy) {
  if (strategy === undefined) return {};
  if (strategy === null || (typeof strategy !== 'object' && typeof strategy !== 'function')) {
    throw __invalidArgType('strategy', 'of type object', strategy);
  }
  return strategy;
}
function strategyInit(init) {
  if (init === null || typeof init !== 'object') throw __invalidArgType('init', 'of type object', init);
  if (init.highWaterMark === undefined) throw __nodeError('TypeError', 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
  return Number(init.highWaterMark);
}
// ByteLengthQueuingStrategy and CountQueuingStrategy: a class of this name whose size is size
function queuingStrategyClass(name, size) {
  const C = {
    [name]: class {
      constructor(init) { record(name, this).hwm = strategyInit(init); }
      get highWaterMark() { return slotOf(this, name, name).hwm; }
      get size() { slotOf(this, name, name); return size; }
      [inspectCustom](depth, options) { return customInspect(name, depth, options, () => ({ highWaterMark: this.highWaterMark })); }
    },
  }[name];
  webidl(C, true);
  return C;
}
const ByteLengthQueuingStrategy = queuingStrategyClass('ByteLengthQueuingStrategy', { size(chunk) { return chunk.byteLength; } }.size);
const CountQueuingStrategy = queuingStrategyClass('CountQueuingStrategy', { size() { return 1; } }.size);

// --- queue-with-sizes ---------------------------------------------------------------------
function DequeueValue(c) {
  const pair = c.queue.shift();
  c.queueTotalSize -= pair.size;
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return pair.value;
}
function EnqueueValueWithSize(c, value, size) {
  size = Number(size);
  if (Number.isNaN(size) || size < 0 || size === Infinity) throw argValue('RangeError', 'size', size);
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}
function PeekQueueValue(c) { return c.queue[0].value; }
function ResetQueue(c) { c.queue = []; c.queueTotalSize = 0; }

// --- ReadableStream -----------------------------------------------------------------------
class ReadableStream {
  constructor(underlyingSource = undefined, strategy = undefined) {
    strategy = checkStrategy(strategy);
    if (underlyingSource === null) underlyingSource = undefined;
    const source = underlyingSource === undefined ? {} : underlyingSource;
    const stream = record('ReadableStream', this);
    InitializeReadableStream(stream);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) throw argValue('RangeError', 'strategy.size', strategy.size, true);
      SetUpReadableByteStreamControllerFromUnderlyingSource(stream, source, ExtractHighWaterMark(strategy, 0));
      return;
    }
    if (type !== undefined) throw argValue('TypeError', 'source.type', type, true);
    const size = ExtractSizeAlgorithm(strategy);
    const hwm = ExtractHighWaterMark(strategy, 1);
    SetUpReadableStreamDefaultControllerFromUnderlyingSource(stream, source, hwm, size);
  }
  get locked() { return IsReadableStreamLocked(slotOf(this, 'ReadableStream', 'ReadableStream')); }
  cancel(reason = undefined) {
    const stream = isKind(this, 'ReadableStream') ? slots.get(this) : null;
    if (stream === null) return PromiseReject(invalidThis('ReadableStream'));
    if (IsReadableStreamLocked(stream)) return PromiseReject(invalidState('ReadableStream is locked'));
    return ReadableStreamCancel(stream, reason);
  }
  getReader(options = undefined) {
    const stream = slotOf(this, 'ReadableStream', 'ReadableStream');
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw __invalidArgType('options', 'of type object', options);
    }
    const mode = options === undefined ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw argValue('TypeError', 'options.mode', mode, true);
    return AcquireReadableStreamBYOBReader(stream).pub;
  }
  pipeThrough(transform, options = undefined) {
    const stream = slotOf(this, 'ReadableStream', 'ReadableStream');
    const readable = transform === null || transform === undefined ? undefined : transform.readable;
    if (!isKind(readable, 'ReadableStream')) {
      throw __invalidArgType('transform.readable', 'an instance of ReadableStream', readable);
    }
    const writable = transform.writable;
    if (!isKind(writable, 'WritableStream')) {
      throw __invalidArgType('transform.writable', 'an instance of WritableStream', writable);
    }
    const o = pipeOptions(options);
    if (IsReadableStreamLocked(stream)) throw invalidState('The ReadableStream is locked');
    if (IsWritableStreamLocked(slots.get(writable))) throw invalidState('The WritableStream is locked');
    const promise = ReadableStreamPipeTo(stream, slots.get(writable), o.preventClose, o.preventAbort, o.preventCancel, o.signal);
    setHandled(promise);
    return readable;
  }
  pipeTo(destination, options = undefined) {
    try {
      const stream = slotOf(this, 'ReadableStream', 'ReadableStream');
      if (!isKind(destination, 'WritableStream')) {
        // (node 20's message names 'transform.writable' here too)
        throw __invalidArgType('transform.writable', 'an instance of WritableStream', destination);
      }
      const o = pipeOptions(options);
      if (IsReadableStreamLocked(stream)) throw invalidState('The ReadableStream is locked');
      if (IsWritableStreamLocked(slots.get(destination))) throw invalidState('The WritableStream is locked');
      return ReadableStreamPipeTo(stream, slots.get(destination), o.preventClose, o.preventAbort, o.preventCancel, o.signal);
    } catch (e) {
      return PromiseReject(e);
    }
  }
  tee() {
    const stream = slotOf(this, 'ReadableStream', 'ReadableStream');
    if (IsReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    const branches = stream.controller.kind === 'ReadableByteStreamController' ? ReadableByteStreamTee(stream) : ReadableStreamDefaultTee(stream);
    return branches.map((s) => s.pub);
  }
  values(options = undefined) {
    const stream = slotOf(this, 'ReadableStream', 'ReadableStream');
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw __invalidArgType('options', 'of type object', options);
    }
    const preventCancel = options === undefined ? false : !!options.preventCancel;
    const reader = AcquireReadableStreamDefaultReader(stream);
    const it = Object.create(ReadableStreamAsyncIteratorPrototype);
    const state = record('ReadableStreamAsyncIterator', it);
    state.reader = reader;
    state.preventCancel = preventCancel;
    state.ongoing = undefined;
    state.finished = false;
    state.started = false;
    return it;
  }
  static from(asyncIterable) { return ReadableStreamFromIterable(asyncIterable).pub; }
  [inspectCustom](depth, options) {
    const s = slotOf(this, 'ReadableStream', 'ReadableStream');
    return customInspect('ReadableStream', depth, options, () => ({ locked: IsReadableStreamLocked(s), state: s.state, supportsBYOB: s.controller.kind === 'ReadableByteStreamController' }));
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true });
webidl(ReadableStream, true);

function pipeOptions(options) {
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw __invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  return { preventAbort: !!options.preventAbort, preventCancel: !!options.preventCancel,
    preventClose: !!options.preventClose, signal };
}

// the async iterator (sec: rs-asynciterator). NON-SPEC (node): node 20 delays the first next()
// by a microtask, and its promises settle on node's ticks, which this follows.
function ReadableStreamAsyncIteratorNextSteps(it) {
  if (it.finished) return Promise.resolve({ done: true, value: undefined });
  const reader = it.reader;
  if (reader.stream === undefined) return PromiseReject(invalidState('The reader is not bound to a ReadableStream'));
  const cap = newPromise();
  ReadableStreamDefaultReaderRead(reader, {
    chunkSteps: (chunk) => { it.ongoing = undefined; cap.resolve({ value: chunk, done: false }); },
    closeSteps: () => {
      it.ongoing = undefined;
      it.finished = true;
      ReadableStreamReaderGenericRelease(reader);
      cap.resolve({ done: true, value: undefined });
    },
    errorSteps: (e) => {
      it.ongoing = undefined;
      it.finished = true;
      ReadableStreamReaderGenericRelease(reader);
      cap.reject(e);
    },
  });
  return cap.promise;
}
async function ReadableStreamAsyncIteratorReturnSteps(it, value) {
  if (it.finished) return { done: true, value };
  it.finished = true;
  const reader = it.reader;
  if (reader.stream === undefined) throw invalidState('The reader is not bound to a ReadableStream');
  if (!it.preventCancel) {
    const result = ReadableStreamReaderGenericCancel(reader, value);
    ReadableStreamReaderGenericRelease(reader);
    await result;
    return { done: true, value };
  }
  ReadableStreamReaderGenericRelease(reader);
  return { done: true, value };
}
const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: { writable: true, enumerable: true, configurable: true, value: function next() {
    let it;
    try { it = slotOf(this, 'ReadableStreamAsyncIterator', 'ReadableStreamAsyncIterator'); } catch (e) { return PromiseReject(e); }
    if (!it.started) { it.started = true; it.ongoing = Promise.resolve(); }
    const nextSteps = () => ReadableStreamAsyncIteratorNextSteps(it);
    it.ongoing = it.ongoing !== undefined ? uponPromise(it.ongoing, nextSteps, nextSteps) : nextSteps();
    return it.ongoing;
  } },
  return: { writable: true, enumerable: true, configurable: true, value: function (value) {
    let it;
    try { it = slotOf(this, 'ReadableStreamAsyncIterator', 'ReadableStreamAsyncIterator'); } catch (e) { return PromiseReject(e); }
    it.started = true;
    const returnSteps = () => ReadableStreamAsyncIteratorReturnSteps(it, value);
    it.ongoing = it.ongoing !== undefined ? uponPromise(it.ongoing, returnSteps, returnSteps) : returnSteps();
    return it.ongoing;
  } },
});

// InitializeReadableStream(stream)
function InitializeReadableStream(stream) {
  stream.state = 'readable';
  stream.reader = undefined;
  stream.storedError = undefined;
  stream.disturbed = false;
  stream.controller = undefined;
}
// CreateReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm[, highWaterMark[, sizeAlgorithm]])
function CreateReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const pub = Object.create(ReadableStream.prototype);
  const stream = record('ReadableStream', pub);
  InitializeReadableStream(stream);
  const controller = record('ReadableStreamDefaultController', Object.create(ReadableStreamDefaultController.prototype));
  SetUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm);
  return stream;
}
function IsReadableStreamLocked(stream) { return stream.reader !== undefined; }
// ReadableStreamFromIterable(asyncIterable)
function ReadableStreamFromIterable(asyncIterable) {
  let method;
  if (asyncIterable !== null && asyncIterable !== undefined) {
    method = asyncIterable[Symbol.asyncIterator];
    if (method === undefined || method === null) method = asyncIterable[Symbol.iterator];
  }
  if (typeof method !== 'function') {
    throw __nodeError('TypeError', 'ERR_ARG_NOT_ITERABLE', `${__inspect(asyncIterable)} must be iterable`);
  }
  let iteratorRecord;
  if (asyncIterable[Symbol.asyncIterator] !== undefined && asyncIterable[Symbol.asyncIterator] !== null) {
    const iterator = Reflect.apply(method, asyncIterable, []);
    if (iterator === null || typeof iterator !== 'object') throw new TypeError('The iterator method must return an object');
    iteratorRecord = { iterator, next: iterator.next };
  } else {
    // CreateAsyncFromSyncIterator, as node does it: an async generator delegating to the sync
    // iterator (its promise timing is node's)
    const syncIterator = Reflect.apply(method, asyncIterable, []);
    if (syncIterator === null || typeof syncIterator !== 'object') throw new TypeError('The iterator method must return an object');
    const iterator = (async function* () { return yield* { [Symbol.iterator]: () => syncIterator }; })();
    iteratorRecord = { iterator, next: iterator.next };
  }
  let stream;
  // NON-SPEC (node): pull and cancel are async functions, which adds node's ticks
  const pullAlgorithm = async () => {
    const nextResult = Reflect.apply(iteratorRecord.next, iteratorRecord.iterator, []);
    return uponPromise(Promise.resolve(nextResult), (iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw new TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) ReadableStreamDefaultControllerClose(stream.controller);
      else ReadableStreamDefaultControllerEnqueue(stream.controller, iterResult.value);
    });
  };
  const cancelAlgorithm = async (reason) => {
    const iterator = iteratorRecord.iterator;
    const returnMethod = iterator.return;
    if (returnMethod === undefined || returnMethod === null) return undefined;
    const returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    return uponPromise(Promise.resolve(returnResult), (r) => {
      if (r === null || typeof r !== 'object') {
        throw new TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = CreateReadableStream(noop, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}
// ReadableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel[, signal])
function ReadableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = AcquireReadableStreamDefaultReader(source);
  const writer = AcquireWritableStreamDefaultWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  let currentWrite = PromiseResolve(undefined);
  const promise = newPromise();
  let abortAlgorithm;
  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => dest.state === 'writable' ? WritableStreamAbort(dest, error) : PromiseResolve(undefined));
      }
      if (!preventCancel) {
        actions.push(() => source.state === 'readable' ? ReadableStreamCancel(source, error) : PromiseResolve(undefined));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    signal.addEventListener('abort', abortAlgorithm);
  }
  // (the loop: read a chunk once the writer is ready, write it, until shutdown)
  function pipeStep() {
    if (shuttingDown) return PromiseResolve(true);
    return uponPromise(writer.readyPromise.promise, () => {
      if (shuttingDown) return true;
      const cap = newPromise();
      ReadableStreamDefaultReaderRead(reader, {
        chunkSteps: (chunk) => {
          currentWrite = WritableStreamDefaultWriterWrite(writer, chunk);
          setHandled(currentWrite);
          cap.resolve(false);
        },
        closeSteps: () => cap.resolve(true),
        errorSteps: (e) => cap.reject(e),
      });
      return cap.promise;
    });
  }
  function pipeLoop() {
    uponPromise(pipeStep(), (done) => { if (!done) pipeLoop(); }, noop);
  }
  // errors must be propagated forward
  isOrBecomesErrored(source, reader.closedPromise.promise, (storedError) => {
    if (!preventAbort) shutdownWithAnAction(() => WritableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  // errors must be propagated backward
  isOrBecomesErrored(dest, writer.closedPromise.promise, (storedError) => {
    if (!preventCancel) shutdownWithAnAction(() => ReadableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  });
  // closing must be propagated forward
  isOrBecomesClosed(source, reader.closedPromise.promise, () => {
    if (!preventClose) shutdownWithAnAction(() => WritableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  });
  // closing must be propagated backward
  if (WritableStreamCloseQueuedOrInFlight(dest) || dest.state === 'closed') {
    const destClosed = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => ReadableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }
  setHandled(promise.promise);
  pipeLoop();
  return promise.promise;

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return uponPromise(currentWrite, () => oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined);
  }
  function isOrBecomesErrored(stream, p, action) {
    if (stream.state === 'errored') action(stream.storedError);
    else uponPromise(p, undefined, action);
  }
  function isOrBecomesClosed(stream, p, action) {
    if (stream.state === 'closed') action();
    else uponPromise(p, action, noop);
  }
  function shutdownWithAnAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      uponPromise(action(), () => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
    };
    if (dest.state === 'writable' && !WritableStreamCloseQueuedOrInFlight(dest)) uponPromise(waitForWritesToFinish(), doTheRest);
    else doTheRest();
  }
  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest.state === 'writable' && !WritableStreamCloseQueuedOrInFlight(dest)) {
      uponPromise(waitForWritesToFinish(), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }
  function finalize(isError, error) {
    WritableStreamDefaultWriterRelease(writer);
    ReadableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) promise.reject(error);
    else promise.resolve(undefined);
  }
}
// (the cancel1Algorithm and cancel2Algorithm of a tee: once both branches are cancelled, the
// source is, with both reasons; setCanceled(branch) sets the tee's canceled1 or canceled2)
function teeCancelAlgorithms(stream, cancelPromise, setCanceled) {
  const canceled = [false, false], reasons = [undefined, undefined];
  const cancelAlgorithm = (branch) => (reason) => {
    canceled[branch] = true;
    reasons[branch] = reason;
    setCanceled(branch);
    if (canceled[1 - branch]) cancelPromise.resolve(ReadableStreamCancel(stream, reasons.slice()));
    return cancelPromise.promise;
  };
  return [cancelAlgorithm(0), cancelAlgorithm(1)];
}
// ReadableStreamDefaultTee(stream, cloneForBranch2 = false)
function ReadableStreamDefaultTee(stream) {
  const reader = AcquireReadableStreamDefaultReader(stream);
  let reading = false, readAgain = false, canceled1 = false, canceled2 = false;
  let branch1, branch2;
  const cancelPromise = newPromise();
  const pullAlgorithm = () => {
    if (reading) { readAgain = true; return PromiseResolve(undefined); }
    reading = true;
    ReadableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => {
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) ReadableStreamDefaultControllerEnqueue(branch1.controller, chunk);
          if (!canceled2) ReadableStreamDefaultControllerEnqueue(branch2.controller, chunk);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps: () => {
        reading = false;
        if (!canceled1) ReadableStreamDefaultControllerClose(branch1.controller);
        if (!canceled2) ReadableStreamDefaultControllerClose(branch2.controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps: () => { reading = false; },
    });
    return PromiseResolve(undefined);
  };
  const [cancel1Algorithm, cancel2Algorithm] = teeCancelAlgorithms(stream, cancelPromise, (branch) => {
    if (branch === 0) canceled1 = true;
    else canceled2 = true;
  });
  branch1 = CreateReadableStream(noop, pullAlgorithm, cancel1Algorithm);
  branch2 = CreateReadableStream(noop, pullAlgorithm, cancel2Algorithm);
  uponPromise(reader.closedPromise.promise, undefined, (r) => {
    ReadableStreamDefaultControllerError(branch1.controller, r);
    ReadableStreamDefaultControllerError(branch2.controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}
// ReadableStreamAddReadRequest / ReadableStreamCancel / Close / Error / FulfillReadRequest
function ReadableStreamAddReadRequest(stream, readRequest) { stream.reader.readRequests.push(readRequest); }
function ReadableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === 'closed') return PromiseResolve(undefined);
  if (stream.state === 'errored') return PromiseReject(stream.storedError);
  ReadableStreamClose(stream);
  const reader = stream.reader;
  if (reader !== undefined && reader.kind === 'ReadableStreamBYOBReader') {
    const readIntoRequests = reader.readIntoRequests;
    reader.readIntoRequests = [];
    for (const r of readIntoRequests) r.closeSteps(undefined);
  }
  const c = stream.controller;
  const sourceCancelPromise = c.kind === 'ReadableByteStreamController'
    ? ReadableByteStreamControllerCancelSteps(c, reason) : ReadableStreamDefaultControllerCancelSteps(c, reason);
  return uponPromise(sourceCancelPromise, noop);
}
// NON-SPEC (node's kIsClosedPromise, which stream.finished waits for): a promise settled when
// the stream closes (fulfilled) or errors (rejected with its error)
function ClosedPromiseOf(stream) {
  if (stream.state === 'closed') return Promise.resolve();
  if (stream.state === 'errored') return Promise.reject(stream.storedError);
  if (stream.closedWaiters === undefined) stream.closedWaiters = [];
  return new Promise((resolve, reject) => stream.closedWaiters.push({ resolve, reject }));
}
function SettleClosedWaiters(stream) {
  const waiters = stream.closedWaiters;
  if (waiters === undefined) return;
  stream.closedWaiters = undefined;
  for (const w of waiters) {
    if (stream.state === 'errored') w.reject(stream.storedError);
    else w.resolve(undefined);
  }
}
function ReadableStreamClose(stream) {
  stream.state = 'closed';
  SettleClosedWaiters(stream);
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closedPromise.resolve(undefined);
  if (reader.kind !== 'ReadableStreamDefaultReader') return;
  const readRequests = reader.readRequests;
  reader.readRequests = [];
  for (const readRequest of readRequests) readRequest.closeSteps();
}
function ReadableStreamError(stream, e) {
  stream.state = 'errored';
  stream.storedError = e;
  SettleClosedWaiters(stream);
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closedPromise.reject(e);
  setHandled(reader.closedPromise.promise);
  if (reader.kind === 'ReadableStreamDefaultReader') ReadableStreamDefaultReaderErrorReadRequests(reader, e);
  else ReadableStreamBYOBReaderErrorReadIntoRequests(reader, e);
}
function ReadableStreamFulfillReadRequest(stream, chunk, done) {
  const readRequest = stream.reader.readRequests.shift();
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}
function ReadableStreamGetNumReadRequests(stream) { return stream.reader.readRequests.length; }
function ReadableStreamHasDefaultReader(stream) {
  return stream.reader !== undefined && stream.reader.kind === 'ReadableStreamDefaultReader';
}

// --- readers ------------------------------------------------------------------------------
class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isKind(stream, 'ReadableStream')) throw __invalidArgType('stream', 'an instance of ReadableStream', stream);
    SetUpReadableStreamDefaultReader(record('ReadableStreamDefaultReader', this), slots.get(stream));
  }
  read() {
    if (!isKind(this, 'ReadableStreamDefaultReader')) return PromiseReject(invalidThis('ReadableStreamDefaultReader'));
    const reader = slots.get(this);
    if (reader.stream === undefined) return PromiseReject(invalidState('The reader is not attached to a stream'));
    const cap = newPromise();
    ReadableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => cap.resolve({ value: chunk, done: false }),
      closeSteps: () => cap.resolve({ value: undefined, done: true }),
      errorSteps: (e) => cap.reject(e),
    });
    return cap.promise;
  }
  [inspectCustom](depth, options) {
    const r = slotOf(this, 'ReadableStreamDefaultReader', 'ReadableStreamDefaultReader');
    return customInspect('ReadableStreamDefaultReader', depth, options, () => ({ stream: r.stream && r.stream.pub, readRequests: r.readRequests.length, close: r.closedPromise.promise }));
  }
}
// releaseLock, and ReadableStreamGenericReader's closed and cancel, which both readers have
function defineReaderMethods(C, release) {
  const kind = C.name;
  const members = {
    releaseLock() {
      const reader = slotOf(this, kind, kind);
      if (reader.stream === undefined) return;
      release(reader);
    },
    get closed() {
      if (!isKind(this, kind)) return PromiseReject(invalidThis(kind));
      return slots.get(this).closedPromise.promise;
    },
    cancel(reason = undefined) {
      if (!isKind(this, kind)) return PromiseReject(invalidThis(kind));
      const reader = slots.get(this);
      if (reader.stream === undefined) return PromiseReject(invalidState('The reader is not attached to a stream'));
      return ReadableStreamReaderGenericCancel(reader, reason);
    },
  };
  for (const key of Object.keys(members)) Object.defineProperty(C.prototype, key, Object.getOwnPropertyDescriptor(members, key));
}
defineReaderMethods(ReadableStreamDefaultReader, (reader) => ReadableStreamDefaultReaderRelease(reader));
webidl(ReadableStreamDefaultReader, true);
function AcquireReadableStreamDefaultReader(stream) {
  const reader = record('ReadableStreamDefaultReader', Object.create(ReadableStreamDefaultReader.prototype));
  SetUpReadableStreamDefaultReader(reader, stream);
  return reader;
}
function SetUpReadableStreamDefaultReader(reader, stream) {
  if (IsReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  ReadableStreamReaderGenericInitialize(reader, stream);
  reader.readRequests = [];
}
function ReadableStreamReaderGenericInitialize(reader, stream) {
  reader.stream = stream;
  stream.reader = reader;
  if (stream.state === 'readable') reader.closedPromise = newPromise();
  else if (stream.state === 'closed') reader.closedPromise = resolvedCap(undefined);
  else reader.closedPromise = rejectedCap(stream.storedError);
}
function ReadableStreamReaderGenericCancel(reader, reason) { return ReadableStreamCancel(reader.stream, reason); }
function ReadableStreamReaderGenericRelease(reader) {
  const stream = reader.stream;
  const e = invalidState('Reader released');
  if (stream.state === 'readable') reader.closedPromise.reject(e);
  else reader.closedPromise = rejectedCap(e);
  setHandled(reader.closedPromise.promise);
  if (stream.controller.kind === 'ReadableByteStreamController') ReadableByteStreamControllerReleaseSteps(stream.controller);
  stream.reader = undefined;
  reader.stream = undefined;
}
function ReadableStreamDefaultReaderErrorReadRequests(reader, e) {
  const readRequests = reader.readRequests;
  reader.readRequests = [];
  for (const readRequest of readRequests) readRequest.errorSteps(e);
}
function ReadableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'closed') readRequest.closeSteps();
  else if (stream.state === 'errored') readRequest.errorSteps(stream.storedError);
  else if (stream.controller.kind === 'ReadableByteStreamController') ReadableByteStreamControllerPullSteps(stream.controller, readRequest);
  else ReadableStreamDefaultControllerPullSteps(stream.controller, readRequest);
}
function ReadableStreamDefaultReaderRelease(reader) {
  ReadableStreamReaderGenericRelease(reader);
  ReadableStreamDefaultReaderErrorReadRequests(reader, invalidState('Releasing reader'));
}
// --- ReadableStreamDefaultController ------------------------------------------------------
class ReadableStreamDefaultController {
  constructor() { throw illegalConstructor(); }
  get desiredSize() {
    return ReadableStreamDefaultControllerGetDesiredSize(slotOf(this, 'ReadableStreamDefaultController', 'ReadableStreamDefaultController'));
  }
  close() {
    const c = slotOf(this, 'ReadableStreamDefaultController', 'ReadableStreamDefaultController');
    if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    ReadableStreamDefaultControllerClose(c);
  }
  enqueue(chunk = undefined) {
    const c = slotOf(this, 'ReadableStreamDefaultController', 'ReadableStreamDefaultController');
    if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    ReadableStreamDefaultControllerEnqueue(c, chunk);
  }
  error(e = undefined) {
    ReadableStreamDefaultControllerError(slotOf(this, 'ReadableStreamDefaultController', 'ReadableStreamDefaultController'), e);
  }
  [inspectCustom](depth, options) {
    const c = slotOf(this, 'ReadableStreamDefaultController', 'ReadableStreamDefaultController');
    return customInspect('ReadableStreamDefaultController', depth, options, () => ({ stream: c.stream && c.stream.pub }));
  }
}
webidl(ReadableStreamDefaultController, true);
function ReadableStreamDefaultControllerCallPullIfNeeded(c) {
  callPullIfNeeded(c, ReadableStreamDefaultControllerShouldCallPull, ReadableStreamDefaultControllerCallPullIfNeeded,
    ReadableStreamDefaultControllerError);
}
// (the steps ReadableStreamDefaultControllerCallPullIfNeeded and
// ReadableByteStreamControllerCallPullIfNeeded share)
function callPullIfNeeded(c, shouldCallPull, again, error) {
  if (!shouldCallPull(c)) return;
  if (c.pulling) { c.pullAgain = true; return; }
  c.pulling = true;
  uponPromise(c.pullAlgorithm(), () => {
    c.pulling = false;
    if (c.pullAgain) { c.pullAgain = false; again(c); }
  }, (e) => error(c, e));
}
function ReadableStreamDefaultControllerShouldCallPull(c) {
  const stream = c.stream;
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(c)) return false;
  if (!c.started) return false;
  if (IsReadableStreamLocked(stream) && ReadableStreamGetNumReadRequests(stream) > 0) return true;
  return ReadableStreamDefaultControllerGetDesiredSize(c) > 0;
}
function ReadableStreamDefaultControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}
function ReadableStreamDefaultControllerClose(c) {
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    ReadableStreamDefaultControllerClearAlgorithms(c);
    ReadableStreamClose(c.stream);
  }
}
function ReadableStreamDefaultControllerEnqueue(c, chunk) {
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (IsReadableStreamLocked(stream) && ReadableStreamGetNumReadRequests(stream) > 0) {
    ReadableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = c.strategySizeAlgorithm(chunk);
    } catch (e) {
      ReadableStreamDefaultControllerError(c, e);
      throw e;
    }
    try {
      EnqueueValueWithSize(c, chunk, chunkSize);
    } catch (e) {
      ReadableStreamDefaultControllerError(c, e);
      throw e;
    }
  }
  ReadableStreamDefaultControllerCallPullIfNeeded(c);
}
function ReadableStreamDefaultControllerError(c, e) {
  const stream = c.stream;
  if (stream.state !== 'readable') return;
  ResetQueue(c);
  ReadableStreamDefaultControllerClearAlgorithms(c);
  ReadableStreamError(stream, e);
}
function ReadableStreamDefaultControllerGetDesiredSize(c) {
  const state = c.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}
function ReadableStreamDefaultControllerHasBackpressure(c) { return !ReadableStreamDefaultControllerShouldCallPull(c); }
function ReadableStreamDefaultControllerCanCloseOrEnqueue(c) { return !c.closeRequested && c.stream.state === 'readable'; }
function SetUpReadableStreamDefaultController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  c.stream = stream;
  ResetQueue(c);
  c.started = false;
  c.closeRequested = false;
  c.pullAgain = false;
  c.pulling = false;
  c.strategySizeAlgorithm = sizeAlgorithm;
  c.strategyHWM = highWaterMark;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  stream.controller = c;
  const startResult = startAlgorithm();
  uponPromise(PromiseResolve(startResult), () => {
    c.started = true;
    ReadableStreamDefaultControllerCallPullIfNeeded(c);
  }, (r) => ReadableStreamDefaultControllerError(c, r));
}
// (the start, pull and cancel algorithms of an underlying source, for its controller c)
function underlyingSourceAlgorithms(source, c) {
  const start = method(source, 'start'), pull = method(source, 'pull'), cancel = method(source, 'cancel');
  return [
    start ? () => Reflect.apply(start, source, [c.pub]) : noop,
    pull ? () => promiseCall(pull, source, c.pub) : () => PromiseResolve(undefined),
    cancel ? (reason) => promiseCall(cancel, source, reason) : () => PromiseResolve(undefined),
  ];
}
function SetUpReadableStreamDefaultControllerFromUnderlyingSource(stream, source, highWaterMark, sizeAlgorithm) {
  const c = record('ReadableStreamDefaultController', Object.create(ReadableStreamDefaultController.prototype));
  const [startAlgorithm, pullAlgorithm, cancelAlgorithm] = underlyingSourceAlgorithms(source, c);
  SetUpReadableStreamDefaultController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
}
// [[CancelSteps]] and [[PullSteps]] of the default controller
function ReadableStreamDefaultControllerCancelSteps(c, reason) {
  ResetQueue(c);
  const result = c.cancelAlgorithm(reason);
  ReadableStreamDefaultControllerClearAlgorithms(c);
  return result;
}
function ReadableStreamDefaultControllerPullSteps(c, readRequest) {
  const stream = c.stream;
  if (c.queue.length > 0) {
    const chunk = DequeueValue(c);
    if (c.closeRequested && c.queue.length === 0) {
      ReadableStreamDefaultControllerClearAlgorithms(c);
      ReadableStreamClose(stream);
    } else {
      ReadableStreamDefaultControllerCallPullIfNeeded(c);
    }
    readRequest.chunkSteps(chunk);
  } else {
    ReadableStreamAddReadRequest(stream, readRequest);
    ReadableStreamDefaultControllerCallPullIfNeeded(c);
  }
}

// --- byte streams: ReadableByteStreamController, ReadableStreamBYOBRequest and the BYOB reader --
const transferBuffer = Function.prototype.call.bind(ArrayBuffer.prototype.transfer);
const bufferDetached = (b) => Reflect.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached').get.call(b);
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const viewOf = (v) => {
  // (a view's buffer, offset, length and element size, read without user-visible getters)
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    const get = (k) => Reflect.getOwnPropertyDescriptor(TypedArrayPrototype, k).get.call(v);
    return { buffer: get('buffer'), byteOffset: get('byteOffset'), byteLength: get('byteLength'),
      elementSize: v.BYTES_PER_ELEMENT, ctor: v.constructor };
  }
  if (v instanceof DataView) {
    const get = (k) => Reflect.getOwnPropertyDescriptor(DataView.prototype, k).get.call(v);
    return { buffer: get('buffer'), byteOffset: get('byteOffset'), byteLength: get('byteLength'), elementSize: 1, ctor: DataView };
  }
  return undefined;
};
function notAView(name, value) {
  return __invalidArgType(name, 'an instance of Buffer, TypedArray, or DataView', value);
}
class ReadableByteStreamController {
  constructor() { throw illegalConstructor(); }
  get byobRequest() {
    return ReadableByteStreamControllerGetBYOBRequest(slotOf(this, 'ReadableByteStreamController', 'ReadableByteStreamController'));
  }
  get desiredSize() {
    return ReadableByteStreamControllerGetDesiredSize(slotOf(this, 'ReadableByteStreamController', 'ReadableByteStreamController'));
  }
  close() {
    const c = slotOf(this, 'ReadableByteStreamController', 'ReadableByteStreamController');
    if (c.closeRequested || c.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
    ReadableByteStreamControllerClose(c);
  }
  enqueue(chunk) {
    const c = slotOf(this, 'ReadableByteStreamController', 'ReadableByteStreamController');
    const v = viewOf(chunk);
    if (v === undefined) throw notAView('buffer', chunk);
    if (v.byteLength === 0 || bufferDetached(v.buffer) || v.buffer.byteLength === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    if (c.closeRequested || c.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
    ReadableByteStreamControllerEnqueue(c, v);
  }
  error(e = undefined) {
    ReadableByteStreamControllerError(slotOf(this, 'ReadableByteStreamController', 'ReadableByteStreamController'), e);
  }
  [inspectCustom](depth, options) {
    const c = slotOf(this, 'ReadableByteStreamController', 'ReadableByteStreamController');
    return customInspect('ReadableByteStreamController', depth, options, () => ({ stream: c.stream.pub }));
  }
}
webidl(ReadableByteStreamController, true);
class ReadableStreamBYOBRequest {
  constructor() { throw illegalConstructor(); }
  get view() { return slotOf(this, 'ReadableStreamBYOBRequest', 'ReadableStreamBYOBRequest').view; }
  respond(bytesWritten) {
    const r = slotOf(this, 'ReadableStreamBYOBRequest', 'ReadableStreamBYOBRequest');
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    const v = viewOf(r.view);
    if (bufferDetached(v.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    ReadableByteStreamControllerRespond(r.controller, bytesWritten);
  }
  respondWithNewView(view) {
    const r = slotOf(this, 'ReadableStreamBYOBRequest', 'ReadableStreamBYOBRequest');
    const v = viewOf(view);
    if (v === undefined) throw notAView('view', view);
    if (r.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (bufferDetached(v.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    ReadableByteStreamControllerRespondWithNewView(r.controller, v);
  }
  [inspectCustom](depth, options) {
    const r = slotOf(this, 'ReadableStreamBYOBRequest', 'ReadableStreamBYOBRequest');
    return customInspect('ReadableStreamBYOBRequest', depth, options, () => ({ view: r.view, controller: r.controller && r.controller.pub }));
  }
}
webidl(ReadableStreamBYOBRequest, true);
class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isKind(stream, 'ReadableStream')) throw __invalidArgType('stream', 'an instance of ReadableStream', stream);
    SetUpReadableStreamBYOBReader(record('ReadableStreamBYOBReader', this), slots.get(stream));
  }
  read(view, options = undefined) {
    if (!isKind(this, 'ReadableStreamBYOBReader')) return PromiseReject(invalidThis('ReadableStreamBYOBReader'));
    const reader = slots.get(this);
    const v = viewOf(view);
    if (v === undefined) return PromiseReject(notAView('view', view));
    if (v.byteLength === 0 || v.buffer.byteLength === 0 || bufferDetached(v.buffer)) {
      return PromiseReject(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = 1;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object') return PromiseReject(__invalidArgType('options', 'of type object', options));
      if (options.min !== undefined) min = options.min;
    }
    if (typeof min !== 'number') return PromiseReject(__invalidArgType('options.min', 'of type number', min));
    if (!Number.isInteger(min) || min <= 0 || min > v.byteLength / v.elementSize) {
      return PromiseReject(__nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "options.min" is out of range. It must be >= 1 && <= ${v.byteLength / v.elementSize}. Received ${__inspect(min)}`));
    }
    if (reader.stream === undefined) return PromiseReject(invalidState('The reader is not attached to a stream'));
    const cap = newPromise();
    ReadableStreamBYOBReaderRead(reader, v, min, {
      chunkSteps: (chunk) => cap.resolve({ value: chunk, done: false }),
      closeSteps: (chunk) => cap.resolve({ value: chunk, done: true }),
      errorSteps: (e) => cap.reject(e),
    });
    return cap.promise;
  }
  [inspectCustom](depth, options) {
    const r = slotOf(this, 'ReadableStreamBYOBReader', 'ReadableStreamBYOBReader');
    return customInspect('ReadableStreamBYOBReader', depth, options, () => ({ stream: r.stream && r.stream.pub, requestIntoRequests: r.readIntoRequests.length, close: r.closedPromise.promise }));
  }
}
defineReaderMethods(ReadableStreamBYOBReader, (reader) => ReadableStreamBYOBReaderRelease(reader));
webidl(ReadableStreamBYOBReader, true);
function AcquireReadableStreamBYOBReader(stream) {
  const reader = record('ReadableStreamBYOBReader', Object.create(ReadableStreamBYOBReader.prototype));
  SetUpReadableStreamBYOBReader(reader, stream);
  return reader;
}
function SetUpReadableStreamBYOBReader(reader, stream) {
  if (IsReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  if (stream.controller.kind !== 'ReadableByteStreamController') {
    throw argValue('TypeError', 'stream', stream.pub, false, 'must be a byte stream');
  }
  ReadableStreamReaderGenericInitialize(reader, stream);
  reader.readIntoRequests = [];
}
function ReadableStreamBYOBReaderRead(reader, v, min, readIntoRequest) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'errored') readIntoRequest.errorSteps(stream.storedError);
  else ReadableByteStreamControllerPullInto(stream.controller, v, min, readIntoRequest);
}
function ReadableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const readIntoRequests = reader.readIntoRequests;
  reader.readIntoRequests = [];
  for (const r of readIntoRequests) r.errorSteps(e);
}
function ReadableStreamBYOBReaderRelease(reader) {
  ReadableStreamReaderGenericRelease(reader);
  ReadableStreamBYOBReaderErrorReadIntoRequests(reader, invalidState('Releasing reader'));
}
function ReadableStreamAddReadIntoRequest(stream, readIntoRequest) { stream.reader.readIntoRequests.push(readIntoRequest); }
function ReadableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const readIntoRequest = stream.reader.readIntoRequests.shift();
  if (done) readIntoRequest.closeSteps(chunk);
  else readIntoRequest.chunkSteps(chunk);
}
function ReadableStreamGetNumReadIntoRequests(stream) { return stream.reader.readIntoRequests.length; }
function ReadableStreamHasBYOBReader(stream) {
  return stream.reader !== undefined && stream.reader.kind === 'ReadableStreamBYOBReader';
}

function SetUpReadableByteStreamController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  c.stream = stream;
  c.pullAgain = false;
  c.pulling = false;
  c.byobRequest = null;
  ResetQueue(c);
  c.closeRequested = false;
  c.started = false;
  c.strategyHWM = highWaterMark;
  c.pullAlgorithm = pullAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  c.autoAllocateChunkSize = autoAllocateChunkSize;
  c.pendingPullIntos = [];
  stream.controller = c;
  const startResult = startAlgorithm();
  uponPromise(PromiseResolve(startResult), () => {
    c.started = true;
    ReadableByteStreamControllerCallPullIfNeeded(c);
  }, (r) => ReadableByteStreamControllerError(c, r));
}
function SetUpReadableByteStreamControllerFromUnderlyingSource(stream, source, highWaterMark) {
  const c = record('ReadableByteStreamController', Object.create(ReadableByteStreamController.prototype));
  const [startAlgorithm, pullAlgorithm, cancelAlgorithm] = underlyingSourceAlgorithms(source, c);
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw argValue('TypeError', 'source.autoAllocateChunkSize', source.autoAllocateChunkSize, true);
    }
  }
  SetUpReadableByteStreamController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize);
}
function CreateReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const pub = Object.create(ReadableStream.prototype);
  const stream = record('ReadableStream', pub);
  InitializeReadableStream(stream);
  const c = record('ReadableByteStreamController', Object.create(ReadableByteStreamController.prototype));
  SetUpReadableByteStreamController(stream, c, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}
function ReadableByteStreamControllerCallPullIfNeeded(c) {
  callPullIfNeeded(c, ReadableByteStreamControllerShouldCallPull, ReadableByteStreamControllerCallPullIfNeeded,
    ReadableByteStreamControllerError);
}
function ReadableByteStreamControllerClearAlgorithms(c) { c.pullAlgorithm = undefined; c.cancelAlgorithm = undefined; }
function ReadableByteStreamControllerClearPendingPullIntos(c) {
  ReadableByteStreamControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = [];
}
function ReadableByteStreamControllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || stream.state !== 'readable') return;
  if (c.queueTotalSize > 0) { c.closeRequested = true; return; }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      ReadableByteStreamControllerError(c, e);
      throw e;
    }
  }
  ReadableByteStreamControllerClearAlgorithms(c);
  ReadableStreamClose(stream);
}
function ReadableByteStreamControllerCommitPullIntoDescriptor(stream, d) {
  let done = false;
  if (stream.state === 'closed') done = true;
  const filledView = ReadableByteStreamControllerConvertPullIntoDescriptor(d);
  if (d.readerType === 'default') ReadableStreamFulfillReadRequest(stream, filledView, done);
  else ReadableStreamFulfillReadIntoRequest(stream, filledView, done);
}
function ReadableByteStreamControllerConvertPullIntoDescriptor(d) {
  const bytesFilled = d.bytesFilled, elementSize = d.elementSize;
  const buffer = transferBuffer(d.buffer);
  return d.viewConstructor === DataView ? new DataView(buffer, d.byteOffset, bytesFilled)
    : new d.viewConstructor(buffer, d.byteOffset, bytesFilled / elementSize);
}
function ReadableByteStreamControllerEnqueue(c, v) {
  const stream = c.stream;
  if (c.closeRequested || stream.state !== 'readable') return;
  const { byteOffset, byteLength } = v;
  const transferredBuffer = transferBuffer(v.buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (bufferDetached(first.buffer)) throw invalidState('The BYOB request\'s buffer has been detached');
    ReadableByteStreamControllerInvalidateBYOBRequest(c);
    first.buffer = transferBuffer(first.buffer);
    if (first.readerType === 'none') ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, first);
  }
  if (ReadableStreamHasDefaultReader(stream)) {
    ReadableByteStreamControllerProcessReadRequestsUsingQueue(c);
    if (ReadableStreamGetNumReadRequests(stream) === 0) {
      ReadableByteStreamControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) ReadableByteStreamControllerShiftPendingPullInto(c);
      ReadableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (ReadableStreamHasBYOBReader(stream)) {
    ReadableByteStreamControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    const filled = ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c);
    for (const d of filled) ReadableByteStreamControllerCommitPullIntoDescriptor(stream, d);
  } else {
    ReadableByteStreamControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
  }
  ReadableByteStreamControllerCallPullIfNeeded(c);
}
function ReadableByteStreamControllerEnqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}
function ReadableByteStreamControllerEnqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (e) {
    ReadableByteStreamControllerError(c, e);
    throw e;
  }
  ReadableByteStreamControllerEnqueueChunkToQueue(c, clone, 0, byteLength);
}
function ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, d) {
  if (d.bytesFilled > 0) ReadableByteStreamControllerEnqueueClonedChunkToQueue(c, d.buffer, d.byteOffset, d.bytesFilled);
  ReadableByteStreamControllerShiftPendingPullInto(c);
}
function ReadableByteStreamControllerError(c, e) {
  const stream = c.stream;
  if (stream.state !== 'readable') return;
  ReadableByteStreamControllerClearPendingPullIntos(c);
  ResetQueue(c);
  ReadableByteStreamControllerClearAlgorithms(c);
  ReadableStreamError(stream, e);
}
function ReadableByteStreamControllerFillHeadPullIntoDescriptor(c, size, d) {
  d.bytesFilled += size;
}
function ReadableByteStreamControllerFillPullIntoDescriptorFromQueue(c, d) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, d.byteLength - d.bytesFilled);
  const maxBytesFilled = d.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % d.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= d.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - d.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = d.byteOffset + d.bytesFilled;
    new Uint8Array(d.buffer, destStart, bytesToCopy).set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) queue.shift();
    else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    ReadableByteStreamControllerFillHeadPullIntoDescriptor(c, bytesToCopy, d);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}
function ReadableByteStreamControllerFillReadRequestFromQueue(c, readRequest) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  ReadableByteStreamControllerHandleQueueDrain(c);
  readRequest.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}
function ReadableByteStreamControllerGetBYOBRequest(c) {
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
    const pub = Object.create(ReadableStreamBYOBRequest.prototype);
    const r = record('ReadableStreamBYOBRequest', pub);
    r.controller = c;
    r.view = view;
    c.byobRequest = r;
  }
  return c.byobRequest === null ? null : c.byobRequest.pub;
}
function ReadableByteStreamControllerGetDesiredSize(c) {
  const state = c.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}
function ReadableByteStreamControllerHandleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    ReadableByteStreamControllerClearAlgorithms(c);
    ReadableStreamClose(c.stream);
  } else {
    ReadableByteStreamControllerCallPullIfNeeded(c);
  }
}
function ReadableByteStreamControllerInvalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  c.byobRequest.controller = undefined;
  c.byobRequest.view = null;
  c.byobRequest = null;
}
function ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c) {
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const d = c.pendingPullIntos[0];
    if (ReadableByteStreamControllerFillPullIntoDescriptorFromQueue(c, d)) {
      ReadableByteStreamControllerShiftPendingPullInto(c);
      filled.push(d);
    }
  }
  return filled;
}
function ReadableByteStreamControllerProcessReadRequestsUsingQueue(c) {
  const reader = c.stream.reader;
  while (reader.readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    ReadableByteStreamControllerFillReadRequestFromQueue(c, reader.readRequests.shift());
  }
}
function ReadableByteStreamControllerPullInto(c, v, min, readIntoRequest) {
  const stream = c.stream;
  const elementSize = v.elementSize;
  const ctor = v.ctor;
  const minimumFill = min * elementSize;
  let buffer;
  try {
    buffer = transferBuffer(v.buffer);
  } catch (e) {
    readIntoRequest.errorSteps(e);
    return;
  }
  const d = { buffer, bufferByteLength: buffer.byteLength, byteOffset: v.byteOffset, byteLength: v.byteLength,
    bytesFilled: 0, minimumFill, elementSize, viewConstructor: ctor, readerType: 'byob' };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(d);
    ReadableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream.state === 'closed') {
    const emptyView = ctor === DataView ? new DataView(d.buffer, d.byteOffset, 0) : new ctor(d.buffer, d.byteOffset, 0);
    readIntoRequest.closeSteps(emptyView);
    return;
  }
  if (c.queueTotalSize > 0) {
    if (ReadableByteStreamControllerFillPullIntoDescriptorFromQueue(c, d)) {
      const filledView = ReadableByteStreamControllerConvertPullIntoDescriptor(d);
      ReadableByteStreamControllerHandleQueueDrain(c);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('ReadableStream is already closed');
      ReadableByteStreamControllerError(c, e);
      readIntoRequest.errorSteps(e);
      return;
    }
  }
  c.pendingPullIntos.push(d);
  ReadableStreamAddReadIntoRequest(stream, readIntoRequest);
  ReadableByteStreamControllerCallPullIfNeeded(c);
}
function ReadableByteStreamControllerRespond(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  const state = c.stream.state;
  bytesWritten = Number(bytesWritten);
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new TypeError('bytesWritten must be 0 when calling respond() on a closed stream');
  } else {
    if (bytesWritten === 0) throw new TypeError('bytesWritten must be greater than 0 when calling respond() on a readable stream');
    if (!(bytesWritten >= 0) || first.bytesFilled + bytesWritten > first.byteLength) {
      throw argValue('RangeError', 'bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferBuffer(first.buffer);
  ReadableByteStreamControllerRespondInternal(c, bytesWritten);
}
function ReadableByteStreamControllerRespondInClosedState(c, first) {
  if (first.readerType === 'none') ReadableByteStreamControllerShiftPendingPullInto(c);
  const stream = c.stream;
  if (ReadableStreamHasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < ReadableStreamGetNumReadIntoRequests(stream)) {
      filled.push(ReadableByteStreamControllerShiftPendingPullInto(c));
    }
    for (const d of filled) ReadableByteStreamControllerCommitPullIntoDescriptor(stream, d);
  }
}
function ReadableByteStreamControllerRespondInReadableState(c, bytesWritten, d) {
  ReadableByteStreamControllerFillHeadPullIntoDescriptor(c, bytesWritten, d);
  if (d.readerType === 'none') {
    ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, d);
    const filled = ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c);
    for (const f of filled) ReadableByteStreamControllerCommitPullIntoDescriptor(c.stream, f);
    return;
  }
  if (d.bytesFilled < d.minimumFill) return;
  ReadableByteStreamControllerShiftPendingPullInto(c);
  const remainderSize = d.bytesFilled % d.elementSize;
  if (remainderSize > 0) {
    const end = d.byteOffset + d.bytesFilled;
    ReadableByteStreamControllerEnqueueClonedChunkToQueue(c, d.buffer, end - remainderSize, remainderSize);
  }
  d.bytesFilled -= remainderSize;
  const filled = ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c);
  ReadableByteStreamControllerCommitPullIntoDescriptor(c.stream, d);
  for (const f of filled) ReadableByteStreamControllerCommitPullIntoDescriptor(c.stream, f);
}
function ReadableByteStreamControllerRespondInternal(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  ReadableByteStreamControllerInvalidateBYOBRequest(c);
  if (c.stream.state === 'closed') ReadableByteStreamControllerRespondInClosedState(c, first);
  else ReadableByteStreamControllerRespondInReadableState(c, bytesWritten, first);
  ReadableByteStreamControllerCallPullIfNeeded(c);
}
function ReadableByteStreamControllerRespondWithNewView(c, v) {
  const first = c.pendingPullIntos[0];
  const state = c.stream.state;
  if (state === 'closed') {
    if (v.byteLength !== 0) throw new TypeError('The view\'s length must be 0 when calling respondWithNewView() on a closed stream');
  } else if (v.byteLength === 0) {
    throw new TypeError('The view\'s length must be greater than 0 when calling respondWithNewView() on a readable stream');
  }
  if (first.byteOffset + first.bytesFilled !== v.byteOffset) throw argValue('RangeError', 'view', v.buffer);
  if (first.bufferByteLength !== v.buffer.byteLength) throw argValue('RangeError', 'view', v.buffer);
  if (first.bytesFilled + v.byteLength > first.byteLength) throw argValue('RangeError', 'view', v.buffer);
  const viewByteLength = v.byteLength;
  first.buffer = transferBuffer(v.buffer);
  ReadableByteStreamControllerRespondInternal(c, viewByteLength);
}
function ReadableByteStreamControllerShiftPendingPullInto(c) {
  return c.pendingPullIntos.shift();
}
function ReadableByteStreamControllerShouldCallPull(c) {
  const stream = c.stream;
  if (stream.state !== 'readable') return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (ReadableStreamHasDefaultReader(stream) && ReadableStreamGetNumReadRequests(stream) > 0) return true;
  if (ReadableStreamHasBYOBReader(stream) && ReadableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return ReadableByteStreamControllerGetDesiredSize(c) > 0;
}
// [[CancelSteps]], [[PullSteps]] and [[ReleaseSteps]] of the byte controller
function ReadableByteStreamControllerCancelSteps(c, reason) {
  ReadableByteStreamControllerClearPendingPullIntos(c);
  ResetQueue(c);
  const result = c.cancelAlgorithm(reason);
  ReadableByteStreamControllerClearAlgorithms(c);
  return result;
}
function ReadableByteStreamControllerPullSteps(c, readRequest) {
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    ReadableByteStreamControllerFillReadRequestFromQueue(c, readRequest);
    return;
  }
  const autoAllocateChunkSize = c.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(autoAllocateChunkSize);
    } catch (e) {
      readRequest.errorSteps(e);
      return;
    }
    c.pendingPullIntos.push({ buffer, bufferByteLength: autoAllocateChunkSize, byteOffset: 0,
      byteLength: autoAllocateChunkSize, bytesFilled: 0, minimumFill: 1, elementSize: 1,
      viewConstructor: Uint8Array, readerType: 'default' });
  }
  ReadableStreamAddReadRequest(stream, readRequest);
  ReadableByteStreamControllerCallPullIfNeeded(c);
}
function ReadableByteStreamControllerReleaseSteps(c) {
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    first.readerType = 'none';
    c.pendingPullIntos = [first];
  }
}
// CloneAsUint8Array(O)
function CloneAsUint8Array(chunk) {
  const copy = new Uint8Array(chunk.byteLength);
  copy.set(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  return copy;
}
// ReadableByteStreamTee(stream)
function ReadableByteStreamTee(stream) {
  let reader = AcquireReadableStreamDefaultReader(stream);
  let reading = false, readAgainForBranch1 = false, readAgainForBranch2 = false;
  let canceled1 = false, canceled2 = false;
  let branch1, branch2;
  const cancelPromise = newPromise();
  const forwardReaderError = (thisReader) => {
    uponPromise(thisReader.closedPromise.promise, undefined, (r) => {
      if (thisReader !== reader) return;
      ReadableByteStreamControllerError(branch1.controller, r);
      ReadableByteStreamControllerError(branch2.controller, r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  };
  const cloneOrCancel = (chunk) => {
    try {
      return CloneAsUint8Array(chunk);
    } catch (e) {
      ReadableByteStreamControllerError(branch1.controller, e);
      ReadableByteStreamControllerError(branch2.controller, e);
      cancelPromise.resolve(ReadableStreamCancel(stream, e));
      return undefined;
    }
  };
  const pullAgain = () => {
    reading = false;
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  };
  const pullWithDefaultReader = () => {
    if (reader.kind === 'ReadableStreamBYOBReader') {
      ReadableStreamBYOBReaderRelease(reader);
      reader = AcquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    ReadableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        let chunk2 = chunk;
        if (!canceled1 && !canceled2) {
          chunk2 = cloneOrCancel(chunk);
          if (chunk2 === undefined) return;
        }
        if (!canceled1) ReadableByteStreamControllerEnqueue(branch1.controller, viewOf(chunk));
        if (!canceled2) ReadableByteStreamControllerEnqueue(branch2.controller, viewOf(chunk2));
        pullAgain();
      }),
      closeSteps: () => {
        reading = false;
        if (!canceled1) ReadableByteStreamControllerClose(branch1.controller);
        if (!canceled2) ReadableByteStreamControllerClose(branch2.controller);
        if (branch1.controller.pendingPullIntos.length > 0) ReadableByteStreamControllerRespond(branch1.controller, 0);
        if (branch2.controller.pendingPullIntos.length > 0) ReadableByteStreamControllerRespond(branch2.controller, 0);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps: () => { reading = false; },
    });
  };
  const pullWithBYOBReader = (view, forBranch2) => {
    if (reader.kind === 'ReadableStreamDefaultReader') {
      ReadableStreamDefaultReaderRelease(reader);
      reader = AcquireReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    ReadableStreamBYOBReaderRead(reader, viewOf(view), 1, {
      chunkSteps: (chunk) => queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!otherCanceled) {
          const clone = cloneOrCancel(chunk);
          if (clone === undefined) return;
          if (!byobCanceled) ReadableByteStreamControllerRespondWithNewView(byobBranch.controller, viewOf(chunk));
          ReadableByteStreamControllerEnqueue(otherBranch.controller, viewOf(clone));
        } else if (!byobCanceled) {
          ReadableByteStreamControllerRespondWithNewView(byobBranch.controller, viewOf(chunk));
        }
        pullAgain();
      }),
      closeSteps: (chunk) => {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) ReadableByteStreamControllerClose(byobBranch.controller);
        if (!otherCanceled) ReadableByteStreamControllerClose(otherBranch.controller);
        if (chunk !== undefined) {
          if (!byobCanceled) ReadableByteStreamControllerRespondWithNewView(byobBranch.controller, viewOf(chunk));
          if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
            ReadableByteStreamControllerRespond(otherBranch.controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      errorSteps: () => { reading = false; },
    });
  };
  const pullAlgorithmFor = (forBranch2) => () => {
    if (reading) {
      if (forBranch2) readAgainForBranch2 = true;
      else readAgainForBranch1 = true;
      return PromiseResolve(undefined);
    }
    reading = true;
    const c = (forBranch2 ? branch2 : branch1).controller;
    ReadableByteStreamControllerGetBYOBRequest(c);
    if (c.byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(c.byobRequest.view, forBranch2);
    return PromiseResolve(undefined);
  };
  const pull1Algorithm = pullAlgorithmFor(false);
  const pull2Algorithm = pullAlgorithmFor(true);
  const [cancel1Algorithm, cancel2Algorithm] = teeCancelAlgorithms(stream, cancelPromise, (branch) => {
    if (branch === 0) canceled1 = true;
    else canceled2 = true;
  });
  branch1 = CreateReadableByteStream(noop, pull1Algorithm, cancel1Algorithm);
  branch2 = CreateReadableByteStream(noop, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// --- WritableStream -----------------------------------------------------------------------
class WritableStream {
  constructor(underlyingSink = undefined, strategy = undefined) {
    strategy = checkStrategy(strategy);
    if (underlyingSink === null) underlyingSink = undefined;
    const sink = underlyingSink === undefined ? {} : underlyingSink;
    if (sink.type !== undefined) throw argValue('RangeError', 'type', sink.type);
    const stream = record('WritableStream', this);
    InitializeWritableStream(stream);
    const size = ExtractSizeAlgorithm(strategy);
    const hwm = ExtractHighWaterMark(strategy, 1);
    SetUpWritableStreamDefaultControllerFromUnderlyingSink(stream, sink, hwm, size);
  }
  get locked() { return IsWritableStreamLocked(slotOf(this, 'WritableStream', 'WritableStream')); }
  abort(reason = undefined) {
    if (!isKind(this, 'WritableStream')) return PromiseReject(invalidThis('WritableStream'));
    const stream = slots.get(this);
    if (IsWritableStreamLocked(stream)) return PromiseReject(invalidState('WritableStream is locked'));
    return WritableStreamAbort(stream, reason);
  }
  close() {
    if (!isKind(this, 'WritableStream')) return PromiseReject(invalidThis('WritableStream'));
    const stream = slots.get(this);
    if (IsWritableStreamLocked(stream)) return PromiseReject(invalidState('WritableStream is locked'));
    if (WritableStreamCloseQueuedOrInFlight(stream)) return PromiseReject(invalidState('Failure closing WritableStream'));
    return WritableStreamClose(stream);
  }
  getWriter() { return AcquireWritableStreamDefaultWriter(slotOf(this, 'WritableStream', 'WritableStream')).pub; }
  [inspectCustom](depth, options) {
    const s = slotOf(this, 'WritableStream', 'WritableStream');
    return customInspect('WritableStream', depth, options, () => ({ locked: IsWritableStreamLocked(s), state: s.state }));
  }
}
webidl(WritableStream, true);
function InitializeWritableStream(stream) {
  stream.state = 'writable';
  stream.storedError = undefined;
  stream.writer = undefined;
  stream.controller = undefined;
  stream.inFlightWriteRequest = undefined;
  stream.closeRequest = undefined;
  stream.inFlightCloseRequest = undefined;
  stream.pendingAbortRequest = undefined;
  stream.writeRequests = [];
  stream.backpressure = false;
}
function CreateWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = record('WritableStream', Object.create(WritableStream.prototype));
  InitializeWritableStream(stream);
  const c = record('WritableStreamDefaultController', Object.create(WritableStreamDefaultController.prototype));
  SetUpWritableStreamDefaultController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
    highWaterMark, sizeAlgorithm);
  return stream;
}
function IsWritableStreamLocked(stream) { return stream.writer !== undefined; }
function AcquireWritableStreamDefaultWriter(stream) {
  const writer = record('WritableStreamDefaultWriter', Object.create(WritableStreamDefaultWriter.prototype));
  SetUpWritableStreamDefaultWriter(writer, stream);
  return writer;
}
function WritableStreamAbort(stream, reason) {
  if (stream.state === 'closed' || stream.state === 'errored') return PromiseResolve(undefined);
  stream.controller.abortController.abort(reason);
  const state = stream.state;
  if (state === 'closed' || state === 'errored') return PromiseResolve(undefined);
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') { wasAlreadyErroring = true; reason = undefined; }
  const promise = newPromise();
  stream.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) WritableStreamStartErroring(stream, reason);
  return promise.promise;
}
function WritableStreamClose(stream) {
  const state = stream.state;
  if (state === 'closed' || state === 'errored') {
    return PromiseReject(invalidState(`WritableStream is ${state === 'closed' ? 'closed' : 'errored'}`));
  }
  const promise = newPromise();
  stream.closeRequest = promise;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') writer.readyPromise.resolve(undefined);
  WritableStreamDefaultControllerClose(stream.controller);
  return promise.promise;
}
function WritableStreamAddWriteRequest(stream) {
  const promise = newPromise();
  stream.writeRequests.push(promise);
  return promise.promise;
}
function WritableStreamDealWithRejection(stream, error) {
  if (stream.state === 'writable') { WritableStreamStartErroring(stream, error); return; }
  WritableStreamFinishErroring(stream);
}
function WritableStreamFinishErroring(stream) {
  stream.state = 'errored';
  SettleClosedWaiters(stream);
  WritableStreamDefaultControllerErrorSteps(stream.controller);
  const storedError = stream.storedError;
  for (const writeRequest of stream.writeRequests) writeRequest.reject(storedError);
  stream.writeRequests = [];
  if (stream.pendingAbortRequest === undefined) { WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream); return; }
  const abortRequest = stream.pendingAbortRequest;
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = WritableStreamDefaultControllerAbortSteps(stream.controller, abortRequest.reason);
  uponPromise(promise, () => {
    abortRequest.promise.resolve(undefined);
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}
function WritableStreamFinishInFlightClose(stream) {
  stream.inFlightCloseRequest.resolve(undefined);
  stream.inFlightCloseRequest = undefined;
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.promise.resolve(undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  SettleClosedWaiters(stream);
  const writer = stream.writer;
  if (writer !== undefined) writer.closedPromise.resolve(undefined);
}
function WritableStreamFinishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.promise.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  WritableStreamDealWithRejection(stream, error);
}
function WritableStreamFinishInFlightWrite(stream) {
  stream.inFlightWriteRequest.resolve(undefined);
  stream.inFlightWriteRequest = undefined;
}
function WritableStreamFinishInFlightWriteWithError(stream, error) {
  stream.inFlightWriteRequest.reject(error);
  stream.inFlightWriteRequest = undefined;
  WritableStreamDealWithRejection(stream, error);
}
function WritableStreamCloseQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}
function WritableStreamHasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}
function WritableStreamMarkCloseRequestInFlight(stream) {
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
}
function WritableStreamMarkFirstWriteRequestInFlight(stream) { stream.inFlightWriteRequest = stream.writeRequests.shift(); }
function WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(stream.storedError);
    stream.closeRequest = undefined;
  }
  const writer = stream.writer;
  if (writer !== undefined) {
    writer.closedPromise.reject(stream.storedError);
    setHandled(writer.closedPromise.promise);
  }
}
function WritableStreamStartErroring(stream, reason) {
  const controller = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) WritableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!WritableStreamHasOperationMarkedInFlight(stream) && controller.started) WritableStreamFinishErroring(stream);
}
function WritableStreamUpdateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) writer.readyPromise = newPromise();
    else writer.readyPromise.resolve(undefined);
  }
  stream.backpressure = backpressure;
}

// --- WritableStreamDefaultWriter ----------------------------------------------------------
class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isKind(stream, 'WritableStream')) throw __invalidArgType('stream', 'an instance of WritableStream', stream);
    SetUpWritableStreamDefaultWriter(record('WritableStreamDefaultWriter', this), slots.get(stream));
  }
  get closed() {
    if (!isKind(this, 'WritableStreamDefaultWriter')) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    return slots.get(this).closedPromise.promise;
  }
  get desiredSize() {
    const writer = slotOf(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    if (writer.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return WritableStreamDefaultWriterGetDesiredSize(writer);
  }
  get ready() {
    if (!isKind(this, 'WritableStreamDefaultWriter')) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    return slots.get(this).readyPromise.promise;
  }
  abort(reason = undefined) {
    if (!isKind(this, 'WritableStreamDefaultWriter')) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    const writer = slots.get(this);
    if (writer.stream === undefined) return PromiseReject(invalidState('Writer is not bound to a WritableStream'));
    return WritableStreamAbort(writer.stream, reason);
  }
  close() {
    if (!isKind(this, 'WritableStreamDefaultWriter')) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    const writer = slots.get(this);
    const stream = writer.stream;
    if (stream === undefined) return PromiseReject(invalidState('Writer is not bound to a WritableStream'));
    if (WritableStreamCloseQueuedOrInFlight(stream)) return PromiseReject(invalidState('Failure to close WritableStream'));
    return WritableStreamClose(stream);
  }
  releaseLock() {
    const writer = slotOf(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    if (writer.stream === undefined) return;
    WritableStreamDefaultWriterRelease(writer);
  }
  write(chunk = undefined) {
    if (!isKind(this, 'WritableStreamDefaultWriter')) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    const writer = slots.get(this);
    if (writer.stream === undefined) return PromiseReject(invalidState('Writer is not bound to a WritableStream'));
    return WritableStreamDefaultWriterWrite(writer, chunk);
  }
  [inspectCustom](depth, options) {
    const w = slotOf(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    return customInspect('WritableStreamDefaultWriter', depth, options, () => ({ stream: w.stream && w.stream.pub, close: w.closedPromise.promise, ready: w.readyPromise.promise, desiredSize: w.stream ? WritableStreamDefaultWriterGetDesiredSize(w) : undefined }));
  }
}
webidl(WritableStreamDefaultWriter, true);
function SetUpWritableStreamDefaultWriter(writer, stream) {
  if (IsWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
  writer.stream = stream;
  stream.writer = writer;
  const state = stream.state;
  if (state === 'writable') {
    writer.readyPromise = !WritableStreamCloseQueuedOrInFlight(stream) && stream.backpressure ? newPromise() : resolvedCap(undefined);
    writer.closedPromise = newPromise();
  } else if (state === 'erroring') {
    writer.readyPromise = rejectedCap(stream.storedError);
    writer.closedPromise = newPromise();
  } else if (state === 'closed') {
    writer.readyPromise = resolvedCap(undefined);
    writer.closedPromise = resolvedCap(undefined);
  } else {
    writer.readyPromise = rejectedCap(stream.storedError);
    writer.closedPromise = rejectedCap(stream.storedError);
  }
}
function WritableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (WritableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return PromiseResolve(undefined);
  if (state === 'errored') return PromiseReject(stream.storedError);
  return WritableStreamClose(stream);
}
function WritableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  if (!writer.closedPromise.settled) writer.closedPromise.reject(error);
  else writer.closedPromise = rejectedCap(error);
  setHandled(writer.closedPromise.promise);
}
function WritableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  if (!writer.readyPromise.settled) writer.readyPromise.reject(error);
  else writer.readyPromise = rejectedCap(error);
  setHandled(writer.readyPromise.promise);
}
function WritableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return WritableStreamDefaultControllerGetDesiredSize(stream.controller);
}
function WritableStreamDefaultWriterRelease(writer) {
  const stream = writer.stream;
  const releasedError = invalidState('Writer has been released');
  WritableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  WritableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream.writer = undefined;
  writer.stream = undefined;
}
function WritableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer.stream;
  const controller = stream.controller;
  const chunkSize = WritableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) return PromiseReject(invalidState('Writer is not bound to a WritableStream'));
  const state = stream.state;
  if (state === 'errored') return PromiseReject(stream.storedError);
  if (WritableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return PromiseReject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return PromiseReject(stream.storedError);
  const promise = WritableStreamAddWriteRequest(stream);
  WritableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// --- WritableStreamDefaultController ------------------------------------------------------
const closeSentinel = Symbol('close sentinel');
class WritableStreamDefaultController {
  constructor() { throw illegalConstructor(); }
  get signal() {
    return slotOf(this, 'WritableStreamDefaultController', 'WritableStreamDefaultController').abortController.signal;
  }
  error(e = undefined) {
    const c = slotOf(this, 'WritableStreamDefaultController', 'WritableStreamDefaultController');
    if (c.stream.state !== 'writable') return;
    WritableStreamDefaultControllerError(c, e);
  }
  [inspectCustom](depth, options) {
    const c = slotOf(this, 'WritableStreamDefaultController', 'WritableStreamDefaultController');
    return customInspect('WritableStreamDefaultController', depth, options, () => ({ stream: c.stream && c.stream.pub }));
  }
}
webidl(WritableStreamDefaultController, true);
function WritableStreamDefaultControllerAbortSteps(c, reason) {
  const result = c.abortAlgorithm(reason);
  WritableStreamDefaultControllerClearAlgorithms(c);
  return result;
}
function WritableStreamDefaultControllerErrorSteps(c) { ResetQueue(c); }
function SetUpWritableStreamDefaultController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  c.stream = stream;
  stream.controller = c;
  ResetQueue(c);
  c.abortController = new AbortController();
  c.started = false;
  c.strategySizeAlgorithm = sizeAlgorithm;
  c.strategyHWM = highWaterMark;
  c.writeAlgorithm = writeAlgorithm;
  c.closeAlgorithm = closeAlgorithm;
  c.abortAlgorithm = abortAlgorithm;
  const backpressure = WritableStreamDefaultControllerGetBackpressure(c);
  WritableStreamUpdateBackpressure(stream, backpressure);
  const startResult = startAlgorithm();
  uponPromise(PromiseResolve(startResult), () => {
    c.started = true;
    WritableStreamDefaultControllerAdvanceQueueIfNeeded(c);
  }, (r) => {
    c.started = true;
    WritableStreamDealWithRejection(stream, r);
  });
}
function SetUpWritableStreamDefaultControllerFromUnderlyingSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const c = record('WritableStreamDefaultController', Object.create(WritableStreamDefaultController.prototype));
  const start = method(sink, 'start'), write = method(sink, 'write'), close = method(sink, 'close'), abort = method(sink, 'abort');
  const startAlgorithm = start ? () => Reflect.apply(start, sink, [c.pub]) : noop;
  const writeAlgorithm = write ? (chunk) => promiseCall(write, sink, chunk, c.pub) : () => PromiseResolve(undefined);
  const closeAlgorithm = close ? () => promiseCall(close, sink) : () => PromiseResolve(undefined);
  const abortAlgorithm = abort ? (reason) => promiseCall(abort, sink, reason) : () => PromiseResolve(undefined);
  SetUpWritableStreamDefaultController(stream, c, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
}
function WritableStreamDefaultControllerAdvanceQueueIfNeeded(c) {
  const stream = c.stream;
  if (!c.started) return;
  if (stream.inFlightWriteRequest !== undefined) return;
  const state = stream.state;
  if (state === 'erroring') { WritableStreamFinishErroring(stream); return; }
  if (c.queue.length === 0) return;
  const value = PeekQueueValue(c);
  if (value === closeSentinel) WritableStreamDefaultControllerProcessClose(c);
  else WritableStreamDefaultControllerProcessWrite(c, value);
}
function WritableStreamDefaultControllerClearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}
function WritableStreamDefaultControllerClose(c) {
  EnqueueValueWithSize(c, closeSentinel, 0);
  WritableStreamDefaultControllerAdvanceQueueIfNeeded(c);
}
function WritableStreamDefaultControllerError(c, error) {
  const stream = c.stream;
  WritableStreamDefaultControllerClearAlgorithms(c);
  WritableStreamStartErroring(stream, error);
}
function WritableStreamDefaultControllerErrorIfNeeded(c, error) {
  if (c.stream.state === 'writable') WritableStreamDefaultControllerError(c, error);
}
function WritableStreamDefaultControllerGetBackpressure(c) { return WritableStreamDefaultControllerGetDesiredSize(c) <= 0; }
function WritableStreamDefaultControllerGetChunkSize(c, chunk) {
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (e) {
    WritableStreamDefaultControllerErrorIfNeeded(c, e);
    return 1;
  }
}
function WritableStreamDefaultControllerGetDesiredSize(c) { return c.strategyHWM - c.queueTotalSize; }
function WritableStreamDefaultControllerProcessClose(c) {
  const stream = c.stream;
  WritableStreamMarkCloseRequestInFlight(stream);
  DequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  WritableStreamDefaultControllerClearAlgorithms(c);
  uponPromise(sinkClosePromise, () => WritableStreamFinishInFlightClose(stream),
    (reason) => WritableStreamFinishInFlightCloseWithError(stream, reason));
}
function WritableStreamDefaultControllerProcessWrite(c, chunk) {
  const stream = c.stream;
  WritableStreamMarkFirstWriteRequestInFlight(stream);
  const sinkWritePromise = c.writeAlgorithm(chunk);
  uponPromise(sinkWritePromise, () => {
    WritableStreamFinishInFlightWrite(stream);
    const state = stream.state;
    DequeueValue(c);
    if (!WritableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      WritableStreamUpdateBackpressure(stream, WritableStreamDefaultControllerGetBackpressure(c));
    }
    WritableStreamDefaultControllerAdvanceQueueIfNeeded(c);
  }, (reason) => {
    if (stream.state === 'writable') WritableStreamDefaultControllerClearAlgorithms(c);
    WritableStreamFinishInFlightWriteWithError(stream, reason);
  });
}
function WritableStreamDefaultControllerWrite(c, chunk, chunkSize) {
  try {
    EnqueueValueWithSize(c, chunk, chunkSize);
  } catch (e) {
    WritableStreamDefaultControllerErrorIfNeeded(c, e);
    return;
  }
  const stream = c.stream;
  if (!WritableStreamCloseQueuedOrInFlight(stream) && stream.state === 'writable') {
    WritableStreamUpdateBackpressure(stream, WritableStreamDefaultControllerGetBackpressure(c));
  }
  WritableStreamDefaultControllerAdvanceQueueIfNeeded(c);
}

// --- TransformStream ----------------------------------------------------------------------
class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    writableStrategy = checkStrategy(writableStrategy);
    readableStrategy = checkStrategy(readableStrategy);
    if (transformer === null) transformer = undefined;
    const t = transformer === undefined ? {} : transformer;
    if (t.readableType !== undefined) throw argValue('RangeError', 'transformer.readableType', t.readableType, true);
    if (t.writableType !== undefined) throw argValue('RangeError', 'transformer.writableType', t.writableType, true);
    const readableHWM = ExtractHighWaterMark(readableStrategy, 0);
    const readableSize = ExtractSizeAlgorithm(readableStrategy);
    const writableHWM = ExtractHighWaterMark(writableStrategy, 1);
    const writableSize = ExtractSizeAlgorithm(writableStrategy);
    const stream = record('TransformStream', this);
    const startPromise = newPromise();
    InitializeTransformStream(stream, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    const start = method(t, 'start');
    SetUpTransformStreamDefaultControllerFromTransformer(stream, t);
    if (start) startPromise.resolve(Reflect.apply(start, t, [stream.controller.pub]));
    else startPromise.resolve(undefined);
  }
  get readable() { return slotOf(this, 'TransformStream', 'TransformStream').readable.pub; }
  get writable() { return slotOf(this, 'TransformStream', 'TransformStream').writable.pub; }
  [inspectCustom](depth, options) {
    const s = slotOf(this, 'TransformStream', 'TransformStream');
    return customInspect('TransformStream', depth, options, () => ({ readable: s.readable.pub, writable: s.writable.pub, backpressure: s.backpressure }));
  }
}
webidl(TransformStream, true);
function InitializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const startAlgorithm = () => startPromise;
  const writeAlgorithm = (chunk) => TransformStreamDefaultSinkWriteAlgorithm(stream, chunk);
  const abortAlgorithm = (reason) => TransformStreamDefaultSinkAbortAlgorithm(stream, reason);
  const closeAlgorithm = () => TransformStreamDefaultSinkCloseAlgorithm(stream);
  stream.writable = CreateWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, writableHWM, writableSize);
  const pullAlgorithm = () => TransformStreamDefaultSourcePullAlgorithm(stream);
  const cancelAlgorithm = (reason) => TransformStreamDefaultSourceCancelAlgorithm(stream, reason);
  stream.readable = CreateReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, readableHWM, readableSize);
  stream.backpressure = undefined;
  stream.backpressureChangePromise = undefined;
  TransformStreamSetBackpressure(stream, true);
  stream.controller = undefined;
}
function TransformStreamError(stream, e) {
  ReadableStreamDefaultControllerError(stream.readable.controller, e);
  TransformStreamErrorWritableAndUnblockWrite(stream, e);
}
function TransformStreamErrorWritableAndUnblockWrite(stream, e) {
  TransformStreamDefaultControllerClearAlgorithms(stream.controller);
  WritableStreamDefaultControllerErrorIfNeeded(stream.writable.controller, e);
  TransformStreamUnblockWrite(stream);
}
function TransformStreamSetBackpressure(stream, backpressure) {
  if (stream.backpressureChangePromise !== undefined) stream.backpressureChangePromise.resolve(undefined);
  stream.backpressureChangePromise = newPromise();
  stream.backpressure = backpressure;
}
function TransformStreamUnblockWrite(stream) {
  if (stream.backpressure) TransformStreamSetBackpressure(stream, false);
}
class TransformStreamDefaultController {
  constructor() { throw illegalConstructor(); }
  get desiredSize() {
    const c = slotOf(this, 'TransformStreamDefaultController', 'TransformStreamDefaultController');
    return ReadableStreamDefaultControllerGetDesiredSize(c.stream.readable.controller);
  }
  enqueue(chunk = undefined) {
    TransformStreamDefaultControllerEnqueue(slotOf(this, 'TransformStreamDefaultController', 'TransformStreamDefaultController'), chunk);
  }
  error(reason = undefined) {
    TransformStreamError(slotOf(this, 'TransformStreamDefaultController', 'TransformStreamDefaultController').stream, reason);
  }
  terminate() {
    TransformStreamDefaultControllerTerminate(slotOf(this, 'TransformStreamDefaultController', 'TransformStreamDefaultController'));
  }
  [inspectCustom](depth, options) {
    const c = slotOf(this, 'TransformStreamDefaultController', 'TransformStreamDefaultController');
    return customInspect('TransformStreamDefaultController', depth, options, () => ({ stream: c.stream.pub }));
  }
}
webidl(TransformStreamDefaultController, true);
function SetUpTransformStreamDefaultController(stream, c, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  c.stream = stream;
  stream.controller = c;
  c.transformAlgorithm = transformAlgorithm;
  c.flushAlgorithm = flushAlgorithm;
  c.cancelAlgorithm = cancelAlgorithm;
  c.finishPromise = undefined;
}
function SetUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const c = record('TransformStreamDefaultController', Object.create(TransformStreamDefaultController.prototype));
  const transform = method(transformer, 'transform'), flush = method(transformer, 'flush'), cancel = method(transformer, 'cancel');
  const transformAlgorithm = transform ? (chunk) => promiseCall(transform, transformer, chunk, c.pub) : (chunk) => {
    try { TransformStreamDefaultControllerEnqueue(c, chunk); return PromiseResolve(undefined); } catch (e) { return PromiseReject(e); }
  };
  const flushAlgorithm = flush ? () => promiseCall(flush, transformer, c.pub) : () => PromiseResolve(undefined);
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, transformer, reason) : () => PromiseResolve(undefined);
  SetUpTransformStreamDefaultController(stream, c, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}
function TransformStreamDefaultControllerClearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}
function TransformStreamDefaultControllerEnqueue(c, chunk) {
  const stream = c.stream;
  const readableController = stream.readable.controller;
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    ReadableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (e) {
    TransformStreamErrorWritableAndUnblockWrite(stream, e);
    throw stream.readable.storedError;
  }
  const backpressure = ReadableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream.backpressure) TransformStreamSetBackpressure(stream, true);
}
function TransformStreamDefaultControllerPerformTransform(c, chunk) {
  const transformPromise = c.transformAlgorithm(chunk);
  return uponPromise(transformPromise, undefined, (r) => { TransformStreamError(c.stream, r); throw r; });
}
function TransformStreamDefaultControllerTerminate(c) {
  const stream = c.stream;
  ReadableStreamDefaultControllerClose(stream.readable.controller);
  TransformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}
function TransformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const c = stream.controller;
  if (stream.backpressure) {
    return uponPromise(stream.backpressureChangePromise.promise, () => {
      const writable = stream.writable;
      if (writable.state === 'erroring') throw writable.storedError;
      return TransformStreamDefaultControllerPerformTransform(c, chunk);
    });
  }
  return TransformStreamDefaultControllerPerformTransform(c, chunk);
}
// (what the sink abort, sink close and source cancel algorithms share: the first runs action
// (the transformer's cancel or flush); its outcome settles the controller's finishPromise,
// rejected if the other side has errored meanwhile)
function TransformStreamFinish(stream, other, action, onFulfilled, onRejected) {
  const c = stream.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  c.finishPromise = newPromise();
  const promise = action(c);
  TransformStreamDefaultControllerClearAlgorithms(c);
  uponPromise(promise, () => {
    if (other.state === 'errored') c.finishPromise.reject(other.storedError);
    else {
      onFulfilled();
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    onRejected(r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}
function TransformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const readable = stream.readable;
  return TransformStreamFinish(stream, readable, (c) => c.cancelAlgorithm(reason),
    () => ReadableStreamDefaultControllerError(readable.controller, reason),
    (r) => ReadableStreamDefaultControllerError(readable.controller, r));
}
function TransformStreamDefaultSinkCloseAlgorithm(stream) {
  const readable = stream.readable;
  return TransformStreamFinish(stream, readable, (c) => c.flushAlgorithm(),
    () => ReadableStreamDefaultControllerClose(readable.controller),
    (r) => ReadableStreamDefaultControllerError(readable.controller, r));
}
function TransformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const writable = stream.writable;
  const errorWritable = (e) => {
    WritableStreamDefaultControllerErrorIfNeeded(writable.controller, e);
    TransformStreamUnblockWrite(stream);
  };
  return TransformStreamFinish(stream, writable, (c) => c.cancelAlgorithm(reason), () => errorWritable(reason), errorWritable);
}
function TransformStreamDefaultSourcePullAlgorithm(stream) {
  TransformStreamSetBackpressure(stream, false);
  return stream.backpressureChangePromise.promise;
}

// --- encoding and compression streams (Encoding standard; Compression standard) -----------
// (the readable or writable side of a stream made on a TransformStream)
function pairSide(o, kind, side) { return slotOf(o, kind, kind).transform[side].pub; }
function transformPair(owner, kind, transformer) {
  const r = record(kind, owner);
  const ts = new TransformStream(transformer);
  r.transform = slots.get(ts);
  return r;
}
class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pending = '';  // (a lead surrogate the last chunk ended with)
    transformPair(this, 'TextEncoderStream', {
      transform(chunk, controller) {
        let s = pending + String(chunk);
        pending = '';
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) { pending = s[s.length - 1]; s = s.slice(0, -1); }
        if (s.length > 0) controller.enqueue(encoder.encode(s));
      },
      flush(controller) { if (pending) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd])); },
    });
  }
  get encoding() { slotOf(this, 'TextEncoderStream', 'TextEncoderStream'); return 'utf-8'; }
  get readable() { return pairSide(this, 'TextEncoderStream', 'readable'); }
  get writable() { return pairSide(this, 'TextEncoderStream', 'writable'); }
  [inspectCustom](depth, options) {
    return customInspect('TextEncoderStream', depth, options, () => ({ encoding: this.encoding, readable: this.readable, writable: this.writable }));
  }
}
webidl(TextEncoderStream, false);
class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    const r = transformPair(this, 'TextDecoderStream', {
      transform(chunk, controller) {
        const s = decoder.decode(chunk, { stream: true });
        if (s) controller.enqueue(s);
      },
      flush(controller) {
        const s = decoder.decode();
        if (s) controller.enqueue(s);
      },
    });
    r.decoder = decoder;
  }
  get encoding() { return slotOf(this, 'TextDecoderStream', 'TextDecoderStream').decoder.encoding; }
  get fatal() { return slotOf(this, 'TextDecoderStream', 'TextDecoderStream').decoder.fatal; }
  get ignoreBOM() { return slotOf(this, 'TextDecoderStream', 'TextDecoderStream').decoder.ignoreBOM; }
  get readable() { return pairSide(this, 'TextDecoderStream', 'readable'); }
  get writable() { return pairSide(this, 'TextDecoderStream', 'writable'); }
  [inspectCustom](depth, options) {
    return customInspect('TextDecoderStream', depth, options, () => ({ encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM, readable: this.readable, writable: this.writable }));
  }
}
webidl(TextDecoderStream, false);
function zlibTransform(owner, kind, format, decompress) {
  if (format !== 'deflate' && format !== 'deflate-raw' && format !== 'gzip') {
    throw argValue('TypeError', 'format', format);
  }
  const handle = __zlib.open(format, decompress);
  const emit = (controller, out) => { for (const piece of out) controller.enqueue(piece); };
  // NON-SPEC (node): node's zlib reports a failure later than the write that caused it: the
  // write succeeds, the failure errors the stream on a later turn (or the close, if first)
  let failure, flushed = false;
  transformPair(owner, kind, {
    transform(chunk, controller) {
      if (typeof chunk === 'string') chunk = new TextEncoder().encode(chunk);  // (node's zlib takes UTF-8 text)
      if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer)) {
        throw __invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', chunk);
      }
      if (failure !== undefined) return;
      const view = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      try {
        emit(controller, zlibResult(__zlib.push(handle, view)));
      } catch (e) {
        failure = e;
        setImmediate(() => { if (!flushed) controller.error(e); });
      }
    },
    flush(controller) {
      flushed = true;
      if (failure !== undefined) throw failure;
      emit(controller, zlibResult(__zlib.finish(handle)));
    },
  });
}
function zlibResult(r) {
  if (typeof r === 'string') {
    const [code, message] = r.split('\n');
    const e = new Error(message);
    e.code = code;
    throw e;
  }
  return r;
}
class CompressionStream {
  constructor(format) { zlibTransform(this, 'CompressionStream', format, false); }
  get readable() { return pairSide(this, 'CompressionStream', 'readable'); }
  get writable() { return pairSide(this, 'CompressionStream', 'writable'); }
}
webidl(CompressionStream, true);
class DecompressionStream {
  constructor(format) { zlibTransform(this, 'DecompressionStream', format, true); }
  get readable() { return pairSide(this, 'DecompressionStream', 'readable'); }
  get writable() { return pairSide(this, 'DecompressionStream', 'writable'); }
}
webidl(DecompressionStream, true);

// NON-SPEC (the host's Fetch globals): whether a ReadableStream has been read from or cancelled
// (the standard's [[disturbed]], which a Body's bodyUsed reports)
__internals.isDisturbed = (o) => isKind(o, 'ReadableStream') && slots.get(o).disturbed;
__internals.closedPromise = (o) => ClosedPromiseOf(slots.get(o));
return {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, TransformStream, TransformStreamDefaultController,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, ByteLengthQueuingStrategy,
  CountQueuingStrategy, TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
};
})
"""

# NON-SPEC (node): stream.Readable/Writable/Duplex .toWeb and .fromWeb, node's adapters between
# its streams and web streams; the function takes node:stream's exports and adds them (they load
# node:stream/web when first called).
STREAM_ADAPTERS_SOURCE = r"""
(function () {
'use strict';
return function addWebAdapters(stream) {
  const { Readable, Writable, Duplex, finished } = stream;
  const web = () => __require('stream/web');
  const isWeb = (v, name) => v !== null && typeof v === 'object' && v instanceof web()[name];
  // (node's Readable.push and Writable.write take a Uint8Array as a Buffer; pyjsvm's stream
  // module does not convert it, so the adapters do)
  const asBuffer = (chunk) => {
    const B = __getBuffer();
    return B !== undefined && chunk instanceof Uint8Array && !B.isBuffer(chunk)
      ? B.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : chunk;
  };
  // node's isDisturbed answers for a web ReadableStream too (its [[disturbed]]; undici's Body asks)
  const nodeIsDisturbed = stream.isDisturbed;
  stream.isDisturbed = function isDisturbed(s) {
    return isWeb(s, 'ReadableStream') ? __web.internals().isDisturbed(s) : nodeIsDisturbed(s);
  };
  // node's finished (eos) waits for a web ReadableStream or WritableStream to close or error
  // (undici's fetch calls it on a Response's body); stream/promises' finished too
  const nodeFinished = stream.finished;
  stream.finished = function finished(s, opts, cb) {
    if (typeof opts === 'function') { cb = opts; opts = {}; }
    if (!isWeb(s, 'ReadableStream') && !isWeb(s, 'WritableStream')) return nodeFinished(s, opts, cb);
    const settle = (...args) => process.nextTick(() => cb.apply(s, args));
    __web.internals().closedPromise(s).then(settle, settle);
    return () => {};
  };
  if (stream.promises) {
    stream.promises.finished = (s, opts) =>
      new Promise((resolve, reject) => stream.finished(s, opts || {}, (e) => (e ? reject(e) : resolve())));
  }
  const isNodeStream = (v, C) => v !== null && typeof v === 'object' && typeof v.pipe === 'function' && v instanceof C;
  function must(value, name, what) {
    return __nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be ${what}. ${__inspect(value) && describe(value)}`);
  }
  function describe(value) {
    if (value === null || value === undefined) return `Received ${value}`;
    if (typeof value === 'function') return `Received function ${value.name}`;
    if (typeof value === 'object') {
      const ctor = value.constructor;
      return ctor && ctor.name ? `Received an instance of ${ctor.name}` : `Received ${__inspect(value, { depth: -1 })}`;
    }
    let shown = __inspect(value, { colors: false });
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    return `Received type ${typeof value} (${shown})`;
  }
  function readableToWeb(streamReadable, options) {
    if (!isNodeStream(streamReadable, Readable) && !isNodeStream(streamReadable, Duplex)) {
      throw must(streamReadable, 'streamReadable', 'an stream.Readable');
    }
    if (streamReadable.destroyed) {
      const s = new (web().ReadableStream)();
      s.cancel();
      return s;
    }
    const objectMode = streamReadable.readableObjectMode;
    const highWaterMark = streamReadable.readableHighWaterMark;
    const strategy = options && options.strategy ? options.strategy
      : objectMode ? new (web().CountQueuingStrategy)({ highWaterMark })
        : { highWaterMark, size(chunk) { return chunk.byteLength; } };
    let controller;
    let done = false;
    function onData(chunk) {
      if (done) return;
      const B = __getBuffer();
      if (!objectMode && B !== undefined && B.isBuffer(chunk)) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      controller.enqueue(chunk);
      if (controller.desiredSize <= 0) streamReadable.pause();
    }
    finished(streamReadable, (error) => {
      if (done) return;
      done = true;
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') controller.error(error);
      else if (error) controller.error(error);
      else controller.close();
    });
    streamReadable.on('data', onData);
    return new (web().ReadableStream)({
      start(c) { controller = c; },
      pull() { streamReadable.resume(); },
      cancel(reason) {
        done = true;
        streamReadable.destroy(reason);
      },
    }, strategy);
  }
  function readableFromWeb(readableStream, options = {}) {
    if (!isWeb(readableStream, 'ReadableStream')) throw must(readableStream, 'readableStream', 'an instance of ReadableStream');
    if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
    const { highWaterMark, encoding, objectMode = false, signal } = options;
    const reader = readableStream.getReader();
    let closed = false;
    const readable = new Readable({
      objectMode, highWaterMark, encoding, signal,
      read() {
        reader.read().then((chunk) => {
          if (chunk.done) readable.push(null);
          else readable.push(objectMode ? chunk.value : asBuffer(chunk.value));
        }, (error) => readable.destroy(error));
      },
      destroy(error, callback) {
        const done = () => callback(error);
        if (!closed) reader.cancel(error).then(done, done);
        else done();
      },
    });
    reader.closed.then(() => { closed = true; }, (error) => { closed = true; readable.destroy(error); });
    return readable;
  }
  function writableToWeb(streamWritable) {
    if (!isNodeStream(streamWritable, Writable) && !isNodeStream(streamWritable, Duplex)) {
      throw must(streamWritable, 'streamWritable', 'an stream.Writable');
    }
    if (streamWritable.destroyed) {
      const s = new (web().WritableStream)();
      s.close();
      return s;
    }
    const highWaterMark = streamWritable.writableHighWaterMark;
    const strategy = streamWritable.writableObjectMode ? new (web().CountQueuingStrategy)({ highWaterMark }) : { highWaterMark };
    let controller, backpressure, closing, error;
    const onDrain = () => { if (backpressure) { const p = backpressure; backpressure = undefined; p.resolve(); } };
    streamWritable.on('drain', onDrain);
    finished(streamWritable, (e) => {
      error = e;
      if (e) {
        controller.error(e);
        if (backpressure) backpressure.reject(e);
        if (closing) closing.reject(e);
      } else if (closing) {
        closing.resolve();
      }
    });
    const deferred = () => { const d = {}; d.promise = new Promise((res, rej) => { d.resolve = res; d.reject = rej; }); return d; };
    return new (web().WritableStream)({
      start(c) { controller = c; },
      write(chunk) {
        if (!streamWritable.writableObjectMode) chunk = asBuffer(chunk);
        if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
          backpressure = deferred();
          return backpressure.promise;
        }
      },
      abort(reason) { streamWritable.destroy(reason); },
      close() {
        if (closing === undefined && !streamWritable.writableEnded) {
          closing = deferred();
          streamWritable.end();
          return closing.promise;
        }
        if (error) throw error;
      },
    }, strategy);
  }
  function writableFromWeb(writableStream, options = {}) {
    if (!isWeb(writableStream, 'WritableStream')) throw must(writableStream, 'writableStream', 'an instance of WritableStream');
    if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
    const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
    const writer = writableStream.getWriter();
    let closed = false;
    const writable = new Writable({
      highWaterMark, objectMode, decodeStrings, signal,
      write(chunk, encoding, callback) {
        writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
      },
      final(callback) {
        if (closed) { callback(); return; }
        writer.close().then(() => { closed = true; callback(); }, callback);
      },
      destroy(error, callback) {
        const done = () => callback(error);
        if (!closed && error) writer.abort(error).then(done, done);
        else done();
      },
    });
    writer.closed.then(() => { closed = true; }, (error) => { closed = true; writable.destroy(error); });
    return writable;
  }
  function duplexToWeb(duplex) {
    if (!isNodeStream(duplex, Duplex)) throw must(duplex, 'duplex', 'an stream.Duplex');
    return { readable: readableToWeb(duplex), writable: writableToWeb(duplex) };
  }
  function duplexFromWeb(pair, options = {}) {
    if (pair === null || typeof pair !== 'object') throw __invalidArgType('pair', 'of type object', pair);
    const { objectMode = false, encoding, decodeStrings = true, signal } = options;
    const r = readableFromWeb(pair.readable, { objectMode, encoding, signal });
    const w = writableFromWeb(pair.writable, { objectMode, decodeStrings, signal });
    const duplex = new Duplex({
      objectMode, encoding, decodeStrings, signal,
      write(chunk, enc, callback) { w.write(chunk, enc, callback); },
      final(callback) { w.end(callback); },
      read() { r.resume(); },
      destroy(error, callback) { r.destroy(error); w.destroy(error); callback(error); },
    });
    r.on('data', (chunk) => { if (!duplex.push(chunk)) r.pause(); });
    r.on('end', () => duplex.push(null));
    r.on('error', (e) => duplex.destroy(e));
    w.on('error', (e) => duplex.destroy(e));
    return duplex;
  }
  const define = (C, name, f) => Object.defineProperty(C, name, { value: f, writable: true, configurable: true });
  define(Readable, 'toWeb', function toWeb(streamReadable, options) { return readableToWeb(streamReadable, options); });
  define(Readable, 'fromWeb', function fromWeb(readableStream, options) { return readableFromWeb(readableStream, options); });
  define(Writable, 'toWeb', function toWeb(streamWritable) { return writableToWeb(streamWritable); });
  define(Writable, 'fromWeb', function fromWeb(writableStream, options) { return writableFromWeb(writableStream, options); });
  define(Duplex, 'toWeb', function toWeb(duplex) { return duplexToWeb(duplex); });
  define(Duplex, 'fromWeb', function fromWeb(pair, options) { return duplexFromWeb(pair, options); });
};
})
"""
