"""runtime/stack.capture_raw_frames finds what each Python frame is to a capture once per code
object (stack._frame_kind, by the code's id, in stack._KINDS): the table must hold every code
object it describes (an id freed and reused by another code object would otherwise take the old
one's entry: an emitted frame taken for a host's one drops out of stacks), and forget what it
found when a code object is registered later. Error.stackTraceLimit is read on every capture
(stack.stack_trace_limit): fractions, NaN, negative and huge limits as node gives them."""
from __future__ import annotations

import pytest

import pyjsvm  # noqa: F401 - the compiler registers the engine's codes when it loads
from pyjsvm.runtime import stack
from tests.helpers import NODE, js_str, node_str


def _inner_code(source: str, filename: str) -> object:
    return next(c for c in compile(source, filename, "exec").co_consts if hasattr(c, "co_code"))


def test_kinds_hold_their_code_objects() -> None:
    # Host code objects classified and dropped by their owner, then emitted ones of the same
    # size made: none of these may be taken for one of the dropped ones, whose ids they may get.
    emitted_file = next(name for name, (activation, _) in stack.EMITTED_FILES.items() if activation)
    source = "def f(self, this, _ag, given):\n    return {}\n"
    for _ in range(20):
        hosts = [_inner_code(source.format(i), "<host>") for i in range(50)]
        for code in hosts:
            assert stack._frame_kind(code) == ()
        del hosts, code
        made = [_inner_code(source.format(i), emitted_file) for i in range(50)]
        for code in made:
            kind = stack._KINDS.get(id(code), stack._MISS)
            assert kind is stack._MISS or kind and kind[0] is code
            assert stack._frame_kind(code)[1] == stack._EMITTED


def test_registering_forgets_what_captures_found() -> None:
    code = _inner_code("def site(pos):\n    return pos\n", "<site>")
    assert stack._frame_kind(code) == ()
    assert stack._KINDS.get(id(code)) == ()
    stack.CALL_SITE_CODES.add(code)
    try:
        assert stack._KINDS.get(id(code), stack._MISS) is stack._MISS
        assert stack._frame_kind(code)[1] == stack._POS
    finally:
        del stack.CALL_SITE_CODES.by_id[id(code)]
        stack._KINDS.clear()


LIMITS = r"""
function d(n, lim) {
  if (n) return d(n - 1, lim);
  Error.stackTraceLimit = lim; const e = new Error('x'); Error.stackTraceLimit = 10;
  return e.stack.split('\n').length - 1;
}
var out = [];
for (const lim of [2.9, 0, -1, NaN, 0.5, 12, 13.99, 1e-300, -0, 200.5, 1e9])
  out.push(String(lim) + '=' + d(lim > 100 ? 230 : 14, lim));
out.join(' ')
"""

EXPECTED = "2.9=2 0=0 -1=0 NaN=0 0.5=0 12=12 13.99=13 1e-300=0 0=0 200.5=200 1000000000=200"


def test_stack_trace_limits() -> None:
    # (1e9: node shows every frame, 242 with its own; pyjsvm shows 200 at most)
    assert js_str(LIMITS) == EXPECTED


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
def test_stack_trace_limits_node() -> None:
    assert node_str(LIMITS.replace(", 1e9]", "]")) == EXPECTED.replace(" 1000000000=200", "")
