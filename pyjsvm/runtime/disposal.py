"""Operations on disposable objects (sec-operations-on-disposable-objects): the DisposableResource
Record, AddDisposableResource, CreateDisposableResource, GetDisposeMethod and DisposeResources, used
by ``using`` / ``await using`` declarations (the compiler) and by DisposableStack and
AsyncDisposableStack (the intrinsics).

A completion is represented the Python way: a throw completion is the ``JSThrow`` being
propagated, any other completion (normal, break, continue, return) is ``None`` here and stays
with the caller. DisposeResources is written once, as a Python generator that yields
``(Y_AWAIT, value)`` at each Await (the protocol of suspendable code,
``runtime/generator_objects.py``); sync disposal never awaits and runs it to its end at once.
"""
from __future__ import annotations

from typing import Any, Generator

from pyjsvm.runtime.agent import JSThrow, current_realm, throw_type_error
from pyjsvm.runtime.generator_objects import Y_AWAIT
from pyjsvm.runtime.objects import BuiltinFunction
from pyjsvm.runtime.operations import call, construct, get_method
from pyjsvm.runtime.promise import new_promise_capability
from pyjsvm.runtime.values import NULL, WELL_KNOWN_SYMBOLS, JSObjectBase

SYNC_DISPOSE = "sync-dispose"
ASYNC_DISPOSE = "async-dispose"

SYM_DISPOSE = WELL_KNOWN_SYMBOLS["dispose"]
SYM_ASYNC_DISPOSE = WELL_KNOWN_SYMBOLS["asyncDispose"]


class DisposableResource:
    """A DisposableResource Record (sec-disposableresource-records)."""

    __slots__ = ("resource_value", "kind", "dispose_method")

    def __init__(self, resource_value: Any, kind: str, dispose_method: Any) -> None:
        self.resource_value = resource_value
        self.kind = kind
        self.dispose_method = dispose_method


def add_disposable_resource(stack: list[DisposableResource], value: Any, kind: str, method: Any = None) -> None:
    """AddDisposableResource ( disposableResourceStack, value, kind [ , method ] ) (sec-adddisposableresource).
    ``method`` None means not present."""
    # 1. If method is present, then
    if method is not None:
        # a. Assert: value is undefined. b. Let resource be ? CreateDisposableResource(undefined, kind, method).
        resource = create_disposable_resource(None, kind, method)
    else:
        # 2.a. If value is either null or undefined and kind is sync-dispose, return unused.
        if (value is None or value is NULL) and kind == SYNC_DISPOSE:
            return
        # 2.c. Let resource be ? CreateDisposableResource(value, kind).
        resource = create_disposable_resource(value, kind)
    # 3. Append resource to disposableResourceStack.
    stack.append(resource)


def create_disposable_resource(value: Any, kind: str, method: Any = None) -> DisposableResource:
    """CreateDisposableResource ( value, kind [ , method ] ) (sec-createdisposableresource)."""
    # 1. If method is not present, then
    if method is None:
        if value is None or value is NULL:
            value = None
        else:
            method = get_dispose_method(value, kind)
            if method is None:
                throw_type_error("The value of a 'using' declaration must have a [Symbol.dispose] method"
                                 if kind == SYNC_DISPOSE else
                                 "The value of an 'await using' declaration must have a [Symbol.asyncDispose] "
                                 "or [Symbol.dispose] method")
    # 2. Return the DisposableResource Record.
    return DisposableResource(value, kind, method)


def get_dispose_method(value: Any, kind: str) -> Any:
    """GetDisposeMethod ( value, kind ) (sec-getdisposemethod): a function, or None (undefined)."""
    # 1. If value is not an Object, throw a TypeError exception.
    if not isinstance(value, JSObjectBase):
        throw_type_error("The value of a 'using' declaration must be an object, null or undefined")
    # 2. If kind is sync-dispose, return ? GetMethod(value, %Symbol.dispose%).
    if kind == SYNC_DISPOSE:
        return get_method(value, SYM_DISPOSE)
    # 4-5. Let asyncMethod be ? GetMethod(value, %Symbol.asyncDispose%); if not undefined, return it.
    async_method = get_method(value, SYM_ASYNC_DISPOSE)
    if async_method is not None:
        return async_method
    # 6-7. Let syncMethod be ? GetMethod(value, %Symbol.dispose%); if undefined, return undefined.
    sync_method = get_method(value, SYM_DISPOSE)
    if sync_method is None:
        return None

    # 8. The closure turns the sync method's result or throw into a promise (not awaited itself).
    def closure(realm: Any, this: Any, args: list[Any], new_target: Any) -> Any:
        """The async wrapper of a sync dispose method (sec-getdisposemethod, step 8)."""
        cap = new_promise_capability(realm.intrinsics["%Promise%"])
        try:
            call(sync_method, this, [])
        except JSThrow as e:
            call(cap.reject, None, [e.value])
            return cap.promise
        call(cap.resolve, None, [None])
        return cap.promise

    # 10. Return CreateBuiltinFunction(closure, 0, "", « »).
    return BuiltinFunction(current_realm(), closure, "", 0)


def _suppressed_error(error: Any, suppressed: Any) -> JSThrow:
    """A newly created SuppressedError with its "error" and "suppressed" properties
    (sec-disposeresources, step 4.e.iii.1), as a throw completion."""
    ctor = current_realm().intrinsics["%SuppressedError%"]
    # NON-SPEC: made by %SuppressedError% itself (no message): the same object, and no user code runs.
    return JSThrow(construct(ctor, [error, suppressed]))


def dispose_resources_steps(stack: list[DisposableResource],
                            completion: JSThrow | None) -> Generator[Any, Any, JSThrow | None]:
    """DisposeResources ( disposableResourceStack, completion ) (sec-disposeresources), as a
    suspendable body: ``completion`` is the throw completion being propagated or None (any other
    completion); returns the resulting throw completion, or None when the incoming completion
    stands. Yields ``(Y_AWAIT, v)`` for each Await."""
    # 1-3.
    needs_await = False
    has_awaited = False
    output = completion
    # 4. For each element resource of disposableResourceStack, in reverse List order, do
    for resource in reversed(stack):
        value, kind, method = resource.resource_value, resource.kind, resource.dispose_method
        # d. If kind is sync-dispose, needsAwait is true, and hasAwaited is false, then
        if kind == SYNC_DISPOSE and needs_await and not has_awaited:
            yield (Y_AWAIT, None)
            needs_await = False
        # e. If method is not undefined, then
        if method is not None:
            error: JSThrow | None = None
            try:
                # i. Let result be Completion(Call(method, value)).
                result = call(method, value, [])
                # ii. If result is a normal completion and kind is async-dispose, then
                if kind == ASYNC_DISPOSE:
                    has_awaited = True
                    yield (Y_AWAIT, result)
            except JSThrow as e:
                error = e
            # iii. If result is a throw completion, then
            if error is not None:
                if output is not None:
                    output = _suppressed_error(error.value, output.value)
                else:
                    output = error
        else:
            # f. Assert: kind is async-dispose (an `await using` of null or undefined).
            needs_await = True
    # 5. If needsAwait is true and hasAwaited is false, then Perform ! Await(undefined).
    if needs_await and not has_awaited:
        yield (Y_AWAIT, None)
    # 7. Return ? outputCompletion.
    return output


def dispose_resources(stack: list[DisposableResource], completion: JSThrow | None) -> JSThrow | None:
    """DisposeResources (sec-disposeresources) of a stack of sync-dispose resources only: it
    never awaits, so it runs to its end at once."""
    steps = dispose_resources_steps(stack, completion)
    try:
        step = next(steps)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    steps.close()
    raise AssertionError(f"sync DisposeResources awaited: {step!r}")
