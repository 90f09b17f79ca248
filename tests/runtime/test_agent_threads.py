"""Per-thread running state (runtime/agent.py) and per-run stop state (api/timeouts.py): threads
never see each other's realm, stop flag or job queue; nested runs keep their own timeouts; the
jobs of a run that timed out are discarded; a context runs on one thread at a time."""
from __future__ import annotations

import threading
import time
from typing import Any

import pytest

import pyjsvm as vm
from pyjsvm.errors import JSError
from pyjsvm.runtime.agent import get_agent


def _timed_out(e: BaseException) -> bool:
    return isinstance(e, JSError) and "timed out" in str(e)


def test_each_thread_has_its_own_agent() -> None:
    seen: dict[str, Any] = {}
    barrier = threading.Barrier(2)

    def work(name: str) -> None:
        barrier.wait()
        vm.run_in_new_context("1")  # the first entry into the engine makes the thread's agent
        seen[name] = get_agent()

    threads = [threading.Thread(target=work, args=(n,)) for n in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen["a"] is not seen["b"]
    assert get_agent() is not seen["a"] and get_agent() is not seen["b"]


def test_two_threads_never_see_each_others_realm() -> None:
    # Each tenant makes errors (in the running realm) in a long loop while the other runs; an
    # error made in the wrong realm would not be an instance of the tenant's own TypeError.
    code = """
    var bad = 0;
    for (var i = 0; i < 3000; i++) {
      try { null.x } catch (e) { if (!(e instanceof TypeError) || Object.getPrototypeOf(e) !== TypeError.prototype) bad++ }
      try { [].reduce((a, b) => a) } catch (e) { if (!(e instanceof TypeError)) bad++ }
    }
    bad + ':' + secret
    """
    results: dict[str, Any] = {}
    barrier = threading.Barrier(2)

    def tenant(secret: str) -> None:
        ctx = vm.create_context({"secret": secret})
        barrier.wait()
        results[secret] = vm.run_in_context(code, ctx)

    threads = [threading.Thread(target=tenant, args=(s,)) for s in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {"A": "0:A", "B": "0:B"}


def test_one_threads_timeout_never_lands_in_another() -> None:
    outcome: dict[str, Any] = {}
    barrier = threading.Barrier(2)

    def spinner() -> None:
        barrier.wait()
        try:
            vm.run_in_new_context("for(;;){}", timeout=100)
        except BaseException as e:  # noqa: BLE001 - the test records what arrived
            outcome["spin"] = e

    def worker() -> None:
        barrier.wait()
        try:
            # runs longer than the spinner's timeout, without a timeout of its own
            outcome["work"] = vm.run_in_new_context(
                "var t = Date.now(), n = 0; while (Date.now() - t < 400) n++; 'done'")
        except BaseException as e:  # noqa: BLE001
            outcome["work"] = e

    threads = [threading.Thread(target=spinner), threading.Thread(target=worker)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert _timed_out(outcome["spin"])
    assert outcome["work"] == "done"


def test_nested_run_keeps_its_own_timeout() -> None:
    ctx = vm.create_context()
    inner_results: list[str] = []

    def inner() -> str:
        try:
            vm.run_in_context("for(;;){}", ctx, timeout=50)
        except JSError as e:
            inner_results.append(str(e))
        return "back"

    ctx["inner"] = inner
    assert vm.run_in_context("inner() + 1", ctx, timeout=5000) == "back1"
    assert len(inner_results) == 1 and "50ms" in inner_results[0]


def test_outer_timeout_is_not_taken_by_a_nested_run() -> None:
    # The outer run fires first; the inner run (with a longer timeout of its own) must let the
    # interruption unwind to the outer run, whose timeout it is.
    ctx = vm.create_context()
    ctx["inner"] = lambda: vm.run_in_context("for(;;){}", ctx, timeout=300)
    start = time.monotonic()
    with pytest.raises(JSError) as info:
        vm.run_in_context("inner()", ctx, timeout=100)
    assert "100ms" in str(info.value)
    assert time.monotonic() - start < 5


def test_outer_and_inner_firing_together_stop_the_outer_run() -> None:
    # Both deadlines pass before the inner loop looks at the flag: the outermost run wins and
    # nothing is left spinning (a shared stop reason once let the inner run take it and clear it).
    ctx = vm.create_context()

    def inner() -> Any:
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:  # both deadlines pass while Python runs
            pass
        return vm.run_in_context("for(;;){}", ctx, timeout=100)

    ctx["inner"] = inner
    with pytest.raises(JSError) as info:
        vm.run_in_context("inner(); for(;;){}", ctx, timeout=50)
    assert "50ms" in str(info.value)


def test_jobs_of_a_timed_out_run_are_discarded() -> None:
    ctx = vm.create_context()
    with pytest.raises(JSError):
        vm.run_in_context("Promise.resolve().then(() => { globalThis.ran = 1; for(;;){} }); for(;;){}",
                          ctx, timeout=100)
    assert vm.run_in_context("typeof ran", ctx) == "undefined"
    other = vm.create_context()
    assert vm.run_in_context("Promise.resolve(2).then(v => { globalThis.v = v }); 1", other) == 1
    assert other["v"] == 2
    assert not get_agent().job_queue


def test_jobs_queued_before_a_timeout_do_not_hang() -> None:
    start = time.monotonic()
    with pytest.raises(JSError):
        vm.run_in_new_context("Promise.resolve().then(() => { for(;;){} }); for(;;){}", timeout=100)
    assert time.monotonic() - start < 5


def test_a_context_runs_on_one_thread_at_a_time() -> None:
    # Decision: a run takes its context's lock; a second thread waits, at most its own timeout.
    ctx = vm.create_context()
    started = threading.Event()
    ctx["started"] = started.set
    done: dict[str, Any] = {}

    def long_run() -> None:
        done["long"] = vm.run_in_context("started(); var t = Date.now(); while (Date.now() - t < 400); 'long'", ctx)

    t = threading.Thread(target=long_run)
    t.start()
    started.wait(10)
    with pytest.raises(JSError) as info:  # waits 50 ms for the context, then times out
        vm.run_in_context("'short'", ctx, timeout=50)
    assert "timed out" in str(info.value)
    assert vm.run_in_context("'after'", ctx) == "after"  # no timeout: waits for the long run
    t.join()
    assert done["long"] == "long"


def test_timed_runs_need_no_thread_each() -> None:
    ctx = vm.create_context()
    counts: list[int] = []

    def again(n: float) -> Any:
        counts.append(threading.active_count())
        if n <= 0:
            return 0
        return vm.run_in_context(f"again({int(n) - 1}) + 1", ctx, timeout=10_000)

    ctx["again"] = again
    assert vm.run_in_context("again(150)", ctx, timeout=10_000) == 150
    assert max(counts) <= threading.active_count() + 2
