"""NON-SPEC: call-site capture for ``Error.prototype.stack`` and Python-side ``JSError.stack``.

Frames are found by walking the Python stack at the moment an error is made: each JS function
activation runs ``ECMAFunction.call`` (or a script's run), whose locals name the function, and
call sites record their source position in a local called ``pos``. Nothing is recorded on the
happy path, so capturing costs only when an error is created.
"""
from __future__ import annotations

import sys
from typing import Any
from pyjsvm.runtime.operations import safe_describe

# Code objects whose frames mark a JS activation; filled in by the compiler module.
ACTIVATION_CODES: set[Any] = set()
CALL_SITE_CODES: set[Any] = set()
MAX_FRAMES = 10


def register_activation(*funcs: Any) -> None:
    for fn in funcs:
        ACTIVATION_CODES.add(fn.__code__)


def register_call_sites(*modules: Any) -> None:
    """Record every nested function (closure) code object with a free variable ``pos``."""
    import types

    def scan(code: Any) -> None:
        if "pos" in code.co_freevars:
            CALL_SITE_CODES.add(code)
        for c in code.co_consts:
            if isinstance(c, types.CodeType):
                scan(c)
    for m in modules:
        for v in vars(m).values():
            if isinstance(v, type):
                for a in vars(v).values():
                    if isinstance(a, types.FunctionType):
                        scan(a.__code__)
            elif isinstance(v, types.FunctionType):
                scan(v.__code__)


def capture_frames() -> list[tuple[str, str, int, int]]:
    """Return [(function name, file name, line, column)], innermost first."""
    frames: list[tuple[str, str, int, int]] = []
    f = sys._getframe(1)
    pos: Any = None
    while f is not None and len(frames) < MAX_FRAMES:
        code = f.f_code
        if code in CALL_SITE_CODES and pos is None:
            pos = f.f_locals.get("pos")
        elif code in ACTIVATION_CODES:
            owner = f.f_locals.get("self")
            if owner is not None:
                name, filename, line, col = owner.frame_info()
                if pos is not None:
                    line, col = pos
                frames.append((name, filename, line, col))
            pos = None
        f = f.f_back  # type: ignore[assignment]
    return frames


def format_stack(err: Any) -> str:
    head = safe_describe(err)
    lines = [head]
    for name, filename, line, col in getattr(err, "frames", []):
        where = f"{filename}:{line}:{col}"
        lines.append(f"    at {name} ({where})" if name else f"    at {where}")
    return "\n".join(lines)
