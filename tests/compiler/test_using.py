"""``using`` and ``await using`` declarations at run time (sec-disposeresources and the evaluation
of blocks, function bodies and for statements): the same snippets run in plain functions (the
closure compiler), generators, async functions and async generators (emitted: compiler/emit.py).

``R`` in a snippet is a suspension point in the suspendable bodies (``yield`` / ``await null``)
and nothing in a plain one, so both the ordinary and the suspendable path of each construct are
taken. Each run returns the log; the expected logs follow the spec's algorithms."""
from __future__ import annotations

import pytest

from pyjsvm import SourceTextModule
from pyjsvm.api.code_cache import deserialize_program, serialize_program
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.runtime.operations import to_string
from pyjsvm.syntax.parse import parse_module
from pyjsvm.syntax.utf16 import js_string_to_python

PRELUDE = """var log = [];
function res(name, fail) {
  return { [Symbol.dispose]() { log.push('dispose ' + name); if (fail) throw new Error(name); } };
}
"""

WRAPPERS = {
    "plain": ("function f() {\n%s\n}\ntry { log.push('ret:' + f()); } catch (e) { log.push('threw:' + e); }", "void 0"),
    "generator": ("function* f() {\n%s\n}\n"
                  "try { var it = f(), r; while (!(r = it.next()).done); log.push('ret:' + r.value); }"
                  " catch (e) { log.push('threw:' + e); }", "yield"),
    "async": ("async function f() {\n%s\n}\nf().then(v => log.push('ret:' + v), e => log.push('threw:' + e));",
              "await null"),
    "asyncgen": ("async function* f() {\n%s\n}\n(async () => { var r, it = f(); while (!(r = await it.next()).done); return r.value; })()"
                 ".then(v => log.push('ret:' + v), e => log.push('threw:' + e));", "await null"),
}

CASES = [
    ("block", "{ using a = res('a'), b = res('b'); R; log.push('body'); } log.push('after');",
     "body|dispose b|dispose a|after|ret:undefined"),
    ("throw", "try { { using a = res('a'); R; throw new Error('boom'); } } catch (e) { log.push(e.message); }",
     "dispose a|boom|ret:undefined"),
    ("suppressed", "try { { using a = res('a', true); using b = res('b', true); R; throw new Error('boom'); } }"
     " catch (e) { log.push([e.name, e.error.message, e.suppressed.name, e.suppressed.error.message,"
     " e.suppressed.suppressed.message].join()); }",
     "dispose b|dispose a|SuppressedError,a,SuppressedError,b,boom|ret:undefined"),
    ("one_error_as_is", "try { { using a = res('a', true); R; } } catch (e) { log.push(e.constructor.name + ' ' + e.message); }",
     "dispose a|Error a|ret:undefined"),
    ("break_continue", "for (var i = 0; i < 3; i++) { using a = res('a' + i); R; if (i == 0) continue; if (i == 1) break; }"
     " log.push('done');", "dispose a0|dispose a1|done|ret:undefined"),
    ("return_in_block", "{ using a = res('a'); R; return 'r'; }", "dispose a|ret:r"),
    ("function_body", "using top = res('top'); R; log.push('body'); return 1;", "body|dispose top|ret:1"),
    ("error_replaces_return", "using t = res('t', true); R; return 1;", "dispose t|threw:Error: t"),
    ("for_of", "for (using x of [res('x1'), res('x2')]) { R; log.push('it'); }",
     "it|dispose x1|it|dispose x2|ret:undefined"),
    ("for_of_break_disposes_before_return",
     "var iter = { [Symbol.iterator]() { return this; }, next() { return { value: res('v'), done: false }; },"
     " return() { log.push('return'); return {}; } };\nfor (using v of iter) { R; break; }",
     "dispose v|return|ret:undefined"),
    ("for_of_dispose_error_closes_iterator",
     "var iter = { [Symbol.iterator]() { return this; }, next() { return { value: res('v', true), done: false }; },"
     " return() { log.push('return'); return {}; } };\ntry { for (using v of iter) { R; } } catch (e) { log.push(e.message); }",
     "dispose v|return|v|ret:undefined"),
    ("for_statement", "for (using a = res('a'), n = null; log.length < 1; ) { R; log.push('it'); }",
     "it|dispose a|ret:undefined"),
    ("for_head_initializer_throws", "try { for (using a = res('a'), b = {}; ; ) { R; } } catch (e) { log.push(e.constructor.name); }",
     "dispose a|TypeError|ret:undefined"),
    ("null_and_undefined", "{ using n = null, u = undefined; R; log.push('ok'); }", "ok|ret:undefined"),
    ("not_disposable", "try { using x = {}; R; log.push('no'); } catch (e) { log.push(e.constructor.name); }",
     "TypeError|ret:undefined"),
    ("method_read_once_called_on_value",
     "var o = { get [Symbol.dispose]() { log.push('get'); return function () { log.push(this === o); }; } };\n"
     "{ using x = o; R; log.push('body'); }", "get|body|true|ret:undefined"),
    ("const_binding", "{ using x = null; R; try { x = 1; } catch (e) { log.push(e.constructor.name); } }",
     "TypeError|ret:undefined"),
]

ASYNC_CASES = [
    ("await_using_block",
     "{ await using a = { async [Symbol.asyncDispose]() { log.push('async'); } }, b = res('b'); log.push('body'); }"
     " log.push('after');", "body|dispose b|async|after|ret:undefined"),
    ("await_using_null_still_awaits",
     "Promise.resolve().then(() => log.push('tick'));\n{ await using n = null; } log.push('after');",
     "tick|after|ret:undefined"),
    ("await_using_sync_method", "{ await using a = res('a'); log.push('body'); } log.push('after');",
     "body|dispose a|after|ret:undefined"),
    ("await_using_rejection_suppressed",
     "try { await using a = { [Symbol.asyncDispose]() { return Promise.reject('r'); } };"
     " throw 'boom'; } catch (e) { log.push(e.name + ' ' + e.error + ' ' + e.suppressed); }",
     "SuppressedError r boom|ret:undefined"),
    ("for_await_using_of", "for await (await using x of [res('x1'), res('x2')]) log.push('it');",
     "it|dispose x1|it|dispose x2|ret:undefined"),
    ("for_await_using_statement", "for (await using x = res('x'); log.length < 1; ) log.push('it');",
     "it|dispose x|ret:undefined"),
    ("function_body_await_using", "await using t = res('t'); log.push('body'); return 2;", "body|dispose t|ret:2"),
]


def run_log(src: str) -> str:
    realm = Realm()
    eval_script(realm, PRELUDE + src)
    run_jobs()
    return js_string_to_python(to_string(eval_script(realm, "log.join('|')")))


@pytest.mark.parametrize("mode", list(WRAPPERS))
@pytest.mark.parametrize("name,body,expected", CASES, ids=[c[0] for c in CASES])
def test_using(mode: str, name: str, body: str, expected: str) -> None:
    wrapper, suspend = WRAPPERS[mode]
    assert run_log(wrapper % body.replace("R;", suspend + ";")) == expected


@pytest.mark.parametrize("mode", ["async", "asyncgen"])
@pytest.mark.parametrize("name,body,expected", ASYNC_CASES, ids=[c[0] for c in ASYNC_CASES])
def test_await_using(mode: str, name: str, body: str, expected: str) -> None:
    assert run_log(WRAPPERS[mode][0] % body) == expected


def test_generator_return_disposes() -> None:
    assert run_log("function* g() { using x = res('x'); { using y = res('y'); yield 1; } }\n"
                   "var it = g(); it.next(); log.push(JSON.stringify(it.return(5)));") == \
        'dispose y|dispose x|{"value":5,"done":true}'


def test_module_top_level_disposes_after_the_body() -> None:
    m = SourceTextModule("export var log = [];\n"
                         "using x = { [Symbol.dispose]() { log.push('x'); } };\n"
                         "{ await using y = { async [Symbol.asyncDispose]() { log.push('y'); } }; }\n"
                         "log.push('end');")
    m.link(lambda *a: None)
    m.evaluate()
    run_jobs()
    assert list(m.namespace["log"]) == ["y", "end", "x"]


def test_code_cache_keeps_using() -> None:
    code = "using a = null; await using b = null; const c = 1;"
    back = deserialize_program(serialize_program(parse_module(code), code, "module"), code, "module")
    assert back is not None
    assert [getattr(s, "using", None) for s in back.body] == ["using", "await using", None]
