"""Emitted reads and writes of an enclosing function's bindings (a closure's variables): the slot
is read and written in line (``self.env.parent....vars[i]``), the TDZ, const and own-name cases
still go through the closure compiler's getter and setter, which throw. Both tiers and node
must agree."""
from __future__ import annotations

import re
import shutil

import pytest

from tests.helpers import both_tiers, emitted_function, js_str, node_str

pytestmark = pytest.mark.usefixtures("eager_compilation")

CASES = {
    # var, let and const of the enclosing function, one, two and three functions out
    "depths": """
        function a() { var x = 1; let y = 2; const z = 3;
          function b() { var w = 10;
            function c() { x += 1; y = y * 2; w++; return function d() { x++; return x + y + z + w } }
            return c }
          return b()()() }
        a()""",
    # a counter kept in a closure, read and written on every call
    "counter": """
        var mk = function () { var n = 0, s = ''; return function (k) { n = n + k; s += k; return n + ':' + s.length } };
        var f = mk(), out; for (var i = 0; i < 50; i++) out = f(i); out""",
    # the TDZ of an outer let, read, written and typeof'd from a function called too early
    "tdz-read": "(function () { function f() { return v } try { f() } catch (e) { return e.name + ': ' + e.message } let v = 1 })()",
    "tdz-write": "(function () { function f() { v = 2 } try { f() } catch (e) { return e.name + ': ' + e.message } let v = 1 })()",
    "tdz-typeof": "(function () { function f() { return typeof v } try { return f() } catch (e) { return e.name } let v })()",
    "tdz-then-ok": "(function () { function f() { v += 1; return v } let v = 1; return f() + f() })()",
    "tdz-compound": "(function () { function f() { v += 1 } try { f() } catch (e) { return e.name } let v = 1 })()",
    "tdz-update": "(function () { function f() { return v++ } try { f() } catch (e) { return e.name } let v = 1 })()",
    # a const of an enclosing function: assignment throws a TypeError (after the TDZ check)
    "const-write": "(function () { const c = 1; function f() { c = 2 } try { f() } catch (e) { return e.name + ' ' + c } })()",
    "const-tdz-write": "(function () { function f() { c = 2 } try { f() } catch (e) { return e.name } const c = 1 })()",
    # a named function expression's own name: ignored in sloppy code, a TypeError in strict code
    "own-name-sloppy": "(function g() { return (function () { g = 1; return typeof g })() })()",
    "own-name-strict": "(function g() { 'use strict'; try { (function () { g = 1 })() } catch (e) { return e.name } })()",
    # per-iteration let bindings captured by closures, read and written later
    "loop-lets": """
        (function () { var fs = []; for (let i = 0; i < 3; i++) fs.push(function () { i += 10; return i });
          return fs.map(function (f) { return f() + f() }).join() })()""",
    # a parameter of the enclosing function, and its arguments object (mapped in sloppy code)
    "param-mapped": "(function (p) { function f() { p = p + 1 } f(); f(); return p + ',' + arguments[0] })(1)",
    # a write whose right side changes the binding first (the value read before it is used)
    "reentrant": "(function () { var x = 1; function g() { x = 100; return 1 } function f() { x = x + g(); return x } return f() })()",
    # the outer binding shadowed by a block of the inner function, and a catch parameter
    "shadowing": """
        (function () { var x = 'outer'; function f() { var r = x; { let x = 'block'; r += x } try { throw 1 } catch (x) { r += x }
          return r + x } return f() })()""",
    # a closure in a loop body of the emitted function itself (the enclosing function is emitted)
    "hot-loop": "(function () { var total = 0, k = 3; function add(i) { total = total + i * k } for (var i = 0; i < 200; i++) add(i); return total })()",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_both_tiers_agree(name: str) -> None:
    on, off = both_tiers(js_str, CASES[name])
    assert on == off


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.parametrize("name", sorted(CASES))
def test_node_agrees(name: str) -> None:
    on, _ = both_tiers(js_str, CASES[name])
    assert on == node_str(CASES[name])


def test_the_tdz_and_const_errors() -> None:
    on, _ = both_tiers(js_str, CASES["tdz-read"])
    assert on == "ReferenceError: Cannot access 'v' before initialization"
    assert both_tiers(js_str, CASES["tdz-write"])[0] == "ReferenceError: Cannot access 'v' before initialization"
    assert both_tiers(js_str, CASES["const-write"])[0] == "TypeError 1"
    assert both_tiers(js_str, CASES["own-name-sloppy"])[0] == "function"
    assert both_tiers(js_str, CASES["own-name-strict"])[0] == "TypeError"


def test_the_slots_are_read_and_written_in_line() -> None:
    src = """function outer() { var a = 1; let b = 2;
               function inner() { a = a + b; b = a; return a } inner(); return inner }
             var f = outer();"""
    text = emitted_function(src, "f").code.emitted
    assert text is not None
    # no call of a closure per read or write (k<n>(self.env)): only the TDZ paths of b's read
    # and write keep one each
    assert "return self.env.vars[0]" in text and re.search(r"self\.env\.vars\[\d\] = t\d+", text)
    assert text.count("(self.env)") == 1 and text.count("(self.env, ") == 1
