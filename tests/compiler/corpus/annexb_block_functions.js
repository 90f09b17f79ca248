// Annex B.3.2: a block-level function also gets a var binding, unless an enclosing block (a
// loop head, a switch case block, a destructuring catch parameter) declares that name lexically.
var r = [];
(function () { r.push(typeof f); { function f() {} } r.push(typeof f); })();
(function () { r.push(typeof g); { let g = 1; { function g() {} } } r.push(typeof g); })();
(function () { for (let h of [1]) { function h() {} } r.push(typeof h); })();
(function () { switch (0) { case 0: let k; default: { function k() {} } } r.push(typeof k); })();
(function () { try { throw {}; } catch ({ m }) { { function m() {} } } r.push(typeof m); })();
(function () { try { throw 1; } catch (n) { { function n() {} } } r.push(typeof n); })();
r.join()
