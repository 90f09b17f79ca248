var a = [5, 1, 4, 2, 3];
var sorted = a.slice().sort(function (x, y) { return x - y; });
var people = [{ n: 'b', a: 2 }, { n: 'a', a: 1 }, { n: 'c', a: 2 }];
var stable = people.slice().sort(function (x, y) { return x.a - y.a; }).map(function (p) { return p.n; });
var sp = [1, , 3];
[sorted.join(), stable.join(), a.map(function (x) { return x * 2; }).join(), a.filter(function (x) { return x % 2; }).join(),
 a.reduce(function (s, x) { return s + x; }, 0), a.indexOf(4), a.includes(9), [[1, [2]], [3]].flat(Infinity).join(),
 a.concat([6], 7).length, a.slice(1, -1).join(), a.splice(1, 2, 'x').join() + '/' + a.join(), sp.length, 1 in sp,
 [3, 20, 100].sort().join(), [].concat.apply([], [[1], [2]]).join(), Array(3).join('-'), Array.isArray(a),
 [1, 2, 3].reverse().join(), [1, 2, 3].findLast(function (x) { return x < 3; }), [1, 2, 3].toSorted(function (p, q) { return q - p; }).join(),
 [1, 2, 3].with(0, 9).join(), JSON.stringify([1, 2, 3].entries().next())].join(' ; ')
