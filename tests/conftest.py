"""Shared by every test directory."""
from __future__ import annotations

from typing import Iterator

import pytest

from pyjsvm.api.vm_core import SCRIPTS


@pytest.fixture(autouse=True)
def fresh_script_cache() -> Iterator[None]:
    """Each test compiles its own scripts: the run_in_* functions reuse a compiled script for the
    same source (vm_core.ScriptCache), and a test that sets a compile mode or limit must not find
    one another test compiled under other settings."""
    SCRIPTS.clear()
    yield

