// ToBoolean at every emitted test site (if, while, ?:, !, &&, ||) over each kind of value:
// the emitter inlines undefined, Numbers and plain objects, arrays and functions.
var vals = [true, false, undefined, null, 0, -0, NaN, 1, -1.5, Infinity, -Infinity, 5e-324,
            "", "0", "a", 0n, 1n, -1n, {}, [], function () {}, Symbol(), new Boolean(false),
            Object(0), Object(""), new Date(0), /x/, new Map()];
var out = [];
function num(x) { return x ? 1 : 0; }   // a parameter: the type is unknown to the emitter
for (var i = 0; i < vals.length; i++) {
    var v = vals[i];
    out.push(v ? 1 : 0, !v ? 1 : 0, (v && 2) === 2 ? 1 : 0, (v || 3) === 3 ? 1 : 0, num(v));
    if (v) out.push(9);
    while (v) { out.push(8); break; }
    do { if (!v) out.push(7); } while (false);
}
var n = 0, k = 3.5;
while (k) { k = k > 1 ? k - 1 : 0; n++; }          // a Number the analysis may know
out.push(n, 0.1 + 0.2 ? 1 : 0, -0 ? 1 : 0);
out.join("");
