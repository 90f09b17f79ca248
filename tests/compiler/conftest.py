from __future__ import annotations

from typing import Callable, Iterator

import pytest

from pyjsvm.compiler import emit
from pyjsvm.compiler.functions import set_deferred_compilation


def _setting(setter: Callable[[bool], bool], value: bool) -> Iterator[None]:
    """A compiler setting (``setter`` returns the old value) at ``value`` for one test."""
    old = setter(value)
    try:
        yield
    finally:
        setter(old)


@pytest.fixture
def emitter_on() -> Iterator[None]:
    """The emitting tier on (whatever PYJSVM_EMIT says), for tests about it."""
    yield from _setting(emit.set_enabled, True)


@pytest.fixture
def emitter_off() -> Iterator[None]:
    yield from _setting(emit.set_enabled, False)


@pytest.fixture
def eager_compilation() -> Iterator[None]:
    """Every function body compiled with its enclosing code (not on first call), for tests
    that look at a function's compiled code without calling it."""
    yield from _setting(set_deferred_compilation, False)


@pytest.fixture
def deferred_compilation() -> Iterator[None]:
    """Function bodies compiled on their first call (the default), whatever a test before set."""
    yield from _setting(set_deferred_compilation, True)
