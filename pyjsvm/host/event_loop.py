"""The event loop: timers, immediates, ``process.nextTick`` and the microtask checkpoint.

After every macrotask (the main script, a timer callback, an immediate) the loop drains the
nextTick queue and the promise job queue (``pyjsvm.runtime.jobs.run_jobs``) until both are empty,
then hands unhandled rejections to the host, as Node does. The loop runs until no timer or
immediate is left (``ref``'d ones: an ``unref()``'d timer does not keep it alive).
"""
from __future__ import annotations

import heapq
import itertools
import queue
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.api.convert import describe_exception
from pyjsvm.host.jsutil import arg, invalid_arg_type, make_fn, method
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import C, E, W, JSObject
from pyjsvm.runtime.values import WELL_KNOWN_SYMBOLS
from pyjsvm.runtime.jobs import run_jobs, take_job_errors
from pyjsvm.runtime.jobs import enqueue_job, has_pending_jobs
from pyjsvm.runtime.operations import to_number

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["EventLoop", "Timer"]


class Timer:
    """A pending timeout, interval or immediate."""

    __slots__ = ("id", "when", "interval", "callback", "args", "ref", "cancelled", "js", "delay")

    def __init__(self, tid: int, when: float, delay: float, interval: bool, callback: Any, args: list[Any]) -> None:
        self.id = tid
        self.when = when
        self.delay = delay
        self.interval = interval
        self.callback = callback
        self.args = args
        self.ref = True
        self.cancelled = False
        self.js: JSObject | None = None


class _JobCallback:
    """A timer callback (called as ``callback.call(this, args)``) that queues a host job."""

    __slots__ = ("job", "realm")

    def __init__(self, job: Callable[[], Any], realm: "Realm") -> None:
        self.job = job
        self.realm = realm

    def call(self, this: Any, args: list[Any]) -> None:
        enqueue_job(self.job, self.realm)


class EventLoop:
    """One event loop per host. ``on_error(value)`` handles an exception thrown by a callback
    (Node's uncaught exception path); ``on_checkpoint()`` runs after each microtask drain."""

    def __init__(self, realm: "Realm", on_error: Callable[[Any], None], on_checkpoint: Callable[[], None]) -> None:
        self.realm = realm
        self.on_error = on_error
        self.on_checkpoint = on_checkpoint
        self.timers: list[tuple[float, int, Timer]] = []
        self.immediates: deque[Timer] = deque()
        self.ticks: deque[tuple[Any, list[Any]]] = deque()
        self.by_id: dict[int, Timer] = {}
        self._ids = itertools.count(1)
        self._seq = itertools.count()
        self.start = time.monotonic()
        self.stopped = False
        # Host handles (child processes, stdin, file streams): worker threads ``post`` Python
        # callables that the loop runs on its own thread; ``handles`` counts the ref'd ones that
        # keep the loop alive.
        self.posted: "queue.SimpleQueue[Callable[[], None]]" = queue.SimpleQueue()
        self.handles = 0
        # the longest wait for what is posted, or None (signals.SignalEvents sets it while it
        # has signal handlers installed)
        self.max_wait: float | None = None

    # --- queues -----------------------------------------------------------------------------
    def now_ms(self) -> float:
        return (time.monotonic() - self.start) * 1000.0

    def add_timer(self, callback: Any, delay: float, args: list[Any], interval: bool) -> Timer:
        if not (delay >= 1 and delay <= 2147483647):
            delay = 1.0
        t = Timer(next(self._ids), self.now_ms() + delay, delay, interval, callback, args)
        self.by_id[t.id] = t
        heapq.heappush(self.timers, (t.when, next(self._seq), t))
        return t

    def add_immediate(self, callback: Any, args: list[Any]) -> Timer:
        t = Timer(next(self._ids), 0, 0, False, callback, args)
        self.by_id[t.id] = t
        self.immediates.append(t)
        return t

    def cancel(self, t: Timer | None) -> None:
        if t is not None:
            t.cancelled = True
            self.by_id.pop(t.id, None)

    def next_tick(self, callback: Any, args: list[Any]) -> None:
        self.ticks.append((callback, args))

    def post(self, fn: Callable[[], None]) -> None:
        """Thread-safe, and safe in a signal handler: run ``fn()`` on the loop as a macrotask (it
        may call into JS)."""
        self.posted.put(fn)

    def ref_handle(self) -> None:
        self.handles += 1

    def unref_handle(self) -> None:
        self.handles = max(0, self.handles - 1)

    def run_posted(self, fn: Callable[[], None]) -> None:
        """Run one posted callable as a macrotask, then the microtask checkpoint."""
        saved = AGENT.realm
        AGENT.realm = self.realm
        try:
            fn()
        except JSThrow as e:
            self.on_error(e.value)
        finally:
            AGENT.realm = saved
        if not self.stopped:
            self.checkpoint()

    def _drain_posted(self) -> bool:
        ran = False
        while not self.stopped:
            try:
                fn = self.posted.get_nowait()
            except queue.Empty:
                break
            ran = True
            self.run_posted(fn)
        return ran

    def install_job_hooks(self, realm: "Realm") -> None:
        """Make the loop the host of ``realm``'s timeout and generic jobs (HostEnqueueTimeoutJob,
        HostEnqueueGenericJob; ``pyjsvm.runtime.jobs``): a timeout job runs as an unref'd timer
        (as in Node, a pending ``Atomics.waitAsync`` timeout does not keep the process alive), a
        generic job from another thread is posted."""
        def enqueue_generic(job: Callable[[], Any]) -> None:
            self.post(lambda: enqueue_job(job, realm))

        def enqueue_timeout(job: Callable[[], Any], milliseconds: float) -> None:
            self.add_timer(_JobCallback(job, realm), milliseconds, [], False).ref = False
        realm.host_defined["pyjsvm.enqueue_generic_job"] = enqueue_generic
        realm.host_defined["pyjsvm.enqueue_timeout_job"] = enqueue_timeout

    # --- running ----------------------------------------------------------------------------
    def call(self, fn: Any, this: Any, args: list[Any]) -> None:
        """Run a callback as a macrotask, then the microtask checkpoint."""
        self.run_posted(lambda: fn.call(this, args))

    def checkpoint(self) -> None:
        """Drain nextTicks and promise jobs (repeatedly), then report rejections."""
        while True:
            while self.ticks:
                if self.stopped:
                    return
                fn, args = self.ticks.popleft()
                saved = AGENT.realm
                AGENT.realm = self.realm
                try:
                    fn.call(None, args)
                except JSThrow as e:
                    self.on_error(e.value)
                finally:
                    AGENT.realm = saved
            run_jobs()
            for value, realm in take_job_errors():
                if isinstance(value, BaseException):
                    # NON-SPEC: a Python exception that escaped a job is an engine or host bug:
                    # an uncaught Error naming its type (not its text, as for host callables),
                    # rather than a job that silently stopped halfway
                    value = (realm or self.realm).new_error(
                        "Error", "Internal error in a promise job: " + describe_exception(value, False))
                self.on_error(value)
            if self.stopped:
                return
            if not self.ticks:
                self.on_checkpoint()
                if not self.ticks:
                    if not has_pending_jobs():
                        return

    def alive(self) -> bool:
        if self.handles > 0 or not self.posted.empty():
            return True
        if any(not t.cancelled for t in self.immediates):
            return True
        return any(not t.cancelled and t.ref for _, _, t in self.timers)

    def run(self) -> None:
        """Run until no work is left (or ``stopped``)."""
        while not self.stopped:
            # timers phase
            now = self.now_ms()
            ran = False
            while self.timers and self.timers[0][0] <= now and not self.stopped:
                _, _, t = heapq.heappop(self.timers)
                if t.cancelled:
                    continue
                ran = True
                if t.interval:
                    t.when = max(now, t.when) + t.delay
                    heapq.heappush(self.timers, (t.when, next(self._seq), t))
                else:
                    self.by_id.pop(t.id, None)
                self.call(t.callback, t.js, t.args)
            # check phase (immediates queued during this phase wait for the next iteration)
            batch = list(self.immediates)
            self.immediates.clear()
            for t in batch:
                if self.stopped:
                    return
                if t.cancelled:
                    continue
                ran = True
                self.by_id.pop(t.id, None)
                self.call(t.callback, t.js, t.args)
            if self.stopped:
                return
            # poll phase: what host handles posted
            if self._drain_posted():
                ran = True
            if self.stopped:
                return
            if not self.alive():
                return
            if not ran and not self.immediates:
                live = [w for w, _, t in self.timers if not t.cancelled]
                delay = (min(live) - self.now_ms()) / 1000.0 if live else None
                if self.handles > 0 or not self.posted.empty() or (delay is not None and delay > 0):
                    # Block until a handle (or a signal handler) posts or the next timer is due
                    # (no busy-waiting), at most ``max_wait``.
                    wait = max(delay, 0.0) if delay is not None else None
                    if self.max_wait is not None:
                        wait = self.max_wait if wait is None else min(wait, self.max_wait)
                    try:
                        fn = self.posted.get(timeout=wait)
                    except queue.Empty:
                        continue
                    self.run_posted(fn)

    # --- the JS globals ---------------------------------------------------------------------
    def install(self, realm: "Realm", target: JSObject) -> None:
        """Define setTimeout & co. on ``target`` (the global object)."""
        loop = self
        timeout_proto = JSObject(realm.object_prototype)
        immediate_proto = JSObject(realm.object_prototype)

        def timer_ctor_name(proto: JSObject, name: str) -> None:
            ctor = make_fn(realm, name, 0, lambda r, this, args, nt: None)
            ctor.define_builtin("prototype", proto, 0)
            proto.define_builtin("constructor", ctor, W | C)
        timer_ctor_name(timeout_proto, "Timeout")
        timer_ctor_name(immediate_proto, "Immediate")

        def wrap(t: Timer, proto: JSObject) -> JSObject:
            o = _TimerObject(proto, t)
            t.js = o
            return o

        def this_timer(this: Any) -> Timer | None:
            return this.timer if isinstance(this, _TimerObject) else None

        @method(timeout_proto, realm, "ref", 0)
        def ref(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            t = this_timer(this)
            if t is not None:
                t.ref = True
            return this

        @method(timeout_proto, realm, "unref", 0)
        def unref(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            t = this_timer(this)
            if t is not None:
                t.ref = False
            return this

        @method(timeout_proto, realm, "hasRef", 0)
        def has_ref(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            t = this_timer(this)
            return bool(t and t.ref)

        @method(timeout_proto, realm, "refresh", 0)
        def refresh(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            t = this_timer(this)
            if t is not None and not t.cancelled:
                t.cancelled = True
                nt2 = Timer(t.id, loop.now_ms() + t.delay, t.delay, t.interval, t.callback, t.args)
                nt2.ref = t.ref
                nt2.js = this
                this.timer = nt2
                loop.by_id[t.id] = nt2
                heapq.heappush(loop.timers, (nt2.when, next(loop._seq), nt2))
            return this

        def to_prim(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            t = this_timer(this)
            return float(t.id) if t is not None else 0.0
        timeout_proto.define_builtin(WELL_KNOWN_SYMBOLS["toPrimitive"], make_fn(realm, "[Symbol.toPrimitive]", 1, to_prim))
        for name in ("ref", "unref", "hasRef"):
            immediate_proto.define_builtin(name, timeout_proto.get(name, timeout_proto))

        def check_cb(r: "Realm", cb: Any) -> None:
            if not (isinstance(cb, JSObject) and cb.is_callable):
                invalid_arg_type(r, "callback", "of type function", cb)

        def delay_of(v: Any) -> float:
            if v is None:
                return 1.0
            d = to_number(v)
            return d if d == d else 1.0

        def set_timeout(interval: bool) -> Callable[..., Any]:
            def impl(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
                cb = arg(args, 0)
                check_cb(r, cb)
                t = loop.add_timer(cb, delay_of(arg(args, 1)), list(args[2:]), interval)
                return wrap(t, timeout_proto)
            return impl

        def clear(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            v = arg(args, 0)
            if isinstance(v, _TimerObject):
                loop.cancel(v.timer)
            elif type(v) is float or type(v) is str:
                try:
                    loop.cancel(loop.by_id.get(int(float(v))))
                except ValueError:
                    pass
            return None

        def set_immediate(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            cb = arg(args, 0)
            check_cb(r, cb)
            return wrap(loop.add_immediate(cb, list(args[1:])), immediate_proto)

        def queue_microtask(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            cb = arg(args, 0)
            check_cb(r, cb)

            def job() -> Any:
                return cb.call(None, [])
            enqueue_job(job, r)
            return None

        # (enumerable, and in node's order: what Object.keys(globalThis) shows)
        for name, length, impl in (("clearImmediate", 1, clear), ("setImmediate", 1, set_immediate),
                                   ("clearInterval", 1, clear), ("clearTimeout", 1, clear),
                                   ("setInterval", 2, set_timeout(True)), ("setTimeout", 2, set_timeout(False)),
                                   ("queueMicrotask", 1, queue_microtask)):
            target.define_builtin(name, make_fn(realm, name, length, impl), W | E | C)


class _TimerObject(JSObject):
    """A Timeout or Immediate object."""

    __slots__ = ("timer",)

    def __init__(self, proto: JSObject, timer: Timer) -> None:
        JSObject.__init__(self, proto)
        self.timer = timer
