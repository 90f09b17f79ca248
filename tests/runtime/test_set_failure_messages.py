"""The messages of the TypeErrors a failed strict assignment, delete or definition throws
(``set_failure_message``, ``receiver_display``: V8's wording, which libraries' tests and users
see: immer's frozen drafts, ``Object.freeze``), on both compiler tiers, compared with node."""
from __future__ import annotations

import pytest

from tests.helpers import NODE, both_tiers, js_str, node_str

CASES = [
    # a new property on a non-extensible object
    "'use strict'; const a = Object.freeze([1, 2]); a.push(3);",
    "'use strict'; const a = Object.freeze([1, 2]); a[5] = 1;",
    "'use strict'; Object.freeze({x: 1}).y = 1;",
    "'use strict'; Object.preventExtensions([1]).push(2);",
    "'use strict'; Object.seal({x: 1}).q = 1;",
    "'use strict'; class Foo {} const f = Object.freeze(new Foo()); f[Symbol('s')] = 1;",
    "Object.assign(Object.freeze({}), {y: 1});",
    "Object.defineProperty(Object.freeze({}), 'z', {value: 1});",
    # a read-only data property, own or inherited
    "'use strict'; Object.freeze([1, 2])[0] = 9;",
    "'use strict'; Object.freeze({x: 1}).x = 2;",
    "'use strict'; class Foo {} const f = new Foo(); Object.defineProperty(f, 'r', {value: 1}); f.r = 2;",
    "'use strict'; const ro = Object.defineProperty({}, 'r', {value: 1}); Object.create(ro).r = 2;",
    "'use strict'; const a = [1, 2, 3]; Object.defineProperty(a, 1, {writable: false}); a.fill(0);",
    "'use strict'; Object.defineProperty([], 'length', {value: 0, writable: false}).push(1);",
    "'use strict'; const a = Object.freeze([1]); a.length = 0;",
    "'use strict'; Object.freeze([1, 2]).sort();",
    # a getter without a setter
    "'use strict'; const g = {get x() { return 1; }}; g.x = 2;",
    "'use strict'; class K { get y() { return 1; } } new K().y = 2;",
    # a proxy's set trap
    "'use strict'; new Proxy({}, {set() { return false; }}).z = 1;",
    # primitives
    "'use strict'; 'abc'.x = 1;",
    "'use strict'; 'abc'[0] = 'z';",
    "'use strict'; 'abc'.length = 1;",
    "'use strict'; (5).y = 1;",
    # delete
    "'use strict'; delete Object.freeze([1, 2])[1];",
    "'use strict'; delete Object.freeze({x: 1}).x;",
    "'use strict'; delete 'abc'[0];",
    "'use strict'; const s = Object.seal({x: 1}); delete s['x'];",
    "Reflect.deleteProperty(Object.freeze({x: 1}), 'x') && Object.freeze({x: 1}).x;",
]


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("src", CASES)
def test_against_node(src: str) -> None:
    on, off = both_tiers(js_str, src)
    expected = node_str(src)
    assert on == expected
    assert off == expected


def test_read_only_message() -> None:
    assert js_str("'use strict'; Object.freeze({x: 1}).x = 2;") == \
        "THROW TypeError: Cannot assign to read only property 'x' of object '#<Object>'"
    assert js_str("'use strict'; Object.freeze({}).y = 2;") == \
        "THROW TypeError: Cannot add property y, object is not extensible"
