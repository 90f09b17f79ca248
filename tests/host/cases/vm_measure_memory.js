// vm.measureMemory: argument validation as Node's, the result's shape, and an estimate that
// grows with what a context holds and shrinks when it lets go.
const vm = require('node:vm');
for (const bad of [{ mode: 'x' }, { execution: 'x' }, 1]) {
  try { vm.measureMemory(bad); } catch (e) { console.log(e.code, e.message); }
}
const ctx = vm.createContext({ a: 1 });
const shape = (r) => Object.keys(r).join() + ' ' + Object.keys(r.total).join() + ' ' +
  (typeof r.total.jsMemoryEstimate) + ' ' + r.total.jsMemoryRange.length;
vm.measureMemory({ execution: 'eager' }).then(async (summary) => {
  console.log('summary', shape(summary));
  const detailed = await vm.measureMemory({ mode: 'detailed', execution: 'eager' });
  console.log('detailed', shape(detailed), Array.isArray(detailed.other), ctx.a);
  const other = (r) => r.other.reduce((n, o) => n + o.jsMemoryEstimate, 0);
  const before = other(detailed);
  vm.runInContext('globalThis.big = Array.from({ length: 200000 }, (_, i) => ({ i }))', ctx);
  const grown = other(await vm.measureMemory({ mode: 'detailed', execution: 'eager' }));
  vm.runInContext('big = null', ctx);
  const shrunk = other(await vm.measureMemory({ mode: 'detailed', execution: 'eager' }));
  console.log('grows', grown > before + 1000000, 'shrinks', shrunk < grown - 1000000);
});
