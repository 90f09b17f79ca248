"""The JS of small node modules (``extra.py``): ``punycode``, ``stream/consumers``, ``dns``,
``v8``, ``worker_threads``, ``cluster``, ``domain``, ``inspector`` and ``trace_events``."""
from __future__ import annotations

__all__ = ["PUNYCODE_SOURCE", "CONSUMERS_SOURCE", "DNS_SOURCE", "V8_SOURCE", "WORKER_THREADS_SOURCE",
           "CLUSTER_SOURCE", "DOMAIN_SOURCE", "INSPECTOR_SOURCE", "TRACE_EVENTS_SOURCE"]

PUNYCODE_SOURCE = r"""
(function () {
'use strict';
// RFC 3492 (Punycode) with the parameters of its section 5, and IDNA's ToASCII/ToUnicode label
// mapping as node's deprecated punycode module does it (no nameprep).
const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, initialBias = 72, initialN = 128;
const maxInt = 2147483647;
function fail(what) {
  throw new RangeError(what === 'overflow' ? 'Overflow: input needs wider integers to process'
    : what === 'not-basic' ? 'Illegal input >= 0x80 (not a basic code point)' : 'Invalid input');
}
function threshold(k, bias) { return k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias; }
// RFC 3492 section 6.1
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return k + Math.floor((base - tMin + 1) * delta / (delta + skew));
}
function digitOf(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return base;
}
function charOf(d) { return String.fromCharCode(d < 26 ? d + 0x61 : d + 22); }
function ucs2decode(string) {
  const out = [];
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      const d = string.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out.push((c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000); i++; continue; }
    }
    out.push(c);
  }
  return out;
}
function ucs2encode(codePoints) { return String.fromCodePoint(...codePoints); }
// RFC 3492 section 6.2
function decode(input) {
  input = String(input);
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  let n = initialN, bias = initialBias, i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldI = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= base) fail('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldI, count, oldI === 0);
    if (Math.floor(i / count) > maxInt - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
// RFC 3492 section 6.3
function encode(input) {
  const points = ucs2decode(String(input));
  let out = '';
  for (const c of points) if (c < 0x80) out += String.fromCharCode(c);
  const basicLength = out.length;
  let handled = basicLength;
  if (basicLength) out += '-';
  let n = initialN, delta = 0, bias = initialBias;
  while (handled < points.length) {
    let m = maxInt;
    for (const c of points) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((maxInt - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n && ++delta > maxInt) fail('overflow');
      if (c === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = threshold(k, bias);
          if (q < t) break;
          out += charOf(t + (q - t) % (base - t));
          q = Math.floor((q - t) / (base - t));
        }
        out += charOf(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}
// (an e-mail address keeps its local part; the label separators of IDNA are all made '.')
function mapDomain(domain, fn) {
  domain = String(domain);
  const at = domain.split('@');
  let prefix = '';
  if (at.length > 1) { prefix = at[0] + '@'; domain = at[1]; }
  return prefix + domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.').map(fn).join('.');
}
function toASCII(domain) { return mapDomain(domain, (l) => /[^\0-\x7F]/.test(l) ? 'xn--' + encode(l) : l); }
function toUnicode(domain) { return mapDomain(domain, (l) => /^xn--/.test(l) ? decode(l.slice(4).toLowerCase()) : l); }
return { version: '2.1.0', ucs2: { decode: ucs2decode, encode: ucs2encode }, decode, encode, toASCII, toUnicode };
})
"""

CONSUMERS_SOURCE = r"""
(function () {
'use strict';
// Each reads a stream (or any async iterable) to its end.
const Buffer = __getBuffer();
async function chunks(stream) {
  const out = [];
  for await (const chunk of stream) {
    out.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return out;
}
async function buffer(stream) {
  return Buffer.concat((await chunks(stream)).map((c) => c instanceof Uint8Array ? c : Buffer.from(c)));
}
async function arrayBuffer(stream) {
  const b = await buffer(stream);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}
async function blob(stream) { return new Blob(await chunks(stream)); }
async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stream) {
    out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return out + decoder.decode();
}
async function json(stream) { return JSON.parse(await text(stream)); }
return { arrayBuffer, blob, buffer, text, json };
})
"""

DNS_SOURCE = r"""
(function () {
'use strict';
const process = __require('process');
const net = __require('net');
const codes = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
  'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS',
  'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'];
const dns = { ADDRCONFIG: 32, ALL: 16, V4MAPPED: 8 };  // (their values on Linux)
for (const c of codes) dns[c] = 'E' + c;
let order = 'verbatim';
function familyOf(options) {
  let family = options;
  if (options !== null && typeof options === 'object') family = options.family;
  if (family === undefined || family === null) return 0;
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  if (family !== 0 && family !== 4 && family !== 6) {
    throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `The property 'options.family' must be one of: 0, 4, 6. Received ${__inspect(family)}`);
  }
  return family;
}
// [[address, family], ...] or throws the error node's getaddrinfo gives
function lookupNow(hostname, options) {
  if (typeof hostname !== 'string') throw __invalidArgType('hostname', 'of type string', hostname);
  const family = familyOf(options);
  if (!hostname) return [];
  const ip = net.isIP(hostname);
  if (ip) return [[hostname, ip]];
  const found = B.getaddrinfo(hostname, family);
  if (typeof found === 'string') {
    const e = new Error(`getaddrinfo ${found} ${hostname}`);
    e.errno = B.errno(found);
    e.code = found;
    e.syscall = 'getaddrinfo';
    e.hostname = hostname;
    throw e;
  }
  if (order === 'ipv4first') found.sort((a, b) => a[1] - b[1]);
  return found;
}
function shape(found, options) {
  const all = options !== null && typeof options === 'object' && options.all === true;
  if (all) return [found.map(([address, family]) => ({ address, family }))];
  if (found.length === 0) return [null, familyOf(options) === 6 ? 6 : 4];
  return found[0];
}
function lookup(hostname, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  if (typeof callback !== 'function') throw __invalidArgType('callback', 'of type function', callback);
  const found = lookupNow(hostname, options === undefined ? 0 : options);
  // (the query itself is blocking; its answer comes on a later tick, as in node)
  setImmediate(() => callback(null, ...shape(found, options)));
  return {};
}
function lookupError(hostname, options, callback) {
  try { return lookup(hostname, options, callback); } catch (e) {
    if (e.syscall !== 'getaddrinfo') throw e;
    if (typeof options === 'function') callback = options;
    setImmediate(() => callback(e));
    return {};
  }
}
function notImplemented(syscall, name) {
  const e = new Error(`${syscall} ENOTIMP ${name}`);
  e.errno = undefined;
  e.code = 'ENOTIMP';
  e.syscall = syscall;
  e.hostname = name;
  return e;
}
const resolvers = { resolve: 'queryA', resolve4: 'queryA', resolve6: 'queryAaaa', resolveAny: 'queryAny',
  resolveCaa: 'queryCaa', resolveCname: 'queryCname', resolveMx: 'queryMx', resolveNaptr: 'queryNaptr',
  resolveNs: 'queryNs', resolvePtr: 'queryPtr', resolveSoa: 'querySoa', resolveSrv: 'querySrv',
  resolveTxt: 'queryTxt', reverse: 'getHostByAddr' };
function lookupService(address, port, callback) {
  if (typeof callback !== 'function') throw __invalidArgType('callback', 'of type function', callback);
  setImmediate(() => callback(notImplemented('getnameinfo', address)));
}
class Resolver {
  constructor() { this._servers = ['127.0.0.1']; }
  cancel() {}
  getServers() { return this._servers.slice(); }
  setServers(servers) { this._servers = Array.from(servers, String); }
  setLocalAddress() {}
}
class PromisesResolver extends Resolver {}
const promises = { Resolver: PromisesResolver };
for (const [name, syscall] of Object.entries(resolvers)) {
  const cbForm = function (hostname, rrtype, callback) {
    if (typeof rrtype === 'function') callback = rrtype;
    if (typeof callback !== 'function') throw __invalidArgType('callback', 'of type function', callback);
    setImmediate(() => callback(notImplemented(syscall, hostname)));
    return {};
  };
  Object.defineProperty(cbForm, 'name', { value: name });
  const promiseForm = async function (hostname) { throw notImplemented(syscall, hostname); };
  Object.defineProperty(promiseForm, 'name', { value: name });
  dns[name] = cbForm;
  Resolver.prototype[name] = cbForm;
  promises[name] = promiseForm;
  PromisesResolver.prototype[name] = promiseForm;
}
const defaultResolver = new Resolver();
Object.assign(dns, {
  lookup: lookupError, lookupService, Resolver,
  getDefaultResultOrder() { return order; },
  setDefaultResultOrder(value) {
    if (value !== 'verbatim' && value !== 'ipv4first') {
      throw __nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first'. Received ${__inspect(value)}`);
    }
    order = value;
  },
  getServers() { return defaultResolver.getServers(); },
  setServers(servers) { defaultResolver.setServers(servers); },
});
Object.assign(promises, {
  lookup(hostname, options) {
    return new Promise((resolve, reject) => {
      lookupError(hostname, options, (err, address, family) => {
        if (err) reject(err);
        else if (Array.isArray(address)) resolve(address);
        else resolve({ address, family });
      });
    });
  },
  lookupService(address, port) { return Promise.reject(notImplemented('getnameinfo', address)); },
  getDefaultResultOrder: dns.getDefaultResultOrder, setDefaultResultOrder: dns.setDefaultResultOrder,
  getServers: dns.getServers, setServers: dns.setServers,
});
for (const c of codes) promises[c] = 'E' + c;
dns.promises = promises;
return dns;
})
"""

V8_SOURCE = r"""
(function () {
'use strict';
function notSupported(name) {
  return () => { throw __nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name}() method is not implemented`); };
}
function getHeapStatistics() {
  const used = B.memory();
  return {
    total_heap_size: used, total_heap_size_executable: 0, total_physical_size: used,
    total_available_size: Math.max(B.limit() - used, 0), used_heap_size: used, heap_size_limit: B.limit(),
    malloced_memory: 0, peak_malloced_memory: 0, does_zap_garbage: 0, number_of_native_contexts: 1,
    number_of_detached_contexts: 0, total_global_handles_size: 0, used_global_handles_size: 0, external_memory: 0,
  };
}
return {
  cachedDataVersionTag() { return B.tag(); },
  getHeapStatistics,
  getHeapSpaceStatistics() { return []; },
  getHeapCodeStatistics() { return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 }; },
  setFlagsFromString() {},
  setHeapSnapshotNearHeapLimit() {},
  takeCoverage() {}, stopCoverage() {},
  getHeapSnapshot: notSupported('getHeapSnapshot'), writeHeapSnapshot: notSupported('writeHeapSnapshot'),
  serialize: notSupported('serialize'), deserialize: notSupported('deserialize'),
};
})
"""

WORKER_THREADS_SOURCE = r"""
(function () {
'use strict';
// The main thread only: pyjsvm runs no workers.
const EventEmitter = __require('events');
const environment = new Map();
class Worker extends EventEmitter {
  constructor() {
    super();
    throw __nodeError('Error', 'ERR_PYJSVM_WORKERS_UNSUPPORTED', 'Worker threads are not supported by pyjsvm');
  }
}
return {
  isMainThread: true, parentPort: null, threadId: 0, workerData: null, resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  MessageChannel: __messaging.MessageChannel, MessagePort: __messaging.MessagePort,
  BroadcastChannel: __messaging.BroadcastChannel,
  markAsUntransferable() {}, moveMessagePortToContext(port) { return port; },
  receiveMessageOnPort: __messaging.receiveMessageOnPort,
  setEnvironmentData(key, value) { if (value === undefined) environment.delete(key); else environment.set(key, value); },
  getEnvironmentData(key) { return environment.get(key); },
};
})
"""

CLUSTER_SOURCE = r"""
(function () {
'use strict';
// The primary process only: fork() cannot start workers in pyjsvm.
const EventEmitter = __require('events');
const process = __require('process');
class Worker extends EventEmitter {}
const cluster = new EventEmitter();
Object.assign(cluster, {
  isWorker: false, isMaster: true, isPrimary: true, Worker, workers: {}, settings: {},
  SCHED_NONE: 1, SCHED_RR: 2, schedulingPolicy: 2,
  setupPrimary(settings) {
    cluster.settings = { args: process.argv.slice(2), exec: process.argv[1], execArgv: process.execArgv, ...cluster.settings, ...settings };
    cluster.emit('setup', cluster.settings);
  },
  fork() { throw __nodeError('Error', 'ERR_PYJSVM_CLUSTER_UNSUPPORTED', 'cluster.fork() is not supported by pyjsvm'); },
  disconnect(cb) { if (typeof cb === 'function') process.nextTick(cb); },
});
cluster.setupMaster = cluster.setupPrimary;
return cluster;
})
"""

DOMAIN_SOURCE = r"""
(function () {
'use strict';
// Errors thrown synchronously by functions run, bound or intercepted in a domain go to its
// 'error' listeners (a domain without one throws them on). Errors of callbacks scheduled from
// inside a domain are not caught by it.
const EventEmitter = __require('events');
const process = __require('process');
const stack = [];
const exported = { _stack: stack, active: null };
function handle(domain, err) {
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
    err.domain = domain;
    err.domainThrown = true;
  }
  if (domain.listenerCount('error') === 0) throw err;
  domain.emit('error', err);
}
class Domain extends EventEmitter {
  constructor() { super(); this.members = []; }
  enter() {
    stack.push(this);
    exported.active = process.domain = this;
  }
  exit() {
    const i = stack.lastIndexOf(this);
    if (i >= 0) stack.length = i;
    exported.active = process.domain = stack[stack.length - 1];
  }
  run(fn, ...args) {
    this.enter();
    let thrown = false;
    try { return fn.apply(this, args); } catch (e) {
      thrown = true;
      handle(this, e);
    } finally {
      this.exit();
      // (as after node's handling of an uncaught error: no domain is active)
      if (thrown) { stack.length = 0; exported.active = process.domain = null; }
    }
  }
  add(ee) {
    if (this.members.includes(ee)) return;
    this.members.push(ee);
    if (ee !== null && typeof ee === 'object') ee.domain = this;
  }
  remove(ee) {
    const i = this.members.indexOf(ee);
    if (i >= 0) this.members.splice(i, 1);
    if (ee !== null && typeof ee === 'object' && ee.domain === this) ee.domain = null;
  }
  bind(fn) {
    const domain = this;
    const bound = function (...args) { return domain.run(() => fn.apply(this, args)); };
    bound.domain = this;
    return bound;
  }
  intercept(fn) {
    const domain = this;
    const bound = function (err, ...args) {
      if (err instanceof Error) {
        err.domainBound = fn;
        err.domainThrown = false;
        err.domain = domain;
        domain.emit('error', err);
        return undefined;
      }
      return domain.run(() => fn.apply(this, args));
    };
    bound.domain = this;
    return bound;
  }
  dispose() { this.exit(); this.removeAllListeners(); }
}
function create() { return new Domain(); }
Object.assign(exported, { Domain, createDomain: create, create });
return exported;
})
"""

INSPECTOR_SOURCE = r"""
(function () {
'use strict';
// pyjsvm has no inspector: it is never active (url() is undefined), open() fails as in a node
// built without one, and sessions cannot connect.
const EventEmitter = __require('events');
const notAvailable = () => __nodeError('Error', 'ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available');
function makeSession(promises) {
  return class Session extends EventEmitter {
    connect() { throw notAvailable(); }
    connectToMainThread() { throw notAvailable(); }
    disconnect() {}
    post(method, params, callback) {
      const err = __nodeError('Error', 'ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected');
      if (promises) return Promise.reject(err);
      throw err;
    }
  };
}
const console = {};
for (const name of ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile', 'profileEnd', 'time',
  'timeLog', 'timeEnd', 'timeStamp', 'context']) console[name] = function () {};
const Network = { requestWillBeSent() {}, responseReceived() {}, loadingFinished() {}, loadingFailed() {} };
const common = {
  open() { throw notAvailable(); },
  close() {},
  url() { return undefined; },
  waitForDebugger() { throw __nodeError('Error', 'ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active'); },
  console, Network,
};
return { ...common, Session: makeSession(false), promises: { ...common, Session: makeSession(true) } };
})
"""

TRACE_EVENTS_SOURCE = r"""
(function () {
'use strict';
// The bookkeeping of node's trace_events (which categories are enabled); NON-SPEC: no trace
// file is written.
const enabledTracings = new Set();
const Shape = class Tracing {};  // (what util.inspect shows)
class Tracing {
  #categories; #enabled = false;
  constructor(categories) { this.#categories = categories; }
  get categories() { return this.#categories.join(','); }
  get enabled() { return this.#enabled; }
  enable() { this.#enabled = true; enabledTracings.add(this); }
  disable() { this.#enabled = false; enabledTracings.delete(this); }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspect(Object.assign(new Shape(), { enabled: this.enabled, categories: this.categories }), options);
  }
}
function createTracing(options) {
  if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
  if (!Array.isArray(options.categories)) {
    throw __invalidArgType('options.categories', 'an instance of Array', options.categories);
  }
  if (options.categories.length === 0) {
    throw __nodeError('TypeError', 'ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required');
  }
  return new Tracing(options.categories.map(String));
}
function getEnabledCategories() {
  const all = new Set();
  for (const t of enabledTracings) for (const c of t.categories.split(',')) all.add(c);
  return all.size ? [...all].sort().join(',') : undefined;
}
return { createTracing, getEnabledCategories };
})
"""
