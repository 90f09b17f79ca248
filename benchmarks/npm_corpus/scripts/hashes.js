const md5 = require('md5');
const shajs = require('sha.js');
const { sha256, sha224 } = require('js-sha256');
const hash = require('hash.js');
const CRC32 = require('crc-32');
const ADLER32 = require('adler-32');
const basex = require('base-x').default || require('base-x');
const bs58 = require('bs58');
const msg = 'The quick brown fox jumps over the lazy dog ☃';
console.log(md5(msg), md5(''), shajs('sha256').update(msg).digest('hex'), shajs('sha1').update('abc').digest('base64'), shajs('sha512').update(msg).digest('hex').slice(0, 32));
console.log(sha256(msg), sha224('abc'), sha256.hmac('key', msg), sha256.create().update('a').update('bc').hex(), Buffer.from(sha256.arrayBuffer('x')).toString('hex').slice(0, 16));
console.log(hash.sha256().update(msg).digest('hex'), hash.sha512().update('abc').digest('hex').slice(0, 40), hash.ripemd160().update('').digest('hex'), hash.hmac(hash.sha256, 'key').update('msg').digest('hex'));
console.log(CRC32.str(msg), CRC32.buf([1, 2, 3]), CRC32.bstr('abc') >>> 0, ADLER32.str(msg), ADLER32.buf(Buffer.from('hello')));
const b62 = basex('0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
const bytes = Uint8Array.from([0, 0, 1, 2, 255, 128, 7]);
const enc = bs58.default ? bs58.default : bs58;
console.log(enc.encode(bytes), Array.from(enc.decode(enc.encode(bytes))), b62.encode(Buffer.from('hello world')), Buffer.from(b62.decode(b62.encode(Buffer.from('hello world')))).toString());
try { enc.decode('0OIl'); } catch (e) { console.log(e.message); }
