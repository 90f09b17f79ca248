"""for-in takes the keys of every object of the prototype chain when it starts (as V8 does; the
spec lets an implementation visit or not a key added during the loop): a key added to a
prototype during the loop is not visited (it was), a key deleted before it is reached is not,
and a key shadowed or visited already is visited once. Both tiers against node."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree


@pytest.mark.parametrize("src", [
    "(() => { var p = {a: 1}, o = Object.create(p), s = []; o.b = 2;"
    " for (var k in o) { s.push(k); if (k === 'b') p.c = 3; } return s.join(); })()",
    "(() => { var q = {z: 1}, p = Object.create(q), o = Object.create(p), s = []; p.a = 1; o.b = 2;"
    " for (var k in o) { s.push(k); if (k === 'b') { q.y = 1; p.x = 1; o.w = 1; } } return s.join(); })()",
    "(() => { var p = {p: 1, r: 2}, o = Object.create(p), s = []; o.q = 1;"
    " for (var k in o) { s.push(k); if (k === 'q') delete p.p; } return s.join(); })()",
    "(() => { var p = {a: 1, b: 2}, o = Object.create(p), s = []; o.b = 1;"
    " for (var k in o) { s.push(k); } return s.join(); })()",
    "(() => { var p = {a: 1}, o = Object.create(p), s = []; o.b = 1;"
    " function f() { for (let k in o) { s.push(k); if (k === 'b') p.c = 1; } } f();"
    " return s.join(); })()",
    # (V8) a prototype no longer on the chain (Object.setPrototypeOf during the loop) has
    # nothing visited
    "(() => { var p = {a: 1}, o = Object.create(p), s = []; o.b = 1;"
    " function f() { for (let k in o) { s.push(k); if (k === 'b') Object.setPrototypeOf(o, {z: 1}); } } f();"
    " return s.join(); })()",
    # a long dense array (enumerated element by element) and its prototype's keys
    "(() => { var p = Object.create(Array.prototype); p.x = 1; var a = new Array(70000).fill(0);"
    " Object.setPrototypeOf(a, p); var n = 0, last;"
    " for (var k in a) { n++; last = k; if (k === '5') p.y = 1; } return n + last; })()",
])
def test_keys_added_during_the_loop(src: str) -> None:
    assert_tiers_and_node_agree(src)
