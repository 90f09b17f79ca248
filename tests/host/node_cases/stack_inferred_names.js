// An anonymous function assigned to a property shows in stack traces under the name V8 infers
// from the assignment's target (its name property stays ''): P.get for P.prototype.get, the
// path as written for exports.parse or o.a.b, a computed key that is not a string literal as
// <computed>, K.m for this.m in K's constructor, 'new A.B' for a constructor; ' [as key]'
// after it when the receiver holds it under another key.
const top = (e) => e.stack.split('\n')[1].trim().split(__filename).join('FILE');
const t = (f) => { try { f() } catch (e) { console.log(top(e)) } };
function P() {}
P.prototype.get = function () { throw new Error(); };
t(() => new P().get());
console.log(JSON.stringify(P.prototype.get.name));
exports.parse = function () { throw new Error(); };
t(() => exports.parse());
module.exports.e2 = () => { throw new Error(); };
t(() => module.exports.e2());
const o = { a: {} };
o.a.b = function () { throw new Error(); };
t(() => o.a.b());
const z = o.a.b;
t(() => z());
function K() { this.m = function () { throw new Error(); }; }
t(() => new K().m());
const other = {};
K.call(other);
t(() => other.m());
function K2() { const f = () => { this.m = function () { throw new Error(); }; }; f(); }
K2.call(other);
t(() => other.m());
const w = {};
w['lit'] = function () { throw new Error(); };
t(() => w.lit());
w[1] = function () { throw new Error(); };
t(() => w[1]());
const k = 'dyn';
w[k] = function () { throw new Error(); };
t(() => w[k].call(null));
const A = {};
A.B = function () { throw new Error(); };
t(() => new A.B());
P.s = function () { throw new Error(); };
t(() => P.s());
P.prototype.n = function named() { throw new Error(); };
t(() => new P().n.call({}));
// a method called under another key: ' [as key]' (V8's getMethodName)
const o3 = { y: o.a.b };
t(() => o3.y());
class C { m() { throw new Error(); } }
const alias = { q: new C().m };
t(() => alias.q());
t(() => ({ get g() { throw new Error(); } }).g);
t(() => [function () { throw new Error(); }][0]());
// the name property, when it is a string, is what a frame shows
function renamed() { throw new Error(); }
Object.defineProperty(renamed, 'name', { value: 'shown' });
t(() => renamed());
Error.prepareStackTrace = (e, cs) => [cs[0].getFunctionName(), cs[0].getMethodName(), cs[0].getTypeName()].join('|');
try { new P().get(); } catch (e) { console.log(e.stack); }
try { o3.y(); } catch (e) { console.log(e.stack); }
try { alias.q(); } catch (e) { console.log(e.stack); }
