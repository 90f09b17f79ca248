var log = [];
class B {}
class C extends B { m() { super[(log.push('key'), {toString() { log.push('tostr'); return 'k'; }})] = (log.push('rhs'), 1); } }
new C().m();
var o = {}; var k = {toString() { log.push('tostr2'); return 'z'; }};
o[(log.push('key2'), k)] = (log.push('rhs2'), 2);
var fn; (fn) = function() {}; var g; g = function() {};
log.push(JSON.stringify(fn.name), g.name);
log.join()
