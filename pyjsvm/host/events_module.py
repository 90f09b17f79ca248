"""``node:events``: EventEmitter, written in JS and compiled once per realm."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any
from pyjsvm.host.jsutil import load_js

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["EVENTS_SOURCE", "load_events"]

EVENTS_SOURCE = r"""
(function () {
'use strict';
const kCapture = Symbol('kCapture');
function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw __invalidArgType('listener', 'of type function', listener);
  }
}
function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
let defaultMaxListeners = 10;
// (node's validateNumber(n, name, 0): ERR_INVALID_ARG_TYPE, or ERR_OUT_OF_RANGE for NaN and
// negative numbers, whose message shows a large integer with separators)
function validateMax(n, name) {
  if (typeof n !== 'number') throw __invalidArgType(name, 'of type number', n);
  if (n < 0 || n !== n) {
    let shown = String(n);
    if (Number.isInteger(n) && Math.abs(n) > 2 ** 32) {
      let res = '', i = shown.length;
      for (const start = shown[0] === '-' ? 1 : 0; i >= start + 4; i -= 3) res = `_${shown.slice(i - 3, i)}${res}`;
      shown = shown.slice(0, i) + res;
    }
    throw __nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= 0. Received ${shown}`);
  }
}
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(v) { validateMax(v, 'defaultMaxListeners'); defaultMaxListeners = v; },
});
EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts != null && opts.captureRejections !== undefined) {
    if (typeof opts.captureRejections !== 'boolean') throw __invalidArgType('options.captureRejections', 'of type boolean', opts.captureRejections);
    this[kCapture] = opts.captureRejections;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
EventEmitter.prototype[kCapture] = false;
Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(v) {
    if (typeof v !== 'boolean') throw __invalidArgType('EventEmitter.captureRejections', 'of type boolean', v);
    EventEmitter.prototype[kCapture] = v;
  },
});
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
// captureRejections: a promise a listener returns has its rejection emitted as 'error' (or
// given to the emitter's [Symbol.for('nodejs.rejection')]) on the next tick, as node's
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function (err) {
        globalThis.process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}
function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}
EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateMax(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};
EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
};
EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
  if (type === 'error' && (events === undefined || events.error === undefined)) {
    const er = args[0];
    if (er instanceof Error) throw er;
    const err = __nodeError('Error', 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + __inspect(er) + ')');
    err.context = er;
    throw err;
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};
function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  let existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const m = target.getMaxListeners();
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      // (node's: a warning object through process.emitWarning, so 'warning' listeners see it)
      const w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' + String(type) +
        ' listeners added to ' + __inspect(target, { depth: -1 }) + '. MaxListeners is ' + m +
        '. Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      const proc = globalThis.process;
      if (proc && typeof proc.emitWarning === 'function') proc.emitWarning(w);
      else __warn(w.name + ': ' + w.message);
    }
  }
  return target;
}
EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};
function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = function (...args) {
    if (!state.fired) {
      state.target.removeListener(state.type, state.wrapFn);
      state.fired = true;
      return state.listener.apply(state.target, args);
    }
  };
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}
EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) this._events = Object.create(null);
    else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) { position = i; break; }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  // with 'removeListener' listeners, each removal is emitted (the last listener first), theirs last
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') this.removeListener(type, listeners);
  else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};
function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((x) => x.listener || x) : l.slice();
}
EventEmitter.prototype.listeners = function listeners(type) { return _listeners(this, type, true); };
EventEmitter.prototype.rawListeners = function rawListeners(type) { return _listeners(this, type, false); };
EventEmitter.prototype.listenerCount = function listenerCount(type) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (typeof l === 'function') return 1;
  return l === undefined ? 0 : l.length;
};
EventEmitter.listenerCount = function (emitter, type) { return emitter.listenerCount(type); };
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};
// (node's eventTargetAgnosticAddListener / RemoveListener: an EventEmitter or an EventTarget)
function agnosticAdd(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener); else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw __invalidArgType('emitter', 'an instance of EventEmitter', emitter);
  }
}
function agnosticRemove(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener, flags);
  else throw __invalidArgType('emitter', 'an instance of EventEmitter', emitter);
}
function abortError(signal) {
  const e = new Error('The operation was aborted', { cause: signal.reason });
  e.code = 'ABORT_ERR';
  e.name = 'AbortError';
  return e;
}
EventEmitter.once = async function once(emitter, name, options = {}) {
  const signal = options == null ? undefined : options.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw __invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  if (signal && signal.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      resolve(args);
    };
    agnosticAdd(emitter, name, resolver, { __proto__: null, once: true });
    // (an EventTarget has no 'error' event semantics: only an EventEmitter's is listened to)
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      agnosticRemove(emitter, name, resolver);
      agnosticRemove(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    if (signal != null) agnosticAdd(signal, 'abort', abortListener, { __proto__: null, once: true });
  });
};
EventEmitter.on = function on(emitter, event, options = {}) {
  // an async iterator over the emits of `event` (an 'error' emit rejects the next read)
  const signal = options && options.signal;
  const queue = [], waiting = [];
  let error = null, done = false;
  const settle = () => {
    while (waiting.length && (queue.length || error || done)) {
      const { resolve, reject } = waiting.shift();
      if (queue.length) resolve({ value: queue.shift(), done: false });
      else if (error) { const e = error; error = null; done = true; reject(e); }
      else resolve({ value: undefined, done: true });
    }
  };
  const onEvent = (...args) => { queue.push(args); settle(); };
  const onError = (err) => { error = err; settle(); };
  const close = () => {
    done = true;
    emitter.removeListener(event, onEvent);
    if (event !== 'error') emitter.removeListener('error', onError);
    settle();
  };
  emitter.on(event, onEvent);
  if (event !== 'error') emitter.on('error', onError);
  if (signal) signal.addEventListener('abort', () => { error = signal.reason; close(); done = false; settle(); }, { once: true });
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (error) { const e = error; error = null; close(); return Promise.reject(e); }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => { waiting.push({ resolve, reject }); });
    },
    return() { close(); return Promise.resolve({ value: undefined, done: true }); },
    throw(err) { error = err; close(); return Promise.reject(err); },
    [Symbol.asyncIterator]() { return this; },
  };
};
EventEmitter.getEventListeners = function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  const list = emitterOrTarget[Symbol.for('pyjsvm.eventTargetListeners')];
  return typeof list === 'function' ? list.call(emitterOrTarget, type) : [];
};
EventEmitter.getMaxListeners = function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget.getMaxListeners === 'function') return emitterOrTarget.getMaxListeners();
  if (isEventTarget(emitterOrTarget)) {
    const n = targetMaxListeners.get(emitterOrTarget);
    return n === undefined ? defaultMaxListeners : n;
  }
  throw __invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
};
// (an EventTarget's limit, which node keeps under a private symbol)
const targetMaxListeners = new WeakMap();
function isEventTarget(t) {
  return typeof EventTarget === 'function' && t instanceof EventTarget;
}
EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...targets) {
  validateMax(n, 'setMaxListeners');
  if (targets.length === 0) defaultMaxListeners = n;
  for (const t of targets) {
    if (isEventTarget(t)) targetMaxListeners.set(t, n);
    else if (t !== null && typeof t === 'object' && typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
    else throw __invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', t);
  }
};
EventEmitter.addAbortListener = function addAbortListener(signal, listener) {
  if (signal === undefined) throw __invalidArgType('signal', 'of type AbortSignal', signal);
  checkListener(listener);
  let removed = false;
  const dispose = () => { if (!removed) { removed = true; signal.removeEventListener('abort', listener); } };
  if (signal.aborted) queueMicrotask(() => listener());
  else signal.addEventListener('abort', listener, { once: true });
  return { __proto__: null, [Symbol.dispose || Symbol.for('nodejs.dispose')]: dispose };
};
EventEmitter.usingDomains = false;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;
// node's EventEmitterAsyncResource, made on first use as node's (it needs node:async_hooks): an
// EventEmitter whose emit runs the listeners in the scope of its own AsyncResource
let eventEmitterAsyncResource;
function lazyEventEmitterAsyncResource() {
  if (eventEmitterAsyncResource !== undefined) return eventEmitterAsyncResource;
  const { AsyncResource } = __asyncHooks();
  const kEmitter = Symbol('kEventEmitter'), kAsyncResource = Symbol('kAsyncResource');
  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) { super(type, options); this[kEmitter] = emitter; }
    get eventEmitter() { return this[kEmitter]; }
  }
  const invalidThis = () => __nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type EventEmitterAsyncResource');
  eventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') { name = options; options = undefined; } else { name = (options && options.name) || new.target.name; }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }
    emit(event, ...args) {
      if (this[kAsyncResource] === undefined) throw invalidThis();
      const resource = this[kAsyncResource];
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }
    emitDestroy() {
      if (this[kAsyncResource] === undefined) throw invalidThis();
      this[kAsyncResource].emitDestroy();
    }
    get asyncId() { if (this[kAsyncResource] === undefined) throw invalidThis(); return this[kAsyncResource].asyncId(); }
    get triggerAsyncId() { if (this[kAsyncResource] === undefined) throw invalidThis(); return this[kAsyncResource].triggerAsyncId(); }
    get asyncResource() { if (this[kAsyncResource] === undefined) throw invalidThis(); return this[kAsyncResource]; }
  };
  return eventEmitterAsyncResource;
}
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', { enumerable: true, get: lazyEventEmitterAsyncResource, set: undefined, configurable: true });
return EventEmitter;
})
"""


def load_events(realm: "Realm", helpers: dict[str, Any]) -> Any:
    """Compile the EventEmitter source in ``realm``; ``helpers`` are JS functions named
    ``__inspect``, ``__warn``, ``__invalidArgType``, ``__nodeError`` and ``__asyncHooks`` (the
    node:async_hooks module) put in scope."""
    return load_js(realm, "node:events", EVENTS_SOURCE, helpers)
