"""Array patterns over arrays whose iteration is unobservable: the emitted pattern takes the
values at once (runtime/iteration.array_pattern_values) where nothing that runs between the steps
could see them (FunctionEmitter.fast_array_pattern), and IteratorClose's lookup of ``return``
still happens last (array_pattern_close). Both tiers and node agree on every way the array, the
iteration built-ins or the targets could tell the difference; the fast path is checked to run."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.compiler import emit
from pyjsvm.runtime.objects import JSArray
from tests.helpers import assert_tiers_and_node_agree, emitted_function

CASES = [
    # shorter, equal and longer arrays, empty ones, elisions, rest, literal defaults, holes
    # (read through the prototype chain), an array with its own @@iterator, a subclass's
    """(function () {
      var r = [];
      function f(x) { const [a, b, c] = x; return [a, b, c].join('/') }
      function g(x) { let [, b, ...rest] = x; return b + ':' + rest.length + ':' + rest.join('/') }
      function h(x) { var [a = 5, b = 'd', c = null, d = [], e = {}] = x; return [a, b, c, typeof d, typeof e].join('/') }
      for (var i = 0; i < 3; i++) {
        r.push(f([1, 2]), f([1, 2, 3]), f([1, 2, 3, 4]), f([]), g([1, 2, 3, 4]), g([1]), g([]));
        r.push(h([undefined, 0, undefined]), h([1, 2, 3, 4, 5, 6]));
      }
      Array.prototype[1] = 'proto';
      r.push(f([1, , 3]), g([1, , 3]), h([1, , 3]));
      delete Array.prototype[1];
      var own = [1, 2, 3]; own[Symbol.iterator] = function* () { yield 'own' };
      r.push(f(own), g(own));
      class Sub extends Array {}
      var s = Sub.from([7, 8, 9]);
      r.push(f(s), g(s));
      var big = []; big.length = 3;
      r.push(f(big));
      var sparse = [1, 2]; sparse[50] = 3;
      r.push(g(sparse).length);
      return r.join() })()""",
    # IteratorClose: a return method on the Array Iterator prototype, on %Iterator.prototype%
    # and on Object.prototype is called (with the iterator as this, which continues where the
    # pattern stopped) when the pattern leaves the iterator open, not when it ran it to the end
    # or took the rest; a throw from a target (a const, a TDZ binding) closes it too
    """(function () {
      var r = [], AIP = Object.getPrototypeOf([][Symbol.iterator]()), IP = Object.getPrototypeOf(AIP);
      function f(x) { const [a, b] = x; return a + b }
      function g(x) { const [a, ...b] = x; return a + b.length }
      for (var i = 0; i < 3; i++) r.push(f([1, 2, 3]), g([1, 2, 3]));
      AIP.return = function () { var n = this.next(); r.push('closed:' + n.value + ':' + n.done); return {} };
      r.push(f([1, 2, 3]), f([1, 2]), f([1]), g([1, 2, 3]));
      delete AIP.return;
      IP.return = function () { r.push('ip-closed'); return {} };
      r.push(f([4, 5]));
      delete IP.return;
      Object.prototype.return = function () { r.push('op-closed'); return 7 };
      try { r.push(f([4, 5])) } catch (e) { r.push(e.constructor.name) }
      delete Object.prototype.return;
      AIP.return = function () { r.push('closed-on-throw'); throw new Error('ignored') };
      const c = 1;
      function k(x) { var a; [a, c] = x; return a }
      try { k([1, 2, 3]) } catch (e) { r.push(e.constructor.name) }
      function t(x) { [q, w] = x; let q; var w; return q }
      try { t([1, 2, 3]) } catch (e) { r.push(e.constructor.name) }
      AIP.return = function () { r.push('return-throws'); throw new Error('from return') };
      try { f([1, 2, 3]) } catch (e) { r.push(e.message) }
      delete AIP.return;
      Object.defineProperty(AIP, 'return', {get() { r.push('return-read'); return undefined }, configurable: true});
      r.push(f([1, 2, 3]), f([1]));
      delete AIP.return;
      r.push(f([1, 2, 3]));
      return r.join() })()""",
    # the iteration built-ins replaced: %ArrayIteratorPrototype%.next, Array.prototype's
    # @@iterator (a data property, then an accessor), the array's prototype changed
    """(function () {
      var r = [], AIP = Object.getPrototypeOf([][Symbol.iterator]()), next = AIP.next;
      function f(x) { const [a, b] = x; return a + '|' + b }
      for (var i = 0; i < 3; i++) r.push(f([1, 2]));
      AIP.next = function () { var s = next.call(this); if (!s.done) s.value = 'n' + s.value; return s };
      r.push(f([1, 2]));
      AIP.next = next;
      var values = Array.prototype[Symbol.iterator];
      Array.prototype[Symbol.iterator] = function* () { yield 'p1'; yield 'p2' };
      r.push(f([1, 2]));
      Object.defineProperty(Array.prototype, Symbol.iterator, {get() { r.push('iter-read'); return values }, configurable: true});
      r.push(f([1, 2]));
      Object.defineProperty(Array.prototype, Symbol.iterator, {value: values, writable: true, configurable: true});
      var a = [1, 2]; Object.setPrototypeOf(a, {[Symbol.iterator]: function* () { yield 'x' }});
      r.push(f(a));
      var b = [1, 2]; Object.setPrototypeOf(b, Object.create(Array.prototype));
      r.push(f(b), f([3, 4]));
      return r.join() })()""",
    # targets between the steps: a new array literal with member targets (a swap; setters that
    # change the iteration built-ins, whose return is then looked up last); an array the
    # targets can reach (stepped one by one: the second step sees the first put); defaults that
    # run code; nested patterns; a global object's accessor as a target; top-level lexical bindings
    """var log = [], AIP = Object.getPrototypeOf([][Symbol.iterator]());
    var arr = [1, 2, 3, 4];
    for (var i = 0; i < 3; i++) { var j = 3 - i; [arr[i], arr[j]] = [arr[j], arr[i]] }
    log.push(arr.join(''));
    var o = { set a(v) { log.push('set a ' + v); AIP.return = function () { log.push('closed by setter'); return {} } },
              set b(v) { log.push('set b ' + v) } };
    [o.a, o.b] = [1, 2, 3];
    delete AIP.return;
    var x = [1, 2, 3];
    [x[1], log[log.length]] = x;
    log.push(x.join(''));
    var y = [1, undefined, 3];
    function d() { const [a, b = y.shift(), c] = y; return [a, b, c].join('/') }
    log.push(d());
    function n(v) { const [[a, b], [c]] = v; return a + b + c }
    log.push(n([[1, 2], [3]]));
    Object.defineProperty(globalThis, 'gv', {set(v) { log.push('gv=' + v); x.length = 0 }, get() { return 1 }, configurable: true});
    x = [7, 8, 9];
    var second;
    [gv, second] = x;
    log.push(second);
    let [la, lb] = [5, 6];
    const [lc, ...ld] = [7, 8, 9];
    log.push(la + lb + lc + ld.length);
    log.join()""",
    # the other places patterns bind: parameters and their defaults, for-of heads, catch
    # parameters, generator and async bodies (a step between yields), arrows and closures
    # over the bindings
    """(function () {
      var r = [];
      function p([a, b], [c, d] = [3, 4]) { return a + b + c + d }
      for (var i = 0; i < 3; i++) r.push(p([1, 2]), p([1, 2], [5]));
      for (const [k, v] of Object.entries({a: 1, b: 2})) r.push(k + v);
      for (let [a, b] of [[1, 2], [3]]) r.push(() => a + '' + b);
      r = r.map(function (x) { return typeof x === 'function' ? x() : x });
      try { throw [9, 8] } catch ([e1, e2]) { r.push(e1 - e2) }
      function* g(x) { const [a, b] = x; const [c] = yield a; yield b + c }
      var it = g([1, 2]); r.push(it.next().value, it.next([10]).value);
      async function af(x) { const [a, b] = x; await null; const [c] = [b]; return a + c }
      r.push(typeof af([1, 2]).then);
      var swap = (u) => { let a = u[0], b = u[1]; [a, b] = [b, a]; return a + '' + b };
      r.push(swap([1, 2]));
      return r.join() })()""",
]


@pytest.mark.parametrize("src", CASES)
def test_array_patterns_agree(src: str) -> None:
    assert not assert_tiers_and_node_agree(src).startswith("THROW")


def _pattern_calls(monkeypatch: Any) -> list[Any]:
    calls: list[Any] = []
    original = emit._BASE_NAMESPACE["_arrpat"]

    def counting(obj: Any, n: int, rest: bool) -> Any:
        v = original(obj, n, rest)
        calls.append(v is not None)
        return v
    monkeypatch.setitem(emit._BASE_NAMESPACE, "_arrpat", counting)
    return calls


def test_the_values_are_taken_at_once(monkeypatch: Any) -> None:
    calls = _pattern_calls(monkeypatch)
    f = emitted_function("function f(x) { const [a, b, ...c] = x; var [d = 1] = x; let u, v; [u, v] = [x, x];"
                         " return a + c.length + d }"
                         "var r = [f([1, 2, 3]), f([1, , 3])]; r[1] = f(Object.assign([1, 2, 3], {[Symbol.iterator]: function* () {}}))", "f")
    assert calls == [True, True, True, False, True, True, False, False, True]
    assert f.call(None, [JSArray(f.realm.array_prototype, [1.0, 2.0, 3.0])]) == 3.0
    assert calls[9:] == [True, True, True]


def test_which_patterns_take_the_values_at_once() -> None:
    src = """function f(x, o) {
      const [a, , b = 'lit', ...c] = x;             // names, an elision, a literal default, a rest
      [o.p, o[a]] = [a, b];                         // member targets of a new array
      [o.p, o.q] = x;                               // member targets of an array they may reach
      const [d = o.f()] = x;                        // a default that runs code
      const [[e]] = x;                              // a nested pattern
      return [a, b, c, d, e] }"""
    f = emitted_function(src + "; f([[1]], {f() {}})", "f")
    text = f.code.emitted
    # (a pattern that takes its values at once still gets the iterator when they are not there)
    assert text.count("_arrpat(") == 3
    assert text.count("_getiter(") == 6
