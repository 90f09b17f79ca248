"""The differential corpus (tests/compiler/corpus/*.js) run three ways: plainly, and as the body
of a generator and of an async function in which every numeric literal outside nested functions
and classes is replaced by ``(yield N)`` / ``(await N)`` -- so that the body suspends in the
middle of every kind of expression and statement the corpus uses. Suspendable bodies are emitted
whatever ``PYJSVM_EMIT`` says (the emitter is their only compiler); each wrapped run is done with
the tier for plain code on and off (the functions nested in the body on the emitter, then on the
closure compiler) and must agree; where the wrapping does not change the program's meaning, the
wrapped result must also equal the plain program's on both tiers -- the emitted Python generator
against the closure compiler's plain code -- and the generator-wrapped program's result node's
(issue #17, "a test matrix that runs the language tests plainly and inside generator and async
bodies keeps the paths honest")."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import safe_describe, to_string
from pyjsvm.syntax.parse import children, parse_script
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js
from tests.helpers import NODE, both_tiers, js_str, node_str

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.js"))

_NESTED = ("FunctionExpression", "FunctionDeclaration", "ArrowFunctionExpression", "ClassExpression",
           "ClassDeclaration")

# programs whose meaning changes inside a function body (their top-level declarations become
# local, or they look at the global object, eval's variable environment or Annex B hoisting):
# only the two tiers are compared for them
SCRIPT_ONLY = {"annexb_block_functions", "annexb_if_functions", "annexb_emitted", "tracing", "eval_declarations", "eval_scope",
               "completion", "eval_context", "with_stmt", "getters_proto", "this_new", "method_source_text",
               "functions", "tdz_elision"}


def _literals(node: Any, out: list[Any]) -> None:
    """The numeric literals of ``node`` outside nested functions and class bodies (not property
    keys): a class's heritage and computed keys are evaluated in the enclosing body."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in ("ClassExpression", "ClassDeclaration"):
            if n.superClass is not None:
                stack.append(n.superClass)
            stack.extend(m.key for m in n.body.body if getattr(m, "computed", False))
            continue
        if n.type in _NESTED:
            continue
        if n.type == "Literal" and type(n.value) in (int, float) and getattr(n, "regex", None) is None:
            out.append(n)
            continue
        for c in children(n):
            if n.type in ("Property", "MethodDefinition") and c is n.key and not n.computed:
                continue
            stack.append(c)


def wrap(src: str, operator: str) -> str:
    """``src`` as a function body whose numeric literals are ``(operator N)``, returning the value
    of its last expression statement."""
    src = python_string_to_js(src)  # positions count UTF-16 code units
    program = parse_script(src)
    last = program.body[-1]
    assert last.type == "ExpressionStatement", "a corpus program ends with its result"
    # insertions (position, order, text): at one position, openings of outer parts come first
    ins: list[tuple[int, int, str]] = [(last.expression.range[0], 0, "return ("),
                                       (last.expression.range[1], 3, ")")]
    lits: list[Any] = []
    for s in program.body:
        _literals(s, lits)
    for lit in lits:
        ins.append((lit.range[0], 1, f"({operator} "))
        ins.append((lit.range[1], 2, ")"))
    ins.sort(key=lambda x: (x[0], x[1]))
    out = []
    at = 0
    for pos, _, text in ins:
        out.append(src[at:pos])
        out.append(text)
        at = pos
    out.append(src[at:])
    return js_string_to_python("".join(out))


def generator_program(src: str) -> str:
    """``src`` wrapped as a generator's body, run to completion (each yield gets its value back)."""
    return ("var __it = (function* () {\n" + wrap(src, "yield") + "\n}).call(this);\n"
            "var __r = __it.next(); while (!__r.done) __r = __it.next(__r.value); __r.value")


def run_generator(src: str) -> str:
    return js_str(generator_program(src))


def run_async(src: str) -> str:
    body = wrap(src, "await")
    realm = Realm()
    try:
        eval_script(realm, "var __out; (async function () {\n" + body + "\n}).call(this).then("
                           "function (v) { __out = { v: v } }, function (e) { __out = { e: e } })")
        run_jobs()
    except JSThrow as e:  # pragma: no cover - the wrapper itself does not throw
        return "THROW " + js_string_to_python(safe_describe(e.value))
    out = realm.global_object.get("__out", realm.global_object)
    assert isinstance(out, JSObject), "the async body did not settle"
    if "e" in out.props:
        return "THROW " + js_string_to_python(safe_describe(out.get("e", out)))
    v = out.get("v", out)
    if isinstance(v, JSObject):
        return "[object]" if not v.is_callable else "[function]"
    return js_string_to_python(to_string(v))


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
@pytest.mark.parametrize("runner", [run_generator, run_async], ids=["generator", "async"])
def test_corpus_inside_suspendable_bodies(path: Path, runner: Any) -> None:
    src = path.read_text()
    on, off = both_tiers(runner, src)
    assert on == off
    if path.stem not in SCRIPT_ONLY:
        plain_on, plain_off = both_tiers(js_str, src)
        assert on == plain_on == plain_off


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_corpus_inside_generator_bodies_same_as_node(path: Path) -> None:
    program = generator_program(path.read_text())
    assert js_str(program) == node_str(program)


def test_suspendable_bodies_are_emitted_with_the_tier_off() -> None:
    """``PYJSVM_EMIT=0`` (set_enabled(False)) switches off the emitting tier for plain code only."""
    from pyjsvm import run_in_new_context
    old = emit.set_enabled(False)
    try:
        assert emit.emits("generator") and emit.emits("async") and emit.emits("asyncGenerator")
        assert not emit.emits("normal")
        src = ("function* g() { yield 1 } async function a() {} async function* ag() {} var h = async () => 1;"
               "function f() {} g(); a(); ag(); h(); f();")
        realm = Realm()
        eval_script(realm, src)
        funcs = [realm.global_object.get(n, realm.global_object) for n in ("g", "a", "ag", "h", "f")]
        assert [f.code.emitted is not None for f in funcs] == [True, True, True, True, False]  # type: ignore[union-attr]
        assert run_in_new_context("function* g() { var x = 1 + (yield 2); return x } var it = g(); it.next();"
                                  "it.next(40).value") == 41
    finally:
        emit.set_enabled(old)


def test_wrapping_suspends_inside_expressions() -> None:
    """The transformation really puts suspension points inside expressions."""
    assert wrap("var a = 1 + f(2, [3]); a", "yield") == "var a = (yield 1) + f((yield 2), [(yield 3)]); return (a)"
    assert wrap("var o = { 1: 2, m() { return 3 } }; o[4]", "await") == \
        "var o = { 1: (await 2), m() { return 3 } }; return (o[(await 4)])"
    assert wrap("class C extends f(1) { [2]() { return 3 } static [4] = 5 }; C", "yield") == \
        "class C extends f((yield 1)) { [(yield 2)]() { return 3 } static [(yield 4)] = 5 }; return (C)"
