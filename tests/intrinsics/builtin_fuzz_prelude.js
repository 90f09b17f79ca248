// Prelude of tests/intrinsics/test_builtin_fuzz_node.py, run in a fresh vm context by node and
// by pyjsvm alike. It enumerates the built-in functions reachable from globalThis (__fz.paths),
// builds a fresh pool of tricky values for every call (__fz.POOL: factories, so that one call's
// mutations never reach the next) and runs one call, returning a one-line record of its outcome
// (__fz.run). The record: the error's constructor name or the result's type and rendering, the
// trace of user code the call ran (valueOf, getters, proxy traps, callbacks) and the receiver
// afterwards.
(function () {
  'use strict';
  const G = globalThis;
  const ownKeys = Reflect.ownKeys, getOwn = Reflect.getOwnPropertyDescriptor, getProto = Reflect.getPrototypeOf;
  const apply = Reflect.apply, construct = Reflect.construct, isArray = Array.isArray;
  const toTag = Function.prototype.call.bind(Object.prototype.toString);
  const StringC = String, JSONs = JSON.stringify, ObjectIs = Object.is, MapC = Map;
  const push = (a, v) => { a[a.length] = v; };
  const detach = typeof G.__detach === 'function' ? G.__detach : (b) => b.transfer();

  // Not fuzzed: host objects, time and randomness, locale data, blocking waits.
  const SKIP_ROOTS = new Set(['console', 'WebAssembly', 'Intl', 'globalThis']);
  const SKIP = new Set(['Math.random', 'Date.now', 'Atomics.wait', 'Atomics.waitAsync',
    'Error.captureStackTrace']);

  const roots = [];
  for (const k of ownKeys(G)) {
    if (typeof k !== 'string' || k.startsWith('__') || SKIP_ROOTS.has(k)) continue;
    const d = getOwn(G, k);
    if (d && 'value' in d && (typeof d.value === 'function' || (typeof d.value === 'object' && d.value !== null))) {
      push(roots, [k, d.value]);
    }
  }
  // Intrinsics reachable only through prototypes.
  const hidden = {
    '%TypedArray%': getProto(Int8Array),
    '%ArrayIteratorPrototype%': getProto([][Symbol.iterator]()),
    '%IteratorPrototype%': getProto(getProto([][Symbol.iterator]())),
    '%MapIteratorPrototype%': getProto(new Map().entries()),
    '%SetIteratorPrototype%': getProto(new Set().values()),
    '%StringIteratorPrototype%': getProto(''[Symbol.iterator]()),
    '%RegExpStringIteratorPrototype%': getProto(/a/[Symbol.matchAll]('')),
    '%GeneratorFunction%': getProto(function* () {}).constructor,
    '%AsyncFunction%': getProto(async function () {}).constructor,
    '%AsyncGeneratorFunction%': getProto(async function* () {}).constructor,
    '%GeneratorPrototype%': getProto(function* () {}).prototype,
    '%AsyncGeneratorPrototype%': getProto(async function* () {}).prototype,
    '%AsyncIteratorPrototype%': getProto(getProto(async function* () {}).prototype),
  };
  for (const k of ownKeys(hidden)) push(roots, [k, hidden[k]]);

  const keyName = (k) => typeof k === 'symbol' ? '[' + k.description + ']' : k;
  const paths = [], fns = new MapC();
  // (the legacy RegExp statics: V8 neither checks their receiver nor updates them as the proposal says)
  const LEGACY = /^[gs]et RegExp\.[^[]/;
  function add(path, f) { if (!SKIP.has(path) && !LEGACY.test(path) && !fns.has(path)) { push(paths, path); fns.set(path, f); } }
  function addFrom(base, label) {
    for (const k of ownKeys(base)) {
      const d = getOwn(base, k), p = label + '.' + keyName(k);
      if ('value' in d) { if (typeof d.value === 'function') add(p, d.value); }
      else { if (d.get) add('get ' + p, d.get); if (d.set) add('set ' + p, d.set); }
    }
  }
  for (const [name, v] of roots) {
    if (typeof v === 'function') add(name, v);
    addFrom(v, name);
    const pd = typeof v === 'function' ? getOwn(v, 'prototype') : undefined;
    if (pd && 'value' in pd && typeof pd.value === 'object' && pd.value !== null) addFrom(pd.value, name + '.prototype');
  }

  // Intrinsic objects render by name (engines have different extra properties on them).
  const intrinsics = new MapC();
  for (const [name, v] of roots) {
    if (typeof v === 'object' && !intrinsics.has(v)) intrinsics.set(v, '%' + name + '%');
    const pd = typeof v === 'function' ? getOwn(v, 'prototype') : undefined;
    if (pd && 'value' in pd && typeof pd.value === 'object' && pd.value !== null && !intrinsics.has(pd.value)) intrinsics.set(pd.value, '%' + name + '.prototype%');
  }

  // --- the pool ---
  let T = [];   // the trace of the current call
  const log = (s) => { push(T, s); };
  function logged(target) {
    const h = {};
    for (const trap of ['get', 'set', 'has', 'deleteProperty', 'defineProperty', 'getOwnPropertyDescriptor',
      'ownKeys', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'apply', 'construct']) {
      h[trap] = function (t, ...rest) {
        log(trap + (rest.length && trap !== 'apply' && trap !== 'construct' ? ':' + StringC(typeof rest[0] === 'symbol' ? keyName(rest[0]) : rest[0]) : ''));
        return Reflect[trap](t, ...rest);
      };
    }
    return new Proxy(target, h);
  }
  function thrower(name, E) { return { get() { log('get ' + name); throw new E(name); }, configurable: true }; }
  function userFn(a, b) { log('userFn'); return a; }
  const POOL = [
    ['undefined', () => undefined], ['null', () => null], ['-0', () => -0], ['NaN', () => NaN],
    ['Infinity', () => -Infinity], ['2**53', () => 2 ** 53], ['-1', () => -1], ['1.5', () => 1.5],
    ['2**32+1', () => 2 ** 32 + 1], ['3', () => 3], ['true', () => true], ['0', () => 0], ['1', () => 1], ['2', () => 2],
    ['-3', () => -3], ['1e21', () => 1e21], ['36', () => 36], ["'0'", () => '0'], ["'length'", () => 'length'],
    ["'1e3'", () => '1e3'], ["'-0'", () => '-0'],
    ['double', () => (x, i) => (log('double'), typeof x === 'number' ? x * 2 : i)],
    ['odd', () => (x) => (log('odd'), x % 2 === 1)],
    ['descriptor', () => ({ value: 1, writable: true, get: undefined })],
    ['accessorDescriptor', () => ({ get() { log('descGet'); return 2; }, configurable: true, enumerable: true })],
    ["''", () => ''], ["'abc'", () => 'abc'], ["'\\uD800'", () => '\uD800'], ["' 12 '", () => ' 12 '],
    ["'a\\u{1F600}b'", () => 'a\u{1F600}b'], ["'g'", () => 'g'],
    ['Symbol()', () => Symbol('s')], ['Symbol.iterator', () => Symbol.iterator], ['10n', () => 10n], ['-1n', () => -1n],
    ['[]', () => []], ['[1,,3]', () => [1, , 3]], ['sparse', () => { const a = [5, 4]; a[9] = 1; return a; }],
    ['frozen', () => Object.freeze([3, 1, 2])], ['nested', () => [[1, [2]], 'x', { a: 1 }]],
    ['hugeLike', () => ({ length: 2 ** 53 - 1, 0: 'a' })], ['like3', () => ({ length: 3, 0: 'a', 1: 'b', 2: 'c' })],
    ['negLike', () => ({ length: -5, 0: 1 })],
    ['valueOfThrows', () => ({ valueOf() { log('valueOf'); throw new RangeError('v'); }, toString() { log('toString'); throw new SyntaxError('t'); } })],
    ['valueOfObject', () => ({ valueOf() { log('valueOf'); return {}; }, toString() { log('toString'); return '7'; } })],
    ['toPrimThrows', () => ({ [Symbol.toPrimitive](h) { log('toPrimitive ' + h); throw new EvalError('p'); } })],
    ['toPrimObject', () => ({ [Symbol.toPrimitive](h) { log('toPrimitive ' + h); return []; } })],
    ['getterThrows', () => Object.defineProperties({}, { length: thrower('length', URIError), 0: thrower('0', URIError),
      constructor: thrower('constructor', URIError), lastIndex: thrower('lastIndex', URIError) })],
    ['arrayGetterThrows', () => Object.defineProperty([1, 2, 3], 1, thrower('1', URIError))],
    ['proxy', () => new Proxy({ a: 1 }, {})], ['loggedArray', () => logged([1, 2, 3])],
    ['loggedFn', () => logged(function (x) { return x; })],
    ['revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }],
    ['Int8Array', () => new Int8Array([1, -2, 3])], ['Float64Array', () => new Float64Array([0.5, NaN, -0])],
    ['BigInt64Array', () => new BigInt64Array([1n, -1n])],
    ['detachedTA', () => { const b = new ArrayBuffer(8); const t = new Uint8Array(b); detach(b); return t; }],
    ['resizableTA', () => new Uint8Array(new ArrayBuffer(4, { maxByteLength: 8 }))],
    ['lengthTrackingShrunk', () => { const b = new ArrayBuffer(8, { maxByteLength: 8 }); const t = new Uint16Array(b, 2); b.resize(1); return t; }],
    ['ArrayBuffer', () => new ArrayBuffer(8)], ['resizableAB', () => new ArrayBuffer(4, { maxByteLength: 8 })],
    ['SharedArrayBuffer', () => new SharedArrayBuffer(4)], ['DataView', () => new DataView(new ArrayBuffer(8), 1)],
    ['Map', () => new Map([[1, 'a'], ['k', {}]])], ['Set', () => new Set([1, 'x'])], ['WeakMap', () => new WeakMap()],
    ['Date', () => new Date(0)], ['badDate', () => new Date(NaN)], ['RegExp', () => /a(?<n>b)?/g], ['stickyRe', () => /x/y],
    ['userFn', () => userFn], ['class', () => class C { constructor() { log('C'); } }],
    ['bound', () => userFn.bind(null, 1)], ['Math.max', () => Math.max], ['Boolean', () => Boolean], ['ArraySub', () => class extends Array {}],
    ['fnThrows', () => function () { log('fnThrows'); throw new ReferenceError('f'); }],
    ['cmp', () => (a, b) => (log('cmp'), a < b ? 1 : a > b ? -1 : 0)],
    ['iterable', () => ({ *[Symbol.iterator]() { log('iter'); yield 1; yield [2, 3]; } })],
    ['{}', () => ({})], ['nullProto', () => Object.create(null)], ['{a,b}', () => ({ a: 1, b: { c: 2 }, [Symbol.toStringTag]: 'T' })],
    ['promise', () => Promise.resolve(1)], ['error', () => new TypeError('x')],
    ["new String('xy')", () => new String('xy')], ['new Number(3)', () => new Number(3)], ['Object(Symbol())', () => Object(Symbol('w'))],
    ['thenable', () => ({ then(r) { log('then'); r(5); } })],
  ];

  // --- rendering a value without running user code beyond what is logged ---
  function render(v, depth, labels, seen) {
    switch (typeof v) {
      case 'undefined': return 'undefined';
      case 'boolean': return StringC(v);
      case 'number': return ObjectIs(v, -0) ? '-0' : StringC(v);
      case 'string': return JSONs(v);
      case 'bigint': return StringC(v) + 'n';
      case 'symbol': return labels.has(v) ? '@' + labels.get(v) : 'Symbol(' + StringC(v.description) + ')';
    }
    if (v === null) return 'null';
    if (labels.has(v)) return '@' + labels.get(v);
    if (intrinsics.has(v)) return intrinsics.get(v);
    if (seen.has(v)) return '@cycle';
    if (depth > 2) return '{..}';
    seen.set(v, true);
    try {
      if (typeof v === 'function') {
        const n = getOwn(v, 'name'), l = getOwn(v, 'length');
        return 'fn ' + (n && 'value' in n ? render(n.value, 3, labels, seen) : '-') + '/' + (l && 'value' in l ? render(l.value, 3, labels, seen) : '-');
      }
      const tag = toTag(v);
      if (isArray(v)) {
        const out = [];
        for (let i = 0; i < v.length && i < 8; i++) push(out, i in v ? render(v[i], depth + 1, labels, seen) : '_');
        return '[' + out.join(',') + ']#' + v.length;
      }
      if (v instanceof Error) return 'error ' + getProto(v).constructor.name;
      if (v instanceof Date) return 'date ' + v.getTime();
      if (v instanceof RegExp) return 'regexp ' + v.source + '/' + v.flags + ' @' + v.lastIndex;
      if (v instanceof Map || v instanceof Set) {
        const out = []; let i = 0;
        for (const e of v) { if (i++ >= 6) break; push(out, render(e, depth + 1, labels, seen)); }
        return tag + ' ' + v.size + ' {' + out.join(',') + '}';
      }
      if (ArrayBuffer.isView(v)) {
        const n = v.byteLength;
        if (v instanceof DataView) return 'DataView ' + n;
        const out = []; for (let i = 0; i < v.length && i < 8; i++) push(out, render(v[i], 3, labels, seen));
        return tag + ' ' + n + ' [' + out.join(',') + ']';
      }
      if (v instanceof ArrayBuffer) return 'ArrayBuffer ' + v.byteLength;
      if (v instanceof Promise) return 'Promise';
      const out = [];
      for (const k of ownKeys(v)) {
        if (k === 'stack') continue;
        const d = getOwn(v, k);
        if (!d) continue;
        push(out, keyName(k) + ('value' in d ? ':' + render(d.value, depth + 1, labels, seen) : ':accessor') + (d.enumerable ? '' : '~'));
        if (out.length >= 8) break;
      }
      const p = getProto(v);
      return tag + (p === null ? ' null' : labels.has(p) ? ' @' + labels.get(p) : '') + ' {' + out.join(',') + '}';
    } catch (e) {
      return 'render throws ' + (e && typeof e === 'object' ? getProto(e) && getProto(e).constructor.name : typeof e);
    }
  }

  // The outcome of the call only: its error class or 'ok' (for results engines may give differently).
  // (Atomics.isLockFree: which sizes are lock-free is the implementation's; node 20 also skips
  // the ToIntegerOrInfinity of the size, so 1.5 is not 1)
  const KIND_ONLY = /sort|toSorted|toLocale|localeCompare|^Date$|Date\.parse|Atomics\.isLockFree/;

  // Receivers of the kind a prototype's methods expect: a receiver index past the pool picks one
  // of these (the methods of other roots take any value).
  const NATURAL = {
    Array: ['[]', '[1,,3]', 'sparse', 'frozen', 'nested', 'loggedArray', 'arrayGetterThrows', 'like3'],
    String: ["''", "'abc'", "'\\uD800'", "' 12 '", "'a\\u{1F600}b'", "new String('xy')", 'valueOfObject'],
    Number: ['-0', 'NaN', 'Infinity', '2**53', '-1', '1.5', 'new Number(3)'], BigInt: ['10n', '-1n'],
    Symbol: ['Symbol()', 'Symbol.iterator', 'Object(Symbol())'], Boolean: ['true'],
    '%TypedArray%': ['Int8Array', 'Float64Array', 'BigInt64Array', 'detachedTA', 'resizableTA', 'lengthTrackingShrunk'],
    Map: ['Map'], Set: ['Set'], WeakMap: ['WeakMap'], Date: ['Date', 'badDate'], RegExp: ['RegExp', 'stickyRe', 'loggedArray'],
    ArrayBuffer: ['ArrayBuffer', 'resizableAB'], SharedArrayBuffer: ['SharedArrayBuffer'], DataView: ['DataView'],
    Promise: ['promise', 'thenable'], Error: ['error'], Function: ['userFn', 'class', 'bound', 'Math.max', 'loggedFn'],
  };
  const poolIndex = new MapC(POOL.map((p, i) => [p[0], i]));
  function receiverIndex(path, ri) {
    if (ri < POOL.length) return ri;
    const root = path.replace(/^[gs]et /, '').split('.')[0];
    const names = NATURAL[root];
    return names ? poolIndex.get(names[ri % names.length]) : ri % POOL.length;
  }
  // Skipped where node 20 predates the spec: a typed array's [[PreventExtensions]] fails unless
  // its length is fixed (ES2024) and its elements are configurable (ES2021), so sealing or
  // freezing one with elements throws.
  const INTEGRITY = new Set([Object.seal, Object.freeze, Object.preventExtensions, Reflect.preventExtensions,
    Object.isSealed, Object.isFrozen]);

  const BUFFERS = new Set([ArrayBuffer, SharedArrayBuffer, getProto(Int8Array), Int8Array, Uint8Array, Uint8ClampedArray,
    Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]);

  function run(call) {
    const [pi, mode, r0, ais] = call;
    const path = paths[pi], f = fns.get(path), ri = receiverIndex(path, r0);
    const labels = new MapC();
    const mk = (i) => { const [name, make] = POOL[i]; const v = make(); if ((typeof v === 'object' && v !== null) || typeof v === 'function' || typeof v === 'symbol') labels.set(v, name + '#' + labels.size); return v; };
    const kindOnly = KIND_ONLY.test(path) || f === Date;
    T = [];
    const recv = mk(ri), args = ais.map(mk);
    // (node 20 skips the ToNumber of a Date setter's arguments on an invalid date: test262's
    // date-value-read-before-tonumber-when-date-is-invalid.js)
    if (/^Date\.prototype\.set/.test(path) && recv instanceof Date && recv.getTime() !== recv.getTime()) return 'skipped (node 20 bug)';
    if (INTEGRITY.has(f) && args.some((a) => ArrayBuffer.isView(a))) return 'skipped (node 20 predates the spec)';
    if (f === Date && (mode === 'call' || args.length === 0)) return 'skipped (time)';
    // (how much memory a buffer may take is the engine's choice: no lengths past 2**24)
    if (BUFFERS.has(f) && args.some((a) => typeof a === 'number' && a > 2 ** 24)) return 'skipped (memory)';
    let outcome;
    try {
      // ('nt': new with the receiver as new.target)
      const r = mode === 'new' ? construct(f, args) : mode === 'nt' ? construct(f, args, recv) : apply(f, recv, args);
      outcome = 'ok ' + (kindOnly ? '' : render(r, 0, labels, new MapC()));
    } catch (e) {
      outcome = 'throws ' + (e !== null && typeof e === 'object' ? (getProto(e) && getOwn(getProto(e), 'constructor') ? getProto(e).constructor.name : 'object') : typeof e);
    }
    if (kindOnly) return outcome;
    // (node 20 reads "global" and "unicode" where ES2024's RegExp methods read "flags")
    const trace = /^RegExp\.prototype\.\[Symbol\./.test(path) ? '(not compared)' : T.join(',');
    const after = mode !== 'call' ? '' : render(recv, 1, new MapC(), new MapC());
    return outcome + ' | trace ' + trace + ' | this ' + POOL[ri][0] + ' after: ' + after;
  }

  Object.defineProperty(G, '__fz', { value: { paths, pool: POOL.map(p => p[0]), run, calls: null,
    runAt(i) { return run(this.calls[i]); } } });
})();
