// flags: --experimental-vm-modules
// vm.SyntheticModule as the documentation (v24.8+) describes it: linked when made, setExport before
// link() or evaluate(), evaluate() without link(). Node 20 differs (vm_synthetic_docs.node20).
const vm = require('node:vm');
const show = (e) => `${e.name} ${e.code} ${e.message}`;
(async () => {
  const m = new vm.SyntheticModule(['x', 'y'], function () { this.setExport('y', 2); });
  console.log('status after new:', m.status);
  try { m.setExport('x', 1); console.log('setExport before link: ok'); } catch (e) { console.log('setExport before link:', show(e)); }
  try { console.log('namespace before evaluate:', JSON.stringify(m.namespace)); } catch (e) { console.log('namespace before evaluate:', show(e)); }
  try { m.setExport('z', 1); } catch (e) { console.log('setExport of an unknown name:', e.name); }
  await m.evaluate().then(() => console.log('evaluate without link: ok', m.status), (e) => console.log('evaluate without link:', show(e)));
  try { console.log('namespace after evaluate:', JSON.stringify(m.namespace)); } catch (e) { console.log('namespace after evaluate:', show(e)); }
  const r = m.link(() => {});
  console.log('link on a synthetic module returns', typeof r);
  if (r) await r.then((v) => console.log('  resolves', v), (e) => console.log('  rejects', show(e)));
  // the documentation's own example (syntheticModule.setExport)
  const d = new vm.SyntheticModule(['x'], () => { d.setExport('x', 1); });
  await d.evaluate().then(() => console.log('docs example:', d.namespace.x), (e) => console.log('docs example:', show(e)));
  // and as an import of a SourceTextModule
  const dep = new vm.SyntheticModule(['v'], () => {});
  dep.setExport('v', 42);
  const user = new vm.SourceTextModule('import { v } from "dep"; export const w = v + 1;');
  await user.link(() => dep);
  await user.evaluate();
  console.log('imported:', user.namespace.w, dep.status);
})();
