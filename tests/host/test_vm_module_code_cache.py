"""node:vm SourceTextModule cachedData / createCachedData, compared with node (which needs
--experimental-vm-modules, so this is not one of the cases/ files)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.host.conftest import run_pyjsvm

PROGRAM = """
const vm = require('node:vm');
(async () => {
  const module = new vm.SourceTextModule('const a = 1; export default a + 41;');
  const cachedData = module.createCachedData();
  console.log(cachedData instanceof Uint8Array, cachedData.length > 0);
  const module2 = new vm.SourceTextModule('const a = 1; export default a + 41;', { cachedData });
  await module2.link(() => {});
  await module2.evaluate();
  console.log(module2.namespace.default);
  try { module2.createCachedData(); } catch (e) { console.log(e.code); }
  try { new vm.SourceTextModule('export default 7;', { cachedData }); } catch (e) { console.log(e.code, e.message); }
})();
"""
EXPECTED = """true true
42
ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA
ERR_VM_MODULE_CACHED_DATA_REJECTED cachedData buffer was rejected
"""


def test_source_text_module_cached_data(tmp_path: Path) -> None:
    path = tmp_path / "m.js"
    path.write_text(PROGRAM)
    r = run_pyjsvm("--experimental-vm-modules", str(path), cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == (EXPECTED, 0)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_source_text_module_cached_data_against_node(tmp_path: Path) -> None:
    path = tmp_path / "m.js"
    path.write_text(PROGRAM)
    n = subprocess.run(["node", "--experimental-vm-modules", str(path)], capture_output=True, text=True, timeout=60)
    assert n.stdout == EXPECTED
