"""Shared fixtures of the vm API tests."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _restore_running_realm():  # type: ignore[no-untyped-def]
    """Tests that poke internal methods set AGENT.realm; put it back afterwards."""
    from pyjsvm.runtime.agent import AGENT
    saved = AGENT.realm
    yield
    AGENT.realm = saved
    AGENT.stop = False
