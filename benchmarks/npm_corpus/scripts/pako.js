const pako = require('pako');
const input = new TextEncoder().encode('hello hello hello pako '.repeat(20));
const def = pako.deflate(input); const inf = pako.inflate(def, {to: 'string'});
console.log(def.length, inf.length, inf.slice(0, 24), pako.gzip('abc').length, pako.ungzip(pako.gzip('abc'), {to: 'string'}));
console.log(Array.from(pako.deflateRaw('aaaaaaaaaa')));
