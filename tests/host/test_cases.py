"""End-to-end: ``pyjsvm`` runs each ``cases/*.js`` (files starting with ``_`` are helpers) and its
stdout, stderr and exit code must equal ``NAME.stdout``, ``NAME.stderr`` (absent: empty) and
``NAME.code`` (``{DIR}`` stands for the cases directory). Where ``node`` is on PATH, node's stdout
and exit code for the same file must be the same too (the stderr of uncaught errors differs in
Node's internal stack frames)."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.host.conftest import CASES, run_pyjsvm

NAMES = sorted(f[:-3] for f in os.listdir(CASES) if f.endswith(".js") and not f.startswith("_"))


def _expected(name: str, ext: str, default: str = "") -> str:
    path = os.path.join(CASES, name + ext)
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return f.read().replace("{DIR}", CASES)


@pytest.mark.parametrize("name", NAMES)
def test_case(name: str) -> None:
    r = run_pyjsvm(name + ".js")
    assert r.stdout == _expected(name, ".stdout")
    assert r.stderr == _expected(name, ".stderr")
    assert r.returncode == int(_expected(name, ".code", "0").strip())


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", NAMES)
def test_case_against_node(name: str) -> None:
    r = run_pyjsvm(name + ".js")
    n = subprocess.run(["node", name + ".js"], capture_output=True, text=True, cwd=CASES, timeout=60)
    assert r.stdout == n.stdout
    assert r.returncode == n.returncode
