"""%TypedArray%.prototype.join: each element's string is a code unit at least, so a typed
array whose elements and separators cannot fit in the longest string is a RangeError before
the loop (it ran through half a billion elements first with an empty separator: past a 3 s
timeout for new Uint8Array(2**29).join(""))."""
from __future__ import annotations

import pytest

import pyjsvm as vm
import pyjsvm.intrinsics.typed_array as typed_array_module


def ours(src: str) -> str:
    try:
        return str(vm.run_in_new_context(src, {}, timeout=3000))
    except vm.JSError as e:
        return "THROW " + str(e)


def test_an_empty_separator_past_the_longest_string(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typed_array_module, "MAX_STRING_LENGTH", 2**16)
    assert ours("new Uint8Array(2**16 + 1).join('')") == "THROW RangeError: Invalid string length"
    assert ours("new Uint8Array(2**16).join('').length") == str(2**16)
    assert ours("new Uint8Array(2**15).join(',').length") == str(2**16 - 1)
    assert ours("new Uint8Array(2**15 + 1).join(',').length") == "THROW RangeError: Invalid string length"
    assert ours("new Uint8Array(2**15).join('').length") == str(2**15)


def test_a_huge_typed_array_joined_with_nothing_fails_at_once() -> None:
    assert ours("new Uint8Array(2**29).join('')") == "THROW RangeError: Invalid string length"
