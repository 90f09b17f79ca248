"""Emitted calls of Math.floor, ceil, abs, sqrt, round (one argument) and max, min, imul (two) compute the
result in line for Numbers where it is what the built-in returns, and call the built-in
otherwise (compiler/emit.py ``_MATH_INLINE``): every edge value, a replaced Math function, a
receiver other than Math, arguments that are not Numbers. Both tiers and node agree."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.helpers import assert_tiers_and_node_agree, emitted_function

VALUES = "[0, -0, 0.5, -0.5, -1, 1, -1.5, 2.5, 1e300, -1e300, 4503599627370495.5, -4503599627370495.5, " \
         "4503599627370496, 9007199254740993, Infinity, -Infinity, NaN, '2.5', true, null, undefined, " \
         "{valueOf() { return -3.5 }}, [7], 5e-324, -5e-324, 0.49999999999999994, -0.49999999999999994, " \
         "0.5000000000000001, -0.5000000000000001, 1.4999999999999998, -1.5000000000000002, 2251799813685247.5, " \
         "-2251799813685248.5, 4503599627370495, -4503599627370495, 0.7, -0.7, 1.9999999999999998, -2.5]"

CASES = [
    f"""(function () {{
      var xs = {VALUES}, out = [];
      function show(v) {{ return Object.is(v, -0) ? '-0' : String(v) }}
      for (var r = 0; r < 2; r++)
        for (var i = 0; i < xs.length; i++) {{
          var x = xs[i];
          out.push([Math.floor(x), Math.ceil(x), Math.abs(x), Math.sqrt(x), Math.round(x)].map(show).join(' '));
        }}
      return out.join('|') }})()""",
    f"""(function () {{
      var xs = {VALUES}, out = [];
      function show(v) {{ return Object.is(v, -0) ? '-0' : String(v) }}
      for (var i = 0; i < xs.length; i++)
        for (var j = 0; j < xs.length; j += 3) out.push(show(Math.max(xs[i], xs[j])) + ',' + show(Math.min(xs[i], xs[j])));
      return out.join(' ') }})()""",
    # Math.imul: 32-bit wraps, fractions, values past 2**32 and 2**53, non-Numbers (its inline
    # form takes two Numbers within 2**53)
    f"""(function () {{
      var xs = {VALUES}.concat([0x7fffffff, -0x80000000, 0xffffffff, 4294967296, 4294967297.5, -4294967297,
                                 2654435761, 123456789, 987654321, 9007199254740991, -9007199254740991, 1e21]), out = [];
      function show(v) {{ return Object.is(v, -0) ? '-0' : String(v) }}
      for (var r = 0; r < 2; r++)
        for (var i = 0; i < xs.length; i++)
          for (var j = 0; j < xs.length; j += 2) out.push(show(Math.imul(xs[i], xs[j])));
      return out.join(' ') + ' ' + [Math.imul(3), Math.imul(), Math.imul(2, 3, 4)].map(show) }})()""",
    # a replaced Math function, another object's method of the same name, a getter's
    """(function () {
      var out = [], M = Math, floor = Math.floor;
      var o = { floor: x => 'own floor ' + x, max: (a, b) => 'own max ' + a + b, sqrt(x) { return this === o } };
      for (var r = 0; r < 3; r++) {
        out.push(Math.floor(2.5), o.floor(2.5), o.max(1, 2), o.sqrt(4), M.sqrt(16));
        if (r === 0) Math.floor = x => 'replaced ' + x;
        if (r === 1) { Math.floor = floor; Object.defineProperty(Math, 'abs', { get() { return () => 'getter abs' }, configurable: true }) }
        out.push(Math.abs(-3));
      }
      return out.join() })()""",
    # the argument's conversion happens once, in order (valueOf runs, its throw propagates)
    """(function () {
      var log = [], a = { valueOf() { log.push('a'); return 3 } }, b = { valueOf() { log.push('b'); return 4 } };
      var r = [Math.max(a, b), Math.min(b, a), Math.floor(a)];
      try { Math.sqrt({ valueOf() { throw new RangeError('no') } }) } catch (e) { r.push(e.name) }
      try { Math.ceil(1n) } catch (e) { r.push(e.name) }
      return r.join() + ' ' + log.join() })()""",
]


@pytest.mark.parametrize("src", CASES)
def test_math_in_line_agrees(src: str) -> None:
    assert_tiers_and_node_agree(src)


def test_the_calls_are_in_line() -> None:
    src = emitted_function("function f(x, y) { return Math.floor(x) + Math.max(x, y) + Math.sqrt(y) } f(1.5, 2); f(1.5, 2)",
                           "f").code.emitted
    assert re.search(r"float\(_mfloor\(v1\)\) if type\(t\d+\) is _BF and t\d+\.impl is _MI\[0\]", src), src
    assert "_MI[4]" in src and "_msqrt(" in src
    src = emitted_function("function g(x) { return Math.round(x) } g(1.5); g(1.5)", "g").code.emitted
    assert "float(_mfloor(v1 + 0.5))" in src, src
    src = emitted_function("function h(x, y) { return Math.imul(x, y) } h(3, 5); h(3, 5)", "h").code.emitted
    assert re.search(r"float\(\(\(_trunc\(v1\) \* _trunc\(v2\) \+ 2147483648\) & 4294967295\) - 2147483648\) "
                     r"if type\(t\d+\) is _BF and t\d+\.impl is _MI\[12\]", src), src


def test_in_line_when_math_is_loaded_after_the_code_is_emitted() -> None:
    """Math is a deferred built-in: a body emitted before the first use of Math in the process
    still computes its calls in line once Math exists (the implementations are read when the
    code runs). Checked in a fresh process, where Math.floor's built-in is given a counting
    implementation: recognised, it is never called; no longer recognised, called each time."""
    probe = """
import sys
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import compile_script
assert "pyjsvm.intrinsics.math" not in sys.modules
emit.set_mode("emit")
realm = Realm()
compile_script("function f(x) { var s = 0; for (var i = 0; i < 50; i++) s += Math.floor(x + i); return s }").run(realm)
f = realm.global_object.get("f", realm.global_object)
assert f.call(None, [0.5]) == 1225.0 and f.code.emitted is not None and "_MI[0]" in f.code.emitted
import pyjsvm.intrinsics.math
from pyjsvm.runtime.functions import INLINE_IMPLS
floor = realm.intrinsics["%Math%"].props["floor"].value
calls = []
real = floor.impl
def counting(*a):
    calls.append(1)
    return real(*a)
floor.impl = INLINE_IMPLS[0] = counting   # (recognised: computed in line, never called)
print(f.call(None, [0.5]), len(calls))
INLINE_IMPLS[0] = real                    # (no longer recognised: called each time)
print(f.call(None, [0.5]), len(calls))
"""
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["1225.0", "0", "1225.0", "50"]


def test_char_code_at_in_line_when_string_is_loaded_after_the_code_is_emitted() -> None:
    """The same for %String.prototype.charCodeAt% / charAt, whose module is deferred too: a body
    emitted before any string method was used computes them in line once String's module
    exists. A counting implementation, recognised, is never called; no longer recognised, it is
    called each time."""
    probe = """
import sys
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import compile_script
emit.set_mode("emit")
realm = Realm()
compile_script("function f(s) { var n = 0; for (var i = 0; i < s.length; i++) n += s.charCodeAt(i) + s.charAt(i).length; return n }").run(realm)
f = realm.global_object.get("f", realm.global_object)
assert "pyjsvm.intrinsics.string" not in sys.modules
assert f.call(None, ["abc"]) == 297.0
assert f.code.emitted is not None and "_MI[6]" in f.code.emitted
from pyjsvm.runtime.functions import INLINE_IMPLS, INLINE_NAMES
proto = realm.intrinsics["%String.prototype%"]
calls = []
for name in ("charCodeAt", "charAt"):
    fn = proto.props[name].value
    real = fn.impl
    def counting(*a, real=real):
        calls.append(1)
        return real(*a)
    fn.impl = INLINE_IMPLS[INLINE_NAMES.index(name)] = counting   # (recognised)
print(f.call(None, ["abc"]), len(calls))
INLINE_IMPLS[INLINE_NAMES.index("charAt")] = None                  # (charAt no longer recognised)
print(f.call(None, ["abc"]), len(calls))
"""
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["297.0", "0", "297.0", "3"]
