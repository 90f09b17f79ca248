"""The string built-ins whose result may be longer than their input (case mappings,
normalization) refuse a result past the longest string with a RangeError, as node does
('Invalid string length'), on short strings and on the long ones they map in pieces."""
from __future__ import annotations

import pytest

from pyjsvm.runtime.operators import STRING_PIECE as _PIECE
from tests.helpers import lower_string_limit, value_or_error_name

LIMIT = 3 * _PIECE


@pytest.fixture
def low_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    lower_string_limit(monkeypatch, LIMIT)


run = value_or_error_name


@pytest.mark.parametrize("text, call, factor", [
    ("\\u00df", "toUpperCase()", 2),                  # ß -> SS
    ("\\ufb03", "toUpperCase()", 3),                  # ffi ligature -> FFI
    ("\\u0130", "toLowerCase()", 2),                  # I with dot -> i + combining dot
    ("\\u00df", "toLocaleUpperCase('lt')", 2),
    ("\\u00cc", "toLocaleLowerCase('lt')", 3),        # Lithuanian: i, dot above, grave
    ("\\u00e9", "normalize('NFD')", 2),
    ("\\ufdfa", "normalize('NFKD')", 18),
    ("\\ufdfa", "normalize('NFKC')", 18),
])
def test_a_result_past_the_longest_string_is_a_range_error(low_limit: None, text: str, call: str, factor: int) -> None:
    fits = LIMIT // factor
    assert run(f"'{text}'.repeat({fits}).{call}.length") == fits * factor
    assert run(f"'{text}'.repeat({fits + 1}).{call}.length") == "RangeError"
    # long enough to be mapped in pieces
    assert run(f"'{text}'.repeat({LIMIT}).{call}.length") == "RangeError"


def test_the_language_mappings_that_shrink_still_work(low_limit: None) -> None:
    assert run(f"'\\u0130'.repeat({LIMIT}).toLocaleLowerCase('tr').length") == LIMIT
    assert run(f"'a\\u0307'.repeat({LIMIT // 2}).normalize('NFC').length") == LIMIT // 2
