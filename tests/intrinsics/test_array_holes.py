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
