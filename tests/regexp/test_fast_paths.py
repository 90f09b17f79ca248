"""The RegExp built-ins' fast paths (pyjsvm/intrinsics/regexp.py ``_pristine``,
``_exec_is_builtin``, ``_global_matches``, ``_split_matches``): match, matchAll, replace,
search, split and test on an unmodified RegExp run the matcher directly, and must leave
lastIndex and the legacy static properties (RegExp.$1 ...) as the spec's loops do; once any
step of the protocol is observable (a getter, a user exec, a subclass, a species constructor)
the spec steps run. Each case's expected value comes from node v20 (re-checked against node
when it is on PATH); each case runs on both tiers."""
from __future__ import annotations

import json
import subprocess

import pytest

from tests.helpers import NODE, both_tiers, js_str

# (JS program whose last expression is a string, node's value)
CASES: list[tuple[str, str]] = [
    # global match / replace / split results, lastIndex afterwards, legacy statics
    ('var r = /(\\w)(\\d)?/g; r.lastIndex = 3; var m = "a1 b c3".match(r);'
     'JSON.stringify([m, r.lastIndex, RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp["$`"], RegExp["$\'"]])',
     '[["a1","b","c3"],0,"c","3","c3","a1 b ",""]'),
    ('var r = /x*/g; JSON.stringify(["abc".match(r), r.lastIndex])', '[["","","",""],0]'),
    ('var r = /(?:)/gu; JSON.stringify(["\\u{1F600}x".match(r).length, r.lastIndex])', '[3,0]'),
    ('var r = /(?:)/g; "\\u{1F600}x".match(r).length + ""', '4'),
    ('var r = /z/g; r.lastIndex = 5; JSON.stringify(["abc".match(r), r.lastIndex])', '[null,0]'),
    ('var r = /b(c)?/y; r.lastIndex = 1; JSON.stringify(["abc".match(r), r.lastIndex])', '[["bc","c"],3]'),
    ('var r = /a/gy; JSON.stringify(["aab".match(r), "baa".match(r), r.lastIndex])', '[["a","a"],null,0]'),
    ('var r = /(\\w+) (\\d+)/g; r.lastIndex = 7;'
     'JSON.stringify(["ab 12 cd 34".replace(r, "$2:$1 [$`|$\'|$&]"), r.lastIndex, RegExp.$1])',
     '["12:ab [| cd 34|ab 12] 34:cd [ab 12 ||cd 34]",0,"cd"]'),
    ('var seen = []; var out = "a1b22".replace(/(?<l>[a-z])(\\d+)/g, function (m, l, d, pos, s, g) {'
     ' seen.push([m, l, d, pos, s, g.l, RegExp.$1]); return d + l; }); JSON.stringify([out, seen])',
     '["1a22b",[["a1","a","1",0,"a1b22","a","b"],["b22","b","22",2,"a1b22","b","b"]]]'),
    ('"aaa".replace(/a*?/g, "-") + "|" + "abc".replace(/(?:)/g, "-") + "|" + "x".replace(/y/g, "-")',
     '-a-a-a-|-a-b-c-|x'),
    ('var r = /b/; r.lastIndex = 9; JSON.stringify(["abcb".replace(r, "[$&]"), r.lastIndex])', '["a[b]cb",9]'),
    ('var r = /b/y; r.lastIndex = 1; JSON.stringify(["abcb".replace(r, "X"), r.lastIndex, "abcb".replace(r, "X"),'
     ' r.lastIndex])', '["aXcb",2,"abcb",0]'),
    ('"2020-01-02".replace(/(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)/, "$<d>/$<m>/$<y>")', '02/01/2020'),
    ('"aXbX".replace(/(?:(a)|b)X/g, "[$1]")', '[a][]'),
    ('"x-y_z".split(/[-_]/).join("|") + " " + "test".split(/(t)/).join("|") + " " + "abc".split(/(?:)/).join("|")',
     'x|y|z |t|es|t| a|b|c'),
    ('JSON.stringify("a1b2c3".split(/(\\d)/, 4)) + JSON.stringify("a1b2c3".split(/\\d/, 2)) + RegExp.$1',
     '["a","1","b","2"]["a","b"]'),
    ('JSON.stringify(["A<B>x</B>".split(/<(\\/)?([^<>]+)>/), RegExp.$2, RegExp.lastMatch])',
     '[["A",null,"B","x","/","B",""],"B","</B>"]'),
    ('JSON.stringify(["\\u{1F600}\\u{1F600}".split(/(?:)/u).length, "\\u{1F600}".split(/(?:)/).length,'
     ' "ab".split(/$/), "ab".split(/^/), "".split(/x/), "".split(/(?:)/), "abc".split(/c/)])',
     '[2,2,["ab"],["ab"],[""],[],["ab",""]]'),
    ('var r = /b/g; r.lastIndex = 3; var i = "abcb".search(r); JSON.stringify([i, r.lastIndex, "xyz".search(/q/),'
     ' RegExp.lastMatch])', '[1,3,-1,"b"]'),
    ('var r = /a/g; var t = [r.test("aa"), r.lastIndex, r.test("aa"), r.lastIndex, r.test("aa"), r.lastIndex];'
     ' JSON.stringify(t)', '[true,1,true,2,false,0]'),
    ('var r = /a/y; var t = [r.test("ba"), r.lastIndex]; r.lastIndex = 1; t.push(r.test("ba"), r.lastIndex);'
     ' JSON.stringify(t)', '[false,0,true,2]'),
    ('var it = "a1b2".matchAll(/[a-z](\\d)/g); var o = []; for (var m of it) o.push(m[0] + m[1] + m.index);'
     ' o.join(",")', 'a110,b222'),
    ('var r = /(a)|b/d; JSON.stringify([r.exec("xb").indices, /(?<n>a)|(?<m>b)/d.exec("b").indices.groups])',
     '[[[1,2],null],{"m":[0,1]}]'),
    # an observable protocol takes the spec steps
    ('var r = /a/g; var log = []; Object.defineProperty(r, "lastIndex", {get: function () { log.push("get");'
     ' return 0; }, set: function (v) { log.push("set" + v); }}); try { "aa".replace(r, "b"); } catch (e) {'
     ' log.push(e.name); } log.join()', 'THROW TypeError: Cannot redefine property: lastIndex'),
    ('var r = /a/g; var n = 0; r.lastIndex = {valueOf: function () { n++; return 0; }}; r.test("a");'
     ' var x = "aa".replace(r, "b"); x + n', 'bb1'),
    ('var r = /a/g; Object.defineProperty(r, "lastIndex", {writable: false});'
     ' try { "aa".replace(r, "b"); } catch (e) { e.name }', 'TypeError'),
    ('var r = /a/; r.exec = function (s) { return {index: 1, length: 1, 0: "Z"}; }; "xyz".replace(r, "Q")',
     'xQz'),
    ('var r = /a/g; var calls = 0; var e = RegExp.prototype.exec; RegExp.prototype.exec = function (s) {'
     ' calls++; return e.call(this, s); }; var x = "aXa".replace(r, "b") + "aXa".split(/X/) + "aa".match(r);'
     ' RegExp.prototype.exec = e; x + calls', 'bXba,aa,a9'),
    ('var d = Object.getOwnPropertyDescriptor(RegExp.prototype, "global"); var n = 0;'
     ' Object.defineProperty(RegExp.prototype, "global", {get: function () { n++; return d.get.call(this); },'
     ' configurable: true}); var x = "aa".replace(/a/g, "b") + "aa".match(/a/g);'
     ' Object.defineProperty(RegExp.prototype, "global", d); x + n', 'bba,a2'),
    ('var r = /a/g; r.foo = 1; var x = "aa".replace(r, "b"); r.lastIndex = 1; x + "a".split(r) + r.lastIndex',
     'bb,1'),
    ('class R extends RegExp { exec(s) { var m = super.exec(s); if (m) m[0] = "Q"; return m; } }'
     ' "aba".replace(new R("a", "g"), "$&$&") + "aba".match(new R("b", "g"))', 'QQbQQQ'),
    ('var keep = /b/y; var ctor = function () {}; ctor[Symbol.species] = function () { return keep; };'
     ' var r = /b/; r.constructor = ctor; var parts = "abcb".split(r); JSON.stringify([parts, keep.lastIndex])',
     '[["a","c",""],4]'),
    ('var keep = /b/y; var ctor = function () {}; ctor[Symbol.species] = function () { return keep; };'
     ' var r = /b/; r.constructor = ctor; var parts = "abcb".split(r, 1); JSON.stringify([parts, keep.lastIndex])',
     '[["a"],2]'),
    ('var keep = /b/g; var ctor = function () {}; ctor[Symbol.species] = function () { return keep; };'
     ' var r = /b/; r.constructor = ctor; JSON.stringify(["abcb".split(r), keep.lastIndex])',
     '[["","",""],4]'),
    ('var keep = /b/y; var ctor = function () {}; ctor[Symbol.species] = function () { return keep; };'
     ' var r = /b/; r.constructor = ctor; JSON.stringify(["abcbx".split(r), keep.lastIndex])',
     '[["a","c","x"],0]'),
    ('var r = /a/; r.exec = function () { return null; }; var e = RegExp.prototype.exec;'
     ' RegExp.prototype.exec = function () { return {}; }; var t = [r.test("a"), /b/.test("a")];'
     ' RegExp.prototype.exec = e; JSON.stringify(t)', '[false,true]'),
    ('var r = /(a+)+b/; try { r.exec("a".repeat(10) + "c"); "ok" } catch (e) { e.name }', 'ok'),
    # split of an unmodified RegExp makes its splitter without the species and flags steps
    ('JSON.stringify(["a, b,c".split(/\\s*,\\s*/), "a1b2c".split(/(\\d)/), "aXbxc".split(/x/i, 2), /a/gimsuyd.flags])',
     '[["a","b","c"],["a","1","b","2","c"],["a","b"],"dgimsuy"]'),
    ('var log = []; var d = Object.getOwnPropertyDescriptor(RegExp, Symbol.species);'
     ' Object.defineProperty(RegExp, Symbol.species, {get: function () { log.push("species"); return RegExp; },'
     ' configurable: true}); var x = "a,b".split(/,/); Object.defineProperty(RegExp, Symbol.species, d);'
     ' var m = Object.getOwnPropertyDescriptor(RegExp.prototype, Symbol.match);'
     ' Object.defineProperty(RegExp.prototype, Symbol.match, {get: function () { log.push("match"); return m.value; },'
     ' configurable: true}); x += "|" + "a,b".split(/,/); Object.defineProperty(RegExp.prototype, Symbol.match, m);'
     ' var c = RegExp.prototype.constructor; RegExp.prototype.constructor = function () {};'
     ' RegExp.prototype.constructor[Symbol.species] = function (r, f) { log.push("ctor " + f); return new RegExp(r, f); };'
     ' x += "|" + "a,b".split(/,/i); RegExp.prototype.constructor = c; x + " " + log.join()',
     'a,b|a,b|a,b species,match,ctor iy'),
    # the flags getters' check is remembered until PROTO_EPOCH changes: a getter put in after warm calls is seen
    ('var x = []; for (var i = 0; i < 3; i++) x.push("a,b".split(/,/).length);'
     ' var d = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags"); var n = 0;'
     ' Object.defineProperty(RegExp.prototype, "flags", {get: function () { n++; return d.get.call(this); }, configurable: true});'
     ' x.push("a,b".split(/,/).length, /a/g.flags);'
     ' Object.defineProperty(RegExp.prototype, "flags", d); x.push("a;b".split(/;/)); x.join() + " " + n', '2,2,2,2,g,a,b 2'),
    ('var x = []; for (var i = 0; i < 3; i++) x.push("a,b".split(/,/).length);'
     ' var d = Object.getOwnPropertyDescriptor(RegExp.prototype, "sticky"); var n = 0;'
     ' Object.defineProperty(RegExp.prototype, "sticky", {get: function () { n++; return d.get.call(this); }, configurable: true});'
     ' x.push("a,b".split(/,/).length);'
     ' delete RegExp.prototype.sticky; x.push("a,b".split(/,/).length);'
     ' Object.defineProperty(RegExp.prototype, "sticky", d); x.join() + " " + n', '2,2,2,2,2 1'),
    # an assignment to RegExp.prototype.exec (which counts no epoch) after warm calls is seen
    ('var x = []; for (var i = 0; i < 3; i++) x.push("aXa".replace(/a/g, "b"), /a/.test("a"), "aa".match(/a/g).length);'
     ' var e = RegExp.prototype.exec; var n = 0; RegExp.prototype.exec = function (s) { n++; return e.call(this, s); };'
     ' x.push("aXa".replace(/a/g, "b"), /a/.test("a"), "aa".match(/a/g).length, "a,b".split(/,/).length, "xa".search(/a/));'
     ' RegExp.prototype.exec = e; x.join() + " " + n', 'bXb,true,2,bXb,true,2,bXb,true,2,bXb,true,2,2,1 11'),
    # a non-global RegExp's lastIndex is still converted (ToLength) when it is not a Number
    ('var r = /a/; var n = 0; r.lastIndex = {valueOf: function () { n++; return 5; }}; var x = [r.test("a"),'
     ' r.exec("ba").index, "a".match(r)[0], "a".replace(r, "b"), "xa".search(r), "a".split(r).length]; x.join() + " " + n', 'true,1,a,b,1,2 4'),
    ('var r = /a/; r.lastIndex = "7"; var x = [r.test("a"), r.lastIndex, typeof r.lastIndex]; r.lastIndex = -3;'
     ' x.push(r.test("a"), r.lastIndex); x.join()', 'true,7,string,true,-3'),
    # String.prototype.match / replace / split call the RegExp method straight only when GetMethod runs no code
    ('var x = []; var r = /,/; for (var i = 0; i < 3; i++) x.push("a,b".split(r).length, "a,b".replace(r, ";"), "a,b".match(r)[0]);'
     ' r[Symbol.split] = function (s, l) { return ["own", s, l]; }; r[Symbol.replace] = function (s, v) { return "own" + v; };'
     ' r[Symbol.match] = function (s) { return ["own" + s]; }; x.push("a,b".split(r), "a,b".split(r, 1), "a,b".replace(r, ";"), "a,b".match(r)[0]);'
     ' x.join("|")', '2|a;b|,|2|a;b|,|2|a;b|,|own,a,b,|own,a,b,1|own;|owna,b'),
    ('var x = []; for (var i = 0; i < 3; i++) x.push("a,b".split(/,/).length, "a,b".replace(/,/, ";"), "a,b".match(/,/)[0]);'
     ' var p = RegExp.prototype, s = p[Symbol.split], rp = p[Symbol.replace], m = p[Symbol.match];'
     ' p[Symbol.split] = function () { return "S"; }; p[Symbol.replace] = function () { return "R"; };'
     ' p[Symbol.match] = function () { return "M"; }; x.push("a,b".split(/,/), "a,b".replace(/,/, ";"), "a,b".match(/,/));'
     ' p[Symbol.split] = s; p[Symbol.replace] = rp; p[Symbol.match] = m; x.push("a,b".split(/,/).length); x.join("|")', '2|a;b|,|2|a;b|,|2|a;b|,|S|R|M|2'),
    ('var x = []; var r = /,/; for (var i = 0; i < 3; i++) x.push("a,b".split(r).length);'
     ' Object.setPrototypeOf(r, {__proto__: RegExp.prototype, [Symbol.split]: function () { return "sub"; }});'
     ' x.push("a,b".split(r)); var log = []; x.push("a,b,c".split(/,/, {valueOf: function () { log.push("lim"); return 2; }}));'
     ' x.push("a,b,c".split(/,/, 0).length, "a,b,c".split(/,/, 2.9), "a,b,c".split(/,/, -1)); x.join("|") + " " + log', '2|2|2|sub|a,b|0|a,b|a,b,c lim'),
    # a split with no splitter made still leaves the legacy static properties as the spec's loop does
    ('"k1v2".split(/(\\d)/); var a = [RegExp.$1, RegExp.lastMatch, RegExp.leftContext]; "xyz".split(/q/);'
     ' a.push(RegExp.$1); "a,b".split(/,/, 1); a.push(RegExp.lastMatch, RegExp.input); a.join("|")', '2|2|k1v|2|,|a,b'),
    # a literal pattern (Matcher.literal): only a whole literal is matched by find; surrogates; sticky
    ('JSON.stringify(["xa1ab".replace(/a\\d/, "Z"), "xa1ab".replace(/ab/, "Z"), "\\u{1F600}a\\u{1F600}".split(/\\u{1F600}/u),'
     ' "\\u{1F600}".split(/\\ud83d/), "\\u{1F600}".split(/\\ude00/), "\\u{1F600}".split(/\\ude00/u).length, "abab".replace(/ab/g, "-"),'
     ' "aXbX".split(/X/), (function () { var r = /ab/y; r.lastIndex = 1; var t = [r.test("xabab"), r.lastIndex, r.test("xabab"),'
     ' r.lastIndex, r.test("xabab"), r.lastIndex]; return t; })()])', '["xZab","xa1Z",["","a",""],["","\\ude00"],["\\ud83d",""],1,"--",["a","b",""],[true,3,true,5,false,0]]'),
    # ... and when no JS code runs inside: a limit's valueOf, a replacer's or a replacement's toString
    # see no caller (a built-in's call), as they do through GetMethod and Call
    ('function outer() { var c = []; function v() { c.push(v.caller === null ? "null" : v.caller === outer ? "outer" : typeof v.caller);'
     ' return 2; } "a,b,c".split(/,/, {valueOf: v}); "a,b,c".replace(/,/, {toString: function t() {'
     ' c.push(t.caller === null ? "null" : t.caller === outer ? "outer" : typeof t.caller); return ";" }});'
     ' "a,b".replace(/,/, function f() { c.push(f.caller === null ? "null" : f.caller === outer ? "outer" : typeof f.caller);'
     ' return ";" }); return c.join() } outer()', 'null,null,null'),
    # test / exec straight to the matcher only for an instance of RegExp.prototype itself
    ('var n = 0; class R extends RegExp { exec(s) { n++; return super.exec(s); } } var r = new R("a");'
     ' var x = [r.test("a"), r.test("b"), /a/.test("a")]; var o = /b/; Object.setPrototypeOf(o, {__proto__: RegExp.prototype,'
     ' exec: function () { n += 10; return null; }}); x.push(o.test("b"), RegExp.prototype.test.call(o, "b"), n); x.join()',
     'true,false,true,false,false,22'),
    ('var n = 0; var r = /a/; var x = [r.test("a")]; r.exec = function (s) { n++; return null; }; x.push(r.test("a"),'
     ' "a".replace(r, "b"), /a/.test("a"), n); delete r.exec; x.push(r.test("a"), n); x.join()', 'true,false,a,true,2,true,2'),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_case(src: str, expected: str) -> None:
    assert both_tiers(js_str, src) == (expected, expected)


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_cases_against_node() -> None:
    assert NODE is not None
    prog = ("const vm = require('vm'); const out = []; for (const src of JSON.parse(require('fs')"
            ".readFileSync(0, 'utf8'))) { try { out.push(String(vm.runInNewContext(src))); } catch (e) {"
            " out.push('THROW ' + e.name + ': ' + e.message); } } process.stdout.write(JSON.stringify(out));")
    res = subprocess.run([NODE, "-e", prog], input=json.dumps([c[0] for c in CASES]), capture_output=True,
                         text=True, timeout=60, check=True)
    assert [c[1] for c in CASES] == json.loads(res.stdout)
