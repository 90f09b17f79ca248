var r = [];
function t(name, f) { try { r.push(name + ':' + f()); } catch (e) { r.push(name + ':' + e.constructor.name); } }
t('self', () => { let x = x; });
t('before', () => { x; let x = 1; });
t('after', () => { let x = 1; return x + 1; });
t('switch', () => { switch (1) { case 0: let y = 1; break; case 1: return y; } });
t('switch-assign', () => { switch (1) { case 0: let y = 1; break; case 1: y = 2; } });
t('closure-early', () => { const f = () => z; f(); let z = 1; });
t('fn-decl', () => { g(); let w = 1; function g() { return w; } });
t('loop', () => { let s = 0; for (let i = 0; i < 5; i++) { let k = i * 2; s += k; } return s; });
t('forof-self', () => { for (let q of [q]) {} });
t('assign-before', () => { a = 1; let a; });
t('update-before', () => { b++; let b = 1; });
t('destr', () => { let [c, d = c] = [1]; return c + d; });
t('destr-self', () => { let [e = e] = []; });
t('eval-before', () => { eval('v'); let v = 1; });
t('eval-after', () => { let v = 1; return eval('v'); });
t('nested-block', () => { let m = 1; { m += 1; } return m; });
t('const', () => { const k = 3; return k * k; });
t('typeof-tdz', () => { typeof u; let u; });
r.join('\n')
