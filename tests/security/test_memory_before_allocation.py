"""A context's ``memory_limit`` holds for a built-in's one big result: each checks the size of
what it is about to make (runtime/agent.check_alloc, an estimate from lengths) before it makes
it, and a refusal is the limit's RangeError, which JS can catch, the context usable after.

Under a limit of 50 MB these went 1.1-3.2 times past it before the periodic walk saw them (a
copy, a spread, a split made in one Python operation between two walks). Here the periodic walk
and the RSS probe are out of the way (a minute's period, no resident size): only the checks
before an allocation can stop the result, so that each case fails when its check is missing,
and none depends on time."""
from __future__ import annotations

import pytest

import pyjsvm as vm
from pyjsvm.api import timeouts

LIMIT = 20_000_000

# 8 MB of ballast and an 8 MB array: a result of a million elements or more passes the limit
SETUP = """
var ballast = new Array(1e6).fill(0);
var a = new Array(1e6).fill(1);
var s = 'ab'.repeat(5e5);
var src = 'x;'.repeat(5e5);
var b = [a, a];
var o = {}; for (let i = 0; i < 1e5; i++) o['k' + i] = i;
"""

CASES = [
    "a.concat(a)",
    "[...a, ...a]",
    "a.toSorted()",
    "a.toReversed()",
    "a.toSpliced(0, 1)",
    "a.with(0, 2)",
    "a.slice().sort()",
    "[...s]",
    "Array.from(s)",
    "Array.from(a.keys())",
    "s.split('')",
    "(s + 'x').split('b')",
    "b.flat()",
    "b.flatMap(x => x)",
    "Object.entries(o)",
    "Object.entries(a)",
    "Object.values(a)",
    "JSON.stringify(a)",
    "a.join('')",
    "Float64Array.from(a)",
    "Reflect.apply(Array.of, null, a)",
    # the parser's and compiler's records of a megabyte of code (a body of 10 MB took 860 MB,
    # out of the walk's sight, for a minute)
    "new Function('var x = 1;' + src)",
    "eval('var x = 1;' + src)",
]


@pytest.fixture()
def ctx(monkeypatch: pytest.MonkeyPatch) -> vm.ContextObject:
    monkeypatch.setattr(timeouts, "MEMORY_CHECK_SECONDS", 60.0)
    monkeypatch.setattr(timeouts, "_rss_bytes", lambda: None)
    return vm.create_context(memory_limit=LIMIT)


@pytest.mark.parametrize("op", CASES)
def test_a_big_result_is_refused_before_it_is_made(ctx: vm.ContextObject, op: str) -> None:
    out = vm.run_in_context(f"{SETUP}; try {{ var r = {op}; 'made ' + r.length }} catch (e) {{ e.name + ': ' + e.message }}",
                            ctx, timeout=60_000)
    assert out.startswith(f"RangeError: Memory limit of {LIMIT} bytes exceeded (an allocation of"), out
    assert vm.run_in_context("ballast = a = s = b = o = r = src = null; [1, 2].map(x => x * 2).join()", ctx) == "2,4"


@pytest.mark.parametrize("op", CASES)
def test_a_result_that_fits_is_made(ctx: vm.ContextObject, op: str) -> None:
    """The same operations on inputs a tenth as big (a quarter of the limit in all) succeed."""
    small = SETUP.replace("1e6", "1e5").replace("5e5", "5e4").replace("1e5; i++", "1e4; i++")
    assert vm.run_in_context(f"{small}; var r = {op}; typeof r", ctx, timeout=60_000) != "undefined"


def test_a_doubling_copy_stops_at_the_doubling_that_would_pass_the_limit(ctx: vm.ContextObject) -> None:
    """``a = a.concat(a)`` in a loop: refused at the first doubling whose copy would pass the
    limit (counted by a walk made then), not one or two doublings later."""
    out = vm.run_in_context("var a = [1, 2, 3, 4]; try { for (;;) a = a.concat(a) } catch (e) { e.message }", ctx,
                            timeout=60_000)
    assert "(an allocation of" in out
    n = vm.run_in_context("a.length", ctx)
    assert n * 8 <= LIMIT < 3 * n * 8  # the array kept fits; its doubled copy would not


def test_a_walk_that_fires_its_run_does_not_start_the_next(ctx: vm.ContextObject,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """What fires a memory-limited run while its walk runs (the RSS probe sees the walk's own
    allocations) asks for the walk just made: a walk of a big heap that fired the next one made
    the run livelock, a walk at every budget check and no progress between them (a loop of
    Set copies under 50 MB ran past two minutes). Here every walk fires its run, and the
    refused allocation makes one: the loop after it still ends, after a handful of walks."""
    from pyjsvm.runtime.agent import get_agent
    walks = []
    real = timeouts.measure_live

    def walk(realm: object, skip: tuple[type, ...], entry: object) -> int:
        walks.append(1)
        for run in get_agent().runs:
            if run.check is not None:
                run.fire()
        return real(realm, skip, entry)

    monkeypatch.setattr(timeouts, "measure_live", walk)
    code = """try { var x = new Array(1.5e6).fill(0), y = new Array(1.5e6).fill(0) } catch (e) { x = null }
              var n = 0; for (let i = 0; i < 10000; i++) n += i; n"""
    assert vm.run_in_context(code, ctx, timeout=20_000) == 49995000
    assert 0 < len(walks) < 100, len(walks)


def test_the_memory_walk_counts_what_queued_jobs_hold() -> None:
    """A promise reaction waiting in the job queue holds its handler's argument and the derived
    promise: ten million of them queued by one loop took 850 MB (a chain of ``then``s, 2.4 GB)
    while the memory limit, which did not walk into the queue, counted none and let the run go
    on to its timeout. The walk counts what the realm's queued jobs hold."""
    from pyjsvm.api.vm import _context_of
    from pyjsvm.runtime.memory import measure_live
    seen: list[int] = []
    ctx = vm.create_context({"measure": lambda: seen.append(measure_live(_context_of(ctx).realm))})
    vm.run_in_context("measure(); for (let i = 0; i < 10000; i++) Promise.resolve('x'.repeat(100) + i).then(x => x);"
                      "measure()", ctx)
    assert seen[1] - seen[0] > 10000 * 100, seen  # (at least each reaction's 100-unit argument)
    assert vm.run_in_context("1 + 1", ctx) == 2
