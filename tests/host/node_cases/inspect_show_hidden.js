// util.inspect showHidden: own hidden keys and the inherited non-function properties node lists
// (a prototype chain layer up to the first built-in constructor), for every kind of function.
'use strict';
const util = require('util');
async function af(a, b) {}
function* gf(x) {}
async function* agf() {}
const aa = async () => 1;
class K { static async m() {} *g() {} }
class Base { constructor() { this.own = 1; } }
Base.prototype.shared = 'proto value';
class Derived extends Base {}
Derived.prototype.more = [1, 2];
for (const f of [af, gf, agf, aa, K.m, K.prototype.g, function strictFn() {}, () => {}, K, Base])
  console.log(util.inspect(f, { showHidden: true }));
console.log(util.inspect({ f: af, g: gf }, { showHidden: true }));
console.log(util.inspect(af, { showHidden: true, depth: 0 }));
console.log(util.inspect(Object.getPrototypeOf(af), { showHidden: true }));
console.log(util.inspect(gf.prototype, { showHidden: true }));
console.log(util.inspect(gf(), { showHidden: true }));
console.log(util.inspect(new Derived(), { showHidden: true }));
console.log(util.inspect(new Base(), { showHidden: true }));
console.log(util.inspect(new Derived(), { showHidden: false }));
console.log(util.inspect(Object.create(new Derived()), { showHidden: true }));
af.extra = 1;
console.log(util.inspect(af, { showHidden: true }));
console.log(util.inspect([af], { showHidden: true, breakLength: Infinity }));
