"""JSON.stringify of an array or array-like whose length could only give a result past the
longest string (each element and each separator a code unit at least) is a RangeError at once,
as node's is, not a loop of billions of Gets (2**53 - 1 for an array-like proxy)."""
from __future__ import annotations

import pytest

import pyjsvm as vm
from tests.helpers import NODE, node_str

CASES = [
    "JSON.stringify(new Proxy([1, 2], {get(t, k) { return k === 'length' ? 2**32 : t[k]; }}))",
    "JSON.stringify(new Proxy([], {get(t, k) { return k === 'length' ? 2**53 : t[k]; }}))",
    "var a = []; a.length = 2**28; JSON.stringify(a)",
    "var a = []; a.length = 2**32 - 1; JSON.stringify({a: [a]})",
    "var a = []; a.length = 2**30; JSON.stringify(a, null, 2)",
]


def ours(src: str) -> str:
    try:
        return str(vm.run_in_new_context(src, {}, timeout=3000))
    except vm.JSError as e:
        return "THROW " + str(e)


@pytest.mark.parametrize("src", CASES)
def test_a_length_past_the_longest_string_is_a_range_error(src: str) -> None:
    assert ours(src) == "THROW RangeError: Invalid string length"
    if NODE is not None:
        assert node_str(src) == "THROW RangeError: Invalid string length"


def test_lengths_that_fit_still_serialize() -> None:
    assert ours("var a = []; a.length = 3; JSON.stringify([a, {length: 2**40}])") == '[[null,null,null],{"length":1099511627776}]'
    assert ours("JSON.stringify(new Proxy([7, 8], {}))") == "[7,8]"
