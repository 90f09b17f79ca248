var log = [];
var it = { [Symbol.iterator]() { return { next() { log.push('next'); return { done: false, value: 1 }; }, return() { log.push('return'); return {}; } }; } };
function thrower() { log.push('key'); throw new Error('k'); }
try { [ {}[thrower()] ] = it; } catch (e) { log.push(e.message); }
try { [ ...{}[thrower()] ] = it; } catch (e) { log.push(e.message); }
var o = {};
[o.a, o['b'] = 5, ...o.c] = [1, undefined, 3, 4];
({ x: o.d, y: o.e = 7, ...o.f } = { x: 1, z: 2 });
var order = [];
var src = { get p() { order.push('get'); return 1; } };
var tgt = { set q(v) { order.push('set ' + v); } };
({ p: (order.push('target'), tgt).q } = src);
JSON.stringify([log, o, order]);
