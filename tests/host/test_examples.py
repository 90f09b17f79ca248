"""``examples/wc.js`` (a small real program: files, streams, readline, stdin, exit codes) under
``pyjsvm``: counts checked against Python's own count, and output against node's when present."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.host.conftest import run_pyjsvm

WC = Path(__file__).resolve().parents[2] / "examples" / "wc.js"
TEXTS = {"a.txt": "the quick brown fox\njumps over the lazy dog\nThe end \u2014 fin \U0001F600\n",
         "b.txt": "one two\nthree"}


def _files(tmp: Path) -> None:
    for name, text in TEXTS.items():
        (tmp / name).write_text(text, encoding="utf-8")


def test_wc_counts(tmp_path: Path) -> None:
    _files(tmp_path)
    r = run_pyjsvm(str(WC), "--json", "a.txt", "b.txt", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)["files"]
    for entry, (name, text) in zip(got, TEXTS.items()):
        lines = text.splitlines()
        assert entry == {"name": name, "lines": len(lines), "words": len(text.split()),
                         "chars": sum(len(line) + 1 for line in lines)}
    assert got[-1]["name"] == "total"


def test_wc_stdin_and_missing_file(tmp_path: Path) -> None:
    r = run_pyjsvm(str(WC), stdin="x y\nz\n", cwd=str(tmp_path))
    assert r.stdout.split() == ["2", "3", "6", "(stdin)"]
    r = run_pyjsvm(str(WC), "nope.txt", cwd=str(tmp_path))
    assert r.returncode == 1
    assert r.stderr == "wc.js: nope.txt: No such file or directory\n"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_wc_against_node(tmp_path: Path) -> None:
    _files(tmp_path)
    args = [str(WC), "--top=3", "a.txt", "b.txt", "nope.txt"]
    n = subprocess.run(["node", *args], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    r = run_pyjsvm(*args, cwd=str(tmp_path))
    assert (r.stdout, r.stderr, r.returncode) == (n.stdout, n.stderr, n.returncode)
