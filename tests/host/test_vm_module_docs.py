"""The examples of the "Class: vm.Module" part of Node's vm documentation
(../shared/reference/node-vm.md), run unchanged by ``pyjsvm`` (``.mjs`` as ES modules, ``.js`` ones
as CommonJS with ``require('node:vm')``). Node 20 lacks ``linkRequests``/``moduleRequests`` (ex01,
ex02, ex05, ex06), so only the others are compared with node; all are compared with their recorded
output. The examples needing ``node:fs`` are left out."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.host.conftest import run_pyjsvm

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vm_docs")
NAMES = sorted(f for f in os.listdir(DOCS) if f.endswith((".mjs", ".cjs")))
NODE_20 = {"ex11.mjs", "ex12.cjs", "ex19.mjs", "ex20.cjs"}


@pytest.mark.parametrize("name", NAMES)
def test_doc_example(name: str) -> None:
    r = run_pyjsvm("--experimental-vm-modules", name, cwd=DOCS)
    with open(os.path.join(DOCS, name + ".stdout"), encoding="utf-8") as f:
        assert r.stdout == f.read()
    assert r.returncode == 0 and r.stderr == ""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", sorted(NODE_20))
def test_doc_example_against_node(name: str) -> None:
    r = run_pyjsvm("--experimental-vm-modules", name, cwd=DOCS)
    n = subprocess.run(["node", "--experimental-vm-modules", "--no-warnings", name], capture_output=True, text=True,
                       cwd=DOCS, timeout=60)
    assert (r.stdout, r.returncode) == (n.stdout, n.returncode)
