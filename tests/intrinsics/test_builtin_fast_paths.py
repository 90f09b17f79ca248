"""The built-ins' NON-SPEC fast paths for their usual arguments agree with the spec steps they
skip and with node: Array push/indexOf/slice/join/concat (the prototype chain's index-key
test); String slice/substring/indexOf/charAt/fromCharCode/startsWith/endsWith/includes/split/
replace and string element reads; regular expression literals, RegExp test/exec; GetIterator
of an array and for-of's last step; Math floor/round/sqrt/max/min; Number toString, parseInt;
instanceof; property reads that miss the inline path (a prototype's value, a getter called
through its direct entry); Object.keys, hasOwnProperty; JSON.stringify's primitive members,
JSON.parse's decoder kept per realm; Object.freeze/seal of an ordinary object; ``new``'s object;
the array built-ins' callbacks called through their positional entries; Map and Set lookups and
iterator steps."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from tests.helpers import assert_tiers_and_node_agree, js_str

# Each case loops, so that its body is emitted at once (a loop's body is hot on its first run)
# and also runs before the call sites' caches fill.
LOOP = "var out = []; for (var r = 0; r < 3; r++) { %s } out.join('|')"

ARRAY_CASES = [
    # an index key on Object.prototype or Array.prototype shows through holes, and stops the
    # fast paths that would skip it
    "var a = [1, , 3]; out.push(a.indexOf(undefined), a.join('-'), a.slice(0).length, 1 in a.slice(0));",
    "Object.prototype[1] = 'P'; var a = [1, , 3];"
    " out.push(a.indexOf('P'), a.join('-'), String(a.slice(0)), a.concat([7, , 9]).join('-'));"
    " delete Object.prototype[1];",
    "Array.prototype[1] = 'A'; var a = [0, , 2];"
    " out.push(a.indexOf('A'), a.join(), String(a.slice(1)));"
    " delete Array.prototype[1]; out.push(a.indexOf('A'), a.join());",
    # push onto a slot a prototype's setter owns: the setter runs, no own element is made
    "var seen = []; Object.defineProperty(Object.prototype, '2', {set: function (v) { seen.push(v); },"
    " configurable: true}); var a = [0, 1]; a.push(5); out.push(a.length, 2 in a, seen.join());"
    " delete Object.prototype[2];",
    "Object.defineProperty(Array.prototype, '3', {get: function () { return 'g'; }, configurable: true});"
    " var a = [0, 1, 2]; try { 'use strict'; a.push(9); } catch (e) { out.push(e.name); }"
    " out.push(a.length, a[3]); delete Array.prototype[3];",
    # many keys on the prototype, then one that is an index
    "for (var k = 0; k < 50; k++) Object.prototype['k' + k] = k; var a = [1, , 2];"
    " out.push(a.join(), a.indexOf(undefined)); Object.prototype['4'] = 'x';"
    " out.push([1, , , , , 6].join()); for (var k = 0; k < 50; k++) delete Object.prototype['k' + k];"
    " delete Object.prototype['4'];",
    "var a = [0, 1, 2, 3, 4]; out.push(JSON.stringify([a.slice(), a.slice(1), a.slice(-2), a.slice(1.7, 3.2), a.slice(-0),"
    " a.slice(3, 1), a.slice(-99, 99), a.slice(NaN), a.slice(0, NaN), a.slice(Infinity), a.slice(-Infinity, 2),"
    " a.slice('1', '3'), a.slice(1, undefined), a.slice(-1.5)]), a.slice() !== a);",
    "var h = [0, , 2, , 4]; var s1 = h.slice(1); out.push(s1.length, 0 in s1, 1 in s1, s1.join());"
    " Object.prototype[1] = 'P'; var s2 = h.slice(0, 3); out.push(s2.length, s2.hasOwnProperty(1), s2[1]);"
    " delete Object.prototype[1];",
    "class L extends Array {} var l = L.from([1, 2, 3]); var t = l.slice(1); out.push(t instanceof L, t.length);"
    " var a = [1, 2]; a.constructor = {[Symbol.species]: function (n) { return {length: 0, n: n}; }};"
    " var r = a.slice(0); out.push(Array.isArray(r), r.n);",
    "function f() { return Array.prototype.slice.call(arguments, 1).join(); } out.push(f(1, 2, 3));",
    "var a = []; for (var i = 0; i < 300; i++) a.push(i); out.push(a.length, a[299], a.pop(), a.length);",
    "out.push([1.5, -0, 1e21, 1e-7, NaN, -Infinity, 2 ** 53, -(2 ** 53) - 2, 123456789012].join());",
    # Array.prototype.slice of an arguments object (its elements read at once): mapped and
    # unmapped, a parameter changed, a length changed or made a string, a deleted element (a
    # hole), an accessor element, an index on Object.prototype showing through, start and end
    "function f(a, b) { a = 'A'; return Array.prototype.slice.call(arguments); }"
    " function g(a, b) { 'use strict'; a = 'A'; return [].slice.call(arguments, 1); }"
    " function h() { arguments.length = 5; return Array.prototype.slice.call(arguments); }"
    " function k() { delete arguments[1]; return Array.prototype.slice.call(arguments); }"
    " function l(a) { Object.defineProperty(arguments, '0', {get: function () { return 'G'; }}); return [].slice.call(arguments); }"
    " function m() { arguments.length = '2'; return [].slice.call(arguments, -1); }"
    " function p() { Object.prototype[1] = 'P'; arguments.length = 3; var r = [].slice.call(arguments);"
    " delete Object.prototype[1]; return r; }"
    " out.push(JSON.stringify([f(1, 2, 3), g(1, 2, 3), h(1, 2), k(1, 2, 3), l(1, 2), m(1, 2, 3), p(0), f(),"
    " [].slice.call((function () { return arguments; })(4, 5), 0, 1)]));",
    # indexOf of one argument: IsStrictlyEqual (NaN never, -0 is 0, no conversion), holes
    "var o = {}, a = [NaN, -0, 1, '1', true, null, undefined, o, 2n, , 'x'];"
    " out.push([NaN, 0, -0, 1, '1', true, 1n, 2n, null, undefined, o, {}, 'x'].map(function (v) { return a.indexOf(v); }).join());",
    # IsConcatSpreadable of an array: Symbol.isConcatSpreadable on the array, Array.prototype,
    # Object.prototype (a value, a getter), and on an array-like object
    "var a = [1, 2], b = [3]; out.push(JSON.stringify([a.concat(b), a.concat(b, 4, [5, [6]])]));"
    " b[Symbol.isConcatSpreadable] = false; out.push(JSON.stringify(a.concat(b)));"
    " Array.prototype[Symbol.isConcatSpreadable] = 0; out.push(JSON.stringify(a.concat([7], 8)));"
    " delete Array.prototype[Symbol.isConcatSpreadable]; var n = 0;"
    " Object.defineProperty(Object.prototype, Symbol.isConcatSpreadable, {get: function () { n++; return undefined; },"
    " configurable: true}); out.push(JSON.stringify(a.concat([9])), n);"
    " delete Object.prototype[Symbol.isConcatSpreadable];"
    " out.push(JSON.stringify(a.concat({length: 1, 0: 'x', [Symbol.isConcatSpreadable]: true})));",
]

STRING_CASES = [
    "var s = 'abcdef'; out.push(s.slice(1), s.slice(-2), s.slice(1.7, 4.2), s.slice(-0), s.slice(4, 1),"
    " s.slice(-100, 100), s.slice(NaN), s.slice(0, NaN), s.slice(Infinity), s.slice(-Infinity, 2),"
    " s.slice(2, -Infinity), s.slice('1', '3'), s.slice(1, undefined), s.slice(-1.5));",
    "var s = 'abcdef'; out.push(s.substring(1), s.substring(4, 1), s.substring(-3, 2), s.substring(2.9, 5.1),"
    " s.substring(NaN, 3), s.substring(3, Infinity), s.substring(10), s.substring(1, -0), s.substring('2'),"
    " s.substring(1, null), s.substring(6, 6));",
    "var s = 'abcabc'; out.push(s.indexOf('c'), s.indexOf('c', 3), s.indexOf(''), s.indexOf('', 99),"
    " s.indexOf('z'), s.indexOf(1), 'a1'.indexOf(1), s.indexOf(undefined), 'undefined'.indexOf());",
    "var s = 'ab\\ud83d\\ude00'; out.push(s.charAt(0), s.charAt(1.9), s.charAt(-0.5), s.charAt(-1), s.charAt(99),"
    " s.charAt(NaN), s.charAt(), s.charAt('1'), s.charAt(2).length, s.charAt(3).charCodeAt(0));",
    "out.push(String.fromCharCode(65), String.fromCharCode(65.9), String.fromCharCode(-1).charCodeAt(0),"
    " String.fromCharCode(65536 + 66), String.fromCharCode(NaN).charCodeAt(0), String.fromCharCode('67'),"
    " String.fromCharCode(0xd83d).length, String.fromCharCode(), String.fromCharCode(72, 105));",
    "var s = 'abcabc'; out.push(s.startsWith('ab'), s.startsWith(''), s.startsWith('bc'), s.startsWith('bc', 1),"
    " s.endsWith('bc'), s.endsWith('ab'), s.endsWith('ab', 2), s.endsWith(''), s.includes('ca'), s.includes('cb'),"
    " s.includes(''), s.includes('c', 5), ''.startsWith(''), s.startsWith(undefined), 'undefined'.includes());",
    "var s = 'a,b,,c,'; out.push(JSON.stringify([s.split(','), s.split(',,'), s.split('x'), ''.split(','), ''.split(''),"
    " s.split(''), s.split(',', 2), s.split(), s.split(undefined), 'a1b1c'.split(1)]));",
    "var s = 'aXbXc'; out.push(s.replace('X', '-'), s.replace('Y', '-'), s.replace('', '>'), s.replace('X', '$&$&'),"
    " s.replace('X', '$$'), s.replace('X', function (m, i) { return '[' + m + i + ']'; }), s.replace('b', 1),"
    " 'aaa'.replace('a', 'b'), s.replace('c', '$' + \"'\"));",
    "var s = 'xyz'; out.push(s[0], s[2], s[3], s[-1], s[1.5], s[-0], s[NaN], s['1'], s[Infinity]);",
    "var s = 'xyz', t = ''; for (var i = -1; i < 4; i += 0.5) t += String(s[i]) + ','; out.push(t);",
    # the methods looked up on a String object and on a primitive whose prototype method was replaced
    "var o = new String('hello'); out.push(o.slice(1, 3), o.indexOf('l'), o.charAt(4), o.substring(3));",
    "var saved = String.prototype.slice; String.prototype.slice = function () { return 'mine'; };"
    " out.push('abc'.slice(1)); String.prototype.slice = saved; out.push('abc'.slice(1));",
]

MATH_CASES = [
    "out.push([0.5, -0.5, -0, 0, 1.9999, -1.0001, 2 ** 52 + 0.5, 2 ** 53, -(2 ** 52) - 1, 1e300, -1e300,"
    " Infinity, -Infinity, NaN, 4503599627370495.5].map(function (x) { return Object.is(Math.floor(x), -0) ? '-0'"
    " : String(Math.floor(x)); }).join());",
    "out.push([0.5, -0.5, 0.49999999999999994, -0, 2.5, -2.5, 4503599627370495.5, -4503599627370495.5, NaN,"
    " Infinity, -Infinity, 1e16].map(function (x) { var r = Math.round(x); return Object.is(r, -0) ? '-0'"
    " : String(r); }).join());",
    "out.push([4, 2, 0, -0, -1, Infinity, -Infinity, NaN, 1e-320].map(function (x) { var r = Math.sqrt(x);"
    " return Object.is(r, -0) ? '-0' : String(r); }).join());",
    "var p = [[1, 2], [2, 1], [0, -0], [-0, 0], [NaN, 1], [1, NaN], [3, 3], ['5', 4], [4, '5'], [Infinity, 1]];"
    " out.push(p.map(function (q) { var a = Math.max(q[0], q[1]), b = Math.min(q[0], q[1]);"
    " return (Object.is(a, -0) ? '-0' : a) + '/' + (Object.is(b, -0) ? '-0' : b); }).join());",
    "var n = 0; var v = {valueOf: function () { n++; return 3; }}; out.push(Math.max(v, 1), Math.min(1, v), n);",
]

NUMBER_CASES = [
    "out.push((255).toString(), (255).toString(10), (255).toString(16), (-0).toString(10), (1.5e300).toString(10),"
    " (0.1).toString(undefined), (-7.25).toString(10.5));",
    "out.push(parseInt('12'), parseInt('007'), parseInt('0'), parseInt(''), parseInt('\u0661\u0662'), parseInt('1e3'),"
    " parseInt(' 42'), parseInt('99999999999999999999'), parseInt(-0), 1 / parseInt(-0), parseInt(-7), parseInt(3.9),"
    " parseInt(1e21), parseInt(0.0000005), parseInt(-1e15), parseInt(NaN), parseInt('0x1f'), parseInt('12', 3));",
    "try { (1).toString(1); } catch (e) { out.push(e.name); } try { (1).toString(37); } catch (e) { out.push(e.name); }",
]

INSTANCEOF_CASES = [
    "function P() {} function Q() {} var p = new P();"
    " out.push(p instanceof P, p instanceof Q, p instanceof Object, 1 instanceof P, null instanceof P,"
    " [] instanceof Array, [] instanceof Object, Object.create(p) instanceof P);",
    # the target's prototype replaced, then made a primitive
    "function P() {} var p = new P(); out.push(p instanceof P); P.prototype = {}; out.push(p instanceof P);"
    " P.prototype = 3; try { p instanceof P; out.push('no'); } catch (e) { out.push(e.name); }"
    " out.push(1 instanceof P);",
    # an own Symbol.hasInstance added later, writable or not
    "function P() {} var p = new P(); out.push(p instanceof P);"
    " Object.defineProperty(P, Symbol.hasInstance, {value: function (v) { return v === 7; }, writable: true,"
    " configurable: true}); out.push(p instanceof P, 7 instanceof P);",
    # a proxy on the chain: its getPrototypeOf trap runs
    "function P() {} var log = [], t = new Proxy({}, {getPrototypeOf: function () { log.push('trap');"
    " return P.prototype; }}); out.push(t instanceof P, Object.create(t) instanceof P, log.length);",
    # the target's [[Prototype]] changed (no longer %Function.prototype%), a bound target
    "function P() {} var p = new P(); Object.setPrototypeOf(P, {[Symbol.hasInstance]: function () { return 'yes'; }});"
    " out.push(p instanceof P); var B = function () {}.bind(); out.push(p instanceof B, new B() instanceof B);",
]

GETTER_CASES = [
    "function P() {} Object.defineProperty(P.prototype, 'g', {get: function () { return this.v * 2; }});"
    " P.prototype.k = 'K'; var o = new P(); o.v = 21; out.push(o.g, o.k, Object.create(o).g, o.missing);",
    "class A { get g() { return 'A' + this.n; } } class B extends A {} var b = new B(); b.n = 1;"
    " out.push(b.g, new A().g);",
    "var o = {get x() { return 'own'; }, set y(v) {}}; out.push(o.x, o.y, Object.create(o).x);",
    "var o = Object.create(new Proxy({}, {get: function (t, k, r) { return 'proxied ' + String(k); }}));"
    " out.push(o.z);",
    "var o = {}; out.push(o.__proto__ === Object.prototype, Object.create(null).x);",
    # the getter's this is the receiver, its errors carry its own frame on top
    "function P() {} Object.defineProperty(P.prototype, 'bad', {get: function boom() { throw new Error('x'); }});"
    " try { new P().bad; } catch (e) { out.push(e.stack.split('\\n')[1].trim().split(' ')[1]); }",
    "'use strict'; function P() {} Object.defineProperty(P.prototype, 'g', {get: function () { return typeof this; }});"
    " out.push(new P().g);",
]

# Map get/has/set and Set has read the positions directly for a key that is its own normalized
# key: every kind of key (NaN, -0 and +0, Booleans, BigInts equal by value, objects, symbols,
# undefined and null, no argument), an existing key's value replaced in place (order kept), -0
# stored as +0, subclasses, other receivers (TypeError)
COLLECTION_CASES = [
    "var o = {}, sym = Symbol('s'), m = new Map([[NaN, 'nan'], [0, 'zero'], [true, 'T'], [false, 'F'], [1n, 'big'],"
    " [o, 'obj'], [sym, 'sym'], [undefined, 'u'], [null, 'n'], ['s', 'str']]);"
    " out.push([NaN, -0, 0, true, false, 1n, 2n, o, {}, sym, undefined, null, 's', '0'].map(function (k) {"
    " return String(m.get(k)) + m.has(k); }).join(), m.get(), m.has());"
    " m.set(-0, 'negzero').set(NaN, 'nan2').set(true, 'T2').set(1n, 'big2').set(o, 'obj2').set('new', 1).set(-0, 'again');"
    " out.push(Array.from(m.keys()).map(String).join(), Array.from(m.values()).join(), m.size, Object.is(Array.from(m.keys())[1], -0));"
    " var s = new Set([NaN, -0, 'a', 1n, o]); out.push(s.has(NaN), s.has(0), s.has(-0), s.has('a'), s.has('b'), s.has(1n),"
    " s.has(o), s.has({}), s.has(), s.add(0).size, s.add(2n).size, s.add(NaN).size, s.add(true).size, s.add(true).size,"
    " s.add(1n).size, s.add(o).size, s.add().size, s.add().size, Array.from(s).map(String).join());"
    " class M2 extends Map { set(k, v) { return super.set(k, v + '!'); } } var m2 = new M2([['a', 1]]); m2.set('a', 2);"
    " out.push(m2.get('a'), m2.has('a'), m2 instanceof Map);"
    " try { Map.prototype.get.call(new Set(), 1); } catch (e) { out.push(e.name); }"
    " try { Set.prototype.has.call(new Map(), 1); } catch (e) { out.push(e.name); }"
    " try { Map.prototype.set.call({}, 1, 2); } catch (e) { out.push(e.name); }",
]

# an emitted getter (a leaf: it keeps no call depth) and one that recurses through a getter
# without end: a RangeError, as for any unbounded recursion
GETTER_CASES.append(
    "var o = {get leaf() { return 1; }, get deep() { return this.deep; }}; var n = 0;"
    " for (var i = 0; i < 20; i++) n += o.leaf; out.push(n);"
    " try { o.deep; } catch (e) { out.push(e.name); }")

# callbacks the array built-ins call through an emitted function's positional entry (with an
# emitted call site's given): leaf callbacks, ones that call, recurse without end (RangeError)
# or are class constructors (TypeError), this in sloppy and strict callbacks and thisArg,
# arguments (reduce passes four), a callback of another function's realm, the array changed
# by its callback
CALLBACK_CASES = [
    "var a = [1, 2, 3, 4]; function add(x, y) { return x + y; } function twice(x) { return add(x, x); }"
    " out.push(a.map(twice).join(), a.filter(function (x) { return x & 1; }).join(), a.reduce(add),"
    " a.reduce(add, 10), a.reduceRight(function (acc, x, i, arr) { return acc + x * i + arr.length; }, 0),"
    " a.some(function (x) { return x > 3; }), a.every(function (x) { return x > 0; }),"
    " a.slice().sort(function (x, y) { return y - x; }).join());"
    " var seen = []; a.forEach(function (x) { seen.push(this === undefined ? 'u' : typeof this); });"
    " a.forEach(function (x) { 'use strict'; seen.push(this === undefined ? 'u' : typeof this); });"
    " a.forEach(function (x) { seen.push(this.tag); }, {tag: 't'});"
    " out.push(seen.join(''), a.reduce(function () { return arguments.length; }, 0));",
    "var a = [1, 2, 3]; function down(x) { return a.map(down); }"
    " try { a.map(down); } catch (e) { out.push(e.name); }"
    " try { a.reduce(function r(acc, x) { return a.reduce(r, 0); }, 0); } catch (e) { out.push(e.name); }"
    " class K {} try { a.forEach(K); } catch (e) { out.push(e.name); }"
    " try { a.slice().sort(K); } catch (e) { out.push(e.name); }",
    # bound functions called (the target's emitted entry): bound this and arguments, a bound
    # bound function, a bound class constructor (TypeError) and new of it, arguments.length,
    # recursion without end through a bound function (RangeError), the frames of a stack
    "function f(a, b) { return [this && this.t, a, b, arguments.length].join('/'); } var o = {t: 'T'};"
    " var g = f.bind(o, 1), h = g.bind(null, 2), k = f.bind(); out.push(g(5), g(), h(), h(9, 9), k(3));"
    " class K { constructor(x) { this.x = x; } } var bk = K.bind(null, 7);"
    " try { bk(); } catch (e) { out.push(e.name); } out.push(new bk().x, new bk() instanceof K);"
    " var loop = function () { return again(); }, again = loop.bind(null); try { again(); } catch (e) { out.push(e.name); }"
    " function thrower() { throw new Error('b'); } var bt = thrower.bind(null);"
    " try { bt(); } catch (e) { out.push(e.stack.split('\\n')[1].trim().split(' ')[1]); }",
    "var a = [1, 2, 3, 4]; out.push(a.map(function (x, i, arr) { if (i === 0) arr.pop(); return x; }).length,"
    " a.reduce(function (acc, x, i, arr) { if (i === 1) arr.push(9); return acc + x; }, 0), a.join());",
    # sort with a comparator: up to 16 values by binary insertion (stable), more by list.sort;
    # ties, NaN and non-Number results, undefined and holes last, a comparator that sorts again
    "for (var n = 0; n < 20; n += 3) { var a = []; for (var i = 0; i < n; i++) a.push((i * 7919) % 11);"
    " out.push(a.slice().sort(function (x, y) { return (x >> 1) - (y >> 1); }).join('')); }"
    " var b = ['b', 'a', 'c', 'a']; out.push(b.slice().sort(function () { return NaN; }).join(''),"
    " b.slice().sort(function (x, y) { return x < y ? '-1' : x > y ? {valueOf: function () { return 1; }} : 0; }).join(''),"
    " [3, undefined, , 1, 2].sort(function (x, y) { return x - y; }).join(','),"
    " [[3, 1], [2, 9], [1]].sort(function (x, y) { return x.slice().sort()[0] - y.slice().sort(function (p, q)"
    " { return p - q; })[0]; }).join(';'));"
    " try { [2, 1].sort(function () { throw new RangeError('c'); }); } catch (e) { out.push(e.name); }",
]


REGEXP_LITERAL_CASES = [
    # each evaluation a new object with its own lastIndex, the realm's prototype, the legacy
    # static properties updated by its matches
    "var a = /b(c)/g, b = /b(c)/g; out.push(a !== b, a.lastIndex, a.test('abc'), a.lastIndex, b.lastIndex,"
    " Object.getPrototypeOf(a) === RegExp.prototype, Object.getOwnPropertyNames(a).join(), a.source, a.flags,"
    " String(/x/y.sticky), RegExp.$1);",
    "var saved = RegExp.prototype.exec; RegExp.prototype.exec = function () { return null; };"
    " out.push(/a/.test('a')); RegExp.prototype.exec = saved; out.push(/a/.test('a'));",
    # test and exec of a RegExp with the built-in protocol, an own exec, a non-string argument
    "var re = /a(b)?/; out.push(re.test('xab'), re.exec('xab').index, re.exec('zz'), re.test(null),"
    " /null/.test(null), /1/.exec(12)[0], RegExp.prototype.test.call({exec: function () { return {}; }}, 'q'));"
    " re.exec = function () { return null; }; out.push(re.test('ab'));"
    " try { RegExp.prototype.exec.call({}, 'a'); } catch (e) { out.push(e.name); }",
    "var d = Object.getOwnPropertyDescriptor(/q/, 'lastIndex');"
    " out.push(d.value, d.writable, d.enumerable, d.configurable, /[/]\\d/u.source, /(?<n>z)/.exec('z').groups.n);",
]


OBJECT_CASES = [
    "var o = {a: 1, 2: 'x'}, c = Object.create(o); c.own = undefined; var s = Symbol('s'); o[s] = 1;"
    " out.push(o.hasOwnProperty('a'), o.hasOwnProperty('b'), o.hasOwnProperty(2), o.hasOwnProperty('2'),"
    " c.hasOwnProperty('a'), c.hasOwnProperty('own'), o.hasOwnProperty(s), o.hasOwnProperty(),"
    " Object.prototype.hasOwnProperty.call([1], 0), Object.prototype.hasOwnProperty.call('ab', 'length'),"
    " Object.prototype.hasOwnProperty.call(function f() {}, 'prototype'));",
    "var o = {b: 1, 2: 'x', a: 2, 1: 'y'}; Object.defineProperty(o, 'hidden', {value: 1, enumerable: false});"
    " Object.defineProperty(o, 'shown', {get: function () { return 1; }, enumerable: true}); o[Symbol('s')] = 1;"
    " delete o.b; o.b = 3; out.push(Object.keys(o).join(), Object.keys({}).length, Object.keys([4, 5]).join(),"
    " Object.keys('ab').join(), Object.keys(Object.create({inherited: 1})).length);",
    "try { Object.prototype.hasOwnProperty.call(null, 'x'); } catch (e) { out.push(e.name); }"
    " var k = {toString: function () { out.push('key'); return 'a'; }}; out.push({a: 1}.hasOwnProperty(k));",
    # Object.keys/values/entries of a dense array (its elements in one pass): holes, a non-index
    # key, a symbol, an enumerable getter after the elements that adds an element and deletes a
    # later key, an accessor element (the array no longer dense), an empty array, a subclass's
    "var a = [1, , 3]; a.x = 5; a[Symbol('s')] = 1; Object.defineProperty(a, 'g', {get: function () {"
    " a.push(9); delete a.z; return 'G'; }, enumerable: true, configurable: true}); a.z = 1;"
    " out.push(JSON.stringify([Object.keys(a), Object.values(a), Object.entries(a)]));"
    " var c = [1, 2]; Object.defineProperty(c, '1', {get: function () { return 7; }, enumerable: true});"
    " class S extends Array {} var s = S.from([4, , 6]);"
    " out.push(JSON.stringify([Object.values(c), Object.keys(c), Object.keys([]), Object.entries(s), Object.keys(s)]));",
    # Object.entries/values of an ordinary object: data, non-enumerable, accessor and symbol-keyed
    # properties, index keys first, a getter that deletes a later key, changes one, or makes a
    # later one non-enumerable; a frozen object's; an array's and a function's (the spec path)
    "var o = {b: 1, 2: 'x', a: undefined, 1: 'y'}; Object.defineProperty(o, 'hidden', {value: 1, enumerable: false});"
    " Object.defineProperty(o, 'g', {get: function () { delete this.z; this.w = 'W2'; Object.defineProperty(this, 'v',"
    " {enumerable: false}); return 'G'; }, enumerable: true, configurable: true});"
    " o.z = 'Z'; o.w = 'W'; o.v = 'V'; o[Symbol('s')] = 1;"
    " out.push(JSON.stringify(Object.entries(o)), JSON.stringify(Object.values(o)));"
    " out.push(JSON.stringify(Object.entries(Object.freeze({p: 1, q: [2]}))), JSON.stringify(Object.values([3, , 4])),"
    " JSON.stringify(Object.entries(function f(a) {})), Object.entries({}).length, Object.values('ab').join());",
    # object spread and rest (CopyDataProperties) of ordinary objects: order (indices first),
    # non-enumerable and symbol-keyed properties, a getter that deletes, changes or hides a later
    # key, one that throws; a target's accessor from the literal replaced by a data property;
    # excluded keys of a rest; sources of other kinds
    "var s = Symbol('s'), o = {b: 1, 2: 'x', a: undefined, 1: 'y'}; o[s] = 'sym';"
    " Object.defineProperty(o, 'hidden', {value: 1, enumerable: false});"
    " Object.defineProperty(o, 'g', {get: function () { delete this.z; this.w = 'W2'; Object.defineProperty(this, 'v',"
    " {enumerable: false}); return 'G'; }, enumerable: true, configurable: true}); o.z = 'Z'; o.w = 'W'; o.v = 'V';"
    " var c = {get b() { return 'acc'; }, ...o, tail: 1}; out.push(JSON.stringify(c), c[s], Object.keys(c).join(),"
    " JSON.stringify(Object.getOwnPropertyDescriptor(c, 'b')));"
    " var {b, g, ...rest} = {b: 1, g: 2, h: 3, [s]: 4}; out.push(b, g, JSON.stringify(rest), rest[s]);"
    " try { ({...{get bad() { throw new Error('getter'); }}}); } catch (e) { out.push(e.message); }"
    " out.push(JSON.stringify({...null, ...undefined, ...'ab', ...[7, , 9], ...Object.freeze({f: 1}), ...5}));",
]

JSON_CASES = [
    "out.push(JSON.stringify({a: 1, b: 'x', c: undefined, d: NaN, e: -Infinity, f: -0, g: null, h: true,"
    " i: [1, 'y', undefined, NaN, function () {}, Symbol('s')], j: {}, 'q\"k': '\\n', '\\ud800': '\\udc00'}));",
    "out.push(JSON.stringify({a: 1, b: [2, 'z', {c: undefined}]}, null, 2), JSON.stringify({a: 1, b: 'x', c: 2},"
    " ['c', 'a']), JSON.stringify({a: 5, b: 's'}, function (k, v) { return typeof v === 'number' ? v * 2 : v; }));",
    "var o = {}; for (var k = 0; k < 5000; k++) o['key' + k] = k; var t = JSON.stringify(o);"
    " out.push(t.length, t.slice(0, 30), JSON.stringify({key1: 'again', 'key4999': 1}));",
    "out.push(JSON.stringify({d: new Date(0), n: new Number(3), s: new String('w'), t: {toJSON: function (k) {"
    " return 'T' + k; }}}));",
]

ITERATOR_CASES = [
    # GetIterator of an array: the inherited %Array.prototype.values% taken directly, anything
    # else through [[Get]] and [[Call]]
    "var a = [1, 2, 3], t = 0; for (var x of a) t += x; var [p, q] = a;"
    " out.push(t, p, q, [...a].join(), Array.from(a).join(), new Set(a).size, Math.max(...a));",
    "var a = [1, 2]; a[Symbol.iterator] = function* () { yield 'own'; }; out.push([...a].join());",
    "var saved = Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = function* () { yield 'p'; };"
    " out.push([...[1, 2]].join()); Array.prototype[Symbol.iterator] = saved; out.push([...[1, 2]].join());",
    "var n = 0, saved = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.iterator);"
    " Object.defineProperty(Array.prototype, Symbol.iterator, {get: function () { n++; return saved.value; },"
    " configurable: true}); var r = [...[7, 8]].join(); Object.defineProperty(Array.prototype, Symbol.iterator, saved);"
    " out.push(r, n);",
    "var it = [][Symbol.iterator](), proto = Object.getPrototypeOf(it), next = proto.next, calls = 0;"
    " proto.next = function () { calls++; return next.call(this); }; var t = 0; for (var x of [1, 2]) t += x;"
    " proto.next = next; out.push(t, calls);",
    "class L extends Array {} var l = L.from([4, 5]); out.push([...l].join(), l instanceof L);",
    # the last step lets go of the array: elements added after it ends are not seen
    "var a = [1, 2], it = a[Symbol.iterator](), seen = []; for (var x of a) seen.push(x);"
    " var b = [1]; var g = b[Symbol.iterator](); g.next(); g.next(); b.push(2); out.push(seen.join(), g.next().done);",
    "var a = [1, 2, 3], seen = []; for (var x of a) { seen.push(x); if (x === 3) a.push(4); } out.push(seen.join());",
    # the iterator a for-of ran to its end, kept: exhausted for good
    "var keep, saved = Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = function () {"
    " keep = saved.call(this); return keep; }; var a = [1, 2], t = 0; for (var x of a) t += x;"
    " Array.prototype[Symbol.iterator] = saved; a.push(3); out.push(t, keep.next().done, keep.next().value);",
    # Map and Set iterators stepped without their result objects: entries, keys and values,
    # entries deleted, added and the collection cleared while it is iterated, a replaced next
    # (called), spread, Array.from, a pattern over a Map, an exhausted iterator kept
    "var m = new Map([['a', 1], ['b', 2], ['c', 3]]), s = new Set([1, 2, 3]), r = [];"
    " for (const [k, v] of m) { r.push(k + v); if (k === 'a') { m.delete('b'); m.set('d', 4); } }"
    " for (const k of m.keys()) r.push(k); for (const v of m.values()) r.push(v);"
    " for (const x of s) { r.push(x); if (x === 1) { s.delete(1); s.add(9); } if (x === 9) s.clear(); }"
    " for (const [x, y] of new Set(['p']).entries()) r.push(x + y);"
    " out.push(r.join(), [...m].join(';'), Array.from(new Set('abca')).join(), JSON.stringify([...new Map([[1, {}]])]));"
    " var [[k1, v1], second] = m; out.push(k1, v1, second.join());"
    " var mp = Object.getPrototypeOf(new Map().entries()), next = mp.next, calls = 0;"
    " mp.next = function () { calls++; return next.call(this); }; var t = 0; for (const [k, v] of m) t += v;"
    " mp.next = next; out.push(t, calls);"
    " var it = m.keys(); for (const k of it) {} m.set('z', 26); out.push(it.next().done, [...it].length);"
    " try { Map.prototype.entries.call(s); } catch (e) { out.push(e.name); }"
    " try { mp.next.call(s.values()); } catch (e) { out.push(e.name); }"
    " var alien = new Set([5]).values(); alien.next = mp.next;"
    " try { for (const x of {[Symbol.iterator]: function () { return alien; }}) out.push(x); } catch (e) { out.push(e.name); }",
    # String iterators stepped without their result objects: surrogate pairs, lone surrogates
    # (lead at the end, trail first, two leads), spread, Array.from, a pattern, a String object;
    # a replaced next (called), String.prototype[Symbol.iterator] replaced, an exhausted
    # iterator kept, next called on another object
    "var r = [], s = 'a\\ud83d\\ude00b\\ud800\\udc00\\udc01x\\ud800\\ud800'; for (const ch of s) r.push(ch.length);"
    " for (const ch of 'z\\ud83d') r.push(ch.charCodeAt(0)); var [c0, c1, ...more] = s;"
    " out.push(r.join(), [...s].length, Array.from(s).length, c0 + c1.length + more.length, [...new String('xy')].join());"
    " var sp = Object.getPrototypeOf(''[Symbol.iterator]()), next = sp.next, calls = 0;"
    " sp.next = function () { calls++; return next.call(this); }; var t = ''; for (const ch of 'abc') t += ch;"
    " sp.next = next; out.push(t, calls);"
    " var saved = String.prototype[Symbol.iterator]; String.prototype[Symbol.iterator] = function* () { yield 'own'; };"
    " out.push([...'abc'].join()); String.prototype[Symbol.iterator] = saved; out.push([...'abc'].join());"
    " var it = 'ab'[Symbol.iterator](); for (const ch of it) {} out.push(it.next().done, [...it].length);"
    " try { next.call([][Symbol.iterator]()); } catch (e) { out.push(e.name); }"
    " var alien = 'pq'[Symbol.iterator](); alien.next = [][Symbol.iterator]().next;"
    " try { for (const x of {[Symbol.iterator]: function () { return alien; }}) out.push(x); } catch (e) { out.push(e.name); }",
]

INTEGRITY_CASES = [
    # Object.freeze / seal of an ordinary object (attributes set in one pass): plain, non-
    # enumerable, accessor and symbol-keyed properties, what the descriptors, isFrozen/isSealed,
    # keys and writes then show; an array and a function (not ordinary objects: the spec steps)
    "var sym = Symbol('s'), o = {a: 1, b: 'x'}; o[sym] = 2;"
    " Object.defineProperty(o, 'h', {value: 3, writable: true, enumerable: false, configurable: true});"
    " Object.defineProperty(o, 'g', {get: function () { return 4; }, enumerable: true, configurable: true});"
    " var f = r ? Object.freeze(o) : Object.seal(o); var d = Object.getOwnPropertyDescriptors(o);"
    " out.push(f === o, Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o), Object.keys(o).join(),"
    " JSON.stringify(d), d[sym].writable, d[sym].configurable, o.g);"
    " o.a = 9; o.z = 1; delete o.b; out.push(o.a, o.z, o.b, o.h);"
    " try { (function () { 'use strict'; o.a = 10; })(); } catch (e) { out.push(e.name); }",
    "var a = [1, 2]; Object.freeze(a); var fn = function () {}; fn.p = 1; Object.seal(fn);"
    " out.push(Object.isFrozen(a), JSON.stringify(Object.getOwnPropertyDescriptor(a, 'length')),"
    " Object.isSealed(fn), JSON.stringify(Object.getOwnPropertyDescriptor(fn, 'p')));",
    # a prototype frozen after the sites that add a property through it filled: the add through
    # the chain now fails (quietly, or with a TypeError in strict code), and its methods, which
    # call sites keep, still run
    "function P() {} P.prototype.k = 0; P.prototype.m = function () { return 'm'; };"
    " function add(o) { o.k = 1; return o.hasOwnProperty('k'); }"
    " function sadd(o) { 'use strict'; try { o.k = 2; return 'ok'; } catch (e) { return e.name; } }"
    " for (var j = 0; j < 3; j++) out.push(add(new P()), new P().m());"
    " Object.freeze(P.prototype); for (var j = 0; j < 3; j++) out.push(add(new P()), sadd(new P()), new P().m());",
    # many objects frozen while method calls run: their sites keep working
    "function Q(x) { this.x = x; } Q.prototype.get = function () { return this.x; }; var t = 0;"
    " for (var j = 0; j < 40; j++) { var q = Object.freeze(new Q(j)); t += q.get(); q.x = 0; t += q.x; }"
    " out.push(t);",
    # new: a constructor returning an object, a primitive, nothing; a prototype that is no object
    "function A() { return {a: 1}; } function B() { return 5; } function C() { this.c = 1; }"
    " function D() {} D.prototype = 3; out.push(new A().a, typeof new B(), new C().c,"
    " Object.getPrototypeOf(new D()) === Object.prototype, new C() instanceof C);",
    # new of a class with fields (defined on the new object before the body runs): initializers
    # that read this, the arguments' order against them, private fields and methods, a field
    # named length, a constructor returning another object, an initializer that throws (the
    # depth it took is given back), a non-extensible-making initializer, new.target in one
    "var log = []; class F { a = (log.push('a'), 1); b = this.a + 1; #p = 3; length = 'L'; nt = typeof new.target;"
    " #m() { return this.#p; } constructor(x) { log.push('body' + x); this.c = this.b + this.#m(); } }"
    " var f = new F((log.push('arg'), 7)); out.push(log.join(), f.a, f.b, f.c, f.length, f.nt, Object.keys(f).join());"
    " class R { x = 1; constructor() { return {y: 2}; } } out.push(JSON.stringify(new R()));"
    " class T { x = (() => { throw new Error('init'); })(); } try { new T(); } catch (e) { out.push(e.message); }"
    " class S { x = Object.preventExtensions(this); y = 2; } try { new S(); } catch (e) { out.push(e.name); }"
    " class Deep { x = new Deep(); } try { new Deep(); } catch (e) { out.push(e.name); }",
]


# the prototype of a constructed object from newTarget: the constructor itself, a derived
# class's super() call, Reflect.construct's newTarget (a function whose prototype is no object,
# one changed between rounds, a proxy, a bound function, another class)
INTEGRITY_CASES.append(
    "function A() { this.a = 1; } function F() {} F.prototype = 5; var op = Object.prototype;"
    " out.push(Object.getPrototypeOf(Reflect.construct(A, [], F)) === op);"
    " F.prototype = {tag: 'f'}; out.push(Reflect.construct(A, [], F).tag, Reflect.construct(A, [], F).a);"
    " class B extends A { constructor() { super(); this.b = 2; } } class C extends B {}"
    " var c = new C(); out.push(c instanceof C, c instanceof B, c.a + c.b, Reflect.construct(B, [], F).tag);"
    " var P = new Proxy(F, {get: function (t, k) { return k === 'prototype' ? {tag: 'proxied'} : t[k]; }});"
    " out.push(Reflect.construct(A, [], P).tag, Reflect.construct(B, [], P).tag,"
    " Object.getPrototypeOf(Reflect.construct(A, [], F.bind())) === op, Reflect.construct(A, [], C) instanceof C);")

@pytest.mark.parametrize("body", ARRAY_CASES + STRING_CASES + MATH_CASES + NUMBER_CASES + INSTANCEOF_CASES
                         + GETTER_CASES + REGEXP_LITERAL_CASES + ITERATOR_CASES + OBJECT_CASES + JSON_CASES
                         + INTEGRITY_CASES + CALLBACK_CASES + COLLECTION_CASES)
def test_fast_paths_agree_with_node(body: str) -> None:
    assert_tiers_and_node_agree(LOOP % body)


_NUMBERS = st.one_of(
    st.integers(-12, 12).map(float),
    st.floats(allow_nan=True, allow_infinity=True, width=64),
    st.sampled_from([-0.0, 0.5, -0.5, 1.5, -1.5, 2.0 ** 53, -(2.0 ** 31)]),
)


def _lit(x: float) -> str:
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return "-0" if x == 0 and math.copysign(1.0, x) < 0 else repr(x)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab\u00e9", max_size=6), _NUMBERS, st.one_of(st.none(), _NUMBERS))
def test_string_methods_fast_path_is_the_spec_path(s: str, a: float, b: float | None) -> None:
    """A primitive string takes the fast paths, a String object the spec steps: same results."""
    args = _lit(a) if b is None else f"{_lit(a)}, {_lit(b)}"
    calls = [f"{m}({args})" for m in ("slice", "substring", "charAt")] + [f"indexOf('a', {_lit(a)})"]
    src = (f"var s = {s!r}, o = new String(s), r = [];"
           + "".join(f" r.push(s.{c} === o.{c});" for c in calls)
           + f" r.push(String.fromCharCode({_lit(a)}) === String.fromCharCode.apply(null, [{_lit(a)}, ]));"
           + " r.join()")
    assert js_str(src) == ",".join(["true"] * (len(calls) + 1))


@settings(max_examples=60, deadline=None)
@given(_NUMBERS, _NUMBERS)
def test_math_fast_paths_are_the_spec_path(a: float, b: float) -> None:
    """Math.max/min of two Numbers (the fast path) and of the same two with a third that cannot
    change the result (the general loop) agree, as do floor and round with their definitions."""
    la, lb = _lit(a), _lit(b)
    root = math.nan if math.isnan(a) or a < 0 else a if a == 0 or math.isinf(a) else math.sqrt(a)
    src = (f"var a = {la}, b = {lb}; [Object.is(Math.max(a, b), Math.max(a, b, -Infinity)),"
           f" Object.is(Math.min(a, b), Math.min(a, b, Infinity)),"
           f" Object.is(Math.floor(a), a !== a || !isFinite(a) || a === 0 ? a : -Math.ceil(-a)),"
           f" Object.is(Math.sqrt(a), {_lit(root)})].join()")
    assert js_str(src) == "true,true,true,true"


def test_json_parse_decoder_is_per_realm() -> None:
    """JSON.parse's decoder, kept per realm, makes each realm's objects and arrays."""
    import pyjsvm

    src = ("var v = JSON.parse('{\"a\": [1, {\"b\": null}], \"a\": [2]}');"
           " [Object.getPrototypeOf(v) === Object.prototype, Array.isArray(v.a),"
           " Object.getPrototypeOf(v.a) === Array.prototype, JSON.stringify(v)].join()")
    first, second = pyjsvm.create_context(), pyjsvm.create_context()
    for ctx in (first, second, first):
        assert pyjsvm.run_in_context(src, ctx) == 'true,true,true,{"a":[2]}'
