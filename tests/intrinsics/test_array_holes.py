"""``new Array(n)`` past the length a write may extend dense storage (objects.DENSE_GROWTH_LIMIT)
keeps its holes dense up to array._NEW_DENSE_MAX (NON-SPEC, V8's holey arrays: filling it writes
list slots, not dict entries); longer ones start sparse. Either way the array is the same to JS:
against node, and within a context's memory limit."""
from __future__ import annotations

import pytest

import pyjsvm as vm
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.array import _NEW_DENSE_MAX
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.objects import DENSE_GROWTH_LIMIT, JSArray
from tests.helpers import NODE, js_str, node_str


@pytest.mark.parametrize("n, dense", [
    (DENSE_GROWTH_LIMIT + 1, True), (200_000, True), (_NEW_DENSE_MAX, True), (_NEW_DENSE_MAX + 1, False),
])
def test_which_arrays_are_dense(n: int, dense: bool) -> None:
    a = eval_script(Realm(), f"new Array({n})")
    assert isinstance(a, JSArray) and a.length == n
    assert (a.dense is not None) is dense


SRC = """(function (n) {
  var a = new Array(n), r = [a.length, 0 in a, a[n - 1], Object.keys(a).length, a.indexOf(undefined), a.includes(undefined)];
  var step = Math.ceil(n / 400), s = 0;
  for (var i = 0; i < n; i += step) a[i] = i;
  for (var i = 0; i < n; i += Math.ceil(step / 3)) s += a[i] === undefined ? 1 : a[i] %% 7;
  r.push(s, Object.keys(a).length, 1 in a, (n - 1) in a, a.lastIndexOf(0), a.indexOf(step));
  a[n + 5] = 'x'; r.push(a.length, a[n + 4], Object.keys(a).length);
  a.length = 4; r.push(JSON.stringify(a), a.length);
  var b = new Array(n); Object.defineProperty(b, 7, {value: 1, writable: false});
  try { 'use strict'; b[7] = 2 } catch (e) {} r.push(b[7], Object.getOwnPropertyDescriptor(b, 7).writable);
  var c = new Array(n); Object.freeze(c); c[0] = 1; r.push(c[0], c.length);
  return r.join('|') })(%d)"""


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("n", [DENSE_GROWTH_LIMIT + 1, 200_000])
def test_node_agrees(n: int) -> None:
    src = SRC % n
    assert js_str(src) == node_str(src)


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_node_agrees_past_the_dense_limit() -> None:
    src = ("(function (n) { var a = new Array(n); a[3] = 1; a[n - 1] = 2; a[n + 1] = 3;"
           " return [a.length, 0 in a, a[3], a[n - 1], Object.keys(a).join(), JSON.stringify(a.slice(2, 5))].join('|') })(%d)"
           % (_NEW_DENSE_MAX + 1))
    assert js_str(src) == node_str(src)


def test_the_memory_limit_is_checked_first() -> None:
    ctx = vm.create_context(memory_limit=8_000_000)
    out = vm.run_in_context("try { new Array(4000000).length } catch (e) { e.name + ': ' + /Memory limit/.test(e.message) }",
                            ctx)
    assert out == "RangeError: true"
    assert vm.run_in_context("new Array(100000).length", ctx) == 100000


# An array made sparse by a write far past its end turns dense again as it fills (objects.
# DENSE_AGAIN_SHARE): from the back, from the front after its last element, with holes left,
# with non-index keys (which keep their order), and not while an element is no plain value.
REFILL = """(function (n) {
  var r = [], a = [];
  for (var i = n - 1; i >= 0; i -= 2) a[i] = i;
  a.tag = 't'; r.push(a.length, 0 in a, 1 in a, a[n - 1], Object.keys(a).length, Object.keys(a).slice(-3).join());
  a.push('p'); a.unshift('u'); r.push(a.length, a[0], a[1], a[2], a[n + 1], JSON.stringify(a.slice(0, 4)));
  var k = 0; for (var key in a) if (key === 'tag') r.push('tag at ' + k); else k++;
  var b = []; b[n - 1] = 0; for (var i = 0; i < n; i++) b[i] = i;
  r.push(b.reduce(function (x, y) { return x + y; }, 0), b.indexOf(n - 1), b.length);
  var c = []; c[n - 1] = 0; Object.defineProperty(c, 5, {value: 5, writable: false, enumerable: true, configurable: true});
  for (var i = 0; i < n; i++) { try { c[i] = i; } catch (e) {} }
  r.push(c[5], c[6], Object.getOwnPropertyDescriptor(c, 5).writable, c.length);
  var d = []; d[n - 1] = 0; Object.preventExtensions(d); d[3] = 1; r.push(3 in d, d.length);
  var e = []; e[n - 1] = 0; for (var i = 0; i < n; i++) e[i] = i; Object.freeze(e); e[2] = 'no'; r.push(e[2], Object.isFrozen(e));
  return r.join('|') })(%d)"""


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("n", [DENSE_GROWTH_LIMIT * 2, 300_000])
def test_refilled_sparse_arrays_agree_with_node(n: int) -> None:
    src = REFILL % n
    assert js_str(src) == node_str(src)


def test_a_refilled_array_is_dense_again() -> None:
    realm = Realm()
    a = eval_script(realm, "var a = []; for (var i = 299999; i >= 0; i--) a[i] = i; a")
    assert isinstance(a, JSArray) and a.dense is not None and a.length == 300_000
    # (an element that is no plain value keeps it sparse)
    c = eval_script(realm, "var c = []; c[299999] = 0; Object.defineProperty(c, 5, {value: 5, writable: false});"
                           " for (var i = 0; i < 300000; i++) { if (i !== 5) c[i] = i; } c")
    assert isinstance(c, JSArray) and c.dense is None
