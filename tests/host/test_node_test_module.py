"""``node:test`` under ``pyjsvm``, differential against node 20.

Each ``node_test_cases/NAME.js`` runs in a fresh directory; its stdout, with durations and
failure stacks normalised (``normalise``: every ``duration_ms`` value becomes ``X``, a
``stack: |-`` block keeps its first frame only, since the frames after it are node's test
runner's own), must equal ``NAME.stdout`` (node 20's output, normalised the same way), and the
exit code ``NAME.code`` (absent: 0). Where ``node`` is on PATH the file is also run by node and
compared directly.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.host.conftest import run_pyjsvm

CASES = Path(__file__).parent / "node_test_cases"
NAMES = sorted(p.stem for p in CASES.glob("*.js"))


def normalise(text: str, tmp: Path) -> str:
    """``text`` with durations, the temporary directory and all but a stack's first frame
    replaced or dropped."""
    text = re.sub(r"duration_ms:? [0-9.e+-]+", "duration_ms X", text.replace(str(tmp), "{TMP}"))
    out: list[str] = []
    stack_indent: str | None = None
    first = False
    for line in text.split("\n"):
        if stack_indent is not None:
            if line.startswith(stack_indent + "  "):
                if first:
                    out.append(line)
                    first = False
                continue
            stack_indent = None
        m = re.match(r"^( *)stack: \|-$", line)
        if m:
            stack_indent, first = m.group(1), True
        out.append(line)
    return "\n".join(out)


def _expected(name: str, ext: str, default: str = "") -> str:
    p = CASES / (name + ext)
    return p.read_text(encoding="utf-8") if p.exists() else default


@pytest.mark.parametrize("name", NAMES)
def test_node_test_case(name: str, tmp_path: Path) -> None:
    shutil.copy(CASES / (name + ".js"), tmp_path / (name + ".js"))
    r = run_pyjsvm(name + ".js", cwd=str(tmp_path))
    assert normalise(r.stdout, tmp_path) == _expected(name, ".stdout"), r.stderr
    assert r.returncode == int(_expected(name, ".code", "0").strip()), r.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", NAMES)
def test_node_test_case_against_node(name: str, tmp_path: Path) -> None:
    shutil.copy(CASES / (name + ".js"), tmp_path / (name + ".js"))
    n = subprocess.run(["node", name + ".js"], capture_output=True, text=True, cwd=tmp_path, timeout=60,
                       stdin=subprocess.DEVNULL, env=dict(os.environ, NO_COLOR="1"))
    r = run_pyjsvm(name + ".js", cwd=str(tmp_path))
    assert normalise(r.stdout, tmp_path) == normalise(n.stdout, tmp_path), r.stderr
    assert r.returncode == n.returncode


def test_scheme_only() -> None:
    """``node:test`` exists only under its scheme, as in node: ``require('test')`` looks for a
    package, and ``builtinModules`` leaves it out."""
    r = run_pyjsvm("-e", "const m = require('module'); console.log(m.isBuiltin('node:test'), m.isBuiltin('test'), "
                   "m.builtinModules.includes('test'), typeof require('node:test').describe); require('test')")
    assert r.stdout == "true false false function\n"
    assert "Cannot find module 'test'" in r.stderr and r.returncode == 1


if __name__ == "__main__":
    # ``python3 -m tests.host.test_node_test_module NAME...``: NAME.stdout / NAME.code from node 20
    import sys
    import tempfile
    for case in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            shutil.copy(CASES / (case + ".js"), tmp / (case + ".js"))
            done = subprocess.run(["node", case + ".js"], capture_output=True, text=True, cwd=tmp,
                                  stdin=subprocess.DEVNULL, env=dict(os.environ, NO_COLOR="1"))
            (CASES / (case + ".stdout")).write_text(normalise(done.stdout, tmp), encoding="utf-8")
            code = CASES / (case + ".code")
            if done.returncode:
                code.write_text(f"{done.returncode}\n", encoding="utf-8")
            elif code.exists():
                code.unlink()
