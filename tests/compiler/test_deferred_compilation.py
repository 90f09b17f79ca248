"""Function bodies compiled on their first call (compiler/functions.py ``lazy_function_code`` with
``FunctionCompiler.defer``): a function that never runs is never compiled, and nothing else is
observable -- the same results as compiling every body with its enclosing code, early errors
still before any code runs, headers (strictness, length, name, this coercion) right before the
body exists."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

import pyjsvm as vm
from pyjsvm.compiler.engine import eval_script
from pyjsvm.compiler.functions import set_deferred_compilation
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.functions import ECMAFunction
from tests.helpers import js_str

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.js"))


pytestmark = pytest.mark.usefixtures("deferred_compilation")


def deferred_and_eager(run: Callable[[str], Any], src: str) -> tuple[Any, Any]:
    lazy = run(src)
    set_deferred_compilation(False)
    try:
        eager = run(src)
    finally:
        set_deferred_compilation(True)
    return lazy, eager


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_corpus_same_deferred_and_eager(path: Path) -> None:
    lazy, eager = deferred_and_eager(js_str, path.read_text())
    assert lazy == eager


def function_of(realm: Realm, name: str) -> ECMAFunction:
    f = realm.global_object.get(name, realm.global_object)
    assert isinstance(f, ECMAFunction)
    return f


def test_a_function_is_compiled_on_its_first_call_only(emitter_on: None) -> None:
    # (emitted at once: the body compiled is seen in code.emitted)
    realm = Realm()
    eval_script(realm, "function used(a) { return a + 1 } function unused() { return function inner() {} } used(1)")
    assert function_of(realm, "used").code.emitted is not None
    assert function_of(realm, "unused").code.emitted is None  # never called: its body was never compiled
    set_deferred_compilation(False)
    try:
        realm = Realm()
        eval_script(realm, "function unused() { return 1 }")
        assert function_of(realm, "unused").code.emitted is not None
    finally:
        set_deferred_compilation(True)


TAIL_SRC = """'use strict';
    function inner(n) { return n ? inner(n - 1) : new Error('x').stack }
    function viaTail(n) { return n ? inner(n) : 0 }
    function a(n) { return n ? b(n - 1) : 'done' } function b(n) { return a(n) }
    function unused(n) { return unused(n) }"""


def test_strict_functions_with_tail_calls_are_deferred_too(emitter_on: None) -> None:
    # a strict function with calls in tail position waits for its first call like any other;
    # its first call through a tail call's trampoline or [[Call]] is a proper tail call already
    realm = Realm()
    eval_script(realm, TAIL_SRC)
    assert all(function_of(realm, n).code.emitted is None for n in ("inner", "viaTail", "a", "b", "unused"))
    stack = eval_script(realm, "viaTail(3)")
    # (viaTail's frame and inner's own were replaced: as when compiled with their script)
    assert [ln.split()[1] for ln in stack.splitlines() if ln.startswith("    at ")] == ["inner", "<test>:1:1"], stack
    assert eval_script(realm, "a(100000)") == "done"   # mutual recursion: no frame kept per call
    assert function_of(realm, "unused").code.emitted is None


@pytest.mark.parametrize("src", [
    "globalThis.ran = 1; function f() { return /(?<a>.)\\k<b>/u }",
    "globalThis.ran = 1; var g = () => { if (0) /a{2,1}/ }",
    "globalThis.ran = 1; class C { m() { return [/[b-a]/] } }",
])
def test_early_errors_in_uncalled_functions_come_before_the_code_runs(src: str) -> None:
    ctx = vm.create_context()
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context(src, ctx)
    assert info.value.name == "SyntaxError"
    assert vm.run_in_context("typeof ran", ctx) == "undefined"


HEADERS = {
    "sloppy_this": "function f() { return typeof this } [f.call(1), f.call('s'), f() === undefined].join()",
    "sloppy_this_global": "function g() { return this === globalThis } g()",
    "strict_directive": "function f() { 'use strict'; return this } String(f()) + typeof f.call(2)",
    "strict_caller": "function f() { 'use strict' } try { f.caller; 'no' } catch (e) { e.name }",
    "length_name": "var o = { m(a, b = 1, ...c) {} }; [o.m.length, o.m.name, (function (x, y) {}).length].join()",
    "arrow_this": "var o = { m() { return (() => this)() } }; o.m() === o",
    "constructors": "class A { constructor(x) { this.x = x } } class B extends A { constructor() { super(5) } }"
                    " function F() { this.y = 2 } [new B().x, new F().y, typeof A.prototype].join()",
    "generators_async": "function* g() { yield 1; yield 2 } async function a() { return 3 } [...g()].join() + typeof a()",
    "to_string": "function f(a) { return a /* c */ } f.toString()",
    "recursion_first_call": "function r(n) { return n ? r(n - 1) + 1 : 0 } r(500)",
    "closure_over_later_binding": "function outer() { var k = () => late; let late = 3; return k() } outer()",
    "uncalled_then_called_in_other_order": "var fs = [1, 2, 3].map(i => function () { return i * 2 });"
                                           " [fs[2](), fs[0](), fs[1]()].join()",
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_headers_before_the_body_exists(name: str) -> None:
    lazy, eager = deferred_and_eager(js_str, HEADERS[name])
    assert lazy == eager


def test_node_agrees_on_headers() -> None:
    assert js_str(HEADERS["sloppy_this"]) == "object,object,false"
    assert js_str(HEADERS["strict_directive"]) == "undefinednumber"
    assert js_str(HEADERS["length_name"]) == "1,m,2"


def test_on_step_traces_a_deferred_function_as_an_eager_one() -> None:
    def steps() -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        ctx = vm.create_context({}, on_step=lambda line, col: out.append((line, col)))
        vm.run_in_context("function f(a) {\n  var b = a + 1;\n  return b;\n}\nf(1);\nf(2);", ctx)
        return out
    lazy, eager = deferred_and_eager(lambda _: steps(), "")
    assert lazy == eager and (2, 3) in lazy


def test_a_deeply_nested_body_compiles_on_its_first_call() -> None:
    nested = "[" * 3000 + "1" + "]" * 3000
    src = f"function deep() {{ return {nested} }} var d = 0; for (var a = deep(); Array.isArray(a); a = a[0]) d++; d"
    assert deferred_and_eager(js_str, src) == ("3000", "3000")
