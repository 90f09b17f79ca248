// Member reads and charCodeAt/charAt calls on primitive strings: the emitter reads %String.prototype%
// inline and inlines the two built-ins; replaced, deleted and accessor properties are seen.
var out = [];
var s = "h\u00e9llo\ud83d\ude00";
for (var i = -1; i <= s.length; i++) out.push(s.charCodeAt(i), s.charAt(i));
out.push(s.charCodeAt(1.5), s.charAt(1.5), s.charCodeAt(), s.charAt(), s.charCodeAt("2"), s.charAt(NaN), s.charCodeAt(Infinity));
out.push(s.charCodeAt(0, 1), s.toUpperCase(), s.slice(1, 3), s.indexOf("l"), "abc".concat("d"), s.nope);
var o = { charCodeAt: function (i) { return "own " + i; }, charAt: function (i) { return "own " + i; } };
out.push(o.charCodeAt(1), o.charAt(2));
var so = new String("xyz"); out.push(so.charCodeAt(1), so.charAt(2));
String.prototype.charCodeAt = function (i) { return "patched " + i; };
out.push(s.charCodeAt(0), "q".charCodeAt(0));
String.prototype.charAt = String.prototype.toUpperCase;   // another built-in
out.push(s.charAt(0), 'ab'.charAt(1));
delete String.prototype.charAt;
try { s.charAt(0); } catch (e) { out.push(e instanceof TypeError); }
Object.defineProperty(String.prototype, 'bar', { get: function () { return typeof this + this.length; } });
out.push(s.bar, "ab".bar);
String.prototype.baz = 7; out.push("x".baz);
JSON.stringify(out);
