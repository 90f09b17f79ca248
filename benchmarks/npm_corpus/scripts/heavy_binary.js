// Binary libraries over larger inputs: compression, hashing, base64.
const pako = require('pako'); const fflate = require('fflate'); const CryptoJS = require('crypto-js'); const { sha256 } = require('js-sha3').sha3_256 ? {sha256: require('js-sha3').sha3_256} : {};
const data = new Uint8Array(200000); let s = 1; for (let i = 0; i < data.length; i++) { s = (s * 1103515245 + 12345) >>> 0; data[i] = (s >>> 16) % 17 + 65; }
const d = pako.deflate(data); const back = pako.inflate(d); console.log(d.length, back.length, back[12345]);
const g = fflate.gzipSync(data, {mtime: 0}); console.log(g.length, fflate.gunzipSync(g).length);
const text = new TextDecoder().decode(data.subarray(0, 50000)); console.log(CryptoJS.SHA256(text).toString(), sha256(text));
console.log(Buffer.from(data.subarray(0, 30000)).toString('base64').length, CryptoJS.enc.Base64.stringify(CryptoJS.enc.Latin1.parse(text.slice(0, 3000))).slice(0, 40));
