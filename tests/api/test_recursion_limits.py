"""Deep recursion: 10,000 nested JS calls work; unbounded recursion is a RangeError, never a
Python RecursionError or crash; the context stays usable afterwards."""
from __future__ import annotations

import pytest

import pyjsvm as vm


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
