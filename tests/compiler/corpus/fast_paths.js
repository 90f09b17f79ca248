// The compiler's NON-SPEC fast paths (method lookup on prototypes, adding properties,
// == / != with null and same-type operands, f.apply(x, arguments) pass-through) against node.
var r = [];

// f.apply(x, arguments): sloppy (mapped: a reassigned parameter shows), strict (unmapped),
// shadowed, inside arrows, apply replaced (the arguments object is made once), not callable.
function t(a, b) { return [this && this.tag, a, b, arguments.length].join(); }
function w1(a, b) { a = 'A'; return t.apply({tag: 1}, arguments); }
function w2(a, b) { 'use strict'; a = 'A'; return t.apply({tag: 2}, arguments); }
function w3() { return t.apply(null, arguments); }
function w4(a) { { let arguments = [9]; return t.apply(null, arguments); } }
function w5(a) { return (() => t.apply(null, arguments))(); }
function w6(a) { var o = {apply: function (x, y) { return y; }}; return o.apply(1, arguments); }
function w7(a) { return w6.apply(null, arguments) === w6.apply(null, arguments); }
function w8(a) { var f = function () {}; f.apply = function (x, y) { return y; }; var A = f.apply(1, arguments); var B = f.apply(1, arguments); return [A === B, A[0], A.length, Object.prototype.toString.call(A)].join(); }
function w9(a) { a = 5; var f = function () {}; f.apply = function (x, y) { return y[0]; }; return f.apply(1, arguments); }
function w10(a, b) { var got = t.apply(null, arguments); return got + '/' + arguments.length; }
function w11() { try { return (1).apply(null, arguments); } catch (e) { return e.constructor.name; } }
function w12(a) { var s = ''; for (var i = 0; i < 3; i++) s += t.apply({tag: i}, arguments) + ';'; return s; }
r.push(w1(1, 2), w2(1, 2), w3(1, 2, 3), w3(), w4(1), w5(7, 8), w6(3).length, w7(), w8(4), w9(1), w10(1, 2), w11(), w12('x'));
function Cls() { this.init.apply(this, arguments); }
Cls.prototype.init = function (x, y) { this.s = x + y; };
r.push(new Cls(2, 3).s, new Cls('a', 'b').s);

// == and !=
var u, o = {}, n = null;
r.push([u == null, null == u, n == null, 0 == null, '' != null, o == null, o != null, NaN == NaN, NaN != NaN,
        '1' == 1, 'a' == 'a', 'a' != 'b', 1 != 2, o == o, o == {}, null != undefined, 0 == '', false == 0,
        0 == -0, '0' == false, [1] == 1, 1n == 1, 'x' == new String('x')].join());

// methods and properties through prototypes
function P() {}
P.prototype.m = function () { return 'm'; };
Object.defineProperty(P.prototype, 'ro', {value: 1, writable: false});
Object.defineProperty(P.prototype, 'acc', {get: function () { return 'got ' + this.k; }, set: function (v) { this.k = v; }});
Object.defineProperty(P.prototype, 'g', {get: function () { return function () { return 'via getter'; }; }});
function Q() {}
Q.prototype = Object.create(P.prototype);
var q = new Q();
q.ro = 5;
q.x = 3;
q.acc = 7;
r.push(q.m(), q.ro, q.x, q.acc, q.g(), Object.keys(q).join(), q.hasOwnProperty('acc'));
(function () { 'use strict'; try { q.ro = 6; r.push('no error'); } catch (e) { r.push(e.constructor.name); } })();
var bare = Object.create(null);
bare.a = 1;
r.push(bare.a, Object.keys(bare).join());
var sealed = Object.preventExtensions({});
sealed.z = 1;
r.push(sealed.z, 'z' in sealed);
class K { m() { return 'class method'; } static s() { return 'static'; } }
class L extends K {}
r.push(new L().m(), L.s());
var arr = [3, 1, 2];
r.push(arr.sort().join(), 'abc'.toUpperCase(), (5).toFixed(1));
Object.prototype.inherited = function () { return 'from Object.prototype'; };
r.push({}.inherited(), q.inherited());
delete Object.prototype.inherited;
r.join(' | ');
