"""Running engine code under a time limit (the ``timeout`` option of every vm run method).

NON-SPEC (host behaviour, as Node's vm): a ``threading.Timer`` sets ``AGENT.stop``; the engine
raises ``Interrupted`` at the next loop back-edge, call or RegExp step, and ``run_with_timeout``
turns the interruption that belongs to its own run into ``ScriptTimeout``. A nested run (from a
Python callback) never takes an enclosing run's timeout as its own, and a timer that fires after
its run ended never stops a later one."""
from __future__ import annotations

import itertools
import threading
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.agent import AGENT, Interrupted, engine_limits

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ScriptTimeout", "run_with_timeout"]

_STOP_LOCK = threading.Lock()
_run_counter = itertools.count(1)


class ScriptTimeout(Exception):
    """The run's own timeout fired; the caller makes Node's ERR_SCRIPT_EXECUTION_TIMEOUT of it."""

    def __init__(self, timeout: int) -> None:
        super().__init__(f"Script execution timed out after {timeout}ms")
        self.timeout = timeout


def run_with_timeout(realm: "Realm", fn: Callable[[], Any], timeout: int | None) -> Any:
    """Run ``fn()`` with ``realm`` as the running realm, stopping it after ``timeout`` ms
    (None: no limit). A JS throw passes through as the JSThrow it is; the timeout raises
    ``ScriptTimeout`` with the running realm restored."""
    agent = AGENT
    saved = agent.realm
    agent.realm = realm
    if timeout is None:
        try:
            with engine_limits():
                return fn()
        finally:
            agent.realm = saved
    token = f"timeout:{next(_run_counter)}"
    armed = [True]

    def fire() -> None:
        with _STOP_LOCK:
            if armed[0]:
                agent.stop_reason = token
                agent.stop = True
    timer = threading.Timer(timeout / 1000.0, fire)
    timer.daemon = True
    timer.start()
    try:
        with engine_limits():
            return fn()
    except Interrupted as e:
        if e.reason != token:
            raise  # an enclosing run's timeout: let it unwind to that run
        raise ScriptTimeout(timeout) from None
    finally:
        with _STOP_LOCK:
            armed[0] = False
            if agent.stop and agent.stop_reason == token:
                agent.stop = False  # fired after the script ended: must not stop the next run
        timer.cancel()
        agent.realm = saved
