"""encodeURI / encodeURIComponent (sec-encode) and escape (sec-escape-string) on long
strings: translated a piece at a time, they agree with node across the pieces' edges (surrogate
pairs, lone surrogates), and a result past the longest string is a RangeError, as node's is."""
from __future__ import annotations

import pytest

import pyjsvm as vm
from pyjsvm.runtime.operators import STRING_PIECE as _PIECE
from tests.helpers import NODE, js_str, lower_string_limit, node_str

EDGE = _PIECE - 1

CASES = [
    "encodeURIComponent('a\\u00ff\\ud83d\\ude00 b;/?#[]')",
    "encodeURI('a\\u00ff\\ud83d\\ude00 b;/?#[]%')",
    "encodeURIComponent('\\u0000\\u007f\\u0080\\u07ff\\u0800\\uffff\\ud800\\udc00\\udbff\\udfff')",
    "encodeURI('\\ud800')",
    "encodeURI('\\udc00x')",
    "encodeURI('x\\ud800\\ud800\\udc00')",
    f"encodeURIComponent('x'.repeat({EDGE}) + '\\ud83d\\ude00' + 'y').slice({EDGE - 3})",
    f"encodeURIComponent('x'.repeat({EDGE}) + '\\ud83d\\ud83d\\ude00')",
    f"encodeURIComponent('x'.repeat({EDGE}) + '\\ud83d')",
    f"encodeURIComponent('x'.repeat({EDGE + 1}) + '\\ude00')",
    f"encodeURI('\\ud83d\\ude00'.repeat({_PIECE}) + ',').length",
    f"encodeURI('\\ud83d\\ude00'.repeat({_PIECE}) + '\\ud800')",
    "escape('\\ud800\\udc00a\\u00ff\\u0100@*_+-./ ~!')",
    f"escape('\\u00e9\\ud800'.repeat({_PIECE})).length",
    "escape()",
    "encodeURI({toString() { return '\\u20ac'; }})",
]


@pytest.mark.parametrize("src", CASES)
def test_agrees_with_node(src: str) -> None:
    ours = js_str(src)
    if NODE is None:
        pytest.skip("node is not installed")
    assert ours == node_str(src)


@pytest.mark.parametrize("src, length", [
    ("encodeURIComponent('\\u00ff'.repeat(N))", 6),
    ("encodeURI('\\u20ac'.repeat(N))", 9),
    ("encodeURI('\\ud83d\\ude00'.repeat(N))", 12),
    ("escape('\\u0100'.repeat(N))", 6),
    ("escape('\\u00ff'.repeat(N))", 3),
])
def test_a_result_past_the_longest_string_is_a_range_error(monkeypatch: pytest.MonkeyPatch, src: str, length: int) -> None:
    limit = 3 * _PIECE
    lower_string_limit(monkeypatch, limit)
    fits = limit // length
    assert vm.run_in_new_context(src.replace("N", str(fits)) + ".length", {}) == fits * length
    for n in (fits + 1, limit):
        with pytest.raises(vm.JSError, match="RangeError: Invalid string length"):
            vm.run_in_new_context(src.replace("N", str(n)), {})
