"""The NativeError constructors (sec-nativeerror-object-structure): EvalError, RangeError,
ReferenceError, SyntaxError, TypeError and URIError, each with its prototype
(sec-native-error-types-used-in-this-standard). NON-SPEC: set up on first use (a deferred
built-in: pyjsvm.intrinsics.order), which an engine error of any of the six kinds is too."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.values import argument
from pyjsvm.intrinsics.error import NATIVE_ERRORS, create_error, setup_subclass

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


def _make_native_error_constructor(kind: str) -> Any:
    def native_error_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        """NativeError ( message [ , options ] ) (sec-nativeerror)."""
        return create_error(realm, kind, new_target, argument(args, 0), argument(args, 1))
    native_error_constructor.__name__ = kind.lower() + "_constructor"
    return native_error_constructor


_CONSTRUCTORS = {kind: _make_native_error_constructor(kind) for kind in NATIVE_ERRORS}


def setup(realm: "Realm") -> None:
    """Each NativeError constructor (sec-properties-of-the-nativeerror-constructors) and its
    prototype (sec-properties-of-the-nativeerror-prototype-objects), in the spec's order."""
    for kind in NATIVE_ERRORS:
        setup_subclass(realm, kind, _CONSTRUCTORS[kind], 1)
