// catch parameters with patterns, literal keys of every kind in patterns, private targets,
// and for-in/of heads of every form (TDZ of a lexical head, Annex B's `var x = init in`, a call
// as the target): emitted by compiler/emit.py; the suspend matrix also runs this with (yield N) /
// (await N)
var log = [];
// CatchClauseEvaluation: the pattern's bindings live in the catch environment
try { throw { a: 1, c: [5, 6, 7] }; } catch ({ a, b = log.length + 10, c: [x, ...y] }) { log.push(a, b, x, y.join('/')); }
try { throw [1]; } catch ([p, q = () => p]) { p = 2; log.push(q()); }
try { try { throw [undefined]; } catch ([z = z]) { log.push('no'); } } catch (e) { log.push(e.constructor.name); }
try { try { throw null; } catch ({ z }) { log.push('no'); } finally { log.push('fin'); } } catch (e) { log.push(e.constructor.name); }
try { throw { k: 3 }; } catch ({ k, k2 = k * 2 }) { let k3 = k + k2; log.push(k, k2, k3); }
log.push(typeof k);
try { throw 'e'; } catch (e) { var e = 'annex b var e'; log.push(e); }
try { throw [[4], { n: 5 }]; } catch ([[m], { n, ...rest }]) { log.push(m, n, JSON.stringify(rest)); }
function thrower(v) { try { throw v; } catch ({ length, 0: first }) { return length + ':' + first; } }
log.push(thrower('abc'), thrower([9]));
// literal keys of every kind
var { 1n: b1, 0x10n: b2, 1e3: b3, 0.5: b4, 'x y': b5, 1_0: b6, 0o7: b7 = 'dflt' } =
  { 1: 'one', 16: 'sixteen', 1000: 'k', '0.5': 'half', 'x y': 'xy', 10: 'ten' };
log.push(b1, b2, b3, b4, b5, b6, b7);
var o = {};
({ 1n: o.x, '2': o.y, 3: [o.z] } = { 1: 3, 2: 4, 3: [5] });
log.push(o.x, o.y, o.z);
for ({ 2n: o.w, ...o.rest } of [{ 2: 'w', r: 1 }]);
log.push(o.w, JSON.stringify(o.rest));
function keyed({ 7n: s = 'seven' }, [t] = [8]) { return s + t; }
log.push(keyed({}), keyed({ 7: 7 }, [6]));
// private names as targets
class P {
  #a; #b; static #s;
  m(v) {
    [this.#a, { x: this.#b, ...this.rest }] = v;
    for ([this.#a] of [[7]]) log.push(this.#a);
    for ({ k: P.#s } of [{ k: 9 }]);
    return [this.#a, this.#b, JSON.stringify(this.rest), P.#s].join(';');
  }
  bad(o) { try { [o.#a] = [1]; } catch (e) { log.push(e.constructor.name); } }
}
log.push(new P().m([1, { x: 2, y: 3 }]));
new P().bad({});
// super properties as targets (the key's ToPropertyKey waits for the PutValue)
class SA { }
class SB extends SA {
  m(v) {
    [super.x, { k: super['y' + 1], ...super.rest }] = v;
    for ([super.z] of [[9]]);
    for (super.q in { qq: 1 });
    return [this.x, this.y1, JSON.stringify(this.rest), this.z, this.q].join(';');
  }
  arrow(v) { (() => { ({ a: super.w } = v); })(); return this.w; }
  order() {
    var key = { toString() { log.push('key'); return 'kk'; } };
    var it = { [Symbol.iterator]() { return { next() { log.push('next'); return { value: 3, done: false }; } }; } };
    [super[(log.push('expr'), key)]] = it;
    return this.kk;
  }
}
log.push(new SB().m([1, { k: 2, j: 3 }]), new SB().arrow({ a: 5 }), new SB().order());
// a lexical head's expression sees its bindings uninitialised
var x = [1], t = 't', a2 = [[2]];
try { for (let x of [x]); } catch (e) { log.push('of ' + e.constructor.name); }
try { for (let x in { x }); } catch (e) { log.push('in ' + e.constructor.name); }
try { for (const [a2, b2] of (() => a2)()); } catch (e) { log.push('arrow ' + e.constructor.name); }
try { for (let t of (typeof t, [])); } catch (e) { log.push('typeof ' + e.constructor.name); }
try { for (let t of [1]) { for (let t of [t]); } } catch (e) { log.push('nested ' + e.constructor.name); }
var outer = 'outer';
for (let u of [outer]) { let outer = 'inner'; log.push(u, outer); }
var fns = [];
for (let v of [1, 2]) fns.push(() => v);
log.push(fns[0]() + fns[1]());
// Annex B: for (var x = init in o)
for (var ki = 5 in {}) ;
log.push(ki);
for (var kj = log.length in { a: 1 }) log.push(kj);
// Annex B: a call as the target of for-in/of is a ReferenceError after the call
var called = 0;
function f() { called++; return {}; }
try { for (f() of [1]) log.push('no'); } catch (e) { log.push(e.constructor.name, called); }
try { for (f() in { a: 1 }) log.push('no'); } catch (e) { log.push(e.constructor.name, called); }
for (f() in {}) ;
for (f() of []) ;
log.push(called);
var closed = 0;
var iter = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closed++; return {}; } }; } };
try { for (f() of iter); } catch (e) { log.push(e.constructor.name, called, closed); }
log.join();
