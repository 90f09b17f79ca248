"""The README's promise about unbounded recursion: a call in tail position in strict code is a
proper tail call (sec-preparefortailcall) and uses no stack, so endless tail recursion runs until
the timeout stops it; any other unbounded recursion ends in a RangeError. In a script, a class
body and an ES module alike."""
from __future__ import annotations

import pytest

import pyjsvm as vm

TAIL = {
    "script": "'use strict'; function f(n) { return f(n + 1) } f(0)",
    "class": "class K { static f(n) { return n < 0 ? 0 : K.f(n + 1) } } K.f(0)",
    "mutual": "'use strict'; function a(n) { return b(n + 1) } function b(n) { return a(n + 1) } a(0)",
}
NOT_TAIL = {
    "script": "'use strict'; function f(n) { return 1 + f(n + 1) } f(0)",
    "sloppy": "function f(n) { return f(n + 1) } f(0)",
    "class": "class K { static f(n) { return [K.f(n + 1)] } } K.f(0)",
}


@pytest.mark.parametrize("name", sorted(TAIL))
def test_tail_recursion_runs_until_the_timeout(name: str) -> None:
    with pytest.raises(vm.JSError) as e:
        vm.run_in_new_context(TAIL[name], timeout=300)
    assert "timed out" in str(e.value)


@pytest.mark.parametrize("name", sorted(NOT_TAIL))
def test_other_recursion_is_a_range_error(name: str) -> None:
    with pytest.raises(vm.JSError) as e:
        vm.run_in_new_context(NOT_TAIL[name], timeout=60_000)
    assert "RangeError: Maximum call stack size exceeded" in str(e.value)


def test_tail_recursion_in_a_module_runs_until_the_timeout() -> None:
    m = vm.SourceTextModule("export function f(n) { return f(n + 1) }\nf(0);", context=vm.create_context())
    m.link(lambda *a: None)
    with pytest.raises(vm.JSError) as e:
        m.evaluate(timeout=300)
    assert "timed out" in str(e.value)
