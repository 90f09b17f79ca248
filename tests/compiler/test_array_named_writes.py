"""Writes of a named (non-index) property on an array, ``arr.foo = v`` and ``arr[name] = v``: an
array keeps such a key in ``props`` as an ordinary object does, so JSArray.set and the emitted
named write (and _put_new's walk through an array on the chain) take the ordinary object's
paths for it; ``length``, index keys, keys that only look like indices, accessors and read-only
properties on the chain, non-extensible and frozen arrays keep the general ones. Checked on
both tiers and against node; that the fast path is the one taken is checked by counting
OrdinarySet's calls."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm
from pyjsvm.runtime import objects
from tests.helpers import assert_tiers_and_node_agree

pytestmark = pytest.mark.usefixtures("eager_compilation")

CASES = [
    # new and existing keys, the same site on arrays and plain objects, match arrays, an array
    # subclass, an object whose prototype is an array, ``length`` through the named write (of an array
    # whose prototype is %Object.prototype% too), keys
    # that look like indices (computed), a symbol key
    """(function () {
      var r = [];
      function tag(o, v) { o.foo = v; o.bar = v + 1; return o.foo + o.bar }
      function len(o, v) { o.length = v; return o.length }
      function put(o, k, v) { o[k] = v; return o[k] }
      class MyArray extends Array {}
      for (var i = 0; i < 6; i++) {
        var a = [1, 2, 3], m = /b(c)/.exec('abcd'), s = new MyArray(), o = Object.create([9]);
        r.push(tag(a, i), tag({}, i), tag(m, i), tag(s, i), tag(o, i), Object.keys(a), Object.keys(o));
        r.push(len(a, 1), a.length, a.join('-'), len([], 2), JSON.stringify(len(o, 3)), Object.keys(o));
        // (the site filled for plain objects, then an array whose prototype is theirs)
        var op = Object.setPrototypeOf([1, 2, 3], Object.prototype);
        r.push(len({}, 1), len({}, 2), len(op, 1), op.length, op[2], Object.keys(op));
        m.index = i; m.input = 'x' + i; r.push(m.index, m.input, m[1]);
        var b = [0, 1];
        r.push(put(b, 'name', i), put(b, '01', i), put(b, '1e3', i), put(b, '-1', i), put(b, '4294967295', i),
               put(b, '2', i), b.length, Object.keys(b), put(b, Symbol.iterator, null) === null);
      }
      return r.join() })()""",
    # what is on the chain: a setter, a getter without a setter, a read-only and a plain data
    # property on Array.prototype (each added between rounds, after the sites have filled);
    # a non-extensible and a frozen array, a sealed one; sloppy and strict writes
    """(function () {
      var r = [], log = [];
      function sloppy(o, v) { o.foo = v; return String(o.foo) }
      function strict(o, v) { 'use strict'; try { o.foo = v; return String(o.foo) } catch (e) { return e.constructor.name } }
      function sk(o, k, v) { 'use strict'; try { o[k] = v; return String(o[k]) } catch (e) { return e.constructor.name } }
      for (var i = 0; i < 12; i++) {
        var a = [i], b = [i], c = Object.preventExtensions([i]), d = Object.freeze([i]), e = Object.seal([i]);
        e.foo = 1;
        r.push(sloppy(a, i), strict(b, i), sloppy(c, i), strict(Object.preventExtensions([i]), i), strict(d, i),
               strict(e, i), sk([i], 'foo', i), sk(d, 'foo', i));
        switch (i) {
          case 2: Object.defineProperty(Array.prototype, 'foo', {set(v) { log.push('set' + v) }, configurable: true}); break;
          case 4: Object.defineProperty(Array.prototype, 'foo', {get() { return 'g' }, configurable: true}); break;
          case 6: Object.defineProperty(Array.prototype, 'foo', {value: 'ro', writable: false, configurable: true}); break;
          case 8: Object.defineProperty(Array.prototype, 'foo', {value: 'rw', writable: true, configurable: true}); break;
          case 10: delete Array.prototype.foo; Object.defineProperty(Object.prototype, 'foo', {value: 'oro', writable: false, configurable: true}); break;
        }
      }
      delete Object.prototype.foo;
      return r.join() + ';' + log.join() })()""",
]


@pytest.mark.parametrize("src", CASES)
def test_named_writes_on_arrays_agree(src: str) -> None:
    assert not assert_tiers_and_node_agree(src).startswith("THROW")


def test_the_named_write_takes_the_ordinary_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """``arr[name] = v`` (JSArray.set) and ``arr.foo = v`` (emitted) do not reach OrdinarySet."""
    calls = [0]
    real = objects.ordinary_set

    def counted(o: Any, *args: Any) -> Any:
        calls[0] += type(o) is objects.JSArray
        return real(o, *args)
    monkeypatch.setattr(objects, "ordinary_set", counted)
    assert pyjsvm.run_in_new_context(
        "function f(a, k) { for (var i = 0; i < 20; i++) { a.foo = i; a[k] = i; var m = /x/.exec('ax'); m.index = i }"
        " return a.foo + a[k] + Object.keys(a).length }"
        "f([1, 2], 'bar')", pyjsvm.constants.DONT_CONTEXTIFY) == 42
    assert calls[0] == 0
