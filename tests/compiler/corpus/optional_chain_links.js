// optional chains with private and super links, eval?.(), (a?.b)?.(), delete of optional chains
// and of names, tagged templates with a super or private tag, Annex B's calls as assignment
// and update targets, import(): the emitting tier compiles them itself
var log = [];
class P {
  #x = 1; #m() { return this.#x + 10; }
  static t(o) { return [o?.#x, o?.p?.#x, o?.#m(), o?.p.#m?.(2), o?.p?.#m(), o?.q?.#x, o?.p[0]?.#x].join(); }
  static u(o) { return (o?.#m)() + (o?.p.#m)() + (o?.p?.#x); }
  static w(o) { return o.#m`a${1}b` + o.p.#m`c`; }
  get p() { return this; }
}
var pp = new P();
log.push(P.u(pp), P.t(pp), P.t(null), P.w(pp));
try { P.t({}); } catch (e) { log.push(e.constructor.name); }
var o = { a: { b: 1, c: { d: 2 }, 0: 3 }, f() { return this === o; }, n: null };
log.push(delete o?.a.b, 'b' in o.a, delete o?.x?.y, delete o?.a?.['c'], delete o.n?.[log.push('no')], delete o?.a['0']);
log.push(JSON.stringify(o), delete o?.f(), (o?.f)(), (o?.f)?.(), (o.g?.h)?.(), (o?.['f'])(), o.f?.call?.(o));
globalThis.gx2 = 'global';
function ev() { var gx2 = 'local'; return [eval?.('gx2'), eval('gx2'), eval('gx2')?.length, (0, eval)('gx2'), eval?.(1)].join(); }
log.push(ev());
var base = { m() { return 'bm' + this.k; }, k: 0, s(a, x) { return a.raw.join('-') + x + this.k; } };
var der = {
  __proto__: base, k: 5,
  f() { return [super.m?.(), super.zz?.(), super['m']?.(), super.s`x${1}y`, super.m?.call({ k: 7 }), super.m?.bind(this)?.()].join(); }
};
log.push(der.f());
function f() { log.push('f'); return 1; }
try { f() = 1; } catch (e) { log.push(e.constructor.name); }
try { f() += (log.push('rhs'), 1); } catch (e) { log.push(e.constructor.name); }
try { f()++; } catch (e) { log.push(e.constructor.name); }
try { --f(); } catch (e) { log.push(e.constructor.name); }
try { o.f() *= 2; } catch (e) { log.push(e.constructor.name); }
globalThis.gx = 1; var gv = 2;
log.push(delete gx, typeof gx, delete gv, delete nosuch, delete 1, delete o.a?.c);
with ({ w: 1 }) { log.push(delete w, typeof w); }
log.push(typeof import('x' + 1).catch(e => 0), typeof import('y', { with: { type: 'json' } }).catch(e => 0));
log.join('|')
