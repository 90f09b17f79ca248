"""A function whose only uses of ``arguments`` are member expressions (``arguments.length``,
``arguments[k]``) and ``f.apply(x, arguments)`` makes the object only when a use needs it
(compiler/emit.py ``arguments_member``): the length and the unmapped arguments are read from the
argument list. Every case agrees on both tiers and with node, and the object stays unmade where
the reads need none."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree, emitted_function

CASES = [
    # reads of the list: length, in-range indices (also -0), out of range, fractions
    "function f() { return [arguments.length, arguments[0], arguments[1], arguments[-0], arguments[2],"
    " arguments[1.5], arguments[-1]].join(); } [f(), f(1), f('a', 'b'), f(1, 2, 3)].join('|')",
    "function f() { 'use strict'; var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i];"
    " return s; } [f(), f(1), f(1, 2, 3, 4)].join()",
    "function f() { var s = ''; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }"
    " var t = ''; for (var j = 0; j < 5; j++) t += f(j, 'x', j * 2) + ','; t",
    # mapped arguments: a parameter's position reads the parameter's current value
    "function f(a, b) { b = 3; return [arguments[0], arguments[1], arguments[2], arguments.length].join(); } f(1, 2, 9)",
    "function f(a) { a = 3; return [arguments[1], arguments[0]].join(); } f(1, 2)",
    "function f(a) { return [arguments.length, arguments[0]].join(); } [f(), f(5)].join('|')",
    "function f(a) { arguments[0] = 5; return [a, arguments[0]].join(); } f(1)",
    # writes and other uses make the object, and later reads see it
    "function f() { arguments[0] = 5; return arguments[0] + ',' + arguments.length; } f(1, 2)",
    "function f() { arguments.length = 7; return arguments.length; } f(1)",
    "function f() { arguments[0]++; return arguments[0]; } f(1)",
    "function f() { delete arguments[0]; return [arguments[0], arguments.length].join(); } f(1, 2)",
    "function f() { [arguments[0]] = [7]; return arguments[0]; } f(1)",
    "function f() { for (arguments[0] in {k: 1}); return arguments[0]; } f(1)",
    "function f() { return arguments[0](); } f(function () { return this.length; }, 2)",
    "function f() { return arguments.callee === f; } f()",
    "function f() { 'use strict'; try { return arguments.callee; } catch (e) { return e.name; } } f()",
    "function f() { return [arguments['0'], arguments['length'], typeof arguments[Symbol.iterator]].join(); } f('z')",
    # the prototype's index keys show only past the list's end
    "Object.prototype[3] = 'P'; function f() { return [arguments[0], arguments[3]].join(); }"
    " var r = f('a'); delete Object.prototype[3]; r",
    # with apply, and with an arrow or eval that use the name (those make the object as before)
    "function g() { return Array.prototype.join.call(arguments, '-'); }"
    " function f() { return arguments.length + ':' + g.apply(null, arguments) + ':' + arguments[1]; } f(1, 2)",
    "function f() { var h = () => arguments.length; return h() + arguments[0]; } f(4, 5)",
    "function f() { return eval('arguments.length') + arguments[0]; } f(4)",
    "function f(x) { { let arguments = [9]; return arguments[0] + x; } } f(1)",
]


@pytest.mark.parametrize("src", CASES)
def test_arguments_member_reads(src: str) -> None:
    assert_tiers_and_node_agree(src)


def test_object_is_made_only_when_needed() -> None:
    """The emitted body reads the list while the object is unmade: its length and a read past
    the parameters take no _mkargs; a write makes it."""
    f = emitted_function("function f(a) { var s = 0; for (var i = 1; i < arguments.length; i++) s += arguments[i];"
                         " return s; } f(1, 2, 3)", "f")
    py = f.code.emitted
    assert "float(len(args)) if" in py and "args[" in py
    made = emitted_function("function f() { var s = 0; for (var i = 0; i < 3; i++) s += i; arguments[0] = 1;"
                            " return arguments[0]; } f()", "f")
    assert "_mkargs" in made.code.emitted
