"""The job queue (sec-jobs) and the host hooks that promises use.

One FIFO queue of promise jobs per agent (``Agent.job_queue``: each thread running JS has its
own, see ``pyjsvm.runtime.agent``). Each job records the realm it runs in (the [[Realm]] of the
spec's job records, sec-hostenqueuepromisejob). NON-SPEC (host, Node's vm ``microtaskMode:
'afterEvaluate'``): a realm whose ``job_queue`` is a deque has a microtask queue of its own; the
jobs that run in that realm go there, and the vm layer drains it after each evaluation in that
context (``run_jobs(realm.job_queue)``), inside the evaluation's timeout.

Host side, the vm layer (or any embedder) calls:

- ``run_jobs()`` after a script/macrotask ran, at the outermost level (no JS on the stack):
  runs queued jobs, in FIFO order, until the queue is empty (jobs queued by jobs run too).
  A job that throws does not stop the drain: its error goes to the job error handler
  (HostReportErrors-like, ``set_job_error_handler``; by default recorded for
  ``take_job_errors()``). Only ``Interrupted`` (a BaseException: timeouts) escapes.
- ``take_unhandled_rejections()`` after ``run_jobs()``: the promises rejected without a handler
  that are still unhandled, with Node's semantics (a rejection handled later in the same drain
  is not reported).
- ``take_rejections_handled_later()``: promises already reported as unhandled that got a
  handler since (Node's 'rejectionHandled' event).
"""
from __future__ import annotations

from collections import deque
import heapq
import threading
import time
from typing import TYPE_CHECKING, Any, Callable
import weakref

from pyjsvm.runtime.agent import JSThrow, engine_limits, get_agent

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

Job = Callable[[], Any]
JobErrorHandler = Callable[[Any, "Realm | None"], None]

# --- state ---------------------------------------------------------------------------------
# (the queue itself is per agent: ``get_agent().job_queue``)
_draining: set[int] = set()  # ids of the queues being drained (a drain is not re-entered)
# Rejected-and-unhandled promises not yet reported are kept by the realm that ran at the
# rejection (``Realm.pending_rejections``: id -> (rejection number, promise)), or here when no
# realm ran. A module-level table of them kept every realm with an unhandled rejection alive
# for good where the host never takes them (the Python vm API: each run_in_new_context of
# ``Promise.reject(1)`` kept its context). The realms that have some are listed weakly, and each
# promise's realm is noted weakly (for the 'handle' operation); one lock over all of them.
_realmless_rejections: dict[int, tuple[int, Any]] = {}
_rejecting_realms: "weakref.WeakSet[Realm]" = weakref.WeakSet()
_rejected_in: "weakref.WeakKeyDictionary[Any, weakref.ref[Realm] | None]" = weakref.WeakKeyDictionary()
_rejections_lock = threading.Lock()
# Promises reported as unhandled (weak: a collected promise can no longer be handled).
_reported: "weakref.WeakSet[Any]" = weakref.WeakSet()
_handled_later: list[Any] = []
# NON-SPEC (Node's promise ids): each promise rejected with no handler, numbered from 1 in the
# order of the rejections (the "rejection id" of Node's unhandled rejection warnings)
_rejection_ids: "weakref.WeakKeyDictionary[Any, int]" = weakref.WeakKeyDictionary()
_rejection_count = [0]
_job_errors: list[tuple[Any, "Realm | None"]] = []


def _default_job_error_handler(value: Any, realm: "Realm | None") -> None:
    _job_errors.append((value, realm))


_job_error_handler: JobErrorHandler = _default_job_error_handler


# --- the queue ------------------------------------------------------------------------------

_CURRENT: Any = object()


def enqueue_job(job: Job, realm: "Realm | None", context: Any = _CURRENT) -> None:
    """HostEnqueuePromiseJob ( job, realm ) (sec-hostenqueuepromisejob): append ``job`` (a Python
    callable with no arguments, the Job Abstract Closure) to the agent's queue. ``realm`` is the
    realm the job runs in; None (a null realm: a reaction without handler) means the running
    realm at enqueue time. NON-SPEC (the AsyncContext proposal's HostMakeJobCallback): the job
    runs with ``context`` as the agent's ``async_context``, by default the one running now (a
    promise reaction passes the one taken when it was registered)."""
    agent = get_agent()
    if realm is None:
        realm = agent.realm
    if context is _CURRENT:
        context = agent.async_context
    own = realm.job_queue if realm is not None else None
    (agent.job_queue if own is None else own).append((job, realm, context))


def has_pending_jobs() -> bool:
    """NON-SPEC: whether the queue holds jobs not yet run."""
    return bool(get_agent().job_queue)


@engine_limits()
def run_jobs(queue: "deque[tuple[Job, Realm | None, Any]] | None" = None) -> None:
    """NON-SPEC (host): run the queued jobs until the queue is empty (a microtask checkpoint):
    the agent's queue, or ``queue``, a context's own (see the module docstring).

    Each job runs with its realm as the running realm. A job completing with a throw is
    reported to the job error handler and the drain continues; a Python exception other than
    ``Interrupted`` (a BaseException, a host timeout) is reported the same way (as the Python
    exception object). Re-entrant calls (from inside a job) return at once: the outer drain
    runs the remaining jobs. After ``Interrupted`` the jobs not yet run stay queued. Each job
    runs with the ``async_context`` it was queued with; the drain restores the one it found."""
    agent = get_agent()
    if queue is None:
        queue = agent.job_queue
    if id(queue) in _draining:
        return
    _draining.add(id(queue))
    saved_realm = agent.realm
    saved_depth = agent.depth
    saved_context = agent.async_context
    try:
        while queue:
            job, realm, agent.async_context = queue.popleft()
            agent.realm = realm
            try:
                job()
            except JSThrow as e:
                _report(e.value, realm)
            except RecursionError:
                agent.depth = saved_depth
                _report(_range_error(realm), realm)
            except Exception as e:  # never let a Python exception escape the drain
                _report(e, realm)
            agent.depth = saved_depth
    finally:
        agent.realm = saved_realm
        agent.depth = saved_depth
        agent.async_context = saved_context
        _draining.discard(id(queue))


def run_own_jobs(realm: "Realm") -> None:
    """NON-SPEC (host): after an evaluation in ``realm``, run the jobs of its own microtask queue
    when it has one (Node's microtaskMode 'afterEvaluate'); the caller's timeout covers them."""
    own = realm.job_queue
    if own is not None:
        run_jobs(own)


def _range_error(realm: "Realm | None") -> Any:
    if realm is None:
        return RecursionError("Maximum call stack size exceeded")
    try:
        return realm.new_error("RangeError", "Maximum call stack size exceeded")
    except Exception:  # pragma: no cover - defensive
        return RecursionError("Maximum call stack size exceeded")


def _report(value: Any, realm: "Realm | None") -> None:
    try:
        _job_error_handler(value, realm)
    except Exception:  # a failing host hook must not break the drain
        pass


def queued_jobs(realm: "Realm") -> dict[int, Any]:
    """NON-SPEC (host): the jobs queued now that would run in ``realm`` (in the running thread's
    queue and in the realm's own), by identity, for ``discard_jobs(realm, keep=...)`` (the dict
    holds them, so no identity is reused while it lives)."""
    queue = get_agent().job_queue
    jobs = {id(entry): entry for entry in queue if entry[1] is realm} if queue else {}
    if realm.job_queue:
        jobs.update((id(entry), entry) for entry in realm.job_queue)
    return jobs


def discard_jobs(realm: "Realm | None" = None, keep: "dict[int, Any] | None" = None) -> None:
    """NON-SPEC (host): drop the running thread's queued jobs: all of them, or with ``realm``
    those that would run in that realm (and those of the realm's own queue), as after a run in
    it timed out; ``keep`` (from ``queued_jobs``) spares the jobs that were queued before that
    run began."""
    queue = get_agent().job_queue
    if realm is None:
        queue.clear()
        return
    spared = keep or ()
    own = realm.job_queue
    if own is not None:
        kept_own = [entry for entry in own if id(entry) in spared]
        own.clear()
        own.extend(kept_own)
    kept = [entry for entry in queue if entry[1] is not realm or id(entry) in spared]
    queue.clear()
    queue.extend(kept)


def set_job_error_handler(handler: JobErrorHandler | None) -> JobErrorHandler:
    """Install the hook called as ``handler(value, realm)`` when a job throws (``value`` is the
    thrown JS value, or a Python exception for an engine error). None restores the default,
    which records the error for ``take_job_errors()``. Returns the previous handler."""
    global _job_error_handler
    previous = _job_error_handler
    _job_error_handler = handler if handler is not None else _default_job_error_handler
    return previous


def take_job_errors() -> list[tuple[Any, "Realm | None"]]:
    """The (value, realm) pairs the default job error handler recorded since the last call."""
    out = list(_job_errors)
    _job_errors.clear()
    return out


# --- jobs that arrive from timers and other agents ------------------------------------------
#
# NON-SPEC default host: these two hooks may be called from any Python thread. A job is appended to
# its realm's queue (a thread-safe deque append) and ``job_arrived`` is notified, so that a host
# waiting in ``wait_for_jobs`` wakes up and drains. A host with an event loop installs its own
# hooks in ``realm.host_defined`` ("pyjsvm.enqueue_generic_job": hook(job),
# "pyjsvm.enqueue_timeout_job": hook(job, milliseconds)) to run them as its macrotasks instead.

job_arrived = threading.Condition()


def job_queue_for(realm: "Realm") -> "deque[tuple[Job, Realm | None, Any]]":
    """NON-SPEC: the queue that a job of ``realm`` enqueued on this thread goes to (the realm's own
    microtask queue, else the agent's). A job that another thread sends to this agent later goes
    there too: the sender is handed this queue (``host_enqueue_generic_job(..., queue)``)."""
    own = realm.job_queue
    return get_agent().job_queue if own is None else own


def host_enqueue_generic_job(job: Job, realm: "Realm", queue: "deque[tuple[Job, Realm | None, Any]] | None" = None) -> None:
    """HostEnqueueGenericJob ( job, realm ) (sec-hostenqueuegenericjob): thread-safe. ``queue``
    (from ``job_queue_for`` on the agent's own thread) is the agent the job is for; by default
    this thread's."""
    hook = realm.host_defined.get("pyjsvm.enqueue_generic_job")
    if hook is not None:
        hook(job)
        return
    target = job_queue_for(realm) if queue is None else queue
    with job_arrived:
        target.append((job, realm, None))
        job_arrived.notify_all()


def host_enqueue_timeout_job(job: Job, realm: "Realm", milliseconds: float) -> None:
    """HostEnqueueTimeoutJob ( timeoutJob, realm, milliseconds ) (sec-hostenqueuetimeoutjob):
    ``job`` is enqueued for this agent (as by HostEnqueueGenericJob) once ``milliseconds`` have
    passed. By default a daemon timer thread waits; ``pending_timeout_jobs(realm)`` counts the
    timers not yet fired."""
    hook = realm.host_defined.get("pyjsvm.enqueue_timeout_job")
    if hook is not None:
        hook(job, milliseconds)
        return
    target = job_queue_for(realm)
    with job_arrived:
        realm.host_defined["pyjsvm.pending_timeouts"] = realm.host_defined.get("pyjsvm.pending_timeouts", 0) + 1

    def fire() -> None:
        with job_arrived:
            realm.host_defined["pyjsvm.pending_timeouts"] -= 1
            target.append((job, realm, None))
            job_arrived.notify_all()
    _TIMERS.add(max(milliseconds, 0.0) / 1000.0, fire)


class _TimerThread:
    """NON-SPEC (host): one daemon thread that runs callbacks when their time comes, for every
    default-host timeout job. A threading.Timer each (a thread per Atomics.waitAsync with a
    timeout) let a script start 15,000 threads in 5 s, which outlived it for as long as its
    timeouts said (until the process could start no more: a RuntimeError out of the engine)."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.heap: list[tuple[float, int, Callable[[], None]]] = []
        self.seq = 0
        self.thread: threading.Thread | None = None

    def add(self, delay: float, callback: Callable[[], None]) -> None:
        with self.cond:
            self.seq += 1
            heapq.heappush(self.heap, (time.monotonic() + delay, self.seq, callback))
            if self.thread is None or not self.thread.is_alive():  # (none yet, or not in a forked child)
                self.thread = threading.Thread(target=self._loop, name="pyjsvm-timeout-jobs", daemon=True)
                self.thread.start()
            self.cond.notify()

    def _loop(self) -> None:
        while True:
            with self.cond:
                while not self.heap or self.heap[0][0] > time.monotonic():
                    self.cond.wait(None if not self.heap else self.heap[0][0] - time.monotonic())
                due = []
                now = time.monotonic()
                while self.heap and self.heap[0][0] <= now:
                    due.append(heapq.heappop(self.heap)[2])
            for callback in due:  # (outside the lock: each takes job_arrived)
                callback()


_TIMERS = _TimerThread()


def pending_timeout_jobs(realm: "Realm") -> int:
    """NON-SPEC (host): how many default-host timeout jobs of ``realm`` have not fired yet."""
    count: int = realm.host_defined.get("pyjsvm.pending_timeouts", 0)
    return count


def wait_for_jobs(ready: Callable[[], bool], timeout: float | None) -> bool:
    """NON-SPEC (host): block this thread until ``ready()`` (checked whenever a job arrives from
    another thread or timer) or ``timeout`` seconds pass; returns ``ready()``."""
    with job_arrived:
        return job_arrived.wait_for(ready, timeout)


# --- HostPromiseRejectionTracker -----------------------------------------------------------

def host_promise_rejection_tracker(promise: Any, operation: str) -> None:
    """HostPromiseRejectionTracker ( promise, operation ) (sec-host-promise-rejection-tracker).

    'reject': ``promise`` was rejected with no handler: remember it (with the running realm).
    'handle': a handler was added to a rejected promise: forget it if not reported yet, else
    record it for ``take_rejections_handled_later()``."""
    if operation == "reject":
        realm = get_agent().realm
        with _rejections_lock:
            _rejection_count[0] += 1
            n = _rejection_count[0]
            if realm is None:
                _realmless_rejections[id(promise)] = (n, promise)
            else:
                realm.pending_rejections[id(promise)] = (n, promise)
                _rejecting_realms.add(realm)
            try:
                _rejection_ids[promise] = n
                _rejected_in[promise] = None if realm is None else weakref.ref(realm)
            except TypeError:  # pragma: no cover - promises are weak-referenceable
                pass
    else:
        with _rejections_lock:
            pending = False
            if promise in _rejected_in:
                ref = _rejected_in.pop(promise)
                if ref is None:  # (rejected while no realm ran)
                    pending = _realmless_rejections.pop(id(promise), None) is not None
                elif (realm := ref()) is not None:
                    pending = realm.pending_rejections.pop(id(promise), None) is not None
        if not pending and promise in _reported:
            _reported.discard(promise)
            _handled_later.append(promise)


def take_unhandled_rejections(realm: "Realm | None" = None) -> list[tuple[Any, Any]]:
    """NON-SPEC (host): the (promise, reason) pairs of promises rejected without a handler and
    still unhandled, in rejection order; they are then forgotten (each is reported once). Call
    it after ``run_jobs()``, as Node does after the microtask queue is drained, so that a
    rejection handled later in the same drain is not reported. With ``realm``, only the
    rejections that happened while that realm was running are taken."""
    out: list[tuple[Any, Any]] = []
    taken: list[tuple[int, Any]] = []
    with _rejections_lock:
        for r in ([realm] if realm is not None else list(_rejecting_realms)):
            taken.extend(r.pending_rejections.values())
            r.pending_rejections.clear()
            _rejecting_realms.discard(r)
        if realm is None:
            taken.extend(_realmless_rejections.values())
            _realmless_rejections.clear()
        taken.sort(key=lambda entry: entry[0])  # (rejection order, across realms)
        for _n, promise in taken:
            _rejected_in.pop(promise, None)
    for _n, promise in taken:
        out.append((promise, promise.result))
        try:
            _reported.add(promise)
        except TypeError:  # pragma: no cover - promises are weak-referenceable
            pass
    return out


def take_rejections_handled_later() -> list[Any]:
    """NON-SPEC (host): promises reported by ``take_unhandled_rejections`` that were handled
    since (Node's 'rejectionHandled')."""
    out = list(_handled_later)
    _handled_later.clear()
    return out


def rejection_id(promise: Any) -> int:
    """NON-SPEC (host): Node's id of a promise rejected with no handler (1 for the first such
    rejection of the process, 0 if unknown)."""
    return _rejection_ids.get(promise, 0)


def has_unhandled_rejections() -> bool:
    """NON-SPEC: whether ``take_unhandled_rejections()`` would return something."""
    with _rejections_lock:
        return bool(_realmless_rejections) or any(r.pending_rejections for r in list(_rejecting_realms))


__all__ = [
    "enqueue_job", "run_jobs", "run_own_jobs", "has_pending_jobs", "discard_jobs", "queued_jobs", "set_job_error_handler", "take_job_errors",
    "host_promise_rejection_tracker", "take_unhandled_rejections", "take_rejections_handled_later", "rejection_id",
    "has_unhandled_rejections", "host_enqueue_generic_job", "host_enqueue_timeout_job", "job_queue_for", "pending_timeout_jobs",
    "wait_for_jobs", "job_arrived",
]
