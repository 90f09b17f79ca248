var r = [];
function t(name, f) { try { r.push(name + ':' + f()); } catch (e) { r.push(name + ':' + e.constructor.name); } }
t('forof-self', () => { for (let q of [q]) {} });
t('forin-self', () => { for (let q in { q }) {} });
t('forof-body', () => { let s = ''; for (const [k, v = k + '!'] of [['a'], ['b', 2]]) s += k + v; return s; });
t('forof-destr-tdz', () => { for (let [a = b, b] of [[]]) {} });
t('forof-closure', () => { const fs = []; for (let i of [1, 2, 3]) fs.push(() => i); return fs.map(f => f()).join(); });
t('forin-body', () => { let s = ''; for (const k in { x: 1, y: 2 }) s += k; return s; });
r.join('\n')
