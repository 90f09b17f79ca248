"""syntax/strict_directive.py: the first token after a "use strict" directive is read as strict
mode code (a strict mode reserved word there is a SyntaxError, as node)."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree


@pytest.mark.parametrize("src", [
    '"use strict"; package',
    '"use strict"\nimplements.x',
    '"use strict"; interface: 1',
    '"use strict"; (public)',
    '"use strict"; [private]',
    '"use strict"; protected()',
    '"use strict"; st\\u0061tic',
    'function f() { "use strict"; static }',
    'function f() { "a"; "use strict"\n package++ }',
    '() => { "use strict"; package }',
    'class C { m() { static } }',
])
def test_reserved_word_after_the_directive(src: str) -> None:
    assert assert_tiers_and_node_agree(src).startswith("THROW SyntaxError")


@pytest.mark.parametrize("src, expected", [
    ('var package = 1; package', "1"),
    ('var package = 2; (function () { "use\\x20strict"; return package })()', "2"),
    ('var package = 3; (function () { "use strict" + 1; return package })()', "3"),
    ('"use strict"; let x = 4; x', "4"),
    ('"use strict"; var o = { package: 5 }; o.package', "5"),
])
def test_not_strict_or_no_identifier(src: str, expected: str) -> None:
    assert assert_tiers_and_node_agree(src) == expected
