"""AggregateError objects (sec-aggregate-error-objects): the error of several errors
(Promise.any's rejection). NON-SPEC: set up on first use (pyjsvm.intrinsics.order)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.iteration import iterate_to_list
from pyjsvm.runtime.objects import PropertyDescriptor
from pyjsvm.runtime.operations import create_array_from_list, define_property_or_throw
from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.error import create_error, setup_subclass

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


def aggregate_error_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """AggregateError ( errors, message [ , options ] ) (sec-aggregate-error)."""
    # 1-5.
    o = create_error(realm, "AggregateError", new_target, argument(args, 1), argument(args, 2))
    # 6. Let errorsList be ? IteratorToList(? GetIterator(errors, sync)).
    errors_list = iterate_to_list(argument(args, 0))
    # 7. Perform ! DefinePropertyOrThrow(O, "errors", { [[Configurable]]: true, [[Enumerable]]: false,
    #    [[Writable]]: true, [[Value]]: CreateArrayFromList(errorsList) }).
    define_property_or_throw(o, "errors", PropertyDescriptor(value=create_array_from_list(errors_list, realm),
                                                             writable=True, enumerable=False, configurable=True))
    return o


def setup(realm: "Realm") -> None:
    """%AggregateError% (sec-properties-of-the-aggregate-error-constructors) and its prototype
    (sec-properties-of-the-aggregate-error-prototype-objects)."""
    setup_subclass(realm, "AggregateError", aggregate_error_constructor, 2)
