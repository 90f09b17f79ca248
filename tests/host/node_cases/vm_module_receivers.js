// flags: --experimental-vm-modules
// Module-class members on the wrong receiver, and vm.Module itself (issue 15): node 20's errors.
// Left out, where node 20 shows its internals or checks less: createCachedData.call({}) ("Cannot
// read properties of undefined"), a subclass of vm.Module ("Cannot destructure property 'context'")
// and setExport on a SourceTextModule (node checks only for a module: "Module status must be
// linked"); pyjsvm throws ERR_INVALID_ARG_TYPE ("an instance of SourceTextModule/SyntheticModule")
// and "Module is not a constructor" there.
const vm = require('node:vm');
const show = (e) => `${e.name} ${e.code} ${e.message}`;
function t(label, f) {
  try {
    const v = f();
    if (v && typeof v.then === 'function') {
      return v.then((x) => console.log(label, '=> resolves', x), (e) => console.log(label, '=> rejects', show(e)));
    }
    console.log(label, '=> returns', typeof v);
  } catch (e) { console.log(label, '=> throws', show(e)); }
}
const syn = new vm.SyntheticModule(['x'], () => {});
const stm = new vm.SourceTextModule('export default 1;');
const receivers = { '{}': {}, 'undefined': undefined, 'null': null, '1': 1, 'Object.create(vm.Module.prototype)': Object.create(vm.Module.prototype) };
(async () => {
  await t('new vm.Module()', () => new vm.Module());
  await t('vm.Module()', () => vm.Module());
  for (const [name, recv] of Object.entries(receivers)) {
    for (const g of ['status', 'identifier', 'context', 'namespace', 'error']) {
      await t(`Module get ${g} on ${name}`, () => Object.getOwnPropertyDescriptor(vm.Module.prototype, g).get.call(recv));
    }
    for (const g of ['status', 'error', 'dependencySpecifiers']) {
      await t(`SourceTextModule get ${g} on ${name}`, () => Object.getOwnPropertyDescriptor(vm.SourceTextModule.prototype, g).get.call(recv));
    }
    await t(`link on ${name}`, () => vm.Module.prototype.link.call(recv, () => {}));
    await t(`evaluate on ${name}`, () => vm.Module.prototype.evaluate.call(recv));
    await t(`setExport on ${name}`, () => vm.SyntheticModule.prototype.setExport.call(recv, 'x', 1));
  }
  await t('SourceTextModule get status on a SyntheticModule', () => Object.getOwnPropertyDescriptor(vm.SourceTextModule.prototype, 'status').get.call(syn));
  await t('link twice', async () => { await stm.link(() => {}); return stm.link(() => {}); });
  await t('link on an evaluated module', async () => { await stm.evaluate(); return stm.link(() => {}); });
})();
