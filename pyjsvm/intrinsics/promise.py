"""The Promise constructor and Promise.prototype (sec-promise-objects), with the combinators'
abstract operations (PerformPromiseAll and friends). The promise records and the operations the
engine uses (NewPromiseCapability, PromiseResolve, PerformPromiseThen, the jobs) are
``pyjsvm.runtime.promise``."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.agent import JSThrow, current_realm, throw_type_error
from pyjsvm.runtime.iteration import DONE, IteratorRecord, get_iterator, iterator_close, iterator_step_value
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject, PropertyDescriptor, default_species
from pyjsvm.runtime.operations import (
    call, create_array_from_list, create_data_property_or_throw, define_property_or_throw,
    get_prototype_from_constructor, invoke, is_callable, species_constructor, to_display,
)
from pyjsvm.runtime.promise import (
    JSPromise, PromiseCapability, create_resolving_functions, new_promise_capability, perform_promise_then,
    promise_resolve,
)
from pyjsvm.runtime.values import SYM_SPECIES, SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()    # Promise.prototype
statics = BuiltinTable()  # Promise.*


# --- jobs -------------------------------------------------------------------------------------

# --- capabilities --------------------------------------------------------------------------

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
    executor = argument(args, 0)
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
    return _keyed_combinator(this, argument(args, 0), False)


@statics.method("allSettledKeyed", 1)
def promise_all_settled_keyed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.allSettledKeyed ( promises ) (proposal-await-dictionary, sec-promise.allsettledkeyed)."""
    return _keyed_combinator(this, argument(args, 0), True)


# --- Promise.* ---------------------------------------------------------------------------------

@statics.method("all", 1)
def promise_all(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.all ( iterable ) (sec-promise.all)."""
    return _combinator(this, argument(args, 0), perform_promise_all)


@statics.method("allSettled", 1)
def promise_all_settled(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.allSettled ( iterable ) (sec-promise.allsettled)."""
    return _combinator(this, argument(args, 0), perform_promise_all_settled)


@statics.method("any", 1)
def promise_any(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.any ( iterable ) (sec-promise.any)."""
    return _combinator(this, argument(args, 0), perform_promise_any)


@statics.method("race", 1)
def promise_race(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.race ( iterable ) (sec-promise.race)."""
    return _combinator(this, argument(args, 0), perform_promise_race)


@statics.method("reject", 1)
def promise_reject(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.reject ( r ) (sec-promise.reject)."""
    cap = new_promise_capability(this)
    call(cap.reject, None, [argument(args, 0)])
    return cap.promise


@statics.method("resolve", 1)
def promise_resolve_static(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.resolve ( x ) (sec-promise.resolve)."""
    if not isinstance(this, JSObject):
        throw_type_error("PromiseResolve called on non-object")
    return promise_resolve(realm, this, argument(args, 0))


@statics.method("try", 1)
def promise_try(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.try ( callback, ...args ) (sec-promise.try)."""
    c = this
    # 2. If C is not an Object, throw a TypeError exception.
    if not isinstance(c, JSObject):
        throw_type_error("Promise.try called on non-object")
    # 3. Let status be Completion(Call(callback, undefined, args)).
    try:
        status = call(argument(args, 0), None, list(args[1:]))
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
    return invoke(this, "then", [None, argument(args, 0)])


@proto.method("finally", 1)
def promise_proto_finally(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Promise.prototype.finally ( onFinally ) (sec-promise.prototype.finally)."""
    promise = this
    # 2. If promise is not an Object, throw a TypeError exception.
    if not isinstance(promise, JSObject):
        throw_type_error(f"Method Promise.prototype.finally called on incompatible receiver {to_display(promise)}")
    # 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    ctor = species_constructor(promise, realm.intrinsics["%Promise%"])
    on_finally = argument(args, 0)
    # 5. If IsCallable(onFinally) is false, pass it through.
    if not is_callable(on_finally):
        then_finally: Any = on_finally
        catch_finally: Any = on_finally
    else:
        def then_finally_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
            """thenFinallyClosure (sec-promise.prototype.finally step 6.a)."""
            value = argument(args, 0)
            result = call(on_finally, None, [])
            p = promise_resolve(realm, ctor, result)

            def return_value(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
                return value
            value_thunk = BuiltinFunction(realm, return_value, "", 0)
            return invoke(p, "then", [value_thunk])

        def catch_finally_steps(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
            """catchFinallyClosure (sec-promise.prototype.finally step 6.c)."""
            reason = argument(args, 0)
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
    c = realm.intrinsics["%Promise%"]
    # (NON-SPEC: no step of it observable while they are the built-ins: %Promise% at once)
    if not default_species(promise, realm.intrinsics["%Promise.prototype%"], c, promise_get_species):
        c = species_constructor(promise, c)
    # 4. Let resultCapability be ? NewPromiseCapability(C).
    cap = new_promise_capability(c)
    # 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
    return perform_promise_then(promise, argument(args, 0), argument(args, 1), cap)


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


__all__ = ["setup", "get_promise_resolve"]
