"""``node:net``: TCP servers and sockets (Node's documentation of ``node:net``), and ``isIP``.

NON-SPEC (node). The JS half (``net_js.py``) is Node's ``Server`` (an EventEmitter) and
``Socket`` (a ``stream.Duplex``); this binding is the TCP handle under them: non-blocking Python
sockets that the event loop's selector watches (``EventLoop.watch``), so that reads, accepts,
connects and writes that would block wait in the loop's poll phase. A listening server and an
open socket each hold a ref on the loop (``ref()``/``unref()`` as in Node), so the process stays
alive while they are open and exits when all are closed. Each handle reports to one JS
function, ``onEvent(kind, ...)``, called on the loop in the async context of the handle's
creation: 'connection' (server: the new handle's id and the peer), 'connect', 'data' (a Buffer),
'end', 'drain' (the queued writes went out), 'error' (a Node system error). Host names are
resolved with ``getaddrinfo`` (blocking). A TLS client handle (``connect``'s fourth argument)
wraps its socket in ``ssl`` once connected and reports 'connect' after the handshake; a TLS
server (``listen``'s fifth argument) reports each 'connection' after its handshake.
"""
from __future__ import annotations

import errno as _errno
import ipaddress
import os
import selectors
import socket
import ssl
import tempfile
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import UV_MESSAGES, binding, bytes_to_buffer, describe_received, load_js, obj_from, view_bytes
from pyjsvm.host.node.net_js import NET_SOURCE
from pyjsvm.runtime.objects import C, E, W, JSObject, Prop
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_net_module", "is_ip", "Handle", "system_error", "emit", "hold", "close_handle",
           "address_object"]

_READ = selectors.EVENT_READ
_WRITE = selectors.EVENT_WRITE
_MORE_MESSAGES = {"EADDRINUSE": "address already in use", "ECONNREFUSED": "connection refused",
                  "ECONNRESET": "connection reset by peer", "EADDRNOTAVAIL": "address not available",
                  "ETIMEDOUT": "connection timed out", "ENOTCONN": "socket is not connected",
                  "EHOSTUNREACH": "host is unreachable", "ENETUNREACH": "network is unreachable"}


def is_ip(text: str) -> int:
    """Node's ``net.isIP``: 4 or 6 for an IPv4 (dotted decimal, no leading zeros) or IPv6
    address (with an optional zone id), else 0."""
    try:
        return 4 if isinstance(ipaddress.ip_address(text), ipaddress.IPv4Address) else 6
    except ValueError:
        return 0


def _family(sock: socket.socket) -> str:
    return "IPv6" if sock.family == socket.AF_INET6 else "IPv4"


class _Handle:
    """One TCP socket or listening server."""

    __slots__ = ("id", "sock", "server", "on_event", "context", "out", "reading", "connecting",
                 "shutdown", "refd", "holding", "closed", "events", "tls", "handshake", "accepting")

    def __init__(self, hid: int, sock: socket.socket, server: bool, on_event: Any, context: Any) -> None:
        self.id = hid
        self.sock = sock
        self.server = server
        self.on_event = on_event
        self.context = context
        self.out = bytearray()      # written, not yet sent
        self.reading = False
        self.connecting = False
        self.shutdown = False       # end(): shut the write side once ``out`` is sent
        self.refd = True            # ref() / unref()
        self.holding = False        # it holds a ref on the loop now
        self.closed = False
        self.events = 0
        self.tls: ssl.SSLContext | None = None   # TLS client: the context to wrap with once connected
        self.handshake = 0          # during the TLS handshake: the events it waits for
        self.accepting: tuple[_Handle, Any] | None = None  # TLS server side: (server, peer) until the handshake is done


# OpenSSL's X509_V_ERR_* codes -> node's error code and message
_VERIFY_ERRORS = {
    10: ("CERT_HAS_EXPIRED", "certificate has expired"),
    18: ("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"),
    19: ("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"),
    20: ("UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"),
    21: ("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"),
    62: ("ERR_TLS_CERT_ALTNAME_INVALID", "Hostname/IP does not match certificate's altnames")}


def tls_context(options: JSObject) -> ssl.SSLContext:
    """The client context of ``tls.connect``'s options: Python's default (system CA certificates,
    host names checked) or the PEM text of ``ca`` instead; ``rejectUnauthorized: false`` turns
    the checks off."""
    ctx = ssl.create_default_context()
    ca = options.get("ca", options)
    if type(ca) is str and ca:
        ctx = ssl.create_default_context(cadata=js_string_to_python(ca))
    if options.get("rejectUnauthorized", options) is False:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def server_context(options: JSObject) -> ssl.SSLContext:
    """The server context of ``tls.createServer``'s ``cert`` and ``key`` (PEM text; Python's
    ``ssl`` loads them from files, written to a private temporary directory and removed)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert, key = options.get("cert", options), options.get("key", options)
    if type(cert) is str and cert:
        with tempfile.TemporaryDirectory() as d:
            cert_path, key_path = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
            with open(cert_path, "w", encoding="latin-1") as f:
                f.write(js_string_to_python(cert))
            with open(key_path, "w", encoding="latin-1") as f:
                f.write(js_string_to_python(key) if type(key) is str else "")
            ctx.load_cert_chain(cert_path, key_path if type(key) is str and key else None)
    return ctx


Handle = _Handle  # (for dgram's UDP handles)


def system_error(realm: Any, e: OSError | int, syscall: str, address: str | None = None, port: int | None = None,
                 describe: bool = False) -> JSObject:
    """Node's system error: ``syscall CODE[: description] [address[:port]]`` with ``errno``
    (negative), ``code``, ``syscall``, ``address`` and ``port``."""
    num = e if isinstance(e, int) else (e.errno or _errno.EIO)
    code = _errno.errorcode.get(num, "EIO")
    msg = f"{syscall} {code}"
    if describe:
        msg += ": " + (UV_MESSAGES.get(code) or _MORE_MESSAGES.get(code) or code.lower())
    if address is not None:
        msg += f" {address}:{port}" if port is not None else f" {address}"
    err: JSObject = realm.new_error("Error", python_string_to_js(msg))
    for k, v in (("errno", float(-num)), ("code", code), ("syscall", syscall), ("address", address),
                 ("port", None if port is None else float(port))):
        if v is not None:
            err.props[k] = Prop(python_string_to_js(v) if isinstance(v, str) else v, W | E | C)
    return err


def emit(h: _Handle, *args: Any) -> None:
    """Report ``args`` (kind first) to the handle's JS function, unless it is closed."""
    if not h.closed and h.on_event is not None:
        h.on_event.call(None, list(args))


def hold(loop: Any, h: _Handle, want: bool) -> None:
    """Hold a ref on ``loop`` for ``h`` when ``want`` (as a libuv handle that is active), else not."""
    if want and not h.holding:
        h.holding = True
        loop.ref_handle()
    elif not want and h.holding:
        h.holding = False
        loop.unref_handle()


def close_handle(loop: Any, h: _Handle) -> None:
    """Stop watching ``h``, drop its ref on ``loop`` and close its socket."""
    loop.unwatch(h.sock)
    h.closed = True
    hold(loop, h, False)
    try:
        h.sock.close()
    except OSError:
        pass


def address_object(realm: Any, addr: Any, sock: socket.socket) -> JSObject:
    """``{address, family, port}`` of a socket address."""
    return obj_from(realm, {"address": python_string_to_js(str(addr[0])), "family": _family(sock),
                            "port": float(addr[1])})


def make_binding(host: "NodeHost") -> JSObject:
    realm = host.realm
    loop = host.loop
    handles: dict[int, _Handle] = {}
    next_id = [1]

    def sys_error(e: OSError | int, syscall: str, address: str | None = None, port: int | None = None,
                  describe: bool = False) -> JSObject:
        return system_error(realm, e, syscall, address, port, describe)

    def update(h: _Handle) -> None:
        sync_ref(h)
        events = 0
        if h.handshake:
            events = h.handshake
        else:
            if h.reading or h.server:
                events |= _READ
            if h.connecting or h.out:
                events |= _WRITE
        if events == h.events or h.closed:
            return
        h.events = events
        if events:
            loop.watch(h.sock, events, lambda mask: ready(h, mask), h.context)
        else:
            loop.unwatch(h.sock)

    def sync_ref(h: _Handle) -> None:
        """As a libuv handle: a ref'd server keeps the loop alive while it listens, a ref'd
        socket while it reads, connects or has writes pending (an idle one does not)."""
        hold(loop, h, h.refd and not h.closed and (h.server or h.reading or h.connecting or bool(h.out)
                                                   or bool(h.handshake)))

    def new_handle(sock: socket.socket, server: bool, on_event: Any) -> _Handle:
        sock.setblocking(False)
        h = _Handle(next_id[0], sock, server, on_event, loop.capture())
        next_id[0] += 1
        handles[h.id] = h
        return h

    def peer(sock: socket.socket) -> tuple[str, int] | None:
        try:
            addr = sock.getpeername()
        except OSError:
            return None
        return str(addr[0]), int(addr[1])

    def ready(h: _Handle, mask: int) -> None:
        if h.closed:
            return
        if h.server:
            accept(h)
            return
        if h.connecting and mask & _WRITE:
            h.connecting = False
            err = h.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            update(h)
            if err:
                emit(h, "error", sys_error(err, "connect", *h_target(h)))
            elif h.tls is not None:
                start_tls(h)
            else:
                emit(h, "connect")
            return
        if h.handshake:
            handshake(h)
            return
        if mask & _WRITE and h.out:
            flush(h)
        if mask & _READ and h.reading and not h.closed:
            try:
                data = h.sock.recv(65536)
                if isinstance(h.sock, ssl.SSLSocket):
                    while data and h.sock.pending():
                        data += h.sock.recv(h.sock.pending())
            except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
                return
            except ssl.SSLError as e:
                if isinstance(e, ssl.SSLEOFError) or e.reason == "UNEXPECTED_EOF_WHILE_READING" or h.shutdown:
                    # (a peer that ended without TLS's close_notify, as shut_write does, or the
                    # alert of a peer that reads after ours ended that way)
                    data = b""
                else:
                    h.reading = False
                    update(h)
                    emit(h, "error", tls_error(e))
                    return
            except OSError as e:
                h.reading = False
                update(h)
                emit(h, "error", sys_error(e, "read"))
                return
            if not data:
                h.reading = False
                update(h)
                emit(h, "end")
            else:
                emit(h, "data", bytes_to_buffer(realm, data))

    targets: dict[int, tuple[str, int]] = {}

    def h_target(h: _Handle) -> tuple[str | None, int | None]:
        t = targets.get(h.id)
        return (t[0], t[1]) if t is not None else (None, None)

    def accept(server: _Handle) -> None:
        for _ in range(64):
            try:
                conn, addr = server.sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                emit(server, "error", sys_error(e, "accept"))
                return
            h = new_handle(conn, False, None)
            if server.tls is not None:
                # (its 'connection' comes when the handshake is done)
                try:
                    h.sock = server.tls.wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
                except (OSError, ValueError):
                    close([float(h.id)])
                    continue
                h.accepting = (server, addr)
                h.handshake = _READ
                update(h)
                continue
            emit(server, "connection", float(h.id), python_string_to_js(str(addr[0])), float(addr[1]),
                 _family(conn))
            if server.closed:
                return

    def flush(h: _Handle) -> None:
        while h.out and not h.closed:
            try:
                n = h.sock.send(h.out)
            except (BlockingIOError, InterruptedError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
                break
            except OSError as e:
                h.out.clear()
                update(h)
                emit(h, "error", sys_error(e, "write"))
                return
            del h.out[:n]
        update(h)
        if not h.out and not h.closed:
            if h.shutdown:
                shut_write(h)
            emit(h, "drain")

    def shut_write(h: _Handle) -> None:
        """end(): shut the write side. NON-SPEC: for a TLS socket the TCP side only, without
        TLS's close_notify (Python's SSLSocket.shutdown would drop the TLS state that reading
        still needs); the peer sees the end of the stream."""
        try:
            socket.socket.shutdown(h.sock, socket.SHUT_WR)
        except OSError:
            pass

    def start_tls(h: _Handle) -> None:
        """The TCP connection of a TLS client is made: wrap it and start the handshake."""
        assert h.tls is not None
        loop.unwatch(h.sock)
        h.events = 0
        target = targets.get(h.id)
        name = tls_names.pop(h.id, None)
        try:
            h.sock = h.tls.wrap_socket(h.sock, server_hostname=name or (target[0] if target else None),
                                       do_handshake_on_connect=False)
        except (OSError, ValueError) as e:
            emit(h, "error", tls_error(e))
            return
        h.handshake = _READ | _WRITE
        handshake(h)

    def handshake(h: _Handle) -> None:
        assert isinstance(h.sock, ssl.SSLSocket)
        try:
            h.sock.do_handshake()
        except ssl.SSLWantReadError:
            h.handshake = _READ
            update(h)
            return
        except ssl.SSLWantWriteError:
            h.handshake = _WRITE
            update(h)
            return
        except (OSError, ValueError) as e:
            h.handshake = 0
            update(h)
            if h.accepting is not None:
                server = h.accepting[0]
                close([float(h.id)])
                emit(server, "tlsClientError", tls_error(e))
            else:
                emit(h, "error", tls_error(e))
            return
        h.handshake = 0
        update(h)
        if h.accepting is not None:
            server, addr = h.accepting
            h.accepting = None
            emit(server, "connection", float(h.id), python_string_to_js(str(addr[0])), float(addr[1]),
                 _family(h.sock))
        else:
            emit(h, "connect")

    def tls_error(e: Exception) -> JSObject:
        """Node's error for a failed TLS handshake (OpenSSL's verify codes as node names them)."""
        code, msg = "EPROTO", str(e)
        if isinstance(e, ssl.SSLCertVerificationError):
            code, msg = _VERIFY_ERRORS.get(e.verify_code, ("ERR_TLS_CERT_VERIFY", str(e.verify_message)))
        elif isinstance(e, ssl.SSLError):
            msg = f"{e.library or 'SSL'} routines::{(e.reason or 'error').lower().replace('_', ' ')}"
        err = realm.new_error("Error", python_string_to_js(msg))
        err.props["code"] = Prop(code, W | E | C)
        return err

    tls_names: dict[int, str] = {}

    def get(a: list[Any]) -> _Handle | None:
        h = handles.get(int(a[0])) if a and type(a[0]) is float else None
        return h if h is not None and not h.closed else None

    def resolve(host_name: str, port: int, passive: bool) -> tuple[Any, Any] | OSError:
        try:
            infos = socket.getaddrinfo(host_name, port, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE if passive else 0)
        except socket.gaierror as e:
            err = OSError(_errno.ENOENT, str(e))
            err.errno = _errno.ENOENT
            return err
        family, _, _, _, addr = infos[0]
        return family, addr

    def listen(a: list[Any]) -> Any:
        """listen(host | undefined, port, backlog, onEvent, tls) -> id, or the error; ``tls`` (or
        null): ``{cert, key}`` (PEM text) for a TLS server, whose connections come after their
        handshake (a failed one is 'tlsClientError')."""
        tls_ctx = None
        if len(a) > 4 and isinstance(a[4], JSObject):
            try:
                tls_ctx = server_context(a[4])
            except (ssl.SSLError, OSError, ValueError) as e:
                return tls_error(e)
        host_name = js_string_to_python(a[0]) if type(a[0]) is str else None
        port = int(a[1])
        backlog = int(a[2]) if type(a[2]) is float and a[2] > 0 else 511
        if host_name is None:
            family, addr = (socket.AF_INET6, ("::", port)) if socket.has_ipv6 else (socket.AF_INET, ("0.0.0.0", port))
        else:
            r = resolve(host_name, port, True)
            if isinstance(r, OSError):
                return sys_error(r, "getaddrinfo", host_name)
            family, addr = r
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6 and host_name is None:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            sock.bind(addr)
            sock.listen(backlog)
        except OSError as e:
            sock.close()
            return sys_error(e, "listen", str(addr[0]), port, describe=True)
        h = new_handle(sock, True, a[3])
        h.tls = tls_ctx
        update(h)
        return float(h.id)

    def connect(a: list[Any]) -> Any:
        """connect(host, port, onEvent, tls) -> id, or the error (a lookup that failed); ``tls``
        (or null): ``{servername, rejectUnauthorized, ca}`` for a TLS client, whose 'connect'
        comes when the handshake is done."""
        host_name = js_string_to_python(a[0])
        port = int(a[1])
        r = resolve(host_name, port, False)
        if isinstance(r, OSError):
            return sys_error(r, "getaddrinfo", host_name)
        family, addr = r
        sock = socket.socket(family, socket.SOCK_STREAM)
        h = new_handle(sock, False, a[2])
        targets[h.id] = (str(addr[0]), port)
        tls = a[3] if len(a) > 3 else None
        if isinstance(tls, JSObject):
            try:
                h.tls = tls_context(tls)
            except (ssl.SSLError, ValueError) as e:
                close([float(h.id)])
                return tls_error(e)
            name = tls.get("servername", tls)
            tls_names[h.id] = js_string_to_python(name) if type(name) is str and name else host_name
        rc = sock.connect_ex(addr)
        if rc not in (0, _errno.EINPROGRESS, _errno.EWOULDBLOCK, _errno.EAGAIN):
            err = sys_error(rc, "connect", str(addr[0]), port)
            loop.post(lambda: emit(h, "error", err), h.context)
        else:
            h.connecting = True
            update(h)
        return float(h.id)

    def set_handler(a: list[Any]) -> Any:
        h = get(a)
        if h is not None:
            h.on_event = a[1]
        return None

    def read_start(a: list[Any]) -> Any:
        h = get(a)
        if h is not None and not h.reading:
            h.reading = True
            update(h)
        return None

    def read_stop(a: list[Any]) -> Any:
        h = get(a)
        if h is not None and h.reading:
            h.reading = False
            update(h)
        return None

    def write(a: list[Any]) -> Any:
        """write(id, bytes) -> true when all went out now; else 'drain' follows."""
        h = get(a)
        if h is None:
            return True
        h.out += view_bytes(realm, a[1], "data")
        if h.connecting:
            return False
        had = h.events & _WRITE
        if not had:
            try:
                n = h.sock.send(h.out)
                del h.out[:n]
            except (BlockingIOError, InterruptedError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
                pass
            except OSError as e:
                h.out.clear()
                err = sys_error(e, "write")
                loop.post(lambda: emit(h, "error", err), h.context)
                return False
        if not h.out:
            return True
        update(h)
        return False

    def shutdown(a: list[Any]) -> Any:
        h = get(a)
        if h is not None:
            h.shutdown = True
            if not h.out and not h.connecting:
                shut_write(h)
        return None

    def close(a: list[Any]) -> Any:
        h = get(a)
        if h is not None:
            close_handle(loop, h)
            handles.pop(h.id, None)
            targets.pop(h.id, None)
            tls_names.pop(h.id, None)
        return None

    def address_of(a: list[Any], remote: bool) -> Any:
        h = get(a)
        if h is None:
            return None
        try:
            addr = h.sock.getpeername() if remote else h.sock.getsockname()
        except OSError:
            return None
        return address_object(realm, addr, h.sock)

    def ref(a: list[Any]) -> Any:
        h = get(a)
        if h is not None:
            h.refd = a[1] is True
            sync_ref(h)
        return None

    def option(level: int, name: int) -> Any:
        """setNoDelay / setKeepAlive: (id, on) sets a socket option."""
        def set_option(a: list[Any]) -> Any:
            h = get(a)
            if h is not None and not h.server:
                try:
                    h.sock.setsockopt(level, name, 1 if a[1] is True else 0)
                except OSError:
                    pass
            return None
        return set_option

    def is_ip_(a: list[Any]) -> Any:
        return float(is_ip(js_string_to_python(a[0]))) if type(a[0]) is str else 0.0

    return binding(realm, {
        "listen": listen, "connect": connect, "setHandler": set_handler, "readStart": read_start,
        "readStop": read_stop, "write": write, "shutdown": shutdown, "close": close,
        "address": lambda a: address_of(a, False), "remoteAddress": lambda a: address_of(a, True),
        "ref": ref, "setNoDelay": option(socket.IPPROTO_TCP, socket.TCP_NODELAY),
        "setKeepAlive": option(socket.SOL_SOCKET, socket.SO_KEEPALIVE), "isIP": is_ip_,
        "describe": lambda a: describe_received(a[0] if a else None),
        "pending": lambda a: float(len(h.out)) if (h := get(a)) is not None else 0.0})


def make_net_module(host: "NodeHost") -> Any:
    """``require('net')``."""
    return load_js(host.realm, "node:net", NET_SOURCE, host.js_helpers({"B": make_binding(host)}))
