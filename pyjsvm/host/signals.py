"""Signal events of ``process``: ``process.on('SIGINT', listener)`` (and SIGTERM, SIGHUP ...), as
node has them.

As in node, a signal is caught only while ``process`` has a listener for it: the first listener
installs a handler (process's 'newListener' event), removing the last one puts back the handler
that was there (its 'removeListener' event). Without listeners a signal does what it did before:
SIGINT ends the command as killed by SIGINT (``cli.main``), SIGTERM and SIGHUP kill the process.

The Python signal handler runs no JS: it only posts the signal to the host's event loop
(``EventLoop.post``, whose queue's ``put`` is safe in a signal handler), and the loop emits the
event as a macrotask, listeners called with the signal's name and number, their throws uncaught
exceptions. A signal arriving while JS runs is delivered when the loop next polls, as in node (a
synchronous endless loop is not interrupted); signal handles do not keep the loop alive. Handlers
can be installed on the main thread only (elsewhere a listener is never called).
"""
from __future__ import annotations

import signal
import threading
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import arg, make_fn
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import call

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["SignalEvents", "LISTENABLE"]

# the signals process can listen to (node: all but SIGKILL and SIGSTOP, which cannot be caught)
LISTENABLE: dict[str, int] = {
    name: int(getattr(signal, name)) for name in (
        "SIGHUP", "SIGINT", "SIGQUIT", "SIGTERM", "SIGUSR1", "SIGUSR2", "SIGWINCH", "SIGCONT", "SIGALRM",
        "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGBREAK") if hasattr(signal, name)}

# While a handler is installed, the loop waits at most this long (seconds) between polls: a signal
# the OS hands to another thread does not wake the main thread's wait, only its next poll.
MAX_WAIT = 0.2


class SignalEvents:
    """The signal handlers of one host's ``process``."""

    def __init__(self, host: "NodeHost") -> None:
        self.host = host
        self.previous: dict[int, Any] = {}  # signal number -> the handler ours replaced

    def attach(self, process: JSObject) -> None:
        """Follow ``process``'s signal listeners (its 'newListener' and 'removeListener' events)."""
        realm = self.host.realm

        def added(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            event = arg(args, 0)
            if type(event) is str and event in LISTENABLE:
                self._install(LISTENABLE[event])
            return None

        def removed(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            event = arg(args, 0)
            if type(event) is str and event in LISTENABLE and LISTENABLE[event] in self.previous:
                n = call(process.get("listenerCount", process), process, [event])
                if n == 0:
                    self._restore(LISTENABLE[event])
            return None
        on = process.get("on", process)
        call(on, process, ["newListener", make_fn(realm, "startListeningIfSignal", 1, added)])
        call(on, process, ["removeListener", make_fn(realm, "stopListeningIfSignal", 1, removed)])

    def _install(self, signum: int) -> None:
        if signum in self.previous or threading.current_thread() is not threading.main_thread():
            return
        try:
            self.previous[signum] = signal.signal(signum, self._handler)
        except (ValueError, OSError):
            return
        self.host.loop.max_wait = MAX_WAIT

    def _restore(self, signum: int) -> None:
        previous = self.previous.pop(signum)
        try:
            signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        except (ValueError, OSError):
            pass
        if not self.previous:
            self.host.loop.max_wait = None

    def close(self) -> None:
        """Put back every handler ours replaced (the run is over)."""
        for signum in list(self.previous):
            self._restore(signum)

    def _handler(self, signum: int, frame: Any) -> None:
        """The Python signal handler: posts the signal to the loop, runs nothing else."""
        self.host.loop.post(lambda: self._dispatch(signum))

    def _dispatch(self, signum: int) -> None:
        """On the loop: emit the signal's event (a no-op when its listeners went meanwhile)."""
        name = signal.Signals(signum).name
        self.host.emit(name, [name, float(signum)])
