function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
var deep = depth(5000);
var overflow;
function inf() { return inf() + 1; }
try { inf(); } catch (e) { overflow = e instanceof RangeError && e.message; }
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
[deep, overflow, ack(2, 3)].join()
