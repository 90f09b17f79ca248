"""Built-ins that take any number of arguments (Math.max/min/hypot, String.fromCharCode,
fromCodePoint, String.prototype.concat, a generic Array.prototype.push, %TypedArray%.of,
Iterator.concat) check the run's budget as they go through a long argument list (up to 2**20
by spread or apply): String.fromCharCode(...a) ran 2.7 s and Uint8Array.of(...a) 3.5 s in one
loop no timeout could stop. Counted here (no timed assertion): the budget checks made while
one call with 40,000 arguments runs; and its value, compared with node."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm as vm
import pyjsvm.intrinsics.array as array_module
import pyjsvm.intrinsics.iterator as iterator_module
import pyjsvm.intrinsics.string as string_module
import pyjsvm.intrinsics.typed_array as typed_array_module
import pyjsvm.runtime.agent as agent_module
from tests.helpers import NODE, node_str

SETUP = "var a = []; for (var i = 0; i < 40000; i++) a.push(i % 1000 + 0.5); var r;"
CALLS = [
    "r = Math.max(...a)", "r = Math.min.apply(null, a)", "r = Math.hypot(...a)",
    "r = String.fromCharCode(...a).length", "r = String.fromCodePoint(...a.map(Math.floor), '65').length",
    "r = ''.concat(...a).length", "var o = {length: 0}; Array.prototype.push.apply(o, a); r = o.length",
    "r = Uint8Array.of(...a).length",
    # (node 20 has no Iterator global)
    "r = 0; if (typeof Iterator === 'undefined') r = 40000; else for (var x of Iterator.concat(...a.map(v => [v]))) r++",
]


@pytest.fixture
def checks(monkeypatch: Any) -> list[int]:
    counted: list[int] = []

    def counting(real: Any) -> Any:
        def check(*args: int) -> None:  # (check_stop(cost) or check_every(i, mask))
            counted.append(1)
            real(*args)
        return check
    for name in ("check_stop", "check_every"):
        wrapped = counting(getattr(agent_module, name))
        for module in (agent_module, string_module, array_module, typed_array_module, iterator_module):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, wrapped)
    return counted


@pytest.mark.parametrize("call", CALLS)
def test_long_argument_lists_check_the_budget(checks: list[int], call: str) -> None:
    ctx = vm.create_context({})
    vm.run_in_context(SETUP, ctx)
    before = len(checks)
    vm.run_in_context(call, ctx)
    assert len(checks) - before >= 5
    if NODE is not None:
        src = SETUP + call + "; String(r)"
        assert vm.run_in_new_context(src, {}) == node_str(src)
