// Calls with more arguments than the callee declares (its positional entry ignores the extra ones
// unless it has an arguments object or a rest parameter): evaluation order and side effects stay.
var out = [];
function one(a) { return a; }
function two(a, b) { return [a, b].join('/'); }
function none() { return 'none'; }
function args1(a) { return arguments.length + ':' + a; }
function rest1(a, ...r) { return r.length + ':' + a; }
function dflt(a, b = 'd') { return a + b; }
var side = 0; function s() { side++; return side; }
out.push(one(1, 2, 3), two(1, 2, 3, 4, 5), none(1, 2, 3, 4, 5), args1(1, 2, 3), rest1(1, 2, 3, 4), dflt(1), dflt(1, 2, 3));
out.push(one(s(), s(), s(), s(), s()), side, two(s(), s(), s(), s(), s(), s(), s()), side);
[10, 20, 30].forEach(function (v) { out.push(v); });
out.push([1, 2, 3].map(function (v) { return v * 2; }).join(), [1, 2, 3].reduce(function (x, y) { return x + y; }));
function V(x) { this.x = x; }
out.push(new V(1, 2, 3).x, new V(1, 2, 3, 4, 5).x);
out.push(one.call(null, 7, 8, 9), two.apply(null, [1, 2, 3]), one.length, two.length);
function outer() { return inner(1, 2, 3, 4); function inner(a, b) { return a + b + (arguments.length === undefined); } }
out.push(outer());

function tailish(n) { return n <= 0 ? 'done' : tailish(n - 1, n, n); }
out.push(tailish(100));
out.join(' ');
