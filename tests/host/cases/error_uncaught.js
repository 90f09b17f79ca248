function f() { g(); }
function g() { const x = null; return x.y; }
console.log('before');
f();
