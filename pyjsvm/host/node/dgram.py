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
import selectors
import socket
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, bytes_to_buffer, load_js, view_bytes
from pyjsvm.host.node.net import Handle, address_object, close_handle, emit, hold, system_error
from pyjsvm.runtime.objects import JSObject
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
  ref() { B.option(this._handle, 'ref', true); return this; }
  unref() { B.option(this._handle, 'ref', false); return this; }
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


def make_dgram_module(host: "NodeHost") -> Any:
    """``require('dgram')``."""
    realm = host.realm
    loop = host.loop
    handles: dict[int, Handle] = {}
    next_id = [1]

    def sys_error(e: OSError, syscall: str, address: str | None = None, port: int | None = None) -> JSObject:
        return system_error(realm, e, syscall, address, port)

    def sync(h: Handle) -> None:
        hold(loop, h, h.refd and h.reading and not h.closed)   # (reading: bound and watched)

    def ready(h: Handle, mask: int) -> None:
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
            rinfo = address_object(realm, addr, h.sock)
            rinfo.set("size", float(len(data)), rinfo)
            emit(h, "message", bytes_to_buffer(realm, data), rinfo)

    def get(a: list[Any]) -> Handle | None:
        h = handles.get(int(a[0])) if a and type(a[0]) is float else None
        return h if h is not None and not h.closed else None

    def resolve(h: Handle, name: str, port: int) -> Any:
        infos = socket.getaddrinfo(name or None, port, h.sock.family, socket.SOCK_DGRAM, 0,
                                   socket.AI_PASSIVE if not name else 0)
        return infos[0][4]

    def create(a: list[Any]) -> Any:
        family = socket.AF_INET6 if a[0] == 6.0 else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_DGRAM)
        sock.setblocking(False)
        if a[1] is True:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        h = Handle(next_id[0], sock, False, a[2], loop.capture())
        next_id[0] += 1
        handles[h.id] = h
        return float(h.id)

    def start(h: Handle) -> None:
        h.reading = True
        loop.watch(h.sock, selectors.EVENT_READ, lambda mask: ready(h, mask), h.context)
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
            return sys_error(e, "bind", name or ("::" if h.sock.family == socket.AF_INET6 else "0.0.0.0"), port)
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
            close_handle(loop, h)
            handles.pop(h.id, None)
        return None

    def address(a: list[Any]) -> Any:
        h = get(a)
        if h is None:
            return None
        try:
            return address_object(realm, h.sock.getsockname(), h.sock)
        except OSError:
            return None

    def option(a: list[Any]) -> Any:
        """option(id, name, value | null): a socket option (null: its value), or 'ref' (ref/unref)."""
        h = get(a)
        if h is not None and a[1] == "ref":
            h.refd = a[2] is True
            sync(h)
            return None
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
                        "close": close, "address": address, "option": option,
                        "notBound": lambda a: sys_error(OSError(_errno.EBADF, "not bound"), "getsockname")})
    return load_js(realm, "node:dgram", DGRAM_SOURCE, host.js_helpers({"B": b}))
