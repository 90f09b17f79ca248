// node 20's assert: fail() with several arguments (operator, message, DEP0094 once), ifError's AssertionError
// (message, actual, the original error's frames), loose deepEqual of binary data (kinds, bytes,
// float arrays by value), and generated messages (inspectValue's layout, createErrDiff's line diff)
const util = require("util"); const assert = require('assert');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, '|', e.code, '|', JSON.stringify(e.message), '|', e.operator, '|', e.generatedMessage, '|', typeof e.actual, typeof e.expected); } }
t(() => assert.fail(1, 2));
t(() => assert.fail(1, 2, undefined, '>'));
t(() => assert.fail(1, 2, 'msg'));
t(() => assert.fail(1, 2, 'msg', '>'));
t(() => assert.fail('boom'));
t(() => assert.fail());
t(() => assert.fail(new TypeError('x')));
t(() => assert.ifError(new Error('inner')));
t(() => assert.ifError('str'));
t(() => assert.ifError(null));
t(() => assert.ifError(0));
t(() => assert.ifError(false));
t(() => { const e = new Error('inner'); e.stack = 'Error: inner\n    at foo (x.js:1:1)\n    at bar (y.js:2:2)'; assert.ifError(e); });
t(() => assert.deepEqual(new Uint8Array([1,2]), new Int8Array([1,2])));
t(() => assert.deepEqual(new Uint8Array([1,2]), new Uint16Array([1,2])));
t(() => assert.deepEqual(new Float32Array([1,2]), new Float64Array([1,2])));
t(() => assert.deepEqual(new Uint8Array([1,2]), [1,2]));
t(() => assert.deepEqual(Buffer.from([1,2]), new Uint8Array([1,2])));
t(() => assert.deepStrictEqual(Buffer.from([1,2]), new Uint8Array([1,2])));
t(() => assert.notDeepEqual(new Uint8Array([1,2]), new Int8Array([1,2])));
t(() => assert.deepEqual(new Float64Array([0]), new Float64Array([-0])));
t(() => assert.deepEqual(new Float64Array([NaN]), new Float64Array([NaN])));
function inner() { return new TypeError('zz'); }
try { assert.ifError(inner()); } catch (e) {
  const lines = e.stack.split('\n');
  console.log(lines[0], lines.filter((l) => l.includes('at inner')).length, e.actual.message, e.expected, e.generatedMessage);
}
process.on('warning', (w) => console.log('warning', w.code));
const pairs = [[new ArrayBuffer(2), new ArrayBuffer(3)], [new ArrayBuffer(2), new ArrayBuffer(2)], [new Uint8Array([1,2]).buffer, new Uint8Array([1,3]).buffer],
 [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))], [new DataView(new Uint8Array([1]).buffer), new DataView(new ArrayBuffer(1))],
 [new Float32Array([NaN]), new Float32Array([NaN])], [new Float32Array([0]), new Float32Array([-0])], [new Int8Array([1]), new Int8Array([1])],
 [Object.assign(new Uint8Array([1]), {x: 1}), new Uint8Array([1])], [new Uint8Array(new ArrayBuffer(4), 1, 2), new Uint8Array(2)],
 [new SharedArrayBuffer(1), new ArrayBuffer(1)], [new Uint8Array([1,2]), new Uint8Array([1,2,3])]];
for (const [a, b] of pairs) console.log(util.isDeepStrictEqual(a, b), (() => { try { assert.deepEqual(a, b); return true } catch { return false } })());
for (const [a, b] of [[{a:1,b:[1,2,3,4,5,6,7,8]}, {a:1,b:[1,2,3,4,5,6,7,9]}], ['hello world', 'hello wurld'], [[1,2,3], [1,2,3]], [1, '1'], [{}, {}], [-0, 0], [function f(){}, function g(){}], ])
  for (const op of ['strictEqual', 'deepStrictEqual', 'notStrictEqual', 'notDeepStrictEqual', 'deepEqual', 'notDeepEqual']) {
    try { assert[op](a, b); console.log(op, 'ok'); } catch (e) { console.log(op, JSON.stringify(e.message)); }
    try { assert[op](a, b, 'custom'); } catch (e) { console.log(op, JSON.stringify(e.message), e.generatedMessage); }
  }
for (const op of ['deepStrictEqual', 'deepEqual']) try { assert[op]({ a: Array.from({ length: 30 }, (_, i) => i), s: 'x' }, { a: Array.from({ length: 30 }, (_, i) => i === 15 ? -1 : i), s: 'x' }); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.deepStrictEqual(new Error('a'), new Error('b')); } catch (e) { console.log(JSON.stringify(e.message)); }
