from __future__ import annotations

from typing import Iterator

import pytest

from pyjsvm.compiler import emit


@pytest.fixture
def emitter_on() -> Iterator[None]:
    """The emitting tier on (whatever PYJSVM_EMIT says), for tests about it."""
    old = emit.set_enabled(True)
    try:
        yield
    finally:
        emit.set_enabled(old)
