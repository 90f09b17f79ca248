"""JS <-> Python mutual recursion (a Python callable that runs JS that calls it again) ends in a
JS RangeError, "Maximum call stack size exceeded", thrown at the innermost level: catchable in
JS, a ``vm.JSError`` in Python. The re-entries share one budget (the thread's C stack, its
Python frames and the JS depth) instead of each getting a fresh one, which let the C stack
overflow (SIGSEGV) after ~7,500 levels. Each scenario runs in a subprocess, since the failure
it guards against kills the process."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Prints "caught <name>: <message> <levels>" for the JSError that ends ``body`` (a function
# that starts the recursion), "returned <value> <levels>" when it returns, "OTHER ..." for
# any other exception; ``levels`` counts the Python callable's calls.
_PRELUDE = """
import sys, threading
import pyjsvm as vm
levels = [0]

def report(body):
    try:
        print("returned", body(), levels[0])
    except vm.JSError as e:
        print("caught", e.name + ":", e.message, levels[0])
    except BaseException as e:
        print("OTHER", type(e).__name__, str(e)[:200], levels[0])
    sys.stdout.flush()
"""


def _run(code: str) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    out = subprocess.run([sys.executable, "-c", _PRELUDE + textwrap.dedent(code)], capture_output=True,
                         text=True, timeout=300, env=env, cwd=str(ROOT))
    assert out.returncode == 0, f"exit {out.returncode}\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}"
    return out.stdout


def _range_error(stdout: str) -> int:
    """The levels reached by a run that ended in the RangeError, checked to be one."""
    lines = stdout.strip().splitlines()
    assert lines, stdout
    words = lines[-1].split()
    assert words[:2] == ["caught", "RangeError:"], stdout
    assert "Maximum call stack size exceeded" in lines[-1], stdout
    return int(words[-1])


_SCRIPT_LOOP = """
ctx = vm.create_context({})
def py_rec():
    levels[0] += 1
    return vm.run_in_context("py_rec()", ctx)
ctx["py_rec"] = py_rec
report(lambda: vm.run_in_context("py_rec()", ctx))
print("after", vm.run_in_context("1 + 1", ctx))
"""


def test_script_calling_python_calling_script() -> None:
    out = _run(_SCRIPT_LOOP)
    assert _range_error(out.splitlines()[0]) > 100
    assert out.splitlines()[-1] == "after 2"  # the context stays usable


def test_js_function_object_called_from_python() -> None:
    out = _run("""
    ctx = vm.create_context({})
    f = vm.run_in_context("(function js_rec(n) { return py_rec(n + 1) })", ctx)
    def py_rec(n):
        levels[0] += 1
        return f(n)
    ctx["py_rec"] = py_rec
    report(lambda: f(0))
    """)
    assert _range_error(out) > 100


def test_on_a_thread_that_is_not_the_main_thread() -> None:
    out = _run("""
    def body():
        ctx = vm.create_context({})
        def py_rec():
            levels[0] += 1
            return vm.run_in_context("py_rec()", ctx)
        ctx["py_rec"] = py_rec
        report(lambda: vm.run_in_context("py_rec()", ctx))
    t = threading.Thread(target=body)
    t.start()
    t.join()
    """)
    assert _range_error(out) > 100


def test_the_innermost_js_catches_the_range_error() -> None:
    out = _run("""
    ctx = vm.create_context({})
    def py_rec():
        levels[0] += 1
        return vm.run_in_context(
            "try { py_rec() } catch (e) { 'caught:' + (e instanceof RangeError) + ':' + e.message }", ctx)
    ctx["py_rec"] = py_rec
    report(lambda: vm.run_in_context("py_rec()", ctx))
    """)
    words = out.split()
    assert words[:2] == ["returned", "caught:true:Maximum"], out
    assert int(words[-1]) > 100


def test_nested_runs_in_two_contexts() -> None:
    out = _run("""
    a = vm.create_context({})
    b = vm.create_context({})
    def to_b():
        levels[0] += 1
        return vm.run_in_context("to_a()", b)
    def to_a():
        return vm.run_in_context("to_b()", a)
    a["to_b"] = to_b
    b["to_a"] = to_a
    report(lambda: vm.run_in_context("to_b()", a))
    """)
    assert _range_error(out) > 50


def test_a_python_mapping_as_the_global_that_runs_js() -> None:
    """Host code that JS reaches without a call (a mapping's __getitem__) re-enters too."""
    out = _run("""
    import collections.abc
    class Globals(collections.abc.MutableMapping):
        def __init__(self):
            self.d = {}
        def __getitem__(self, k):
            if k == "deep":
                levels[0] += 1
                return vm.run_in_context("deep", ctx)
            return self.d[k]
        def __setitem__(self, k, v):
            self.d[k] = v
        def __delitem__(self, k):
            del self.d[k]
        def __iter__(self):
            return iter(self.d)
        def __len__(self):
            return len(self.d)
        def __contains__(self, k):
            return k == "deep" or k in self.d
    ctx = vm.create_context(Globals())
    report(lambda: vm.run_in_context("deep", ctx))
    """)
    assert _range_error(out) > 100


@pytest.mark.parametrize("kind", ["async", "generator"])
def test_async_functions_and_generators_in_the_loop(kind: str) -> None:
    source = ("(async function js_rec(n) { return py_rec(n + 1) })" if kind == "async"
              else "(function* js_rec(n) { yield py_rec(n + 1) })")
    call = "f(n)" if kind == "async" else 'vm.run_in_context(f"g({n}).next().value", ctx)'
    out = _run(f"""
    ctx = vm.create_context({{}})
    f = vm.run_in_context({source!r}, ctx)
    ctx["g"] = f
    def py_rec(n):
        levels[0] += 1
        return {call}
    ctx["py_rec"] = py_rec
    if {kind!r} == "async":
        body = lambda: f(0).result()  # the innermost call's rejection, passed out by every level
    else:
        body = lambda: vm.run_in_context("g(0).next().value", ctx)
    report(body)
    """)
    assert _range_error(out) > 100


def test_moderate_mutual_recursion_and_deep_js_inside_a_callback_work() -> None:
    """The shared budget still leaves room: 200 levels of JS <-> Python return normally, and a
    callback a few levels down runs 10,000-deep JS recursion."""
    out = _run("""
    ctx = vm.create_context({})
    def py_rec(n):
        levels[0] += 1
        return vm.run_in_context(f"{n} ? py_rec({n - 1}) + 1 : deep()", ctx)
    ctx["py_rec"] = py_rec
    ctx["deep"] = lambda: vm.run_in_context(
        "function d(n) { return n === 0 ? 0 : 1 + d(n - 1) } d(10000)", ctx)
    report(lambda: vm.run_in_context("py_rec(5)", ctx))
    levels[0] = 0
    ctx["deep"] = lambda: 0
    report(lambda: vm.run_in_context("py_rec(200)", ctx))
    """)
    assert out.split() == ["returned", "10005", "6", "returned", "200", "201"], out
