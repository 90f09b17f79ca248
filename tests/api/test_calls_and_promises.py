"""Calling JS from Python with ``this`` and a time limit, and JS promises from Python: awaited
from asyncio, settled synchronously, and Python awaitables handed to JS."""
from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

import pyjsvm as vm


def context(code: str, **values: Any) -> dict[str, Any]:
    ctx = vm.create_context(dict(values))
    vm.run_in_context(code, ctx)
    return ctx


# --- calls ----------------------------------------------------------------------------------

def test_call_with_this_and_args() -> None:
    ctx = context("function greet(who) { 'use strict'; return this === undefined ? 'none' : this.g + who; }")
    assert ctx["greet"]("x") == "none"
    assert ctx["greet"]("Ada", this={"g": "Hi "}) == "Hi Ada"
    assert vm.call(ctx["greet"], "Bob", this={"g": "Yo "}) == "Yo Bob"
    obj = vm.run_in_context("({g: 'Own '})", ctx)
    assert ctx["greet"]("C", this=obj) == "Own C"


def test_a_spinning_call_times_out() -> None:
    ctx = context("function spin() { for (;;) {} }")
    for call in (lambda: ctx["spin"](timeout=50), lambda: vm.call(ctx["spin"], timeout=50)):
        t0 = time.monotonic()
        with pytest.raises(vm.JSError) as e:
            call()
        assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
        assert "timed out after 50ms" in e.value.message
        assert time.monotonic() - t0 < 5
    # the context still works afterwards
    assert vm.run_in_context("1 + 1", ctx) == 2


def test_construct_times_out() -> None:
    ctx = context("function Slow() { for (;;) {} }")
    with pytest.raises(vm.JSError) as e:
        ctx["Slow"].new(timeout=50)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


@pytest.mark.parametrize("bad, error", [(True, vm.VMTypeError), ("1", vm.VMTypeError), (0, vm.VMRangeError),
                                        (1.5, vm.VMRangeError)])
def test_timeout_is_validated(bad: Any, error: type[Exception]) -> None:
    ctx = context("function f() {}")
    with pytest.raises(error):
        ctx["f"](timeout=bad)


def test_jobs_queued_by_a_call_run_before_it_returns() -> None:
    ctx = context("var log = []; function f() { Promise.resolve().then(() => log.push('job')); log.push('call'); }")
    ctx["f"]()
    assert list(ctx["log"]) == ["call", "job"]


def test_jobs_of_a_call_are_inside_its_timeout() -> None:
    ctx = context("function f() { Promise.resolve().then(() => { for (;;) {} }); return 1; }")
    t0 = time.monotonic()
    with pytest.raises(vm.JSError) as e:
        ctx["f"](timeout=50)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT" and time.monotonic() - t0 < 5


def test_a_nested_call_leaves_jobs_to_the_outer_evaluation() -> None:
    order: list[str] = []
    ctx = context("var log = [];"
                  "function inner() { Promise.resolve().then(() => log.push('inner job')); log.push('inner'); }"
                  "function outer() { py(); log.push('outer'); }",
                  py=lambda: order.append("py") or ctx["inner"]())
    ctx["outer"]()
    assert list(ctx["log"]) == ["inner", "outer", "inner job"]
    assert order == ["py"]


def test_calling_a_non_function_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        vm.call(vm.run_in_new_context("({})"))  # type: ignore[arg-type]


# --- promises, synchronously ----------------------------------------------------------------

def test_result_runs_jobs_until_settled() -> None:
    ctx = vm.create_context()
    p = vm.run_in_context("var p = (async () => { await null; await null; return 42; })(); p", ctx)
    assert isinstance(p, vm.JSPromiseProxy) and p.done() and p.state == "fulfilled"  # the run drained them
    assert p.result() == 42 and p.result(timeout=100) == 42


def test_result_raises_the_rejection() -> None:
    p = vm.run_in_new_context("Promise.reject(new RangeError('nope'))")
    assert p.state == "rejected"
    with pytest.raises(vm.JSError) as e:
        p.result()
    assert e.value.name == "RangeError" and e.value.message == "nope"


def test_result_of_a_promise_nothing_can_settle() -> None:
    p = vm.run_in_new_context("new Promise(() => {})")
    with pytest.raises(vm.VMError) as e:
        p.result(timeout=50)
    assert e.value.code == "ERR_VM_PROMISE_PENDING"


def test_result_of_a_call_that_returns_a_promise() -> None:
    ctx = context("async function twice(x) { await null; return x * 2; }")
    assert ctx["twice"](21).result() == 42


# --- promises from asyncio ------------------------------------------------------------------

def test_await_a_run_result() -> None:
    ctx = vm.create_context()

    async def main() -> Any:
        return await vm.run_in_context("Promise.resolve(5)", ctx)  # type: ignore[misc]
    assert asyncio.run(main()) == 5


def test_await_a_rejection() -> None:
    async def main() -> None:
        await vm.run_in_new_context("Promise.reject(new TypeError('bad'))")  # type: ignore[misc]
    with pytest.raises(vm.JSError, match="bad"):
        asyncio.run(main())


def test_python_coroutines_become_js_promises() -> None:
    ctx = context("async function total(xs) { let t = 0; for (const x of xs) t += await fetch(x); return t; }")

    async def fetch(x: int) -> int:
        await asyncio.sleep(0.01)
        return x * 10

    async def main() -> Any:
        ctx["fetch"] = fetch  # a coroutine function: each call returns a coroutine -> a promise
        p = ctx["total"]([1, 2, 3])
        assert p.state == "pending"
        return await p
    assert asyncio.run(main()) == 60


def test_futures_and_errors_cross_as_promises() -> None:
    ctx = context("async function use(f) { try { return await f; } catch (e) { return 'caught ' + e.message; } }")

    async def fails() -> None:
        await asyncio.sleep(0)
        raise KeyError("k")

    async def main() -> list[Any]:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Any] = loop.create_future()
        loop.call_later(0.01, fut.set_result, "from future")
        cancelled: asyncio.Future[Any] = loop.create_future()
        cancelled.cancel()
        return [await ctx["use"](fut), await ctx["use"](fails()), await ctx["use"](cancelled)]
    assert asyncio.run(main()) == ["from future", "caught KeyError", "caught CancelledError: the Python awaitable was cancelled"]


def test_waits_interleave_with_other_tasks() -> None:
    ctx = context("async function job(name, ms) { await sleep(ms); return name; }")

    async def sleep(ms: int) -> None:
        await asyncio.sleep(ms / 1000)

    async def main() -> tuple[list[Any], float]:
        ctx["sleep"] = sleep
        t0 = time.monotonic()
        results = await asyncio.gather(*(ctx["job"](f"j{i}", 100) for i in range(5)))
        return list(results), time.monotonic() - t0
    results, elapsed = asyncio.run(main())
    assert results == ["j0", "j1", "j2", "j3", "j4"]
    assert elapsed < 0.45  # concurrent, not one after another


def test_wait_timeout() -> None:
    async def never() -> Any:
        return await vm.run_in_new_context("new Promise(() => {})").wait(timeout=50)
    t0 = time.monotonic()
    with pytest.raises(TimeoutError):
        asyncio.run(never())
    assert time.monotonic() - t0 < 2

    ctx = context("async function spinLater(f) { await f; for (;;) {} }")

    async def spinning() -> Any:
        return await ctx["spinLater"](asyncio.sleep(0.01)).wait(timeout=100)
    with pytest.raises(vm.JSError) as e:
        asyncio.run(spinning())
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


def test_module_evaluation_awaits_python_through_the_same_bridge() -> None:
    async def fetch_config() -> dict[str, Any]:
        await asyncio.sleep(0.01)
        return {"port": 8080}

    async def main() -> Any:
        ctx = vm.create_context({"fetchConfig": fetch_config})
        m = vm.SourceTextModule("export const port = (await fetchConfig()).port + 1;", context=ctx)
        await m.link(lambda *args: None)
        evaluation = m.evaluate()
        assert not evaluation.done()  # waiting for the Python coroutine
        await evaluation
        return m.namespace["port"]
    assert asyncio.run(main()) == 8081


def test_module_result_with_timeout() -> None:
    m = vm.SourceTextModule("await null; for (;;) {}")
    m.link(lambda *args: None).result()
    with pytest.raises(vm.JSError) as e:
        m.evaluate(timeout=50).result(timeout=50)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


# --- waking without polling; jobs of a finished Python awaitable --------------------------------

def test_a_promise_settled_from_another_thread_wakes_the_waiter_without_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    """The waiting task sleeps until the promise settles: it drains the queue once before
    sleeping and once after the wake-up, however long the promise takes (a 20 ms poll would
    drain about 15 times in 300 ms)."""
    import threading

    import pyjsvm.api.convert as convert
    drains = []
    real = convert.drain_jobs
    monkeypatch.setattr(convert, "drain_jobs", lambda realm, timeout: (drains.append(1), real(realm, timeout))[1])
    ctx = context("var settle; var p = new Promise(r => { settle = r; })")

    def later() -> None:
        time.sleep(0.3)
        vm.run_in_context("settle('done')", ctx)

    async def main() -> Any:
        t = threading.Thread(target=later)
        t.start()
        try:
            return await ctx["p"].wait(timeout=5000)
        finally:
            t.join()
    assert asyncio.run(main()) == "done"
    assert len(drains) == 2


def test_settlement_watchers_run_once_and_can_be_removed() -> None:
    from pyjsvm.runtime.promise import JSPromise, watch_settlement
    ctx = context("var settle, fail; var p = new Promise(r => { settle = r; }); var q = new Promise((_, r) => { fail = r; })")
    p, q = ctx["p"].js_object, ctx["q"].js_object
    assert isinstance(p, JSPromise) and isinstance(q, JSPromise)
    seen: list[str] = []
    watch_settlement(p, lambda: seen.append("p"))
    unwatch = watch_settlement(p, lambda: seen.append("removed"))
    watch_settlement(q, lambda: seen.append("q"))
    unwatch()
    vm.run_in_context("settle(1); settle(2); fail(new Error('x')); q.catch(() => {})", ctx)
    assert seen == ["p", "q"]
    watch_settlement(p, lambda: seen.append("late"))  # already settled: at once
    assert seen == ["p", "q", "late"]


def test_jobs_queued_by_a_finished_python_future_run_when_it_finishes() -> None:
    """No call from Python follows the future's completion, and nothing awaits a JS promise:
    the reaction still runs, on the loop, as soon as the future is done."""
    ctx = context("var log = []; function track(f) { f.then(v => log.push('got ' + v)); }")

    async def main() -> list[Any]:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Any] = loop.create_future()
        ctx["track"](fut)
        fut.set_result(7)
        for _ in range(3):
            await asyncio.sleep(0)
        # read the mapping only: no JS runs from here
        return list(ctx["log"])
    assert asyncio.run(main()) == ["got 7"]


def test_jobs_of_a_finished_python_future_run_under_the_context_limits() -> None:
    """The drain runs as an evaluation of the context: its step limit stops a spinning reaction,
    and the loop's exception handler is told (there is no caller to raise to)."""
    ctx = vm.create_context(step_limit=10_000)
    vm.run_in_context("var after = 0; function spinOn(f) { f.then(() => { for (;;) {} }); }", ctx)
    reported: list[Any] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda loop, context: reported.append(context["exception"]))
        fut: asyncio.Future[Any] = loop.create_future()
        ctx["spinOn"](fut)
        fut.set_result(None)
        for _ in range(3):
            await asyncio.sleep(0)
    asyncio.run(main())
    assert len(reported) == 1 and isinstance(reported[0], vm.JSError)
    assert reported[0].code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    assert vm.run_in_context("after + 1", ctx) == 1  # the context stays usable
