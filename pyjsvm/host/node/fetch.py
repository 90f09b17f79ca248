"""The Fetch globals of the ``pyjsvm`` command: ``fetch``, ``Headers``, ``Request``, ``Response``
and ``FormData`` (the WHATWG Fetch standard, https://fetch.spec.whatwg.org, as node 20's undici
has it), written in JS (``fetch_js.py``).

NON-SPEC (node). ``fetch`` of an ``http:``/``https:`` URL runs on a worker thread over Python's
``http.client`` (one connection per request, redirects followed there as the request's
``redirect`` mode says, ``gzip``/``deflate`` bodies decoded) and hands the response head, each
chunk of the body and its end back to the event loop (``loop.post``), where they become the
``Response`` and the chunks of its ``body`` stream; ``data:`` URLs are answered without a
thread. Left out: CORS, caches, cookies, proxies, Brotli bodies, request bodies streamed while
they are sent (a stream body is read whole first), HTTP/2. Only the command's main realm has
these globals: a ``vm`` context gets only ECMAScript's built-ins, as in node."""
from __future__ import annotations

import http.client
import socket
import ssl
import threading
import zlib
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from pyjsvm.host.jsutil import binding, js_str, load_js, new_array, view_bytes
from pyjsvm.host.node.fetch_js import FETCH_SOURCE
from pyjsvm.host.node.net import system_error
from pyjsvm.runtime.buffers import JSArrayBuffer
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import construct
from pyjsvm.syntax.utf16 import python_string_to_js

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_fetch_globals"]

_REDIRECTS = (301, 302, 303, 307, 308)
_MAX_REDIRECTS = 20
_CHUNK = 65536
# (undici's default headers timeout; a server that never answers does not hold a thread forever)
_TIMEOUT = 300.0


class _Job:
    """One request on its worker thread: ``aborted`` is set from the loop's thread by
    ``abort``; ``conn`` is the connection being read (closed by an abort)."""

    __slots__ = ("aborted", "conn", "reffed")

    def __init__(self) -> None:
        self.aborted = False
        self.conn: http.client.HTTPConnection | None = None
        self.reffed = True


class _Failure(Exception):
    """A failure of the request (the ``cause`` of fetch's TypeError): ``kind`` says which."""

    def __init__(self, kind: str, detail: Any = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.detail = detail


def _open(method: str, url: str, headers: list[tuple[str, str]], body: bytes | None,
          job: _Job) -> tuple[http.client.HTTPResponse, str, int]:
    """Send one request; its response, and the host and port connected to."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    conn: http.client.HTTPConnection
    if https:
        conn = http.client.HTTPSConnection(host, port, timeout=_TIMEOUT, context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(host, port, timeout=_TIMEOUT)
    job.conn = conn
    target = (parts.path or "/") + ("?" + parts.query if parts.query else "")
    try:
        conn.putrequest(method, target, skip_host=any(k == "host" for k, _ in headers), skip_accept_encoding=True)
        for name, value in headers:
            conn.putheader(name, value.encode("latin-1"))
        conn.endheaders(body)
        return conn.getresponse(), host, port
    except OSError as e:
        conn.close()
        raise _Failure("os", (e, host, port)) from None


def _run(method: str, url: str, headers: list[tuple[str, str]], body: bytes | None, redirect: str, job: _Job,
         post: Any) -> None:
    """The worker thread: the request and its redirects, then the response's head and body,
    each posted with ``post(event, *args)``."""
    urls = [url]
    try:
        while True:
            resp, host, port = _open(method, url, headers, body, job)
            location = resp.getheader("location")
            if resp.status in _REDIRECTS and location is not None and redirect != "manual":
                if redirect == "error":
                    raise _Failure("message", "unexpected redirect")
                resp.read()
                resp.close()
                if len(urls) > _MAX_REDIRECTS:
                    raise _Failure("message", "redirect count exceeded")
                url = urljoin(url, location)
                if urlsplit(url).scheme not in ("http", "https"):
                    raise _Failure("message", "URL scheme must be a HTTP(S) scheme")
                # (sec: http-redirect-fetch, step 12: a POST answered 301/302, or anything but
                # HEAD answered 303, is redone as a GET without a body)
                if (resp.status in (301, 302) and method == "POST") or (resp.status == 303 and method != "HEAD"):
                    method = "GET"
                    body = None
                    dropped = ("content-encoding", "content-language", "content-location", "content-type",
                               "content-length")
                    headers = [(k, v) for k, v in headers if k not in dropped]
                urls.append(url)
                continue
            break
        post("response", resp.status, resp.reason, resp.getheaders(), urls)
        encoding = (resp.getheader("content-encoding") or "").strip().lower()
        decoder = None
        if encoding in ("gzip", "x-gzip"):
            decoder = zlib.decompressobj(31)
        elif encoding == "deflate":
            decoder = zlib.decompressobj(15)
        while not job.aborted:
            try:
                chunk = resp.read1(_CHUNK)
            except (OSError, http.client.HTTPException) as e:
                raise _Failure("message", str(e) or type(e).__name__) from None
            if not chunk:
                break
            if decoder is not None:
                try:
                    chunk = decoder.decompress(chunk)
                except zlib.error as e:
                    raise _Failure("message", str(e)) from None
            if chunk:
                post("data", chunk)
        if decoder is not None and not job.aborted:
            rest = decoder.flush()
            if rest:
                post("data", rest)
        resp.close()
        post("end")
    except _Failure as f:
        post("error", f)
    except (http.client.HTTPException, ssl.SSLError) as e:
        post("error", _Failure("message", str(e) or type(e).__name__))
    except OSError as e:
        post("error", _Failure("message", str(e) or type(e).__name__))
    except (ValueError, UnicodeError, LookupError) as e:
        # NON-SPEC: what http.client refuses that the JS side let through: the request fails
        # (its promise must settle and its loop handle go), never a thread's traceback
        post("error", _Failure("message", str(e) or type(e).__name__))
    finally:
        if job.conn is not None:
            job.conn.close()


def make_fetch_globals(host: "NodeHost", events: Any) -> Any:
    """The object of the Fetch globals (``fetch``, ``Headers``, ``Request``, ``Response``,
    ``FormData``); ``events`` is the web events' module (``AbortSignal``...)."""
    realm = host.realm
    loop = host.loop
    jobs: dict[int, _Job] = {}
    counter = [0]

    def cause_of(f: _Failure) -> JSObject:
        if f.kind == "os":
            e, address, port = f.detail
            if isinstance(e, socket.gaierror):
                err = realm.new_error("Error", python_string_to_js(f"getaddrinfo ENOTFOUND {address}"))
                err.set("code", "ENOTFOUND", err)
                err.set("syscall", "getaddrinfo", err)
                err.set("hostname", python_string_to_js(address), err)
                return err
            if isinstance(e, ssl.SSLError) or e.errno is None:
                return realm.new_error("Error", python_string_to_js(str(e) or type(e).__name__))
            return system_error(realm, e, "connect", address, port)
        return realm.new_error("Error", python_string_to_js(str(f.detail)))

    def to_js(event: str, args: tuple[Any, ...]) -> list[Any]:
        if event == "response":
            status, reason, pairs, urls = args
            items = [new_array(realm, [python_string_to_js(k.lower()), python_string_to_js(v)]) for k, v in pairs]
            return [event, float(status), python_string_to_js(reason), new_array(realm, items),
                    new_array(realm, [python_string_to_js(u) for u in urls])]
        if event == "data":
            buf = JSArrayBuffer(realm.intrinsics["%ArrayBuffer.prototype%"], bytearray(args[0]))
            return [event, construct(realm.intrinsics["%Uint8Array%"], [buf])]
        if event == "error":
            return [event, cause_of(args[0])]
        return [event]

    def start(a: list[Any]) -> Any:
        method, url, pairs, body, redirect, callback = a[:6]
        headers: list[tuple[str, str]] = []
        if isinstance(pairs, JSObject):
            n = int(pairs.get("length", pairs))
            for i in range(n):
                pair = pairs.get(str(i), pairs)
                headers.append((js_str(pair.get("0", pair)), js_str(pair.get("1", pair))))
        data = None if body is None else view_bytes(realm, body, "body")
        counter[0] += 1
        job_id = counter[0]
        job = _Job()
        jobs[job_id] = job
        context = loop.capture()
        loop.ref_handle()

        def post(event: str, *args: Any) -> None:
            def deliver() -> None:
                if event in ("end", "error"):
                    jobs.pop(job_id, None)
                    if job.reffed:
                        job.reffed = False
                        loop.unref_handle()
                if not job.aborted:
                    callback.call(None, to_js(event, args))
            loop.post(deliver, context)
        threading.Thread(target=_run, args=(js_str(method), js_str(url), headers, data, js_str(redirect), job, post),
                         name="pyjsvm fetch", daemon=True).start()
        return float(job_id)

    def abort(a: list[Any]) -> Any:
        job = jobs.pop(int(a[0]), None)
        if job is not None:
            job.aborted = True
            if job.reffed:
                job.reffed = False
                loop.unref_handle()
            conn = job.conn
            if conn is not None and conn.sock is not None:
                try:
                    conn.sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        return None
    net = binding(realm, {"start": start, "abort": abort})
    host.modules.load_builtin("stream/web")
    streams = realm.host_defined["pyjsvm.webstreams.internals"]
    return load_js(realm, "node:internal/deps/undici", FETCH_SOURCE,
                   host.js_helpers({"__net": net, "__events": events, "__streams": streams}))

