const Sqids = require('sqids').default; const Hashids = require('hashids/cjs');
const sq = new Sqids(); const sq2 = new Sqids({ alphabet: 'k3G7QAe51FCsPW92uEOyq4Bg6Sp8YzVTmnU0liwDdHXLajZrfxNhobJIRcMvKt', minLength: 10, blocklist: new Set(['abc']) });
console.log(sq.encode([1, 2, 3]), JSON.stringify(sq.decode(sq.encode([1, 2, 3]))), sq2.encode([0]), sq2.encode([Number.MAX_SAFE_INTEGER]), JSON.stringify(sq2.decode(sq2.encode([7, 8, 9]))));
const h = new Hashids('this is my salt', 8, 'abcdefghijklmnopqrstuvwxyz1234567890');
console.log(h.encode(1, 2, 3), JSON.stringify(h.decode(h.encode(1, 2, 3))), h.encodeHex('507f1f77bcf86cd799439011'), h.decodeHex(h.encodeHex('507f1f77bcf86cd799439011')), h.encode(BigInt('9007199254740993')), String(h.decode(h.encode(BigInt('9007199254740993')))));
