"""IteratorStepValue's NON-SPEC fast step for built-in next methods (iteration.register_fast_next):
it must be unobservable -- a replaced next, an array iterator's hole read through a getter, an
array grown or shrunk while it is iterated, a typed array and keys/entries iterators, and
generators (a replaced or own next, a running generator, a yield* whose inner results have
getters, a break that closes it) behave as the full protocol does
(expected values checked against node)."""
from __future__ import annotations

import gc
import time

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
    # %GeneratorPrototype%.next's step (generator_objects.generator_step)
    "generator_values": ("""function* g() { try { yield 1; yield 2; return 3 } finally { log.push('fin') } }
        var log = []; for (var x of g()) log.push(x); var [a, ...b] = g(); log.push(a, b.length); log.join()""",
        "1,2,fin,fin,1,1"),
    "generator_break": ("""var log = []; function* g() { try { yield 1; yield 2 } finally { log.push('closed') } }
        for (var x of g()) { log.push(x); break } log.join()""",
        "1,closed"),
    "generator_throws": ("""var log = [], it; function* g() { yield 1; throw new Error('boom') }
        it = g(); it.return = function () { log.push('return called') };
        try { for (var x of it) log.push(x) } catch (e) { log.push(e.message) } log.join()""",
        "1,boom"),
    "generator_replaced_next": ("""var GP = Object.getPrototypeOf(function* () {}).prototype, orig = GP.next, log = [];
        GP.next = function (v) { log.push('n'); return orig.call(this, v) };
        function* g() { yield 'a' } for (var x of g()) log.push(x); GP.next = orig; log.join()""",
        "n,a,n"),
    "generator_own_next": ("""var log = []; function* g() { yield 1; yield 2 }
        var it = g(); it.next = function () { log.push('own'); return { done: true } };
        for (var x of it) log.push(x); log.join()""",
        "own"),
    "generator_running": ("""var it, r; function* g() { try { for (var x of it) ; } catch (e) { r = e.constructor.name } yield 1 }
        it = g(); it.next(); r""",
        "TypeError"),
    "generator_yield_star_getters": ("""var log = [];
        var inner = { [Symbol.iterator]() { return this }, i: 0,
          next() { var i = this.i++; return { get done() { log.push('done' + i); return i > 1 }, get value() { log.push('value' + i); return i } } } };
        function* g() { var r = yield* inner; log.push('r' + r) }
        for (var x of g()) log.push('x' + x); log.join()""",
        "done0,done0,value0,x0,done1,done1,value1,x1,done2,value2,r2"),
    "generator_yield_star_generator": ("""function* a() { yield 1; yield 2; return 'ra' } function* b() { var r = yield* a(); yield r }
        var out = []; for (var x of b()) out.push(x); out.join()""",
        "1,2,ra"),
    "generator_other_realm_like": ("""var log = []; function* g() { yield this === undefined }
        for (var x of g.call(1)) log.push(typeof x); log.join()""",
        "boolean"),
    "generator_nested_for_of": ("""function* r(n) { for (let i = 0; i < n; i++) yield i }
        var s = 0; for (var i of r(5)) for (var j of r(i)) s += j; s""",
        "10"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fast_step_is_unobservable(name: str) -> None:
    src, expected = CASES[name]
    on, off = both_tiers(js_str, src)
    assert on == off == expected



@pytest.mark.parametrize("src", [
    "new Set(A)", "[...A]", "Math.max(...A)", "var [...r] = A", "Iterator.from(A.keys()).toArray()",
    "Float64Array.from(A)", "Math.sumPrecise(A.keys())", "Promise.race(A)", "Promise.all(A)",
    "Array.from(A.keys())", "String.fromCharCode(...A)",
])
def test_stepping_a_builtin_iterator_obeys_the_timeout(src: str) -> None:
    # IteratorStepValue over an array's iterator runs no JS that checks the budget: these loops
    # ran 6-13 s (Promise.race for ever) past a 300 ms timeout
    # The bound is on this thread's CPU time with the collector paused: the run is CPU-bound, so
    # a loaded machine (which stretches wall time, not CPU time) or a full collection of the
    # test process's heap (one took the wall time of this test to 3.07 s in CI) cannot fail it
    import pyjsvm as vm
    gc.disable()
    try:
        t0 = time.thread_time()
        with pytest.raises(vm.JSError) as e:
            vm.run_in_new_context(f"var A = new Array(4e6); {src}", timeout=300)
        used = time.thread_time() - t0
    finally:
        gc.enable()
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    assert used < 3
