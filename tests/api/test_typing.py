"""The public API is typed: ``py.typed`` ships, ``mypy --strict`` is clean on ``pyjsvm/api`` and
``pyjsvm/errors.py``, and a small user program type-checks strictly against the API (and a wrong
use of it does not)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_PROGRAM = '''
from typing import Any
import pyjsvm as vm

context: vm.ContextObject = vm.create_context()
mine: dict[str, Any] = vm.create_context({"x": 2})
result: vm.JSValue = vm.run_in_context("x += 40", mine, timeout=100)
script = vm.Script("count += 1", filename="counter.js")
script.run_in_context(context)
add: vm.JSFunctionProxy = vm.compile_function("return a + b", ["a", "b"])
total = add(1, 2)
plain: vm.JSObjectProxy = vm.create_context(vm.constants.DONT_CONTEXTIFY)
try:
    vm.run_in_new_context("null.x")
except vm.JSError as e:
    message: str = e.message
    code: str | None = e.code
except vm.PyjsvmError:
    pass
if isinstance(result, int):
    print(result + 1)
'''


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", "/dev/null", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env={**os.environ, "MYPYPATH": str(ROOT)})


def test_py_typed_ships() -> None:
    assert (ROOT / "pyjsvm" / "py.typed").exists()
    assert "py.typed" in (ROOT / "pyproject.toml").read_text()


def test_api_and_errors_are_strictly_typed() -> None:
    r = mypy("--strict", "--follow-imports=silent", "pyjsvm/api", "pyjsvm/errors.py")
    assert r.returncode == 0, r.stdout


@pytest.mark.parametrize("program, ok", [
    (USER_PROGRAM, True),
    # A wrong use: a run result is not known to be a str.
    (USER_PROGRAM + "\nwrong: str = vm.run_in_new_context('1')\n", False),
])
def test_user_program_type_checks(tmp_path: Path, program: str, ok: bool) -> None:
    path = tmp_path / "user_program.py"
    path.write_text(textwrap.dedent(program))
    r = mypy("--strict", "--follow-imports=silent", str(path))
    assert (r.returncode == 0) == ok, r.stdout
