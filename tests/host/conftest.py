"""Helpers for the end-to-end tests of the ``pyjsvm`` command."""
from __future__ import annotations

import os
import subprocess
import sys

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")


def run_pyjsvm(*args: str, stdin: str | None = None, cwd: str | None = None,
               timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``pyjsvm`` (as ``python -m pyjsvm.host.cli``) and capture its output."""
    return subprocess.run([sys.executable, "-m", "pyjsvm.host.cli", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd or CASES, timeout=timeout,
                          stdin=None if stdin is not None else subprocess.DEVNULL)
