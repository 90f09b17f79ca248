"""The exit code after 'exit' listeners, as node 20 gives it: the process ends with
``process.exitCode`` as the listeners leave it, also after process.exit(n) and after an uncaught
exception or rejection (pyjsvm kept n or 1); process.exit() in such a listener exits with its
code; a throwing 'uncaughtException' listener ends the process at once with 7, no 'exit' event."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.host.conftest import run_pyjsvm

ON_EXIT = "process.on('exit', c => { console.log('exit', c); %s }); "
CASES = [  # (program, stdout, exit code), as node 20 gives them
    (ON_EXIT % "process.exitCode = 9;" + "throw new RangeError('r')", "exit 1\n", 9),
    (ON_EXIT % "process.exitCode = 9;" + "Promise.reject(1)", "exit 1\n", 9),
    (ON_EXIT % "process.exitCode = 0;" + "throw 1", "exit 1\n", 0),
    (ON_EXIT % "process.exit(11);" + "throw 1", "exit 1\n", 11),
    (ON_EXIT % "process.exitCode = 12;" + "process.exit(3)", "exit 3\n", 12),
    (ON_EXIT % "process.exit();" + "process.exit(4)", "exit 4\n", 4),
    (ON_EXIT % "" + "process.exitCode = 5; throw 1", "exit 1\n", 1),
    (ON_EXIT % "process.exitCode = 9;" + "process.on('uncaughtException', () => { throw 2; }); throw 1", "", 7),
    (ON_EXIT % "" + "process.exitCode = 6; setTimeout(() => process.exit(), 1)", "exit 6\n", 6),
]


@pytest.mark.parametrize("program,stdout,code", CASES)
def test_exit_code_after_listeners(program: str, stdout: str, code: int, tmp_path) -> None:
    (tmp_path / "p.js").write_text(program)
    r = run_pyjsvm("p.js", cwd=str(tmp_path))
    assert (r.stdout, r.returncode) == (stdout, code), r.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
@pytest.mark.parametrize("program,stdout,code", CASES)
def test_cases_are_node_s(program: str, stdout: str, code: int, tmp_path) -> None:
    (tmp_path / "p.js").write_text(program)
    r = subprocess.run(["node", "p.js"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert (r.stdout, r.returncode) == (stdout, code)
