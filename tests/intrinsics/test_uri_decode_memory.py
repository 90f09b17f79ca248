"""decodeURI / decodeURIComponent (sec-decode) and unescape (sec-unescape-string) hold the
pieces of a long result as a few long strings, not one small string a character (which took
~70 bytes a code unit: 3.6 GB for a result of 64M), and their results past a join of the
pieces agree with node."""
from __future__ import annotations

import tracemalloc

import pytest

import pyjsvm as vm
from tests.helpers import NODE, js_str, node_str

N = 2**17


@pytest.mark.parametrize("src", [
    f"decodeURIComponent('%C4%80'.repeat({N})).length",
    f"unescape('%u0100'.repeat({N})).length",
    f"decodeURI('%C4%80'.repeat({N})).length",
])
def test_a_long_result_is_not_held_a_character_at_a_time(src: str) -> None:
    vm.run_in_new_context("1", {})  # (the engine's own first-use allocations, not measured)
    tracemalloc.start()
    try:
        assert vm.run_in_new_context(src, {}) == N
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # input 0.75 MB (latin-1), result 0.25 MB (UCS-2); one str object a character was ~10 MB more
    assert peak < 4_000_000, peak


@pytest.mark.parametrize("src", [
    "decodeURI('%23%41%e2%82%ac'.repeat(5000) + 'x%2f').slice(-12)",
    "decodeURIComponent('%23%41%e2%82%ac'.repeat(5000) + 'x%2f').length",
    "decodeURIComponent('a%F0%9F%98%80'.repeat(5000)).slice(-6)",
    "decodeURIComponent('%41'.repeat(5000) + '%')",
    "decodeURIComponent('%41'.repeat(5000) + '%C4')",
    "unescape('%u0041%41%zz%u12'.repeat(3000)).slice(-14)",
    "unescape('%u0041%41%zz%u12'.repeat(3000)).length",
])
def test_long_results_agree_with_node(src: str) -> None:
    ours = js_str(src)
    if NODE is None:
        pytest.skip("node is not installed")
    assert ours == node_str(src)
