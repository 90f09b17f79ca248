// util beyond inspect: the whole of util.types, promisify/callbackify, deprecate, parseArgs,
// styleText, defaultOptions and the legacy predicates, as node 20 has them
const util = require('util');
const types = require('util/types');
console.log(types === util.types, Object.keys(util.types).join(' '));
function* gen() {} async function af() {}
const samples = {
  date: new Date(0), args: (function () { return arguments; })(), bigObj: Object(1n), boolObj: new Boolean(false),
  numObj: new Number(1), strObj: new String('s'), symObj: Object(Symbol('q')), err: new TypeError('t'), re: /x/,
  af, arrowAsync: async () => {}, gen, genObj: gen(), promise: Promise.resolve(), map: new Map(), set: new Set(),
  mapIter: new Map().keys(), setIter: new Set().values(), wm: new WeakMap(), ws: new WeakSet(), ab: new ArrayBuffer(1),
  dv: new DataView(new ArrayBuffer(1)), sab: new SharedArrayBuffer(1), proxy: new Proxy({}, {}), u8: new Uint8Array(1),
  u8c: new Uint8ClampedArray(1), i16: new Int16Array(1), f64: new Float64Array(1), b64: new BigInt64Array(1),
  buf: Buffer.alloc(1), plain: {}, arr: [], fn() {}, num: 1,
};
for (const [name, v] of Object.entries(samples)) {
  console.log(name, Object.keys(util.types).filter((k) => util.types[k](v)).join(','));
}
(async () => {
  const sleep = util.promisify(setTimeout);
  console.log(await sleep(1, 'slept'), util.promisify(setImmediate) === require('timers/promises').setImmediate);
  const custom = function () {}; custom[util.promisify.custom] = () => Promise.resolve('custom!');
  console.log(await util.promisify(custom)(), util.promisify(custom) === custom[util.promisify.custom]);
  const withThis = { k: 3, m(a, cb) { cb(null, this.k + a); } };
  withThis.p = util.promisify(withThis.m); console.log(await withThis.p(4));
  try { await util.promisify((cb) => cb(new Error('failed')))(); } catch (e) { console.log('rejected', e.message); }
  const cbd = util.callbackify(async (x) => x * 2);
  console.log(cbd.name, cbd.length);
  await new Promise((resolve) => cbd(21, (e, v) => { console.log('callbackified', e, v); resolve(); }));
  await new Promise((resolve) => util.callbackify(() => Promise.reject(null))((e) => {
    console.log(e.code, e.message, e.reason); resolve();
  }));
  try { util.callbackify(async () => 1)(); } catch (e) { console.log(e.code); }
  let calls = 0; const dep = util.deprecate(function (a) { calls += a; return calls; }, 'old api', 'DEP_TEST');
  console.log(dep(1), dep(2), calls);
  const t = (c) => { try { console.log(util.inspect(util.parseArgs(c), { depth: 5, breakLength: 200 })); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
  t({ args: ['-ab', '--foo=1', 'pos', '--', '--x'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, foo: { type: 'string', multiple: true } }, allowPositionals: true, tokens: true });
  t({ args: ['-cfile', '-a', '-c', 'v2', '--foo', 'f'], options: { a: { type: 'boolean', short: 'a' }, c: { type: 'string', short: 'c', multiple: true }, foo: { type: 'string' } } });
  t({ args: ['-ac', 'v'], options: { a: { type: 'boolean', short: 'a' }, c: { type: 'string', short: 'c' } } });
  t({ args: ['-acv'], options: { a: { type: 'boolean', short: 'a' }, c: { type: 'string', short: 'c' } } });
  t({ args: ['--nope'], options: {} });
  t({ args: ['--nope'], options: {}, allowPositionals: true });
  t({ args: ['pos'], options: {} });
  t({ args: ['-s'], options: { s: { type: 'string', short: 's' } } });
  t({ args: ['--b=1'], options: { b: { type: 'boolean' } } });
  t({ args: ['--s', '-x'], options: { s: { type: 'string' } } });
  t({ args: ['-s', '-x'], options: { s: { type: 'string', short: 's' } } });
  t({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true });
  t({ args: [], options: { d: { type: 'string', default: 'x' }, m: { type: 'boolean', multiple: true, default: [true] } } });
  t({ args: ['--x=1', '-abc', '--', 'q'], strict: false, tokens: true });
  t({ args: [], options: { d: { type: 'nope' } } });
  t({ args: [], options: { d: { type: 'string', short: 'dd' } } });
  t({ args: ['-'], options: {}, allowPositionals: true });
  console.log(JSON.stringify(util.styleText(['bold', 'red'], 'x')), JSON.stringify(util.styleText('red', 'y', { validateStream: false })));
  try { util.styleText('nope', 'x'); } catch (e) { console.log(e.code, e.message.slice(0, 60)); }
  console.log(Object.keys(util.inspect.colors).length, util.inspect.colors.grey, util.inspect.styles.date);
  console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'), util.toUSVString('a\ud800b'));
  console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorMap().get(-2), util.getSystemErrorMap() instanceof Map);
  try { util.getSystemErrorName(2); } catch (e) { console.log(e.code, e.message); }
  console.log(util.isBoolean(true), util.isNull(null), util.isNullOrUndefined(undefined), util.isNumber(1), util.isString(''),
    util.isSymbol(Symbol()), util.isUndefined(), util.isRegExp(/x/), util.isObject(null), util.isDate(new Date()),
    util.isError(new Error()), util.isFunction(() => 1), util.isPrimitive('x'), util.isBuffer(Buffer.alloc(0)));
  console.log(util.format('%s|%s|%s', () => 1, class Q {}, function named() { return 2; }), util.format('%o', [1, { f() {} }]));
  const before = util.inspect.defaultOptions.depth;
  util.inspect.defaultOptions.depth = 0; console.log({ a: { b: 1 } }, util.inspect({ a: { b: 1 } }));
  util.inspect.defaultOptions = { depth: before }; console.log({ a: { b: { c: { d: 1 } } } });
  try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code); }
  console.log(util.inspect(() => {}, { showHidden: true }), util.inspect(class A {}, { showHidden: true }));
  class Foo {} console.log(util.inspect(Foo.prototype), util.inspect(Object.prototype), util.inspect(Object.create(Foo.prototype)));
  console.log(typeof util.TextEncoder, util.TextDecoder === TextDecoder, typeof util.debuglog('x'), util.debuglog('x').enabled);
  await util.aborted(AbortSignal.abort(), {}); console.log('aborted resolved');
})();
