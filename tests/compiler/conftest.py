from __future__ import annotations

from typing import Iterator

import pytest

from pyjsvm.compiler import emit
from pyjsvm.compiler.functions import set_deferred_compilation


@pytest.fixture
def emitter_on() -> Iterator[None]:
    """The emitting tier on (whatever PYJSVM_EMIT says), for tests about it."""
    old = emit.set_enabled(True)
    try:
        yield
    finally:
        emit.set_enabled(old)


@pytest.fixture
def eager_compilation() -> Iterator[None]:
    """Every function body compiled with its enclosing code (not on first call), for tests
    that look at a function's compiled code without calling it."""
    old = set_deferred_compilation(False)
    try:
        yield
    finally:
        set_deferred_compilation(old)
