"""Importing pyjsvm leaves the host process as it was; the engine's one setting (a high recursion
limit) holds only while engine code runs, and the int/str digit limit is never changed."""
from __future__ import annotations

import subprocess
import sys

import pyjsvm


def test_import_changes_nothing() -> None:
    code = ("import sys; before = (sys.getrecursionlimit(), sys.get_int_max_str_digits());"
            "import pyjsvm, pyjsvm.host.cli, pyjsvm.compiler.engine;"
            "print(before == (sys.getrecursionlimit(), sys.get_int_max_str_digits()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_settings_apply_while_js_runs_and_are_restored() -> None:
    before = (sys.getrecursionlimit(), sys.get_int_max_str_digits())
    seen: list[tuple[int, int]] = []
    ctx = pyjsvm.create_context({"probe": lambda: seen.append((sys.getrecursionlimit(), sys.get_int_max_str_digits()))})
    # Deep JS recursion needs the raised limit; a 5000-digit BigInt string needs no digit limit.
    result = pyjsvm.run_in_context(
        "function d(n) { return n === 0 ? 0 : 1 + d(n - 1) }; probe(); d(5000) + String(10n ** 5000n).length", ctx)
    assert result == 5000 + 5001
    assert seen and seen[0][0] > before[0] and seen[0][1] == before[1]
    assert (sys.getrecursionlimit(), sys.get_int_max_str_digits()) == before


def test_host_code_keeps_the_digit_limit_while_js_runs() -> None:
    """A Python callback that JS calls, and another thread, keep CPython's int/str digit limit
    (the CVE-2020-10735 mitigation) while JS runs; the engine's BigInts are not limited by it."""
    if sys.get_int_max_str_digits() == 0:
        return  # the host turned the limit off itself
    refused: list[bool] = []

    def host_int(s: str) -> int:
        try:
            return int(s)
        except ValueError:
            refused.append(True)
            return -1
    ctx = pyjsvm.create_context({"host_int": host_int})
    n = sys.get_int_max_str_digits() + 100
    result = pyjsvm.run_in_context(f"host_int('1'.repeat({n})) + ':' + String(10n ** {n}n).length", ctx)
    assert result == f"-1:{n + 1}" and refused == [True]
    big = pyjsvm.run_in_new_context(f"10n ** {n}n")
    assert repr(big).startswith("BigInt(1000") and len(repr(big)) == len("BigInt()") + n + 1


def test_settings_restored_after_a_js_error() -> None:
    before = (sys.getrecursionlimit(), sys.get_int_max_str_digits())
    try:
        pyjsvm.run_in_new_context("function f() { f() } f()")
    except pyjsvm.JSError as e:
        assert e.name == "RangeError"
    else:
        raise AssertionError("unbounded recursion did not throw")
    assert (sys.getrecursionlimit(), sys.get_int_max_str_digits()) == before


def test_function_proxy_calls_run_under_the_settings() -> None:
    before = sys.getrecursionlimit()
    deep = pyjsvm.run_in_new_context("(function d(n) { return n === 0 ? 0 : 1 + d(n - 1) })")
    assert deep(4000) == 4000
    assert sys.getrecursionlimit() == before


def test_gc_threshold_is_raised_while_js_runs_and_restored() -> None:
    """The cyclic collector's first threshold is raised while JS runs (speed), then the host's
    thresholds come back; a host that set a higher threshold itself keeps it."""
    import gc
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    ctx = pyjsvm.create_context({"probe": lambda: seen.append(gc.get_threshold())})
    pyjsvm.run_in_context("probe()", ctx)
    assert seen[0][0] >= 10_000 and seen[0][1:] == before[1:]
    assert gc.get_threshold() == before
    try:
        gc.set_threshold(50_000, *before[1:])
        seen.clear()
        pyjsvm.run_in_context("probe()", ctx)
        assert seen[0][0] == 50_000 and gc.get_threshold()[0] == 50_000
    finally:
        gc.set_threshold(*before)
