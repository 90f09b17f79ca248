const b64 = require('base64-js'); const ieee754 = require('ieee754');
const bytes = new Uint8Array([0, 1, 2, 250, 255, 128]); const s = b64.fromByteArray(bytes);
console.log(s, Array.from(b64.toByteArray(s)), b64.byteLength('AAAA'));
const buf = new Uint8Array(8); ieee754.write(buf, Math.PI, 0, false, 52, 8); console.log(Array.from(buf), ieee754.read(buf, 0, false, 52, 8));
