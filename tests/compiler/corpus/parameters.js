// non-simple parameter lists (defaults, patterns, rest, duplicates, a body var named like a
// parameter, closures in defaults, TDZ) emitted as a prologue of parameter initialisers
var out = [];
function f1(a, b = a + 1, ...rest) { return [a, b, rest.length, arguments.length]; }
out.push(f1(1), f1(1, undefined, 3, 4));
function f2({x, y = 2} = {}, [p, q] = [7, 8]) { var x; return [x, y, p, q]; }
out.push(f2(), f2({x: 1}, 'ab'));
function f3(a = () => b, b = 5) { var b = 6; return [a(), b]; }
out.push(f3());
function f4(a = b, b) { return a; }
try { f4(); } catch (e) { out.push(e.constructor.name); }
function f5(a, a) { return a + arguments[0]; }
out.push(f5(1, 2));
var f6 = ({k}, ...[m, n]) => k + m + n;
out.push(f6({k: 'k'}, 'm', 'n'));
function f7(a, b = arguments) { arguments[0] = 9; return [a, b[0]]; }
out.push(f7(1));
function f8(x = 1) { function x() {} return typeof x; }
out.push(f8());
function f9(a = 1) { var a; return a; }
out.push(f9(), f9(3));
var o = { m({a} = {a: this}) { return a === o; } };
out.push(o.m());
function f10(a = eval('1')) { return a; }
out.push(f10());
function f11([a, b], {c: [d] = [4]}) { let e = a + b; { let g = () => e + d; return g(); } }
out.push(f11([1, 2], {}));
JSON.stringify(out);
