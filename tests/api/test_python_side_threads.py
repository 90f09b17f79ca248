"""Issue 14's Python side from several threads: calls with timeouts, the jobs they queue and
promises awaited from asyncio stay in their own thread (each thread has its own agent: realm,
stop flag, job queue), and one context used from two threads at once is serialised."""
from __future__ import annotations

import asyncio
import threading
import time
from typing import Any, Callable

import pyjsvm as vm

JOIN = 60.0  # seconds: a thread still alive after this has hung


def run_threads(*targets: Callable[[], Any]) -> dict[int, Any]:
    """Run each target in its own thread, all released together by a barrier; their results
    (or the exception each raised) by index."""
    barrier = threading.Barrier(len(targets))
    out: dict[int, Any] = {}

    def wrap(i: int, fn: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            out[i] = fn()
        except BaseException as e:  # noqa: BLE001 - the test looks at what arrived
            out[i] = e
    threads = [threading.Thread(target=wrap, args=(i, fn), daemon=True) for i, fn in enumerate(targets)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(JOIN)
        assert not t.is_alive(), "a thread hung"
    return out


def test_a_calls_timeout_stays_in_its_thread() -> None:
    a = vm.create_context()
    vm.run_in_context("function spin() { for (;;) {} }", a)
    b = vm.create_context()
    vm.run_in_context("function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }", b)
    n = 60_000  # longer than the spinner's 100 ms here
    t0 = time.monotonic()
    out = run_threads(lambda: a["spin"](timeout=100), lambda: vm.call(b["work"], n))
    assert isinstance(out[0], vm.JSError) and out[0].code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    assert out[1] == n * (n - 1) // 2
    assert time.monotonic() - t0 < JOIN


def test_jobs_of_a_call_run_in_their_own_thread() -> None:
    # Thread 0 queues a job that never ends (its call's timeout stops it); thread 1 keeps
    # calling functions whose jobs it must run itself. Sharing one job queue, thread 1 would
    # pick up thread 0's job with no time limit and hang.
    a = vm.create_context()
    vm.run_in_context("function f() { Promise.resolve().then(() => { for (;;) {} }); }", a)
    b = vm.create_context()
    vm.run_in_context("var log = []; function g(i) { Promise.resolve(i).then(v => log.push(v)); }", b)

    def many() -> list[Any]:
        for i in range(200):
            b["g"](i)
        return list(b["log"])
    out = run_threads(lambda: a["f"](timeout=200), many)
    assert isinstance(out[0], vm.JSError) and out[0].code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    assert out[1] == list(range(200))


def test_promises_awaited_from_an_event_loop_per_thread() -> None:
    def tenant(name: str) -> Callable[[], Any]:
        def run() -> Any:
            ctx = vm.create_context({"name": name})
            vm.run_in_context("async function job(ms) { await sleep(ms); return name + ':' + ms; }", ctx)

            async def sleep(ms: int) -> None:
                await asyncio.sleep(ms / 1000)

            async def main() -> list[Any]:
                ctx["sleep"] = sleep
                return list(await asyncio.gather(*(ctx["job"](ms).wait(timeout=5000) for ms in (30, 10, 20))))
            return asyncio.run(main())
        return run
    out = run_threads(tenant("a"), tenant("b"))
    assert out == {0: ["a:30", "a:10", "a:20"], 1: ["b:30", "b:10", "b:20"]}


def test_one_context_from_two_threads_is_serialised() -> None:
    ctx = vm.create_context({"count": 0})
    vm.run_in_context("function bump(n) { for (let i = 0; i < n; i++) { const c = count; count = c + 1; } }", ctx)
    out = run_threads(lambda: ctx["bump"](20_000, timeout=30_000), lambda: ctx["bump"](20_000, timeout=30_000))
    assert out == {0: vm.undefined, 1: vm.undefined}
    assert ctx["count"] == 40_000  # no update lost: the two calls did not interleave
