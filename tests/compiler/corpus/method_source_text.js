// Function.prototype.toString of methods, getters and setters: the whole MethodDefinition.
var x = 'q';
class C { static /* s */ async /* a */ * f() {} get [x]() { return 1; } static set s(v) {} m(a, b) { return a; } }
var o = { async *g() {}, get h() { return 2; }, k() { return 1; }, [x + 'z'](y) {} };
[C.f, Object.getOwnPropertyDescriptor(C.prototype, 'q').get, Object.getOwnPropertyDescriptor(C, 's').set,
 C.prototype.m, o.g, Object.getOwnPropertyDescriptor(o, 'h').get, o.k, o.qz, function plain(a) { return a; }]
  .map(String).join('\n')
