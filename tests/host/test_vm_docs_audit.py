"""The JS face of ``node:vm`` (``require('node:vm')`` in the ``pyjsvm`` command) checked item by
item against Node's vm documentation (../shared/reference/node-vm.md): each test runs a small
program and compares what it prints with what the documentation says (and, where node 20 has
the item, with node)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.host.conftest import run_pyjsvm

HAVE_NODE = shutil.which("node") is not None


def js(source: str) -> list[str]:
    """The lines a CommonJS program prints under ``pyjsvm`` (which must exit cleanly)."""
    r = run_pyjsvm("-e", source)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    return r.stdout.splitlines()


def node(source: str) -> list[str]:
    r = subprocess.run(["node", "--experimental-vm-modules", "--no-warnings", "-e", source], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


# "When the importModuleDynamically option is not specified or undefined ... when the compiled
# code is executed and it actually calls import(), the result will reject with
# ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING."
MISSING_CALLBACK = """
const vm = require('node:vm');
const show = (p) => p.then(() => 'loaded', (e) => e.code);
Promise.all([
  show(vm.runInThisContext('import("node:path")')),
  show(new vm.Script('import("node:path")').runInThisContext()),
  show(vm.runInContext('import("node:path")', vm.createContext())),
  show(vm.runInNewContext('import("node:path")')),
  show(vm.runInThisContext('eval("import(\\'node:path\\')")')),
  show(vm.compileFunction('return import("node:path")')()),
]).then((r) => console.log(r.join(' ')));
"""


def test_import_without_callback_rejects() -> None:
    expected = ["ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING " * 5 + "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING"]
    assert js(MISSING_CALLBACK) == expected
    if HAVE_NODE:
        assert node(MISSING_CALLBACK) == expected


# timeout: a run that times out throws; what the program queued before it still runs.
TIMEOUT_KEEPS_JOBS = """
const vm = require('node:vm');
globalThis.log = [];
Promise.resolve().then(() => log.push('before'));
try { vm.runInThisContext('while (true) {}', { timeout: 20 }); } catch (e) { log.push(e.code); }
const c = vm.createContext({ log });
Promise.resolve().then(() => log.push('before 2'));
try { vm.runInContext('while (true) {}', c, { timeout: 20 }); } catch (e) { log.push(e.code); }
setTimeout(() => console.log(log.join(' ')));
"""


def test_timeout_keeps_jobs_queued_before_the_run() -> None:
    expected = ["ERR_SCRIPT_EXECUTION_TIMEOUT ERR_SCRIPT_EXECUTION_TIMEOUT before before 2"]
    assert js(TIMEOUT_KEEPS_JOBS) == expected
    if HAVE_NODE:
        assert node(TIMEOUT_KEEPS_JOBS) == expected


# SourceTextModule lineOffset / columnOffset: "displayed in stack traces produced by this Module"
MODULE_OFFSETS = """
const vm = require('node:vm');
(async () => {
  for (const [code, options] of [['\\nthrow new Error("x")', { identifier: 'lo.mjs', lineOffset: 10, columnOffset: 5 }],
                                  ['throw new Error("x")', { identifier: 'co.mjs', columnOffset: 5 }]]) {
    const m = new vm.SourceTextModule(code, options);
    await m.link(() => {});
    try { await m.evaluate(); } catch (e) { console.log(e.stack.split('\\n')[1].trim()); }
  }
})();
"""


def test_source_text_module_offsets_show_in_stack_traces() -> None:
    expected = ["at lo.mjs:12:7", "at co.mjs:1:12"]
    assert js(MODULE_OFFSETS) == expected
    if HAVE_NODE:
        assert node(MODULE_OFFSETS) == expected
