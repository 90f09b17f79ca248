"""The event loop: timers, immediates, ``process.nextTick`` and the microtask checkpoint.

After every macrotask (the main script, a timer callback, an immediate) the loop drains the
nextTick queue and the promise job queue (``pyjsvm.runtime.jobs.run_jobs``) until both are empty,
then hands unhandled rejections to the host, as Node does. The loop runs until no timer or
immediate is left (``ref``'d ones: an ``unref()``'d timer does not keep it alive).
"""
from __future__ import annotations

import functools
import heapq
import itertools
import queue
import selectors
import socket
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.api.convert import describe_exception
from pyjsvm.host.jsutil import arg, invalid_arg_type, make_fn, method
from pyjsvm.runtime.agent import JSThrow, get_agent
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

    __slots__ = ("id", "when", "interval", "callback", "args", "ref", "cancelled", "js", "delay", "context")

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
        # the async context it was made in (see AsyncHooks), restored around its callback
        self.context: Any = get_agent().async_context


class AsyncHooks:
    """NON-SPEC (node's async_hooks): what ``node:async_hooks`` installs as ``loop.async_hooks``
    once loaded. ``frame(type, resource)`` makes the async context of a new Timeout, Immediate,
    TickObject or Microtask (its async id, its trigger id, the stores of the running context,
    and the ``init`` hooks called); ``run(context, fn, this, args, done)`` calls ``fn`` in it
    with the ``before``/``after`` hooks around (and ``destroy`` after, when ``done``);
    ``destroy(context)`` queues the destroy hooks (a cleared timer), which ``flush()``, called
    by the loop after each macrotask and its microtasks, calls. The loop itself only keeps the
    context (the agent's ``async_context``, also what promise jobs carry) and restores it around
    each callback: without this module every context is None."""

    def frame(self, type_: str, resource: Any) -> Any:
        raise NotImplementedError

    def run(self, context: Any, fn: Any, this: Any, args: list[Any], done: bool) -> Any:
        raise NotImplementedError

    def destroy(self, context: Any) -> None:
        raise NotImplementedError

    pending: list[Any]

    def flush(self) -> None:
        """Call the destroy hooks of the contexts ``destroy`` was given since the last flush."""
        raise NotImplementedError


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
        self.ticks: deque[tuple[Any, list[Any], Any]] = deque()
        # node:async_hooks, once loaded (see AsyncHooks)
        self.async_hooks: AsyncHooks | None = None
        self.by_id: dict[int, Timer] = {}
        self._ids = itertools.count(1)
        self._seq = itertools.count()
        self.start = time.monotonic()
        self.stopped = False
        # for perf_hooks' eventLoopUtilization: when the loop first ran (time.monotonic(), None
        # before) and the seconds it has spent blocked in the poll phase's wait since
        self.loop_start: float | None = None
        self.idle_time = 0.0
        # Host handles (child processes, stdin, file streams): worker threads ``post`` Python
        # callables that the loop runs on its own thread; ``handles`` counts the ref'd ones that
        # keep the loop alive.
        self.posted: "queue.SimpleQueue[tuple[Callable[[], None], Any]]" = queue.SimpleQueue()
        self.handles = 0
        # the longest wait for what is posted, or None (signals.SignalEvents sets it while it
        # has signal handlers installed)
        self.max_wait: float | None = None
        # Sockets (node:net): a selector made on the first ``watch``, polled in the poll phase;
        # while it exists ``post`` also writes a byte to ``_wake`` so that a wait in ``select``
        # wakes for what threads post.
        self.selector: selectors.BaseSelector | None = None
        self._wake: tuple[socket.socket, socket.socket] | None = None

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
            if not t.cancelled and self.async_hooks is not None and t.id in self.by_id:
                self.async_hooks.destroy(t.context)
            t.cancelled = True
            self.by_id.pop(t.id, None)

    def next_tick(self, callback: Any, args: list[Any]) -> None:
        hooks = self.async_hooks
        context = get_agent().async_context if hooks is None else hooks.frame("TickObject", None)
        self.ticks.append((callback, args, context))

    def post(self, fn: Callable[[], None], context: Any = None) -> None:
        """Thread-safe, and safe in a signal handler: run ``fn()`` on the loop as a macrotask (it
        may call into JS), in the async ``context`` (``capture()`` on the loop's thread, when the
        operation that posts began: node runs the callbacks of a handle in the async context of
        its creation)."""
        self.posted.put((fn, context))
        wake = self._wake
        if wake is not None:
            try:
                wake[1].send(b"\0")
            except OSError:  # full: the loop wakes anyway
                pass

    def watch(self, sock: socket.socket, events: int, callback: Callable[[int], None], context: Any = None) -> None:
        """Call ``callback(mask)`` on the loop, as a macrotask in the async ``context``, whenever
        ``sock`` (non-blocking) is ready for ``events`` (``selectors.EVENT_READ | EVENT_WRITE``),
        until ``unwatch``. A watched socket does not keep the loop alive by itself: its owner
        holds a ``ref_handle`` while it should."""
        if self.selector is None:
            self.selector = selectors.DefaultSelector()
            r, w = socket.socketpair()
            r.setblocking(False)
            w.setblocking(False)
            self._wake = (r, w)
            self.selector.register(r, selectors.EVENT_READ, None)
        try:
            self.selector.modify(sock, events, (callback, context))
        except KeyError:
            self.selector.register(sock, events, (callback, context))

    def unwatch(self, sock: socket.socket) -> None:
        if self.selector is not None:
            try:
                self.selector.unregister(sock)
            except (KeyError, ValueError):
                pass

    def watching(self) -> bool:
        """Whether a socket is watched (the selector holds more than its wake-up socket)."""
        return self.selector is not None and len(self.selector.get_map()) > 1

    def poll_ready(self, timeout: float = 0.0) -> bool:
        """Run the callbacks of the watched sockets that are ready (waiting at most ``timeout``
        seconds), for a host that drives the loop itself (the REPL); whether one ran."""
        return self._poll_io(timeout) if self.selector is not None else False

    def _poll_io(self, timeout: float | None) -> bool:
        """Run the callbacks of the watched sockets that are ready, waiting at most ``timeout``
        seconds (None: until one is, or something is posted); whether one ran."""
        selector = self.selector
        assert selector is not None and self._wake is not None
        try:
            ready = selector.select(timeout)
        except InterruptedError:  # pragma: no cover - a signal (PEP 475 retries)
            return False
        ran = False
        for key, mask in ready:
            if key.data is None:
                try:
                    while self._wake[0].recv(4096):
                        pass
                except OSError:
                    pass
                continue
            if self.stopped:
                break
            try:
                current = selector.get_key(key.fileobj)
            except (KeyError, ValueError):
                continue  # unwatched by an earlier callback of this round
            if current.data is not key.data:
                continue
            callback, context = key.data
            ran = True
            self.run_posted(functools.partial(callback, mask), context)
        return ran

    def capture(self) -> Any:
        """The async context running now (for ``post``)."""
        return get_agent().async_context

    def ref_handle(self) -> None:
        self.handles += 1

    def unref_handle(self) -> None:
        self.handles = max(0, self.handles - 1)

    def run_posted(self, fn: Callable[[], None], context: Any = None) -> None:
        """Run one posted callable as a macrotask, in the async ``context`` (None: the empty
        one), then the microtask checkpoint."""
        agent = get_agent()
        saved = agent.realm
        saved_context = agent.async_context
        agent.realm = self.realm
        agent.async_context = context
        try:
            fn()
        except JSThrow as e:
            self.on_error(e.value)
        finally:
            agent.realm = saved
            agent.async_context = saved_context
        if not self.stopped:
            self.checkpoint()
            hooks = self.async_hooks
            if hooks is not None and hooks.pending and not self.stopped:
                self.run_posted(hooks.flush)

    def _drain_posted(self) -> bool:
        """The poll phase's posted callables: those there when it starts (one posted meanwhile,
        an fs callback's next operation, waits for the next iteration, as a new operation's
        completion does in node, so timers and immediates are not starved)."""
        ran = False
        for _ in range(self.posted.qsize()):
            if self.stopped:
                break
            try:
                fn, context = self.posted.get_nowait()
            except queue.Empty:
                break
            ran = True
            self.run_posted(fn, context)
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
    def call(self, fn: Any, this: Any, args: list[Any], context: Any = None, done: bool = False) -> None:
        """Run a callback as a macrotask in the async ``context`` (with the async hooks around
        it; ``done``: its context ends after it), then the microtask checkpoint."""
        hooks = self.async_hooks
        if hooks is None:
            self.run_posted(lambda: fn.call(this, args), context)
        else:
            self.run_posted(lambda: hooks.run(context, fn, this, args, done), context)

    def run_timer(self, t: Timer) -> None:
        """Run the callback of a due timer or immediate (a non-interval one is done after)."""
        self.call(t.callback, t.js, t.args, t.context, not t.interval)

    def checkpoint(self) -> None:
        """Drain nextTicks and promise jobs (repeatedly), then report rejections."""
        while True:
            while self.ticks:
                if self.stopped:
                    return
                fn, args, context = self.ticks.popleft()
                agent = get_agent()
                saved = agent.realm
                saved_context = agent.async_context
                agent.realm = self.realm
                agent.async_context = context
                try:
                    hooks = self.async_hooks
                    if hooks is None:
                        fn.call(None, args)
                    else:
                        hooks.run(context, fn, None, args, True)
                except JSThrow as e:
                    self.on_error(e.value)
                finally:
                    agent.realm = saved
                    agent.async_context = saved_context
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
        """Run until no work is left (or ``stopped``), in node's (libuv's) order of phases:
        timers, poll (what host handles posted, the sockets that are ready; blocking for them
        when nothing else is to be done), check (immediates). So an immediate queued by an I/O
        callback runs before any timer, as node documents for setImmediate."""
        if self.loop_start is None:
            self.loop_start = time.monotonic()
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
                self.run_timer(t)
            if self.stopped:
                return
            # poll phase: what host handles posted, and the sockets that are ready
            if self._drain_posted():
                ran = True
            if self.selector is not None and not self.stopped and self._poll_io(0):
                ran = True
            if self.stopped:
                return
            if not ran and not self.immediates:
                if not self.alive():
                    return
                blocked = time.monotonic()
                self._wait_for_work()
                self.idle_time += time.monotonic() - blocked
                if self.stopped:
                    return
            # check phase (immediates queued during this phase wait for the next iteration)
            batch = list(self.immediates)
            self.immediates.clear()
            for t in batch:
                if self.stopped:
                    return
                if t.cancelled:
                    continue
                self.by_id.pop(t.id, None)
                self.run_timer(t)
            if self.stopped or not self.alive():
                return

    def _wait_for_work(self) -> None:
        """The poll phase's wait, when nothing else is to be done: block until a handle (or a
        signal handler) posts, a socket is ready or the next timer is due (no busy-waiting), at
        most ``max_wait``, and run what came."""
        live = [w for w, _, t in self.timers if not t.cancelled]
        delay = (min(live) - self.now_ms()) / 1000.0 if live else None
        if not (self.handles > 0 or not self.posted.empty() or (delay is not None and delay > 0)):
            return
        wait = max(delay, 0.0) if delay is not None else None
        if self.max_wait is not None:
            wait = self.max_wait if wait is None else min(wait, self.max_wait)
        if self.selector is not None:
            if self.posted.empty():
                self._poll_io(wait)
            return
        try:
            fn, context = self.posted.get(timeout=wait)
        except queue.Empty:
            return
        self.run_posted(fn, context)

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

        def wrap(t: Timer, proto: JSObject, kind: str) -> JSObject:
            o = _TimerObject(proto, t)
            t.js = o
            if loop.async_hooks is not None:
                t.context = loop.async_hooks.frame(kind, o)
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
                nt2.context = t.context
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
                return wrap(t, timeout_proto, "Timeout")
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
            return wrap(loop.add_immediate(cb, list(args[1:])), immediate_proto, "Immediate")

        def queue_microtask(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            cb = arg(args, 0)
            check_cb(r, cb)

            hooks = loop.async_hooks
            if hooks is None:
                def job() -> Any:
                    return cb.call(None, [])
                enqueue_job(job, r)
            else:
                context = hooks.frame("Microtask", None)

                def hooked_job() -> Any:
                    return hooks.run(context, cb, None, [], True)
                enqueue_job(hooked_job, r, context)
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
