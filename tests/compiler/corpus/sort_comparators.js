// Array.prototype.sort with comparators of every kind (emitted ones are called through their positional
// entry): this binding, coercion of the result, NaN, extra parameters, throws, classes, generators, bound, re-entrant.
var out = [];
var a = [5, 1, 4, 2, 3, 9, 8, 7, 6, 0, 11, 10];
out.push(a.slice().sort(function (x, y) { return x - y; }).join());
out.push(a.slice().sort(function (x, y) { 'use strict'; return this === undefined ? y - x : 0; }).join());
out.push(a.slice().sort(function (x, y) { return this === globalThis ? y - x : 0; }).join());
out.push(a.slice().sort((x, y) => String(x).localeCompare(String(y))).join());
out.push(a.slice().sort(function (x, y) { return { valueOf: function () { return x - y; } }; }).join());
out.push(a.slice().sort(function (x, y) { return NaN; }).join());
out.push(a.slice().sort(function (x, y, z) { return arguments.length === 2 && z === undefined ? x - y : 0; }).join());
out.push([3, undefined, 1, , 2].sort(function (x, y) { return x - y; }).length);
try { a.slice().sort(function (x, y) { throw new Error('cmp ' + (x > -1)); }); } catch (e) { out.push(e.message); }
class K { static cmp(x, y) { return x - y; } }
out.push(a.slice().sort(K.cmp).join());
try { a.slice().sort(class { }); } catch (e) { out.push(e instanceof TypeError); }
out.push(a.slice().sort(function* (x, y) { }).length);
var bound = function (x, y) { return (x - y) * this.s; }.bind({ s: -1 });
out.push(a.slice().sort(bound).join());
var deep = 0; function rec(x, y) { if (deep < 50) { deep++; [2, 1].sort(rec); } return x - y; }
out.push([3, 2, 1].sort(rec).join(), deep);
var recs = []; for (var i = 0; i < 50; i++) recs.push({ g: i % 3, id: i });
out.push(recs.sort(function (p, q) { return p.g - q.g; }).map(function (r) { return r.id; }).join('.'));
out.join(' | ');
