// Object literals: the leading plain key: value properties become the object's table at once;
// evaluation order, repeated keys, integer keys, names of anonymous functions, __proto__ after them.
var log = [];
function f(x) { log.push(x); return x; }
var a = 1;
var o = { b: f(1), a: f(2), 2: f(3), 1: f(4), b: f(5), g: function () {}, h: () => 1, c: a = 7, d: a, ["e"]: f(6), i: f(8), __proto__: null };
var p = { __proto__: { z: 1 }, y: 2 };
var q = { x: 1, get y() { return 2; }, z: 3 };
JSON.stringify([log, Object.keys(o), o.b, o.c, o.d, o.g.name, o.h.name, Object.getPrototypeOf(o) === null, p.z, Object.keys(p), q.y, Object.keys(q), {}.constructor === Object, Object.isExtensible({a: 1})]);
