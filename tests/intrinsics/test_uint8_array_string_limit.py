"""Uint8Array.prototype.toBase64 and toHex (sec-uint8array.prototype.tobase64,
sec-uint8array.prototype.tohex) refuse a result past the longest string (a RangeError, as every
built-in that makes a string does) before encoding; up to the limit the result is whole."""
from __future__ import annotations

import pytest

from tests.helpers import lower_string_limit, value_or_error_name

LIMIT = 40


@pytest.fixture
def low_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    lower_string_limit(monkeypatch, LIMIT)


run = value_or_error_name


@pytest.mark.parametrize("options, length", [
    ("", lambda n: (n + 2) // 3 * 4),
    ("{omitPadding: true}", lambda n: n // 3 * 4 + (n % 3 and n % 3 + 1)),
    ("{alphabet: 'base64url'}", lambda n: (n + 2) // 3 * 4),
])
def test_to_base64_up_to_and_past_the_longest_string(low_limit: None, options: str, length: object) -> None:
    for n in range(0, 40):
        want = length(n)  # type: ignore[operator]
        got = run(f"new Uint8Array({n}).toBase64({options}).length")
        assert got == (want if want <= LIMIT else "RangeError"), n


def test_to_hex_up_to_and_past_the_longest_string(low_limit: None) -> None:
    assert run("new Uint8Array(20).toHex().length") == 40
    assert run("new Uint8Array(21).toHex()") == "RangeError"
    assert run("new Uint8Array(new ArrayBuffer(30), 5, 20).toHex().length") == 40


def test_a_detached_array_is_still_a_type_error(low_limit: None) -> None:
    src = "var b = new ArrayBuffer(100); var u = new Uint8Array(b); b.transfer(); u.{}"
    assert run(src.format("toHex()")) == "TypeError"
    assert run(src.format("toBase64()")) == "TypeError"
