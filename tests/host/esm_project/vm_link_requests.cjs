const vm = require('node:vm');
const contextifiedObject = vm.createContext({ secret: 42, print: console.log });
(async () => {
  const rootModule = new vm.SourceTextModule(`
    import s from 'foo';
    s;
    print(s);
  `, { context: contextifiedObject });
  async function linker(specifier, referencingModule) {
    if (specifier === 'foo') {
      return new vm.SourceTextModule(`
        export default secret;
      `, { context: referencingModule.context });
    }
    throw new Error(`Unable to resolve dependency: ${specifier}`);
  }
  console.log(rootModule.status);
  await rootModule.link(linker);
  console.log(rootModule.status);
  await rootModule.evaluate();
  console.log(rootModule.status, Object.keys(rootModule.namespace));
  const syn = new vm.SyntheticModule(['default', 'x'], function() { this.setExport('default', {a: 1}); this.setExport('x', 2); });
  const user = new vm.SourceTextModule('import d, {x} from "s"; export const r = d.a + x; export const req = import.meta.url;', {
    initializeImportMeta(meta, mod) { meta.url = mod.identifier; }, identifier: 'user' });
  console.log(user.moduleRequests, user.dependencySpecifiers, Object.isFrozen(user.moduleRequests));
  user.linkRequests([syn]);
  user.instantiate();
  await user.evaluate();
  console.log(user.namespace.r, user.namespace.req, syn.status, user.hasTopLevelAwait(), user.hasAsyncGraph());
  const bad = new vm.SourceTextModule('throw new RangeError("x")');
  bad.linkRequests([]); bad.instantiate();
  await bad.evaluate().catch(e => console.log('caught', e.name, bad.status, bad.error === e));
  try { bad.linkRequests([]); } catch (e) { console.log(e.code); }
  try { new vm.Module(); } catch (e) { console.log(e.name); }
  const dyn = new vm.SourceTextModule('export const p = import("s")', { importModuleDynamically: () => syn });
  dyn.linkRequests([]); dyn.instantiate(); await dyn.evaluate();
  console.log((await dyn.namespace.p).x);
  console.log(rootModule instanceof vm.Module, syn instanceof vm.SyntheticModule);
})();
