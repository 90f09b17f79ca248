const GetIntrinsic = require('get-intrinsic');
const names = ['%AsyncFromSyncIteratorPrototype%', '%AsyncFunction%', '%AsyncGenerator%', '%AsyncGeneratorFunction%', '%AsyncIteratorPrototype%', '%ThrowTypeError%', '%TypedArray%', '%ArrayIteratorPrototype%', '%GeneratorFunction%', '%Array.prototype.push%', '%Object.prototype.propertyIsEnumerable%', '%eval%', '%Reflect.getPrototypeOf%', '%Math.abs%', '%JSON.parse%', '%Symbol.iterator%', '%WeakRef%', '%FinalizationRegistry%', '%SharedArrayBuffer%', '%Atomics%', '%Error.prototype%', '%Function.prototype.call%'];
for (const n of names) { try { const v = GetIntrinsic(n, true); console.log(n, typeof v, v && (v.name || Object.prototype.toString.call(v))); } catch (e) { console.log(n, 'ERR', e.message); } }
const inspect = require('object-inspect');
class Foo { #p = 1; get x() { return 2; } }
console.log(inspect({a: [1, 'x', null, undefined, 1n, Symbol('s'), -0, new Map([[1, {b: new Set([2])}]]), new Foo(), function named() {}, () => {}, new Error('e'), /re/g, new Date(0), new WeakMap(), Object.create(null), new Proxy({}, {}), [,1], new Uint8Array(2), Object(1n), Object('str'), globalThis === global]}));
const ES = require('es-abstract'); console.log(ES.ToPrimitive({valueOf: () => 3}), ES.ToLength(-5), ES.IsCallable(class {}), ES.SameValueZero(NaN, NaN), ES.ToPropertyKey(1.5), ES.Type(1n), ES.CanonicalNumericIndexString('-0'), ES.IsConstructor(() => {}), ES.IsConstructor(Math.max));
const deepEqual = require('deep-equal'); console.log(deepEqual({a: [1, {b: new Date(1)}]}, {a: [1, {b: new Date(1)}]}, {strict: true}), deepEqual(new Set([1, {}]), new Set([1, {}])), deepEqual([1], {0: 1}));
console.log(require('is-core-module')('fs'), require('resolve').sync('semver', {basedir: __dirname}).endsWith('index.js'));
const util = require('util/'); console.log(util.format('%s %d %j %%', 'a', 2, {b: 1}), util.inherits.length, util.isDeepStrictEqual ? 1 : 0);
