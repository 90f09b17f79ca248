"""Private fields read and written inline by emitted code (compiler/emit.private_get and
private_set): a field's element straight from its PrivateName's storage, anything else (a
method, an accessor, an object without the element, a primitive) through PrivateGet/PrivateSet
(sec-privateget, sec-privateset) with their TypeErrors. Both tiers and node agree."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree

CASES = {
    # every kind of reference to a private name, in a loop so that the body runs emitted
    "references": """(function () {
      class A { #x = 1; static #s = 5; #m() { return 7 } get #g() { return this.#x * 10 } set #g(v) { this.#x = v }
        t() { var r = []; this.#x += 2; r.push(this.#x); this.#x++; r.push(this.#x); this.#x ||= 9; this.#x &&= 4;
          r.push(this.#x); this.#x ??= 1; [this.#x] = [11]; r.push(this.#x); ({a: this.#x} = {a: 12}); r.push(this.#x);
          for (this.#x of [13]); r.push(this.#x); this.#g = 3; r.push(this.#g, this.#m(), A.#s); A.#s += 1; r.push(A.#s);
          this.#x = 's'; for (var i = 0; i < 3; i++) this.#x += i; r.push(this.#x, #x in this); return r.join() } }
      var out = []; for (var k = 0; k < 40; k++) out.push(new A().t()); return out.slice(-2).join(' | ') })()""",
    # a method or an accessor without a setter is not written; an object without the element
    # is neither read nor written; the same site sees fields, then others, then fields again
    "errors": """(function () {
      class A { #x = 1; #m() { return 1 } get #g() { return 2 }
        static read(o) { try { return o.#x } catch (e) { return e.constructor.name } }
        static write(o, v) { try { o.#x = v; return o.#x } catch (e) { return e.constructor.name } }
        m() { try { this.#m = 1 } catch (e) { return e.constructor.name } return 'wrote' }
        g() { try { this.#g = 1 } catch (e) { return e.constructor.name } return 'wrote' }
        gm() { return this.#m() + this.#g } }
      class B { #x = 'b'; static read(o) { return o.#x } }
      var r = [], a = new A();
      for (var i = 0; i < 40; i++) {
        r.push(A.read(i % 3 ? a : i % 2 ? {} : 1), A.write(i % 4 ? a : new B(), i), a.m(), a.g(), a.gm(), B.read(new B()));
      }
      return r.slice(-24).join() })()""",
    # elements of dead objects: objects made and dropped in a loop, each read through the same
    # site as objects that never had the element (their ids may be a dead object's)
    "dead_objects": """(function () {
      class A { #x; constructor(v) { this.#x = v } static read(o) { try { return o.#x } catch (e) { return 'no' } } }
      var r = 0, misses = 0;
      for (var i = 0; i < 300; i++) { r += A.read(new A(i)); if (A.read({}) === 'no') misses++; }
      return r + ' ' + misses })()""",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_private_elements_agree(name: str) -> None:
    assert_tiers_and_node_agree(CASES[name])
