"""The messaging globals of the ``pyjsvm`` command: ``MessageChannel``, ``MessagePort``,
``MessageEvent`` and ``BroadcastChannel`` (the HTML standard's channel messaging, as node 20
has them on its main thread), written in JS (``messaging_js.py``).

NON-SPEC (node). A message is a ``structuredClone`` of the value (with its transfer list),
delivered as a macrotask posted to the event loop (``loop.post``): pyjsvm's loop runs what is
posted after the immediates of an iteration, node's poll phase before them, so a message and a
``setImmediate`` queued together may come in the other order. Ports cannot be transferred (no
workers to send them to); BroadcastChannel reaches the channels of this process only."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, load_js
from pyjsvm.host.node.messaging_js import MESSAGING_SOURCE

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_messaging_globals"]


def make_messaging_globals(host: "NodeHost", events: Any) -> Any:
    """The object of the messaging globals; ``events`` is the web events' module (``Event``,
    ``EventTarget``, ``DOMException``)."""
    loop = host.loop

    def post(a: list[Any]) -> Any:
        fn = a[0]

        def run() -> None:
            # (fn answers true while it has more to deliver: the microtasks run between two)
            while fn.call(None, []) is True and not loop.stopped:
                loop.checkpoint()
        loop.post(run, loop.capture())
        return None

    def ref(a: list[Any]) -> Any:
        loop.ref_handle()
        return None

    def unref(a: list[Any]) -> Any:
        loop.unref_handle()
        return None
    b = binding(host.realm, {"post": post, "ref": ref, "unref": unref})
    return load_js(host.realm, "node:internal/worker/io", MESSAGING_SOURCE, host.js_helpers({"__loop": b, "__events": events}))
