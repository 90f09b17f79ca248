const a = { b() { return this._b; }, _b: { c: 42 } };
var r = [];
for (const f of [() => a?.b().c, () => (a?.b)().c, () => a.b?.().c, () => (a.b)?.().c, () => a?.b?.().c, () => (a?.b)?.().c,
                 () => { const n = null; return (n?.b)(); }, () => { const n = null; return (n?.b)?.(); }, () => (a?.["b"])().c,
                 () => { class C { #m() { return this.v; } v = 7; t() { return (this?.#m)(); } } return new C().t(); }]) {
  try { r.push(f()); } catch (e) { r.push(e.constructor.name); }
}
r.join()
