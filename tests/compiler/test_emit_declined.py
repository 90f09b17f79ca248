"""A function whose first emission fails (here: its emitted source is past MAX_EMITTED_SOURCE,
so it is emitted again in compact mode, in parts) is emitted at most twice, and a function whose
emission fails for good is not tried again by the compiler: the functions nested in it, compiled
once during each attempt, made each failed level double the work of the levels inside it
(nested eight deep: minutes). Counted, not timed."""
from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

import pyjsvm
from pyjsvm.api.vm_core import SCRIPTS
from pyjsvm.compiler import emit


pytestmark = pytest.mark.usefixtures("emitter_on")  # tests/compiler/conftest.py


def nested(depth: int, statements: int) -> str:
    body = "".join("var v%d = o.a.b(%d) + f(%d)[0];\n" % (i, i, i) for i in range(statements))
    src = "r.push(v0);"
    for d in range(depth):
        src = "(function () {\n%s%s\nr.push(%d);\n})();\n" % (body, src, d)
    return "var r = [], o = {a: {b: function (x) { return x * 2 }}}; function f(x) { return [x] }\n" + src + "r.join()"


def attempts(src: str, monkeypatch: pytest.MonkeyPatch, limit: int) -> tuple[Any, Counter[int]]:
    """The script's result and, per function node, how many times its emission was attempted."""
    tried: Counter[int] = Counter()
    emit_function = emit.FunctionEmitter.emit_function

    def counting(self: Any, fs: Any, *args: Any) -> Any:
        tried[id(fs.scope.func_node)] += 1
        return emit_function(self, fs, *args)
    monkeypatch.setattr(emit.FunctionEmitter, "emit_function", counting)
    monkeypatch.setattr(emit, "MAX_EMITTED_SOURCE", limit)
    SCRIPTS.clear()  # (compiled again, not the script compiled under the other limit)
    return pyjsvm.run_in_new_context(src), tried


def test_a_declined_function_is_tried_once(monkeypatch: pytest.MonkeyPatch) -> None:
    src = nested(6, 30)
    result, tried = attempts(src, monkeypatch, 2000)  # every IIFE's source is past the limit
    assert result == "0,0,1,2,3,4,5"
    assert len(tried) == 8  # the six IIFEs, f and o.a.b
    # at most twice: inline, then in compact mode (was 2 ** depth for the innermost)
    assert max(tried.values()) == 2
    result, tried = attempts(src, monkeypatch, 1 << 18)  # all emitted: the same result
    assert result == "0,0,1,2,3,4,5" and max(tried.values()) == 1
