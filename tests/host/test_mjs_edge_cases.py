"""Edge cases of ES module programs and of node:vm's Module classes (../shared/reference/node-vm.md),
each a small ``.mjs`` program run by ``pyjsvm`` and compared with its recorded output and exit code
and, where node is on PATH, with ``node --experimental-vm-modules`` (where node 20 agrees with the
docs)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.host.conftest import run_pyjsvm

NODE = shutil.which("node")

# name -> (program, expected stdout, expected exit code, compare with node)
PROGRAMS: dict[str, tuple[str, str, int, bool]] = {
    # A module whose evaluation is stopped by its timeout ends 'errored' (with null as its error,
    # as V8's terminated evaluation), and so does the dependency that looped: it was left
    # 'evaluating' for good, and linking another module to it then never settled.
    "timeout_errors_the_graph": ("""
import vm from 'node:vm';
const d = new vm.SourceTextModule('export let x = 1; while (true);', { identifier: 'd' });
const r = new vm.SourceTextModule('import "d";', { identifier: 'r' });
await r.link(() => d);
try { await r.evaluate({ timeout: 30 }); } catch (e) { console.log(e.code, r.status, d.status, d.error); }
const r2 = new vm.SourceTextModule('import "d";');
try { await r2.link(() => d); } catch (e) { console.log(e.code); }
""", "ERR_SCRIPT_EXECUTION_TIMEOUT errored errored null\nERR_VM_MODULE_LINK_FAILURE\n", 0, True),
    # A top-level await left pending exits with process.exitCode when the program set one
    # (Node: ``process.exitCode ??= 13``), not always with 13.
    "unsettled_tla_keeps_exit_code": ("""
process.exitCode = 3;
console.log('waiting');
await new Promise(() => {});
""", "waiting\n", 3, True),
    "unsettled_tla_exit_code_zero": ("""
process.exitCode = 0;
await new Promise(() => {});
""", "", 0, True),
    "unsettled_tla": ("await new Promise(() => {});", "", 13, True),
}


def _write(tmp_path: Path, name: str, program: str) -> str:
    path = tmp_path / (name + ".mjs")
    path.write_text(program, encoding="utf-8")
    return path.name


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program(name: str, tmp_path: Path) -> None:
    program, expected, code, _ = PROGRAMS[name]
    r = run_pyjsvm(_write(tmp_path, name, program), cwd=str(tmp_path), timeout=60)
    assert (r.stdout, r.stderr, r.returncode) == (expected, "", code)


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", sorted(n for n, (_, _, _, with_node) in PROGRAMS.items() if with_node))
def test_program_against_node(name: str, tmp_path: Path) -> None:
    program = PROGRAMS[name][0]
    file = _write(tmp_path, name, program)
    r = run_pyjsvm(file, cwd=str(tmp_path), timeout=60)
    n = subprocess.run([NODE or "node", "--experimental-vm-modules", "--no-warnings", file], capture_output=True,
                       text=True, cwd=str(tmp_path), timeout=60)
    assert (r.stdout, r.returncode) == (n.stdout, n.returncode)
