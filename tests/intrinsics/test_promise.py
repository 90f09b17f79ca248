"""Tests of Promise objects (sec-promise-objects) and the job queue (pyjsvm.runtime.jobs).

Each ordering case is a script that records events in ``log``; the jobs are then run and the log
compared with the expected lines, which were produced by node v20 (re-checked against node
when it is on PATH: ``test_cases_agree_with_node``)."""
from __future__ import annotations

import subprocess
from typing import Any, NamedTuple

import pytest

from pyjsvm.runtime.agent import AGENT, JSThrow, get_agent
from pyjsvm.compiler.engine import eval_script
from pyjsvm.runtime import jobs
from pyjsvm.runtime.promise import (
    FULFILLED, PENDING, REJECTED, JSPromise, new_promise, new_promise_capability, perform_promise_then,
    perform_promise_then_internal, promise_resolve,
)
from pyjsvm.runtime.jobs import run_jobs, take_unhandled_rejections
from pyjsvm.intrinsics.realm import Realm
from tests.helpers import NODE


class Case(NamedTuple):
    name: str
    src: str
    expected: list[str]


CASES = [
    Case('then_chains_interleave', """
var log = [];
var p1 = Promise.resolve(1), p2 = Promise.resolve(2);
p1.then(v => { log.push('a' + v); }).then(() => log.push('a2')).then(() => log.push('a3'));
p2.then(v => { log.push('B' + v); }).then(() => log.push('b2')).then(() => log.push('b3'));
log.push('sync');
""", ['sync', 'a1', 'B2', 'a2', 'b2', 'a3', 'b3']),
    Case('resolve_with_promise_two_extra_ticks', """
var log = [];
var inner = Promise.resolve('x');
new Promise(r => r(inner)).then(v => log.push('outer ' + v));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4'));
""", ['t1', 't2', 'outer x', 't3', 't4']),
    Case('return_promise_from_then', """
var log = [];
Promise.resolve().then(() => { log.push('a'); return Promise.resolve('r'); }).then(v => log.push('a ' + v));
Promise.resolve().then(() => log.push('b1')).then(() => log.push('b2')).then(() => log.push('b3')).then(() => log.push('b4')).then(() => log.push('b5'));
""", ['a', 'b1', 'b2', 'b3', 'a r', 'b4', 'b5']),
    Case('thenable_job_and_get_order', """
var log = [];
var thenable = {};
Object.defineProperty(thenable, 'then', { get() { log.push('get then'); return function (res, rej) { log.push('then called ' + (this === thenable) + ' ' + res.length + rej.length); res('T'); }; } });
var p = new Promise(r => { r(thenable); log.push('after resolve'); });
p.then(v => log.push('value ' + v));
Promise.resolve().then(() => log.push('tick1')).then(() => log.push('tick2'));
log.push('sync end');
""", ['get then', 'after resolve', 'sync end', 'then called true 11', 'tick1', 'value T', 'tick2']),
    Case('thenable_throws_after_resolve', """
var log = [];
new Promise(r => r({ then(res) { res('ok'); throw new Error('ignored'); } })).then(v => log.push('f ' + v), e => log.push('r ' + e));
new Promise(r => r({ then() { throw 'boom'; } })).then(v => log.push('f ' + v), e => log.push('r ' + e));
new Promise(r => r({ get then() { throw 'getter'; } })).then(v => log.push('f ' + v), e => log.push('r ' + e));
new Promise(r => r({ then: 5 })).then(v => log.push('f ' + typeof v + ' ' + v.then), e => log.push('r ' + e));
""", ['r getter', 'f object 5', 'f ok', 'r boom']),
    Case('resolve_functions_props', """
var log = [];
new Promise(function (res, rej) {
  log.push(res.length, rej.length, JSON.stringify(res.name), JSON.stringify(rej.name), res === rej, Object.getPrototypeOf(res) === Function.prototype);
  log.push('prototype' in res, res.hasOwnProperty('caller'));
  try { new res(); } catch (e) { log.push(e.constructor.name); }
  log.push(res(1) === undefined, res(2), rej(3));
}).then(v => log.push('v' + v), e => log.push('e' + e));
""", ['1', '1', '""', '""', 'false', 'true', 'false', 'false', 'TypeError', 'true', '', '', 'v1']),
    Case('executor_throws', """
var log = [];
new Promise(() => { throw 'x'; }).catch(e => log.push('caught ' + e));
new Promise((res) => { res('first'); throw 'late'; }).then(v => log.push('kept ' + v), e => log.push('bad ' + e));
new Promise((res, rej) => { rej('r1'); res('r2'); rej('r3'); }).then(null, e => log.push('rej ' + e));
""", ['caught x', 'kept first', 'rej r1']),
    Case('self_resolution', """
var log = [];
var res;
var p = new Promise(r => { res = r; });
res(p);
p.catch(e => log.push(e.constructor.name + ': ' + (e instanceof TypeError)));
var q = Promise.resolve().then(() => q);
q.catch(e => log.push('then self ' + e.constructor.name));
""", ['TypeError: true', 'then self TypeError']),
    Case('constructor_errors', """
var log = [];
try { Promise(function () {}); } catch (e) { log.push(e.constructor.name); }
try { new Promise(); } catch (e) { log.push(e.constructor.name); }
try { new Promise(1); } catch (e) { log.push(e.constructor.name); }
try { Promise.prototype.then.call({}, () => {}); } catch (e) { log.push('then ' + e.constructor.name); }
try { Promise.resolve.call(1); } catch (e) { log.push('resolve ' + e.constructor.name); }
try { Promise.reject.call({}); } catch (e) { log.push('reject ' + e.constructor.name); }
try { Promise.prototype.finally.call(1); } catch (e) { log.push('finally ' + e.constructor.name); }
log.push(Promise.length, Promise.name, Promise.prototype.then.length, Promise.prototype.catch.length, Promise.prototype.finally.length);
log.push(Promise.all.length, Promise.race.length, Promise.any.length, Promise.allSettled.length, Promise.resolve.length, Promise.reject.length);
log.push(Object.prototype.toString.call(Promise.resolve()), Promise.prototype[Symbol.toStringTag], Promise[Symbol.species] === Promise);
var d = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
log.push(typeof d.get, d.set, d.configurable, d.enumerable, d.get.name);
d = Object.getOwnPropertyDescriptor(Promise.prototype, Symbol.toStringTag);
log.push(d.writable, d.enumerable, d.configurable);
log.push(Object.getOwnPropertyNames(Promise.prototype).sort().join());
""", ['TypeError', 'TypeError', 'TypeError', 'then TypeError', 'resolve TypeError', 'reject TypeError', 'finally TypeError', '1', 'Promise', '2', '1', '1', '1', '1', '1', '1', '1', '1', '[object Promise]', 'Promise', 'true', 'function', '', 'true', 'false', 'get [Symbol.species]', 'false', 'false', 'true', 'catch,constructor,finally,then']),
    Case('promise_resolve_identity', """
var log = [];
var p = Promise.resolve(3);
log.push(Promise.resolve(p) === p);
var q = new Promise(() => {});
q.constructor = Object;
log.push(Promise.resolve(q) === q);
Promise.resolve({ then(r) { r('thenable'); } }).then(v => log.push(v));
Promise.reject(p).catch(e => log.push('reject keeps promise ' + (e === p)));
""", ['true', 'false', 'reject keeps promise true', 'thenable']),
    Case('all_ordering', """
var log = [];
Promise.all([Promise.resolve(1), 2, { then(r) { r(3); } }]).then(v => log.push('all ' + v.join()));
Promise.all([]).then(v => log.push('empty ' + Array.isArray(v) + v.length));
Promise.all([Promise.resolve(1), Promise.reject('no'), Promise.reject('no2')]).then(null, e => log.push('all rej ' + e));
Promise.all(5).catch(e => log.push('non-iterable ' + e.constructor.name));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3'));
""", ['empty true0', 'non-iterable TypeError', 't1', 'all rej no', 't2', 'all 1,2,3', 't3']),
    Case('all_iterator_close_and_resolve_lookup', """
var log = [];
var iter = { [Symbol.iterator]() { return { next() { log.push('next'); return { done: false, value: 1 }; }, return() { log.push('return'); return {}; } }; } };
var C = function (ex) { return new Promise(ex); };
C.resolve = function () { throw 'resolve throws'; };
Promise.all.call(C, iter).catch(e => log.push('caught ' + e));
var getCount = 0;
var C2 = function (ex) { return new Promise(ex); };
Object.defineProperty(C2, 'resolve', { get() { getCount++; return Promise.resolve.bind(Promise); } });
Promise.all.call(C2, [1, 2, 3]).then(v => log.push('C2 ' + v + ' gets ' + getCount));
var C3 = function (ex) { return new Promise(ex); };
C3.resolve = 1;
var closed = false;
Promise.all.call(C3, { [Symbol.iterator]() { log.push('iter called'); return { next() { return { done: true }; } }; } }).catch(e => log.push('bad resolve ' + e.constructor.name));
""", ['next', 'return', 'caught resolve throws', 'bad resolve TypeError', 'C2 1,2,3 gets 1']),
    Case('race_any_allsettled', """
var log = [];
Promise.race([new Promise(r => setTimeoutLike(r)), Promise.resolve('fast'), Promise.reject('slow')]).then(v => log.push('race ' + v));
function setTimeoutLike() {}
Promise.race([]).then(() => log.push('never'));
Promise.any([Promise.reject(1), Promise.resolve(2), Promise.reject(3)]).then(v => log.push('any ' + v));
Promise.any([Promise.reject('a'), Promise.reject('b')]).catch(e => log.push(e.constructor.name + ' ' + e.errors.join() + ' ' + Object.getOwnPropertyDescriptor(e, 'errors').enumerable + ' ' + (e instanceof AggregateError)));
Promise.any([]).catch(e => log.push('any empty ' + e.constructor.name + ' ' + e.errors.length));
Promise.allSettled([Promise.resolve(1), Promise.reject(2), 3]).then(r => log.push(JSON.stringify(r)));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3'));
""", ['any empty AggregateError 0', 't1', 'race fast', 'any 2', 'AggregateError a,b false true', '[{"status":"fulfilled","value":1},{"status":"rejected","reason":2},{"status":"fulfilled","value":3}]', 't2', 't3']),
    Case('finally_semantics', """
var log = [];
Promise.resolve(1).finally(() => { log.push('f1'); return 99; }).then(v => log.push('v ' + v));
Promise.reject(2).finally(() => log.push('f2')).catch(e => log.push('e ' + e));
Promise.resolve(3).finally(() => { throw 'override'; }).catch(e => log.push('o ' + e));
Promise.resolve(4).finally(() => Promise.reject('rej')).catch(e => log.push('r ' + e));
Promise.resolve(5).finally(7).then(v => log.push('nc ' + v));
Promise.resolve(6).finally(function () { log.push('args ' + arguments.length); });
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4')).then(() => log.push('t5'));
""", ['f1', 'f2', 'args 0', 't1', 'o override', 'nc 5', 't2', 't3', 'v 1', 'e 2', 'r rej', 't4', 't5']),
    Case('species_constructor', """
var log = [];
function MyP(executor) { log.push('MyP ctor'); var p = new Promise(executor); Object.setPrototypeOf(p, MyP.prototype); return p; }
MyP.prototype = Object.create(Promise.prototype);
MyP.prototype.constructor = MyP;
Object.setPrototypeOf(MyP, Promise);
MyP[Symbol.species] = MyP;
var p = new MyP(r => r(1));
var q = p.then(v => log.push('then ' + v));
log.push(q instanceof MyP);
var r = Promise.resolve(1);
r.constructor = { get [Symbol.species]() { log.push('species read'); return undefined; } };
log.push(r.then() instanceof Promise);
log.push(MyP.resolve(5) instanceof MyP, Promise.resolve.call(MyP, p) === p);
""", ['MyP ctor', 'MyP ctor', 'true', 'species read', 'true', 'MyP ctor', 'true', 'true', 'then 1']),
    Case('executor_capability_errors', """
var log = [];
function Bad(ex) { ex(1, 2); }
try { Promise.resolve.call(Bad, 1); } catch (e) { log.push('not callable ' + e.constructor.name); }
function Twice(ex) { ex(function () {}, function () {}); try { ex(function () {}, function () {}); } catch (e) { log.push('twice ' + e.constructor.name); } }
Promise.resolve.call(Twice, 1);
function Undef(ex) { ex(undefined, undefined); ex(function () {}, function () {}); log.push('undef ok'); }
Promise.resolve.call(Undef, 1);
function Exec(ex) { log.push(typeof ex, ex.length, JSON.stringify(ex.name)); ex(function () {}, function () {}); }
Promise.reject.call(Exec, 1);
try { Promise.all.call(undefined, []); } catch (e) { log.push('all undefined ' + e.constructor.name); }
""", ['not callable TypeError', 'twice TypeError', 'undef ok', 'function', '2', '""', 'all undefined TypeError']),
    Case('rejection_handled_late', """
var log = [];
var p = Promise.reject('late');
Promise.resolve().then(() => Promise.resolve()).then(() => { p.catch(e => log.push('handled ' + e)); });
""", ['handled late']),
    Case('catch_calls_then', """
var log = [];
var fake = { then(a, b) { log.push('then via catch ' + a + ' ' + typeof b); return 'ret'; } };
log.push(Promise.prototype.catch.call(fake, () => {}));
var fin = { then(a, b) { log.push('fin then ' + typeof a + ' ' + a.length + ' ' + typeof b); return 'r2'; } };
log.push(Promise.prototype.finally.call(fin, () => {}));
""", ['then via catch undefined function', 'ret', 'fin then function 1 function', 'r2']),
]


@pytest.fixture(autouse=True)
def clean_queue() -> Any:
    """Every test starts and ends with an empty job queue and no pending rejection reports."""
    run_jobs()
    take_unhandled_rejections()
    jobs.take_job_errors()
    jobs.take_rejections_handled_later()
    yield
    jobs.discard_jobs()
    take_unhandled_rejections()
    jobs.take_job_errors()
    jobs.take_rejections_handled_later()


def run_log(src: str, realm: Realm | None = None) -> list[str]:
    """Run ``src`` (which defines ``log``), drain the jobs, return the log lines."""
    r = realm or Realm()
    eval_script(r, src)
    run_jobs()
    out = eval_script(r, "log.join('\\n')")
    assert type(out) is str
    return out.split("\n") if out else [""]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_ordering(case: Case) -> None:
    assert run_log(case.src) == case.expected


@pytest.mark.skipif(NODE is None, reason="node not on PATH")
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_cases_agree_with_node(case: Case) -> None:
    assert NODE is not None
    src = case.src + "\nsetTimeout(() => process.stdout.write(log.join('\\n')));"
    r = subprocess.run([NODE, "--unhandled-rejections=none", "-e", src], capture_output=True, text=True, timeout=60)
    assert r.stdout.split("\n") == case.expected


# --- newer statics (not in node v20) ---------------------------------------------------------

def test_promise_try() -> None:
    assert run_log("""
var log = [];
log.push(Promise.try.length, Promise.try.name);
Promise.try((a, b) => a + b, 1, 2).then(v => log.push('sum ' + v));
Promise.try(() => { throw 'sync throw'; }).catch(e => log.push('caught ' + e));
Promise.try(() => Promise.resolve('p')).then(v => log.push('unwrapped ' + v));
Promise.try(5).catch(e => log.push('not callable ' + e.constructor.name));
var called = false;
try { Promise.try.call(1, () => { called = true; }); } catch (e) { log.push('this ' + e.constructor.name + ' ' + called); }
Promise.try(function () { log.push('this undefined ' + (this === undefined)); 'use strict'; });
log.push('sync');
""") == ["1", "try", "this TypeError false", "this undefined false", "sync", "sum 3", "caught sync throw",
         "unwrapped p", "not callable TypeError"]


def test_promise_with_resolvers() -> None:
    assert run_log("""
var log = [];
var r = Promise.withResolvers();
log.push(Promise.withResolvers.length, Object.keys(r).join(), r.promise instanceof Promise, typeof r.resolve, r.resolve.length);
r.promise.then(v => log.push('got ' + v));
r.resolve('x'); r.resolve('y'); r.reject('z');
function C(ex) { ex(() => log.push('custom resolve'), () => {}); }
var c = Promise.withResolvers.call(C);
log.push(c.promise instanceof C);
try { Promise.withResolvers.call({}); } catch (e) { log.push(e.constructor.name); }
""") == ["0", "promise,resolve,reject", "true", "function", "1", "true", "TypeError", "got x"]


# --- the job queue and the rejection tracker -------------------------------------------------

def test_unhandled_rejection_reported_after_drain() -> None:
    r = Realm()
    eval_script(r, """
var handledLater = Promise.reject('h');
Promise.resolve().then(() => Promise.resolve()).then(() => { handledLater.catch(() => {}); });
var unhandled = Promise.reject('u');
new Promise((_, rej) => rej('d')).then(() => {});
""")
    assert jobs.has_pending_jobs() and jobs.has_unhandled_rejections()
    run_jobs()
    assert not jobs.has_pending_jobs()
    reported = take_unhandled_rejections()
    assert [reason for _, reason in reported] == ["u", "d"]
    assert all(type(p) is JSPromise and p.state == REJECTED for p, _ in reported)
    assert reported[0][0] is eval_script(r, "unhandled")
    assert take_unhandled_rejections() == []  # reported once


def test_rejection_handled_after_report() -> None:
    r = Realm()
    eval_script(r, "var p = Promise.reject(1);")
    run_jobs()
    [(p, reason)] = take_unhandled_rejections()
    assert reason == 1.0
    eval_script(r, "p.catch(() => {});")
    run_jobs()
    assert take_unhandled_rejections() == []
    assert jobs.take_rejections_handled_later() == [p]


def test_unhandled_rejections_by_realm() -> None:
    r1, r2 = Realm(), Realm()
    eval_script(r1, "Promise.reject('one')")
    eval_script(r2, "Promise.reject('two')")
    run_jobs()
    assert [reason for _, reason in take_unhandled_rejections(r2)] == ["two"]
    assert [reason for _, reason in take_unhandled_rejections()] == ["one"]


def test_job_errors_are_reported_and_drain_continues() -> None:
    r = Realm()
    # A capability whose resolve function throws: the reaction job completes abruptly.
    eval_script(r, """
var log = [];
function C(ex) { return new Promise((res, rej) => ex(() => { throw new Error('resolve throws'); }, rej)); }
C[Symbol.species] = C;
var p = Promise.resolve(1);
p.constructor = C;
p.then(() => log.push('handler ran'));
Promise.resolve().then(() => log.push('next job ran'));
""")
    run_jobs()
    assert eval_script(r, "log.join()") == "handler ran,next job ran"
    [(err, realm)] = jobs.take_job_errors()
    assert realm is r and err.get("message", err) == "resolve throws"


def test_python_job_error_and_custom_handler() -> None:
    seen: list[Any] = []
    previous = jobs.set_job_error_handler(lambda value, realm: seen.append(value))
    try:
        def bad() -> None:
            raise ValueError("engine bug")
        order: list[str] = []
        jobs.enqueue_job(bad, Realm())
        jobs.enqueue_job(lambda: order.append("after"), None)
        run_jobs()
        assert order == ["after"]
        assert len(seen) == 1 and isinstance(seen[0], ValueError)
    finally:
        jobs.set_job_error_handler(previous)


def test_run_jobs_is_not_reentrant_and_restores_realm() -> None:
    r = Realm()
    order: list[str] = []

    def outer() -> None:
        assert AGENT.realm is r
        jobs.enqueue_job(lambda: order.append("inner"), r)
        run_jobs()  # nested: returns at once
        order.append("outer done")
    saved = AGENT.realm
    jobs.enqueue_job(outer, r)
    run_jobs()
    assert order == ["outer done", "inner"]
    assert AGENT.realm is saved


def test_jobs_run_in_their_realm() -> None:
    r1, r2 = Realm(), Realm()
    f2 = eval_script(r2, "(function (v) { return v; })")
    AGENT.realm = r1
    try:
        p = promise_resolve(r1, None, 1.0)
        cap = new_promise_capability(r1.intrinsics["%Promise%"])
        perform_promise_then(p, f2, None, cap)
    finally:
        AGENT.realm = None
    assert get_agent().job_queue[0][1] is r2  # the handler's realm
    run_jobs()
    assert cap.promise.state == FULFILLED and cap.promise.result == 1.0


# --- the engine-facing API -------------------------------------------------------------------

def test_new_promise_and_internal_then() -> None:
    r = Realm()
    AGENT.realm = r
    try:
        promise, resolve, reject = new_promise(r)
        assert promise.state == PENDING and promise.proto is r.intrinsics["%Promise.prototype%"]
        got: list[Any] = []
        perform_promise_then_internal(promise, lambda v: got.append(("ok", v)), lambda e: got.append(("err", e)), r)
        assert promise.is_handled
        resolve.call(None, ["done"])
        assert got == []  # reactions run as jobs
        run_jobs()
        assert got == [("ok", "done")]
        # PromiseResolve(%Promise%, x) returns a promise as is, wraps anything else.
        assert promise_resolve(r, None, promise) is promise
        q = promise_resolve(r, None, 5.0)
        assert q.state == FULFILLED and q.result == 5.0
        p2, _, reject2 = new_promise(r)
        reject2.call(None, ["no"])
        assert take_unhandled_rejections() == [(p2, "no")]
    finally:
        AGENT.realm = None


def test_await_like_tick_count() -> None:
    """Await(v) = PromiseResolve + PerformPromiseThen: the continuation runs in the first tick."""
    r = Realm()
    AGENT.realm = r
    try:
        eval_script(r, "var log = []; Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2'));")
        p = promise_resolve(r, None, 1.0)
        perform_promise_then_internal(p, lambda v: eval_script(r, "log.push('await')"), lambda e: None, r)
        run_jobs()
        assert eval_script(r, "log.join()") == "t1,await,t2"
    finally:
        AGENT.realm = None


def test_uncaught_throw_in_executor_is_not_a_python_error() -> None:
    r = Realm()
    with pytest.raises(JSThrow):
        eval_script(r, "new Promise(1)")
    v = eval_script(r, "new Promise(() => { throw 1; })")
    assert type(v) is JSPromise and v.state == REJECTED and v.result == 1.0
