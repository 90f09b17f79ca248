"""An Error's stack is made by walking the Python stack for JS frames (runtime/stack.
capture_frames); the walk stops at the frame that entered the engine outermost
(Agent.entry_frame, set by engine_limits), since nothing below it runs JS. The frames of JS
code that called host code that entered the engine again are above that frame: still found."""
from __future__ import annotations

from typing import Any

import pyjsvm
from pyjsvm.runtime.agent import get_agent


def _nested(depth: int, f: Any) -> Any:
    return f() if depth == 0 else _nested(depth - 1, f)


def test_a_re_entry_keeps_the_outer_frames() -> None:
    c = pyjsvm.create_context({"host": lambda f: f()})
    stack = pyjsvm.run_in_context("function inner() { return new Error('x').stack }"
                                  " function outer() { return host(inner) } outer()", c)
    assert [line.split()[1] for line in stack.splitlines()[1:3]] == ["inner", "outer"]


def test_the_walk_stops_at_the_entry() -> None:
    seen: list[Any] = []
    c = pyjsvm.create_context({"entry": lambda: seen.append(get_agent().entry_frame)})
    _nested(30, lambda: pyjsvm.run_in_context("entry()", c))
    # (the frame with the ``with engine_limits()``: an entry point of the engine)
    entry = seen[0].f_code.co_filename
    assert "/pyjsvm/" in entry and not entry.endswith(("agent.py", "contextlib.py"))
    assert get_agent().entry_frame is None   # (cleared when the outermost entry returns)
    # from deep in a host's stack, the stack of a new Error is the same as from the top
    src = "function f() { return new Error('e').stack } f()"
    assert _nested(60, lambda: pyjsvm.run_in_context(src, c)) == pyjsvm.run_in_context(src, c)


def test_frames_of_deep_generators_and_a_re_entry() -> None:
    # (3,000 nested yield* resumes: past the thread's C-stack budget, on a helper thread's stack)
    c = pyjsvm.create_context({"host": lambda f: f()})
    for n in (5, 3000):
        stack = pyjsvm.run_in_context("function inner() { return new Error('x').stack }"
                                      " function* g(n) { if (n === 0) { yield host(inner) } else { yield* g(n - 1) } }"
                                      " g(%d).next().value" % n, c)
        # (V8's frames: yield* resumes the inner generator through its next, shown as g.next)
        assert [line.split()[1] for line in stack.splitlines()[1:5]] == ["inner", "g", "g.next", "g"]
    assert get_agent().entry_frame is None
