var r = [];
var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); r.push(fs.map(f => f()).join());
var gs = []; for (let i = 0; i < 3; i++) { gs.push(function () { return i; }); } r.push(gs.map(f => f()).join());
var es = []; for (let i = 0; i < 3; i++) { es.push(eval('(function(){ return i })')); } r.push(es.map(f => f()).join());
var hs = []; for (let i = 0, f = () => i; i < 3; i++) { hs.push(f); } r.push(hs.map(f => f()).join());
var s = 0; for (let i = 0; i < 5; i++) { s += i; } r.push(s);
var cs = []; for (let i = 0; i < 2; i++) { class C { m() { return i; } } cs.push(new C()); } r.push(cs.map(c => c.m()).join());
r.join('|')
