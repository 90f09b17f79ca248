function counter() { var n = 0; return { inc: function () { return ++n; }, get: function () { return n; } }; }
var c1 = counter(), c2 = counter();
c1.inc(); c1.inc(); c2.inc();
var fs = [];
for (var i = 0; i < 3; i++) fs.push((function (j) { return function () { return j * 10; }; })(i));
var hoisted = typeof later;
function later() {}
c1.get() + ',' + c2.get() + ',' + fs.map(function (f) { return f(); }).join('/') + ',' + hoisted
