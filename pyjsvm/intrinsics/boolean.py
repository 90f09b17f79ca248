"""Boolean objects (sec-boolean-objects)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.objects import JSPrimitiveObject
from pyjsvm.runtime.operations import get_prototype_from_constructor, to_boolean
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()  # Boolean.prototype


def boolean_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Boolean ( value ) (sec-boolean-constructor-boolean-value)."""
    # 1. Let b be ToBoolean(value).
    b = to_boolean(args[0]) if args else False
    # 2. If NewTarget is undefined, return b.
    if new_target is None:
        return b
    # 3. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Boolean.prototype%", « [[BooleanData]] »).
    return JSPrimitiveObject(get_prototype_from_constructor(new_target, "%Boolean.prototype%"), b)


def this_boolean_value(value: Any, method: str) -> bool:
    """ThisBooleanValue ( value ) (sec-thisbooleanvalue)."""
    if type(value) is bool:
        return value
    if isinstance(value, JSPrimitiveObject) and type(value.primitive) is bool:
        return value.primitive
    throw_type_error(f"Boolean.prototype.{method} requires that 'this' be a Boolean")


@proto.method("toString", 0)
def boolean_proto_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Boolean.prototype.toString ( ) (sec-boolean.prototype.tostring)."""
    return "true" if this_boolean_value(this, "toString") else "false"


@proto.method("valueOf", 0)
def boolean_proto_value_of(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Boolean.prototype.valueOf ( ) (sec-boolean.prototype.valueof)."""
    return this_boolean_value(this, "valueOf")


def setup(realm: "Realm") -> None:
    # Boolean.prototype is itself a Boolean object whose [[BooleanData]] is false
    # (sec-properties-of-the-boolean-prototype-object).
    bp = JSPrimitiveObject(realm.object_prototype, False)
    realm.intrinsics["%Boolean.prototype%"] = bp
    ctor = make_constructor(realm, boolean_constructor, "Boolean", 1, bp)
    realm.intrinsics["%Boolean%"] = ctor
    proto.install(realm, bp)
    realm.define_global("Boolean", ctor)
