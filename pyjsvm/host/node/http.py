"""``node:http``: HTTP/1.1 servers and clients (Node's documentation of ``node:http``).

NON-SPEC (node). Written in JS (``http_js.py``) over ``node:net`` and ``node:stream``: an
incremental HTTP/1.1 parser (request and status lines, headers with Node's rules for duplicates,
bodies by Content-Length, chunked transfer coding with trailers, or until the connection ends);
``Server`` (a ``net.Server``: 'request' with an ``IncomingMessage``, a readable stream of the
body, and a ``ServerResponse``; keep-alive connections answered one request after another,
idle ones closed by ``close()``; a bad request answered 400 or given to 'clientError');
``ServerResponse``/``ClientRequest`` (``OutgoingMessage``: setHeader/getHeader/..., writeHead,
write and end, Content-Length when the whole body is known at the first write, else chunked;
Date, Connection and Keep-Alive as Node sends them); ``request``/``get`` (each request on a new
connection that is closed when the response has been read: the ``Agent`` pools nothing);
``STATUS_CODES``, ``METHODS``, ``validateHeaderName``/``validateHeaderValue``; the connection
is the agent's ``createConnection`` (``https.Agent``'s is TLS). Not done: 'upgrade', 'connect'
and 'checkContinue' handling, connection pooling.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import load_js
from pyjsvm.host.node.http_js import HTTP_SOURCE

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_http_module"]


def make_http_module(host: "NodeHost") -> Any:
    """``require('http')``."""
    return load_js(host.realm, "node:http", HTTP_SOURCE, host.js_helpers({}))
