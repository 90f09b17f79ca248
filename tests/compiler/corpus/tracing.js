// Statements of every kind, for the on_step step sequences (tests/compiler/test_trace_tiers.py)
var out = [];
var n = 0;
var unused;
for (var i = 0; i < 3; i++) { n += i; if (i === 1) continue; out.push(i); }
for (let j = 0; j < 2; j++) out.push(j);
for (const k of [1, 2]) { out.push(k); }
for (var key in { a: 1, b: 2 }) out.push(key);
var w = 0;
while (w < 2) w++;
do { w--; } while (w > 0);
outer: for (var a = 0; a < 3; a++) {
  inner: for (var b = 0; b < 3; b++) {
    if (b === 1) continue outer;
    if (a === 2) break outer;
    out.push(a + ':' + b);
  }
}
lbl: { out.push('in label'); break lbl; }
switch (n) {
  case 1: out.push('one');
  case 3: out.push('three');
  case 4: { out.push('four'); break; }
  default: out.push('default');
}
try { out.push('try'); throw new Error('x'); } catch (e) { out.push('catch'); } finally { out.push('finally'); }
try { try { out.push('inner'); } finally { out.push('inner finally'); } } catch { ; }
function f(x) {
  var y;
  if (x > 1) return f(x - 1) + 1;
  return x;
}
out.push(f(3));
function* g() {
  yield 1;
  for (var q = 0; q < 2; q++) {
    var got = yield q;
    out.push(got);
  }
  try { yield 'try'; } finally { out.push('gen finally'); }
  return 'done';
}
for (var v of g()) out.push(v);
var it = g(); it.next(); it.next(); it.return(5);
async function af(p) {
  out.push('a1');
  await p;
  for (var z of [1, 2]) { await z; out.push('z' + z); }
  switch (await 1) { case 1: out.push('sw'); break; }
  return 'ad';
}
af(1).then(function (v) { out.push(v); });
class K {
  static s = 1;
  static { out.push('static block'); }
  constructor() { this.v = 1; }
  m() { return this.v; }
}
out.push(new K().m());
var arrow = (x) => { if (x) { return x; } return 0; };
out.push(arrow(2), ((x) => x * 2)(3));
{ function blockFn() { return 'b'; } out.push(blockFn()); }
if (n) function ifFn() {}
l1: l2: for (var c = 0; c < 1; c++) out.push('c');
with ({ wv: 1 }) { out.push(wv); }
eval('var ev = 1;\nout.push(ev);');
debugger;
;
var obj = { get p() { out.push('getter'); return 1; } };
obj.p;
[1, 2].forEach(function (x) { out.push(x); });
out.join()
