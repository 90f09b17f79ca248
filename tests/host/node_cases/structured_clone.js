// structuredClone (HTML structured clone with transfer), compared with node 20
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'THROW', e.constructor.name, e.name, e.code, e.message, e instanceof DOMException);
  }
}
function detach(b) { structuredClone(b, { transfer: [b] }); return b; }

// what cannot be cloned
t('arrow', () => structuredClone(() => {}));
t('function', () => structuredClone(function foo(a) { return a; }));
t('symbol', () => structuredClone(Symbol('x')));
t('nested symbol', () => structuredClone({ a: Symbol() }));
t('symbol object', () => structuredClone(Object(Symbol('q'))));
t('weakmap', () => structuredClone(new WeakMap()));
t('promise', () => structuredClone(Promise.resolve()));
t('proxy', () => structuredClone(new Proxy({}, {})));
t('arguments', () => structuredClone((function () { return arguments; })(1, 2)));
t('global', () => structuredClone(globalThis));
t('in map', () => structuredClone(new Map([[1, { a: new Set([Symbol()]) }]])));
t('cause fn', () => structuredClone(new Error('x', { cause: () => 1 })));
t('getter throws', () => structuredClone({ get a() { throw new RangeError('g'); } }));

// arguments
t('no args', () => structuredClone());
t('undefined', () => structuredClone(undefined));
t('null', () => structuredClone(null));
t('options null', () => structuredClone(1, null));
t('options 5', () => structuredClone(1, 5));
t('transfer 5', () => structuredClone(1, { transfer: 5 }));
t('transfer null', () => structuredClone(1, { transfer: null }));
t('transfer string', () => structuredClone({ a: 1 }, { transfer: 'ab' }));
t('transfer {}', () => structuredClone(1, { transfer: {} }));
t('transfer getter', () => structuredClone(1, { get transfer() { throw new Error('boom'); } }));
t('transfer plain', () => structuredClone(1, { transfer: [{}] }));
t('transfer view', () => structuredClone(1, { transfer: [new Uint8Array(2)] }));
t('transfer sab', () => structuredClone(1, { transfer: [new SharedArrayBuffer(4)] }));
t('transfer dup', () => { const b = new ArrayBuffer(4); return structuredClone(1, { transfer: [b, b] }); });
t('detached', () => structuredClone(detach(new ArrayBuffer(4))));

// binary data
t('transfer graph', () => {
  const b = new ArrayBuffer(8); const u = new Uint8Array(b); u[0] = 7;
  const c = structuredClone({ u, b, d: new DataView(b, 2, 3) }, { transfer: [b] });
  return [b.byteLength, u.length, c.u[0], c.b === c.u.buffer, c.d.byteOffset, c.d.byteLength, c.d.buffer === c.b];
});
t('transfer twice referenced', () => {
  const b = new ArrayBuffer(4); const c = structuredClone([b, b], { transfer: [b] });
  return [c[0] === c[1], c[0].byteLength, b.byteLength];
});
t('copy is a copy', () => {
  const b = new ArrayBuffer(4); const c = structuredClone(b); new Uint8Array(c)[0] = 1;
  return [new Uint8Array(b)[0], c !== b, c.byteLength];
});
t('resizable', () => { const b = new ArrayBuffer(8, { maxByteLength: 16 }); const c = structuredClone(b); return [c.resizable, c.maxByteLength]; });
t('resizable transfer', () => {
  const b = new ArrayBuffer(8, { maxByteLength: 16 }); const c = structuredClone(b, { transfer: [b] });
  return [c.resizable, c.maxByteLength, b.byteLength];
});
t('length tracking', () => {
  const u = new Uint16Array(new ArrayBuffer(8, { maxByteLength: 16 }));
  const c = structuredClone(u); c.buffer.resize(16); return [c.length];
});
t('shared', () => {
  const s = new SharedArrayBuffer(8); const c = structuredClone(s); new Uint8Array(c)[0] = 5;
  return [c === s, new Uint8Array(s)[0]];
});
t('views', () => structuredClone([new BigInt64Array([1n]), new Uint8ClampedArray([300]), new Float64Array([1.5, 2]),
  new Uint8Array(new ArrayBuffer(4), 1, 2)]));

// other objects
t('error', () => {
  const e = new RangeError('m', { cause: 4 }); e.extra = 1; const c = structuredClone(e);
  return [c.constructor.name, c.message, c.cause, c.extra, c.stack === e.stack, Object.keys(c), Object.getOwnPropertyNames(c)];
});
t('error subclass', () => { class MyE extends TypeError {} const c = structuredClone(new MyE('z')); return [c.constructor.name, c.name, c.message]; });
t('error name', () => { const e = new Error('x'); e.name = 'Foo'; const c = structuredClone(e); return [c.name, c.constructor.name, String(c)]; });
t('error renamed', () => { const e = new TypeError('x'); e.name = 'RangeError'; return [structuredClone(e).constructor.name]; });
t('error no message', () => [structuredClone(new Error()).hasOwnProperty('message')]);
t('error number message', () => typeof structuredClone(Object.assign(new Error('x'), { message: 42 })).message);
t('fake error', () => [structuredClone({ __proto__: Error.prototype, message: 'm' }).constructor.name]);
t('date', () => { const d = new Date(5); const c = structuredClone(d); return [c.getTime(), c !== d, structuredClone(new Date(NaN)).getTime()]; });
t('regexp', () => { const r = /a+/gy; r.lastIndex = 3; r.x = 1; const c = structuredClone(r); return [String(c), c.lastIndex, c.x]; });
t('array', () => { const a = [1, , 3]; a.p = 'q'; const c = structuredClone(a); return [c.length, 1 in c, c.p, Object.keys(c)]; });
t('sparse', () => { const a = []; a[5] = 1; a.length = 10; return structuredClone(a).length; });
t('object', () => {
  const o = { get g() { return 5; }, [Symbol()]: 1 };
  Object.defineProperty(o, 'h', { value: 1, enumerable: false });
  return structuredClone(o);
});
t('deleted by getter', () => {
  const o = {}; Object.defineProperty(o, 'x', { get() { delete this.y; return 1; }, enumerable: true }); o.y = 2;
  return structuredClone(o);
});
t('cycles', () => { const o = {}; o.self = o; const m = new Map([[o, o]]); const [[k, v]] = structuredClone(m); return [k === v, k.self === k]; });
t('wrappers', () => structuredClone([Object(1n), Object(true), Object('s'), Object(-0), 10n, -0])
  .map((x) => [typeof x, String(x), Object.is(x, -0) || (typeof x === 'object' && Object.is(x.valueOf(), -0))]));
t('class instance', () => { class A { constructor() { this.x = 1; } } const c = structuredClone(new A()); return [c.constructor.name, c.x]; });
t('map props', () => { const m = new Map(); m.x = 1; return structuredClone(m).x; });
t('array subclass', () => structuredClone(new (class extends Array {})(3)));
t('null proto', () => structuredClone(Object.create(null, { a: { value: 1, enumerable: true } })));
t('Math', () => structuredClone(Math));
t('set order', () => [...structuredClone(new Set([3, 1, 2, { a: 1 }]))]);
