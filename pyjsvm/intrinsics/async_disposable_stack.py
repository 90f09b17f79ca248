"""AsyncDisposableStack objects (sec-asyncdisposablestack-objects): a stack of resources disposed
together, in reverse order and awaiting each, by ``disposeAsync()`` (DisposeResources,
sec-disposeresources). ``disposeAsync`` is an async built-in: its body is a Python generator
run by AsyncFunctionStart (``runtime/generator_objects.py``)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generator

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.disposal import ASYNC_DISPOSE, SYM_ASYNC_DISPOSE, dispose_resources_steps
from pyjsvm.runtime.generator_objects import async_function_start
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject
from pyjsvm.runtime.operations import get_prototype_from_constructor
from pyjsvm.runtime.values import SYM_TO_STRING_TAG
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.intrinsics.disposable_stack import (
    DISPOSED, DisposableStackBase, require_stack, stack_adopt, stack_defer, stack_move, stack_use, take_resources,
)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()   # AsyncDisposableStack.prototype


class JSAsyncDisposableStack(DisposableStackBase):
    """An AsyncDisposableStack instance (sec-properties-of-asyncdisposablestack-instances): its
    ``disposable_state`` is [[AsyncDisposableState]]."""

    __slots__ = ()
    class_label = "AsyncDisposableStack"


def async_disposable_stack_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AsyncDisposableStack ( ) (sec-asyncdisposablestack)."""
    # 1. If NewTarget is undefined, throw a TypeError exception.
    if new_target is None:
        throw_type_error("Constructor AsyncDisposableStack requires 'new'")
    # 2-4. OrdinaryCreateFromConstructor; [[AsyncDisposableState]] pending, an empty resource stack.
    return JSAsyncDisposableStack(get_prototype_from_constructor(new_target, "%AsyncDisposableStack.prototype%"))


@proto.method("adopt", 2)
def async_disposable_stack_adopt(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AsyncDisposableStack.prototype.adopt ( value, onDisposeAsync ) (sec-asyncdisposablestack.prototype.adopt)."""
    return stack_adopt(realm, this, args, JSAsyncDisposableStack, ASYNC_DISPOSE)


@proto.method("defer", 1)
def async_disposable_stack_defer(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AsyncDisposableStack.prototype.defer ( onDisposeAsync ) (sec-asyncdisposablestack.prototype.defer)."""
    return stack_defer(this, args, JSAsyncDisposableStack, ASYNC_DISPOSE)


def async_disposable_stack_dispose_async(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AsyncDisposableStack.prototype.disposeAsync ( ) (sec-asyncdisposablestack.prototype.disposeAsync);
    also AsyncDisposableStack.prototype [ %Symbol.asyncDispose% ]
    (sec-asyncdisposablestack.prototype-%symbol.asyncdispose%)."""

    def body() -> Generator[Any, Any, Any]:
        # 1-2. RequireInternalSlot(asyncDisposableStack, [[AsyncDisposableState]]).
        stack = require_stack(this, JSAsyncDisposableStack, "disposeAsync")
        # 3-4. If disposed, return undefined; set [[AsyncDisposableState]] to disposed.
        resources = take_resources(stack)
        if resources is None:
            return None
        # 5. Return ? DisposeResources(asyncDisposableStack.[[DisposableResourceStack]], NormalCompletion(undefined)).
        error = yield from dispose_resources_steps(resources, None)
        if error is not None:
            raise error
        return None

    return async_function_start(realm, body())


@proto.getter("disposed")
def async_disposable_stack_disposed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get AsyncDisposableStack.prototype.disposed (sec-get-asyncdisposablestack.prototype.disposed)."""
    return require_stack(this, JSAsyncDisposableStack, "disposed").disposable_state == DISPOSED


@proto.method("move", 0)
def async_disposable_stack_move(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AsyncDisposableStack.prototype.move ( ) (sec-asyncdisposablestack.prototype.move)."""
    return stack_move(realm, this, JSAsyncDisposableStack, "%AsyncDisposableStack.prototype%")


@proto.method("use", 1)
def async_disposable_stack_use(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AsyncDisposableStack.prototype.use ( value ) (sec-asyncdisposablestack.prototype.use)."""
    return stack_use(this, args, JSAsyncDisposableStack, ASYNC_DISPOSE)


def setup(realm: "Realm") -> None:
    """%AsyncDisposableStack% (sec-properties-of-the-asyncdisposablestack-constructor) and
    %AsyncDisposableStack.prototype% (sec-properties-of-the-asyncdisposablestack-prototype-object)."""
    ap = JSObject(realm.object_prototype)
    realm.intrinsics["%AsyncDisposableStack.prototype%"] = ap
    ctor = make_constructor(realm, async_disposable_stack_constructor, "AsyncDisposableStack", 0, ap)
    realm.intrinsics["%AsyncDisposableStack%"] = ctor
    proto.install(realm, ap)
    # disposeAsync and [ %Symbol.asyncDispose% ] are the same function object.
    dispose_async = BuiltinFunction(realm, async_disposable_stack_dispose_async, "disposeAsync", 0)
    ap.define_builtin("disposeAsync", dispose_async)
    ap.define_builtin(SYM_ASYNC_DISPOSE, dispose_async)
    ap.define_builtin(SYM_TO_STRING_TAG, "AsyncDisposableStack", C)
    realm.define_global("AsyncDisposableStack", ctor)
