const vm = require('node:vm');
const ctx = { x: 2 };
vm.createContext(ctx);
vm.runInContext('x += 40; var y = 17; function f() { return x; }', ctx);
console.log(ctx.x, ctx.y, typeof ctx.f, vm.isContext(ctx), vm.isContext({}));
const err = vm.runInContext('try { null.x } catch (e) { e }', ctx);
console.log(err instanceof TypeError, err.name, vm.runInContext('TypeError', ctx) === err.constructor);
try { vm.runInContext('1', {}); } catch (e) { console.log(e.code, e.message); }
try { vm.runInNewContext('while (true) {}', {}, { timeout: 20 }); } catch (e) { console.log(e.code, e.message); }
try { new vm.Script('(', { filename: 'bad.js' }); } catch (e) { console.log(e.name, e.message); }
const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 10 }] });
console.log(fn(1, 2));
const s = new vm.Script('n = (typeof n === "number" ? n : 0) + 1; //# sourceMappingURL=x.map');
const c2 = vm.createContext({});
s.runInContext(c2); s.runInContext(c2);
console.log(c2.n, s.sourceMapURL, vm.runInThisContext('typeof require'));
console.log(Object.keys(vm.constants), typeof vm.Script, vm.runInNewContext('a * 2', { a: 21 }));
