"""Per-context limits (issue 16): step_limit (a deterministic budget of loop iterations and
calls per run) and deterministic mode (seeded Math.random, fixed clock)."""
from __future__ import annotations

import os

import pytest

import pyjsvm as vm


def test_step_limit_stops_an_endless_loop_and_js_cannot_catch_it() -> None:
    ctx = vm.create_context(step_limit=1000)
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context("try { for(;;){} } catch (e) { 'caught' } finally { for(;;){} }", ctx)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    assert vm.run_in_context("1 + 1", ctx) == 2  # the next run has a fresh budget


def test_step_limit_counts_loop_iterations_and_calls_exactly() -> None:
    def steps_used(code: str) -> int:
        lo, hi = 0, 10_000
        while lo < hi:  # the smallest budget that lets the code finish
            mid = (lo + hi) // 2
            try:
                vm.run_in_context(code, vm.create_context(step_limit=mid))
                hi = mid
            except vm.JSError:
                lo = mid + 1
        return lo
    loop = steps_used("for (var i = 0; i < 100; i++) {}")
    calls = steps_used("function f(n) { return n ? f(n - 1) : 0 } f(100)")
    assert 100 <= loop <= 102
    assert 100 <= calls <= 103
    assert steps_used("for (var i = 0; i < 100; i++) {}") == loop  # the same on every run


def test_step_limit_covers_recursion_and_jobs() -> None:
    ctx = vm.create_context(step_limit=500)
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context("function f() { return f() } f()", ctx)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    with pytest.raises(vm.JSError):
        vm.run_in_context("Promise.resolve().then(() => { for(;;){} }); 1", ctx)
    assert vm.run_in_context("typeof 1", ctx) == "number"


def test_other_contexts_pay_nothing_for_a_step_limit() -> None:
    limited = vm.create_context(step_limit=10)
    free = vm.create_context()
    free["limited"] = lambda: vm.run_in_context("1", limited)
    assert vm.run_in_context("limited(); for (var i = 0; i < 1000; i++); i", free) == 1000


def test_deterministic_runs_replay_exactly() -> None:
    code = "[Math.random(), Math.random(), Date.now(), new Date().getTime()].join()"
    a = vm.run_in_context(code, vm.create_context(deterministic=True))
    b = vm.run_in_context(code, vm.create_context(deterministic=True))
    assert a == b
    assert a.endswith(",0,0")
    c = vm.run_in_context(code, vm.create_context(seed=7, fixed_time=1000))
    assert c.endswith(",1000,1000") and c != a
    assert vm.run_in_context(code, vm.create_context()) != a


@pytest.mark.parametrize("kw", [{"step_limit": -1}, {"step_limit": 1.5}, {"seed": "x"}, {"fixed_time": "now"},
                                {"deterministic": 1}])
def test_limit_options_are_validated(kw: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        vm.create_context(**kw)  # type: ignore[arg-type]


def test_memory_limit_is_a_catchable_range_error_and_the_context_stays_usable() -> None:
    ctx = vm.create_context(memory_limit=3_000_000)
    out = vm.run_in_context(
        "var keep = []; try { for (;;) keep.push('x'.repeat(1000) + keep.length) } "
        "catch (e) { e instanceof RangeError && /Memory limit/.test(e.message) }", ctx, timeout=300_000)
    assert out is True
    # about 3 MB of 1 KB strings when it stopped (the check is periodic: some overshoot, more on
    # a loaded machine)
    n = vm.run_in_context("keep.length", ctx)
    assert 1_500 <= n <= 100_000
    # the host's own objects (this test's frames, pytest's) are not counted: only the run's
    assert vm.run_in_context("keep = null; 'usable'", ctx) == "usable"
    with pytest.raises(vm.JSError) as info:  # uncaught: the RangeError reaches Python
        vm.run_in_context("(function () { let local = []; for (;;) local.push([local.length]) })()", ctx,
                          timeout=300_000)
    assert info.value.name == "RangeError"


def test_memory_limit_option_is_validated() -> None:
    for bad in (0, -1, 1.5, True, "1MB"):
        with pytest.raises(TypeError):
            vm.create_context(memory_limit=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", [
    "'x'.repeat(2 ** 28)", "''.padStart(2 ** 28, 'ab')", "''.padEnd(2 ** 28)", "new ArrayBuffer(2 ** 29)",
    "new Float64Array(2 ** 26)", "new Array(2 ** 26).join('ab')", "var s = 'x'.repeat(2 ** 24); s + s + s + s",
    "new Array(1e7).fill(0)", "new Array(1e5).fill('x'.repeat(1000)).join('')",
])
def test_one_huge_allocation_is_refused_before_it_happens(code: str) -> None:
    """The memory limit is checked before a single big allocation (not only periodically)."""
    import time
    ctx = vm.create_context({}, memory_limit=10_000_000)
    t0 = time.monotonic()
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context(code, ctx, timeout=30_000)
    assert info.value.name == "RangeError" and "Memory limit" in info.value.message
    assert time.monotonic() - t0 < 5
    assert vm.run_in_context("'ok'.repeat(100000).length + new Uint8Array(100000).length", ctx) == 300000


def test_allocations_without_a_limit_are_unchanged() -> None:
    assert vm.run_in_new_context("'x'.repeat(2 ** 22).length + new ArrayBuffer(2 ** 22).byteLength") == 2 ** 23


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="the RSS probe reads /proc/self/statm")
def test_many_small_allocations_are_caught_near_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Between two periodic walks, the growth of the process's resident size triggers the walk
    early (api/timeouts._RssProbe): with the period made a minute long, only the probe can stop
    1 KB strings piling up (without it the run times out). How near the limit depends on the
    memory the process had freed before (reused without RSS growth): in a fresh process about
    1.0-1.1x, here (a test process) at most the limit plus what earlier tests freed."""
    from pyjsvm.api import timeouts
    monkeypatch.setattr(timeouts, "MEMORY_CHECK_SECONDS", 60.0)
    limit = 20_000_000
    ctx = vm.create_context(memory_limit=limit)
    with pytest.raises(vm.JSError) as e:
        vm.run_in_context("var a = []; for (;;) a.push('x'.repeat(1000) + a.length)", ctx, timeout=30_000)
    assert e.value.name == "RangeError", str(e.value)
    counted = int(str(e.value).rsplit("(", 1)[1].split()[0])
    assert counted > limit
    assert vm.run_in_context("a = null; 1 + 1", ctx) == 2


def test_map_and_set_growth_is_checked_before_each_doubling(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Map or Set checks the allocation of its next doubling against the limit before it
    happens (one dict resize of a big table is tens of MB at once): with the periodic walk and the
    RSS probe out of the way, that check alone stops the growth, at the first doubling that would
    pass the limit."""
    from pyjsvm.api import timeouts
    from pyjsvm.intrinsics import map_set
    monkeypatch.setattr(timeouts, "MEMORY_CHECK_SECONDS", 60.0)
    monkeypatch.setattr(timeouts, "_rss_bytes", lambda: None)
    ctx = vm.create_context(memory_limit=20_000_000)
    for make, grow in (("new Map()", "c.set(i, i)"), ("new Set()", "c.add(i)")):
        with pytest.raises(vm.JSError) as e:
            vm.run_in_context(f"var c = {make}; for (var i = 0; ; i++) {grow}", ctx, timeout=30_000)
        assert e.value.name == "RangeError" and "an allocation of" in e.value.message, str(e.value)
        size = vm.run_in_context("c.size", ctx)
        # stopped at a doubling (a power of two), the one whose resize would pass the limit
        assert size & (size - 1) == 0 and size // 2 * map_set.GROWTH_BYTES_PER_ENTRY <= 20_000_000
        vm.run_in_context("c = null", ctx)
