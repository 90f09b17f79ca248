// ==, !=, ===, !== (emit.py equality): same-type values inline, null/undefined constants inline,
// everything else through IsLooselyEqual / IsStrictlyEqual.
var out = [];
function eq(a, b) { return [a == b, a != b, a === b, a !== b].map(Number).join(''); }
var o = {}, arr = [], f = function () {}, sym = Symbol('s');
var vals = [0, -0, 1, NaN, Infinity, '', '0', '1', 'a', true, false, null, undefined, 1n, 0n, o, arr, f, sym,
  new Number(1), new String('a'), new Boolean(false), { valueOf: function () { return 1; } }, [1], ['a']];
var rows = [];
for (var i = 0; i < vals.length; i++) {
  var row = '';
  for (var j = 0; j < vals.length; j++) {
    var x = vals[i], y = vals[j];
    if (typeof x === 'symbol' && typeof y === 'object' && y !== null) { row += 'x'; continue; }
    if (typeof y === 'symbol' && typeof x === 'object' && x !== null) { row += 'x'; continue; }
    row += eq(x, y) + ',';
  }
  rows.push(row);
}
out.push(rows.join('\n'));
function nn(x) { return [x == null, x != null, x === null, x !== null, null == x, undefined == x, void 0 === x, x === void 0, null != x, x != void 0].map(Number).join(''); }
for (var k = 0; k < vals.length; k++) out.push(nn(vals[k]));
var n = NaN; out.push(n == n, n === n, n != n, n !== n);
function nested(a) { var x = a, y = a; return [(x == y) == (y == x), (x === y) !== (y !== x), (x == null) == (y == undefined)].join(); }
out.push(nested(1), nested(NaN), nested(null), nested('s'), nested(o));
var log = [];
function side(v) { log.push(v); return v; }
out.push(side(1) == side('1'), side(null) === side(undefined), side(2) != side(null), log.join());
var calls = 0; var conv = { valueOf: function () { calls++; return 5; } };
out.push(conv == 5, 5 == conv, conv === 5, conv != 6, calls);
out.push(1n == 1, 1n === 1n, 1n == '1', 2n != 2, 0n == false, 10n ** 20n === 10n ** 20n);
function loop(list) { var c = 0; for (var p = list; p != null; p = p.next) c++; return c; }
out.push(loop({ next: { next: { next: null } } }), loop(null), loop({ next: undefined }));
out.join(' | ');
