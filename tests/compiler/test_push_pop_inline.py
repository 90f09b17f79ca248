"""``a.push(v)`` and ``a.pop()`` of the built-ins on a dense array are done in line by emitted
code where the built-in's own fast path would run (compiler/emit.py, _append_element and
_remove_last_element); every other case is the call. Both tiers and node agree on the cases
where the fast path must not run."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree, emitted_function

pytestmark = pytest.mark.usefixtures("eager_compilation")

CASES = {
    "plain": "(function () { var a = [], r = []; for (var i = 0; i < 5; i++) r.push(a.push(i * 2)); r.push(a.pop(), a.pop(), a.length, a.join()); var e = []; r.push(e.pop(), e.length); return r.join() })()",
    "holes": "(function () { var a = [1, , 3], r = []; r.push(a.pop(), a.pop(), a.length, a.pop(), a.length); Array.prototype[1] = 'p'; var b = [1, , ]; r.push(b.length, b.pop(), b.length); delete Array.prototype[1]; return r.join() })()",
    "frozen": "(function () { var r = []; var a = Object.freeze([1, 2]); try { a.push(3) } catch (e) { r.push(e.constructor.name) } try { a.pop() } catch (e) { r.push(e.constructor.name) } r.push(a.length); return r.join() })()",
    "sealed-and-nonextensible": "(function () { var r = []; var a = Object.preventExtensions([1, 2]); try { a.push(3) } catch (e) { r.push(e.constructor.name) } r.push(a.pop(), a.length); var s = Object.seal([1]); try { s.pop() } catch (e) { r.push(e.constructor.name) } r.push(s.length); return r.join() })()",
    "length-readonly": "(function () { var r = []; var a = [1, 2]; Object.defineProperty(a, 'length', {writable: false}); try { a.push(3) } catch (e) { r.push(e.constructor.name) } try { a.pop() } catch (e) { r.push(e.constructor.name) } r.push(a.length, a.join()); return r.join() })()",
    "proto-setter": "(function () { var log = ''; Object.defineProperty(Array.prototype, 2, {set: function (v) { log += 'set' + v }, get: function () { return 'g' }, configurable: true}); var a = [0, 1]; var n = a.push(9); var r = [n, a.length, a.hasOwnProperty(2), log]; delete Array.prototype[2]; r.push(a.push(7), a.join()); return r.join() })()",
    "replaced": "(function () { var r = []; var orig = Array.prototype.push; Array.prototype.push = function (v) { r.push === orig; return 'mine' }; var a = []; var x = a.push(1); Array.prototype.push = orig; r.push(x, a.length); var own = [1, 2]; own.pop = function () { return 'own' }; r.push(own.pop(), own.length); var u = [1, 2]; u.push = Array.prototype.unshift; u.pop = Array.prototype.shift; r.push(u.push(0), u.pop(), u.join()); return r.join() })()",
    "array-likes": "(function () { var o = {length: 1, 0: 'a', push: Array.prototype.push, pop: Array.prototype.pop}; var r = [o.push('b'), o.length, o.pop(), o.pop(), o.length, o.pop(), o.length]; var s = new String('ab'); try { Array.prototype.push.call(s, 'c') } catch (e) { r.push(e.constructor.name) } return r.join() })()",
    "subclass": "(function () { class L extends Array {} var a = new L(); a.push(1); a.push(2); var r = [a.length, a.pop(), a.length, a instanceof L, Array.isArray(a)]; return r.join() })()",
    "cross-realm-like-this": "(function () { var a = [1]; var f = a.push; var r = [f.call(a, 2), a.length]; try { f.call(null, 1) } catch (e) { r.push(e.constructor.name) } return r.join() })()",
    "huge-loop": "(function () { var a = []; for (var i = 0; i < 3000; i++) a.push(i); var s = 0; while (a.length) s += a.pop(); return s })()",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tiers_and_node_agree(name: str) -> None:
    assert_tiers_and_node_agree(CASES[name])


def test_emitted_in_line() -> None:
    text = emitted_function("function f(a) { a.push(1); return a.pop() } f([])", "f").code.emitted
    assert text is not None and "_apush(" in text and "_apop(" in text
