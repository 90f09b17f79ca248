"""GeneratorFunction, AsyncGeneratorFunction and AsyncFunction constructors and prototypes,
%GeneratorPrototype% (sec-properties-of-generator-prototype), %AsyncGeneratorPrototype%
(sec-properties-of-asyncgenerator-prototype), %AsyncIteratorPrototype%
(sec-asynciteratorprototype; [%Symbol.asyncDispose%] too) and %AsyncFromSyncIteratorPrototype%
(sec-%asyncfromsynciteratorprototype%-object)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.generator_objects import (
    NORMAL, RETURN, THROW, async_generator_request, generator_resume, generator_step,
)
from pyjsvm.runtime.iteration import (
    IteratorRecord, create_iter_result_object, iterator_close, iterator_complete, iterator_value, register_fast_next,
)
from pyjsvm.runtime.objects import C, BuiltinFunction, JSObject, Prop
from pyjsvm.runtime.operations import call, get_method
from pyjsvm.runtime.values import SYM_ASYNC_ITERATOR, SYM_TO_STRING_TAG, WELL_KNOWN_SYMBOLS, argument
from pyjsvm.intrinsics.table import BuiltinTable
from pyjsvm.compiler.engine import create_dynamic_function
from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.promise import new_promise_capability, perform_promise_then, promise_resolve

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

generator_proto = BuiltinTable()
async_generator_proto = BuiltinTable()
async_from_sync_proto = BuiltinTable()
async_iterator_proto = BuiltinTable()



# --- %GeneratorPrototype% ------------------------------------------------------------------------

@generator_proto.method("next", 1)
def generator_next(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Generator.prototype.next (sec-generator.prototype.next)."""
    return generator_resume(this, NORMAL, argument(args, 0))


register_fast_next(generator_next, generator_step)


@generator_proto.method("return", 1)
def generator_return(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Generator.prototype.return (sec-generator.prototype.return)."""
    return generator_resume(this, RETURN, argument(args, 0))


@generator_proto.method("throw", 1)
def generator_throw(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Generator.prototype.throw (sec-generator.prototype.throw)."""
    return generator_resume(this, THROW, argument(args, 0))


# --- %AsyncGeneratorPrototype% -------------------------------------------------------------------

@async_generator_proto.method("next", 1)
def async_generator_next(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AsyncGenerator.prototype.next (sec-asyncgenerator-prototype-next)."""
    return async_generator_request(realm, this, NORMAL, argument(args, 0))


@async_generator_proto.method("return", 1)
def async_generator_return(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AsyncGenerator.prototype.return (sec-asyncgenerator-prototype-return)."""
    return async_generator_request(realm, this, RETURN, argument(args, 0))


@async_generator_proto.method("throw", 1)
def async_generator_throw(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AsyncGenerator.prototype.throw (sec-asyncgenerator-prototype-throw)."""
    return async_generator_request(realm, this, THROW, argument(args, 0))


# --- %AsyncFromSyncIteratorPrototype% ------------------------------------------------------------

class JSAsyncFromSyncIterator(JSObject):
    """An Async-from-Sync Iterator object (sec-properties-of-async-from-sync-iterator-instances)."""

    __slots__ = ("sync_record",)

    def __init__(self, proto: JSObject | None, sync_record: IteratorRecord) -> None:
        JSObject.__init__(self, proto)
        self.sync_record = sync_record


def create_async_from_sync_iterator(realm: "Realm", sync_record: IteratorRecord) -> IteratorRecord:
    """CreateAsyncFromSyncIterator (sec-createasyncfromsynciterator)."""
    obj = JSAsyncFromSyncIterator(realm.intrinsics["%AsyncFromSyncIteratorPrototype%"], sync_record)
    next_method = obj.get("next", obj)
    return IteratorRecord(obj, next_method)


def _new_capability(realm: "Realm") -> Any:
    return new_promise_capability(realm.intrinsics["%Promise%"])


def _reject(cap: Any, value: Any) -> Any:
    cap.reject.call(None, [value])
    return cap.promise


def async_from_sync_iterator_continuation(realm: "Realm", result: Any, cap: Any, sync_record: IteratorRecord,
                                          close_on_rejection: bool) -> Any:
    """AsyncFromSyncIteratorContinuation (sec-asyncfromsynciteratorcontinuation)."""
    try:
        done = iterator_complete(result)
        value = iterator_value(result)
    except JSThrow as e:
        return _reject(cap, e.value)
    try:
        value_wrapper = promise_resolve(realm, None, value)
    except JSThrow as e:
        if not done and close_on_rejection:
            try:
                iterator_close(sync_record, e)
            except JSThrow as e2:
                return _reject(cap, e2.value)
        return _reject(cap, e.value)

    def unwrap(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return create_iter_result_object(argument(args, 0), done)
    on_fulfilled = BuiltinFunction(realm, unwrap, "", 1)
    on_rejected: Any = None
    if not done and close_on_rejection:
        def close_iterator(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
            iterator_close(sync_record, JSThrow(argument(args, 0)))
            return None
        on_rejected = BuiltinFunction(realm, close_iterator, "", 1)
    perform_promise_then(value_wrapper, on_fulfilled, on_rejected, cap)
    return cap.promise


def _sync_record(this: Any) -> IteratorRecord:
    assert isinstance(this, JSAsyncFromSyncIterator)
    return this.sync_record


@async_from_sync_proto.method("next", 1)
def async_from_sync_next(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%AsyncFromSyncIteratorPrototype%.next (sec-%asyncfromsynciteratorprototype%.next)."""
    cap = _new_capability(realm)
    rec = _sync_record(this)
    try:
        result = call(rec.next_method, rec.iterator, [args[0]] if args else [])
        if not isinstance(result, JSObject):
            throw_type_error("Iterator result is not an object")
    except JSThrow as e:
        return _reject(cap, e.value)
    return async_from_sync_iterator_continuation(realm, result, cap, rec, True)


@async_from_sync_proto.method("return", 1)
def async_from_sync_return(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%AsyncFromSyncIteratorPrototype%.return (sec-%asyncfromsynciteratorprototype%.return)."""
    cap = _new_capability(realm)
    rec = _sync_record(this)
    iterator = rec.iterator
    try:
        ret = get_method(iterator, "return")
    except JSThrow as e:
        return _reject(cap, e.value)
    if ret is None:
        cap.resolve.call(None, [create_iter_result_object(argument(args, 0), True)])
        return cap.promise
    try:
        result = call(ret, iterator, [args[0]] if args else [])
    except JSThrow as e:
        return _reject(cap, e.value)
    if not isinstance(result, JSObject):
        return _reject(cap, realm.new_error("TypeError", "iterator.return() did not return an object"))
    return async_from_sync_iterator_continuation(realm, result, cap, rec, False)


@async_from_sync_proto.method("throw", 1)
def async_from_sync_throw(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """%AsyncFromSyncIteratorPrototype%.throw (sec-%asyncfromsynciteratorprototype%.throw)."""
    cap = _new_capability(realm)
    rec = _sync_record(this)
    iterator = rec.iterator
    try:
        throw = get_method(iterator, "throw")
    except JSThrow as e:
        return _reject(cap, e.value)
    if throw is None:
        # the iterator gets a chance to clean up, then the protocol violation is reported
        try:
            iterator_close(rec, None)
        except JSThrow as e:
            return _reject(cap, e.value)
        return _reject(cap, realm.new_error("TypeError", "The iterator does not provide a 'throw' method"))
    try:
        result = call(throw, iterator, [args[0]] if args else [])
    except JSThrow as e:
        return _reject(cap, e.value)
    if not isinstance(result, JSObject):
        return _reject(cap, realm.new_error("TypeError", "iterator.throw() did not return an object"))
    return async_from_sync_iterator_continuation(realm, result, cap, rec, True)


# --- constructors --------------------------------------------------------------------------------

def _dynamic(kind: str, intrinsic: str) -> Any:
    def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """GeneratorFunction / AsyncGeneratorFunction / AsyncFunction ( ...parameterArgs, bodyArg )
        (sec-generatorfunction, sec-asyncgeneratorfunction, sec-async-function-constructor-arguments)."""
        return create_dynamic_function(realm, realm.intrinsics[intrinsic], new_target, kind, list(args))
    return impl


def _async_iterator_prototype_async_iterator(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """%AsyncIteratorPrototype% [ %Symbol.asyncIterator% ] ( ) (sec-asynciteratorprototype-asynciterator)."""
    return this


@async_iterator_proto.method(WELL_KNOWN_SYMBOLS["asyncDispose"], 0)
def async_iterator_prototype_async_dispose(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """%AsyncIteratorPrototype% [ %Symbol.asyncDispose% ] ( ) (sec-%asynciteratorprototype%-%symbol.asyncdispose%)."""
    # 1-2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    cap = new_promise_capability(realm.intrinsics["%Promise%"])
    try:
        # 3-4. Let return be Completion(GetMethod(O, "return")); IfAbruptRejectPromise.
        ret = get_method(this, "return")
        # 5. If return is undefined, resolve with undefined.
        if ret is None:
            call(cap.resolve, None, [None])
            return cap.promise
        # 6.a-d. Call it; PromiseResolve(%Promise%, result) (abrupt completions reject).
        result_wrapper = promise_resolve(realm, None, call(ret, this, []))
    except JSThrow as e:
        call(cap.reject, None, [e.value])
        return cap.promise

    def unwrap(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """The unwrap closure of %AsyncIteratorPrototype% [ %Symbol.asyncDispose% ] (step 6.e): returns undefined."""
        return None

    # 6.f-g. PerformPromiseThen(resultWrapper, onFulfilled, undefined, promiseCapability).
    perform_promise_then(result_wrapper, BuiltinFunction(realm, unwrap, "", 1), None, cap)
    return cap.promise


def _function_family(realm: "Realm", name: str, kind: str, instance_proto: JSObject | None) -> JSObject:
    """Make %<name>%, %<name>.prototype% (and link %<name>.prototype.prototype%)."""
    fp = JSObject(realm.function_prototype)
    ctor = BuiltinFunction(realm, _dynamic(kind, f"%{name}%"), name, 1,
                           proto=realm.intrinsics.get("%Function%"), ctor=True)
    ctor.define_builtin("prototype", fp, 0)
    fp.define_builtin("constructor", ctor, C)
    fp.define_builtin(SYM_TO_STRING_TAG, name, C)
    if instance_proto is not None:
        fp.define_builtin("prototype", instance_proto, C)
        instance_proto.define_builtin("constructor", fp, C)
    realm.intrinsics[f"%{name}%"] = ctor
    realm.intrinsics[f"%{name}.prototype%"] = fp
    return fp


def setup(realm: "Realm") -> None:
    iterator_proto = realm.intrinsics["%Iterator.prototype%"]
    # %GeneratorPrototype%
    gp = JSObject(iterator_proto)
    generator_proto.install(realm, gp)
    gp.define_builtin(SYM_TO_STRING_TAG, "Generator", C)
    realm.intrinsics["%GeneratorPrototype%"] = gp
    realm.intrinsics["%GeneratorFunction.prototype.prototype%"] = gp
    _function_family(realm, "GeneratorFunction", "generator", gp)

    # %AsyncIteratorPrototype%
    aip = JSObject(realm.object_prototype)
    aip.define_builtin(SYM_ASYNC_ITERATOR,
                       BuiltinFunction(realm, _async_iterator_prototype_async_iterator, "[Symbol.asyncIterator]", 0))
    async_iterator_proto.install(realm, aip)
    realm.intrinsics["%AsyncIteratorPrototype%"] = aip

    # %AsyncGeneratorPrototype%
    agp = JSObject(aip)
    async_generator_proto.install(realm, agp)
    agp.define_builtin(SYM_TO_STRING_TAG, "AsyncGenerator", C)
    realm.intrinsics["%AsyncGeneratorPrototype%"] = agp
    realm.intrinsics["%AsyncGeneratorFunction.prototype.prototype%"] = agp
    _function_family(realm, "AsyncGeneratorFunction", "asyncGenerator", agp)

    # %AsyncFunction%
    _function_family(realm, "AsyncFunction", "async", None)

    # %AsyncFromSyncIteratorPrototype%
    afs = JSObject(aip)
    async_from_sync_proto.install(realm, afs)
    realm.intrinsics["%AsyncFromSyncIteratorPrototype%"] = afs
    realm.host_defined["create_async_from_sync_iterator"] = lambda rec: create_async_from_sync_iterator(realm, rec)


_unused = (Prop,)
