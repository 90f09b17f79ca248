// A method call's stack frame shows the receiver's type before the function's name, as V8
// does: Object.m, K.m, a static method's class (K.s), Number.m for a primitive receiver, none
// for a call with the global object or undefined as receiver, 'new K' for a constructor.
const top = (e) => e.stack.split('\n')[1].trim().split(__filename).join('FILE');
const t = (f) => { try { f() } catch (e) { console.log(top(e)) } };
const o = { m() { throw new Error() }, a: () => { throw new Error() }, f: function () { throw new Error() } };
t(() => o.m()); t(() => o.a()); t(() => o.f());
class K { constructor(x) { if (x) throw new Error() } m() { throw new Error() } static s() { throw new Error() } get p() { throw new Error() } }
class L extends K {}
t(() => new K().m()); t(() => K.s()); t(() => new K().p); t(() => new L().m()); t(() => L.s()); t(() => new K(1));
t(() => [1].map(function cb() { throw new Error() }));
t(() => [1].map(function cb() { throw new Error() }, {}));
t(() => o.m.call(5)); t(() => o.m.call('s')); t(() => o.m.call(true)); t(() => o.m.call(globalThis)); t(() => o.m.call(undefined));
t(() => { const e = { toString() { throw new Error() } }; String(e) });
function sloppy() { throw new Error() } t(() => sloppy());
t(() => { 'use strict'; (function strictf() { throw new Error() })() });
const o2 = { ['comp' + 'uted']() { throw new Error() } }; t(() => o2.computed());
const sym = Symbol('sy'); const o3 = { [sym]() { throw new Error() } }; t(() => o3[sym]());
function P() {} P.prototype.pm = function pm() { throw new Error() }; t(() => new P().pm());
const d = new Date(0); d.x = function x() { throw new Error() }; t(() => d.x());
Error.prepareStackTrace = (e, cs) => [cs[0].getTypeName(), cs[0].isToplevel(), cs[0].getFunctionName()].join(' ');
try { o.m() } catch (e) { console.log(e.stack) }
try { sloppy() } catch (e) { console.log(e.stack) }
try { new K(1) } catch (e) { console.log(e.stack) }
