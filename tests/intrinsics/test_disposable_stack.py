"""Tests of DisposableStack (sec-disposablestack-objects), AsyncDisposableStack
(sec-asyncdisposablestack-objects), SuppressedError (sec-suppressederror-objects) and the
dispose methods of %Iterator.prototype% / %AsyncIteratorPrototype%.

Each script records events in ``log``; the job queue is drained and the log read back."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime import jobs
from pyjsvm.runtime.jobs import run_jobs, take_unhandled_rejections
from pyjsvm.runtime.operations import to_string
from pyjsvm.syntax.utf16 import js_string_to_python


@pytest.fixture(autouse=True)
def clean_queue() -> Any:
    run_jobs()
    yield
    jobs.discard_jobs()
    take_unhandled_rejections()
    jobs.take_job_errors()
    jobs.take_rejections_handled_later()


def log_of(src: str) -> str:
    """Run ``src`` (which fills an array ``log``), drain the jobs, return ``log.join()``."""
    realm = Realm()
    eval_script(realm, "var log = [];\n" + src)
    run_jobs()
    return js_string_to_python(to_string(eval_script(realm, "log.join()")))


def test_dispose_runs_in_reverse_order_once() -> None:
    assert log_of("""
var s = new DisposableStack();
s.use({ [Symbol.dispose]() { log.push('use'); } });
s.defer(() => log.push('defer'));
log.push(s.adopt(5, v => log.push('adopt' + v)));
s.use(null); s.use(undefined);
log.push(s.disposed);
log.push(s.dispose());
log.push(s.disposed);
s.dispose();
""") == "5,false,adopt5,defer,use,,true"


def test_dispose_errors_chain_into_suppressed_error() -> None:
    assert log_of("""
var s = new DisposableStack();
s.defer(() => { throw new Error('first'); });
s.defer(() => log.push('middle'));
s.defer(() => { throw new Error('last'); });
try { s.dispose(); } catch (e) {
  log.push(e instanceof SuppressedError, e.error.message, e.suppressed.message,
           Object.prototype.hasOwnProperty.call(e, 'message'), Object.keys(e).length);
}
""") == "middle,true,first,last,false,0"


def test_disposed_stack_methods_throw_reference_error() -> None:
    assert log_of("""
var s = new DisposableStack(); var m = s.move();
for (var name of ['use', 'defer', 'adopt', 'move']) {
  try { s[name](() => {}, () => {}); } catch (e) { log.push(e.constructor.name); }
}
log.push(m.disposed, s.disposed, Object.getPrototypeOf(m) === DisposableStack.prototype);
try { DisposableStack(); } catch (e) { log.push(e.constructor.name); }
try { DisposableStack.prototype.dispose.call({}); } catch (e) { log.push(e.constructor.name); }
log.push(DisposableStack.prototype[Symbol.dispose] === DisposableStack.prototype.dispose);
""") == "ReferenceError,ReferenceError,ReferenceError,ReferenceError,false,true,true,TypeError,TypeError,true"


def test_use_requires_a_dispose_method() -> None:
    assert log_of("""
var s = new DisposableStack();
for (var v of [1, {}, { [Symbol.dispose]: 1 }]) {
  try { s.use(v); } catch (e) { log.push(e.constructor.name); }
}
""") == "TypeError,TypeError,TypeError"


def test_suppressed_error_constructor() -> None:
    assert log_of("""
var e = new SuppressedError('err', 'sup', 'msg');
log.push(e.message, e.error, e.suppressed, SuppressedError.length, e.name,
         Object.getPrototypeOf(SuppressedError) === Error, SuppressedError('a').error);
""") == "msg,err,sup,3,SuppressedError,true,a"


def test_dispose_async_awaits_each_resource_in_reverse() -> None:
    assert log_of("""
var s = new AsyncDisposableStack();
s.use({ [Symbol.dispose]() { log.push('sync'); } });
s.use({ async [Symbol.asyncDispose]() { await null; log.push('async'); } });
s.defer(() => new Promise(r => { log.push('defer'); r(); }));
s.use(null);
var p = s.disposeAsync();
log.push('returned', p instanceof Promise);
p.then(v => log.push('done', v, s.disposed));
""") == "defer,returned,true,async,sync,done,,true"


def test_dispose_async_rejects_with_suppressed_error() -> None:
    assert log_of("""
var s = new AsyncDisposableStack();
s.defer(async () => { throw 'a'; });
s.defer(() => { throw 'b'; });
s.disposeAsync().then(null, e => log.push(e.constructor.name, e.error, e.suppressed));
AsyncDisposableStack.prototype.disposeAsync.call(1).then(null, e => log.push(e.constructor.name));
""") == "TypeError,SuppressedError,a,b"


def test_iterator_dispose_methods_call_return() -> None:
    assert log_of("""
function* g() { try { yield 1; } finally { log.push('closed'); } }
var it = g(); it.next(); log.push(it[Symbol.dispose]());
async function* ag() { try { yield 1; } finally { log.push('aclosed'); } }
var ait = ag();
ait.next().then(() => ait[Symbol.asyncDispose]()).then(v => log.push('resolved', v));
var noReturn = Object.create(Object.getPrototypeOf(Object.getPrototypeOf(ag.prototype)));
noReturn[Symbol.asyncDispose]().then(v => log.push('none', v));
""") == "closed,,none,,aclosed,resolved,"
