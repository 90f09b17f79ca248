"""Number and BigInt operations (pyjsvm.runtime.numeric), their one home."""
from __future__ import annotations

import math

import pytest

from pyjsvm.runtime.numeric import number_exponentiate, number_to_string, string_to_bigint


@pytest.mark.parametrize("text, expected", [
    ("", 0), ("   ", 0), ("12", 12), ("+12", 12), ("-12", -12), (" \n\t 42 \u2028", 42),
    ("0x1F", 31), ("0X1f", 31), ("0o17", 15), ("0b101", 5), ("007", 7),
    # StringIntegerLiteral: no sign before a non-decimal literal, no separators, no decimals,
    # no non-ASCII digits, nothing after the digits but whitespace.
    ("-0x1", None), ("+0b1", None), ("1_000", None), ("0x1_0", None), ("1.5", None), ("1e3", None),
    ("0x", None), ("+", None), ("-", None), ("١٢", None), ("12n", None), ("0xg", None), ("Infinity", None),
])
def test_string_to_bigint(text: str, expected: int | None) -> None:
    assert string_to_bigint(text) == expected


def test_string_to_bigint_long_input_outside_engine_limits() -> None:
    # The conversion must not depend on the host's digit limit setting.
    n = string_to_bigint("1" + "0" * 5000)
    assert n is not None and n == 10 ** 5000


@pytest.mark.parametrize("x, radix, expected", [
    (0.0, 10, "0"), (-0.0, 10, "0"), (1e21, 10, "1e+21"), (123.456, 10, "123.456"), (1e-7, 10, "1e-7"),
    (255.0, 16, "ff"), (-255.5, 16, "-ff.8"), (0.5, 2, "0.1"), (math.inf, 2, "Infinity"), (math.nan, 36, "NaN"),
])
def test_number_to_string(x: float, radix: int, expected: str) -> None:
    assert number_to_string(x, radix) == expected


def test_number_exponentiate_edge_cases() -> None:
    assert math.isnan(number_exponentiate(1.0, math.inf))
    assert number_exponentiate(-0.0, -3.0) == -math.inf
    assert number_exponentiate(2.0, 1024.0) == math.inf
