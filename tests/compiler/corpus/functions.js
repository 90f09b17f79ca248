var add = new Function('a', 'b', 'return a + b');
var fe = function named() { return typeof named; };
var reassign = function self() { self = 1; return typeof self; };
function outer() { return inner(); function inner() { return 'hoisted'; } }
var bound = function (a, b) { return this.v + a + b; }.bind({ v: 1 }, 2);
[add(1, 2), add.length, fe(), typeof named, reassign(), outer(), bound(3), bound.length, bound.name,
 (function (a, b, c) {}).length, Function.prototype.toString.call(fe), (function () { return arguments.length; }).apply(null, [1, 2, 3]),
 Math.max.apply(null, [1, 5, 3])].join(' | ')
