[eval('1;'), eval('1; var x = 2;'), eval('1; {}'), eval('1; if (false) 2;'), eval('1; while (false);'),
 eval('1; try { 2 } finally { 3 }'), eval('1; switch (1) { case 1: }'), eval('1; switch (1) { case 1: 5 }'),
 eval('1; for (var i = 0; i < 2; i++) { i }'), eval('l: { 7; break l; }'), eval('1; function f() {}'),
 eval('1; with ({}) {}'), eval('var o = {a:1}; 1; for (var k in o) { k }')].join(',')
