const vm = require('node:vm');
(async () => {
  const syn = new vm.SyntheticModule(['default', 'x'], function() { this.setExport('default', {a: 1}); this.setExport('x', 2); });
  const user = new vm.SourceTextModule('import d, {x} from "s"; export const r = d.a + x; export const req = import.meta.url; await 0;', {
    initializeImportMeta(meta, mod) { meta.url = mod.identifier; }, identifier: 'user' });
  console.log(user.dependencySpecifiers, user.status, user.identifier);
  await user.link(async (spec, ref, extra) => { console.log('link', spec, ref === user, extra.attributes); return syn; });
  console.log(user.status, syn.status);
  const p = user.evaluate();
  console.log(user.status);
  await p;
  console.log(user.namespace.r, user.namespace.req, syn.status, user.status);
  const bad = new vm.SourceTextModule('throw new RangeError("x")');
  await bad.link(() => {});
  await bad.evaluate().catch(e => console.log('caught', e.name, bad.status, bad.error === e));
  await bad.link(() => {}).catch(e => console.log(e.code));
  try { bad.error; new vm.SourceTextModule('').error } catch (e) { console.log(e.code); }
  const dyn = new vm.SourceTextModule('export const p = import("s")', { importModuleDynamically: () => syn });
  await dyn.link(() => {}); await dyn.evaluate();
  console.log((await dyn.namespace.p).x);
  const nod = new vm.SourceTextModule('export const p = import("s")');
  await nod.link(() => {}); await nod.evaluate();
  await nod.namespace.p.catch(e => console.log(e.code));
  const m2 = new vm.SourceTextModule('import x from "y"');
  await m2.link(() => ({})).catch(e => console.log(e.code));
  const ctx = vm.createContext({});
  const m3 = new vm.SourceTextModule('import x from "y"');
  await m3.link(() => new vm.SourceTextModule('', { context: ctx })).catch(e => console.log(e.code));
  console.log(user instanceof vm.Module, syn instanceof vm.SyntheticModule, Object.getPrototypeOf(vm.SourceTextModule) === vm.Module);
  try { new vm.SyntheticModule(['a', 'a'], () => {}); } catch (e) { console.log(e.code); }
  try { syn.setExport('nope', 1); } catch (e) { console.log(e.code); }
  const t = new vm.SourceTextModule('while (true) {}');
  await t.link(() => {});
  await t.evaluate({ timeout: 20 }).catch(e => console.log(e.code));
})();
