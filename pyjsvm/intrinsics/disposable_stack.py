"""DisposableStack objects (sec-disposablestack-objects): a stack of resources disposed together,
in reverse order, by ``dispose()`` (DisposeResources, sec-disposeresources)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_reference_error, throw_type_error
from pyjsvm.runtime.disposal import SYM_DISPOSE, SYNC_DISPOSE, DisposableResource, add_disposable_resource, dispose_resources
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject
from pyjsvm.runtime.operations import call, get_prototype_from_constructor, is_callable
from pyjsvm.runtime.values import SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

PENDING = "pending"
DISPOSED = "disposed"

proto = BuiltinTable()   # DisposableStack.prototype


class DisposableStackBase(JSObject):
    """What DisposableStack and AsyncDisposableStack instances share: the state
    ([[DisposableState]] / [[AsyncDisposableState]], pending or disposed) and
    [[DisposableResourceStack]]."""

    __slots__ = ("disposable_state", "disposable_resource_stack")
    class_label = "DisposableStack"

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self.disposable_state = PENDING
        self.disposable_resource_stack: list[DisposableResource] = []


class JSDisposableStack(DisposableStackBase):
    """A DisposableStack instance (sec-properties-of-disposablestack-instances)."""

    __slots__ = ()


def require_stack(this: Any, cls: type[DisposableStackBase], method: str) -> DisposableStackBase:
    """RequireInternalSlot(this, [[DisposableState]] / [[AsyncDisposableState]])."""
    if not isinstance(this, cls):
        throw_type_error(f"{cls.class_label}.prototype.{method} called on an object that is not a {cls.class_label}")
    return this


def require_pending_stack(this: Any, cls: type[DisposableStackBase], method: str) -> DisposableStackBase:
    """Steps 1-3 of most methods: RequireInternalSlot, then a ReferenceError when disposed."""
    stack = require_stack(this, cls, method)
    if stack.disposable_state == DISPOSED:
        throw_reference_error(f"{cls.class_label}.prototype.{method}: the {cls.class_label} is already disposed")
    return stack


def stack_adopt(realm: "Realm", this: Any, args: list[Any], cls: type[DisposableStackBase], kind: str) -> Any:
    """The steps of DisposableStack.prototype.adopt / AsyncDisposableStack.prototype.adopt."""
    stack = require_pending_stack(this, cls, "adopt")
    value, on_dispose = argument(args, 0), argument(args, 1)
    # 4. If IsCallable(onDispose) is false, throw a TypeError exception.
    if not is_callable(on_dispose):
        throw_type_error(f"{cls.class_label}.prototype.adopt: the dispose callback is not a function")

    # 5-6. A closure that calls onDispose(value), as a built-in function.
    def closure(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """The adopted resource's dispose method (sec-disposablestack.prototype.adopt, step 5)."""
        return call(on_dispose, None, [value])

    # 7. Perform ? AddDisposableResource(stack.[[DisposableResourceStack]], undefined, kind, F).
    add_disposable_resource(stack.disposable_resource_stack, None, kind, BuiltinFunction(realm, closure, "", 0))
    return value


def stack_defer(this: Any, args: list[Any], cls: type[DisposableStackBase], kind: str) -> Any:
    """The steps of DisposableStack.prototype.defer / AsyncDisposableStack.prototype.defer."""
    stack = require_pending_stack(this, cls, "defer")
    on_dispose = argument(args, 0)
    # 4. If IsCallable(onDispose) is false, throw a TypeError exception.
    if not is_callable(on_dispose):
        throw_type_error(f"{cls.class_label}.prototype.defer: the dispose callback is not a function")
    # 5. Perform ? AddDisposableResource(stack.[[DisposableResourceStack]], undefined, kind, onDispose).
    add_disposable_resource(stack.disposable_resource_stack, None, kind, on_dispose)
    return None


def stack_move(realm: "Realm", this: Any, cls: type[DisposableStackBase], prototype: str) -> Any:
    """The steps of DisposableStack.prototype.move / AsyncDisposableStack.prototype.move."""
    stack = require_pending_stack(this, cls, "move")
    # 4. Let newStack be ? OrdinaryCreateFromConstructor(%(Async)DisposableStack%, prototype).
    new_stack = cls(realm.intrinsics[prototype])
    # 5-8. The resources move to the new stack; this one is disposed.
    new_stack.disposable_resource_stack = stack.disposable_resource_stack
    stack.disposable_resource_stack = []
    stack.disposable_state = DISPOSED
    return new_stack


def stack_use(this: Any, args: list[Any], cls: type[DisposableStackBase], kind: str) -> Any:
    """The steps of DisposableStack.prototype.use / AsyncDisposableStack.prototype.use."""
    stack = require_pending_stack(this, cls, "use")
    value = argument(args, 0)
    # 4. Perform ? AddDisposableResource(stack.[[DisposableResourceStack]], value, kind).
    add_disposable_resource(stack.disposable_resource_stack, value, kind)
    return value


def take_resources(stack: DisposableStackBase) -> list[DisposableResource] | None:
    """The steps of dispose / disposeAsync before DisposeResources: None when already disposed,
    else the resources, the stack now disposed."""
    if stack.disposable_state == DISPOSED:
        return None
    stack.disposable_state = DISPOSED
    resources, stack.disposable_resource_stack = stack.disposable_resource_stack, []
    return resources


def disposable_stack_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """DisposableStack ( ) (sec-disposablestack)."""
    # 1. If NewTarget is undefined, throw a TypeError exception.
    if new_target is None:
        throw_type_error("Constructor DisposableStack requires 'new'")
    # 2-4. OrdinaryCreateFromConstructor; [[DisposableState]] pending, an empty resource stack.
    return JSDisposableStack(get_prototype_from_constructor(new_target, "%DisposableStack.prototype%"))


@proto.method("adopt", 2)
def disposable_stack_adopt(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """DisposableStack.prototype.adopt ( value, onDispose ) (sec-disposablestack.prototype.adopt)."""
    return stack_adopt(realm, this, args, JSDisposableStack, SYNC_DISPOSE)


@proto.method("defer", 1)
def disposable_stack_defer(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """DisposableStack.prototype.defer ( onDispose ) (sec-disposablestack.prototype.defer)."""
    return stack_defer(this, args, JSDisposableStack, SYNC_DISPOSE)


def disposable_stack_dispose(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """DisposableStack.prototype.dispose ( ) (sec-disposablestack.prototype.dispose); also
    DisposableStack.prototype [ %Symbol.dispose% ] (sec-disposablestack.prototype-%symbol.dispose%)."""
    # 1-2. RequireInternalSlot(disposableStack, [[DisposableState]]).
    stack = require_stack(this, JSDisposableStack, "dispose")
    # 3-4. If disposed, return undefined; set [[DisposableState]] to disposed.
    resources = take_resources(stack)
    if resources is None:
        return None
    # 5. Return ? DisposeResources(disposableStack.[[DisposableResourceStack]], NormalCompletion(undefined)).
    error = dispose_resources(resources, None)
    if error is not None:
        raise error
    return None


@proto.getter("disposed")
def disposable_stack_disposed(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """get DisposableStack.prototype.disposed (sec-get-disposablestack.prototype.disposed)."""
    return require_stack(this, JSDisposableStack, "disposed").disposable_state == DISPOSED


@proto.method("move", 0)
def disposable_stack_move(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """DisposableStack.prototype.move ( ) (sec-disposablestack.prototype.move)."""
    return stack_move(realm, this, JSDisposableStack, "%DisposableStack.prototype%")


@proto.method("use", 1)
def disposable_stack_use(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """DisposableStack.prototype.use ( value ) (sec-disposablestack.prototype.use)."""
    return stack_use(this, args, JSDisposableStack, SYNC_DISPOSE)


def setup(realm: "Realm") -> None:
    """%DisposableStack% (sec-properties-of-the-disposablestack-constructor) and
    %DisposableStack.prototype% (sec-properties-of-the-disposablestack-prototype-object)."""
    dp = JSObject(realm.object_prototype)
    realm.intrinsics["%DisposableStack.prototype%"] = dp
    ctor = make_constructor(realm, disposable_stack_constructor, "DisposableStack", 0, dp)
    realm.intrinsics["%DisposableStack%"] = ctor
    proto.install(realm, dp)
    # DisposableStack.prototype.dispose and [ %Symbol.dispose% ] are the same function object.
    dispose = BuiltinFunction(realm, disposable_stack_dispose, "dispose", 0)
    dp.define_builtin("dispose", dispose)
    dp.define_builtin(SYM_DISPOSE, dispose)
    dp.define_builtin(SYM_TO_STRING_TAG, "DisposableStack", C)
    realm.define_global("DisposableStack", ctor)
