// The messages of JSON's errors as node 20 (V8) words them: a circular structure's path (the
// object that starts the circle, each key on the way, '...' past three steps, the key that
// closes it), a number with a leading zero, a '.' after a fraction, the text of undefined;
// and of a few operations nearby: toString's radix, a computed write to null, a descriptor
// with both an accessor and a value.
const show = (f) => { try { console.log('no error', f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } };
const a = { x: { y: {} } }; a.x.y.z = a; show(() => JSON.stringify(a));
const b = {}; b.self = b; show(() => JSON.stringify([b]));
class K { constructor() { this.me = this } }
show(() => JSON.stringify(new K()));
const c = []; c[3] = c; show(() => JSON.stringify(c));
const d = { a: { b: { c: { d: { e: {} } } } } }; d.a.b.c.d.e.f = d; show(() => JSON.stringify(d));
const d2 = { a: { b: { c: {} } } }; d2.a.b.c.d = d2; show(() => JSON.stringify(d2));
const d3 = { a: { b: { c: { d: {} } } } }; d3.a.b.c.d.e = d3; show(() => JSON.stringify(d3));
const o = Object.create(null); o.q = o; show(() => JSON.stringify(o));
const m = {}; m.a = { 'key with space': m }; show(() => JSON.stringify(m));
const arr = [1, {}]; arr[1].back = [arr]; show(() => JSON.stringify({ root: arr }, null, 2));
for (const t of ['01', '[01]', '-01', '00', '0 1', '{"a":01}', '1.5.5', '1e5e', '1.', '1e', '0x1', '01.5', '[1 2]', 'undefined', 'u', 'und']) {
  show(() => JSON.parse(t));
}
show(() => (1).toString(1));
show(() => { const n = null; n[0] = 1 });
show(() => { let u; u['k' + 1] = 1 });
show(() => Object.defineProperty({}, 'a', { get() {}, value: 1 }));
