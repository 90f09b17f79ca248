// Members of primitive strings (expressions.get_member_of_primitive): indices, length, the
// methods of %String.prototype% read from its own properties, and what may change them:
// prototype indices, accessors, replaced and deleted methods, Object.prototype; plus bitwise
// operators on Numbers outside the int32 range (binary_op, ToInt32/ToUint32).
var r = [];
function m(s, k) { return s[k]; }
function hash(s) { var h = 0; for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; }
r.push(hash('the quick brown fox jumps over the lazy dog'), hash(''), hash('\u00e9\ud83d\ude00'));
r.push('abc'.charCodeAt(1), m('abc', 1), m('abc', '01'), m('abc', '1'), 'abc'.length, m('abc', 5), m('abc', -1), m('abc', '-0'));
r.push(m('abc', 'length'), typeof m('abc', 'slice'), m('abc', 'constructor') === String);
String.prototype[5] = 'five'; r.push(m('abc', 5), m('abc', 1), m('abcdefg', 5));
delete String.prototype[5];
Object.defineProperty(String.prototype, 'g', { get: function () { return typeof this + this.length; }, configurable: true });
r.push('abcd'.g, m('xy', 'g'));
var saved = String.prototype.charCodeAt;
String.prototype.charCodeAt = function () { return 'patched'; };
r.push('x'.charCodeAt(0));
delete String.prototype.charCodeAt; r.push(typeof 'x'.charCodeAt);
String.prototype.charCodeAt = saved;
Object.prototype.zz = 'fromObject'; r.push('x'.zz, m('x', 'zz')); delete Object.prototype.zz;
r.push(typeof m('x', Symbol.iterator), m('abc', { toString: function () { return '2'; } }));
r.push((-1 >>> 0) | 0, 2147483648 | 0, 4294967296.5 | 0, NaN | 0, Infinity | 0, -Infinity ^ 1, 1e20 & 0xff, (2 ** 53 + 2) >>> 0);
r.push(-2147483649 | 0, 1e300 ^ 5, -1e-300 | 0, 3000000000 & 3000000000, 2 ** 32 + 7 >> 1, -(2 ** 31) >>> 0);
r.join();
