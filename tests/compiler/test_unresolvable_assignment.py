"""A strict assignment to a name that no binding holds when the assignment starts stays an
unresolvable reference, though its right side makes the global: PutValue throws a
ReferenceError (sec-assignment-operators-runtime-semantics-evaluation step 1.a, sec-putvalue
step 3.a; test262 language/identifier-resolution/assign-to-global-undefined.js). V8 and node
look the name up again when they store it, so these expectations are the spec's, not node's."""
from __future__ import annotations

import pytest

from tests.helpers import both_tiers, js_str

CASES = [
    # at the top of a strict script
    ('"use strict"; var r; try { undeclared = (this.undeclared = 5); r = "stored" } catch (e) { r = e.name }'
     ' r + " " + typeof undeclared + " " + this.undeclared', "ReferenceError number 5"),
    # in a strict function, the global made by a call on the right
    ('"use strict"; function make() { globalThis.g1 = 1; return 2 }'
     ' function f() { g1 = make() } var r; try { f(); r = "stored" } catch (e) { r = e.name } r + " " + g1',
     "ReferenceError 1"),
    # a loop: the name is unresolvable at each start, made by the last right side
    ('"use strict"; var r = []; for (var i = 0; i < 3; i++) { try { later = (i === 2 ? (globalThis.later = i) : i);'
     ' r.push("ok") } catch (e) { r.push(e.name) } } r.join() + " " + later',
     "ReferenceError,ReferenceError,ReferenceError 2"),
    # resolvable at the start: stored (the right side's own global made earlier)
    ('"use strict"; globalThis.g2 = 0; function f() { g2 = (globalThis.g2 = 7, 8) } f(); g2', "8"),
    # deleted by the right side: PutValue finds it gone (sec-object-environment-records-setmutablebinding-n-v-s)
    ('"use strict"; globalThis.g3 = 0; function f() { g3 = (delete globalThis.g3, 1) }'
     ' var r; try { f(); r = "stored" } catch (e) { r = e.name } r + " " + typeof g3', "ReferenceError undefined"),
    # declared by the script: its var cannot go, the store goes through
    ('"use strict"; var d; d = (function () { return 3 })(); d', "3"),
    # sloppy code: the reference is unresolvable, and PutValue makes the global
    ('var r = []; function f() { s1 = (r.push(typeof s1), 4) } f(); r.join() + " " + s1', "undefined 4"),
    # a right side that runs no code: the same ReferenceError
    ('"use strict"; var r; try { nothing = 1 } catch (e) { r = e.name } r', "ReferenceError"),
    # a name the function binds itself (a local of the emitted code, not known to the scope the
    # test is made in), assigned from a call or from another local: stored
    ('"use strict"; function g() { return 5 } function f() { let x, y = 1; for (let i = 0; i < 3; i++) {'
     ' x = g(); y = x } return x + y } f() + f()', "20"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_strict_assignment_to_an_unresolvable_name(src: str, expected: str) -> None:
    on, off = both_tiers(js_str, src)
    assert on == expected
    assert off == expected
