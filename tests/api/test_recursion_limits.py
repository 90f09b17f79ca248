"""Deep recursion: 10,000 nested JS calls work; unbounded recursion is a RangeError, never a
Python RecursionError or crash; the context stays usable afterwards."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import pyjsvm as vm

ROOT = Path(__file__).resolve().parents[2]


def test_ten_thousand_nested_calls() -> None:
    ctx = vm.create_context()
    assert vm.run_in_context("function d(n) { return n === 0 ? 0 : 1 + d(n - 1); } d(10000)", ctx) == 10000


def test_unbounded_recursion_is_range_error() -> None:
    ctx = vm.create_context()
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context("function inf() { return inf() + 1; } inf()", ctx)
    assert info.value.name == "RangeError"
    assert "Maximum call stack size exceeded" in info.value.message
    assert vm.run_in_context("1 + 1", ctx) == 2


def test_recursion_through_builtins_is_range_error() -> None:
    ctx = vm.create_context()
    src = "function f() { return [1].map(f); } try { f(); 'no' } catch (e) { e instanceof RangeError }"
    assert vm.run_in_context(src, ctx) is True


@pytest.mark.parametrize("src", [
    "function f() { return eval('f()') } f()",
    "function f() { return eval('eval(\"f()\")') } f()",
    "var f = () => eval('f()'); f()",
    "function f() { return (0, eval)('f()') } f()",
    "function f() { with ({}) return eval('f()') } f()",
])
def test_recursion_through_eval_is_range_error(src: str) -> None:
    # each eval re-enters the interpreter from C: the recursion overflowed the C stack (a
    # segfault) before the JS depth limit; run in a subprocess, since that kills the process
    code = ("import pyjsvm as vm, sys\n"
            "try:\n    vm.run_in_new_context(sys.argv[1])\n"
            "except vm.JSError as e:\n    print(e.name, e.message)\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    out = subprocess.run([sys.executable, "-c", code, src], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "RangeError Maximum call stack size exceeded"
