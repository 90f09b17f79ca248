"""What a proxy of a JS object does from Python (read, write, delete, ``in``, keys, ``len``, an
array's items) may run JS: getters, setters and Proxy traps. It runs under the limits of the
object's context, as a run in the context does: a getter that never returns ends with the step
limit's error (was: Python hung in it), one that allocates without end with a RangeError."""
from __future__ import annotations

import threading
from typing import Any, Callable

import pytest

import pyjsvm

LOOP = "for (;;) {}"
SOURCE = f"""({{
  o: {{ get x() {{ {LOOP} }}, set y(v) {{ {LOOP} }}, ok: 1, get fine() {{ return 2; }} }},
  p: new Proxy({{ a: 1 }}, {{ deleteProperty() {{ {LOOP} }}, has() {{ {LOOP} }}, ownKeys() {{ {LOOP} }} }}),
  arr: Object.defineProperty([1, 2], '0', {{ get() {{ {LOOP} }} }}),
  m: {{ get grow() {{ const a = []; for (;;) a.push(new Array(1000).fill(1)); }} }},
}})"""

OPERATIONS: dict[str, Callable[[Any], Any]] = {
    "get": lambda v: v["o"]["x"],
    "set": lambda v: v["o"].__setitem__("y", 1),
    "delete": lambda v: v["p"].__delitem__("a"),
    "in": lambda v: "a" in v["p"],
    "keys": lambda v: list(v["p"]),
    "len": lambda v: len(v["p"]),
    "array_item": lambda v: v["arr"][0],
}


def _bounded(fn: Callable[[], Any], seconds: float = 60) -> Any:
    """``fn()``'s result or exception, run in a thread (a hang fails the test, not the suite)."""
    out: list[Any] = []

    def run() -> None:
        try:
            out.append(("ok", fn()))
        except Exception as e:  # noqa: BLE001 - the test looks at it
            out.append(("raised", e))
    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert out, "the operation did not end"
    return out[0]


@pytest.mark.parametrize("op", list(OPERATIONS))
@pytest.mark.parametrize("mode", ["contextified", "dont_contextify"])
def test_step_limit_ends_what_a_proxy_runs(op: str, mode: str) -> None:
    ctx: Any = pyjsvm.create_context(pyjsvm.constants.DONT_CONTEXTIFY if mode == "dont_contextify" else None,
                                     step_limit=20_000)
    values = pyjsvm.run_in_context(SOURCE, ctx)
    kind, result = _bounded(lambda: OPERATIONS[op](values))
    assert kind == "raised" and isinstance(result, pyjsvm.JSError), result
    assert result.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    # the context stays usable, and what runs no endless JS still works
    assert values["o"]["ok"] == 1 and values["o"]["fine"] == 2
    assert pyjsvm.run_in_context("1 + 1", ctx) == 2


def test_memory_limit_ends_what_a_proxy_runs() -> None:
    ctx = pyjsvm.create_context(memory_limit=30_000_000)
    values = pyjsvm.run_in_context(SOURCE, ctx)
    kind, result = _bounded(lambda: values["m"]["grow"])
    assert kind == "raised" and isinstance(result, pyjsvm.JSError) and result.name == "RangeError", result


def test_without_limits_getters_run() -> None:
    values = pyjsvm.run_in_new_context("({ get x() { let s = 0; for (let i = 0; i < 50000; i++) s += i; return s; } })")
    assert values["x"] == sum(range(50000))
