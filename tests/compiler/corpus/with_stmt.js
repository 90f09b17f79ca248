var o = { a: 1, b: 2 };
var a = 'outer';
var r = [];
with (o) { r.push(a); a = 10; var c = b + 1; r.push(c); }
with (Object.create({ inherited: 'yes' })) { r.push(inherited); }
var u = { x: 1 }; u[Symbol.unscopables] = { x: true };
var x = 'shadow';
with (u) { r.push(x); }
r.join() + '|' + o.a + '|' + a
