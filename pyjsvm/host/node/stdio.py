"""``process.stdin``, ``process.stdout`` and ``process.stderr`` as streams.

stdout and stderr are Writables whose writes go synchronously to the host's output (as Node's do
for files and pipes). stdin is a Readable fed by one reader thread: each ``_read`` asks it for
one chunk, and the chunk is posted back to the event loop. The pending read keeps the loop alive
only while the stream is flowing or being read (a paused stdin, e.g. after ``rl.close()``, lets
the program exit), as in Node.
"""
from __future__ import annotations

import codecs
import functools
import os
import stat
import sys
import threading
from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import binding, js_str, load_js
from pyjsvm.runtime.values import NULL
from pyjsvm.api.convert import python_string_to_js
from pyjsvm.host.jsutil import obj_from
from pyjsvm.runtime.objects import JSObject

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_stdio"]

STDIO_SOURCE = r"""
(function () {
'use strict';
const { Readable, Writable, Duplex } = __require('stream');
const getBuffer = __getBuffer;
// node's classes for its standard streams: net.Socket for pipes and sockets, tty.ReadStream /
// tty.WriteStream (Sockets) for terminals, fs.ReadStream for a file on stdin and
// SyncWriteStream for a file on stdout/stderr
class Socket extends Duplex {}
const tty = {
  isatty(fd) { return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && B.isatty(fd); },
  ReadStream: class ReadStream extends Socket {},
  WriteStream: class WriteStream extends Socket {},
};
class ReadStream extends Readable {}
class SyncWriteStream extends Writable {}
function writable(write, fd, info) {
  const kind = B.kind(fd);
  const Ctor = kind === 'tty' ? tty.WriteStream : kind === 'file' ? SyncWriteStream : Socket;
  const w = new Ctor({
    readable: false,
    decodeStrings: false,
    write(chunk, encoding, cb) {
      write(typeof chunk === 'string' ? (encoding && encoding !== 'utf8' && encoding !== 'buffer' ? __recode(chunk, encoding, 'utf8') : chunk)
        : chunk.toString('utf8'));
      cb();
    },
  });
  w.fd = fd;
  Object.assign(w, info);
  w._type = info.isTTY ? 'tty' : 'pipe';
  w._isStdio = true;
  w.destroySoon = w.destroy;
  w.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = null; }
    if (chunk !== null && chunk !== undefined && typeof chunk !== 'function') this.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  };
  if (info.isTTY) {
    w.getColorDepth = () => (process.env.NO_COLOR !== undefined ? 1 : 8);
    w.hasColors = (n) => w.getColorDepth() >= Math.log2(n === undefined ? 16 : n);
    w.getWindowSize = () => [w.columns, w.rows];
    w.cursorTo = (x, y, cb) => __require('readline').cursorTo(w, x, y, cb);
    w.moveCursor = (dx, dy, cb) => __require('readline').moveCursor(w, dx, dy, cb);
    w.clearLine = (dir, cb) => __require('readline').clearLine(w, dir, cb);
    w.clearScreenDown = (cb) => __require('readline').clearScreenDown(w, cb);
  }
  return w;
}
const stdout = writable(B.writeOut, 1, B.info(1));
const stderr = writable(B.writeErr, 2, B.info(2));
let stdinStream;
function stdin() {
  if (stdinStream !== undefined) return stdinStream;
  const useBuffer = getBuffer() !== undefined;
  const kind = B.kind(0);
  const Ctor = kind === 'tty' ? tty.ReadStream : kind === 'file' ? ReadStream : Socket;
  const s = new Ctor({
    writable: false,
    allowHalfOpen: false,
    highWaterMark: 65536,
    read() { B.stdinRead(useBuffer ? 'latin1' : 'utf8', onChunk); },
  });
  function onChunk(chunk) {
    if (chunk === null) { s.push(null); return; }
    s.push(useBuffer ? getBuffer().from(chunk, 'latin1') : chunk);
  }
  s.on('pause', () => B.stdinRef(false));
  s.on('resume', () => B.stdinRef(true));
  s.fd = 0;
  Object.assign(s, B.info(0));
  if (s.isTTY) {
    s.isRaw = false;
    s.setRawMode = function setRawMode(mode) { this.isRaw = !!mode; return this; };
  }
  s.ref = () => { B.stdinRef(true); return s; };
  s.unref = () => { B.stdinRef(false); return s; };
  stdinStream = s;
  return s;
}
return { stdout, stderr, stdin, tty };
})
"""


class _StdinReader:
    """The reader thread behind ``process.stdin``."""

    def __init__(self, host: "NodeHost") -> None:
        self.host = host
        self.want = threading.Event()
        self.outstanding = False
        self.reffed = False
        self.wanted_ref = True
        self.eof = False
        self.thread: threading.Thread | None = None
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.mode = "utf8"
        self.callback: Any = None

    def _set_ref(self, on: bool) -> None:
        loop = self.host.loop
        if on and not self.reffed:
            loop.ref_handle()
            self.reffed = True
        elif not on and self.reffed:
            loop.unref_handle()
            self.reffed = False

    def request(self, mode: str, callback: Any) -> None:
        self.mode = mode
        self.callback = callback
        if self.eof:
            self.host.loop.post(lambda: self._deliver(b""))
            return
        if self.outstanding:
            return
        self.outstanding = True
        self.wanted_ref = True
        self._set_ref(True)
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, daemon=True)
            self.thread.start()
        self.want.set()

    def ref(self, on: bool) -> None:
        self.wanted_ref = on
        self._set_ref(on and self.outstanding)

    def _run(self) -> None:
        while True:
            self.want.wait()
            self.want.clear()
            try:
                data = os.read(sys.stdin.fileno(), 65536)
            except (OSError, ValueError):
                data = b""
            self.host.loop.post(functools.partial(self._deliver, data))
            if not data:
                return

    def _deliver(self, data: bytes) -> None:
        self.outstanding = False
        self._set_ref(False)
        if not data:
            self.eof = True
            tail = self.decoder.decode(b"", final=True) if self.mode == "utf8" else ""
            if tail:
                self._call(tail)
            self._call(None)
            return
        if self.mode == "latin1":
            self._call(data.decode("latin1"))
        else:
            text = self.decoder.decode(data)
            if text:
                self._call(text)
            elif not self.eof:
                self.request(self.mode, self.callback)

    def _call(self, chunk: str | None) -> None:
        if self.callback is not None:
            self.callback.call(None, [python_string_to_js(chunk) if chunk is not None and self.mode == "utf8"
                                      else chunk if chunk is not None else NULL])


def _tty_info(host: "NodeHost", fd: int) -> dict[str, Any]:
    try:
        tty = os.isatty(fd)
    except OSError:
        tty = False
    info: dict[str, Any] = {"isTTY": tty}
    if tty and fd:
        try:
            cols, rows = os.get_terminal_size(fd)
            info["columns"] = float(cols)
            info["rows"] = float(rows)
        except OSError:
            pass
    return info


def _kind(fd: int) -> str:
    """How node sees a standard stream's descriptor: 'tty', 'pipe' (a FIFO or socket) or 'file'
    (a regular file or another device, /dev/null among them)."""
    try:
        if os.isatty(fd):
            return "tty"
        mode = os.fstat(fd).st_mode
    except OSError:
        return "file"
    return "pipe" if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) else "file"


def make_stdio(host: "NodeHost") -> JSObject:
    """``{stdout, stderr, stdin(), tty}`` for ``process`` and the ``tty`` module (one per host)."""
    made = host.__dict__.get("_stdio_streams")
    if made is not None:
        return made  # type: ignore[no-any-return]
    made = _make_stdio(host)
    host.__dict__["_stdio_streams"] = made
    # (the streams' write methods as made: the global console writes to the host's output
    # directly while they are unchanged, runtime.NodeHost._console_writer)
    writes = host.__dict__.setdefault("_stdio_writes", {})
    for name in ("stdout", "stderr"):
        stream = made.get(name, made)
        if isinstance(stream, JSObject):
            writes[name] = (stream, stream.get("write", stream))
    return made


def make_tty_module(host: "NodeHost") -> "JSObject":
    """``require('tty')``: ``isatty(fd)`` and the ReadStream/WriteStream classes of
    ``process.stdin``/``stdout`` on a terminal (NON-SPEC limitation: a new one made by JS code is
    a stream with no descriptor behind it)."""
    stdio = make_stdio(host)
    return stdio.get("tty", stdio)  # type: ignore[no-any-return]


def _make_stdio(host: "NodeHost") -> "JSObject":
    realm = host.realm
    reader = _StdinReader(host)

    def info(a: list[Any]) -> Any:
        fd = int(a[0]) if a and type(a[0]) is float else 1
        i = _tty_info(host, fd)
        if not i["isTTY"]:
            return obj_from(realm, {})
        return obj_from(realm, i)

    def text(a: list[Any]) -> str:
        v = a[0] if a else ""
        return js_str(v) if type(v) is str else ""
    b = binding(realm, {
        "writeOut": lambda a: host.write_out(text(a)),
        "writeErr": lambda a: host.write_err(text(a)),
        "info": info,
        "kind": lambda a: _kind(int(a[0]) if a and type(a[0]) is float else 1),
        "isatty": lambda a: _kind(int(a[0])) == "tty",
        "stdinRead": lambda a: reader.request(a[0] if a and a[0] in ("latin1", "utf8") else "utf8", a[1]),
        "stdinRef": lambda a: reader.ref(bool(a and a[0] is True)),
    })
    return load_js(realm, "node:internal/stdio", STDIO_SOURCE, host.js_helpers({"B": b}))
