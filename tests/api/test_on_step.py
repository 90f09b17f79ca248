"""create_context(on_step=...): a hook called with (line, column) before each statement that code
compiled for the context runs (pyjsvm.compiler.core.tracing)."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm as vm
from pyjsvm.compiler import emit


def traced(code: str, **kw: Any) -> tuple[Any, list[tuple[int, int]]]:
    steps: list[tuple[int, int]] = []
    ctx = vm.create_context({}, on_step=lambda line, col: steps.append((line, col)), **kw)
    return vm.run_in_context(code, ctx), steps


def test_statements_in_order_with_loops_and_calls() -> None:
    src = "var s = 0;\nwhile (s < 2) {\n  s++;\n}\nfunction f(x) {\n  return x * 2;\n}\nf(s)"
    value, steps = traced(src)
    assert value == 4
    assert steps == [(1, 1), (2, 1), (3, 3), (3, 3), (8, 1), (6, 3)]


@pytest.mark.parametrize("emitting", [True, False])
def test_the_same_with_either_tier_setting(emitting: bool) -> None:
    old = emit.set_enabled(emitting)
    try:
        value, steps = traced("var a = 1;\nif (a) {\n  a = 2;\n}\na")
    finally:
        emit.set_enabled(old)
    assert value == 2 and steps == [(1, 1), (2, 1), (3, 3), (5, 1)]


def test_generators_async_functions_methods_eval_and_function() -> None:
    src = ("function* g() {\n  yield 1;\n  yield 2;\n}\nvar r = [...g()];\n"
           "async function a() {\n  await 1;\n  globalThis.done = 1;\n}\na();\n"
           "class K {\n  m() {\n    return 1;\n  }\n}\nnew K().m();\n"
           "eval('1;\\n2');")
    _, steps = traced(src)
    for where in [(2, 3), (3, 3), (7, 3), (8, 3), (13, 5)]:
        assert where in steps
    # eval code reports its own lines (1 and 2 of the eval'd text)
    assert steps[-2:] == [(1, 1), (2, 1)] or (2, 1) in steps


def test_positions_follow_line_and_column_offsets() -> None:
    steps: list[tuple[int, int]] = []
    ctx = vm.create_context({}, on_step=lambda line, col: steps.append((line, col)))
    vm.run_in_context("1;\n  2", ctx, line_offset=10, column_offset=4)
    assert steps == [(11, 5), (12, 3)]


def test_a_script_compiled_once_is_traced_only_where_there_is_a_hook() -> None:
    script = vm.Script("var n = 0;\nfor (var i = 0; i < 3; i++) n += i;\nn")
    calls: list[tuple[int, int]] = []
    traced_ctx = vm.create_context({}, on_step=lambda line, col: calls.append((line, col)))
    plain = vm.create_context({})
    assert script.run_in_context(plain) == 3
    assert script.run_in_context(traced_ctx) == 3
    n = len(calls)
    assert n == 6  # var, for, three bodies, n
    assert script.run_in_context(plain) == 3
    assert len(calls) == n


def test_no_hook_no_calls_and_functions_compiled_elsewhere_are_not_traced() -> None:
    calls: list[Any] = []
    plain = vm.create_context({})
    f = vm.run_in_context("(function (x) { var y = x; return y })", plain)
    ctx = vm.create_context({"f": f}, on_step=lambda *a: calls.append(a))
    assert vm.run_in_context("f(3)", ctx) == 3
    assert calls == [(1, 1)]  # only the traced script's own statement


def test_what_the_hook_raises_ends_the_run_and_reaches_the_host() -> None:
    class Stop(Exception):
        pass
    seen: list[int] = []

    def hook(line: int, col: int) -> None:
        seen.append(line)
        if line == 3:
            raise Stop(line)
    ctx = vm.create_context({}, on_step=hook)
    with pytest.raises(Stop):
        vm.run_in_context("var a = 1;\ntry {\n  a = 2;\n} catch (e) {\n  a = 3;\n}", ctx)
    assert seen == [1, 2, 3] and ctx["a"] == 1
    # the context stays usable
    assert vm.run_in_context("a + 1", vm.create_context({"a": 1}, on_step=lambda *_: None)) == 2


def test_a_hook_can_implement_a_step_budget_for_a_teaching_ui() -> None:
    class Budget(Exception):
        pass
    n = [0]

    def hook(line: int, col: int) -> None:
        n[0] += 1
        if n[0] > 1000:
            raise Budget()
    ctx = vm.create_context({}, on_step=hook)
    with pytest.raises(Budget):
        vm.run_in_context("for (;;) { var x = 1 }", ctx)


def test_on_step_must_be_callable() -> None:
    with pytest.raises(TypeError):
        vm.create_context({}, on_step=42)  # type: ignore[arg-type]
