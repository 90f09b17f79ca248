"""Statement-level constructs and patterns that compiler/emit.py compiles itself (issue 17: no part
of an emitted body is handed to the closure compiler, so that generators.py can go): catch
parameters with patterns, literal keys of every kind, private and super targets, for-in/of heads of
every form (using and await using declarations, a lexical head's TDZ, Annex B's ``var x = init in``
and call targets), ``for (using ...; ;)`` heads.

Each snippet runs as the body of a plain function, a generator, an async function and an async
generator (``R`` is a suspension point in the last three: ``yield`` / ``await null``), on both
tiers, and must give the expected log; with the emitter on, no part of an emitted body may reach
the closure compiler's statement or expression compilers or generators.py. node 20 has no ``using``: the
expected logs follow the spec (sec-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset,
sec-forloopevaluation, sec-disposeresources); the constructs node has are also in
corpus/statement_heads_patterns.js, compared with node."""
from __future__ import annotations

from typing import Any, Iterator

import pytest

from pyjsvm import SourceTextModule
from pyjsvm.compiler import Compiler, emit
from pyjsvm.compiler.engine import compile_script, eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.runtime.operations import to_string
from pyjsvm.syntax.parse import parse_script
from pyjsvm.syntax.utf16 import js_string_to_python
from tests.compiler.test_using import WRAPPERS  # plain, generator, async and async generator bodies

PRELUDE = """var log = [];
function res(name, fail) {
  return { [Symbol.dispose]() { log.push('dispose ' + name); if (fail) throw new Error(name); } };
}
function ares(name) {
  return { async [Symbol.asyncDispose]() { log.push('async dispose ' + name); } };
}
function iter(values) {
  var i = 0;
  return { [Symbol.iterator]() { return this; },
           next() { return i < values.length ? { value: values[i++], done: false } : { done: true }; },
           return() { log.push('return'); return {}; } };
}
"""

CASES = [
    # CatchClauseEvaluation with a pattern
    ("catch_pattern", "try { R; throw { a: 1, c: [5, 6, 7] }; } catch ({ a, b = (R, 10), c: [x, ...y] }) {"
     " R; log.push(a, b, x, y.join('/')); }", "1|10|5|6/7|ret:undefined"),
    ("catch_pattern_closure", "try { throw [1]; } catch ([p, q = () => p]) { R; p = 2; log.push(q()); }",
     "2|ret:undefined"),
    ("catch_pattern_tdz", "try { try { throw [undefined]; } catch ([z = (R, z)]) { log.push('no'); } }"
     " catch (e) { log.push(e.constructor.name); }", "ReferenceError|ret:undefined"),
    ("catch_pattern_throws", "try { try { throw null; } catch ({ z }) { log.push('no'); } finally { R; log.push('fin'); } }"
     " catch (e) { log.push(e.constructor.name); }", "fin|TypeError|ret:undefined"),
    ("catch_pattern_closes_iterator", "try { throw iter([1, 2]); } catch ([m]) { R; log.push(m); }",
     "return|1|ret:undefined"),
    # literal keys of every kind, private targets
    ("literal_keys", "var { 1n: a, 0x10n: b = (R, 'd'), 1e3: c, 'x y': e } = { 1: 'one', 1000: 'k', 'x y': 'xy' };"
     " log.push(a, b, c, e); var o = {}; ({ 2n: o.w, 3: [o.z], ...o.rest } = { 2: 'w', 3: [(R, 5)], r: 1 });"
     " log.push(o.w, o.z, JSON.stringify(o.rest));",
     "one|d|k|xy|w|5|{\"r\":1}|ret:undefined"),
    ("private_targets", "class C { #a; #b; m(v) { [this.#a, { x: this.#b, ...this.r }] = v;"
     " for ([this.#a] of [[7]]); return this.#a + this.#b + JSON.stringify(this.r); } }"
     " R; log.push(new C().m([1, { x: 2, y: 3 }]));", "9{\"y\":3}|ret:undefined"),
    ("super_targets", "class A {} class B extends A { m(v) { [super.x, { k: super['y'], ...super.r }] = v;"
     " for ([super.z] of [[9]]); (() => { [super.w] = [4]; })(); return this.x + this.y + this.z + this.w"
     " + JSON.stringify(this.r); } } R; log.push(new B().m([1, { k: 2, j: 3 }]));", "16{\"j\":3}|ret:undefined"),
    # for-in/of heads
    ("lexical_head_tdz", "var x = [1], y = { y: 1 }; try { for (let x of (R, [x])); } catch (e) { log.push(e.constructor.name); }"
     " try { for (const { y } in y); } catch (e) { log.push(e.constructor.name); }"
     " try { for (let x of (() => x)()); } catch (e) { log.push(e.constructor.name); }"
     " for (let x of [(R, 1), 2]) log.push(typeof x);",
     "ReferenceError|ReferenceError|ReferenceError|number|number|ret:undefined"),
    ("annexb_var_initializer", "for (var k = (R, 5) in {}) ; log.push(k);"
     " for (var j = log.length in { a: 1 }) { R; log.push(j); }", "5|a|ret:undefined"),
    ("annexb_call_target", "var n = 0; function g() { n++; }"
     " try { for (g() of iter([1, 2])) log.push('no'); } catch (e) { R; log.push(e.constructor.name, n); }"
     " try { for (g() in { a: 1 }) log.push('no'); } catch (e) { log.push(e.constructor.name, n); }"
     " for (g() in {}); for (g() of []); log.push(n);",
     "return|ReferenceError|1|ReferenceError|2|2|ret:undefined"),
    ("for_using_of", "for (using x of [res('x1'), null, res('x3')]) { R; log.push('it'); }",
     "it|dispose x1|it|it|dispose x3|ret:undefined"),
    ("for_using_of_tdz", "var x = null; try { for (using x of (R, [x])); } catch (e) { log.push(e.constructor.name); }",
     "ReferenceError|ret:undefined"),
    ("for_using_of_break", "for (using x of iter([res('a'), res('b')])) { R; break; } log.push('after');",
     "dispose a|return|after|ret:undefined"),
    ("for_using_of_continue_label", "outer: for (var i = 0; i < 2; i++) { for (using x of iter([res('a' + i)])) {"
     " R; continue outer; } } log.push('after');",
     "dispose a0|return|dispose a1|return|after|ret:undefined"),
    ("for_using_of_not_disposable", "try { for (using x of iter([{}])) { log.push('no'); } }"
     " catch (e) { R; log.push(e.constructor.name); }", "return|TypeError|ret:undefined"),
    ("for_using_of_dispose_throws", "try { for (using x of iter([res('a', true)])) { R; log.push('body'); } }"
     " catch (e) { log.push(e.message); }", "body|dispose a|return|a|ret:undefined"),
    ("for_using_of_return", "for (using x of iter([res('a')])) { R; return 'r'; }", "dispose a|return|ret:r"),
    ("for_using_of_closure", "var fs = []; for (using x of [res('a'), res('b')]) fs.push(() => x);"
     " R; log.push(fs[0]() !== fs[1]());", "dispose a|dispose b|true|ret:undefined"),
    ("for_using_statement", "for (using a = res('a'), b = res('b'); log.length < 2; ) { R; log.push('it'); }",
     "it|it|dispose b|dispose a|ret:undefined"),
    ("for_using_statement_break", "lbl: for (using a = res('a'); ; ) { for (;;) { R; break lbl; } } log.push('after');",
     "dispose a|after|ret:undefined"),
    ("for_using_statement_head_throws", "try { for (using a = res('a'), b = (R, {}); ; ) { log.push('no'); } }"
     " catch (e) { log.push(e.constructor.name); }", "dispose a|TypeError|ret:undefined"),
]

ASYNC_CASES = [
    ("for_await_using_of", "for (await using x of [ares(1), res(2), null]) { await null; log.push('it'); }",
     "it|async dispose 1|it|dispose 2|it|ret:undefined"),
    ("for_await_await_using_of", "for await (await using x of [ares(1)]) log.push('it');",
     "it|async dispose 1|ret:undefined"),
    ("for_await_pattern_heads", "var o = {}; for await ([o.a, { b: o.b = await 'd' }] of [[1, {}]]) log.push(o.a, o.b);"
     " for await (const { c, ...r } of [{ c: 3, e: 4 }]) log.push(c, JSON.stringify(r));",
     "1|d|3|{\"e\":4}|ret:undefined"),
    ("for_await_using_statement", "for (await using a = ares('a'); log.length < 1; ) log.push('it'); log.push('after');",
     "it|async dispose a|after|ret:undefined"),
]


def run_log(src: str) -> str:
    realm = Realm()
    eval_script(realm, PRELUDE + src)
    run_jobs()
    return js_string_to_python(to_string(eval_script(realm, "log.join('|')")))


@pytest.fixture
def closure_entries(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The node types of the parts of emitted bodies handed to the closure compiler (its
    statement and expression entries, generators.py's), recorded while a body is emitted;
    ClassDefinitionEvaluation (the closure compiler's by design) apart."""
    seen: list[str] = []
    stack: list[str] = []

    def wrap(cls: Any, name: str, tag: str) -> None:
        orig = getattr(cls, name)

        def entry(self: Any, node: Any, *a: Any, **k: Any) -> Any:
            if tag == "closure" and stack and stack[-1] == "emit":
                seen.append(f"{name}:{node.type}")
            stack.append(tag)
            try:
                return orig(self, node, *a, **k)
            finally:
                stack.pop()
        monkeypatch.setattr(cls, name, entry)

    for name in ("emit_function", "emit_suspendable", "emit_script", "emit_module"):
        wrap(emit.FunctionEmitter, name, "emit")
    for name in ("stmt", "expr", "compile_class"):
        wrap(Compiler, name, "closure" if name != "compile_class" else "class")
    yield seen


def check(body: str, mode: str, expected: str, seen: list[str]) -> None:
    wrapper, suspend = WRAPPERS[mode]
    src = wrapper % body.replace("R,", suspend + ",").replace("R;", suspend + ";")
    old = emit.set_enabled(True)
    try:
        assert run_log(src) == expected
        assert seen == []
        emit.set_enabled(False)
        assert run_log(src) == expected
    finally:
        emit.set_enabled(old)


@pytest.mark.parametrize("mode", list(WRAPPERS))
@pytest.mark.parametrize("name,body,expected", CASES, ids=[c[0] for c in CASES])
def test_statement(mode: str, name: str, body: str, expected: str, closure_entries: list[str]) -> None:
    check(body, mode, expected, closure_entries)


@pytest.mark.parametrize("name,body,expected", ASYNC_CASES, ids=[c[0] for c in ASYNC_CASES])
def test_async_statement(name: str, body: str, expected: str, closure_entries: list[str]) -> None:
    check(body, "async", expected, closure_entries)


def test_the_hook_sees_closure_compiled_parts(closure_entries: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: a statement handed to the closure compiler (as the emitter once
    did with what it did not compile) is seen."""
    def closure_try(self: Any, s: Any) -> None:
        self.emit(f"{self.closure(lambda: self.c.stmt(s))}({self.cur_env()[0]})")
    monkeypatch.setattr(emit.FunctionEmitter, "s_TryStatement", closure_try)
    old = emit.set_enabled(True)
    try:
        assert run_log("function f() { try { throw [1]; } catch ([e]) { log.push(e); } } f();") == "1"
    finally:
        emit.set_enabled(old)
    assert closure_entries == ["stmt:TryStatement"]


def test_using_in_a_case_clause_disposes_with_the_switch() -> None:
    """A using declaration directly in a case clause is an early error, so only a tree built by
    hand has one: the emitter disposes its resources when the case block completes
    (sec-switch-statement-runtime-semantics-evaluation with DisposeResources of blockEnv), where
    it once declined the whole body."""
    src = PRELUDE + ("for (var x = 1; x < 4; x++) switch (x) { case 1: { using a = res('a' + x); log.push('in'); }"
                     " case 2: { using b = res('b' + x), c = res('c'); log.push('two'); } if (x == 2) break;"
                     " default: log.push('d'); }\nlog.join('|')")
    program = parse_script(src)
    for case in program.body[-2].body.cases:
        case.consequent = [s for x in case.consequent for s in (x.body if x.type == "BlockStatement" else [x])]
    old = emit.set_enabled(True)
    try:
        out = compile_script(src, program=program).run(Realm())
    finally:
        emit.set_enabled(old)
    assert js_string_to_python(to_string(out)) == \
        "in|two|d|dispose c|dispose b1|dispose a1|two|dispose c|dispose b2|d"


@pytest.mark.parametrize("src,expected", [
    ("export default await Promise.resolve(5);", 5.0),
    ("export default (1, 2);", 2.0),
    ("export default typeof x + x; var x = 3;", "undefinedundefined"),
    ("export default await (async () => 'a')() + (() => 1).name;", "a"),
])
def test_export_default_expression(src: str, expected: Any, closure_entries: list[str]) -> None:
    """``export default AssignmentExpression;`` is the emitter's, in a module with a top-level
    await too; an anonymous function in it is named "default"."""
    def run() -> Any:
        m = SourceTextModule(src)
        m.link(lambda *a: None)
        m.evaluate()
        run_jobs()
        return m.namespace["default"]
    old = emit.set_enabled(True)
    try:
        assert run() == expected
        assert closure_entries == []
        emit.set_enabled(False)
        assert run() == expected
    finally:
        emit.set_enabled(old)


def test_export_default_names_an_anonymous_function(closure_entries: list[str]) -> None:
    old = emit.set_enabled(True)
    try:
        m = SourceTextModule("export default (function () {});")
        m.link(lambda *a: None)
        m.evaluate()
        run_jobs()
        assert m.namespace["default"]["name"] == "default"
        assert closure_entries == []
    finally:
        emit.set_enabled(old)
