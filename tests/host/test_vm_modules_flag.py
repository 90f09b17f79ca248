"""``--experimental-vm-modules`` as node has it (the vm documentation: vm.Module, vm.SourceTextModule
and vm.SyntheticModule are "only available with the --experimental-vm-modules command flag
enabled"; an importModuleDynamically function "will be ignored" without it and import() rejects
with ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG). The Python API always has its modules."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.host.conftest import run_pyjsvm

HAVE_NODE = shutil.which("node") is not None

PROGRAM = r"""
const vm = require('node:vm');
console.log(Object.keys(vm).join(' '));
console.log(typeof vm.Module, typeof vm.SourceTextModule, typeof vm.SyntheticModule);
let called = 0;
const cb = async () => {
  called++;
  const m = new vm.SyntheticModule(['x'], () => {});
  await m.link(() => {});
  m.setExport('x', 1);
  return m;
};
const show = (what, p) => p.then((ns) => console.log(what, 'loaded', ns.x, called),
                                  (e) => console.log(what, e.name, e.code, e.message, called));
(async () => {
  await show('script', new vm.Script('import("a")', { importModuleDynamically: cb }).runInThisContext());
  await show('function', vm.compileFunction('return import("a")', [], { importModuleDynamically: cb })());
  await show('runInContext', vm.runInContext('import("a")', vm.createContext(), { importModuleDynamically: cb }));
  // (the context's callback serves import() without a referrer: eval run by a promise job)
  await show('createContext', vm.runInContext('Promise.resolve("import(\'a\')").then(eval)',
                                              vm.createContext({}, { importModuleDynamically: cb })));
  await show('none', vm.runInThisContext('import("a")'));
  await show('main loader', new vm.Script('import("node:path")', {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }).runInThisContext());
})();
"""

KEYS = "Script createContext createScript runInContext runInNewContext runInThisContext isContext compileFunction " \
       "measureMemory constants"
MISSING_FLAG = "TypeError ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG " \
               "A dynamic import callback was invoked without --experimental-vm-modules 0"
MISSING = "TypeError ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING A dynamic import callback was not specified."
WITHOUT = [KEYS, "undefined undefined undefined",
           f"script {MISSING_FLAG}", f"function {MISSING_FLAG}", f"runInContext {MISSING_FLAG}",
           f"createContext {MISSING_FLAG}", f"none {MISSING} 0", "main loader loaded undefined 0"]
WITH = [KEYS + " Module SourceTextModule SyntheticModule", "function function function",
        "script loaded 1 1", "function loaded 1 2", "runInContext loaded 1 3", "createContext loaded 1 4",
        f"none {MISSING} 4", "main loader loaded undefined 4"]


@pytest.mark.parametrize(("flags", "expected"), [([], WITHOUT), (["--experimental-vm-modules"], WITH)])
def test_the_flag(flags: list[str], expected: list[str]) -> None:
    r = run_pyjsvm(*flags, "-e", PROGRAM)
    assert (r.stdout.splitlines(), r.returncode) == (expected, 0), r.stderr
    if HAVE_NODE:
        n = subprocess.run(["node", "--no-warnings", *flags, "-e", PROGRAM], capture_output=True, text=True,
                           timeout=60)
        assert n.stdout.splitlines() == expected


def test_the_flag_in_node_options() -> None:
    r = subprocess.run([sys.executable, "-m", "pyjsvm.host.cli", "-p", "typeof require('vm').SourceTextModule"],
                       capture_output=True, text=True, timeout=60,
                       env=dict(os.environ, NODE_OPTIONS="--experimental-vm-modules"))
    assert (r.stdout, r.returncode) == ("function\n", 0), r.stderr


def test_an_esm_import_of_the_classes_needs_the_flag() -> None:
    src = "import { SourceTextModule } from 'node:vm'; console.log(typeof SourceTextModule);"
    r = run_pyjsvm("--experimental-vm-modules", "--input-type=module", "-e", src)
    assert (r.stdout, r.returncode) == ("function\n", 0), r.stderr
    r = run_pyjsvm("--input-type=module", "-e", src)
    assert r.returncode == 1 and "SyntaxError" in r.stderr and "SourceTextModule" in r.stderr, r.stderr
