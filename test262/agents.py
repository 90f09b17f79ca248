"""``$262.agent`` for pyjsvm: concurrent agents as Python threads (INTERPRETING.md, "agent").

``$262.agent.start(source)`` starts an agent: a daemon thread with a realm of its own (a context
with its own microtask queue) that runs ``source`` with an agent-side ``$262.agent``
(``receiveBroadcast``, ``report``, ``leaving``, ``sleep``, ``monotonicNow``). ``broadcast(sab, id)``
hands every agent a SharedArrayBuffer object of its own realm over the same Data Block (the same
``bytearray``), so ``Atomics.wait`` in one thread and ``Atomics.notify`` in another meet in the
engine's waiter lists. The agent then calls its broadcast callback, drains its jobs and keeps
running the jobs other threads and timers send it (``Atomics.waitAsync`` settlements) until it
has called ``leaving()`` with nothing pending, or the test is over.

The host reaches engine internals (the SharedArrayBuffer's Data Block, the agent realm's job
queue) through ``pyjsvm.api`` / ``pyjsvm.runtime`` directly: this is the test host, not an API.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import deque
from typing import Any

# Agent-side $262 (run in the agent's realm): returns a function taking the host callables.
AGENT_SETUP = r"""
(function (host) {
  var $262 = {
    agent: {
      receiveBroadcast: function receiveBroadcast(callback) { host.receiveBroadcast(callback); },
      report: function report(value) { host.report(String(value)); },
      leaving: function leaving() { host.leaving(); },
      sleep: function sleep(ms) { host.sleep(Number(ms)); },
      monotonicNow: function monotonicNow() { return host.monotonicNow(); },
    },
    global: globalThis,
  };
  var print = function print(msg) { host.print(String(msg)); };
  Object.defineProperty(globalThis, '$262', {value: $262, writable: true, enumerable: false, configurable: true});
  Object.defineProperty(globalThis, 'print', {value: print, writable: true, enumerable: false, configurable: true});
})
"""

# How long a broadcast waits for the agents to take it, and the test end for agents to finish.
BROADCAST_WAIT = 10.0
JOIN_WAIT = 1.0

_CLOCK_ORIGIN = time.monotonic()


def monotonic_now(*_args: Any) -> float:
    """``monotonicNow``: milliseconds on a monotonic clock (a DOMHighResTimeStamp)."""
    return (time.monotonic() - _CLOCK_ORIGIN) * 1000.0


def sleep(*args: Any) -> None:
    ms = args[0] if args and isinstance(args[0], (int, float)) else 0
    if ms == ms and ms > 0:
        time.sleep(min(float(ms), 60_000.0) / 1000.0)


class AgentHost:
    """The test realm's side of ``$262.agent``: the agents it started and their reports."""

    def __init__(self, vm: Any) -> None:
        self.vm = vm
        self.agents: list[AgentThread] = []
        self.reports: deque[str] = deque()
        self.closing = threading.Event()

    # --- the host callables of the main $262.agent ---------------------------------------------
    def start(self, *args: Any) -> None:
        source = args[0] if args and isinstance(args[0], str) else str(args[0] if args else "")
        agent = AgentThread(self, source)
        self.agents.append(agent)
        agent.start()
        agent.running.wait(BROADCAST_WAIT)  # "Will block until that agent is running"

    def broadcast(self, *args: Any) -> None:
        """``broadcast(sab, id)``: every agent gets the message; blocks until all took it."""
        message = args[0].js_object if args else None
        sab = message.get("sab", message) if message is not None else None
        num = message.get("id", message) if message is not None else None
        waiting = [a for a in self.agents if not a.received.is_set()]
        for a in waiting:
            a.deliver(sab, num)
        deadline = time.monotonic() + BROADCAST_WAIT
        for a in waiting:
            while not a.received.wait(0.01):
                if not a.is_alive() or time.monotonic() > deadline:
                    break

    def get_report(self, *args: Any) -> str | None:
        try:
            return self.reports.popleft()
        except IndexError:
            return None

    # --- the test is over ------------------------------------------------------------------------
    def close(self) -> None:
        """Tell the agents to stop and give them a moment (they are daemon threads: one still
        blocked, e.g. in an ``Atomics.wait`` nobody notifies, is left behind)."""
        self.closing.set()
        deadline = time.monotonic() + JOIN_WAIT
        for a in self.agents:
            a.join(max(0.0, deadline - time.monotonic()))
        self.agents.clear()


class AgentThread(threading.Thread):
    """One agent: its own realm, running its script, then its broadcast callback and jobs."""

    def __init__(self, host: AgentHost, source: str) -> None:
        super().__init__(name="test262-agent", daemon=True)
        self.host_ref = weakref.ref(host)
        self.vm = host.vm
        self.closing = host.closing
        self.reports = host.reports
        self.source = source
        self.running = threading.Event()     # the agent's script has started
        self.received = threading.Event()    # the broadcast was taken
        self.mailbox = threading.Event()     # a broadcast is waiting
        self.message: tuple[Any, Any] = (None, None)
        self.callback: Any = None
        self.left = False
        self.error: BaseException | None = None
        self.printed: list[str] = []

    def deliver(self, sab: Any, num: Any) -> None:
        self.message = (sab, num)
        self.mailbox.set()

    # host callables of the agent's $262.agent
    def _receive_broadcast(self, *args: Any) -> None:
        self.callback = args[0] if args else None

    def _report(self, *args: Any) -> None:
        self.reports.append(str(args[0]) if args else "undefined")

    def _leaving(self, *args: Any) -> None:
        self.left = True

    def _print(self, *args: Any) -> None:
        self.printed.append(str(args[0]) if args else "undefined")

    def run(self) -> None:
        try:
            self._run()
        except BaseException as exc:  # an agent's failure shows in the test's reports, not here
            self.error = exc
        finally:
            self.running.set()
            self.received.set()

    def _run(self) -> None:
        from pyjsvm.api.convert import run_js
        from pyjsvm.api.vm import _require_context
        from pyjsvm.runtime.jobs import run_jobs, pending_timeout_jobs, wait_for_jobs
        from pyjsvm.runtime.operations import call

        vm = self.vm
        ctx = vm.create_context(vm.constants.DONT_CONTEXTIFY, microtask_mode="afterEvaluate")
        realm = _require_context(ctx).realm
        install = vm.run_in_context(AGENT_SETUP, ctx, filename="test262-agent-host.js")
        install({
            "receiveBroadcast": self._receive_broadcast, "report": self._report, "leaving": self._leaving,
            "sleep": sleep, "monotonicNow": monotonic_now, "print": self._print,
        })
        self.running.set()
        try:
            vm.run_in_context(self.source, ctx, filename="agent.js")
        finally:
            if self.callback is None:
                self.received.set()  # nothing will take the broadcast
        if self.callback is not None:
            while not self.mailbox.wait(0.05):
                if self.closing.is_set():
                    return
            sab, num = self.message
            self.received.set()
            try:
                run_js(realm, call, self.callback.js_object, None, [share_buffer(sab, realm), num])
            finally:
                run_jobs(realm.job_queue)
        queue = realm.job_queue
        assert queue is not None
        # The agent's event loop: jobs that other threads and timers send (waitAsync settlements).
        while not self.closing.is_set():
            if not queue and (self.left or self.callback is None) and not pending_timeout_jobs(realm):
                return
            wait_for_jobs(lambda: bool(queue) or self.closing.is_set(), 0.05)
            run_jobs(queue)


def share_buffer(value: Any, realm: Any) -> Any:
    """A SharedArrayBuffer of ``realm`` over the Data Block of ``value`` (another agent's
    SharedArrayBuffer); any other value is passed as it is."""
    from pyjsvm.runtime.buffers import JSArrayBuffer

    if type(value) is not JSArrayBuffer or not value.shared or value.data is None:
        return value
    proto = realm.intrinsics["%SharedArrayBuffer.prototype%"]
    copy = JSArrayBuffer(proto, value.data, value.max_byte_length, shared=True)
    # The typed arrays over either object keep memoryviews over the block: a grow() through either
    # must release and renew all of them.
    if value.fast_views is None:
        value.fast_views = weakref.WeakSet()
    copy.fast_views = value.fast_views
    return copy


MAIN_AGENT_SETUP = r"""
(function ($262, host) {
  $262.agent = {
    start: function start(source) { host.start(String(source)); },
    broadcast: function broadcast(sab, id) { host.broadcast({sab: sab, id: id}); },
    getReport: function getReport() { return host.getReport(); },
    sleep: function sleep(ms) { host.sleep(Number(ms)); },
    monotonicNow: function monotonicNow() { return host.monotonicNow(); },
  };
})
"""


def agents_supported() -> bool:
    """Whether pyjsvm keeps its running state per Python thread, as concurrent agents need."""
    import pyjsvm.runtime.agent as agent_module
    return hasattr(agent_module, "get_agent")


def install_main_agent(vm: Any, ctx: Any, dollar262: Any, host: AgentHost, setup: Any) -> None:
    """Give a test realm's ``$262`` its ``agent`` (``setup``: MAIN_AGENT_SETUP compiled)."""
    setup.run_in_context(ctx)(dollar262, {
        "start": host.start, "broadcast": host.broadcast, "getReport": host.get_report,
        "sleep": sleep, "monotonicNow": monotonic_now,
    })


__all__ = ["agents_supported", "AgentHost", "AgentThread", "install_main_agent", "share_buffer", "MAIN_AGENT_SETUP", "AGENT_SETUP"]
