// flags: --experimental-vm-modules
// module.link() that fails on what its linker gave (no module, a rejection, another context's
// module, an errored one) leaves the module 'errored' with that error, as node 20; a linker's
// synchronous throw leaves it 'linking', an instantiation error 'unlinked'.
const vm = require('node:vm');
const src = 'import x from "a"; export default x;';
(async () => {
  for (const [what, linker] of [
    ['undefined', () => undefined], ['null', () => null], ['number', () => 42], ['object', () => ({})],
    ['promise of undefined', () => Promise.resolve(undefined)],
    ['rejection', () => Promise.reject(new TypeError('boom'))],
    ['other context', () => new vm.SourceTextModule('export default 1;', { context: vm.createContext() })],
    ['sync throw', () => { throw new TypeError('sync'); }],
  ]) {
    const m = new vm.SourceTextModule(src);
    let error;
    try { await m.link(linker); console.log(what, 'linked?'); } catch (e) { error = e; }
    console.log(what, '->', error && error.code, error && error.message, m.status);
    if (m.status === 'errored') console.log('  error is the rejection:', m.error === error);
    try { m.namespace; } catch (e) { console.log('  namespace:', e.code, e.message); }
    try { await m.link(linker); } catch (e) { console.log('  link again:', e.code, e.message); }
    try { await m.evaluate(); console.log('  evaluated?'); } catch (e) { console.log('  evaluate:', e.code, e.message); }
  }
  const bad = new vm.SourceTextModule(src);
  await bad.link(() => null).catch(() => {});
  const m5 = new vm.SourceTextModule(src);
  await m5.link(() => bad).catch((e) => console.log('errored dependency ->', e.code, e.message, m5.status));
  const inner = new vm.SourceTextModule('import y from "b"; export default y;');
  const outer = new vm.SourceTextModule(src);
  await outer.link((s) => (s === 'a' ? inner : null)).catch((e) => console.log('nested ->', e.code, outer.status, inner.status));
  const m8 = new vm.SourceTextModule('import { nope } from "a";');
  const t = new vm.SourceTextModule('export default 1;');
  await m8.link(() => t).catch((e) => console.log('instantiate ->', e.name, m8.status));
})();
