"""SuppressedError objects (sec-suppressederror-objects): the error DisposeResources
(sec-disposeresources) throws when a disposal throws while another error is propagating."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.operations import create_non_enumerable_data_property_or_throw
from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.error import create_error, setup_subclass

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


def suppressed_error_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """SuppressedError ( error, suppressed, message ) (sec-suppressederror)."""
    # 1-3. newTarget, OrdinaryCreateFromConstructor, the message (no options: no cause).
    o = create_error(realm, "SuppressedError", new_target, argument(args, 2), None)
    # 4. Perform CreateNonEnumerableDataPropertyOrThrow(O, "error", error).
    create_non_enumerable_data_property_or_throw(o, "error", argument(args, 0))
    # 5. Perform CreateNonEnumerableDataPropertyOrThrow(O, "suppressed", suppressed).
    create_non_enumerable_data_property_or_throw(o, "suppressed", argument(args, 1))
    return o


def setup(realm: "Realm") -> None:
    """%SuppressedError% (sec-properties-of-the-suppressederror-constructor) and its prototype
    (sec-properties-of-the-suppressederror-prototype-objects)."""
    setup_subclass(realm, "SuppressedError", suppressed_error_constructor, 3)
