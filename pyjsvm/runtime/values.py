"""JS primitive values as Python objects (sec-ecmascript-language-types).

Representation, used everywhere in the engine:

- undefined  -> Python ``None``
- null       -> ``NULL`` (the single ``JSNull`` instance)
- Boolean    -> ``bool``
- Number     -> ``float`` (always a float, never an ``int``: 1 is ``1.0``)
- String     -> ``str`` whose characters are UTF-16 code units
- Symbol     -> ``JSSymbol``
- BigInt     -> ``JSBigInt``
- Object     -> ``pyjsvm.runtime.objects.JSObject``
"""
from __future__ import annotations

from typing import Any

from pyjsvm.syntax.digits import int_to_decimal


class JSObjectBase:
    """NON-SPEC: the root class of every JS object (``runtime.objects.JSObject`` is the one
    subclass). Code below the object model (runtime/conversion.py) tests "is an Object" against
    it, so that the object model can use the type conversions without an import cycle."""

    __slots__ = ()
    is_callable = False
    # NON-SPEC: the [[IsHTMLDDA]] internal slot (sec-IsHTMLDDA-internal-slot) as a class flag, so
    # that typeof, ToBoolean and IsLooselyEqual test it only on their object paths. Only a host
    # creates such an object (runtime/exotic/html_dda.py); the engine never does.
    is_htmldda = False


class _Missing:
    """NON-SPEC: marks an absent value (a hole, a missing descriptor field)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


class JSNull:
    """The Null type's single value (sec-ecmascript-language-types-null-type)."""

    __slots__ = ()
    _instance: "JSNull | None" = None

    def __new__(cls) -> "JSNull":
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "null"

    def __bool__(self) -> bool:
        return False


NULL: Any = JSNull()
undefined: Any = None


class JSSymbol:
    """A Symbol value (sec-ecmascript-language-types-symbol-type). Compared by identity."""

    __slots__ = ("description", "registered", "__weakref__")

    def __init__(self, description: str | None = None, registered: bool = False) -> None:
        self.description = description  # None means undefined
        self.registered = registered

    def __repr__(self) -> str:
        return f"Symbol({self.description or ''})"

    def descriptive_string(self) -> str:
        """SymbolDescriptiveString (sec-symboldescriptivestring)."""
        return "Symbol(" + (self.description or "") + ")"


class JSBigInt:
    """A BigInt value (sec-ecmascript-language-types-bigint-type), an arbitrary-precision integer."""

    __slots__ = ("value",)

    def __init__(self, value: int) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JSBigInt) and other.value == self.value

    def __hash__(self) -> int:
        return hash(("bigint", self.value))

    def __repr__(self) -> str:
        return f"{self.decimal()}n"

    def decimal(self) -> str:
        """The value in decimal digits (BigInt::toString with radix 10), whatever the host's
        int/str digit limit."""
        return int_to_decimal(self.value)



# Well-known symbols are shared by all realms (sec-well-known-symbols): they are values, not objects.
WELL_KNOWN_SYMBOLS: dict[str, JSSymbol] = {
    name: JSSymbol("Symbol." + name)
    for name in (
        "asyncDispose", "asyncIterator", "dispose", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll",
        "replace", "search", "species", "split", "toPrimitive", "toStringTag", "unscopables",
    )
}
SYM_ITERATOR = WELL_KNOWN_SYMBOLS["iterator"]
SYM_ASYNC_ITERATOR = WELL_KNOWN_SYMBOLS["asyncIterator"]
SYM_HAS_INSTANCE = WELL_KNOWN_SYMBOLS["hasInstance"]
SYM_TO_PRIMITIVE = WELL_KNOWN_SYMBOLS["toPrimitive"]
SYM_TO_STRING_TAG = WELL_KNOWN_SYMBOLS["toStringTag"]
SYM_UNSCOPABLES = WELL_KNOWN_SYMBOLS["unscopables"]
SYM_SPECIES = WELL_KNOWN_SYMBOLS["species"]
SYM_IS_CONCAT_SPREADABLE = WELL_KNOWN_SYMBOLS["isConcatSpreadable"]


def type_of_value(v: Any) -> str:
    """The spec's Type(v) as a short name: 'undefined', 'null', 'boolean', 'number', 'string',
    'symbol', 'bigint' or 'object'."""
    t = type(v)
    if t is float:
        return "number"
    if t is str:
        return "string"
    if v is None:
        return "undefined"
    if t is bool:
        return "boolean"
    if v is NULL:
        return "null"
    if t is JSSymbol:
        return "symbol"
    if t is JSBigInt:
        return "bigint"
    return "object"


def argument(args: list[Any], i: int) -> Any:
    """The ``i``-th argument of a built-in call: undefined when fewer were passed."""
    return args[i] if len(args) > i else None
