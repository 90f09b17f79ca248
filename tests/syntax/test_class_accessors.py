"""syntax/class_accessors.py: in a class body a line terminator after ``get`` / ``set`` ends a
field only where automatic semicolon insertion applies; before a key it is a getter or setter."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree

CASES = [
    # a getter / setter whose key is on the next line
    ("class K { get\n x() { return 1 } }; new K().x", "1"),
    ("class K { set\n x(v) { this.q = v } }; var k = new K(); k.x = 3; k.q + ':' + ('set' in k)", "3:false"),
    ("class K { static get\n x() { return 2 } }; K.x", "2"),
    ("class K { static\n get\n x() { return 3 } }; K.x", "3"),
    ("class K { get\n [1 + 1]() { return 4 } }; new K()[2]", "4"),
    ("class K { get\n #x() { return 5 } static t(o) { return o.#x } }; K.t(new K())", "5"),
    ("class K { get\n 'a b'() { return 6 } }; new K()['a b']", "6"),
    ("class K { get\n 7() { return 7 } }; new K()[7]", "7"),
    ("class K { get\n get() { return 8 } set\n set(v) {} }; new K().get", "8"),
    ("class K { get\n in() { return 9 } }; new K().in", "9"),
    ("class K { set\n [Symbol.iterator](v) { this.q = 10 } }; var k = new K(); k[Symbol.iterator] = 0; k.q", "10"),
    # where no key can follow, the line terminator ends a field named get / set
    ("class K { get\n *x() {} }; Object.keys(new K()) + ':' + typeof K.prototype.x", "get:function"),
    ("class K { get\n ; x() {} }; Object.keys(new K()) + ':' + typeof K.prototype.x", "get:function"),
    ("class K { get\n }; Object.keys(new K()).join()", "get"),
    ("class K { set\n = 1 }; new K().set", "1"),
    # a computed [get] is no accessor keyword
    ("var get = 'g'; class K { [get]\n x() { return 11 } }; Object.keys(new K()) + ':' + new K().x()", "g:11"),
    # an object literal inside a class element is parsed as before
    ("class K { static { K.o = {get\n x() { return 12 }}.x } }; K.o", "12"),
    ("class K { #p = {get\n x() { return 13 }}; static t(k) { return k.#p.x } }; K.t(new K())", "13"),
    # a getter named x, then `=` cannot follow it: a SyntaxError (as node)
    ("class K { get\n x = 1 }", "THROW SyntaxError"),
    ("class K { get\n x }", "THROW SyntaxError"),
]


@pytest.mark.parametrize("src, expected", CASES)
def test_line_terminator_after_get_or_set(src: str, expected: str) -> None:
    got = assert_tiers_and_node_agree(src)
    assert got.startswith(expected) if expected.startswith("THROW") else got == expected
