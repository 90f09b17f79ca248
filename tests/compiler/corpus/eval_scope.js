var x = 'global';
function f() { var x = 'local'; return [eval('x'), (0, eval)('x')].join(); }
function g() { eval('var y = 1'); return typeof y; }
function h() { 'use strict'; eval('var z = 1'); return typeof z; }
eval('var fromEval = 3');
var ind = (0, eval)('var indirect = 4; indirect');
var d = delete fromEval;
[f(), g(), h(), ind, typeof fromEval, d, eval('1; 2; if (true) {}'), eval('3; var q;'), eval('do { 5; break } while (0)')].join('|')
