"""Differential fuzz of the built-ins against node.

builtin_fuzz_prelude.js enumerates every function, getter and setter reachable from globalThis
(constructors, their prototypes and the intrinsics reachable only through prototypes: iterator
prototypes, %TypedArray%, the generator function constructors), minus host objects (console,
WebAssembly), Intl (locale data), Math.random, Date.now and Atomics.wait/waitAsync (a blocking
wait); the fuzz uses the names both engines list. Hypothesis draws batches of calls: a path, a
mode (a call with a receiver, ``new``, or ``new`` with the receiver as new.target), a receiver
(half of the time one of the kind the method expects) and up to three arguments from a pool of
tricky values (throwing valueOf/toPrimitive/getters, logging and revoked proxies, detached and
length-tracking typed arrays, sparse, frozen and huge array-likes, functions, classes, bound
functions ...). Every call runs in the same fresh context, on values made afresh for it, under
its own timeout, in node and in pyjsvm; the one-line records must agree: the thrown error's
constructor name (never its message) or the result's rendering, the trace of the user code the
call ran in its order, and the receiver afterwards.

Skipped as implementation-defined or environment-dependent: for sort/toSorted (the comparator's
call order), toLocale*/localeCompare (locale data), the Date constructor and Date.parse (the
parsing of non-ISO strings) and Atomics.isLockFree (the sizes that are lock-free) only the outcome's kind is compared (the error class, or that it
returned); ``Date`` called without arguments (the time) is skipped, and buffer or typed array
constructors given a length past 2**24 (how much memory to give is the engine's choice); a
call that times out in node is not compared (loops over a length of 2**53-1 take forever in
both engines). Skipped where node 20 is behind the spec or wrong (each checked against the
spec's text): sealing or freezing a typed array with elements (a TypeError since ES2021/ES2024,
node 20 succeeds), a Date setter on an invalid date (node 20 skips the ToNumber of the
arguments), the trace of RegExp.prototype[Symbol.*] (node 20 reads "global" where ES2024 reads
"flags") and the legacy RegExp statics (V8 does not check their receiver).

Quick by default: ``PYJSVM_FUZZ_EXAMPLES`` batches (default 6) of ``PYJSVM_FUZZ_CALLS`` calls
(default 40) from a fixed seed; ``PYJSVM_FUZZ_RANDOM=1`` draws a random one. A long search:
``python3 -m tests.intrinsics.test_builtin_fuzz_node BATCHES [SECONDS]`` writes every differing
call to builtin_fuzz_diffs.txt in the current folder.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings, strategies as st

import pyjsvm as vm
from pyjsvm.runtime.jobs import take_unhandled_rejections
from tests.helpers import NODE

EXAMPLES = int(os.environ.get("PYJSVM_FUZZ_EXAMPLES", "6"))
CALLS = int(os.environ.get("PYJSVM_FUZZ_CALLS", "40"))
RANDOM = bool(os.environ.get("PYJSVM_FUZZ_RANDOM"))
SEED = int(os.environ.get("PYJSVM_FUZZ_SEED", "7"))
NODE_TIMEOUT_MS = 400
PYJSVM_TIMEOUT_MS = 4000
NODE_WALL_S = 20
PRELUDE = (Path(__file__).parent / "builtin_fuzz_prelude.js").read_text(encoding="utf-8")

NODE_RUNNER = r"""
const vm = require('vm'), fs = require('fs');
process.on('unhandledRejection', () => {});
const { prelude, calls, list } = JSON.parse(fs.readFileSync(0, 'utf8'));
const ctx = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
// (node 20 has no ArrayBuffer.prototype.transfer: detach by a transferring structuredClone)
ctx.__detach = (b) => { structuredClone(b, { transfer: [b] }); };
vm.runInContext(prelude, ctx);
// one JSON line per record, written at once: a call that V8 cannot interrupt (a long loop in
// C++) leaves the records before it
const put = (rec) => fs.writeSync(1, JSON.stringify(rec) + '\n');
if (list) vm.runInContext('__fz.paths', ctx).forEach(put);
else {
  vm.runInContext('__fz.calls = ' + JSON.stringify(calls), ctx);
  for (let i = 0; i < calls.length; i++) {
    try { put(vm.runInContext('__fz.runAt(' + i + ')', ctx, { timeout: %d })); }
    catch (e) { put(e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' ? 'TIMEOUT' : 'RUNNER THROWS ' + e); }
  }
}
""".replace("%d", str(NODE_TIMEOUT_MS))

Call = tuple[int, str, int, list[int]]


def run_node(calls: list[Call] | None) -> list[str]:
    """Node's records of ``calls`` (or, for None, the paths it enumerates); the calls after one
    that hangs node past NODE_WALL_S are TIMEOUT."""
    assert NODE is not None
    data = json.dumps({"prelude": PRELUDE, "calls": calls or [], "list": calls is None})
    try:
        r = subprocess.run([NODE, "-e", NODE_RUNNER], input=data, capture_output=True, text=True, timeout=NODE_WALL_S,
                           env={**os.environ, "TZ": "UTC"})
        stdout = r.stdout
        assert r.returncode == 0, r.stderr
    except subprocess.TimeoutExpired as e:
        out = e.stdout or ""
        stdout = out.decode() if isinstance(out, bytes) else out
    records = [json.loads(line) for line in stdout.splitlines() if line.endswith(('"', "]"))]
    if calls is not None:
        records += ["TIMEOUT"] * (len(calls) - len(records))
    return records


def _context() -> Any:
    ctx = vm.create_context({}, microtask_mode="afterEvaluate")
    vm.run_in_context(PRELUDE, ctx)
    return ctx


def run_pyjsvm(calls: list[Call] | None) -> list[str]:
    """pyjsvm's records of ``calls`` (or its paths): a Python exception fails the test."""
    ctx = _context()
    if calls is None:
        names = list(vm.run_in_context("__fz.paths", ctx))
        vm.release_context(ctx)
        return names
    vm.run_in_context("__fz.calls = " + json.dumps(calls), ctx)
    out = []
    for i in range(len(calls)):
        try:
            rec = vm.run_in_context(f"__fz.runAt({i})", ctx, timeout=PYJSVM_TIMEOUT_MS)
        except vm.JSError as e:
            rec = "TIMEOUT" if e.code == "ERR_SCRIPT_EXECUTION_TIMEOUT" else f"RUNNER THROWS {e}"
        out.append(rec)
    # (the vm API never takes the unhandled rejections, which keep their realm alive: a search
    # of hundreds of batches grew to gigabytes and timed out; reported as a leak)
    take_unhandled_rejections()
    vm.release_context(ctx)
    return out


_PATHS: dict[str, Any] = {}
TIMES: list[tuple[float, float]] = []   # (pyjsvm, node) seconds per batch


def paths() -> tuple[list[str], dict[str, int]]:
    """The paths both engines enumerate (sorted), and pyjsvm's and node's index of each."""
    if "both" not in _PATHS:
        ours, theirs = run_pyjsvm(None), run_node(None)
        both = sorted(set(ours) & set(theirs))
        _PATHS["both"] = both
        _PATHS["ours"] = {p: i for i, p in enumerate(ours)}
        _PATHS["node"] = {p: i for i, p in enumerate(theirs)}
    return _PATHS["both"], _PATHS["ours"]


def pool() -> list[str]:
    """The names of the pool's values."""
    if "pool" not in _PATHS:
        _PATHS["pool"] = list(vm.run_in_context("__fz.pool", _context()))
    return list(_PATHS["pool"])


one_call = st.tuples(st.integers(0, 10**6), st.sampled_from(["call", "call", "call", "new", "nt"]),
                     st.integers(0, 10**6), st.lists(st.integers(0, 10**6), max_size=3))
call_specs = st.lists(one_call, min_size=1, max_size=CALLS)


def compare(specs: list[tuple[int, str, int, list[int]]]) -> list[str]:
    """Run ``specs`` (indices taken modulo the sizes) in both engines; the differing calls."""
    both, _ = paths()
    n = len(pool())
    # (a receiver index past the pool picks a receiver of the kind the method expects)
    return compare_named([(both[p % len(both)], mode, r % (2 * n), [a % n for a in args]) for p, mode, r, args in specs])


def compare_named(named: list[tuple[str, str, int, list[int]]]) -> list[str]:
    """Run the calls (path, mode, receiver index, argument indices) in both engines; the
    differing calls."""
    paths()
    names = pool()
    n = len(names)
    ours_calls: list[Call] = [(_PATHS["ours"][p], m, r, a) for p, m, r, a in named]
    node_calls: list[Call] = [(_PATHS["node"][p], m, r, a) for p, m, r, a in named]
    t0 = time.monotonic()
    ours = run_pyjsvm(ours_calls)
    t1 = time.monotonic()
    theirs = run_node(node_calls)
    TIMES.append((t1 - t0, time.monotonic() - t1))
    diffs = []
    for (p, m, r, a), x, y in zip(named, ours, theirs):
        if y == "TIMEOUT" or x == y:
            continue
        call = f"{'new ' if m == 'new' else ''}{p}" + (f" {'new.target' if m == 'nt' else 'this'}={names[r] if r < n else 'natural#' + str(r)}" if m != "new" else "") + f" args=({', '.join(names[i] for i in a)})"
        diffs.append(f"{call}\n  pyjsvm: {x}\n  node:   {y}")
    return diffs


def _seeded(f: Any) -> Any:
    return f if RANDOM else seed(SEED)(f)


_settings: dict[str, Any] = {
    "max_examples": EXAMPLES, "deadline": None, "database": None,
    "suppress_health_check": list(HealthCheck), "phases": [Phase.explicit, Phase.generate],
}


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
def test_enumeration_covers_the_built_ins() -> None:
    both, _ = paths()
    assert len(both) > 500, len(both)
    for p in ("Array.prototype.map", "get ArrayBuffer.prototype.byteLength", "%TypedArray%.prototype.set",
              "String.prototype.replaceAll", "Proxy.revocable", "%IteratorPrototype%.[Symbol.iterator]"):
        assert p in both


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
def test_found_cases() -> None:
    """Calls in which the fuzz found pyjsvm differing from node (see test_builtin_fuzz_found.py)."""
    ix = {name: i for i, name in enumerate(pool())}
    calls = [("Array.prototype.toLocaleString", "call", ix["[1,,3]"], [ix["' 12 '"]]),
             ("%TypedArray%.prototype.toLocaleString", "call", ix["Float64Array"], [ix["' 12 '"], ix["3"]])]
    assert compare_named(calls) == []


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@_seeded
@settings(**_settings)
@given(call_specs)
def test_same_as_node(specs: list[tuple[int, str, int, list[int]]]) -> None:
    diffs = compare(specs)
    assert not diffs, "\n".join(diffs)


def _search(n: int, seconds: float) -> None:
    """``n`` batches of CALLS uniformly random calls (for at most ``seconds``)."""
    rng = random.Random(SEED if not RANDOM else None)
    start = time.monotonic()
    found = 0
    with open("builtin_fuzz_diffs.txt", "a", encoding="utf-8") as out:
        for ran in range(1, n + 1):
            if time.monotonic() - start > seconds:
                break
            specs = [(rng.randrange(10**6), rng.choice(["call", "call", "call", "new", "nt"]), rng.randrange(10**6),
                      [rng.randrange(10**6) for _ in range(rng.randrange(4))]) for _ in range(CALLS)]
            for d in compare(specs):
                found += 1
                out.write(d + "\n")
                out.flush()
            print("batches:", ran, "differences:", found, "seconds (pyjsvm, node): %.1f %.1f" % TIMES[-1], flush=True)


if __name__ == "__main__":
    _search(int(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else float("inf"))
