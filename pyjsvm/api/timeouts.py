"""Running engine code under a time limit and SIGINT (the ``timeout`` and ``break_on_sigint``
options of every vm run method).

NON-SPEC (host behaviour, as Node's vm): a ``threading.Timer`` sets ``AGENT.stop``; the engine
raises ``Interrupted`` at the next loop back-edge, call or RegExp step, and ``run_with_timeout``
turns the interruption that belongs to its own run into ``ScriptTimeout``. A nested run (from a
Python callback) never takes an enclosing run's timeout as its own, and a timer that fires after
its run ended never stops a later one.

``break_on_sigint``: while the run lasts, a SIGINT handler of ours replaces the host's (restored
after the run; a SIGINT then never reaches the host's handler, as in Node) and stops the run with
``ScriptInterrupted``. Python installs signal handlers only in the main thread: from another
thread, ``break_on_sigint=True`` raises ``SigintUnavailable`` before anything runs."""
from __future__ import annotations

import itertools
import signal
import threading
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.agent import AGENT, Interrupted, engine_limits

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ScriptTimeout", "ScriptInterrupted", "SigintUnavailable", "run_with_timeout"]

_STOP_LOCK = threading.Lock()
_run_counter = itertools.count(1)


class ScriptTimeout(Exception):
    """The run's own timeout fired; the caller makes Node's ERR_SCRIPT_EXECUTION_TIMEOUT of it."""

    def __init__(self, timeout: int) -> None:
        super().__init__(f"Script execution timed out after {timeout}ms")
        self.timeout = timeout


class ScriptInterrupted(Exception):
    """SIGINT arrived during a ``break_on_sigint`` run; the caller makes Node's
    ERR_SCRIPT_EXECUTION_INTERRUPTED of it."""

    def __init__(self) -> None:
        super().__init__("Script execution was interrupted by `SIGINT`")


class SigintUnavailable(RuntimeError):
    """``break_on_sigint`` was asked for outside the main thread, where Python cannot install a
    signal handler."""


def run_with_timeout(realm: "Realm", fn: Callable[[], Any], timeout: int | None,
                     break_on_sigint: bool = False) -> Any:
    """Run ``fn()`` with ``realm`` as the running realm, stopping it after ``timeout`` ms
    (None: no limit) or, with ``break_on_sigint``, at a SIGINT. A JS throw passes through as the
    JSThrow it is; the timeout raises ``ScriptTimeout``, SIGINT ``ScriptInterrupted``, with the
    running realm and the host's SIGINT handler restored."""
    if break_on_sigint and threading.current_thread() is not threading.main_thread():
        raise SigintUnavailable("break_on_sigint needs the main thread: Python installs signal handlers only there")
    agent = AGENT
    saved = agent.realm
    agent.realm = realm
    if timeout is None and not break_on_sigint:
        try:
            with engine_limits():
                return fn()
        finally:
            agent.realm = saved
    token = f"run:{next(_run_counter)}"
    sigint_token = token + ":sigint"
    armed = [True]

    def stop(reason: str) -> None:
        with _STOP_LOCK:
            if armed[0]:
                agent.stop_reason = reason
                agent.stop = True
    timer = None
    if timeout is not None:
        timer = threading.Timer(timeout / 1000.0, stop, (token,))
        timer.daemon = True
        timer.start()
    previous_handler: Any = None
    if break_on_sigint:
        previous_handler = signal.signal(signal.SIGINT, lambda signum, frame: stop(sigint_token))
    try:
        with engine_limits():
            return fn()
    except Interrupted as e:
        if e.reason == token and timeout is not None:
            raise ScriptTimeout(timeout) from None
        if e.reason == sigint_token:
            raise ScriptInterrupted() from None
        raise  # an enclosing run's timeout or SIGINT: let it unwind to that run
    finally:
        with _STOP_LOCK:
            armed[0] = False
            if agent.stop and agent.stop_reason in (token, sigint_token):
                agent.stop = False  # fired after the script ended: must not stop the next run
        if timer is not None:
            timer.cancel()
        if break_on_sigint:
            signal.signal(signal.SIGINT, previous_handler)
        agent.realm = saved
