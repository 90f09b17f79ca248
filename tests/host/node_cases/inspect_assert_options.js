// what assert's messages need of util.inspect: maxArrayLength: Infinity shows every entry of typed arrays,
// arrays, sets, maps, buffers, iterators; an object inheriting from Error.prototype (not an Error
// instance) shows as an error, as node's isError (instanceof Error) says
const util = require('util');
const o = { maxArrayLength: Infinity };
for (const v of [new Uint8Array(3), [1, 2], new Set([1]), new Map([[1, 2]]), Buffer.from('ab'), new ArrayBuffer(2), [1,2].entries(), new Set([1]).values()])
  console.log(util.inspect(v, o));
const c = Object.assign({ __proto__: Error.prototype }, new Error('a'));
Object.defineProperty(c, 'message', { value: 'a' });
console.log(util.inspect(c), util.inspect({ __proto__: TypeError.prototype, message: 'm' }), util.inspect(Object.create(Error.prototype)));
class E extends Error {}; const x = Object.create(E.prototype); console.log(util.inspect(x));
