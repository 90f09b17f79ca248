"""Wrapped function exotic objects (sec-wrapped-function-exotic-objects, of the ShadowRealm
proposal): the callable boundary between a ShadowRealm and the realm that made it.

Only primitives and callables cross it: a callable is wrapped in a new function of the receiving
realm (WrappedFunctionCreate) that wraps its arguments into the target's realm and its result back;
any other object, and any exception, becomes a TypeError of the receiving realm. Objects of one
side are therefore never seen by the other.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import JSThrow, current_realm, get_agent, throw_type_error
from pyjsvm.runtime.objects import JSFunctionBase, JSObject, Prop
from pyjsvm.runtime.operations import copy_name_and_length, get_function_realm, safe_describe

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["WrappedFunction", "wrapped_function_create", "get_wrapped_value", "create_type_error_copy"]


class WrappedFunction(JSFunctionBase):
    """A wrapped function exotic object: ``wrapped_target_function`` is [[WrappedTargetFunction]]
    and ``realm`` [[Realm]], the realm it was made for (the caller's). It has no [[Construct]]."""

    __slots__ = ("wrapped_target_function",)
    class_name = "Function"

    def __init__(self, caller_realm: "Realm", target: JSObject) -> None:
        JSObject.__init__(self, caller_realm.function_prototype)
        self.realm = caller_realm
        self.wrapped_target_function = target

    def call(self, this: Any, args: list[Any]) -> Any:
        """[[Call]] ( thisArgument, argumentsList ) (sec-wrapped-function-exotic-objects-call-thisargument-argumentslist)."""
        # 1-3. PrepareForWrappedFunctionCall(F): the callee context's Realm is F.[[Realm]].
        agent = get_agent()
        caller_context_realm = agent.realm
        agent.realm = self.realm
        try:
            # 4. Let result be Completion(OrdinaryWrappedFunctionCall(F, thisArgument, argumentsList)).
            return ordinary_wrapped_function_call(self, this, args)
        finally:
            # 5. Remove calleeContext from the execution context stack.
            agent.realm = caller_context_realm


def ordinary_wrapped_function_call(f: WrappedFunction, this_argument: Any, arguments_list: list[Any]) -> Any:
    """OrdinaryWrappedFunctionCall ( F, thisArgument, argumentsList ) (sec-ordinary-wrapped-function-call)."""
    # 1-2. Let target be F.[[WrappedTargetFunction]].
    target = f.wrapped_target_function
    # 3. Let callerRealm be F.[[Realm]].
    caller_realm = f.realm
    # 5. Let targetRealm be ? GetFunctionRealm(target) (a revoked proxy: a TypeError of callerRealm).
    target_realm = get_function_realm(target)
    # 6-7. The arguments, then thisArgument, wrapped for targetRealm.
    wrapped_args = [get_wrapped_value(target_realm, arg) for arg in arguments_list]
    wrapped_this_argument = get_wrapped_value(target_realm, this_argument)
    # 8. Let result be Completion(Call(target, wrappedThisArgument, wrappedArgs)).
    try:
        result = target.call(wrapped_this_argument, wrapped_args)
    except JSThrow as e:
        thrown = e.value
    else:
        # 9. If result is a normal completion, return ? GetWrappedValue(callerRealm, result.[[Value]]).
        return get_wrapped_value(caller_realm, result)
    # 10. Else, throw CreateTypeErrorCopy(callerRealm, result.[[Value]]).
    # NON-SPEC: raised after the except clause, so that the new exception does not hold the
    # one caught as its context (with its traceback, every frame it unwound): a recursion
    # across the boundary kept all of its levels' frames alive while it unwound, and the
    # collector traversed them again and again (10,000 crossings: 36 s)
    raise JSThrow(create_type_error_copy(caller_realm, thrown))


def create_type_error_copy(realm_record: "Realm", original_error: Any) -> JSObject:
    """CreateTypeErrorCopy ( realmRecord, originalError ) (sec-create-type-error-copy): a new
    TypeError of ``realm_record``; its message describes the original without running JS code
    (data properties only, as the note allows)."""
    # NON-SPEC: a copy of a copy (a recursion across the boundary, each return a crossing)
    # describes the first error, not the copy: each message held the whole message before it,
    # and 10,000 crossings copied 5 GB of text (45 s before the RangeError came through)
    cause = _COPIED_FROM.get(original_error) if isinstance(original_error, JSObject) else None
    if cause is not None:
        stored = original_error.props.get("message")
        if not (type(stored) is Prop and stored.value == _BOUNDARY + cause):
            cause = None  # (its message was changed since: described as it is)
    if cause is None:
        cause = safe_describe(original_error)
    error = realm_record.new_error("TypeError", _BOUNDARY + cause)
    _COPIED_FROM[error] = cause
    return error


_BOUNDARY = "Error crossing the ShadowRealm boundary: "
# NON-SPEC: the TypeErrors CreateTypeErrorCopy made, each with the description of the error
# that first crossed (what its message says after _BOUNDARY)
_COPIED_FROM: "weakref.WeakKeyDictionary[JSObject, str]" = weakref.WeakKeyDictionary()


def wrapped_function_create(caller_realm: "Realm", target: JSObject) -> WrappedFunction:
    """WrappedFunctionCreate ( callerRealm, Target ) (sec-wrappedfunctioncreate)."""
    # 1-6. A basic object with [[Prototype]] callerRealm's %Function.prototype%, [[Call]],
    # [[WrappedTargetFunction]] Target and [[Realm]] callerRealm.
    wrapped = WrappedFunction(caller_realm, target)
    # 7. Let result be Completion(CopyNameAndLength(wrapped, Target)).
    try:
        copy_name_and_length(wrapped, target)
    except JSThrow as e:
        # 8. If result is an abrupt completion, throw a TypeError exception (of the running realm).
        raise JSThrow(create_type_error_copy(current_realm(), e.value)) from None
    return wrapped


def get_wrapped_value(caller_realm: "Realm", value: Any) -> Any:
    """GetWrappedValue ( callerRealm, value ) (sec-getwrappedvalue)."""
    # 1. If value is an Object, then
    if isinstance(value, JSObject):
        # a. If IsCallable(value) is false, throw a TypeError exception (of the running realm:
        # the caller's, or F.[[Realm]] when a wrapped function wraps its arguments).
        if not value.is_callable:
            throw_type_error("ShadowRealm: only primitives and callable objects can cross the boundary, not "
                             + ("an array" if value.class_name == "Array" else "an object"))
        # b. Return ? WrappedFunctionCreate(callerRealm, value).
        return wrapped_function_create(caller_realm, value)
    # 2. Return value.
    return value
