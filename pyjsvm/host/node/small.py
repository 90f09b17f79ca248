"""Small JS-written modules: ``node:querystring``, ``node:timers/promises``, ``node:perf_hooks``
(and the ``performance`` global), ``node:string_decoder``."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, load_js

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
function unescape(s) {
  try { return decodeURIComponent(s); } catch {
    // like Node: decode what decodes, keep the rest
    return s.replace(/(%[0-9A-Fa-f]{2})+/g, (m) => { try { return decodeURIComponent(m); } catch { return m; } });
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
const qs = { escape, unescape, stringify, parse, encode: stringify, decode: parse, unescapeBuffer: undefined };
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
  toJSON() { return { timeOrigin: this.timeOrigin, nodeTiming: {}, eventLoopUtilization: {} }; }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
const performance = new Performance();
const constants = { NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1 };
function monitorEventLoopDelay() { return { enable() {}, disable() {}, min: 0, max: 0, mean: 0, stddev: 0, percentiles: new Map(), percentile() { return 0; } }; }
class PerformanceObserver { constructor(cb) { this.cb = cb; } observe() {} disconnect() {} }
return { performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver,
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
    b = binding(host.realm, {"now": now, "timeOrigin": lambda a: fixed if fixed is not None else origin})
    return load_js(host.realm, "node:perf_hooks", PERF_SOURCE, host.js_helpers({"B": b}))


def make_string_decoder_module(host: "NodeHost") -> Any:
    """``require('string_decoder')``."""
    from pyjsvm.host.node.encoding import normalize_encoding
    b = binding(host.realm, {"known": lambda a: normalize_encoding(a[0]) is not None})
    known = b.get("known", b)
    return load_js(host.realm, "node:string_decoder", STRING_DECODER_SOURCE, host.js_helpers({"__recodeKnown": known}))
