// flags: --experimental-vm-modules
// Bad arguments to the vm module classes (issue 15's differential table, with vm_bad_arguments.js).
// Receiver checks and `new vm.Module()` are in vm_module_receivers.js; setExport before link, where
// the newer documentation is followed, in vm_synthetic_docs.js.
const vm = require('node:vm');
const ctx = vm.createContext({});
const m = new vm.SourceTextModule('export const a = 1;');
const cases = [
  "vm.SourceTextModule('1')", "new vm.SourceTextModule(1)", "new vm.SourceTextModule('1', 1)", "new vm.SourceTextModule('1', null)",
  "new vm.SourceTextModule('1', {identifier: 1})", "new vm.SourceTextModule('1', {context: 1})", "new vm.SourceTextModule('1', {context: {}})",
  "new vm.SourceTextModule('1', {lineOffset: 'x'})", "new vm.SourceTextModule('1', {columnOffset: 1.5})", "new vm.SourceTextModule('1', {cachedData: 1})",
  "new vm.SourceTextModule('1', {initializeImportMeta: 1})", "new vm.SourceTextModule('1', {importModuleDynamically: 1})",
  "new vm.SyntheticModule()", "new vm.SyntheticModule(1, () => {})", "new vm.SyntheticModule([1], () => {})", "new vm.SyntheticModule(['a', 'a'], () => {})",
  "new vm.SyntheticModule(['a'], 1)", "new vm.SyntheticModule(['a'], () => {}, 1)", "new vm.SyntheticModule(['a'], () => {}, {identifier: 1})",
  "new vm.SyntheticModule(['a'], () => {}, {context: {}})", "vm.SyntheticModule(['a'], () => {})",
  "m.link(1)", "m.link()", "m.evaluate(1)", "m.evaluate({timeout: 0})", "m.evaluate({breakOnSigint: 1})",
  "new vm.SyntheticModule(['a'], () => {}).setExport(1, 1)",  "m.namespace", "m.error", 
];
for (const c of cases) {
  let r;
  try {
    const v = eval(c);
    if (v && typeof v.catch === 'function') v.catch(() => {});
    r = 'returns ' + (typeof v === 'object' || typeof v === 'function' ? typeof v : String(v));
  } catch (e) { r = `${e.name} ${e.code} ${e.message}`; }
  console.log(`${c}\n  => ${r}`);
}
