function mapped(a, b) { arguments[0] = 'changed'; b = 'b2'; return [a, arguments[1], arguments.length].join(); }
function unmapped(a, b) { 'use strict'; arguments[0] = 'changed'; return [a, arguments.length].join(); }
function extra() { return Array.prototype.slice.call(arguments, 1).join('-'); }
function del(a) { delete arguments[0]; arguments[0] = 9; return a; }
[mapped(1, 2), mapped(1), unmapped(1, 2), extra(1, 2, 3), del(5), (function () { return typeof arguments.callee; })(),
 Object.prototype.toString.call((function () { return arguments; })())].join(' | ')
