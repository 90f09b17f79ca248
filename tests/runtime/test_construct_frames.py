"""A constructor's frame in a stack trace is V8's ``new F`` (``new <anonymous>`` for an
anonymous function), whether [[Construct]] came from an emitted ``new`` (the callee's own frame
is the activation, runtime/stack.EMITTED_NEW), from ECMAFunction.construct (Reflect.construct,
super()) or from a class; CallSite.getFunctionName gives the bare name and isConstructor true.
Before, an emitted ``new`` left the constructor's frame out and gave its position to the caller's
name. Node's answers, on both tiers."""
from __future__ import annotations

import pytest

from tests.helpers import NODE, both_tiers, js_str, node_str

SRC = r"""
function names(e, n) { return e.stack.split('\n').slice(1, 1 + n).map(function (l) { return l.trim().split(' (')[0] }).join('|') }
function P(x) { this.x = x; if (x > 3) throw new Error('boom') }
function make(i) { return new P(i) }
class K { constructor(x) { if (x > 3) throw new Error('k') } }
class B { constructor() { throw new Error('b') } } class D extends B { constructor() { super() } }
function Q() { var old = Error.prepareStackTrace;
  Error.prepareStackTrace = function (e, cs) { return cs.slice(0, 2).map(function (c) { return c.getFunctionName() + ':' + c.isConstructor() }).join(' ') };
  var s = new Error().stack; Error.prepareStackTrace = old; this.s = s }
function mq() { return new Q().s }
function who() { return who.caller } function W() { this.c = who() } function mkw() { return new W().c === undefined }
var out = [];
for (var i = 0; i < 5; i++) {
  out = [];
  try { make(i) } catch (e) { out.push(names(e, 2)) }
  try { new K(i) } catch (e) { out.push(names(e, 1)) }
  try { Reflect.construct(P, [9]) } catch (e) { out.push(names(e, 1)) }
  try { new D() } catch (e) { out.push(names(e, 2)) }
  try { new (function () { throw new Error('x') })() } catch (e) { out.push(names(e, 1)) }
  out.push(mq(), mkw());
}
out.join(';')
"""

EXPECTED = "at new P|at make;at new K;at new P;at new B|at new D;at new <anonymous>;Q:true mq:false;false"


def test_both_tiers() -> None:
    on, off = both_tiers(js_str, SRC)
    assert on == off == EXPECTED


@pytest.mark.skipif(NODE is None, reason="node not installed")
def test_node_agrees() -> None:
    assert node_str(SRC) == EXPECTED
