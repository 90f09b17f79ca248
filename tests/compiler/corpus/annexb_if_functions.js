var r = [];
r.push(typeof f1);
if (true) function f1() { return 'f1'; }
r.push(typeof f1);
{ function f2() {} }
r.push(typeof f2);
(function () { eval('if (true) function f3() { return 3; } else ; r.push(typeof f3);'); r.push(typeof f3); })();
(function () { eval('{ function f4() {} } r.push(typeof f4);'); r.push(typeof f4); })();
r.join()
