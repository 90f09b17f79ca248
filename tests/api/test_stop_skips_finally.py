"""A run being stopped (its timeout, its step limit) is not a JS completion: as with V8's
termination, no JS ``finally`` runs on the way out, so none can end the stop with a
``return``, ``break``, ``continue``, ``throw`` or ``yield``, or do work after the deadline.
A ``finally`` still runs for every JS completion (normal, return, throw, break)."""
from __future__ import annotations

import pytest

import pyjsvm as vm

ESCAPES = [
    "function f() { try { for (;;); } finally { return 'escaped' } } f()",
    "try { try { for (;;); } finally { throw new Error('replaced') } } catch (e) { 'caught ' + e.message }",
    "out: try { for (;;); } finally { break out; } 'broke'",
    "function g() { for (var i = 0; i < 2; i++) { try { for (;;); } finally { continue } } return 'continued' } g()",
    "function* gen() { try { for (;;); } finally { yield 'yielded' } } gen().next().value",
    "function h() { try { for (;;); } catch (e) { return 'caught' } finally { return 'escaped' } } h()",
    "function k() { try { return 1 } finally { for (;;); } } try { k() } finally { globalThis.ran = 1 }",
    "class C { m() { try { for (;;); } finally { return 'method' } } } new C().m()",
    "globalThis.ran = 0; try { for (;;); } finally { globalThis.ran = 1 }",
]


@pytest.mark.parametrize("code", ESCAPES)
def test_a_timeout_runs_no_finally(code: str) -> None:
    ctx = vm.create_context({})
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context(code, ctx, timeout=50)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    assert ctx.get("ran") in (None, 0)


@pytest.mark.parametrize("code", ESCAPES)
def test_a_step_limit_runs_no_finally(code: str) -> None:
    ctx = vm.create_context({}, step_limit=500)
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context(code, ctx)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    assert ctx.get("ran") in (None, 0)


def test_finally_still_runs_for_js_completions() -> None:
    code = """
    var log = [];
    function ret() { try { return 'r' } finally { log.push('ret') } }
    function thr() { try { throw 1 } finally { log.push('throw') } }
    function brk() { for (;;) { try { break } finally { log.push('break') } } }
    function* gen() { try { yield 1 } finally { log.push('gen') } }
    ret(); try { thr() } catch (e) {} brk(); var it = gen(); it.next(); it.return();
    try { null.x } catch (e) {} finally { log.push('plain') }
    log.join()
    """
    assert vm.run_in_new_context(code, timeout=5000) == "ret,throw,break,gen,plain"
