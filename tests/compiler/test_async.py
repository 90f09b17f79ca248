"""Async functions, async arrow functions, async generators and ``for await``
(sec-async-function-definitions, sec-asyncgenerator-objects). Each snippet logs into ``log``;
the log after the job queue has drained is compared with the expected text, and (when node is
on PATH) with node's, which catches differences in the order of promise ticks."""
from __future__ import annotations

import subprocess

import pytest

from pyjsvm.runtime.agent import JSThrow
from pyjsvm.syntax.utf16 import js_string_to_python
from pyjsvm.compiler.engine import eval_script
from pyjsvm.runtime.operations import safe_describe, to_string
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.intrinsics.realm import Realm
from tests.helpers import NODE

PRELUDE = "var log = []; function show(x) { return JSON.stringify(x); }\n"


def run_log(src: str) -> str:
    realm = Realm()
    try:
        eval_script(realm, PRELUDE + src)
        run_jobs()
        return js_string_to_python(to_string(eval_script(realm, "log.join('|')")))
    except JSThrow as e:
        return "THROW " + js_string_to_python(safe_describe(e.value))


def node_log(src: str) -> str:
    assert NODE is not None
    prog = PRELUDE + src + "\n;setTimeout(() => process.stdout.write(log.join('|')));"
    r = subprocess.run([NODE, "-e", prog], capture_output=True, text=True, timeout=60)
    return r.stdout + r.stderr


CASES = [
    ("async function f(x) { log.push('a'); var y = await x; log.push('b' + y); return y * 2 }"
     "f(2).then(v => log.push('r' + v)); log.push('sync')", "a|sync|b2|r4"),
    ("var f = async (a) => { try { await Promise.reject(new Error('boom')) } catch (e) { log.push(e.message) } return a };"
     "f(9).then(v => log.push(v))", "boom|9"),
    ("var f = async x => x + await 1; f(1).then(v => log.push(v))", "2"),
    ("async function f() { throw new TypeError('t') } f().catch(e => log.push(e.constructor.name))", "TypeError"),
    ("async function f(a = (() => { throw 'p' })()) {} f().catch(e => log.push('rejected ' + e)); log.push('sync')",
     "sync|rejected p"),
    ("async function f() {} log.push(Object.getPrototypeOf(f()) === Promise.prototype)", "true"),
    ("async function f() {} log.push(f.hasOwnProperty('prototype'), Object.prototype.toString.call(f))",
     "false|[object AsyncFunction]"),
    ("var AF = Object.getPrototypeOf(async function(){}).constructor;"
     "new AF('a', 'return await a + 1')(1).then(v => log.push(AF.name, v))", "AsyncFunction|2"),
    ("async function f() {} try { new f() } catch (e) { log.push(e.constructor.name) }", "TypeError"),
    ("var thenable = { then(r) { log.push('then'); r(5) } };"
     "(async () => { log.push(await thenable) })()", "then|5"),
    ("async function f() { var s = 0; for (var i = 0; i < 3; i++) s += await i; return s } f().then(v => log.push(v))",
     "3"),
    ("async function f() { try { return await Promise.reject(1) } finally { log.push('fin') } }"
     "f().catch(e => log.push('c' + e))", "fin|c1"),
    # async generators
    ("async function* g() { yield 1; var x = await Promise.resolve(2); yield x; return 3 } var it = g();"
     "for (var i = 0; i < 4; i++) it.next().then(r => log.push(show(r)))",
     '{"value":1,"done":false}|{"value":2,"done":false}|{"value":3,"done":true}|{"done":true}'),
    ("async function* g() { yield Promise.resolve('p') } g().next().then(r => log.push(r.value))", "p"),
    ("async function* g() { try { yield 1 } finally { log.push('fin') } } var it = g();"
     "it.next().then(() => it.return(7)).then(r => log.push(show(r)))", 'fin|{"value":7,"done":true}'),
    ("async function* g() { yield 1 } var it = g(); it.return(Promise.resolve(4)).then(r => log.push(show(r)))",
     '{"value":4,"done":true}'),
    ("async function* g() { yield 1 } var it = g(); it.throw(new Error('e')).catch(e => log.push(e.message));"
     "it.next().then(r => log.push(show(r)))", 'e|{"done":true}'),
    ("async function* g() {} var it = g(); log.push(it[Symbol.asyncIterator]() === it,"
     "Object.prototype.toString.call(it))", "true|[object AsyncGenerator]"),
    ("async function* g() { yield* [1, Promise.resolve(2)] } (async () => { for await (var x of g()) log.push(x) })()",
     "1|2"),
    ("(async () => { for await (var x of [1, Promise.resolve(2), 3]) log.push(x) })()", "1|2|3"),
    ("async function* g() { try { yield 1; yield 2 } finally { log.push('closed') } }"
     "(async () => { for await (const x of g()) { log.push(x); break } })()", "1|closed"),
    ("var AGF = Object.getPrototypeOf(async function*(){}).constructor; var g = new AGF('a', 'yield a');"
     "g(5).next().then(r => log.push(AGF.name, r.value))", "AsyncGeneratorFunction|5"),
    ("async function* g() {} log.push(Object.getPrototypeOf(g.prototype) ==="
     "Object.getPrototypeOf(async function*(){}).prototype)", "true"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_async_snippets(src: str, expected: str) -> None:
    assert run_log(src) == expected


# orderings of ticks: compared with node
DIFFERENTIAL = [
    """
    async function a() { log.push('a1'); await null; log.push('a2'); await null; log.push('a3'); }
    async function b() { log.push('b1'); await null; log.push('b2'); }
    a(); b(); Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2'));
    log.push('sync');
    """,
    """
    async function f() { return Promise.resolve(1); }
    f().then(() => log.push('f'));
    Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3'))
      .then(() => log.push('t4'));
    """,
    """
    async function* g() { log.push('start'); yield 1; log.push('after 1'); yield 2; log.push('end'); }
    var it = g();
    it.next().then(r => log.push('n1 ' + r.value));
    it.next().then(r => log.push('n2 ' + r.value));
    it.return('x').then(r => log.push('r ' + r.value + ' ' + r.done));
    it.next().then(r => log.push('n3 ' + r.done));
    log.push('sync');
    """,
    """
    var inner = {
      [Symbol.asyncIterator]() { return this; },
      next(v) { log.push('next ' + v); return Promise.resolve({ value: 'n', done: false }); },
      throw(v) { log.push('throw ' + v); return { value: 't', done: false }; },
      return(v) { log.push('return ' + v); return { value: 'r', done: true }; },
    };
    async function* g() { var r = yield* inner; log.push('result ' + r); }
    var it = g();
    it.next('a').then(r => log.push(JSON.stringify(r)));
    it.next('b').then(r => log.push(JSON.stringify(r)));
    it.throw('c').then(r => log.push(JSON.stringify(r)));
    it.return('d').then(r => log.push(JSON.stringify(r)));
    """,
    """
    var sync = { [Symbol.iterator]() { return { i: 0, next() { log.push('sync next'); return { value: this.i++, done: this.i > 2 }; },
                 return() { log.push('sync return'); return {}; } }; } };
    (async () => { for await (var x of sync) { log.push('x' + x); } log.push('done'); })();
    Promise.resolve().then(() => log.push('tick1')).then(() => log.push('tick2')).then(() => log.push('tick3'));
    """,
    """
    async function* g() { try { yield 1; } finally { await null; log.push('cleanup'); } }
    var it = g();
    it.next().then(() => { it.return(5).then(r => log.push('ret ' + r.value)); it.next().then(r => log.push('after ' + r.done)); });
    """,
    """
    (async () => { try { for await (var x of [1, Promise.reject(new Error('bad'))]) log.push(x); }
                   catch (e) { log.push('caught ' + e.message); } })();
    """,
    """
    var order = async () => { log.push(1); await undefined; log.push(3); };
    order(); log.push(2);
    (async function () { log.push('x'); return 'y'; })().then(v => log.push(v));
    """,
]


@pytest.mark.skipif(NODE is None, reason="node not on PATH")
@pytest.mark.parametrize("src", DIFFERENTIAL)
def test_async_against_node(src: str) -> None:
    assert run_log(src) == node_log(src)


def test_generator_in_another_realm_keeps_its_realm() -> None:
    realm = Realm()
    eval_script(realm, "async function f() { await null; return [].constructor === Array }")
    other = Realm()
    other.global_object.set("f", realm.global_object.get("f", realm.global_object), other.global_object)
    eval_script(other, "var log = []; f().then(v => log.push(v))")
    run_jobs()
    assert to_string(eval_script(other, "log.join()")) == "true"
