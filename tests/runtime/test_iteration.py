"""IteratorStepValue's NON-SPEC fast step for built-in next methods (iteration.register_fast_next):
it must be unobservable -- a replaced next, an array iterator's hole read through a getter, an
array grown or shrunk while it is iterated, a typed array and keys/entries iterators behave as the
full protocol does (expected values checked against node)."""
from __future__ import annotations

import pytest

from tests.helpers import both_tiers, js_str

CASES = {
    "replaced_next": ("""var AIP = Object.getPrototypeOf([][Symbol.iterator]()), orig = AIP.next, log = [];
        AIP.next = function () { log.push('n'); return orig.call(this) };
        var [a, b] = [1, 2]; for (var x of [3]) log.push(x); AIP.next = orig; log.join() + a + b""", "n,n,n,3,n12"),
    "hole_getter": ("""Object.defineProperty(Array.prototype, 1, { get() { return 'proto' }, configurable: true });
        var [a, b, c] = [1, , 3]; delete Array.prototype[1]; a + b + c""", "1proto3"),
    "mutated_while_iterated": ("""var arr = [1, 2], out = []; for (var v of arr) { out.push(v); if (v < 4) arr.push(v + 2) }
        var s = [5, 6, 7], r = []; for (var w of s) { r.push(w); s.length = 1 } out.join() + '|' + r.join()""",
                               "1,2,3,4,5|5"),
    "typed_array": ("var [a, ...b] = new Uint8Array([1, 2, 3]); a + ':' + b.join()", "1:2,3"),
    "keys_entries": ("""var out = []; for (var k of ['a', 'b'].keys()) out.push(k);
        for (var [i, v] of ['x'].entries()) out.push(i + v); out.join()""", "0,1,0x"),
    "detached_typed_array": ("""var ta = new Uint8Array(4), r; try { for (var x of ta) { ta.buffer.transfer() } }
        catch (e) { r = e.constructor.name } r""", "TypeError"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fast_step_is_unobservable(name: str) -> None:
    src, expected = CASES[name]
    on, off = both_tiers(js_str, src)
    assert on == off == expected
