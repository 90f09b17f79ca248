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

from pyjsvm.errors import JSError, VMError, invalid_arg_type, out_of_range
from pyjsvm.runtime.agent import AGENT, Interrupted, engine_limits
from pyjsvm.runtime.jobs import has_pending_jobs, run_jobs, run_own_jobs
from pyjsvm.runtime.objects import C, Prop, W

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ScriptTimeout", "ScriptInterrupted", "SigintUnavailable", "run_with_timeout", "run_guarded",
           "check_timeout", "evaluation"]

_STOP_LOCK = threading.Lock()
_run_counter = itertools.count(1)


class ScriptTimeout(Exception):
    """The run's own timeout fired; the caller makes Node's ERR_SCRIPT_EXECUTION_TIMEOUT of it."""

    code = "ERR_SCRIPT_EXECUTION_TIMEOUT"  # Node's error code, for the Python API and node:vm alike

    def __init__(self, timeout: int) -> None:
        super().__init__(f"Script execution timed out after {timeout}ms")
        self.timeout = timeout


class ScriptInterrupted(Exception):
    """SIGINT arrived during a ``break_on_sigint`` run; the caller makes Node's
    ERR_SCRIPT_EXECUTION_INTERRUPTED of it."""

    code = "ERR_SCRIPT_EXECUTION_INTERRUPTED"

    def __init__(self) -> None:
        super().__init__("Script execution was interrupted by `SIGINT`")


class SigintUnavailable(RuntimeError):
    """``break_on_sigint`` was asked for outside the main thread, where Python cannot install a
    signal handler."""

    code = "ERR_VM_BREAK_ON_SIGINT_NOT_MAIN_THREAD"


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


def check_timeout(timeout: Any, name: str = "options.timeout") -> int | None:
    """Node's validation of a ``timeout`` option: None, or an integer number of milliseconds in
    1..4294967295 (a float with no fraction counts)."""
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise invalid_arg_type(name, "of type number", timeout)
    if isinstance(timeout, float) and not timeout.is_integer():
        raise out_of_range(name, "an integer", timeout)
    if not 1 <= timeout <= 4294967295:
        raise out_of_range(name, ">= 1 && <= 4294967295", timeout)
    return int(timeout)


def run_guarded(realm: "Realm", fn: Callable[[], Any], timeout: int | None, break_on_sigint: bool = False) -> Any:
    """``run_with_timeout`` whose timeout or SIGINT is a ``JSError`` (Node's
    ERR_SCRIPT_EXECUTION_TIMEOUT / ERR_SCRIPT_EXECUTION_INTERRUPTED, an Error of ``realm``) and
    whose SIGINT outside the main thread is a ``VMError``. A JS throw passes through as the
    JSThrow it is."""
    try:
        return run_with_timeout(realm, fn, timeout, break_on_sigint)
    except (ScriptTimeout, ScriptInterrupted) as e:
        code = e.code
        msg = str(e)
        err = realm.new_error("Error", msg)
        err.props["code"] = Prop(code, W | C)
        raise JSError(err, realm=realm, code=code, stack=f"Error: {msg}") from None
    except SigintUnavailable as e:
        raise VMError(str(e), e.code) from None


class _Nesting(threading.local):
    """How many evaluations are on this thread's Python stack."""

    depth = 0


_NESTING = _Nesting()


def evaluation(realm: "Realm", fn: Callable[[], Any]) -> Callable[[], Any]:
    """``fn`` as one evaluation (a script run, a call from Python): the jobs it queued run before
    control returns to Python, as in Node where they run before control returns to the event
    loop -- the context's own microtask queue (microtaskMode 'afterEvaluate') right after ``fn``,
    the agent's queue when the outermost evaluation ends (a nested one, from a Python callable
    that JS called, leaves them to it). Run the result under ``run_guarded`` so that the timeout
    covers the jobs too; after a timeout no job runs."""
    def body() -> Any:
        _NESTING.depth += 1
        finished = False
        try:
            result = fn()
            run_own_jobs(realm)
            finished = True
            return result
        except Exception:
            finished = True  # a JS throw: the jobs queued so far still run
            raise
        finally:
            _NESTING.depth -= 1
            if _NESTING.depth == 0 and finished and has_pending_jobs():
                run_jobs()
    return body
