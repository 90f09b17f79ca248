"""A Unicode-mode (u or v) global or sticky RegExp whose lastIndex falls between the two halves
of a surrogate pair starts matching at the pair: RegExpBuiltinExec (sec-regexpbuiltinexec) step
13.b takes the index of the code point that code unit lastIndex belongs to. The match's ``index``
is where it starts, as in V8 and QuickJS (the spec's step 23 would report the lastIndex read)."""
from __future__ import annotations

import pytest

from tests.helpers import NODE, js_str, node_str

# (each: the source, and what node 20 gives)
CASES = [
    ("var r = /(?:)/gu; r.lastIndex = 1; var m = r.exec('\\ud83d\\udc31'); m.index + ',' + r.lastIndex", "0,0"),
    ("var r = /(?:)/gv; r.lastIndex = 1; var m = r.exec('\\ud83d\\udc31'); m.index + ',' + r.lastIndex", "0,0"),
    ("var r = /./uy; r.lastIndex = 1; var m = r.exec('\\ud83d\\udc31'); [m.index, m[0].length, r.lastIndex].join()", "0,2,2"),
    ("var r = /./ug; r.lastIndex = 2; var m = r.exec('x\\ud83d\\udc31'); [m.index, m[0].length, r.lastIndex].join()", "1,2,3"),
    ("var r = /\\udc31/gu; r.lastIndex = 1; String(r.exec('\\ud83d\\udc31')) + ',' + r.lastIndex", "null,0"),
    # (not Unicode mode: the trail surrogate alone, where lastIndex points)
    ("var r = /./g; r.lastIndex = 1; var m = r.exec('\\ud83d\\udc31'); [m.index, m[0].length, r.lastIndex].join()", "1,1,2"),
    # (a lone trail surrogate, no lead before it: matched where it is)
    ("var r = /./gu; r.lastIndex = 1; var m = r.exec('a\\udc00'); [m.index, m[0].length, r.lastIndex].join()", "1,1,2"),
]
# (the same for a literal pattern (the matcher's fast path), where V8 finds nothing: its literal
# search starts at lastIndex itself; QuickJS and step 13.b find the pair)
SPEC_ONLY = [
    ("var r = /\\u{1F431}/gu; r.lastIndex = 1; var m = r.exec('\\ud83d\\udc31'); [m.index, r.lastIndex].join()", "0,2"),
    ("var r = /\\ud83d\\udc31/uy; r.lastIndex = 1; var m = r.exec('\\ud83d\\udc31'); [m.index, r.lastIndex].join()", "0,2"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_last_index_between_the_halves_of_a_pair(src: str, expected: str) -> None:
    assert js_str(src) == expected
    if NODE is not None:
        assert node_str(src) == expected


@pytest.mark.parametrize("src,expected", SPEC_ONLY)
def test_a_literal_pattern_too(src: str, expected: str) -> None:
    assert js_str(src) == expected
