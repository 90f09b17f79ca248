// A second inspect corpus, written after the first matched node: 165 values, 20 option cases and 18 format cases. On its first run pyjsvm crashed (new Date(8.64e15)); once that was fixed it matched 197 of 204 entries; the rest were fixed. An error that is its own cause is left out: node counts its internal stack frames there.
const util = require('util');
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3 extends Point { constructor() { super(1, 2); this.z = 3; } }
class Temp { #secret = 1; pub = 2; static s = 3; }
class WithToString { toString() { return 'ws'; } }
class Named { static get [Symbol.species]() { return Array; } }
class MyMap extends Map { extra = 1; }
class MySet extends Set {}
class MyPromise extends Promise {}
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
class NoName extends Error {}
class CodeError extends Error { code = 'E_CODE'; }
const anon = new (class {})();
const deep = { l1: { l2: { l3: { l4: { l5: {} } } } } };
const arr200 = Array.from({ length: 200 }, (_, i) => i * 2);
const sparse = []; sparse[3] = 'x'; sparse[10] = 'y';
const withNeg = [1, 2]; withNeg[-1] = 'neg'; withNeg.foo = 'bar';
const symKeyArr = [1]; symKeyArr[Symbol('s')] = 2;
const frozenArr = Object.freeze([1, 2]);
const ta = new Uint16Array([1, 2, 3, 65535]);
const bigTa = new Float32Array(120);
const buf = Buffer.from('hello');
const longBuf = Buffer.alloc(60, 1);
const ab = new ArrayBuffer(8); new Uint8Array(ab).set([1, 2, 3]);
const sab = new SharedArrayBuffer(4);
const dv = new DataView(new ArrayBuffer(4), 1, 2);
const circA = { name: 'a' }; const circB = { name: 'b', a: circA }; circA.b = circB;
const circArr = [1]; circArr.push(circArr);
const circMap = new Map(); circMap.set('self', circMap);
const getterThrows = { get boom() { throw new Error('x'); } };
const accessorOnly = Object.defineProperty({}, 'a', { get() { return 1; }, enumerable: true });
const setterOnly = Object.defineProperty({}, 'a', { set(v) {}, enumerable: true });
const multiline = 'line1\nline2\nline3';
const quoteMix = `single ' and "double" and \`back\``;
const unicode = 'ünïcödé ✓ 漢字 🎉';
const ctrl = '\x00\x1b[31m\x7f\u200b';
const lone = '\ud800';
const numbers = [0.1 + 0.2, 1e21, 1e-7, -1e-7, 2 ** 53, -(2 ** 31), 5e-324, 1.7976931348623157e308, 123.456];
const bigints = [0n, -1n, 2n ** 64n, -(2n ** 100n)];
const dates = [new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 123)), new Date(-1), new Date(8.64e15), new Date(-62198755200000)];
const regexps = [/a\/b/g, /[\]]/u, /(?<name>x)/d, new RegExp('\n'), /x/y, /./s, /\p{L}/v];
const fns = [function () {}, function namedFn(a, b) {}, async () => {}, async function* agen() {}, Math.sin, Function.prototype, class {}, class Sub extends Point {}, Symbol, Array.prototype.map, (() => {}).bind(null), function bound() {}.bind(null)];
const boxed = [Object(''), Object('ab'), Object(-0), Object(NaN), Object(true), Object(10n), Object(Symbol.iterator)];
const boxedProps = Object.assign(Object('s'), { x: 1 });
const promises = [Promise.reject(3).catch(() => 0) && Promise.reject(new Error('rj')), Promise.resolve(Promise.resolve(1)), new MyPromise(() => {})];
promises[0].catch(() => {});
const iters = [[1, 2, 3].entries(), [1, 2].keys(), new Set([1, 2]).entries(), new Map([['a', 1]]).entries(), 'ab'.matchAll(/a/g), (function* () { yield 1; })(), Object.entries({ a: 1 })[Symbol.iterator]()];
const nullProtoArr = Object.setPrototypeOf([1, 2], null);
const nullProtoFn = Object.setPrototypeOf(function f() {}, null);
const nullProtoErr = Object.setPrototypeOf(new Error('np'), null);
const errNoStack = new Error('ns'); delete errNoStack.stack; errNoStack.stack = undefined;
const errCustomStack = new Error('cs'); errCustomStack.stack = 'custom stack text';
const errNameChanged = new Error('nm'); errNameChanged.name = 'Changed';
const errMsgEmpty = new TypeError('');
const errAgg = new AggregateError([new Error('e1'), 'e2'], 'agg');

const errCauseObj = new Error('co', { cause: { reason: 'obj' } });
const errCauseUndef = new Error('cu', { cause: undefined });
const errInObj = { error: new RangeError('in object') };
const customInspectDepth = { [util.inspect.custom](depth, opts) { return `depth=${depth} colors=${opts.colors}`; } };
const customInspectNested = { inner: { [util.inspect.custom]() { return 'INNER'; } } };
const customReturnsThis = { a: 1, [util.inspect.custom]() { return this; } };
const customViaInspect = { [util.inspect.custom](d, o, inspect) { return inspect({ wrapped: true }, o); } };
const tagged = { [Symbol.toStringTag]: 'Custom', v: 1 };
const taggedClass = new (class Thing { get [Symbol.toStringTag]() { return 'ThingTag'; } })();
const taggedSame = new (class Same { get [Symbol.toStringTag]() { return 'Same'; } })();
const proxyArr = new Proxy([1, 2], {});
const proxyFn = new Proxy(function pf() {}, {});
const revocable = Proxy.revocable({}, {}); revocable.revoke();
const weakRef = new WeakRef({ a: 1 });
const fr = new FinalizationRegistry(() => {});
const nestedArrays = [[[[[1]]]], [[2]]];
const mixedArr = [1, 'two', { three: 3 }, [4], null, undefined, true, 5n, Symbol('six')];
const objManyKeys = Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['key' + i, i]));
const objNumericKeys = { 10: 'a', 2: 'b', 1.5: 'c', '-1': 'd', '01': 'e' };
const objSymbolDesc = { [Symbol()]: 'nodesc', [Symbol('')]: 'empty', [Symbol.for('f')]: 'for' };
const objKeywords = { class: 1, 'true': 2, null: 3, 'a.b': 4, $d: 5, _u: 6, 'ü': 7, '1a': 8 };
const longKeys = { ['k'.repeat(90)]: 1 };
const arrayOfObjects = Array.from({ length: 5 }, (_, i) => ({ id: i, name: 'n' + i, tags: ['a', 'b'] }));
const mapOfMaps = new Map([['outer', new Map([['inner', new Map([['deep', 1]])]])]]);
const setOfObjs = new Set([{ a: 1 }, { b: 2 }, [3]]);
const bigMap = new Map(Array.from({ length: 120 }, (_, i) => [i, i]));
const bigSet = new Set(Array.from({ length: 110 }, (_, i) => i));
const longString = 'word '.repeat(40).trim();
const longStringInArr = ['x'.repeat(100)];
const longStringInObj = { s: 'y'.repeat(100), t: 'short' };
const numArr = Array.from({ length: 26 }, (_, i) => i * 1000);
const strArr = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1));
const negNumArr = [-1, 2, -300, 4000, -5, 6, 70, -8];
const argsObj = (function () { return arguments; })('a', { b: 1 });
const globalLike = { globalThis: typeof globalThis };
const dateWithProps = Object.assign(new Date(0), { label: 'epoch' });
const invalidDateProps = Object.assign(new Date(NaN), { why: 'nan' });
const regexpWithLastIndex = /g/g; regexpWithLastIndex.lastIndex = 3;
const fnWithProps = Object.assign(function props() {}, { a: 1, b: { c: 2 } });
const classWithStatic = class Stat { static x = 1; static m() {} };
const objWithClass = { C: class Inner {} };
const getterSetterObj = { get both() { return 1; }, set both(v) {}, get onlyGet() { return 2; }, set onlySet(v) {} };
const protoChain = Object.create(Object.create({ deep: 1 }));
const objWithNullProtoChild = { child: Object.create(null) };
const intlObjs = [new Intl.NumberFormat('en-US'), new Intl.Collator('en')];
const jsonLike = JSON.parse('{"a":[1,{"b":null}],"c":"d"}');
const emptyThings = [[], {}, new Map(), new Set(), '', new Array(3), Object.create(null), new Uint8Array(0), new ArrayBuffer(0)];
const values = [
  new Point(1, 2), new Point3(), new Temp(), new WithToString(), new Named(), new MyMap([[1, 2]]), new MySet([1]), new MyError('mine'), new NoName('noname'), new CodeError('coded'), anon,
  deep, arr200, sparse, withNeg, symKeyArr, frozenArr, ta, bigTa, buf, longBuf, ab, sab, dv,
  circA, circArr, circMap, getterThrows, accessorOnly, setterOnly,
  multiline, quoteMix, unicode, ctrl, lone, ...numbers, ...bigints, ...dates, ...regexps, ...fns, ...boxed, boxedProps, ...promises, ...iters,
  nullProtoArr, nullProtoFn, nullProtoErr, errNoStack, errCustomStack, errNameChanged, errMsgEmpty, errAgg, errCauseObj, errCauseUndef, errInObj,
  customInspectDepth, customInspectNested, customReturnsThis, customViaInspect, tagged, taggedClass, taggedSame, proxyArr, proxyFn, revocable.proxy, weakRef, fr,
  nestedArrays, mixedArr, objManyKeys, objNumericKeys, objSymbolDesc, objKeywords, longKeys, arrayOfObjects, mapOfMaps, setOfObjs, bigMap, bigSet,
  longString, longStringInArr, longStringInObj, numArr, strArr, negNumArr, argsObj, globalLike, dateWithProps, invalidDateProps, regexpWithLastIndex,
  fnWithProps, classWithStatic, objWithClass, getterSetterObj, protoChain, objWithNullProtoChild, ...intlObjs, jsonLike, ...emptyThings,
  Symbol.asyncIterator, globalThis.undefined, -0n, [,], [, 1], [1, ,], Array(101).fill(0), '\\', "'", '"', '`', 'a\'b"c',
];
const lines = [];
values.forEach((v, i) => {
  let out;
  try { out = util.inspect(v); } catch (e) { out = 'THROWS ' + e.message; }
  lines.push(`#${i} ${out.replace(/^\s+at .*$/gm, '    at <frame>').replace(/(\n    at <frame>)+/g, '\n    at <frames>')}`);
});
const optionCases = [[arr200, { maxArrayLength: 0 }], [circA, { depth: 0 }], [objManyKeys, { breakLength: Infinity }], [mixedArr, { compact: false }],
  [mapOfMaps, { depth: 1 }], [getterSetterObj, { getters: 'get' }], [getterSetterObj, { getters: 'set' }], [new Point(1, 2), { showHidden: true }],
  [mixedArr, { colors: true }], [new Map([[1, { a: [1] }]]), { colors: true, compact: 1 }], [numbers, { numericSeparator: true }],
  [longString, { maxStringLength: 10 }], [{ b: 1, a: { d: 1, c: 2 } }, { sorted: true }], [{ b: 1, a: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) }],
  [new Proxy({ t: 1 }, { get() { return 5; } }), { showProxy: true }], [new Proxy({ t: 1 }, { get() { return 5; } }), { showProxy: false }],
  [customInspectDepth, { customInspect: false }], [deep, { depth: null }], [[deep], { depth: 1 }], [new Error('opt'), { compact: false }]];
optionCases.forEach(([v, o], i) => {
  let out;
  try { out = util.inspect(v, o); } catch (e) { out = 'THROWS ' + e.message; }
  lines.push(`#o${i} ${out.replace(/^\s+at .*$/gm, '    at <frame>').replace(/(\n    at <frame>)+/g, '\n    at <frames>')}`);
});
const fmt = [['%s', 1.5], ['%s', -0], ['%s', [1, [2]]], ['%s', { a: 1 }], ['%s', new Point(1, 2)], ['%s', new WithToString()], ['%s', new Error('fe')],
  ['%d', '42abc'], ['%i', '42.9'], ['%f', 'x'], ['%j', undefined], ['%O', deep], ['%o', 'str'], ['%c', 'css'], ['%x', 1], ['%', 1], ['a%sb%sc', 1], ['%s %s', 'only']];
fmt.forEach((args, i) => lines.push(`#f${i} ${util.format(...args).replace(/^\s+at .*$/gm, '    at <frame>').replace(/(\n    at <frame>)+/g, '\n    at <frames>')}`));
console.log(lines.join('\n'));
console.log('count', values.length + optionCases.length + fmt.length);
