"""A jump out of a try block whose finally block jumps, throws or continues a do-while: the
emitted tier (compiler/emit.py) acts as the closure tier and node. A break/continue in a finally
replaces the jump the finally ran for (the pending ``jmp`` flag was kept and acted on after the
next Python loop: the statements after an inner loop were skipped), as does a throw caught
outside it; a ``continue`` through a finally in a do-while runs the test after the finally (it
ran it before: one iteration more)."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree

CASES = [
    # break / continue in a finally replaces a pending jump out of inner loops
    ("var log = []; a: for (var i = 0; i < 3; i++) { b: for (var j = 0; j < 3; j++) { try { if (j == 1) continue a }"
     " finally { log.push(i + '' + j); if (j == 1 && i == 1) break b } } log.push('after' + i) } log.join()",
     "00,01,10,11,after1,20,21"),
    ("var log = []; a: for (var i = 0; i < 2; i++) { b: for (var j = 0; j < 3; j++) { try { if (j == 1) break a }"
     " finally { if (j == 1) continue b } } log.push('after' + i) } log.join()", "after0,after1"),
    ("var log = []; a: for (var i = 0; i < 2; i++) { b: { try { continue a } finally { break b } }"
     " log.push('after' + i) } log.join()", "after0,after1"),
    ("var log = []; for (var i = 0; i < 2; i++) { switch (1) { case 1: try { continue } finally { break } }"
     " log.push('after' + i) } log.join()", "after0,after1"),
    ("var log = []; a: for (var k of [1, 2]) { b: for (var m of [1, 2]) { try { continue a } finally { break b } }"
     " log.push('after' + k) } log.join()", "after1,after2"),
    ("var log = []; var i = 0; a: while (i++ < 2) { b: while (true) { try { continue a } finally { break b } }"
     " log.push('after' + i) } log.join()", "after1,after2"),
    # a throw from the finally, caught, replaces it too
    ("var log = []; a: for (var i = 0; i < 2; i++) { for (var j of [1]) { try { for (var k of [1]) {"
     " try { break a } finally { throw 1 } } } catch (e) {} for (var q of [1]) ; log.push('x' + i) }"
     " log.push('after' + i) } log.join()", "x0,after0,x1,after1"),
    # a finally that completes normally keeps the jump
    ("var log = []; a: for (var i = 0; i < 2; i++) { for (var j of [1]) { try { try { continue a }"
     " finally { log.push('f1') } } finally { log.push('f2') } } log.push('after' + i) } log.join()",
     "f1,f2,f1,f2"),
    # a jump that stays in the finally block, or a throw caught there, keeps the pending jump
    ("var log = []; a: for (var i = 0; i < 2; i++) { b: for (var j = 0; j < 2; j++) { try { continue a }"
     " finally { switch (1) { case 1: break } } } log.push('after' + i) } log.join()", ""),
    ("var log = []; a: for (var i = 0; i < 2; i++) { for (var j = 0; j < 2; j++) { try { continue a }"
     " finally { for (var q = 0; q < 2; q++) { if (q) break; continue } } } log.push('after' + i) } log.join()", ""),
    ("var log = []; a: for (var i = 0; i < 2; i++) { for (var j = 0; j < 2; j++) { try { continue a }"
     " finally { c: { break c } } } log.push('after' + i) } log.join()", ""),
    ("var log = []; a: for (var i = 0; i < 2; i++) { for (var j = 0; j < 2; j++) { try { continue a }"
     " finally { try { throw 1 } catch (e) { log.push('c') } } log.push('no') } log.push('after' + i) } log.join()",
     "c,c"),
    # do-while: the test runs after the finally
    ("var log = []; a: do { try { continue a } finally { log.push('f') } } while (log.length < 3); log.join()",
     "f,f,f"),
    ("var log = []; var i = 0; do { try { i++; continue } finally { log.push(i); i += 10 } } while (i < 3);"
     " log.join()", "1"),
    ("var n = 0; do { try { if (n < 5) continue } finally { n++ } } while (n < 3); n", "3"),
]


@pytest.mark.parametrize("src, expected", CASES)
def test_jump_through_finally(src: str, expected: str) -> None:
    assert assert_tiers_and_node_agree(src) == expected
