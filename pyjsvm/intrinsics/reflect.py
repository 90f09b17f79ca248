"""The Reflect object (sec-reflect-object)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.objects import C, JSObject
from pyjsvm.runtime.operations import (
    call, create_array_from_list, create_list_from_array_like, from_property_descriptor, is_callable,
    is_constructor, to_display, to_property_descriptor, to_property_key,
)
from pyjsvm.runtime.values import NULL, SYM_TO_STRING_TAG, argument
from pyjsvm.intrinsics.function import MAX_APPLY_ARGS
from pyjsvm.intrinsics.table import BuiltinTable

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

reflect = BuiltinTable()



def _target(args: list[Any], name: str) -> JSObject:
    t = argument(args, 0)
    if not isinstance(t, JSObject):
        throw_type_error(f"Reflect.{name} called on non-object")
    return t


@reflect.method("apply", 3, frame=False)
def reflect_apply(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.apply ( target, thisArgument, argumentsList ) (sec-reflect.apply)."""
    target = argument(args, 0)
    if not is_callable(target):
        throw_type_error(f"Function.prototype.apply was called on {to_display(target)}, which is not a function")
    arg_list = create_list_from_array_like(argument(args, 2), max_length=MAX_APPLY_ARGS)
    return call(target, argument(args, 1), arg_list)


@reflect.method("construct", 2, frame=False)
def reflect_construct(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.construct ( target, argumentsList [ , newTarget ] ) (sec-reflect.construct)."""
    target = argument(args, 0)
    if not is_constructor(target):
        throw_type_error(f"{to_display(target)} is not a constructor")
    new_target = args[2] if len(args) > 2 else target
    if not is_constructor(new_target):
        throw_type_error(f"{to_display(new_target)} is not a constructor")
    arg_list = create_list_from_array_like(argument(args, 1), max_length=MAX_APPLY_ARGS)
    return target.construct(arg_list, new_target)


@reflect.method("defineProperty", 3)
def reflect_define_property(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.defineProperty ( target, propertyKey, attributes ) (sec-reflect.defineproperty)."""
    target = _target(args, "defineProperty")
    key = to_property_key(argument(args, 1))
    desc = to_property_descriptor(argument(args, 2))
    return target.define_own_property(key, desc)


@reflect.method("deleteProperty", 2)
def reflect_delete_property(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.deleteProperty ( target, propertyKey ) (sec-reflect.deleteproperty)."""
    target = _target(args, "deleteProperty")
    key = to_property_key(argument(args, 1))
    return target.delete(key)


@reflect.method("get", 2)
def reflect_get(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.get ( target, propertyKey [ , receiver ] ) (sec-reflect.get)."""
    target = _target(args, "get")
    key = to_property_key(argument(args, 1))
    receiver = args[2] if len(args) > 2 else target
    return target.get(key, receiver)


@reflect.method("getOwnPropertyDescriptor", 2)
def reflect_get_own_property_descriptor(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.getOwnPropertyDescriptor ( target, propertyKey ) (sec-reflect.getownpropertydescriptor)."""
    target = _target(args, "getOwnPropertyDescriptor")
    key = to_property_key(argument(args, 1))
    return from_property_descriptor(target.get_own_property(key))


@reflect.method("getPrototypeOf", 1)
def reflect_get_prototype_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.getPrototypeOf ( target ) (sec-reflect.getprototypeof)."""
    return _target(args, "getPrototypeOf").get_prototype_of()


@reflect.method("has", 2)
def reflect_has(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.has ( target, propertyKey ) (sec-reflect.has)."""
    target = _target(args, "has")
    key = to_property_key(argument(args, 1))
    return target.has_property(key)


@reflect.method("isExtensible", 1)
def reflect_is_extensible(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.isExtensible ( target ) (sec-reflect.isextensible)."""
    return _target(args, "isExtensible").is_extensible()


@reflect.method("ownKeys", 1)
def reflect_own_keys(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.ownKeys ( target ) (sec-reflect.ownkeys)."""
    keys = _target(args, "ownKeys").own_property_keys()
    return create_array_from_list(keys)


@reflect.method("preventExtensions", 1)
def reflect_prevent_extensions(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.preventExtensions ( target ) (sec-reflect.preventextensions)."""
    return _target(args, "preventExtensions").prevent_extensions()


@reflect.method("set", 3)
def reflect_set(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.set ( target, propertyKey, V [ , receiver ] ) (sec-reflect.set)."""
    target = _target(args, "set")
    key = to_property_key(argument(args, 1))
    receiver = args[3] if len(args) > 3 else target
    return target.set(key, argument(args, 2), receiver)


@reflect.method("setPrototypeOf", 2)
def reflect_set_prototype_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Reflect.setPrototypeOf ( target, proto ) (sec-reflect.setprototypeof)."""
    target = _target(args, "setPrototypeOf")
    proto = argument(args, 1)
    if not isinstance(proto, JSObject) and proto is not NULL:
        throw_type_error("Object prototype may only be an Object or null: " + to_display(proto))
    return target.set_prototype_of(proto)


def setup(realm: "Realm") -> None:
    r = JSObject(realm.object_prototype)
    realm.intrinsics["%Reflect%"] = r
    reflect.install(realm, r)
    r.define_builtin(SYM_TO_STRING_TAG, "Reflect", C)
    realm.define_global("Reflect", r)


__all__ = ["setup"]
