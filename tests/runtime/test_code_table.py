"""runtime/stack.py's CodeTable: the code objects that mark JS activations and call sites are
found by identity (a code object's hash is recomputed from its bytecode and constants on every
lookup: each stack capture looked up every Python frame on the stack), so a code object equal
to a registered one but not it is not taken for it."""
from __future__ import annotations

import pyjsvm  # noqa: F401 - the compiler registers the engine's codes when it loads
from pyjsvm.runtime.stack import ACTIVATION_CODES, CALL_SITE_CODES, DELEGATING, CodeTable
from pyjsvm.runtime.functions import ECMAFunction


def test_lookup_is_by_identity() -> None:
    src = "def f(a):\n    pos = (1, 2)\n    return a\n"
    one, two = compile(src, "<t>", "exec"), compile(src, "<t>", "exec")
    a = next(c for c in one.co_consts if hasattr(c, "co_code"))
    b = next(c for c in two.co_consts if hasattr(c, "co_code"))
    assert a == b and a is not b
    t = CodeTable()
    t.add(a)
    t[b] = "value"
    assert a in t and b in t and len(t) == 2
    assert t.get(a) is None and t.get(b) == "value" and t.get(compile("0", "<t>", "eval"), 7) == 7
    u = CodeTable()
    u.add(a)
    assert b not in u


def test_the_engine_registers_its_activations() -> None:
    assert ECMAFunction.call.__code__ in ACTIVATION_CODES
    assert DELEGATING.get(ECMAFunction.call.__code__) == "fast"
    assert len(CALL_SITE_CODES) > 0
