const { encode, decode } = require('@msgpack/msgpack');
const e = encode({a: 1, b: [true, null, 1.5, 'str', -300, 2 ** 40], c: new Uint8Array([1, 2])});
console.log(Array.from(e).join(','), JSON.stringify(decode(e), (k, v) => v instanceof Uint8Array ? Array.from(v) : v));
