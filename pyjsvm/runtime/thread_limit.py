"""NON-SPEC: the Python recursion limit of one thread.

Each JS call is several Python frames, so the thread that runs JS needs a recursion limit far
above CPython's default (the JS depth limit, ``Agent.max_depth``, is what stops runaway JS
recursion). ``sys.setrecursionlimit`` is process-wide: raising it lets every other thread of
the host recurse that deep too, and on CPython 3.11 recursion through C code (``json.loads``
of deeply nested input, ``repr`` of a deep list) then overflows the C stack of that thread
instead of raising ``RecursionError``.

CPython keeps in each thread state the number of frames the thread may still push
(``recursion_remaining`` in 3.11, ``py_recursion_remaining`` in 3.12+) next to a copy of the
interpreter's limit; the check made at each Python frame only decrements the former and raises
``RecursionError`` when it runs out. So the engine grants the thread that runs JS more frames by
raising its ``remaining`` alone (``grant``), and takes them back when the engine returns:
``sys.getrecursionlimit()`` and every other thread are untouched (a ``sys.setrecursionlimit``
made meanwhile keeps the grant: CPython recomputes ``remaining`` from the depth it reads).

While the grant holds, the thread's depth as CPython reads it (limit minus remaining) is below
its true depth. CPython's compiler (symtable, AST optimisation) measures its own nesting from
that reading against the interpreter's limit, so ``compile()`` keeps working deep inside JS (a
module imported lazily there, the engine's emitted functions); host code that JS calls runs
with the depth reading zero (``host_enter``), as on a fresh thread, with the host's limit. When
that host code enters the engine again, the grant it gets is what the suspended one had left,
less the host's frames (``grant``): JS <-> Python mutual recursion draws on one budget, where a
fresh grant per re-entry let it recurse until the C stack overflowed.

The field is found by a read-only probe of the thread state (the int followed by the limit that
drops by one for one more Python frame); where the probe fails (another implementation or
layout) ``fields()`` returns None and the caller raises the process-wide limit instead.
"""
from __future__ import annotations

import sys
import threading
from typing import Any

_PROBE_BYTES = 128      # the fields are near the start of the thread state (offset 32 on 3.11)
_offset: int | None = None
_get_tstate: Any = None
_probed = False
_local = threading.local()


def _probe() -> int | None:
    """The byte offset of the frames-left field in the thread state (the limit follows it)."""
    if sys.implementation.name != "cpython":
        return None
    try:
        import ctypes
        get = ctypes.PYFUNCTYPE(ctypes.c_void_p)(("PyThreadState_Get", ctypes.pythonapi))
    except (ImportError, AttributeError, OSError, TypeError):  # pragma: no cover - no ctypes
        return None
    limit = sys.getrecursionlimit()
    c_int = ctypes.c_int

    def read() -> list[int]:
        base = get()
        return [c_int.from_address(base + off).value for off in range(0, _PROBE_BYTES, 4)]

    def one_frame_deeper() -> list[int]:
        return read()

    outer = read()
    inner = one_frame_deeper()
    found = [i * 4 for i in range(len(outer) - 1)
             if outer[i + 1] == inner[i + 1] == limit and outer[i] - inner[i] == 1 and 0 < outer[i] <= limit]
    if len(found) != 1:
        return None
    global _get_tstate
    _get_tstate = get
    return found[0]


def fields() -> "tuple[Any, Any] | None":
    """The running thread's (frames left, limit) fields as ``ctypes.c_int`` views, or None when
    they could not be found (then only the process-wide limit can be changed)."""
    try:
        return _local.fields  # type: ignore[no-any-return]
    except AttributeError:
        pass
    global _probed, _offset
    if not _probed:
        _offset = _probe()
        _probed = True
    if _offset is None:
        found = None
    else:
        import ctypes
        base = _get_tstate()
        found = (ctypes.c_int.from_address(base + _offset), ctypes.c_int.from_address(base + _offset + 4))
    _local.fields = found
    return found


def grant(f: "tuple[Any, Any]", frames: int) -> int | None:
    """Let the running thread push up to ``frames`` more Python frames than its limit allows
    (``f`` from ``fields()``), unless a grant already holds on it; returns the frames granted
    (then ``take_back`` them when the engine returns), or None.

    Re-entered from host code that JS called (``host_enter``), the engine gets back what was
    left of the grant it suspended there, less the frames the host code used since, not a new
    one: the frames of all re-entries of a thread come out of one budget."""
    if getattr(_local, "granted", False):
        return None
    outer = getattr(_local, "suspended", None)
    if outer is not None:
        frames = max(0, min(frames, outer - f[1].value))
    f[0].value += frames
    _local.granted = True
    return frames


def take_back(f: "tuple[Any, Any]", frames: int) -> None:
    """End the grant of ``grant``."""
    f[0].value -= frames
    _local.granted = False


def host_enter(f: "tuple[Any, Any]") -> "tuple[int, bool, int | None]":
    """Before host code that JS calls: the grant is suspended and the thread's depth reads
    zero (the host's limit counted from here). Returns what ``host_exit`` restores."""
    granted = getattr(_local, "granted", False)
    saved = (f[0].value, granted, getattr(_local, "suspended", None))
    if granted:
        _local.suspended = f[0].value  # what the engine has left, for a re-entry (see grant)
    f[0].value = f[1].value
    _local.granted = False
    return saved


def host_exit(f: "tuple[Any, Any]", saved: "tuple[int, bool, int | None]") -> None:
    """After the host code of ``host_enter`` (at the same depth)."""
    f[0].value, _local.granted, _local.suspended = saved


def python_compile(source: str, filename: str, mode: str) -> Any:
    """Python's ``compile()`` from engine code (emitted functions), with the thread's depth
    reading zero: CPython's compiler measures its nesting from that reading against the
    interpreter's limit, so it gets the same room wherever in JS it runs."""
    f = fields()
    if f is None:
        return compile(source, filename, mode)
    return _with_remaining(f, f[1].value, compile, source, filename, mode)


def _with_remaining(f: "tuple[Any, Any]", remaining: int, fn: Any, *args: Any) -> Any:
    """``fn(*args)`` with the thread's ``remaining`` frames (``f``: the fields) set to
    ``remaining``, restored after."""
    saved = f[0].value
    f[0].value = remaining
    try:
        return fn(*args)
    finally:
        f[0].value = saved


def call_bounded(budget: int, fn: Any, *args: Any) -> Any:
    """``fn(*args)`` with at most ``budget`` more levels of recursion (Python frames and the C
    recursion CPython counts with them), for engine code that recurses through C (``json.loads``):
    under the grant the thread may recurse far deeper than its C stack holds, and C recursion
    overflows it (a crash) instead of raising ``RecursionError``. Where the thread state cannot
    be read, ``fn`` runs under the process-wide limit."""
    f = fields()
    if f is None:
        return fn(*args)
    return _with_remaining(f, min(f[0].value, budget), fn, *args)
