// Where the TypeError of a class heritage that is no constructor points (V8): at the
// expression that gave the value, in top-level code (the closure tier) and in a function
// (emitted code); a heritage that throws itself keeps its own frame's position. (No loop at the
// top level: it stays on the closure tier.)
const clean = (s) => s.split(__filename).join('FILE');
const at = (f) => { try { f(); } catch (e) { return clean(e.stack.split('\n').slice(0, 3).join(' | ')); } };
var o = { m() {} }, u;
try { class A extends undefined {} } catch (e) { console.log(clean(e.stack.split('\n')[1])); }
try { class A extends o.p {} } catch (e) { console.log(clean(e.stack.split('\n')[1])); }
try { (class extends (1, o.m()) {}); } catch (e) { console.log(clean(e.stack.split('\n')[1])); }
console.log(at(function f() { class A extends u {} }));
console.log(at(function g() { return class extends o.m() {} }));
console.log(at(function h() { class A extends o.m.x {} }));
console.log(at(function k() { class A extends (() => { throw new Error('inner'); })() {} }));
function hot(x) { class A extends x {} return A; }
function warm() { for (let i = 0; i < 3; i++) hot(Object); }
warm();
console.log(at(() => hot(42)));
