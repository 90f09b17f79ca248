"""Small JS-written modules: ``node:querystring``, ``node:timers/promises``, ``node:perf_hooks``
(and the ``performance`` global), ``node:string_decoder``."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, load_js
from pyjsvm.host.node.encoding import normalize_encoding

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_querystring_module", "make_timers_promises_module", "make_perf_hooks_module",
           "make_string_decoder_module"]

QUERYSTRING_SOURCE = r"""
(function () {
'use strict';
function escape(s) {
  try { return encodeURIComponent(s); } catch (e) {
    throw __nodeError('URIError', 'ERR_INVALID_URI', 'URI malformed');
  }
}
function hexValue(c) {
  return c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
}
// (node's: each %XX made its byte, with decodeSpaces each + a space, any other code unit its
// low byte)
function unescapeBuffer(s, decodeSpaces) {
  s = `${s}`;
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < s.length && hexValue(s.charCodeAt(i + 1)) >= 0 && hexValue(s.charCodeAt(i + 2)) >= 0) {
      out.push(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2)));
      i += 2;
    } else {
      out.push(c === 43 && decodeSpaces ? 32 : c & 0xff);
    }
  }
  return globalThis.Buffer.from(out);
}
function unescape(s, decodeSpaces) {
  try { return decodeURIComponent(s); } catch {
    // like node: the bytes each escape stands for, decoded as UTF-8 (U+FFFD where invalid)
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}
function prim(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}
function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  const enc = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : qs.escape;
  if (obj === null || typeof obj !== 'object') return '';
  const out = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = enc(prim(k)) + eq;
    if (Array.isArray(v)) { for (const x of v) out.push(ks + enc(prim(x))); }
    else out.push(ks + enc(prim(v)));
  }
  return out.join(sep);
}
function parse(str, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof str !== 'string' || str.length === 0) return obj;
  sep = sep || '&';
  eq = eq || '=';
  let maxKeys = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
  const dec = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : qs.unescape;
  let parts = str.split(sep);
  if (maxKeys > 0 && parts.length > maxKeys) parts = parts.slice(0, maxKeys);
  for (const part of parts) {
    if (part.length === 0 && parts.length > 1) continue;
    const i = part.indexOf(eq);
    let k = i >= 0 ? part.slice(0, i) : part, v = i >= 0 ? part.slice(i + eq.length) : '';
    k = dec(k.replace(/\+/g, ' '));
    v = dec(v.replace(/\+/g, ' '));
    if (!(k in obj)) obj[k] = v;
    else if (Array.isArray(obj[k])) obj[k].push(v);
    else obj[k] = [obj[k], v];
  }
  return obj;
}
const qs = { escape, unescape, stringify, parse, encode: stringify, decode: parse, unescapeBuffer };
return qs;
})
"""

TIMERS_PROMISES_SOURCE = r"""
(function () {
'use strict';
function abortError(signal) {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) e.cause = signal.reason;
  return e;
}
function withSignal(options, start) {
  const signal = options && options.signal;
  return new Promise((resolve, reject) => {
    if (signal && signal.aborted) { reject(abortError(signal)); return; }
    const cancel = start(resolve);
    if (signal) signal.addEventListener('abort', () => { cancel(); reject(abortError(signal)); }, { once: true });
  });
}
function setTimeoutP(delay, value, options) {
  return withSignal(options, (resolve) => {
    const t = setTimeout(() => resolve(value), delay);
    if (options && options.ref === false) t.unref();
    return () => clearTimeout(t);
  });
}
function setImmediateP(value, options) {
  return withSignal(options, (resolve) => {
    const t = setImmediate(() => resolve(value));
    return () => clearImmediate(t);
  });
}
async function* setIntervalP(delay, value, options) {
  let pending = 0, wake = null;
  const t = setInterval(() => { pending++; if (wake) { const w = wake; wake = null; w(); } }, delay);
  if (options && options.ref === false) t.unref();
  try {
    while (true) {
      if (pending === 0) await new Promise((r) => { wake = r; });
      pending--;
      yield value;
    }
  } finally {
    clearInterval(t);
  }
}
const scheduler = { wait: (delay, options) => setTimeoutP(delay, undefined, options), yield: () => setImmediateP() };
return { setTimeout: setTimeoutP, setImmediate: setImmediateP, setInterval: setIntervalP, scheduler };
})
"""

PERF_SOURCE = r"""
(function () {
'use strict';
const entries = [];
class PerformanceEntry {
  constructor(name, type, start, duration, detail) {
    this.name = name; this.entryType = type; this.startTime = start; this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }
  toJSON() { return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail }; }
}
class PerformanceMark extends PerformanceEntry {}
class PerformanceResourceTiming extends PerformanceEntry {}
class PerformanceMeasure extends PerformanceEntry {}
class Performance {
  get timeOrigin() { return B.timeOrigin(); }
  now() { return B.now(); }
  mark(name, options) {
    const e = new PerformanceMark(String(name), 'mark', options && options.startTime !== undefined ? options.startTime : B.now(), 0,
      options && options.detail !== undefined ? options.detail : null);
    entries.push(e);
    return e;
  }
  measure(name, start, end) {
    let detail = null;
    if (start !== null && typeof start === 'object') { ({ start, end, detail = null } = start); }
    const at = (x, dflt) => {
      if (x === undefined) return dflt;
      if (typeof x === 'number') return x;
      const m = entries.filter((e) => e.entryType === 'mark' && e.name === x).pop();
      if (!m) throw new SyntaxError(`The "${x}" performance mark has not been set`);
      return m.startTime;
    };
    const s = at(start, 0), e2 = at(end, B.now());
    const m = new PerformanceMeasure(String(name), 'measure', s, e2 - s, detail);
    entries.push(m);
    return m;
  }
  getEntries() { return entries.slice(); }
  getEntriesByName(name, type) { return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)); }
  getEntriesByType(type) { return entries.filter((e) => e.entryType === type); }
  clearMarks(name) { for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'mark' && (name === undefined || entries[i].name === name)) entries.splice(i, 1); }
  clearMeasures(name) { for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'measure' && (name === undefined || entries[i].name === name)) entries.splice(i, 1); }
  timerify(fn) { return fn; }
  // node's markResourceTiming (what a fetch reports when its body is read: undici calls it): a
  // 'resource' entry in the timeline, from the fetch's timing info
  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo, responseStatus, deliveryType) {
    const t = timingInfo !== null && typeof timingInfo === 'object' ? timingInfo : {};
    const start = typeof t.startTime === 'number' ? t.startTime : 0;
    const end = typeof t.endTime === 'number' ? t.endTime : start;
    const e = new PerformanceResourceTiming(String(requestedUrl), 'resource', start, end - start);
    e.initiatorType = initiatorType;
    entries.push(e);
    return e;
  }
  // node's eventLoopUtilization: zeros until the event loop started; the idle time is the time
  // the loop spent waiting for work
  eventLoopUtilization(util1, util2) {
    const loopStart = B.loopStart();
    if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
    if (util2) {
      const idle = util1.idle - util2.idle, active = util1.active - util2.active;
      return { idle, active, utilization: active / (idle + active) };
    }
    const idle = B.idleTime();
    const active = B.now() - loopStart - idle;
    if (!util1) return { idle, active, utilization: active / (idle + active) };
    const idleDelta = idle - util1.idle, activeDelta = active - util1.active;
    return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
  }
  toJSON() { return { timeOrigin: this.timeOrigin, nodeTiming: {}, eventLoopUtilization: this.eventLoopUtilization() }; }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
const performance = new Performance();
const constants = { NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1 };
function monitorEventLoopDelay() { return { enable() {}, disable() {}, min: 0, max: 0, mean: 0, stddev: 0, percentiles: new Map(), percentile() { return 0; } }; }
class PerformanceObserver { constructor(cb) { this.cb = cb; } observe() {} disconnect() {} }
return { performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver, PerformanceResourceTiming,
  constants, monitorEventLoopDelay };
})
"""

STRING_DECODER_SOURCE = r"""
(function () {
'use strict';
// Decodes Buffers chunk by chunk, keeping an incomplete multi-byte character for the next chunk.
const toLatin1 = (buf) => buf.toString('latin1');
class StringDecoder {
  constructor(encoding) {
    const enc = encoding === undefined ? 'utf8' : String(encoding).toLowerCase();
    if (!__recodeKnown(enc)) throw __nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    this.encoding = enc === 'utf-8' ? 'utf8' : enc === 'ucs2' || enc === 'ucs-2' || enc === 'utf-16le' ? 'utf16le' : enc === 'binary' ? 'latin1' : enc;
    this._pending = '';
  }
  _split(bytes) {
    // the number of bytes at the end of `bytes` that start an incomplete character
    if (this.encoding === 'utf16le') return bytes.length % 2;
    if (this.encoding === 'base64' || this.encoding === 'base64url') return bytes.length % 3;
    if (this.encoding !== 'utf8') return 0;
    for (let back = 1; back <= Math.min(3, bytes.length); back++) {
      const c = bytes.charCodeAt(bytes.length - back);
      if ((c & 0xc0) === 0x80) continue;
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      return need > back ? back : 0;
    }
    return 0;
  }
  write(buf) {
    if (typeof buf === 'string') return buf;
    const bytes = this._pending + toLatin1(buf);
    const keep = this._split(bytes);
    this._pending = bytes.slice(bytes.length - keep);
    return __recode(bytes.slice(0, bytes.length - keep), 'latin1', this.encoding);
  }
  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    if (this._pending !== '') { out += __recode(this._pending, 'latin1', this.encoding); this._pending = ''; }
    return out;
  }
}
return { StringDecoder };
})
"""


def make_querystring_module(host: "NodeHost") -> Any:
    """``require('querystring')``."""
    return load_js(host.realm, "node:querystring", QUERYSTRING_SOURCE, host.js_helpers({}))


def make_timers_promises_module(host: "NodeHost") -> Any:
    """``require('timers/promises')``."""
    return load_js(host.realm, "node:timers/promises", TIMERS_PROMISES_SOURCE, host.js_helpers({}))


def make_perf_hooks_module(host: "NodeHost") -> Any:
    """``require('perf_hooks')``; ``performance.now()`` counts from the host's start."""
    origin = time.time() * 1000.0
    start = host.start_time
    fixed = host.options.fixed_time

    def now(a: list[Any]) -> Any:
        if fixed is not None:
            return 0.0
        return (time.monotonic() - start) * 1000.0
    loop = host.loop

    def loop_start(a: list[Any]) -> Any:
        if fixed is not None or loop.loop_start is None:
            return -1.0
        return max((loop.loop_start - start) * 1000.0, 1e-9)

    def idle_time(a: list[Any]) -> Any:
        return loop.idle_time * 1000.0
    b = binding(host.realm, {"now": now, "timeOrigin": lambda a: fixed if fixed is not None else origin,
                             "loopStart": loop_start, "idleTime": idle_time})
    return load_js(host.realm, "node:perf_hooks", PERF_SOURCE, host.js_helpers({"B": b}))


def make_string_decoder_module(host: "NodeHost") -> Any:
    """``require('string_decoder')``."""
    b = binding(host.realm, {"known": lambda a: normalize_encoding(a[0]) is not None})
    known = b.get("known", b)
    return load_js(host.realm, "node:string_decoder", STRING_DECODER_SOURCE, host.js_helpers({"__recodeKnown": known}))


EVENT_TARGET_SOURCE = r"""
(function () {
'use strict';
// DOM-style events for the web platform globals Node has: Event, CustomEvent, EventTarget,
// AbortController, AbortSignal and DOMException.
const kListeners = Symbol('kListeners');
const kStop = Symbol('kStop');
class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(message);
    const name = typeof options === 'object' && options !== null ? (options.name || 'Error') : String(options);
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
    if (typeof options === 'object' && options !== null && 'cause' in options) {
      Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true });
    }
  }
  get code() { return DOMException.codes[this.name] || 0; }
}
DOMException.codes = { IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13,
  NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19,
  AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
  DataCloneError: 25 };
const t0 = typeof performance === 'object' ? () => performance.now() : () => 0;
class Event {
  constructor(type, options) {
    if (arguments.length === 0) throw __nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    const o = options || {};
    this.type = String(type);
    this.defaultPrevented = false;
    this.cancelable = !!o.cancelable;
    this.timeStamp = t0();
    Object.defineProperties(this, {
      bubbles: { value: !!o.bubbles, enumerable: false, writable: true },
      composed: { value: !!o.composed, enumerable: false, writable: true },
      target: { value: null, enumerable: false, writable: true },
      currentTarget: { value: null, enumerable: false, writable: true },
      [kStop]: { value: false, enumerable: false, writable: true },
    });
  }
  get srcElement() { return this.target; }
  get isTrusted() { return false; }
  get eventPhase() { return this.currentTarget ? 2 : 0; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kStop]; }
  preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
  stopPropagation() {}
  stopImmediatePropagation() { this[kStop] = true; }
  composedPath() { return this.currentTarget ? [this.currentTarget] : []; }
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
Event.NONE = 0; Event.CAPTURING_PHASE = 1; Event.AT_TARGET = 2; Event.BUBBLING_PHASE = 3;
class CustomEvent extends Event {
  constructor(type, options) { super(type, options); Object.defineProperty(this, '_detail', { value: options && options.detail !== undefined ? options.detail : null }); }
  get detail() { return this._detail; }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });
class EventTarget {
  constructor() { Object.defineProperty(this, kListeners, { value: new Map() }); }
  addEventListener(type, listener, options) {
    if (listener === null || listener === undefined) return;
    const o = typeof options === 'boolean' ? { capture: options } : (options || {});
    if (o.signal && o.signal.aborted) return;
    let list = this[kListeners].get(type);
    if (!list) { list = []; this[kListeners].set(type, list); }
    if (list.some((l) => l.listener === listener && l.capture === !!o.capture)) return;
    const entry = { listener, capture: !!o.capture, once: !!o.once };
    list.push(entry);
    if (o.signal) o.signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
  }
  removeEventListener(type, listener, options) {
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    const list = this[kListeners].get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i >= 0) list.splice(i, 1);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw __invalidArgType('event', 'an instance of Event', event);
    event.target = this;
    event.currentTarget = this;
    const list = (this[kListeners].get(event.type) || []).slice();
    for (const l of list) {
      if (l.once) this.removeEventListener(event.type, l.listener, { capture: l.capture });
      try {
        if (typeof l.listener === 'function') l.listener.call(this, event);
        else if (l.listener && typeof l.listener.handleEvent === 'function') l.listener.handleEvent(event);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
      if (event[kStop]) break;
    }
    event.currentTarget = null;
    return !event.defaultPrevented;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });
const kAborted = Symbol('kAborted'), kReason = Symbol('kReason');
class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kAborted) throw new TypeError('Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this.onabort = null;
  }
  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }
  throwIfAborted() { if (this[kAborted]) throw this[kReason]; }
  static abort(reason) {
    const s = new AbortSignal(kAborted);
    s[kAborted] = true;
    s[kReason] = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    return s;
  }
  static timeout(ms) {
    const s = new AbortSignal(kAborted);
    setTimeout(() => abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
    return s;
  }
  static any(signals) {
    const s = new AbortSignal(kAborted);
    for (const x of signals) {
      if (x.aborted) { abortSignal(s, x.reason); return s; }
    }
    for (const x of signals) x.addEventListener('abort', () => abortSignal(s, x.reason), { once: true });
    return s;
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `AbortSignal ${inspect({ aborted: this.aborted }, options)}`;
  }
}
for (const k of [kAborted, kReason]) Object.defineProperty(AbortSignal.prototype, k, { value: undefined, writable: true });
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
function abortSignal(s, reason) {
  if (s[kAborted]) return;
  s[kAborted] = true;
  s[kReason] = reason;
  const e = new Event('abort');
  if (typeof s.onabort === 'function') s.onabort.call(s, e);
  s.dispatchEvent(e);
}
class AbortController {
  constructor() { Object.defineProperty(this, '_signal', { value: new AbortSignal(kAborted) }); }
  get signal() { return this._signal; }
  abort(reason = new DOMException('This operation was aborted', 'AbortError')) { abortSignal(this._signal, reason); }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `AbortController { signal: ${inspect(this.signal, options)} }`;
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });
return { Event, CustomEvent, EventTarget, AbortController, AbortSignal, DOMException };
})
"""


def make_event_target_module(host: "NodeHost") -> Any:
    """The web event globals (``Event``, ``EventTarget``, ``AbortController``...), as one object."""
    return load_js(host.realm, "node:internal/event_target", EVENT_TARGET_SOURCE, host.js_helpers({}))
