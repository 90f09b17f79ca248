"""Deeply nested and huge bodies are emitted (issue 17): past a Python indentation of PART_INDENT a
statement or expression becomes a *part* (a Python function of its own, sharing the body's locals),
a deeply nested expression is cut into temporaries, a huge body is split into parts of PART_SIZE
in compact mode, and a body compile() rejects for its nesting is emitted again with parts at a
smaller nesting -- so that no body is declined for its shape: plain, generator and async bodies
nested 100 and 1,000 deep give their results, and 10,000 deep a result or a clean JS error."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm
from pyjsvm.compiler import emit
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.compiler.engine import eval_script
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.syntax.utf16 import js_string_to_python

pytestmark = pytest.mark.usefixtures("emitter_on")  # tests/compiler/conftest.py


def shapes(n: int) -> dict[str, tuple[str, str]]:
    """Bodies nested ``n`` deep (statements of ``x``, expressions yielding a value) and results."""
    return {
        "parens": (f"return {'(' * n}x{'+1)' * n};", str(n)),
        "blocks": (f"{'{' * n}x++;{'}' * n} return x;", "1"),
        "ifs": (f"{'if (x >= 0) ' * n}x++; return x;", "1"),
        "if_blocks": (f"{'if (x >= 0) {' * n}x++;{'}' * n} return x;", "1"),
        "loops": ("".join(f"for (var i{k} = 0; i{k} < 1; i{k}++) {{" for k in range(min(n, 100)))
                  + "x++; if (x > 0) break;" + "}" * min(n, 100) + " return x;", "1"),
        "tries": ("try { " * min(n, 100) + "x++; throw 1;" + " } catch (e) { x++ } finally { x++ }" * min(n, 100)
                  + " return x;", str(2 + min(n, 100))),
        "arrays": (f"return {'[' * n}x{']' * n}.length;", "1"),
        "ternaries": (f"return {'x ? 0 : ' * n}x + 1;", "1"),
        "labels": ("".join(f"l{k}: {{ " for k in range(n)) + f"x++; break l{n // 2}; " + "} " * n + "return x;", "1"),
    }


def run_body(body: str, kind: str) -> tuple[str, Any]:
    """``body`` as a function of kind ``kind`` (``x`` a local starting at 0): its result and the
    function's emitted source (None when the emitter declined it)."""
    head = {"plain": "function f() ", "generator": "function* f() ", "async": "async function f() "}[kind]
    realm = Realm()
    eval_script(realm, f"var out; {head}{{ var x = 0; {body} }}")
    if kind == "plain":
        eval_script(realm, "out = f()")
    elif kind == "generator":
        eval_script(realm, "out = f().next().value")
    else:
        eval_script(realm, "f().then(v => { out = v }, e => { out = 'THROW ' + e })")
        run_jobs()
    f = realm.global_object.get("f", realm.global_object)
    out = realm.global_object.get("out", realm.global_object)
    return js_string_to_python(pyjsvm_to_string(out)), f.code.emitted  # type: ignore[attr-defined]


def pyjsvm_to_string(v: Any) -> str:
    from pyjsvm.runtime.operations import to_string
    return to_string(v)  # type: ignore[no-any-return]


@pytest.mark.parametrize("n", [100, 1000])
@pytest.mark.parametrize("kind", ["plain", "generator", "async"])
@pytest.mark.parametrize("shape", list(shapes(1)))
def test_deeply_nested_bodies_are_emitted(shape: str, kind: str, n: int) -> None:
    body, expected = shapes(n)[shape]
    out, emitted = run_body(body, kind)
    assert out == expected
    assert emitted is not None, "the emitter declined the body"


def test_nested_parts_keep_jumps_returns_and_suspensions() -> None:
    """break/continue/return across parts, a yield in a part (a generator run with yield from)."""
    inner = "if (i % 2) continue outer; if (i > 6) break outer; if (i === 6) return 'r' + (yield i);" \
            " log.push(yield i);"
    body = "var log = []; outer: for (var i = 0; i < 10; i++) " + "{ if (i >= 0) " * 60 + inner + " }" * 60 + \
        "; return log.join();"
    src = f"function* g() {{ {body} }} var it = g(), r = it.next(), out = []; " \
          "while (!r.done) { out.push(r.value); r = it.next(r.value * 10); } out.push(r.value); out.join('|')"
    assert pyjsvm.run_in_new_context(src) == "0|2|4|6|r60"


def test_a_switch_with_many_cases_is_flat() -> None:
    cases = "".join(f"case {i}: r += {i}; break; " for i in range(300))
    out, emitted = run_body(f"var r = 0; switch (x + 299) {{ {cases} default: r = -1 }} return r;", "generator")
    assert out == "299" and emitted is not None
    out, emitted = run_body(f"var r = 0; switch (x + (yield 1)) {{ case (yield 2): r = 5; {cases} }} return r;",
                            "generator")
    assert emitted is not None


@pytest.mark.parametrize("kind", ["plain", "generator", "script"])
def test_a_huge_body_is_emitted_in_parts(kind: str) -> None:
    n = 4000
    stmts = "".join(f"s = (s + {i} * x) % 1000003; if (s % 7 === {i % 7}) {{ o.a{i % 50} = s; }}\n" for i in range(n))
    expected = 0
    for i in range(n):
        expected = (expected + i * 3) % 1000003
    if kind == "plain":
        src = "var o = {}; function f(x) { var s = 0;\n" + stmts + "return s; } f(3)"
    elif kind == "generator":
        src = "var o = {}; function* f(x) { var s = 0;\n" + stmts + "yield s; return s; } f(3).next().value"
    else:
        src = "var o = {}, x = 3, s = 0;\n" + stmts + "s"
    realm = Realm()
    assert eval_script(realm, src) == expected
    if kind != "script":
        f = realm.global_object.get("f", realm.global_object)
        assert f.code.emitted is not None and len(f.code.emitted) > emit.MAX_EMITTED_SOURCE  # type: ignore[attr-defined]
        assert "def _pt" in f.code.emitted  # type: ignore[attr-defined]


@pytest.mark.parametrize("src", [
    "eval('{'.repeat(10000) + '}'.repeat(10000)); 1",
    "eval('('.repeat(10000) + '1' + ')'.repeat(10000))",
    "eval('1?'.repeat(10000) + '1' + ':1'.repeat(10000))",
    "(function* () { yield eval('['.repeat(10000) + ']'.repeat(10000)).length })().next().value",
    "Function('x', 'if (x) '.repeat(10000) + 'return 1')(1)",
    "(function* () { " + "if (1) " * 10000 + "yield 1 })().next().value",
])
def test_ten_thousand_deep_gives_a_result_or_a_js_error(src: str) -> None:
    try:
        assert pyjsvm.run_in_new_context(src, timeout=120_000) == 1
    except pyjsvm.JSError as e:
        assert e.name in ("RangeError", "SyntaxError")


def test_switch_case_tests_run_in_order_until_one_matches() -> None:
    """The flat chain of case tests (yields and side effects in some of them); node's result."""
    src = ("function* f(){ var log = []; for (var x of [0, 1, 2, 3, 7]) { switch (x + (yield x)) {"
           " case (yield 'a'): log.push('A' + x); case 2: log.push('two'); break;"
           " case (log.push('t'), 4): log.push('four'); default: log.push('d'); case 6: log.push('six') } }"
           " return log.join(); }"
           "var it = f(), r = it.next(); while (!r.done) { r = it.next(typeof r.value === 'number' ? r.value : 2); }"
           " r.value")
    assert pyjsvm.run_in_new_context(src) == "t,d,six,A1,two,t,four,d,six,t,six,t,d,six"


def test_errors_in_parts_point_at_their_expression() -> None:
    """A part's frame is its body's (not an activation of its own): the stack names the same
    places as the closure tier's."""
    src = ("function deep() {\n  var x = 0;\n  " + "if (x >= 0) { " * 80 + "\n  x = missing + 1;" + " }" * 80
           + "\n}\nvar where; try { deep(); } catch (e) { where = e.stack.split('\\n').slice(0, 3).join('|'); } where")
    outs = []
    for emitting in (True, False):
        old = emit.set_enabled(emitting)
        try:
            outs.append(pyjsvm.run_in_new_context(src, filename="deep.js"))
        finally:
            emit.set_enabled(old)
    assert outs[0] == outs[1] == "ReferenceError: missing is not defined|    at deep (deep.js:4:7)|    at deep.js:6:18"
