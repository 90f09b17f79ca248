"""Function calls as assignment targets (B.3.9 sec-runtime-errors-for-function-call-assignment-targets,
syntax/call_targets.py): parse-OK in non-strict code and a ReferenceError after the call at run
time; an early SyntaxError in strict code, for logical assignments and inside patterns."""
from __future__ import annotations

import pytest

from pyjsvm.syntax.parse import ParseError, parse_script
from tests.helpers import both_tiers, js_str

PRELUDE = """var log = [];
function f() { log.push('f'); return { valueOf() { log.push('valueOf'); return 1; } }; }
function g() { log.push('g'); return 1; }
function t(fn) { try { fn(); log.push('no error'); } catch (e) { log.push(e.name); } }
"""

RUNTIME = {
    "f() = g()": "f,ReferenceError",
    "f() += g()": "f,ReferenceError",
    "f() **= g()": "f,ReferenceError",
    "f()++": "f,ReferenceError",
    "--f()": "f,ReferenceError",
    "(f()) = g()": "f,ReferenceError",
    "for (f() in {a: 1}) g()": "f,ReferenceError",
    "for (f() of [1]) g()": "f,ReferenceError",
    "for (f() in {}) g()": "no error",   # no iteration: the target is never evaluated
    "async() = 1": "ReferenceError",       # CoverCallExpressionAndAsyncArrowHead
}


@pytest.mark.parametrize("stmt", list(RUNTIME))
def test_call_target_throws_reference_error_after_the_call(stmt: str) -> None:
    src = PRELUDE + "function async() {}\nt(function () { " + stmt + "; }); log.join()"
    assert both_tiers(js_str, src) == (RUNTIME[stmt], RUNTIME[stmt])


def test_in_generators_and_async_functions() -> None:
    src = PRELUDE + """
function* gen() { f(yield 1) += g(); }
t(function () { var it = gen(); it.next(); it.next(5); });
function* gen2() { f() = yield 1; }
t(function () { var it = gen2(); it.next(); });
log.join()"""
    # the target is evaluated (and throws) before the right side's yield
    assert js_str(src) == "f,ReferenceError,f,ReferenceError"


def test_for_of_closes_the_iterator() -> None:
    src = PRELUDE + """var closed = false;
var iter = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; },
                                           return() { closed = true; return {}; } }; } };
t(function () { for (f() of iter) ; });
log.join() + ' ' + closed"""
    assert both_tiers(js_str, src) == ("f,ReferenceError true",) * 2


@pytest.mark.parametrize("src", [
    "'use strict'; f() = 1",
    "'use strict'; f()++",
    "'use strict'; for (f() in o) ;",
    "function s() { 'use strict'; f() += 1 }",
    "f() &&= 1",
    "f() ||= 1",
    "(f()) ??= 1",
    "[f()] = a",
    "({x: f()} = a)",
    "[...f()] = a",
    "for ([f()] of a) ;",
    "f?.() = 1",
    "f()`` = 1",
    "new f() = 1",
    "class C extends B { constructor() { super() = 1 } }",
    "import('x') = 1",
])
def test_early_errors_stay(src: str) -> None:
    with pytest.raises(ParseError):
        parse_script(src)


@pytest.mark.parametrize("src", ["f() = 1", "f()++", "++f()", "for (f() of a) ;", "a.b(c)(d) -= 1",
                                 "(f()) = 1", "x = f() = 1", "f().x &&= 1", "(f()).x ??= 1"])
def test_sloppy_call_targets_parse(src: str) -> None:
    parse_script(src)


def test_module_code_keeps_the_early_error() -> None:
    import pyjsvm as vm
    with pytest.raises(vm.JSError) as err:
        vm.SourceTextModule("f() = 1;")
    assert err.value.name == "SyntaxError"
