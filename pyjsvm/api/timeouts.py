"""Running engine code under a time limit and SIGINT (the ``timeout`` and ``break_on_sigint``
options of every vm run method).

NON-SPEC (host behaviour, as Node's vm): each limited run is a ``Run`` on its thread's agent
(``pyjsvm.runtime.agent``); one watchdog thread for the whole process fires each run at its
deadline (no thread per run), which sets that agent's ``stop`` flag; the engine raises
``Interrupted`` at the next loop back-edge, call or RegExp step, for the outermost run that
fired, and ``run_with_timeout`` turns the interruption that belongs to its own run into
``ScriptTimeout``. So a nested run (from a Python callback) keeps its own timeout and never
takes an enclosing run's as its own, threads never see each other's, and a deadline that passes
after its run ended stops nothing.

A context (a realm) runs on one thread at a time: a run takes the realm's lock (re-entrant, so
nested runs on the same thread go on); a run from another thread waits for it, at most its own
timeout (then ``ScriptTimeout``).

``break_on_sigint``: while the run lasts, a SIGINT handler of ours replaces the host's (restored
after the run; a SIGINT then never reaches the host's handler, as in Node) and stops the run with
``ScriptInterrupted``. Python installs signal handlers only in the main thread: from another
thread, ``break_on_sigint=True`` raises ``SigintUnavailable`` before anything runs."""
from __future__ import annotations

import heapq
import itertools
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.errors import JSError, VMError
from pyjsvm.modules.records import carry_stopped_modules, reject_stopped_modules
from pyjsvm.runtime.agent import Agent, Interrupted, Run, engine_limits, enter_agent, get_agent, throw_range_error
from pyjsvm.runtime.memory import measure_live
from pyjsvm.runtime.jobs import discard_jobs, has_pending_jobs, queued_jobs, run_jobs, run_own_jobs
from pyjsvm.runtime.objects import C, Prop, W

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["ScriptTimeout", "ScriptInterrupted", "ScriptStepLimit", "SigintUnavailable", "STOPS", "run_with_timeout", "run_guarded", "stop_error",
           "evaluation"]

_run_counter = itertools.count(1)


class _Watchdog:
    """One daemon thread that fires runs at their deadlines (a heap of (deadline, run))."""

    def __init__(self) -> None:
        self.cond = threading.Condition(threading.Lock())
        self.heap: list[tuple[float, int, Any]] = []  # Run, _Tick or _RssProbe: .armed, .fire()
        self.thread: threading.Thread | None = None

    def arm(self, seconds: float, run: "Run | _RssProbe | _Tick") -> None:
        with self.cond:
            if len(self.heap) > 1024:  # many runs ended before their deadlines: forget them
                live = [entry for entry in self.heap if entry[2].armed]
                if len(live) < len(self.heap) // 2:
                    heapq.heapify(live)
                    self.heap = live
            heapq.heappush(self.heap, (time.monotonic() + seconds, next(_run_counter), run))
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._loop, name="pyjsvm-watchdog", daemon=True)
                self.thread.start()
            self.cond.notify()

    def _loop(self) -> None:
        with self.cond:
            while True:
                heap = self.heap
                while heap and not heap[0][2].armed:  # runs that ended: drop them
                    heapq.heappop(heap)
                if not heap:
                    self.cond.wait()
                    continue
                delay = heap[0][0] - time.monotonic()
                if delay > 0:
                    self.cond.wait(delay)
                    continue
                entry = heapq.heappop(heap)
                again = entry[2].fire()
                if again:  # a probe that polls (see _RssProbe): due again in ``again`` seconds
                    heapq.heappush(heap, (time.monotonic() + again, next(_run_counter), entry[2]))


_WATCHDOG = _Watchdog()


class _ContextLock:
    """A context's run lock, owned by an agent (one JS thread, which may continue on a helper
    thread with a larger stack: see ``pyjsvm.runtime.agent.c_reentry``) and re-entrant for it."""

    def __init__(self) -> None:
        self.cond = threading.Condition(threading.Lock())
        self.owner: Agent | None = None
        self.count = 0

    def acquire(self, agent: Agent, timeout: float | None) -> bool:
        with self.cond:
            if self.owner is agent:
                self.count += 1
                return True
            if not self.cond.wait_for(lambda: self.owner is None, timeout):
                return False
            self.owner = agent
            self.count = 1
            return True

    def release(self) -> None:
        with self.cond:
            self.count -= 1
            if self.count == 0:
                self.owner = None
                self.cond.notify()


_LOCKS_LOCK = threading.Lock()


def _realm_lock(realm: "Realm") -> _ContextLock:
    lock = realm.__dict__.get("_run_lock")
    if lock is None:
        with _LOCKS_LOCK:
            lock = realm.__dict__.setdefault("_run_lock", _ContextLock())
    return lock  # type: ignore[no-any-return]


class ScriptTimeout(Exception):
    """The run's own timeout fired; the caller makes Node's ERR_SCRIPT_EXECUTION_TIMEOUT of it."""

    code = "ERR_SCRIPT_EXECUTION_TIMEOUT"  # Node's error code, for the Python API and node:vm alike

    def __init__(self, timeout: int) -> None:
        super().__init__(f"Script execution timed out after {timeout}ms")
        self.timeout = timeout


class ScriptStepLimit(Exception):
    """The context's ``step_limit`` (loop iterations and calls per run) was used up; the caller
    makes a JSError with code ERR_SCRIPT_EXECUTION_STEP_LIMIT of it."""

    code = "ERR_SCRIPT_EXECUTION_STEP_LIMIT"

    def __init__(self, steps: int) -> None:
        super().__init__(f"Script execution exceeded its step limit of {steps} steps")
        self.steps = steps


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


# What stops a run of ``run_with_timeout`` besides a JS throw (each face of the vm API makes its
# own error of it: ``stop_error`` for Python, a Node error of the caller's realm for JS).
STOPS = (ScriptTimeout, ScriptInterrupted, ScriptStepLimit, SigintUnavailable)


def run_with_timeout(realm: "Realm", fn: Callable[[], Any], timeout: int | None,
                     break_on_sigint: bool = False) -> Any:
    """Run ``fn()`` with ``realm`` as the running realm, stopping it after ``timeout`` ms
    (None: no limit) or, with ``break_on_sigint``, at a SIGINT. A JS throw passes through as the
    JSThrow it is; the timeout raises ``ScriptTimeout``, SIGINT ``ScriptInterrupted``, with the
    running realm and the host's SIGINT handler restored. The jobs of ``realm`` left queued by a
    run that timed out or was interrupted are discarded."""
    if break_on_sigint and threading.current_thread() is not threading.main_thread():
        raise SigintUnavailable("break_on_sigint needs the main thread: Python installs signal handlers only there")
    lock = _realm_lock(realm)
    if not lock.acquire(enter_agent(), None if timeout is None else timeout / 1000.0):
        raise ScriptTimeout(timeout or 0)
    try:
        return _run_locked(realm, fn, timeout, break_on_sigint)
    finally:
        lock.release()


def _run_locked(realm: "Realm", fn: Callable[[], Any], timeout: int | None, break_on_sigint: bool) -> Any:
    # NON-SPEC: this frame stays below every JS frame of the run; CPython 3.11 lays frames out
    # one after another, and the size of this one shifted the alignment of all the JS frames
    # above it enough to change call-heavy code's speed by 30% (measured on fib): keep the
    # unlimited path's frame small, the limited runs' bookkeeping in _run_limited.
    host = realm.host_defined
    if (timeout is None and not break_on_sigint and "pyjsvm.step_limit" not in host
            and "pyjsvm.memory_limit" not in host):
        agent = enter_agent()
        saved = agent.realm
        agent.realm = realm
        try:
            with engine_limits():
                return fn()
        finally:
            agent.realm = saved
    return _run_limited(realm, fn, timeout, break_on_sigint)


def _run_limited(realm: "Realm", fn: Callable[[], Any], timeout: int | None, break_on_sigint: bool) -> Any:
    agent = enter_agent()
    saved = agent.realm
    agent.realm = realm
    step_limit = realm.host_defined.get("pyjsvm.step_limit")
    memory_limit = realm.host_defined.get("pyjsvm.memory_limit")
    token = f"run:{next(_run_counter)}"
    run = Run(agent, token)
    sigint = Run(agent, token + ":sigint")
    steps = Run(agent, token + ":steps", step_limit)
    agent.runs.append(run)
    agent.runs.append(sigint)
    agent.runs.append(steps)
    if step_limit is not None:
        agent.request_stop()  # count every budget check (see Run.steps)
    memory = Run(agent, token + ":memory")
    if memory_limit is not None:
        probe = _RssProbe(memory)
        watch = _MemoryLimit(realm, memory, memory_limit, sys._getframe(), probe if probe.armed else None)
        memory.check = watch.check
        memory.allocate = watch.allocate
        agent.runs.append(memory)
        watch.schedule(MEMORY_CHECK_SECONDS)
        if probe.armed:
            probe.room = max(memory_limit - realm.host_defined.get("pyjsvm.memory_used", 0), 0)
            _WATCHDOG.arm(RSS_PROBE_SECONDS, probe)
    if timeout is not None:
        _WATCHDOG.arm(timeout / 1000.0, run)
    # the jobs already queued for this realm are not the run's: a stopped run drops only its own
    before = queued_jobs(realm)
    previous_handler: Any = None
    if break_on_sigint:
        previous_handler = signal.signal(signal.SIGINT, lambda signum, frame: sigint.fire())
    try:
        with engine_limits():
            return fn()
    except Interrupted as e:
        if e.reason == run.token and timeout is not None:
            _discard_jobs(realm, before)
            raise carry_stopped_modules(e, ScriptTimeout(timeout)) from None
        if e.reason == sigint.token:
            _discard_jobs(realm, before)
            raise carry_stopped_modules(e, ScriptInterrupted()) from None
        if e.reason == steps.token:
            _discard_jobs(realm, before)
            raise carry_stopped_modules(e, ScriptStepLimit(step_limit or 0)) from None
        raise  # an enclosing run's timeout or SIGINT: let it unwind to that run
    finally:
        run.armed = sigint.armed = steps.armed = memory.armed = False
        agent.runs.remove(run)
        agent.runs.remove(sigint)
        agent.runs.remove(steps)
        if memory_limit is not None:
            agent.runs.remove(memory)
        if break_on_sigint:
            signal.signal(signal.SIGINT, previous_handler)
        agent.realm = saved


def run_guarded(realm: "Realm", fn: Callable[[], Any], timeout: int | None, break_on_sigint: bool = False) -> Any:
    """``run_with_timeout`` whose timeout or SIGINT is a ``JSError`` (Node's
    ERR_SCRIPT_EXECUTION_TIMEOUT / ERR_SCRIPT_EXECUTION_INTERRUPTED, an Error of ``realm``) and
    whose SIGINT outside the main thread is a ``VMError`` (see ``stop_error``). A JS throw passes
    through as the JSThrow it is."""
    try:
        return run_with_timeout(realm, fn, timeout, break_on_sigint)
    except STOPS as e:
        raise stop_error(e, realm) from None


def stop_error(e: Exception, realm: "Realm") -> Exception:
    """The Python API's error for a run that ``run_with_timeout`` stopped (one of ``STOPS``): a
    ``JSError`` of Node's code (an Error of ``realm``), or for SIGINT outside the main thread a
    ``VMError``."""
    code = getattr(e, "code", "")
    if isinstance(e, SigintUnavailable):
        return VMError(str(e), code)
    msg = str(e)
    err = realm.new_error("Error", msg)
    err.props["code"] = Prop(code, W | C)
    reject_stopped_modules(e, err)
    return JSError(err, realm=realm, code=code, stack=f"Error: {msg}")


def evaluation(realm: "Realm", fn: Callable[[], Any], from_python: bool = True) -> Callable[[], Any]:
    """``fn`` as one evaluation (a script run, a call from Python): the jobs it queued run before
    control returns to Python, as in Node where they run before control returns to the event
    loop -- the context's own microtask queue (microtaskMode 'afterEvaluate') right after ``fn``,
    the agent's queue when the outermost evaluation ends (a nested one, from a Python callable
    that JS called, leaves them to it). Run the result under ``run_guarded`` so that the timeout
    covers the jobs too; after a timeout no job runs.

    ``from_python=False`` (an evaluation JS started: ``require('node:vm')``) runs only the
    context's own queue; the agent's jobs wait for the host's event loop, as in Node."""
    if not from_python:
        def own() -> Any:
            result = fn()
            run_own_jobs(realm)
            return result
        return own

    def body() -> Any:
        # how many evaluations are on this JS thread's stack: the agent's count (a deep run may
        # continue on a helper thread with a larger stack, with the same agent)
        agent = get_agent()
        agent.script_runs += 1
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
            agent.script_runs -= 1
            if agent.script_runs == 0 and finished and has_pending_jobs():
                run_jobs()
    return body


# NON-SPEC: how often a context's memory limit is checked while JS runs in it
MEMORY_CHECK_SECONDS = 0.02
# NON-SPEC: how often the process's resident size is read between two checks (see _RssProbe)
RSS_PROBE_SECONDS = 0.002


def _rss_bytes() -> int | None:
    """The process's resident set size (Linux ``/proc/self/statm``), or None elsewhere."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


try:
    import os as _os
    _PAGE = _os.sysconf("SC_PAGE_SIZE")
except (AttributeError, ValueError, OSError):  # pragma: no cover - not POSIX
    _PAGE = 4096


class _RssProbe:
    """NON-SPEC: between two walks of a memory-limited run (``_MemoryLimit.check``), the watchdog
    reads the process's resident size every ``RSS_PROBE_SECONDS``; when it has grown by more than
    the room the last walk left under the limit, the run fires at once, so the walk that decides
    comes after about that much allocation instead of at its next period (many small
    allocations, an array growing element by element). RSS is only the trigger: the walk decides."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.base: int | None = _rss_bytes()
        self.room = 0

    @property
    def armed(self) -> bool:
        return self.run.armed and self.base is not None

    def measured(self, used: int, limit: int) -> None:
        self.base = _rss_bytes()
        self.room = max(limit - used, 0)

    def grown(self) -> int:
        """How much the resident size grew since the last walk (0 when it shrank)."""
        now = _rss_bytes()
        return 0 if now is None or self.base is None else max(now - self.base, 0)

    def fire(self) -> float | None:
        if not self.armed:
            return None
        now = _rss_bytes()
        if now is None:
            return None
        assert self.base is not None
        if now - self.base > self.room:
            self.base = now  # one early walk per room's worth of growth
            self.run.fire()
        return RSS_PROBE_SECONDS


class _Tick:
    """NON-SPEC: one arming of a memory-limited run's periodic walk in the watchdog; a walk made
    before it is due (the RSS probe's, an allocation's) disarms it and arms the next, so that a
    run has one periodic walk due at a time."""

    __slots__ = ("run", "live")

    def __init__(self, run: Run) -> None:
        self.run = run
        self.live = True

    @property
    def armed(self) -> bool:
        return self.live and self.run.armed

    def fire(self) -> None:
        if self.armed:
            self.run.fire()


class _MemoryLimit:
    """The checks of a context's ``memory_limit`` during one run: ``check``, the periodic one
    (``Run.check``), measures the bytes reachable from the context and the JS code on the stack
    (``measure_live``) beyond its size when it was made; past the limit, a RangeError the script
    can catch (and the context stays usable). ``allocate`` (``Run.allocate``) checks one
    allocation before it happens (``check_allocation``)."""

    def __init__(self, realm: "Realm", run: Run, limit: int, entry: Any, probe: "_RssProbe | None") -> None:
        self.realm = realm
        self.run = run
        self.limit = limit
        self.entry = entry
        self.probe = probe
        self.tick: _Tick | None = None
        # what ``allocate`` let through since the last walk (the growth, without an RSS probe)
        self.allowed = 0

    def schedule(self, seconds: float) -> None:
        if self.tick is not None:
            self.tick.live = False
        if self.run.armed:
            self.tick = _Tick(self.run)
            _WATCHDOG.arm(seconds, self.tick)

    def measure(self) -> int:
        """Walk: the context's use now, recorded for ``check_allocation``; the next periodic walk
        is due after this one (at most a fifth of the run's time goes to walking)."""
        started = time.monotonic()
        used: int = measure_live(self.realm, (type(self.realm),), self.entry) - self.realm.host_defined.get("pyjsvm.memory_base", 0)
        self.realm.host_defined["pyjsvm.memory_used"] = used
        self.allowed = 0
        if self.probe is not None:
            self.probe.measured(used, self.limit)
        # NON-SPEC: what fired the run while it walked (the RSS probe sees the walk's own
        # allocations, a tick already due) asks for the walk just made: without this, each walk
        # of a big heap fired the next, and the run made no progress between them
        self.run.fired = False
        self.schedule(max(MEMORY_CHECK_SECONDS, 4 * (time.monotonic() - started)))
        return used

    def check(self) -> None:
        used = self.measure()
        limit = self.limit
        host = self.realm.host_defined
        if used > limit:
            # NON-SPEC: after a RangeError the context stays over the limit until the script lets
            # go of what it holds: the next check throws again only once it grew by another
            # eighth of the limit, so that a catch handler (or the next run) can do that
            last = host.get("pyjsvm.memory_thrown_at", 0)
            if used <= last + limit // 8:
                return
            host["pyjsvm.memory_thrown_at"] = used
            throw_range_error(f"Memory limit of {limit} bytes exceeded ({used} bytes in use)")
        host.pop("pyjsvm.memory_thrown_at", None)

    def allocate(self, nbytes: int) -> None:
        """Before an allocation of ``nbytes``: the use as last measured, what the process grew
        since (its resident size, or without the probe what this check let through) and
        ``nbytes`` past the limit make a walk now, and a RangeError (nothing allocated) when the
        use it finds plus ``nbytes`` passes the limit. A copy that doubles an array each time is
        refused at the doubling that would pass the limit, not one or two doublings later."""
        limit = self.limit
        used = self.realm.host_defined.get("pyjsvm.memory_used", 0)
        grown = self.allowed if self.probe is None else self.probe.grown()
        if used + grown + nbytes > limit:
            # (a walk allocates as it goes: none for an allocation past the limit on its own)
            used = self.measure() if nbytes <= limit else 0
            if used + nbytes > limit:
                throw_range_error(f"Memory limit of {limit} bytes exceeded (an allocation of {nbytes} bytes)")
        self.allowed += nbytes


def _discard_jobs(realm: "Realm", keep: dict[int, Any]) -> None:
    discard_jobs(realm, keep)
