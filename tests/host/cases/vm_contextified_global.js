// The contextified global as Node shows it: identity of the contextified object and the
// global `this`, declared globals not deletable, accessors and index keys through to the
// object, key order, attributes set from outside, receivers and argument errors.
const vm = require('node:vm');
const out = [];
const t = (name, f) => {
  try { out.push(name + ': ' + f()); } catch (e) { out.push(name + ': threw ' + e.constructor.name + ' ' + (e.code || '') + ' ' + e.message); }
};
const ctx = vm.createContext({});
ctx.window = ctx;
t('this === window', () => vm.runInContext('this === window', ctx));
t('window.x reaches the object', () => { vm.runInContext('window.x = 5', ctx); return ctx.x; });
t('var is not deletable', () => vm.runInContext('var c = 1; [delete c, typeof c]', ctx).join());
t('function is not deletable', () => vm.runInContext('function f() {} [delete f, typeof f]', ctx).join());
t('assigned global is deletable', () => vm.runInContext('g = 1; [delete g, typeof g]', ctx).join());
t('accessor on globalThis', () => {
  vm.runInContext('Object.defineProperty(globalThis, "acc", { get() { return 5 }, configurable: true })', ctx);
  return typeof Object.getOwnPropertyDescriptor(ctx, 'acc').get + ' ' + ctx.acc;
});
t('index key', () => { vm.runInContext('globalThis[0] = "zero"', ctx); return ctx[0]; });
t('key order', () => { const c = vm.createContext({ b: 1, a: 2 }); vm.runInContext('var z = 1; globalThis.y = 2', c); return Object.keys(c).join(); });
t('non-writable from outside', () => { const c = vm.createContext({}); Object.defineProperty(c, 'ro', { value: 1, writable: false }); return vm.runInContext('ro = 2; ro', c); });
t('setPrototypeOf null', () => vm.runInContext('Object.setPrototypeOf(globalThis, null); Object.getPrototypeOf(globalThis)', vm.createContext({})));
t('strict undeclared', () => vm.runInContext('"use strict"; undeclared = 1', vm.createContext({})));
t('not a context', () => vm.runInContext('1', {}));
t('process tag', () => Object.prototype.toString.call(process));
t('wrong receiver', () => vm.Script.prototype.runInContext.call({}, vm.createContext()));
console.log(out.join('\n'));
