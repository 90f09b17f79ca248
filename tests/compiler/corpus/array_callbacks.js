// Array callbacks (map, filter, forEach, some, every) through the positional entry of emitted
// functions: holes, this values, arguments, arrays that grow and shrink, throws, non-ECMAScript callbacks.
var out = [];
var a = [1, 2, , 4, 5];
out.push(a.map(function (v, i, arr) { return v * 10 + i + (arr === a ? 0 : 100); }).join());
out.push(a.filter(function (v) { return v % 2; }).join(), a.filter(function () { return 'x'; }).length, a.filter(function () { return 0n; }).length);
out.push(a.some(function (v) { return v > 4; }), a.every(function (v) { return v; }), a.every(function (v) { return {}; }));
a.forEach(function (v, i) { out.push(i + ':' + v + ':' + arguments.length); });
out.push(a.map(function () { 'use strict'; return this; }, 7).join(), a.map(function () { return typeof this; }).join());
out.push(a.map(x => x + 1).join(), a.map(Math.sqrt).length, a.map(String).join());
var grow = [1, 2, 3]; out.push(grow.map(function (v, i, arr) { if (i === 0) arr.push(9); return v; }).join());
var shrink = [1, 2, 3, 4]; out.push(shrink.filter(function (v, i, arr) { if (i === 0) arr.length = 2; return true; }).join());
try { a.forEach(function (v) { if (v === 4) throw new Error('at ' + v); }); } catch (e) { out.push(e.message); }
try { a.map(class { }); } catch (e) { out.push(e instanceof TypeError); }
out.push(a.map(function* () { }).length, a.some(async function () { }));
out.push([3, 1, 2].map(function f(v) { return v > 1 ? f(v - 1) + v : v; }).join());
out.join(' ');
