"""``node:fs`` and ``node:fs/promises``.

The host work is done here in Python (``os``, ``shutil``) by a binding of synchronous
operations, each checking the permission model first; the module itself (argument handling,
callback and promise forms, Stats, Dirent, streams) is JS on top of that binding. Data crosses
as JS strings in a Node encoding (``latin1`` for raw bytes), so nothing here depends on Buffer.
"""
from __future__ import annotations

import errno as _errno
import os
import shutil
import stat as _stat
import tempfile
import threading
from typing import TYPE_CHECKING, Any, Callable, NoReturn

from pyjsvm.host.jsutil import binding, invalid_arg_type, js_os_str, load_js, new_array, throw_node_error, uv_error
from pyjsvm.host.node.encoding import decode, encode, normalize_encoding
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import JSObject
from pyjsvm.api.convert import python_string_to_js
from pyjsvm.host.node.fs_js import FS_SOURCE
from pyjsvm.host.jsutil import describe_received, node_error, obj_from

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_fs_module", "uv_error"]

_OPEN_FLAGS = {
    "r": os.O_RDONLY, "rs": os.O_RDONLY, "sr": os.O_RDONLY, "r+": os.O_RDWR, "rs+": os.O_RDWR, "sr+": os.O_RDWR,
    "w": os.O_TRUNC | os.O_CREAT | os.O_WRONLY, "wx": os.O_TRUNC | os.O_CREAT | os.O_WRONLY | os.O_EXCL,
    "xw": os.O_TRUNC | os.O_CREAT | os.O_WRONLY | os.O_EXCL,
    "w+": os.O_TRUNC | os.O_CREAT | os.O_RDWR, "wx+": os.O_TRUNC | os.O_CREAT | os.O_RDWR | os.O_EXCL,
    "xw+": os.O_TRUNC | os.O_CREAT | os.O_RDWR | os.O_EXCL,
    "a": os.O_APPEND | os.O_CREAT | os.O_WRONLY, "ax": os.O_APPEND | os.O_CREAT | os.O_WRONLY | os.O_EXCL,
    "xa": os.O_APPEND | os.O_CREAT | os.O_WRONLY | os.O_EXCL, "as": os.O_APPEND | os.O_CREAT | os.O_WRONLY,
    "sa": os.O_APPEND | os.O_CREAT | os.O_WRONLY,
    "a+": os.O_APPEND | os.O_CREAT | os.O_RDWR, "ax+": os.O_APPEND | os.O_CREAT | os.O_RDWR | os.O_EXCL,
    "xa+": os.O_APPEND | os.O_CREAT | os.O_RDWR | os.O_EXCL, "as+": os.O_APPEND | os.O_CREAT | os.O_RDWR,
    "sa+": os.O_APPEND | os.O_CREAT | os.O_RDWR,
}


def _ms(t: float) -> float:
    return float(t * 1000.0)


def make_binding(host: "NodeHost") -> JSObject:
    """The synchronous operations the JS part of ``fs`` calls."""
    realm = host.realm
    perms = host.permissions

    def path_arg(v: Any) -> str:
        if type(v) is not str:
            invalid_arg_type(realm, "path", "of type string or an instance of Buffer or URL", v)
        p = js_os_str(v)
        if "\x00" in p:
            throw_node_error(realm, "TypeError", "ERR_INVALID_ARG_VALUE",
                             "The argument 'path' must be a string, Uint8Array, or URL without null bytes. "
                             f"Received {v!r}")
        return p

    def enc_arg(v: Any) -> str:
        e = normalize_encoding(v)
        if e is None:
            throw_node_error(realm, "TypeError", "ERR_INVALID_ARG_VALUE",
                             f"The argument 'encoding' is invalid encoding. {describe_received(v)}")
        return e

    def read(p: str) -> str:
        perms.check_read(realm, p)
        return p

    def write(p: str) -> str:
        perms.check_write(realm, p)
        return p

    def guard(syscall: str, path: str | None, fn: Callable[[], Any], dest: str | None = None) -> Any:
        try:
            return fn()
        except OSError as e:
            raise uv_error(realm, e, syscall, path, dest) from None

    def fail(code: int, syscall: str, path: str | None, dest: str | None = None) -> NoReturn:
        raise uv_error(realm, OSError(code, os.strerror(code)), syscall, path, dest)

    def open_flags(v: Any) -> int:
        if v is None:
            return os.O_RDONLY
        if type(v) is float:
            return int(v)
        f = _OPEN_FLAGS.get(str(v))
        if f is None:
            throw_node_error(realm, "TypeError", "ERR_INVALID_ARG_VALUE",
                             f"The argument 'flags' is invalid. Received {v!r}")
        return f

    def check_open(p: str, flags: int) -> None:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND):
            write(p)
        if not flags & os.O_WRONLY:
            read(p)

    def read_file(a: list[Any]) -> Any:
        p = path_arg(a[0])
        enc = enc_arg(a[1]) if len(a) > 1 and a[1] is not None else "latin1"
        flags = open_flags(a[2] if len(a) > 2 else None)
        check_open(p, flags)
        if os.path.isdir(p):
            fail(_errno.EISDIR, "read", None)

        def go() -> bytes:
            fd = os.open(p, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
            try:
                chunks = []
                while True:
                    b = os.read(fd, 1 << 16)
                    if not b:
                        break
                    chunks.append(b)
                return b"".join(chunks)
            finally:
                os.close(fd)
        data = guard("open", p, go)
        return decode(data, enc)

    def write_file(a: list[Any]) -> Any:
        p = path_arg(a[0])
        data = a[1] if type(a[1]) is str else ""
        enc = enc_arg(a[2]) if len(a) > 2 and a[2] is not None else "utf8"
        flags = open_flags(a[3] if len(a) > 3 and a[3] is not None else "w")
        mode = int(a[4]) if len(a) > 4 and type(a[4]) is float else 0o666
        check_open(p, flags)
        raw = encode(data, enc)

        def go() -> None:
            fd = os.open(p, flags | getattr(os, "O_CLOEXEC", 0), mode)
            try:
                view = memoryview(raw)
                while view:
                    n = os.write(fd, view)
                    view = view[n:]
            finally:
                os.close(fd)
        guard("open", p, go)
        return None

    def exists(a: list[Any]) -> Any:
        if type(a[0]) is not str:
            return False
        p = read(js_os_str(a[0]))
        try:
            os.stat(p)
            return True
        except (OSError, ValueError):
            return False

    def stat_obj(st: os.stat_result) -> JSObject:
        birth = getattr(st, "st_birthtime", st.st_ctime)
        return obj_from(realm, {
            "dev": float(st.st_dev), "mode": float(st.st_mode), "nlink": float(st.st_nlink),
            "uid": float(st.st_uid), "gid": float(st.st_gid), "rdev": float(getattr(st, "st_rdev", 0)),
            "blksize": float(getattr(st, "st_blksize", 4096)), "ino": float(st.st_ino), "size": float(st.st_size),
            "blocks": float(getattr(st, "st_blocks", 0)), "atimeMs": _ms(st.st_atime), "mtimeMs": _ms(st.st_mtime),
            "ctimeMs": _ms(st.st_ctime), "birthtimeMs": _ms(birth)})

    def stat(a: list[Any]) -> Any:
        p = read(path_arg(a[0]))
        lstat = a[1] is True if len(a) > 1 else False
        throw = not (len(a) > 2 and a[2] is False)
        syscall = "lstat" if lstat else "stat"
        try:
            st = os.lstat(p) if lstat else os.stat(p)
        except OSError as e:
            if not throw and e.errno in (_errno.ENOENT, _errno.ENOTDIR):
                return None
            raise uv_error(realm, e, syscall, p) from None
        return stat_obj(st)

    def fstat(a: list[Any]) -> Any:
        fd = fd_arg(a[0])
        return stat_obj(guard("fstat", None, lambda: os.fstat(fd)))

    def readdir(a: list[Any]) -> Any:
        p = read(path_arg(a[0]))
        with_types = len(a) > 1 and a[1] is True
        recursive = len(a) > 2 and a[2] is True

        def kind(entry: os.DirEntry[str]) -> str:
            try:
                if entry.is_symlink():
                    return "link"
                if entry.is_dir(follow_symlinks=False):
                    return "dir"
                if entry.is_file(follow_symlinks=False):
                    return "file"
                m = entry.stat(follow_symlinks=False).st_mode
            except OSError:
                return "unknown"
            return {_stat.S_IFIFO: "fifo", _stat.S_IFSOCK: "socket", _stat.S_IFCHR: "char",
                    _stat.S_IFBLK: "block"}.get(_stat.S_IFMT(m), "unknown")

        out: list[Any] = []

        def walk(d: str, prefix: str) -> None:
            entries = guard("scandir", p if d == p else d, lambda: sorted(os.scandir(d), key=lambda e: e.name))
            for entry in entries:
                rel = prefix + entry.name
                k = kind(entry)
                if with_types:
                    out.append(new_array(realm, [python_string_to_js(entry.name), k,
                                                 python_string_to_js(os.path.join(p, prefix).rstrip(os.sep)
                                                                     if prefix else p)]))
                else:
                    out.append(python_string_to_js(rel))
                if recursive and k == "dir":
                    walk(entry.path, rel + os.sep)
        walk(p, "")
        return new_array(realm, out)

    def mkdir(a: list[Any]) -> Any:
        p = write(path_arg(a[0]))
        recursive = len(a) > 1 and a[1] is True
        mode = int(a[2]) if len(a) > 2 and type(a[2]) is float else 0o777
        if not recursive:
            guard("mkdir", p, lambda: os.mkdir(p, mode))
            return None
        absolute = os.path.abspath(p)
        first = None
        d = absolute
        while not os.path.exists(d):
            first = d
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
        if os.path.exists(absolute) and not os.path.isdir(absolute):
            fail(_errno.EEXIST, "mkdir", p)
        if os.path.exists(d) and not os.path.isdir(d):
            fail(_errno.ENOTDIR, "mkdir", p)
        guard("mkdir", p, lambda: os.makedirs(absolute, mode, exist_ok=True))
        return python_string_to_js(first) if first else None

    def rm(a: list[Any]) -> Any:
        p = write(path_arg(a[0]))
        recursive = len(a) > 1 and a[1] is True
        force = len(a) > 2 and a[2] is True
        if not os.path.lexists(p):
            if force:
                return None
            fail(_errno.ENOENT, "lstat", p)
        if os.path.isdir(p) and not os.path.islink(p):
            if not recursive:
                err = node_error(realm, "Error", "ERR_FS_EISDIR",
                                 f"Path is a directory: rm returned EISDIR (is a directory) {p}")
                raise JSThrow(err)
            guard("rm", p, lambda: shutil.rmtree(p))
        else:
            guard("rm", p, lambda: os.unlink(p))
        return None

    def rmdir(a: list[Any]) -> Any:
        p = write(path_arg(a[0]))
        if len(a) > 1 and a[1] is True:
            guard("rmdir", p, lambda: shutil.rmtree(p))
        else:
            guard("rmdir", p, lambda: os.rmdir(p))
        return None

    def unlink(a: list[Any]) -> Any:
        p = write(path_arg(a[0]))
        if os.path.isdir(p) and not os.path.islink(p):
            fail(_errno.EISDIR if os.name != "posix" else _errno.EISDIR, "unlink", p)
        guard("unlink", p, lambda: os.unlink(p))
        return None

    def rename(a: list[Any]) -> Any:
        src = write(read(path_arg(a[0])))
        dst = write(path_arg(a[1]))
        guard("rename", src, lambda: os.rename(src, dst), dst)
        return None

    def copy_file(a: list[Any]) -> Any:
        src = read(path_arg(a[0]))
        dst = write(path_arg(a[1]))
        excl = len(a) > 2 and type(a[2]) is float and int(a[2]) & 1
        if excl and os.path.exists(dst):
            fail(_errno.EEXIST, "copyfile", src, dst)
        if os.path.isdir(src):
            fail(_errno.EISDIR, "copyfile", src, dst)
        guard("copyfile", src, lambda: shutil.copyfile(src, dst), dst)
        return None

    def cp(a: list[Any]) -> Any:
        src = read(path_arg(a[0]))
        dst = write(path_arg(a[1]))
        recursive = len(a) > 2 and a[2] is True
        if os.path.isdir(src):
            if not recursive:
                raise JSThrow(node_error(realm, "SystemError", "ERR_FS_EISDIR",
                                         f"Recursive option is required to copy a directory: cp returned EISDIR "
                                         f"({src} is a directory (not copied)) {src}"))
            # symlinks are copied as links: copying their targets would read past the permission checks
            guard("cp", src, lambda: shutil.copytree(src, dst, symlinks=True, dirs_exist_ok=True), dst)
        else:
            guard("cp", src, lambda: shutil.copyfile(src, dst), dst)
        return None

    def realpath(a: list[Any]) -> Any:
        p = read(path_arg(a[0]))
        if not os.path.lexists(p):
            fail(_errno.ENOENT, "realpath", p)
        return python_string_to_js(guard("realpath", p, lambda: os.path.realpath(p, strict=True)))

    def access(a: list[Any]) -> Any:
        p = path_arg(a[0])
        mode = int(a[1]) if len(a) > 1 and type(a[1]) is float else os.F_OK
        if mode & os.W_OK:
            write(p)
        else:
            read(p)
        if not os.path.lexists(p):
            fail(_errno.ENOENT, "access", p)
        if not os.access(p, mode):
            fail(_errno.EACCES, "access", p)
        return None

    def chmod(a: list[Any]) -> Any:
        p = write(path_arg(a[0]))
        mode = a[1]
        m = int(mode, 8) if type(mode) is str else int(mode) if type(mode) is float else 0
        guard("chmod", p, lambda: os.chmod(p, m))
        return None

    def utimes(a: list[Any]) -> Any:
        p = write(path_arg(a[0]))
        guard("utime", p, lambda: os.utime(p, (float(a[1]), float(a[2]))))
        return None

    def symlink(a: list[Any]) -> Any:
        target = path_arg(a[0])
        p = write(path_arg(a[1]))
        guard("symlink", target, lambda: os.symlink(target, p), p)
        return None

    def readlink(a: list[Any]) -> Any:
        p = read(path_arg(a[0]))
        return python_string_to_js(guard("readlink", p, lambda: os.readlink(p)))

    def link(a: list[Any]) -> Any:
        src = read(path_arg(a[0]))
        dst = write(path_arg(a[1]))
        guard("link", src, lambda: os.link(src, dst), dst)
        return None

    def truncate(a: list[Any]) -> Any:
        p = write(path_arg(a[0]))
        n = int(a[1]) if len(a) > 1 and type(a[1]) is float else 0
        guard("open", p, lambda: os.truncate(p, n))
        return None

    def mkdtemp(a: list[Any]) -> Any:
        prefix = path_arg(a[0])
        d = os.path.dirname(prefix) or "."
        write(d)
        return python_string_to_js(guard("mkdtemp", prefix + "XXXXXX",
                                         lambda: tempfile.mkdtemp(prefix=os.path.basename(prefix), dir=d)))

    # --- file descriptors ----------------------------------------------------------------------
    opened: set[int] = set()

    def fd_arg(v: Any) -> int:
        if type(v) is not float or v != int(v) or v < 0:
            invalid_arg_type(realm, "fd", "of type number", v)
        fd = int(v)
        if perms.enabled and fd > 2 and fd not in opened:
            # under --permission only descriptors this program opened (and stdio) can be used
            fail(_errno.EBADF, "fd", None)
        return fd

    def open_(a: list[Any]) -> Any:
        p = path_arg(a[0])
        flags = open_flags(a[1] if len(a) > 1 else None)
        mode = int(a[2]) if len(a) > 2 and type(a[2]) is float else 0o666
        check_open(p, flags)
        fd = guard("open", p, lambda: os.open(p, flags | getattr(os, "O_CLOEXEC", 0), mode))
        opened.add(fd)
        return float(fd)

    def close(a: list[Any]) -> Any:
        fd = fd_arg(a[0])
        guard("close", None, lambda: os.close(fd))
        opened.discard(fd)
        return None

    def read_fd(a: list[Any]) -> Any:
        """read(fd, length, position) -> latin1 string of the bytes read ('' at the end)."""
        fd = fd_arg(a[0])
        n = int(a[1]) if type(a[1]) is float else 1 << 16
        pos = a[2] if len(a) > 2 else None
        if type(pos) is float and pos >= 0:
            data = guard("read", None, lambda: os.pread(fd, n, int(pos)))
        else:
            data = guard("read", None, lambda: os.read(fd, n))
        return data.decode("latin1")

    def write_fd(a: list[Any]) -> Any:
        """write(fd, string, encoding, position) -> bytes written."""
        fd = fd_arg(a[0])
        raw = encode(a[1] if type(a[1]) is str else "", enc_arg(a[2]) if len(a) > 2 and a[2] is not None else "utf8")
        pos = a[3] if len(a) > 3 else None
        if fd in (1, 2):
            (host.write_out if fd == 1 else host.write_err)(raw.decode("utf-8", "replace"))
            return float(len(raw))
        if type(pos) is float and pos >= 0:
            return float(guard("write", None, lambda: os.pwrite(fd, raw, int(pos))))
        return float(guard("write", None, lambda: os.write(fd, raw)))

    def fsync(a: list[Any]) -> Any:
        fd = fd_arg(a[0])
        guard("fsync", None, lambda: os.fsync(fd))
        return None

    def ftruncate(a: list[Any]) -> Any:
        fd = fd_arg(a[0])
        n = int(a[1]) if len(a) > 1 and type(a[1]) is float else 0
        guard("ftruncate", None, lambda: os.ftruncate(fd, n))
        return None

    def fdatasync(a: list[Any]) -> Any:
        fd = fd_arg(a[0])
        guard("fdatasync", None, lambda: os.fdatasync(fd))
        return None

    def futimes(a: list[Any]) -> Any:
        fd = fd_arg(a[0])
        guard("futime", None, lambda: os.utime(fd, (float(a[1]), float(a[2]))))
        return None

    def lutimes(a: list[Any]) -> Any:
        p = write(path_arg(a[0]))
        guard("lutime", p, lambda: os.utime(p, (float(a[1]), float(a[2])), follow_symlinks=False))
        return None

    def fchmod(a: list[Any]) -> Any:
        fd = fd_arg(a[0])
        mode = a[1]
        m = int(mode, 8) if type(mode) is str else int(mode) if type(mode) is float else 0
        guard("fchmod", None, lambda: os.fchmod(fd, m))
        return None

    def id_arg(v: Any, name: str) -> int:
        if type(v) is not float or v != int(v) or not -1 <= v <= 0xFFFFFFFF:
            invalid_arg_type(realm, name, "of type number", v)
        return int(v)

    def chown(a: list[Any]) -> Any:
        # [path or fd, uid, gid, "chown" | "lchown" | "fchown"]
        kind = a[3]
        uid, gid = id_arg(a[1], "uid"), id_arg(a[2], "gid")
        if kind == "fchown":
            fd = fd_arg(a[0])
            guard("fchown", None, lambda: os.fchown(fd, uid, gid))
            return None
        p = write(path_arg(a[0]))
        change = os.lchown if kind == "lchown" else os.chown
        guard(str(kind), p, lambda: change(p, uid, gid))
        return None

    # --- watching (fs.watch, fs.watchFile): a polling thread per watcher posts to the loop ----
    watchers: dict[int, "_Poller"] = {}
    loop = host.loop

    def watch_start(a: list[Any]) -> Any:
        """watch(path, mode, recursive, intervalMs, persistent, onEvent) -> id. mode 'watch'
        reports onEvent(eventType, filename) as fs.watch does; mode 'stat' reports onEvent()
        when the path's stat changes (fs.watchFile)."""
        p = read(path_arg(a[0]))
        mode = a[1]
        recursive = a[2] is True
        interval = float(a[3]) / 1000.0 if type(a[3]) is float and a[3] > 0 else 0.1
        persistent = a[4] is not False
        on_event = a[5]
        if mode == "watch":
            guard("watch", p, lambda: os.stat(p))
        poller = _Poller(p, mode == "stat", recursive, interval)
        wid = len(watchers) + 1
        while wid in watchers:
            wid += 1
        watchers[wid] = poller

        def deliver(events: list[tuple[str, str]]) -> None:
            for kind, name in events:
                if poller.stopped:
                    return
                on_event.call(None, [kind, python_string_to_js(name)] if mode == "watch" else [])

        context = loop.capture()  # the watcher's events run in the async context of the watch
        poller.on_changes = lambda events: loop.post(lambda: deliver(events), context)
        if persistent:
            poller.refd = True
            loop.ref_handle()
        poller.start()
        return float(wid)

    def watch_stop(a: list[Any]) -> Any:
        poller = watchers.pop(int(a[0]) if type(a[0]) is float else -1, None)
        if poller is not None:
            poller.stop()
            if poller.refd:
                poller.refd = False
                loop.unref_handle()
        return None

    def watch_ref(a: list[Any]) -> Any:
        poller = watchers.get(int(a[0]) if type(a[0]) is float else -1)
        if poller is not None and poller.refd != (a[1] is True):
            poller.refd = a[1] is True
            (loop.ref_handle if poller.refd else loop.unref_handle)()
        return None

    def encodings(a: list[Any]) -> Any:
        """Re-encode a string: (string, fromEncoding, toEncoding)."""
        return decode(encode(a[0], enc_arg(a[1])), enc_arg(a[2]))

    def valid_encoding(a: list[Any]) -> Any:
        return normalize_encoding(a[0]) is not None

    def post(a: list[Any]) -> Any:
        """Run the function ``a[0]`` in the event loop's poll phase, where node runs the callbacks
        of file operations (before the immediates and timers they queue)."""
        fn = a[0]
        loop.post(lambda: fn.call(None, []), loop.capture())
        return None

    return binding(realm, {
        "readFile": read_file, "writeFile": write_file, "exists": exists, "stat": stat, "fstat": fstat,
        "readdir": readdir, "mkdir": mkdir, "rm": rm, "rmdir": rmdir, "unlink": unlink, "rename": rename,
        "copyFile": copy_file, "cp": cp, "realpath": realpath, "access": access, "chmod": chmod,
        "utimes": utimes, "symlink": symlink, "readlink": readlink, "link": link, "truncate": truncate,
        "mkdtemp": mkdtemp, "open": open_, "close": close, "read": read_fd, "write": write_fd, "fsync": fsync,
        "ftruncate": ftruncate, "fdatasync": fdatasync, "futimes": futimes, "lutimes": lutimes,
        "fchmod": fchmod, "chown": chown, "recode": encodings, "isEncoding": valid_encoding,
        "watchStart": watch_start, "watchStop": watch_stop, "watchRef": watch_ref, "post": post,
    })


def _snapshot_entry(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_mtime_ns, st.st_size, st.st_ino, st.st_mode)


class _Poller:
    """NON-SPEC: a polling file watcher (node uses inotify/kqueue; polling is portable). A
    daemon thread compares snapshots of the path every ``interval`` seconds and hands the
    differences to ``on_changes`` (which posts them to the event loop)."""

    def __init__(self, path: str, stat_mode: bool, recursive: bool, interval: float) -> None:
        self.path = path
        self.stat_mode = stat_mode
        self.recursive = recursive
        self.interval = interval
        self.stopped = False
        self.refd = False
        self.on_changes: Callable[[list[tuple[str, str]]], None] = lambda events: None
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pyjsvm-fs-watch", daemon=True)
        self._last = self._snapshot()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopped = True
        self._wake.set()

    def _snapshot(self) -> dict[str, tuple[int, int, int, int]]:
        snap: dict[str, tuple[int, int, int, int]] = {}
        try:
            st = os.stat(self.path)
        except OSError:
            return snap
        snap[""] = _snapshot_entry(st)
        if self.stat_mode or not _stat.S_ISDIR(st.st_mode):
            return snap
        stack = [""]
        while stack:
            rel = stack.pop()
            try:
                entries = list(os.scandir(os.path.join(self.path, rel)))
            except OSError:
                continue
            for e in entries:
                name = os.path.join(rel, e.name) if rel else e.name
                try:
                    est = e.stat(follow_symlinks=False)
                except OSError:
                    continue
                snap[name] = _snapshot_entry(est)
                if self.recursive and _stat.S_ISDIR(est.st_mode):
                    stack.append(name)
        return snap

    def _diff(self, old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
        if self.stat_mode:
            return [("change", "")] if old.get("") != new.get("") else []
        base = os.path.basename(self.path)
        events: list[tuple[str, str]] = []
        is_dir = "" in new and _stat.S_ISDIR(new[""][3]) or "" in old and _stat.S_ISDIR(old[""][3])
        if not is_dir:
            if ("" in old) != ("" in new) or (old.get("", (0,))[2:3] != new.get("", (0,))[2:3]):
                events.append(("rename", base))
            elif old.get("") != new.get(""):
                events.append(("change", base))
            return events
        if "" not in new:
            return [("rename", base)]
        for name in sorted(set(old) | set(new)):
            if not name:
                continue
            if name not in old or name not in new or old[name][2] != new[name][2]:
                events.append(("rename", name))
            elif old[name] != new[name] and not _stat.S_ISDIR(new[name][3]):
                events.append(("change", name))
        return events

    def _run(self) -> None:
        while not self._wake.wait(self.interval):
            snap = self._snapshot()
            events = self._diff(self._last, snap)
            self._last = snap
            if events and not self.stopped:
                self.on_changes(events)


def make_fs_module(host: "NodeHost") -> Any:
    """``require('fs')``."""
    return load_js(host.realm, "node:fs", FS_SOURCE, host.js_helpers({"B": make_binding(host)}))
