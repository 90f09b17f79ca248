"""Promise objects (sec-promise-objects): the Promise constructor, Promise.prototype, the promise
abstract operations (sec-promise-abstract-operations) and jobs (sec-promise-jobs).

For the engine (async functions, await, async generators) these are importable::

    new_promise(realm) -> (promise, resolve, reject)      # a %Promise% with its resolving functions
    new_promise_capability(C) -> PromiseCapability       # NewPromiseCapability (sec-newpromisecapability)
    promise_resolve(realm, C, x) -> promise              # PromiseResolve (sec-promise-resolve); C None = %Promise%
    perform_promise_then(promise, on_fulfilled, on_rejected, capability=None)   # sec-performpromisethen
    perform_promise_then_internal(promise, on_fulfilled, on_rejected, realm)    # NON-SPEC, for Await
    resolve_promise(promise, resolution) / reject_promise(promise, reason)      # for a promise whose
        # resolving functions were never exposed (an async function's own promise)

Jobs go to ``pyjsvm.runtime.jobs`` (``run_jobs()`` drains them).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.agent import AGENT, JSThrow, current_realm, throw_type_error
from pyjsvm.runtime.iteration import DONE, IteratorRecord, get_iterator, iterator_close, iterator_step_value
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject, PropertyDescriptor
from pyjsvm.runtime.operations import (
    call, create_array_from_list, create_data_property_or_throw, define_property_or_throw,
    get_function_realm, get_prototype_from_constructor, invoke, is_callable, is_constructor,
    species_constructor, to_display,
)
from pyjsvm.runtime.values import SYM_SPECIES, SYM_TO_STRING_TAG
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.runtime.jobs import enqueue_job, host_promise_rejection_tracker

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()    # Promise.prototype
statics = BuiltinTable()  # Promise.*

PENDING = "pending"
FULFILLED = "fulfilled"
REJECTED = "rejected"

FULFILL = "fulfill"
REJECT = "reject"


def _arg(args: list[Any], i: int) -> Any:
    return args[i] if len(args) > i else None


# --- records ----------------------------------------------------------------------------------

class JSPromise(JSObject):
    """A Promise instance (sec-properties-of-promise-instances): [[PromiseState]] ('pending',
    'fulfilled' or 'rejected'), [[PromiseResult]], [[PromiseFulfillReactions]],
    [[PromiseRejectReactions]] (None once settled) and [[PromiseIsHandled]]."""

    __slots__ = ("state", "result", "fulfill_reactions", "reject_reactions", "is_handled")

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.state = PENDING
        self.result: Any = None
        self.fulfill_reactions: list[PromiseReaction] | None = []
        self.reject_reactions: list[PromiseReaction] | None = []
        self.is_handled = False


class PromiseCapability:
    """A PromiseCapability Record (sec-promisecapability-records)."""

    __slots__ = ("promise", "resolve", "reject")

    def __init__(self, promise: Any, resolve: Any, reject: Any) -> None:
        self.promise = promise
        self.resolve = resolve
        self.reject = reject


class PromiseReaction:
    """A PromiseReaction Record (sec-promisereaction-records). ``handler`` is a JS callable, None
    (~empty~), or (NON-SPEC, ``perform_promise_then_internal``) a Python callable taking the
    argument, run in ``realm``."""

    __slots__ = ("capability", "type", "handler", "realm")

    def __init__(self, capability: PromiseCapability | None, type_: str, handler: Any,
                 realm: "Realm | None" = None) -> None:
        self.capability = capability
        self.type = type_
        self.handler = handler
        self.realm = realm


def is_promise(x: Any) -> bool:
    """IsPromise ( x ) (sec-ispromise)."""
    return isinstance(x, JSPromise)


# --- resolving functions ------------------------------------------------------------------

def create_resolving_functions(promise: JSPromise, realm: "Realm | None" = None) -> tuple[BuiltinFunction, BuiltinFunction]:
    """CreateResolvingFunctions ( promise ) (sec-createresolvingfunctions): returns (resolve,
    reject), built-in functions of ``realm`` (default: the running realm) with length 1 and name
    ""; they share the [[AlreadyResolved]] state."""
    if realm is None:
        realm = current_realm()
    # 1. Let promiseOrEmpty be the Record { [[Value]]: promise }.
    cell: list[Any] = [promise]

    def resolve_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """Promise Resolve Functions (sec-createresolvingfunctions, resolveSteps)."""
        p = cell[0]
        if p is None:
            return None
        cell[0] = None
        resolve_promise(p, args[0] if args else None)
        return None

    def reject_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """Promise Reject Functions (sec-createresolvingfunctions, rejectSteps)."""
        p = cell[0]
        if p is None:
            return None
        cell[0] = None
        reject_promise(p, args[0] if args else None)
        return None

    return BuiltinFunction(realm, resolve_steps, "", 1), BuiltinFunction(realm, reject_steps, "", 1)


def resolve_promise(promise: JSPromise, resolution: Any) -> None:
    """The steps of a promise resolve function after its [[AlreadyResolved]] check
    (sec-createresolvingfunctions, resolveSteps 4-15). Call it directly only for a promise
    whose resolving functions were never exposed and that is resolved only once."""
    # 4. If SameValue(resolution, promise) is true, reject with a new TypeError.
    if resolution is promise:
        reject_promise(promise, current_realm().new_error("TypeError", "Chaining cycle detected for promise #<Promise>"))
        return
    # 5. If resolution is not an Object, fulfill.
    if not isinstance(resolution, JSObject):
        fulfill_promise(promise, resolution)
        return
    # 6-8. Let then be Completion(Get(resolution, "then")); reject on abrupt.
    try:
        then = resolution.get("then", resolution)
    except JSThrow as e:
        reject_promise(promise, e.value)
        return
    # 9-10. If IsCallable(thenAction) is false, fulfill.
    if not (isinstance(then, JSObject) and then.is_callable):
        fulfill_promise(promise, resolution)
        return
    # 11-13. Enqueue NewPromiseResolveThenableJob(promise, resolution, thenJobCallback).
    job, realm = new_promise_resolve_thenable_job(promise, resolution, then)
    enqueue_job(job, realm)


def fulfill_promise(promise: JSPromise, value: Any) -> None:
    """FulfillPromise ( promise, value ) (sec-fulfillpromise)."""
    # 1. Assert: promise.[[PromiseState]] is pending.
    reactions = promise.fulfill_reactions
    promise.result = value
    promise.fulfill_reactions = None
    promise.reject_reactions = None
    promise.state = FULFILLED
    if reactions:
        trigger_promise_reactions(reactions, value)


def reject_promise(promise: JSPromise, reason: Any) -> None:
    """RejectPromise ( promise, reason ) (sec-rejectpromise)."""
    reactions = promise.reject_reactions
    promise.result = reason
    promise.fulfill_reactions = None
    promise.reject_reactions = None
    promise.state = REJECTED
    # 7. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "reject").
    if not promise.is_handled:
        host_promise_rejection_tracker(promise, "reject")
    if reactions:
        trigger_promise_reactions(reactions, reason)


def trigger_promise_reactions(reactions: list[PromiseReaction], argument: Any) -> None:
    """TriggerPromiseReactions ( reactions, argument ) (sec-triggerpromisereactions)."""
    for reaction in reactions:
        job, realm = new_promise_reaction_job(reaction, argument)
        enqueue_job(job, realm)


# --- jobs -------------------------------------------------------------------------------------

def _function_realm(f: Any) -> "Realm":
    """Completion(GetFunctionRealm(f)), the current realm when it throws (revoked proxy)."""
    try:
        realm: Realm = get_function_realm(f)
        return realm
    except JSThrow:
        return current_realm()


def new_promise_reaction_job(reaction: PromiseReaction, argument: Any) -> tuple[Callable[[], Any], "Realm | None"]:
    """NewPromiseReactionJob ( reaction, argument ) (sec-newpromisereactionjob): returns (job,
    handler realm)."""

    def job() -> Any:
        capability = reaction.capability
        handler = reaction.handler
        # 4-5. Apply the handler (or pass the argument through).
        if handler is None:
            ok = reaction.type == FULFILL
            result = argument
        else:
            try:
                if isinstance(handler, JSObject):
                    result = handler.call(None, [argument])  # HostCallJobCallback
                else:
                    result = handler(argument)  # NON-SPEC internal handler
                ok = True
            except JSThrow as e:
                ok = False
                result = e.value
        # 6. If promiseCapability is undefined: Assert handlerResult is not abrupt.
        if capability is None:
            if not ok:
                raise JSThrow(result)
            return None
        # 8-9. Resolve or reject the derived promise.
        if ok:
            return call(capability.resolve, None, [result])
        return call(capability.reject, None, [result])

    handler = reaction.handler
    if handler is None:
        realm = None
    elif isinstance(handler, JSObject):
        realm = _function_realm(handler)
    else:
        realm = reaction.realm or AGENT.realm
    return job, realm


def new_promise_resolve_thenable_job(promise_to_resolve: JSPromise, thenable: JSObject,
                                     then: Any) -> tuple[Callable[[], Any], "Realm"]:
    """NewPromiseResolveThenableJob ( promiseToResolve, thenable, then )
    (sec-newpromiseresolvethenablejob): returns (job, then's realm)."""

    def job() -> Any:
        # 1. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
        resolve, reject = create_resolving_functions(promise_to_resolve)
        # 2. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolve, reject »)).
        try:
            return then.call(thenable, [resolve, reject])
        except JSThrow as e:
            # 3. If abrupt, return ? Call(reject, undefined, « thenCallResult.[[Value]] »).
            return reject.call(None, [e.value])

    return job, _function_realm(then)


# --- capabilities --------------------------------------------------------------------------

def _is_intrinsic_promise(c: Any) -> bool:
    """NON-SPEC: ``c`` is some realm's %Promise% (its ``prototype`` is non-writable and
    non-configurable, so constructing it runs no user code)."""
    return type(c) is BuiltinFunction and c.impl is promise_constructor


def new_promise_capability(c: Any) -> PromiseCapability:
    """NewPromiseCapability ( C ) (sec-newpromisecapability)."""
    # 1. If IsConstructor(C) is false, throw a TypeError exception.
    if not is_constructor(c):
        throw_type_error(f"{to_display(c)} is not a constructor")
    if _is_intrinsic_promise(c):
        # NON-SPEC fast path: Construct(%Promise%, « executor ») with the built-in executor of
        # GetCapabilitiesExecutor is not observable; the resolving functions belong to C's realm.
        realm = c.realm
        promise = JSPromise(realm.intrinsics["%Promise.prototype%"])
        resolve, reject = create_resolving_functions(promise, realm)
        return PromiseCapability(promise, resolve, reject)
    # 2. Let resolvingFunctions be the Record { [[Resolve]]: undefined, [[Reject]]: undefined }.
    cell: list[Any] = [None, None]

    def executor_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """GetCapabilitiesExecutor Functions (sec-newpromisecapability, executorClosure)."""
        if cell[0] is not None:
            throw_type_error("Promise executor has already been invoked with non-undefined arguments")
        if cell[1] is not None:
            throw_type_error("Promise executor has already been invoked with non-undefined arguments")
        cell[0] = _arg(args, 0)
        cell[1] = _arg(args, 1)
        return None

    # 4. Let executor be CreateBuiltinFunction(executorClosure, 2, "", « »).
    executor = BuiltinFunction(current_realm(), executor_steps, "", 2)
    # 5. Let promise be ? Construct(C, « executor »).
    promise = c.construct([executor], c)
    # 6-7. If IsCallable(resolve/reject) is false, throw a TypeError exception.
    if not is_callable(cell[0]):
        throw_type_error("Promise resolve or reject function is not callable")
    if not is_callable(cell[1]):
        throw_type_error("Promise resolve or reject function is not callable")
    return PromiseCapability(promise, cell[0], cell[1])


def new_promise(realm: "Realm") -> tuple[JSPromise, BuiltinFunction, BuiltinFunction]:
    """NON-SPEC helper: NewPromiseCapability(%Promise%) of ``realm``, as (promise, resolve,
    reject). For async functions: resolve/reject with ``resolve.call(None, [v])``."""
    promise = JSPromise(realm.intrinsics["%Promise.prototype%"])
    resolve, reject = create_resolving_functions(promise, realm)
    return promise, resolve, reject


def promise_resolve(realm: "Realm | None", c: Any, x: Any) -> Any:
    """PromiseResolve ( C, x ) (sec-promise-resolve). ``c`` None means ``realm``'s %Promise%
    (``realm`` None: the running realm)."""
    if c is None:
        c = (realm or current_realm()).intrinsics["%Promise%"]
    # 1. If IsPromise(x) is true, then
    if isinstance(x, JSPromise):
        # a. Let xConstructor be ? Get(x, "constructor"). b. If SameValue(xConstructor, C), return x.
        if x.get("constructor", x) is c:
            return x
    # 2. Let promiseCapability be ? NewPromiseCapability(C).
    cap = new_promise_capability(c)
    # 3. Perform ? Call(promiseCapability.[[Resolve]], undefined, « x »).
    call(cap.resolve, None, [x])
    return cap.promise


def perform_promise_then(promise: JSPromise, on_fulfilled: Any, on_rejected: Any,
                         capability: PromiseCapability | None = None) -> Any:
    """PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )
    (sec-performpromisethen). Returns the capability's promise, or undefined without one."""
    # 3-6. Non-callable handlers become ~empty~.
    if not (isinstance(on_fulfilled, JSObject) and on_fulfilled.is_callable):
        on_fulfilled = None
    if not (isinstance(on_rejected, JSObject) and on_rejected.is_callable):
        on_rejected = None
    _then(promise, PromiseReaction(capability, FULFILL, on_fulfilled), PromiseReaction(capability, REJECT, on_rejected))
    return None if capability is None else capability.promise


def perform_promise_then_internal(promise: JSPromise, on_fulfilled: Callable[[Any], Any],
                                  on_rejected: Callable[[Any], Any], realm: "Realm | None" = None) -> None:
    """NON-SPEC: PerformPromiseThen(promise, onFulfilled, onRejected) without a result
    capability, where the handlers are Python callables ``f(value)`` standing for built-in
    functions of ``realm`` (default: the running realm) that user code never sees -- Await's
    continuations (sec-await). They run as jobs in ``realm``; they must not raise JSThrow."""
    r = realm or AGENT.realm
    _then(promise, PromiseReaction(None, FULFILL, on_fulfilled, r), PromiseReaction(None, REJECT, on_rejected, r))


def _then(promise: JSPromise, fulfill_reaction: PromiseReaction, reject_reaction: PromiseReaction) -> None:
    """PerformPromiseThen steps 9-12."""
    state = promise.state
    if state == PENDING:
        assert promise.fulfill_reactions is not None and promise.reject_reactions is not None
        promise.fulfill_reactions.append(fulfill_reaction)
        promise.reject_reactions.append(reject_reaction)
    elif state == FULFILLED:
        job, realm = new_promise_reaction_job(fulfill_reaction, promise.result)
        enqueue_job(job, realm)
    else:
        if not promise.is_handled:
            host_promise_rejection_tracker(promise, "handle")
        job, realm = new_promise_reaction_job(reject_reaction, promise.result)
        enqueue_job(job, realm)
    promise.is_handled = True


def _this_promise(this: Any, method: str) -> JSPromise:
    if not isinstance(this, JSPromise):
        throw_type_error(f"Method Promise.prototype.{method} called on incompatible receiver {to_display(this)}")
    return this


# --- the Promise constructor ----------------------------------------------------------------

def promise_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise ( executor ) (sec-promise-executor)."""
    # 1. If NewTarget is undefined, throw a TypeError exception.
    if new_target is None:
        throw_type_error("Promise constructor cannot be invoked without 'new'")
    # 2. If IsCallable(executor) is false, throw a TypeError exception.
    executor = _arg(args, 0)
    if not is_callable(executor):
        throw_type_error(f"Promise resolver {to_display(executor)} is not a function")
    # 3-8. Let promise be ? OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%", ...).
    promise = JSPromise(get_prototype_from_constructor(new_target, "%Promise.prototype%"))
    # 9. Let resolvingFunctions be CreateResolvingFunctions(promise).
    resolve, reject = create_resolving_functions(promise, realm)
    # 10-11. Call the executor; on an abrupt completion call reject.
    try:
        executor.call(None, [resolve, reject])
    except JSThrow as e:
        reject.call(None, [e.value])
    return promise


def _if_abrupt_reject(cap: PromiseCapability, e: JSThrow) -> Any:
    """IfAbruptRejectPromise ( value, capability ) (sec-ifabruptrejectpromise)."""
    call(cap.reject, None, [e.value])
    return cap.promise


def get_promise_resolve(c: JSObject) -> Any:
    """GetPromiseResolve ( promiseConstructor ) (sec-getpromiseresolve)."""
    resolve = c.get("resolve", c)
    if not is_callable(resolve):
        throw_type_error("Promise resolve or reject function is not callable")
    return resolve


Perform = Callable[[IteratorRecord, Any, PromiseCapability, Any], Any]


def _combinator(this: Any, iterable: Any, perform: Perform) -> Any:
    """The common steps of Promise.all / allSettled / any / race (sec-promise.all steps 1-9)."""
    c = this
    # 2. Let promiseCapability be ? NewPromiseCapability(C).
    cap = new_promise_capability(c)
    # 3-4. Let promiseResolve be Completion(GetPromiseResolve(C)); IfAbruptRejectPromise.
    try:
        promise_resolve_fn = get_promise_resolve(c)
    except JSThrow as e:
        return _if_abrupt_reject(cap, e)
    # 5-6. Let iteratorRecord be Completion(GetIterator(iterable, sync)); IfAbruptRejectPromise.
    try:
        rec = get_iterator(iterable)
    except JSThrow as e:
        return _if_abrupt_reject(cap, e)
    # 7-8. Let result be Completion(PerformPromiseX(...)); close the iterator on abrupt completion.
    try:
        return perform(rec, c, cap, promise_resolve_fn)
    except JSThrow as e:
        err = e
        if not rec.done:
            try:
                iterator_close(rec, e)
            except JSThrow as e2:
                err = e2
        return _if_abrupt_reject(cap, err)


def _element_function(steps: Callable[[Any], Any]) -> BuiltinFunction:
    """CreateBuiltinFunction(steps, 1, "", « »): a function of the running realm."""
    def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        return steps(args[0] if args else None)
    return BuiltinFunction(current_realm(), impl, "", 1)


def perform_promise_all(rec: IteratorRecord, c: Any, cap: PromiseCapability, promise_resolve_fn: Any) -> Any:
    """PerformPromiseAll ( iteratorRecord, C, resultCapability, promiseResolve ) (sec-performpromiseall)."""
    values: list[Any] = []
    remaining = [1]
    index = 0
    while True:
        nxt = iterator_step_value(rec)
        if nxt is DONE:
            remaining[0] -= 1
            if remaining[0] == 0:
                call(cap.resolve, None, [create_array_from_list(values)])
            return cap.promise
        values.append(None)
        next_promise = call(promise_resolve_fn, c, [nxt])

        def fulfilled_steps(value: Any, this_index: int, already_called: list[bool]) -> Any:
            if already_called[0]:
                return None
            already_called[0] = True
            values[this_index] = value
            remaining[0] -= 1
            if remaining[0] == 0:
                return call(cap.resolve, None, [create_array_from_list(values)])
            return None

        on_fulfilled = _element_function(_bind_fresh(fulfilled_steps, index))
        index += 1
        remaining[0] += 1
        invoke(next_promise, "then", [on_fulfilled, cap.reject])


def _bind_fresh(steps: Callable[..., Any], index: int) -> Callable[[Any], Any]:
    """A closure over ``steps`` with its own [[Index]] and [[AlreadyCalled]]."""
    already_called = [False]
    return lambda value: steps(value, index, already_called)


def perform_promise_all_settled(rec: IteratorRecord, c: Any, cap: PromiseCapability, promise_resolve_fn: Any) -> Any:
    """PerformPromiseAllSettled ( iteratorRecord, C, resultCapability, promiseResolve )
    (sec-performpromiseallsettled)."""
    values: list[Any] = []
    remaining = [1]
    index = 0
    while True:
        nxt = iterator_step_value(rec)
        if nxt is DONE:
            remaining[0] -= 1
            if remaining[0] == 0:
                call(cap.resolve, None, [create_array_from_list(values)])
            return cap.promise
        values.append(None)
        next_promise = call(promise_resolve_fn, c, [nxt])
        # The fulfill and reject element functions share one [[AlreadyCalled]] record.
        on_fulfilled, on_rejected = _settled_functions(values, remaining, cap, index)
        index += 1
        remaining[0] += 1
        invoke(next_promise, "then", [on_fulfilled, on_rejected])


def _settled_functions(values: list[Any], remaining: list[int], cap: PromiseCapability,
                       index: int) -> tuple[BuiltinFunction, BuiltinFunction]:
    """The onFulfilled and onRejected functions of PerformPromiseAllSettled
    (sec-performpromiseallsettled steps 5.f-5.q), sharing one [[AlreadyCalled]] record."""
    already_called = [False]

    def settled(value: Any, status: str, key: str) -> Any:
        if already_called[0]:
            return None
        already_called[0] = True
        obj = JSObject(current_realm().object_prototype)
        create_data_property_or_throw(obj, "status", status)
        create_data_property_or_throw(obj, key, value)
        values[index] = obj
        remaining[0] -= 1
        if remaining[0] == 0:
            return call(cap.resolve, None, [create_array_from_list(values)])
        return None

    return (_element_function(lambda v: settled(v, "fulfilled", "value")),
            _element_function(lambda e: settled(e, "rejected", "reason")))


def _aggregate_error(errors: list[Any]) -> Any:
    """A newly created AggregateError with an own "errors" array (sec-performpromiseany)."""
    realm = current_realm()
    err = realm.new_error("AggregateError", "All promises were rejected")
    define_property_or_throw(err, "errors", PropertyDescriptor(value=create_array_from_list(errors, realm),
                                                               writable=True, enumerable=False, configurable=True))
    return err


def perform_promise_any(rec: IteratorRecord, c: Any, cap: PromiseCapability, promise_resolve_fn: Any) -> Any:
    """PerformPromiseAny ( iteratorRecord, C, resultCapability, promiseResolve ) (sec-performpromiseany)."""
    errors: list[Any] = []
    remaining = [1]
    index = 0
    while True:
        nxt = iterator_step_value(rec)
        if nxt is DONE:
            remaining[0] -= 1
            if remaining[0] == 0:
                call(cap.reject, None, [_aggregate_error(errors)])
            return cap.promise
        errors.append(None)
        next_promise = call(promise_resolve_fn, c, [nxt])

        def rejected_steps(error: Any, this_index: int, already_called: list[bool]) -> Any:
            if already_called[0]:
                return None
            already_called[0] = True
            errors[this_index] = error
            remaining[0] -= 1
            if remaining[0] == 0:
                return call(cap.reject, None, [_aggregate_error(errors)])
            return None

        on_rejected = _element_function(_bind_fresh(rejected_steps, index))
        index += 1
        remaining[0] += 1
        invoke(next_promise, "then", [cap.resolve, on_rejected])


def perform_promise_race(rec: IteratorRecord, c: Any, cap: PromiseCapability, promise_resolve_fn: Any) -> Any:
    """PerformPromiseRace ( iteratorRecord, C, resultCapability, promiseResolve ) (sec-performpromiserace)."""
    while True:
        nxt = iterator_step_value(rec)
        if nxt is DONE:
            return cap.promise
        next_promise = call(promise_resolve_fn, c, [nxt])
        invoke(next_promise, "then", [cap.resolve, cap.reject])


# --- proposal-await-dictionary (NON-SPEC: Stage 2.7 at the time of writing) -----------------

def _create_keyed_result(keys: list[Any], values: list[Any]) -> JSObject:
    """CreateKeyedPromiseCombinatorResultObject ( keys, values ) (proposal-await-dictionary):
    a null-prototype object with the keys in order."""
    obj = JSObject(None)
    for k, v in zip(keys, values):
        create_data_property_or_throw(obj, k, v)
    return obj


def _keyed_combinator(this: Any, promises: Any, settled: bool) -> Any:
    """Promise.allKeyed / Promise.allSettledKeyed ( promises ) (proposal-await-dictionary,
    sec-promise.allkeyed, sec-promise.allsettledkeyed)."""
    c = this
    cap = new_promise_capability(c)
    try:
        promise_resolve_fn = get_promise_resolve(c)
    except JSThrow as e:
        return _if_abrupt_reject(cap, e)
    if not isinstance(promises, JSObject):
        call(cap.reject, None, [current_realm().new_error("TypeError", "Promise combinator argument is not an object")])
        return cap.promise
    try:
        _perform_keyed(promises, c, cap, promise_resolve_fn, settled)
    except JSThrow as e:
        return _if_abrupt_reject(cap, e)
    return cap.promise


def _perform_keyed(promises: JSObject, c: Any, cap: PromiseCapability, promise_resolve_fn: Any, settled: bool) -> None:
    """PerformPromiseAllKeyed / PerformPromiseAllSettledKeyed (proposal-await-dictionary)."""
    all_keys = promises.own_property_keys()
    keys: list[Any] = []
    values: list[Any] = []
    remaining = [1]
    index = 0
    for key in all_keys:
        desc = promises.get_own_property(key)
        if desc is None or desc.enumerable is not True:
            continue
        value = promises.get(key, promises)
        keys.append(key)
        values.append(None)
        next_promise = call(promise_resolve_fn, c, [value])
        already_called = [False]

        def element(x: Any, i: int = index, already_called: list[bool] = already_called,
                    status: str | None = None) -> Any:
            if already_called[0]:
                return None
            already_called[0] = True
            if status is None:
                values[i] = x
            else:
                obj = JSObject(current_realm().object_prototype)
                create_data_property_or_throw(obj, "status", status)
                create_data_property_or_throw(obj, "value" if status == "fulfilled" else "reason", x)
                values[i] = obj
            remaining[0] -= 1
            if remaining[0] == 0:
                return call(cap.resolve, None, [_create_keyed_result(keys, values)])
            return None

        if settled:
            on_fulfilled = _element_function(lambda x, e=element: e(x, status="fulfilled"))  # type: ignore[misc]
            on_rejected: Any = _element_function(lambda x, e=element: e(x, status="rejected"))  # type: ignore[misc]
        else:
            on_fulfilled = _element_function(element)
            on_rejected = cap.reject
        remaining[0] += 1
        invoke(next_promise, "then", [on_fulfilled, on_rejected])
        index += 1
    remaining[0] -= 1
    if remaining[0] == 0:
        call(cap.resolve, None, [_create_keyed_result(keys, values)])


@statics.method("allKeyed", 1)
def promise_all_keyed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.allKeyed ( promises ) (proposal-await-dictionary, sec-promise.allkeyed)."""
    return _keyed_combinator(this, _arg(args, 0), False)


@statics.method("allSettledKeyed", 1)
def promise_all_settled_keyed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.allSettledKeyed ( promises ) (proposal-await-dictionary, sec-promise.allsettledkeyed)."""
    return _keyed_combinator(this, _arg(args, 0), True)


# --- Promise.* ---------------------------------------------------------------------------------

@statics.method("all", 1)
def promise_all(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.all ( iterable ) (sec-promise.all)."""
    return _combinator(this, _arg(args, 0), perform_promise_all)


@statics.method("allSettled", 1)
def promise_all_settled(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.allSettled ( iterable ) (sec-promise.allsettled)."""
    return _combinator(this, _arg(args, 0), perform_promise_all_settled)


@statics.method("any", 1)
def promise_any(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.any ( iterable ) (sec-promise.any)."""
    return _combinator(this, _arg(args, 0), perform_promise_any)


@statics.method("race", 1)
def promise_race(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.race ( iterable ) (sec-promise.race)."""
    return _combinator(this, _arg(args, 0), perform_promise_race)


@statics.method("reject", 1)
def promise_reject(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.reject ( r ) (sec-promise.reject)."""
    cap = new_promise_capability(this)
    call(cap.reject, None, [_arg(args, 0)])
    return cap.promise


@statics.method("resolve", 1)
def promise_resolve_static(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.resolve ( x ) (sec-promise.resolve)."""
    if not isinstance(this, JSObject):
        throw_type_error("PromiseResolve called on non-object")
    return promise_resolve(realm, this, _arg(args, 0))


@statics.method("try", 1)
def promise_try(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.try ( callback, ...args ) (sec-promise.try)."""
    c = this
    # 2. If C is not an Object, throw a TypeError exception.
    if not isinstance(c, JSObject):
        throw_type_error("Promise.try called on non-object")
    # 3. Let status be Completion(Call(callback, undefined, args)).
    try:
        status = call(_arg(args, 0), None, list(args[1:]))
    except JSThrow as e:
        # 4. Abrupt: reject a new capability's promise.
        cap = new_promise_capability(c)
        call(cap.reject, None, [e.value])
        return cap.promise
    # 5. Return ? PromiseResolve(C, status).
    return promise_resolve(realm, c, status)


@statics.method("withResolvers", 0)
def promise_with_resolvers(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.withResolvers ( ) (sec-promise.withResolvers)."""
    cap = new_promise_capability(this)
    obj = JSObject(realm.object_prototype)
    create_data_property_or_throw(obj, "promise", cap.promise)
    create_data_property_or_throw(obj, "resolve", cap.resolve)
    create_data_property_or_throw(obj, "reject", cap.reject)
    return obj


def promise_get_species(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get Promise [ %Symbol.species% ] (sec-get-promise-%symbol.species%)."""
    return this


statics.getter(SYM_SPECIES)(promise_get_species)


# --- Promise.prototype -----------------------------------------------------------------------

@proto.method("catch", 1)
def promise_proto_catch(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.prototype.catch ( onRejected ) (sec-promise.prototype.catch)."""
    return invoke(this, "then", [None, _arg(args, 0)])


@proto.method("finally", 1)
def promise_proto_finally(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.prototype.finally ( onFinally ) (sec-promise.prototype.finally)."""
    promise = this
    # 2. If promise is not an Object, throw a TypeError exception.
    if not isinstance(promise, JSObject):
        throw_type_error(f"Method Promise.prototype.finally called on incompatible receiver {to_display(promise)}")
    # 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    ctor = species_constructor(promise, realm.intrinsics["%Promise%"])
    on_finally = _arg(args, 0)
    # 5. If IsCallable(onFinally) is false, pass it through.
    if not is_callable(on_finally):
        then_finally: Any = on_finally
        catch_finally: Any = on_finally
    else:
        def then_finally_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
            """thenFinallyClosure (sec-promise.prototype.finally step 6.a)."""
            value = _arg(args, 0)
            result = call(on_finally, None, [])
            p = promise_resolve(realm, ctor, result)

            def return_value(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
                return value
            value_thunk = BuiltinFunction(realm, return_value, "", 0)
            return invoke(p, "then", [value_thunk])

        def catch_finally_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
            """catchFinallyClosure (sec-promise.prototype.finally step 6.c)."""
            reason = _arg(args, 0)
            result = call(on_finally, None, [])
            p = promise_resolve(realm, ctor, result)

            def throw_reason(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
                raise JSThrow(reason)
            thrower = BuiltinFunction(realm, throw_reason, "", 0)
            return invoke(p, "then", [thrower])

        then_finally = BuiltinFunction(realm, then_finally_steps, "", 1)
        catch_finally = BuiltinFunction(realm, catch_finally_steps, "", 1)
    # 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
    return invoke(promise, "then", [then_finally, catch_finally])


@proto.method("then", 2)
def promise_proto_then(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.prototype.then ( onFulfilled, onRejected ) (sec-promise.prototype.then)."""
    promise = _this_promise(this, "then")
    # 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    c = species_constructor(promise, realm.intrinsics["%Promise%"])
    # 4. Let resultCapability be ? NewPromiseCapability(C).
    cap = new_promise_capability(c)
    # 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
    return perform_promise_then(promise, _arg(args, 0), _arg(args, 1), cap)


# --- setup ----------------------------------------------------------------------------------

def setup(realm: "Realm") -> None:
    # %Promise.prototype% (sec-properties-of-the-promise-prototype-object): an ordinary object.
    pp = JSObject(realm.object_prototype)
    realm.intrinsics["%Promise.prototype%"] = pp
    ctor = make_constructor(realm, promise_constructor, "Promise", 1, pp)
    realm.intrinsics["%Promise%"] = ctor
    proto.install(realm, pp)
    statics.install(realm, ctor)
    pp.define_builtin(SYM_TO_STRING_TAG, "Promise", C)
    realm.intrinsics["%Promise.prototype.then%"] = pp.props["then"].value
    realm.intrinsics["%Promise.resolve%"] = ctor.props["resolve"].value
    realm.define_global("Promise", ctor)


__all__ = [
    "setup", "JSPromise", "PromiseCapability", "PromiseReaction", "is_promise", "new_promise", "new_promise_capability",
    "promise_resolve", "perform_promise_then", "perform_promise_then_internal", "create_resolving_functions",
    "resolve_promise", "fulfill_promise", "reject_promise", "get_promise_resolve", "PENDING", "FULFILLED", "REJECTED",
]
