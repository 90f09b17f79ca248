"""``node:dgram``: UDP sockets (Node's documentation of ``node:dgram``).

NON-SPEC (node). The JS half (``DGRAM_SOURCE``) is Node's ``Socket`` (an EventEmitter:
``bind``, ``send`` with the implicit bind to port 0, ``connect``/``disconnect`` (kept by the
JS object: the OS socket is not connected, so it also receives from other peers), 'listening',
'message' with ``rinfo``, 'close', ``address``/``remoteAddress``, ``ref``/``unref``,
``setBroadcast``/``setTTL``, buffer sizes); this binding is the handle under it: a
non-blocking Python UDP socket watched by the event loop's selector while bound. A bound,
ref'd socket keeps the process alive until closed. Host names are resolved with
``getaddrinfo`` (blocking). Not done: multicast membership, cluster sharing.
"""
from __future__ import annotations

import errno as _errno
import socket
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, bytes_to_buffer, load_js, obj_from, view_bytes
from pyjsvm.runtime.objects import C, E, W, JSObject, Prop
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_dgram_module"]

DGRAM_SOURCE = r"""
(function () {
'use strict';
const EventEmitter = __require('events');
const process = __require('process');
const Buffer = __getBuffer();
const notRunning = () => __nodeError('Error', 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
class Socket extends EventEmitter {
  constructor(options, listener) {
    super();
    if (typeof options === 'string') options = { type: options };
    if (options === null || typeof options !== 'object') throw __invalidArgType('options', 'of type object', options);
    if (options.type !== 'udp4' && options.type !== 'udp6') {
      throw __nodeError('TypeError', 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
    }
    this.type = options.type;
    this._handle = B.create(options.type === 'udp6' ? 6 : 4, !!options.reuseAddr,
      (kind, a, b) => this._onEvent(kind, a, b));
    this._state = 'unbound';  // 'binding', 'bound', 'closed'
    this._connected = null;
    this._refd = true;
    if (typeof listener === 'function') this.on('message', listener);
  }
  _onEvent(kind, a, b) {
    if (kind === 'message') this.emit('message', a, b);
    else if (kind === 'error') this.emit('error', a);
  }
  _healthCheck() { if (this._state === 'closed') throw notRunning(); }
  bind(port, address, callback) {
    this._healthCheck();
    if (this._state !== 'unbound') throw __nodeError('Error', 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
    if (port !== null && typeof port === 'object') {
      callback = address; address = port.address; port = port.port;
    }
    if (typeof port === 'function') { callback = port; port = 0; address = undefined; }
    if (typeof address === 'function') { callback = address; address = undefined; }
    if (typeof callback === 'function') this.once('listening', callback);
    port = port === undefined || port === null ? 0 : +port;
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw __nodeError('RangeError', 'ERR_SOCKET_BAD_PORT', `Port should be >= 0 and < 65536. Received ${port}.`);
    }
    this._state = 'binding';
    const err = B.bind(this._handle, port, address === undefined || address === null ? '' : String(address));
    process.nextTick(() => {
      if (this._state === 'closed') return;
      if (err instanceof Error) { this._state = 'unbound'; this.emit('error', err); return; }
      this._state = 'bound';
      this.emit('listening');
    });
    return this;
  }
  _ensureBound() { if (this._state === 'unbound') this.bind(0); }
  connect(port, address, callback) {
    if (typeof address === 'function') { callback = address; address = undefined; }
    if (this._connected !== null) throw __nodeError('Error', 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
    this._ensureBound();
    const host = address === undefined ? (this.type === 'udp6' ? '::1' : '127.0.0.1') : String(address);
    const r = B.resolve(this._handle, +port, host);
    process.nextTick(() => {
      if (typeof r !== 'string') { if (callback) callback(r); else this.emit('error', r); return; }
      this._connected = { port: +port, host: r };
      this.emit('connect');
      if (callback) callback();
    });
  }
  disconnect() {
    if (this._connected === null) throw __nodeError('Error', 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
    this._connected = null;
  }
  send(msg, offset, length, port, address, callback) {
    this._healthCheck();
    // send(msg[, offset, length][, port][, address][, callback]): offset and length are there
    // when more arguments follow them than a port, address and callback would be
    const slice = (m) => {
      const b = typeof m === 'string' ? Buffer.from(m) : m;
      if (!ArrayBuffer.isView(b)) return b;
      return Buffer.from(b.buffer, b.byteOffset, b.byteLength).subarray(offset >>> 0, (offset >>> 0) + (length >>> 0));
    };
    if (this._connected === null) {
      if (address || (port && typeof port !== 'function')) msg = slice(msg);
      else { callback = port; port = offset; address = length; }
    } else {
      if (typeof length === 'number') {
        msg = slice(msg);
        if (typeof port === 'function') { callback = port; port = undefined; }
      } else {
        callback = offset;
        port = undefined;
      }
      if (port || address) throw __nodeError('Error', 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
      port = this._connected.port;
      address = this._connected.host;
    }
    if (typeof address === 'function') { callback = address; address = undefined; }
    const list = Array.isArray(msg) ? msg : [msg];
    const parts = list.map((m) => {
      if (typeof m === 'string') return Buffer.from(m);
      if (ArrayBuffer.isView(m)) return Buffer.from(m.buffer, m.byteOffset, m.byteLength);
      throw __invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', m);
    });
    const data = Buffer.concat(parts);
    if (typeof port !== 'number' || !Number.isInteger(port) || port <= 0 || port > 65535) {
      throw __nodeError('RangeError', 'ERR_SOCKET_BAD_PORT', `Port should be > 0 and < 65536. Received ${port}.`);
    }
    if (address === undefined || address === null) address = this.type === 'udp6' ? '::1' : '127.0.0.1';
    if (typeof callback !== 'function') callback = undefined;
    this._ensureBound();
    const send = () => {
      const r = B.send(this._handle, data, port, String(address));
      if (typeof r === 'number') { if (callback) callback(null, r); }
      else if (callback) callback(r);
      else this.emit('error', r);
    };
    // (after 'listening' of an implicit bind, as in node)
    if (this._state === 'binding') this.once('listening', send); else process.nextTick(send);
  }
  close(callback) {
    if (this._state === 'closed') throw notRunning();
    if (typeof callback === 'function') this.once('close', callback);
    this._state = 'closed';
    B.close(this._handle);
    process.nextTick(() => this.emit('close'));
    return this;
  }
  address() {
    this._healthCheck();
    // (as in node, not before 'listening': the bind there is asynchronous)
    if (this._state !== 'bound') throw B.notBound();
    return B.address(this._handle, false);
  }
  remoteAddress() {
    if (this._connected === null) throw __nodeError('Error', 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
    const { host, port } = this._connected;
    return { address: host, family: this.type === 'udp6' ? 'IPv6' : 'IPv4', port };
  }
  ref() { B.ref(this._handle, true); return this; }
  unref() { B.ref(this._handle, false); return this; }
  setBroadcast(flag) { this._option('broadcast', !!flag); }
  setTTL(ttl) { this._option('ttl', ttl); return ttl; }
  setMulticastTTL(ttl) { this._option('multicastTTL', ttl); return ttl; }
  setMulticastLoopback(flag) { this._option('multicastLoopback', !!flag); return flag; }
  setRecvBufferSize(size) { this._option('recvBufferSize', size); }
  setSendBufferSize(size) { this._option('sendBufferSize', size); }
  getRecvBufferSize() { return this._option('recvBufferSize'); }
  getSendBufferSize() { return this._option('sendBufferSize'); }
  _option(name, value) {
    if (this._state !== 'bound') throw notRunning();
    const r = B.option(this._handle, name, value === undefined ? null : value);
    if (r instanceof Error) throw r;
    return r;
  }
  addMembership() { throw __nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'UDP multicast is not available in pyjsvm'); }
  dropMembership() { throw __nodeError('Error', 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'UDP multicast is not available in pyjsvm'); }
}
function createSocket(type, listener) { return new Socket(type, listener); }
return { Socket, createSocket };
})
"""

_OPTIONS = {"broadcast": (socket.SOL_SOCKET, socket.SO_BROADCAST), "ttl": (socket.IPPROTO_IP, socket.IP_TTL),
            "multicastTTL": (socket.IPPROTO_IP, socket.IP_MULTICAST_TTL),
            "multicastLoopback": (socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP),
            "recvBufferSize": (socket.SOL_SOCKET, socket.SO_RCVBUF), "sendBufferSize": (socket.SOL_SOCKET, socket.SO_SNDBUF)}


class _Udp:
    __slots__ = ("id", "sock", "family", "on_event", "context", "refd", "holding", "watching", "closed")

    def __init__(self, hid: int, sock: socket.socket, family: int, on_event: Any, context: Any) -> None:
        self.id = hid
        self.sock = sock
        self.family = family
        self.on_event = on_event
        self.context = context
        self.refd = True
        self.holding = False
        self.watching = False
        self.closed = False


def make_dgram_module(host: "NodeHost") -> Any:
    """``require('dgram')``."""
    realm = host.realm
    loop = host.loop
    handles: dict[int, _Udp] = {}

    def sys_error(e: OSError, syscall: str, address: str | None = None, port: int | None = None) -> JSObject:
        num = e.errno or _errno.EIO
        code = _errno.errorcode.get(num, "EIO")
        msg = f"{syscall} {code}"
        if address is not None:
            msg += f" {address}" + (f":{port}" if port is not None else "")
        err = realm.new_error("Error", python_string_to_js(msg))
        for k, v in (("errno", float(-num)), ("code", code), ("syscall", syscall), ("address", address),
                     ("port", None if port is None else float(port))):
            if v is not None:
                err.props[k] = Prop(python_string_to_js(v) if isinstance(v, str) else v, W | E | C)
        return err

    def emit(h: _Udp, *args: Any) -> None:
        if not h.closed and h.on_event is not None:
            h.on_event.call(None, list(args))

    def sync(h: _Udp) -> None:
        want = h.refd and h.watching and not h.closed
        if want and not h.holding:
            h.holding = True
            loop.ref_handle()
        elif not want and h.holding:
            h.holding = False
            loop.unref_handle()

    def family_name(fam: int) -> str:
        return "IPv6" if fam == socket.AF_INET6 else "IPv4"

    def ready(h: _Udp, mask: int) -> None:
        for _ in range(64):
            if h.closed:
                return
            try:
                data, addr = h.sock.recvfrom(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                emit(h, "error", sys_error(e, "recvmsg"))
                return
            rinfo = obj_from(realm, {"address": python_string_to_js(str(addr[0])), "family": family_name(h.family),
                                     "port": float(addr[1]), "size": float(len(data))})
            emit(h, "message", bytes_to_buffer(realm, data), rinfo)

    def get(a: list[Any]) -> _Udp | None:
        h = handles.get(int(a[0])) if a and type(a[0]) is float else None
        return h if h is not None and not h.closed else None

    def resolve(h: _Udp, name: str, port: int) -> Any:
        infos = socket.getaddrinfo(name or None, port, h.family, socket.SOCK_DGRAM, 0,
                                   socket.AI_PASSIVE if not name else 0)
        return infos[0][4]

    def create(a: list[Any]) -> Any:
        family = socket.AF_INET6 if a[0] == 6.0 else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_DGRAM)
        sock.setblocking(False)
        if a[1] is True:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        h = _Udp(len(handles) + 1 + max(handles, default=0), sock, family, a[2], loop.capture())
        handles[h.id] = h
        return float(h.id)

    def start(h: _Udp) -> None:
        h.watching = True
        loop.watch(h.sock, 1, lambda mask: ready(h, mask), h.context)
        sync(h)

    def bind(a: list[Any]) -> Any:
        h = get(a)
        if h is None:
            return None
        name, port = js_string_to_python(a[2]), int(a[1])
        try:
            h.sock.bind(resolve(h, name, port))
        except socket.gaierror:
            return sys_error(OSError(_errno.ENOENT, "getaddrinfo"), "getaddrinfo", name)
        except OSError as e:
            return sys_error(e, "bind", name or ("::" if h.family == socket.AF_INET6 else "0.0.0.0"), port)
        start(h)
        return None

    def resolve_(a: list[Any]) -> Any:
        """resolve(id, port, host) -> the address of host (connect() keeps it: the socket itself
        is not connected, so that disconnect() needs nothing of the OS), or the error."""
        h = get(a)
        name, port = js_string_to_python(a[2]), int(a[1])
        if h is None:
            return sys_error(OSError(_errno.EBADF, "closed"), "connect")
        try:
            return python_string_to_js(str(resolve(h, name, port)[0]))
        except socket.gaierror:
            return sys_error(OSError(_errno.ENOENT, "getaddrinfo"), "getaddrinfo", name)

    def send(a: list[Any]) -> Any:
        h = get(a)
        if h is None:
            return sys_error(OSError(_errno.EBADF, "closed"), "send")
        data = view_bytes(realm, a[1], "msg")
        name, port = js_string_to_python(a[3]), int(a[2])
        try:
            n = h.sock.sendto(data, resolve(h, name, port))
        except socket.gaierror:
            return sys_error(OSError(_errno.ENOENT, "getaddrinfo"), "getaddrinfo", name)
        except OSError as e:
            return sys_error(e, "send", name, port)
        return float(n)

    def close(a: list[Any]) -> Any:
        h = get(a)
        if h is not None:
            loop.unwatch(h.sock)
            h.closed = True
            sync(h)
            handles.pop(h.id, None)
            try:
                h.sock.close()
            except OSError:
                pass
        return None

    def address(a: list[Any]) -> Any:
        h = get(a)
        if h is None:
            return None
        try:
            addr = h.sock.getsockname()
        except OSError:
            return None
        return obj_from(realm, {"address": python_string_to_js(str(addr[0])), "family": family_name(h.family),
                                "port": float(addr[1])})

    def ref(a: list[Any]) -> Any:
        h = get(a)
        if h is not None:
            h.refd = a[1] is True
            sync(h)
        return None

    def option(a: list[Any]) -> Any:
        h = get(a)
        where = _OPTIONS.get(a[1]) if type(a[1]) is str else None
        if h is None or where is None:
            return None
        try:
            if a[2] is None:
                return float(h.sock.getsockopt(*where))
            h.sock.setsockopt(*where, int(a[2]) if not isinstance(a[2], bool) else int(a[2]))
        except (OSError, ValueError, OverflowError) as e:
            return sys_error(e if isinstance(e, OSError) else OSError(_errno.EINVAL, "bad value"), "setsockopt")
        return None

    b = binding(realm, {"create": create, "bind": bind, "resolve": resolve_, "send": send,
                        "close": close, "address": address, "ref": ref, "option": option,
                        "notBound": lambda a: sys_error(OSError(_errno.EBADF, "not bound"), "getsockname")})
    return load_js(realm, "node:dgram", DGRAM_SOURCE, host.js_helpers({"B": b}))
