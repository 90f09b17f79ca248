"""A fixed slice of test262 run through the runner, compared with test262/expectations.txt.

Needs a test262 checkout at the commit in test262/COMMIT: set TEST262_DIR (see test262/README.md).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from test262.cli import detect_commit, main, pinned_commit

SLICE = ["test/language/expressions/addition", "test/built-ins/Math"]

TEST262_DIR = os.environ.get("TEST262_DIR", "")


def _skip_reason() -> str | None:
    if not TEST262_DIR:
        return "TEST262_DIR is not set (point it at a test262 checkout to run the conformance slice)"
    root = Path(TEST262_DIR)
    if not (root / "test").is_dir() or not (root / "harness").is_dir():
        return f"TEST262_DIR={TEST262_DIR} is not a test262 checkout"
    commit, pinned = detect_commit(root), pinned_commit()
    if commit and pinned and commit != pinned:
        return f"TEST262_DIR is at {commit}, the expectations are for {pinned} (test262/COMMIT)"
    try:
        import pyjsvm
    except ImportError as exc:
        return f"pyjsvm cannot be imported: {exc}"
    if not all(hasattr(pyjsvm, n) for n in ("Script", "create_context", "run_in_context", "JSError")):
        return "pyjsvm does not expose its vm API (Script, create_context, run_in_context, JSError) yet"
    return None


@pytest.mark.skipif(_skip_reason() is not None, reason=_skip_reason() or "")
def test_test262_slice(capsys: pytest.CaptureFixture[str]) -> None:
    code = main([*SLICE, "--test262-dir", TEST262_DIR, "-j", "2", "--timeout", "10", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0, "test262 results differ from test262/expectations.txt:\n" + out[-6000:]
