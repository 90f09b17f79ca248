const util = require('util');
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { get g() { return 2; } }
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
class Tagged { get [Symbol.toStringTag]() { return 'TT'; } }
const circ = { name: 'c' }; circ.self = circ;
const arrHoles = [1, , 3]; arrHoles.extra = 'x';
const fnNamed = function named() {}; fnNamed.prop = 1;
const sym = Symbol('s');
const objSym = { [sym]: 1, regular: 2 };
const nullProto = Object.create(null); nullProto.x = 1;
const getter = { get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} };
const bigArr = Array.from({ length: 120 }, (_, i) => i);
const longStr = 'x'.repeat(200);
const nested = { a: { b: { c: { d: { e: 1 } } } } };
const m = new Map([[1, 'a'], ['k', { v: [1, 2] }]]);
const s = new Set([1, 'two', [3]]);
const wm = new WeakMap(); const ws = new WeakSet();
const err2 = new TypeError('bad'); err2.code = 'E_X';
const errCause = new Error('outer', { cause: new Error('inner') });
const values = [
  undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -Infinity, 123456789012345680000, 1e-7, 10n, -5n,
  '', 'str', "it's", 'a"b', `both'"`, 'line\nbreak', 'tab\t', '\u0001', 'é😀', longStr,
  sym, Symbol(), Symbol.iterator, Symbol.for('reg'),
  [], [1, 2, 3], arrHoles, [[1, [2, [3, [4, [5]]]]]], bigArr, new Array(5), [undefined, null],
  {}, { a: 1 }, { 'a-b': 1, 'c d': 2, 3: 'n', valid_id: 4 }, nested, circ, objSym, nullProto, getter,
  { f() {} , g: () => 1, h: async () => {}, i: function* () {}, j: async function* () {}, k: class {}, l: class K extends Foo {} },
  function () {}, fnNamed, () => {}, async function af() {}, function* gf() {}, class A {}, class B extends Foo {}, Math.max,
  new Foo(), new Bar(), new Tagged(), Object.assign(new Foo(), { b: [1] }),
  new Date(0), new Date(NaN), new Date(1700000000000), Object.assign(new Date(0), { x: 1 }),
  /abc/gi, new RegExp(''), /[/]\//, Object.assign(/x/, { y: 1 }),
  m, s, new Map(), new Set(), wm, ws, m.entries(), m.keys(), m.values(), s.values(), s.entries(), [1, 2][Symbol.iterator](),
  'abc'[Symbol.iterator](), new Map([[{ a: 1 }, new Set([1])]]),
  Promise.resolve(4), Promise.reject(new Error('no')).catch(() => {}) && Promise.resolve({ a: 1 }), new Promise(() => {}),
  new Number(3), new String('boxed'), new Boolean(false), Object(Symbol('bx')), Object(1n),
  new Proxy({ a: 1 }, {}), new Proxy(function () {}, {}),
  Object.freeze({ a: 1 }), Object.seal([1]),
  JSON, Math, Reflect, new Set([new Map()]), [[]],
  arguments => 1, (function () { return arguments; })(1, 2),
  new Error("plain"), err2, Object.assign(new Error("c"), { cause: "str cause" }), [new Error("in array")], new RangeError('r'), Object.assign(new Error('props'), { extra: [1] }),
  { e: new Error('nested') },
  new (class extends Map {})(), new (class Custom extends Array {})(), Object.create(Foo.prototype), Object.create({}),
  { [Symbol.toStringTag]: 'Tag', a: 1 }, { constructor: 'notfn' },
  { a: 'x'.repeat(60), b: 'y'.repeat(30) }, [{ a: 1, b: 2 }, { a: 3, b: 4 }], Array(30).fill('ab'),
  Array(7).fill({ k: 1 }), { arr: [[], {}, [[]]] }, [new Map([[1, 2]]), new Set([3])],
  Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), Object.defineProperty([1], 'h', { value: 2 }),
  [-0, 0], { n: -0 }, '\x7f', '\u2028', 'a\\b', 'ab\r', ['\n'], { 'key\n': 1 }, { '': 1 }, { __proto__: { inh: 1 }, own: 2 },
  new WeakRef({}), Symbol('with space'), [Symbol('in arr')],
  new Int8Array([1, -2]), new Uint8Array(3), new Float64Array([1.5]), new ArrayBuffer(4), new DataView(new ArrayBuffer(2)),
  new BigInt64Array([1n]), [1.0, 2.5, -3], [true, false], { a: undefined, b: null },
  Object.assign(() => {}, { a: 1 }), Object.assign(function nm() {}, { [Symbol('q')]: 2 }),
  { toString() { return 'x'; } }, { valueOf() { return 1; } }, { inspect() { return 'old'; } },
  { [util.inspect.custom]() { return 'CUSTOM'; } }, { [util.inspect.custom]() { return { replaced: true }; } },
  Object.setPrototypeOf({ a: 1 }, null), Object.setPrototypeOf([1, 2], null), Object.setPrototypeOf(new Map([[1, 2]]), null),
  process.env === undefined, new URL('http://a.b/c'), new URLSearchParams('a=1'),
  globalThis === global, 'long ' + 'word '.repeat(30), { a: [1, 2, { b: [3, { c: 4 }] }] },
];
values.forEach((v, i) => {
  let out;
  try { out = util.inspect(v); } catch (e) { out = 'THROWS ' + e.message; }
  console.log(`#${i} ${out.replace(/^\s+at .*$/gm, '    at <frame>').replace(/(\n    at <frame>)+/g, '\n    at <frames>')}`);
});
for (const [v, o] of [[nested, { depth: 0 }], [nested, { depth: Infinity }], [bigArr, { maxArrayLength: 3 }], [longStr, { maxStringLength: 5 }],
  [{ b: 2, a: 1 }, { sorted: true }], [{ a: [1, 2] }, { compact: false }], [{ a: 1, b: 'x' }, { breakLength: 3 }], [getter, { getters: true }],
  [[1, 2, 3], { showHidden: true }], [new Proxy({}, {}), { showProxy: true }], [m, { depth: -1 }], ['str', { colors: true }], [{ a: 1, b: 'x', c: null, d: undefined, e: 1n, f: Symbol('q'), g: /x/, h: new Date(0) }, { colors: true }]]) {
  console.log(util.inspect(v, o));
}
console.log(util.format('%s %d %i %f %j %o %O %%', 'str', 42.5, 42.5, '1.5', { a: 1 }, [1], { b: 2 }), util.format('a', 'b', 1, {}));
console.log(util.format('%s', { a: { b: { c: 1 } } }, Symbol('x'), 2n), util.format('%d', '0x10'), util.format('%s', null, undefined, -0));
