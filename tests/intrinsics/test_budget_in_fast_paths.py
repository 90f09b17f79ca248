"""Fast paths over long inputs check the run's budget as they go (a hostile review found them
running seconds past a 1 s timeout in one step): counted with the check replaced, not timed."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm as vm


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def check(*args: int) -> None:  # (check_stop(cost) or check_every(i, mask))
        calls.append(1)
        real(*args)
    monkeypatch.setattr(module, name, check)
    return calls


def test_includes_nan_in_a_dense_array(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyjsvm.intrinsics.array as array_module
    calls = _counting(monkeypatch, array_module, "check_every")
    assert vm.run_in_new_context("var a = new Array(2**18).fill(1); [a.includes(NaN), [1, NaN].includes(NaN)].join()") == "false,true"
    assert len(calls) >= 4


@pytest.mark.parametrize("call", ["toBase64()", "toBase64({alphabet: 'base64url', omitPadding: true})", "toHex()"])
def test_uint8_array_encodings_in_pieces(monkeypatch: pytest.MonkeyPatch, call: str) -> None:
    import pyjsvm.intrinsics.uint8_array as uint8_module
    monkeypatch.setattr(uint8_module, "_ENCODE_PIECE", 3 * 64)
    calls = _counting(monkeypatch, uint8_module, "check_stop")
    whole = vm.run_in_new_context(f"new Uint8Array(1000).map((_, i) => i * 7).{call}")
    assert len(calls) >= 4
    monkeypatch.setattr(uint8_module, "_ENCODE_PIECE", 3 << 18)
    assert vm.run_in_new_context(f"new Uint8Array(1000).map((_, i) => i * 7).{call}") == whole
