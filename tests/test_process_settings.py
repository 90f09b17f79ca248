"""Importing pyjsvm leaves the host process as it was; the engine's one setting (a high recursion
limit) holds only for the thread running JS while engine code runs (host threads and host code
that JS calls keep the host's limit), and the int/str digit limit is never changed."""
from __future__ import annotations

import json
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
    assert seen == [before]  # a callback sees the host's settings
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
    """The cyclic collector's first two thresholds are raised while JS runs (speed), then the
    host's thresholds come back; a host that set higher thresholds itself keeps them, and one that
    switched collection off (a first threshold of 0) keeps it off."""
    import gc
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    ctx = pyjsvm.create_context({"probe": lambda: seen.append(gc.get_threshold())})
    try:
        gc.set_threshold(700, 10, 10)
        pyjsvm.run_in_context("probe()", ctx)
        assert seen[0] == (50_000, 50, 10)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(100_000, 70, 5)
        seen.clear()
        pyjsvm.run_in_context("probe()", ctx)
        assert seen[0] == (100_000, 70, 5) and gc.get_threshold() == (100_000, 70, 5)
        gc.set_threshold(0, 10, 10)
        seen.clear()
        pyjsvm.run_in_context("probe()", ctx)
        assert seen[0] == (0, 10, 10) and gc.get_threshold() == (0, 10, 10)
    finally:
        gc.set_threshold(*before)


_THREAD_PROBE = r"""
import json, sys, threading, time
import pyjsvm
limit = sys.getrecursionlimit()
report = {}
js_running = threading.Event()

def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)

def host_thread():
    js_running.wait()
    report["limit_unchanged"] = sys.getrecursionlimit() == limit
    for name, work in (("json", lambda: json.loads("[" * 300000 + "]" * 300000)),
                       ("rec", lambda: rec(limit * 5))):
        try:
            work()
            report[name] = "no error"
        except RecursionError:
            report[name] = "RecursionError"

def callback():
    try:
        json.loads("[" * 300000 + "]" * 300000)
        return "no error"
    except RecursionError:
        return "RecursionError"

t = threading.Thread(target=host_thread)
t.start()
ctx = pyjsvm.create_context({"started": js_running.set, "callback": callback,
                             "host_done": lambda: not t.is_alive()})
# Date.now() before started() (Date is set up on its first use, which may take longer than the
# host thread's work) and one deep recursion at least: the loop ran no time when the host thread
# had finished before its first check
total = pyjsvm.run_in_context(
    "function d(n) { return n ? 1 + d(n - 1) : 0 }"
    "var r = 0; var t0 = Date.now(); started();"
    "do { r += d(10000) } while (!host_done() && Date.now() - t0 < 20000); r >= 10000 ? callback() : 'no run'", ctx)
t.join()
report["callback"] = total
report["after"] = sys.getrecursionlimit() == limit
print(json.dumps(report, sort_keys=True))
"""


def test_host_threads_keep_their_recursion_limit_while_js_recurses() -> None:
    """While one thread runs 10,000-deep JS recursion, another host thread sees the host's
    recursion limit and gets Python's RecursionError (not a C-stack overflow) from recursion
    through C (json.loads of deeply nested input) and from plain recursion past it; so does a
    Python callback JS calls. Run in a subprocess: the failure this guards against is a crash."""
    out = subprocess.run([sys.executable, "-c", _THREAD_PROBE], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout) == {"after": True, "callback": "RecursionError", "json": "RecursionError",
                                      "limit_unchanged": True, "rec": "RecursionError"}


def test_python_compiles_deep_in_js() -> None:
    """CPython's compiler measures nesting from the thread's depth against the host's limit:
    the engine's own compile() (emitted functions of nested eval code) and a host callback's
    eval() both work deep inside JS recursion."""
    ctx = pyjsvm.create_context({"py_eval": lambda s: eval(s)})  # noqa: S307 - host code of the test
    assert pyjsvm.run_in_context(
        "function d(n) { return n ? d(n - 1) : py_eval('1 + 2 * 3') } d(9000)", ctx) == 7
    assert pyjsvm.run_in_context(
        "function e(n) { return n ? e(n - 1) : eval('function f(){'.repeat(300) + '}'.repeat(300) + '; 5') } e(5000)",
        ctx) == 5
