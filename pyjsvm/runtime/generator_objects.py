"""Generator and async generator objects (sec-generator-objects, sec-asyncgenerator-objects) and
the drivers that run suspendable function bodies: GeneratorResume / GeneratorResumeAbrupt,
AsyncFunctionStart + Await (sec-await), and the async generator request queue.

A suspendable body is emitted as Python source (``pyjsvm.compiler.emit``: JS generators, async
functions and module code with a top-level ``await`` are Python generator functions) and runs as a
Python generator.
It yields a pair ``(kind, value)`` at each suspension point:

- ``Y_VALUE``: ``yield value`` (the driver makes the iterator result / settles the request),
- ``Y_RAW``: a sync ``yield*`` passing the inner iterator's result object through unchanged,
- ``Y_AWAIT``: ``await value``.

The driver resumes it with ``send(v)`` (a normal completion), ``throw(JSThrow(v))`` (a throw
completion) or ``throw(GeneratorReturn(v))`` (a return completion: compiled ``finally`` blocks
run, and re-raise it when they complete normally). Its ``return v`` (StopIteration) is the
body's completion value.
"""
from __future__ import annotations

from collections import deque
from typing import Any, Generator

from pyjsvm.runtime.agent import JSThrow, c_reentry, get_agent, on_new_stack, throw_type_error
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.iteration import (
    DONE, NOT_FAST, create_iter_result_object, get_iterator, iterator_close, iterator_complete, iterator_value,
)
from pyjsvm.runtime.promise import (
    JSPromise, PromiseCapability, new_promise_capability, perform_promise_then_internal, promise_resolve,
)
from pyjsvm.runtime.agent import throw_range_error
from pyjsvm.runtime.operations import call, get_method, to_display, to_string
from pyjsvm.runtime.values import JSSymbol

Y_VALUE, Y_RAW, Y_AWAIT = 0, 1, 2

# completion kinds of requests (sec-completion-record-specification-type)
NORMAL, THROW, RETURN = 0, 1, 2

# [[GeneratorState]] / [[AsyncGeneratorState]]
SUSPENDED_START = "suspended-start"
SUSPENDED_YIELD = "suspended-yield"
EXECUTING = "executing"
DRAINING = "draining-queue"
COMPLETED = "completed"

PyGen = Generator[Any, Any, Any]


class GeneratorReturn(Exception):
    """NON-SPEC: a return completion thrown into a suspended body (generator.return(v))."""

    def __init__(self, value: Any) -> None:
        super().__init__()
        self.value = value


class JSGenerator(JSObject):
    """A generator instance (sec-properties-of-generator-instances)."""

    __slots__ = ("state", "pygen", "gen_realm")
    class_name = "Generator"

    def __init__(self, proto: JSObject | None, pygen: PyGen, realm: Any) -> None:
        JSObject.__init__(self, proto)
        self.state = SUSPENDED_START
        self.pygen: PyGen | None = pygen
        self.gen_realm = realm


class JSAsyncGenerator(JSObject):
    """An async generator instance (sec-properties-of-asyncgenerator-intances)."""

    __slots__ = ("state", "pygen", "gen_realm", "queue")
    class_name = "AsyncGenerator"

    def __init__(self, proto: JSObject | None, pygen: PyGen, realm: Any) -> None:
        JSObject.__init__(self, proto)
        self.state = SUSPENDED_START
        self.pygen: PyGen | None = pygen
        self.gen_realm = realm
        # [[AsyncGeneratorQueue]]: (completion kind, value, PromiseCapability)
        self.queue: deque[tuple[int, Any, Any]] = deque()


def _range_error_value(realm: Any) -> Any:
    return realm.new_error("RangeError", "Maximum call stack size exceeded")


# --- sync generators --------------------------------------------------------------------------

def generator_validate(gen: Any) -> JSGenerator:
    """GeneratorValidate (sec-generatorvalidate)."""
    if type(gen) is not JSGenerator:
        throw_type_error("next method called on incompatible receiver " + _describe(gen))
    if gen.state == EXECUTING:
        throw_type_error("Generator is already running")
    return gen


def _describe(v: Any) -> str:
    try:
        return str(to_display(v))
    except Exception:  # pragma: no cover - defensive
        return "object"


def _resume_raw(job: tuple[Any, int, Any]) -> Any:
    pygen, how, value = job
    if how == NORMAL:
        return pygen.send(value)
    if how == THROW:
        return pygen.throw(JSThrow(value))
    return pygen.throw(GeneratorReturn(value))


def generator_resume(gen: Any, how: int, value: Any) -> Any:
    """GeneratorResume (sec-generatorresume) for ``how`` NORMAL, and GeneratorResumeAbrupt
    (sec-generatorresumeabrupt) for THROW / RETURN."""
    r = _generator_resume(gen, how, value)
    if r[0] == Y_RAW:
        return r[1]
    return create_iter_result_object(r[1], r[0] == _FINISHED)


# NON-SPEC: what _generator_resume returns when the body completed (besides the (Y_VALUE, v) and
# (Y_RAW, result) pairs the body yields)
_FINISHED = 3


def _generator_resume(gen: Any, how: int, value: Any) -> tuple[int, Any]:
    """GeneratorResume / GeneratorResumeAbrupt without the iterator result object the spec makes
    (CreateIterResultObject): (Y_VALUE, v) when the body yielded v, (Y_RAW, result) when a
    ``yield*`` passed its inner result object through, (_FINISHED, v) when it completed with v."""
    g = gen
    state = g.state if type(g) is JSGenerator else EXECUTING
    if state == EXECUTING:
        generator_validate(gen)  # (throws: GeneratorValidate's steps, tested in line first)
    if how != NORMAL and state == SUSPENDED_START:
        g.state = COMPLETED
        if g.pygen is not None:
            g.pygen.close()
        g.pygen = None
        state = COMPLETED
    if state == COMPLETED:
        if how == THROW:
            raise JSThrow(value)
        return (_FINISHED, value if how == RETURN else None)
    pygen = g.pygen
    assert pygen is not None
    agent = get_agent()
    depth = agent.depth + 1
    if depth > agent.max_depth:
        throw_range_error("Maximum call stack size exceeded")
    saved = agent.realm
    agent.realm = g.gen_realm
    agent.depth = depth
    agent.c_depth += 1  # resuming re-enters the interpreter from C (see c_reentry)
    g.state = EXECUTING
    try:
        if agent.c_depth >= agent.c_limit:
            r = on_new_stack(agent, _resume_raw, (pygen, how, None if state == SUSPENDED_START else value))
        elif how == NORMAL:
            r = pygen.send(None if state == SUSPENDED_START else value)
        elif how == THROW:
            r = pygen.throw(JSThrow(value))
        else:
            r = pygen.throw(GeneratorReturn(value))
    except StopIteration as e:
        g.state = COMPLETED
        g.pygen = None
        return (_FINISHED, e.value)
    except GeneratorReturn as e:
        g.state = COMPLETED
        g.pygen = None
        return (_FINISHED, e.value)
    except RecursionError:
        g.state = COMPLETED
        g.pygen = None
        raise JSThrow(_range_error_value(g.gen_realm)) from None
    except BaseException:
        g.state = COMPLETED
        g.pygen = None
        raise
    finally:
        agent.realm = saved
        agent.depth = depth - 1
        agent.c_depth -= 1
    g.state = SUSPENDED_YIELD
    return r  # type: ignore[no-any-return]


def generator_step(gen: Any) -> Any:
    """NON-SPEC: the step of %GeneratorPrototype%.next for IteratorStepValue (see
    iteration.register_fast_next): the value generator_next would put in its result object, or
    DONE (the result object is fresh and ordinary: reading its done and value observes nothing);
    a ``yield*``'s inner result object is read as IteratorStepValue reads any (its getters run);
    NOT_FAST for another receiver."""
    if type(gen) is not JSGenerator:
        return NOT_FAST
    r = _generator_resume(gen, NORMAL, None)
    if r[0] == Y_VALUE:
        return r[1]
    if r[0] == _FINISHED or iterator_complete(r[1]):
        return DONE
    return iterator_value(r[1])


# --- Await (sec-await) ----------------------------------------------------------------------

def await_then(realm: Any, value: Any, on_ok: Any, on_err: Any) -> JSThrow | None:
    """Await's steps after suspension: PromiseResolve(%Promise%, value) then PerformPromiseThen
    with continuations ``on_ok(v)`` / ``on_err(reason)``. Returns the JSThrow of an abrupt
    PromiseResolve (to be thrown into the body at once), else None."""
    try:
        p = promise_resolve(realm, None, value)
    except JSThrow as e:
        return e
    perform_promise_then_internal(p, on_ok, on_err, realm)
    return None


class AsyncFunctionRun:
    """The state of one async function activation (AsyncFunctionStart, sec-async-functions-
    abstract-operations-async-function-start): steps the body until it awaits or completes."""

    __slots__ = ("pygen", "realm", "cap")

    def __init__(self, pygen: PyGen, realm: Any, cap: PromiseCapability) -> None:
        self.pygen = pygen
        self.realm = realm
        self.cap = cap   # (its promise is the function's; settled when the body completes)

    def step(self, how: int, value: Any) -> None:
        pygen = self.pygen
        agent = get_agent()
        saved = agent.realm
        agent.realm = self.realm
        try:
            while True:
                try:
                    r = c_reentry(agent, _resume_raw, (pygen, how, value))
                except StopIteration as e:
                    self.cap.settle(True, e.value)
                    return
                except JSThrow as e:
                    self.cap.settle(False, e.value)
                    return
                except RecursionError:
                    self.cap.settle(False, _range_error_value(self.realm))
                    return
                err = await_then(self.realm, r[1], self.on_ok, self.on_err)
                if err is None:
                    return
                how, value = THROW, err.value
        finally:
            agent.realm = saved

    def on_ok(self, v: Any) -> None:
        self.step(NORMAL, v)

    def on_err(self, v: Any) -> None:
        self.step(THROW, v)


def async_function_start(realm: Any, pygen: PyGen) -> Any:
    """Run an async function body; returns its promise."""
    cap = PromiseCapability.unmade(JSPromise(realm.intrinsics["%Promise.prototype%"]), realm)
    AsyncFunctionRun(pygen, realm, cap).step(NORMAL, None)
    return cap.promise


# --- async generators (sec-asyncgenerator-abstract-operations) ---------------------------------

def async_generator_complete_step(gen: JSAsyncGenerator, how: int, value: Any, done: bool) -> None:
    """AsyncGeneratorCompleteStep (sec-asyncgeneratorcompletestep)."""
    _, _, cap = gen.queue.popleft()
    if how == THROW:
        cap.reject.call(None, [value])
    else:
        cap.resolve.call(None, [create_iter_result_object(value, done)])


def async_generator_resume(gen: JSAsyncGenerator, how: int, value: Any) -> None:
    """AsyncGeneratorResume (sec-asyncgeneratorresume)."""
    start = gen.state == SUSPENDED_START
    gen.state = EXECUTING
    _async_generator_step(gen, how, None if start else value)


def _async_generator_step(gen: JSAsyncGenerator, how: int, value: Any) -> None:
    pygen = gen.pygen
    assert pygen is not None
    agent = get_agent()
    saved = agent.realm
    realm = gen.gen_realm
    agent.realm = realm
    try:
        while True:
            try:
                r = c_reentry(agent, _resume_raw, (pygen, how, value))
            except (StopIteration, GeneratorReturn) as e:
                # AsyncGeneratorStart steps: the body completed normally or with return
                gen.state = DRAINING
                gen.pygen = None
                async_generator_complete_step(gen, NORMAL, e.value, True)  # type: ignore[union-attr]
                async_generator_drain_queue(gen)
                return
            except (JSThrow, RecursionError) as e:
                gen.state = DRAINING
                gen.pygen = None
                reason = e.value if isinstance(e, JSThrow) else _range_error_value(realm)
                async_generator_complete_step(gen, THROW, reason, True)
                async_generator_drain_queue(gen)
                return
            if r[0] == Y_AWAIT:
                err = await_then(realm, r[1], lambda v: _async_generator_step(gen, NORMAL, v),
                                 lambda v: _async_generator_step(gen, THROW, v))
                if err is None:
                    return
                how, value = THROW, err.value
                continue
            # AsyncGeneratorYield (sec-asyncgeneratoryield)
            async_generator_complete_step(gen, NORMAL, r[1], False)
            if gen.queue:
                how, value, _ = gen.queue[0]
                continue
            gen.state = SUSPENDED_YIELD
            return
    finally:
        agent.realm = saved


def async_generator_await_return(gen: JSAsyncGenerator) -> None:
    """AsyncGeneratorAwaitReturn (sec-asyncgeneratorawaitreturn)."""
    _, value, _ = gen.queue[0]
    realm = gen.gen_realm

    def on_ok(v: Any) -> None:
        gen.state = DRAINING
        async_generator_complete_step(gen, NORMAL, v, True)
        async_generator_drain_queue(gen)

    def on_err(reason: Any) -> None:
        gen.state = DRAINING
        async_generator_complete_step(gen, THROW, reason, True)
        async_generator_drain_queue(gen)
    err = await_then(realm, value, on_ok, on_err)
    if err is not None:
        async_generator_complete_step(gen, THROW, err.value, True)
        async_generator_drain_queue(gen)


def async_generator_drain_queue(gen: JSAsyncGenerator) -> None:
    """AsyncGeneratorDrainQueue (sec-asyncgeneratordrainqueue)."""
    queue = gen.queue
    if not queue:
        gen.state = COMPLETED
        return
    while True:
        how, value, _ = queue[0]
        if how == RETURN:
            async_generator_await_return(gen)
            return
        if how == THROW:
            async_generator_complete_step(gen, THROW, value, True)
        else:
            async_generator_complete_step(gen, NORMAL, None, True)
        if not queue:
            gen.state = COMPLETED
            return


def async_generator_request(realm: Any, gen: Any, how: int, value: Any) -> Any:
    """AsyncGenerator.prototype.next / return / throw (sec-asyncgenerator-prototype-next etc.)."""
    cap = new_promise_capability(realm.intrinsics["%Promise%"])
    # AsyncGeneratorValidate: IfAbruptRejectPromise
    if type(gen) is not JSAsyncGenerator:
        name = ("next", "throw", "return")[how]
        err = realm.new_error("TypeError", f"AsyncGenerator.prototype.{name} called on incompatible receiver")
        cap.reject.call(None, [err])
        return cap.promise
    state = gen.state
    if how == NORMAL:
        if state == COMPLETED:
            cap.resolve.call(None, [create_iter_result_object(None, True)])
            return cap.promise
        gen.queue.append((NORMAL, value, cap))
        if state in (SUSPENDED_START, SUSPENDED_YIELD):
            async_generator_resume(gen, NORMAL, value)
        return cap.promise
    if how == RETURN:
        gen.queue.append((RETURN, value, cap))
        if state in (SUSPENDED_START, COMPLETED):
            if state == SUSPENDED_START and gen.pygen is not None:
                gen.pygen.close()
                gen.pygen = None
            gen.state = DRAINING
            async_generator_await_return(gen)
        elif state == SUSPENDED_YIELD:
            async_generator_resume(gen, RETURN, value)
        return cap.promise
    # throw
    if state == SUSPENDED_START:
        gen.state = COMPLETED
        if gen.pygen is not None:
            gen.pygen.close()
            gen.pygen = None
        state = COMPLETED
    if state == COMPLETED:
        cap.reject.call(None, [value])
        return cap.promise
    gen.queue.append((THROW, value, cap))
    if state == SUSPENDED_YIELD:
        async_generator_resume(gen, THROW, value)
    return cap.promise


# --- pieces of suspendable bodies shared by both compiler tiers --------------------------------

def instance_prototype(func: Any, fallback: str) -> Any:
    """OrdinaryCreateFromConstructor's prototype lookup (sec-getprototypefromconstructor) for a
    generator object: ``func.prototype`` when it is an object, else the realm's ``fallback``."""
    proto = func.get("prototype", func)
    if isinstance(proto, JSObject):
        return proto
    return func.realm.intrinsics.get(fallback) or func.realm.object_prototype


def async_generator_yield(value: Any) -> Any:
    """AsyncGeneratorYield + AsyncGeneratorUnwrapYieldResumption (sec-asyncgeneratoryield), as a
    sub-generator of the body: a return resumption's value is awaited."""
    try:
        return (yield (Y_VALUE, value))
    except GeneratorReturn as r:
        awaited = yield (Y_AWAIT, r.value)
        raise GeneratorReturn(awaited) from None


def async_iterator_close(rec: Any, completion: JSThrow | None) -> Any:
    """AsyncIteratorClose (sec-asynciteratorclose) as a sub-generator (``yield from``), for a
    throw completion ``completion`` (re-raised, winning over errors from ``return``) or a normal
    one when None."""
    iterator = rec.iterator
    # 1-4. innerResult: GetMethod(iterator, "return"), then Call and Await it.
    inner_error: JSThrow | None = None
    inner_value: Any = None
    try:
        ret = get_method(iterator, "return")
        if ret is None:
            if completion is not None:
                raise completion
            return None
        inner_value = yield (Y_AWAIT, call(ret, iterator, []))
    except JSThrow as e:
        if e is completion:
            raise
        inner_error = e
    # 5. If completion is a throw completion, return ? completion.
    if completion is not None:
        raise completion
    # 6. If innerResult is a throw completion, return ? innerResult.
    if inner_error is not None:
        raise inner_error
    # 7. If innerResult.[[Value]] is not an Object, throw a TypeError exception.
    if not isinstance(inner_value, JSObject):
        throw_type_error("iterator.return() did not return an object")
    return None


def yield_star(value: Any, is_async: bool) -> Any:
    """``yield* value`` (sec-generator-function-definitions-runtime-semantics-evaluation) as a
    sub-generator of the body: the delegation loop, forwarding next/throw/return."""
    rec = get_iterator(value, "async" if is_async else "sync")
    iterator = rec.iterator
    how, received = NORMAL, None
    while True:
        if how == NORMAL:
            inner = call(rec.next_method, iterator, [received])
        elif how == THROW:
            throw = get_method(iterator, "throw")
            if throw is None:
                if is_async:
                    yield from async_iterator_close(rec, None)
                else:
                    iterator_close(rec, None)
                throw_type_error("The iterator does not provide a 'throw' method")
            inner = call(throw, iterator, [received])
        else:
            ret = get_method(iterator, "return")
            if ret is None:
                if is_async:
                    received = yield (Y_AWAIT, received)
                raise GeneratorReturn(received)
            inner = call(ret, iterator, [received])
        if is_async:
            inner = yield (Y_AWAIT, inner)
        if not isinstance(inner, JSObject):
            throw_type_error(f"Iterator result {to_string(inner) if not isinstance(inner, JSSymbol) else 'Symbol()'} is not an object")
        if iterator_complete(inner):
            v = iterator_value(inner)
            if how == RETURN:
                raise GeneratorReturn(v)
            return v
        to_yield = iterator_value(inner) if is_async else inner
        try:
            if is_async:
                received = yield from async_generator_yield(to_yield)
            else:
                received = yield (Y_RAW, to_yield)
            how = NORMAL
        except JSThrow as e:
            how, received = THROW, e.value
        except GeneratorReturn as e:
            how, received = RETURN, e.value


def start_suspendable(kind: str, func: Any, pygen: PyGen) -> Any:
    """The result of calling a suspendable function whose body ``pygen`` is ready to run:
    EvaluateGeneratorBody (sec-runtime-semantics-evaluategeneratorbody), EvaluateAsyncGenerator-
    Body (sec-runtime-semantics-evaluateasyncgeneratorbody) or, for ``kind`` 'async',
    EvaluateAsyncFunctionBody (sec-runtime-semantics-evaluateasyncfunctionbody)."""
    if kind == "generator":
        return JSGenerator(instance_prototype(func, "%GeneratorFunction.prototype.prototype%"), pygen, func.realm)
    if kind == "asyncGenerator":
        proto = instance_prototype(func, "%AsyncGeneratorFunction.prototype.prototype%")
        return JSAsyncGenerator(proto, pygen, func.realm)
    realm: Any = func.realm if func is not None else get_agent().realm
    return async_function_start(realm, pygen)


__all__ = ["JSGenerator", "JSAsyncGenerator", "GeneratorReturn", "generator_resume", "async_function_start",
           "async_generator_request", "generator_step", "Y_VALUE", "Y_RAW", "Y_AWAIT", "NORMAL", "THROW", "RETURN"]
