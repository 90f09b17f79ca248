"""The TypeErrors of iterating a value that is not iterable and of destructuring undefined or
null, in V8's words (runtime/iteration.not_iterable, compiler/expressions.
object_pattern_coercible): the expression's text where the syntax gives one (for-of, a spread,
a declaration's initializer, an assignment's right side), else the value's type and value. The
same on both tiers, and node's where node renders the expression the same way."""
from __future__ import annotations

import pytest

import pyjsvm as vm
from tests.helpers import NODE, both_tiers, js_str, node_str

pytestmark = pytest.mark.usefixtures("eager_compilation")

# each statement runs in a function of its own (so that both tiers compile it), its message is
# printed
SAME_AS_NODE = [
    "let v = 5; for (const x of v) {}",
    "let o = {}; for (const x of o) {}",
    "let o = {p: 5}; for (const x of o.p) {}",
    "let o = {p: () => 5}; for (const x of o.p()) {}",
    "let v; for (const x of v) {}",
    "let v = null; for (const x of v) {}",
    "for (const x of {}) {}",
    "let v = 5; const [a] = v",
    "let v = null; const [a] = v",
    "const [a] = {}",
    "let o = {}; let a; [a] = o",
    "let v = 5; let a; [a] = v",
    "let v; let a; [a] = v",
    "[...undefined]",
    "let o = {}; [...o]",
    "let v = 7; [1, ...v]",
    "let o = {}; Math.max(...o)",
    "let v; Math.max(...v)",
    "let v = null; new Set(...v)",
    "let v = 1n; [...v]",
    "(function* () { yield* 5 })().next()",
    "(function* () { yield* null })().next()",
    "(([a]) => a)(5)",
    "(([a]) => a)(Symbol())",
    "new Map(5)",
    "new Map(true)",
    "new Set({})",
    "new WeakMap(function () {})",
    "new Set(1n)",
    "const {a} = null",
    "let o; const {a, b} = o",
    "function f({a}) {} f()",
    "const {} = null",
    "let o; const {...r} = o",
    "let o; const {[1 + 1]: x} = o",
    "let o; let a; ({a} = o)",
    "const {'x-y': a} = undefined",
]
# where V8 prints "(intermediate value)" or constant-folds, the source text
OURS = {
    "for (const x of {a: 1}) {}": "TypeError: {a: 1} is not iterable",
    "for (const x of function () {}) {}": "TypeError: function () {} is not iterable",
    "let o = {f() { return null }}; const {a} = o.f()": "TypeError: Cannot destructure property 'a' of 'o.f()' as it is null.",
    "const [{a}] = [null]": "TypeError: Cannot destructure property 'a' of 'null' as it is null.",
    "let o = {}; ({a: o.q} = null)": "TypeError: Cannot destructure property 'a' of 'null' as it is null.",
    "let o = {f() { return 1 }}; for (const x of o.f(1, 2)) {}": "TypeError: o.f is not a function or its return value is not iterable",
}


def _program(stmt: str) -> str:
    return ("var out; function f() { " + stmt + " } try { var r = f();"
            " if (r && typeof r.then === 'function') { r.then(null, function (e) { out = e.name + ': ' + e.message }) }"
            " else out = 'no error' } catch (e) { out = e.name + ': ' + e.message }"
            " Promise.resolve().then(function () {}).then(function () {}); out")


@pytest.mark.parametrize("stmt", SAME_AS_NODE)
def test_as_node_words_it(stmt: str) -> None:
    on, off = both_tiers(js_str, _program(stmt))
    assert on == off
    assert on.startswith("TypeError: ")
    if NODE is not None:
        assert on == node_str(_program(stmt))


@pytest.mark.parametrize("stmt", sorted(OURS))
def test_the_source_text_is_the_subject(stmt: str) -> None:
    on, off = both_tiers(js_str, _program(stmt))
    assert on == off == OURS[stmt]


def test_for_await_of_undefined() -> None:
    ctx = vm.create_context()
    vm.run_in_context("var out; (async function () { for await (const x of undefined) {} })()"
                      ".catch(function (e) { out = e.name + ': ' + e.message })", ctx)
    assert ctx["out"] == "TypeError: undefined is not async iterable"
