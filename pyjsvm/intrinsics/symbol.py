"""Symbol objects (sec-symbol-objects): %Symbol%, Symbol.for / Symbol.keyFor, the well-known
symbols and %Symbol.prototype%."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.objects import C, W, JSObject, JSPrimitiveObject
from pyjsvm.runtime.operations import to_display, to_string
from pyjsvm.runtime.values import SYM_TO_PRIMITIVE, SYM_TO_STRING_TAG, WELL_KNOWN_SYMBOLS, JSSymbol
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

# The GlobalSymbolRegistry (sec-symbol.for): shared by all realms of the agent. Symbols are
# primitive values, not objects, so a module-level table is correct here.
GLOBAL_SYMBOL_REGISTRY: dict[str, JSSymbol] = {}

proto = BuiltinTable()
statics = BuiltinTable()


def symbol_constructor_impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Symbol ( [ description ] ) (sec-symbol-description)."""
    # 1. If NewTarget is not undefined, throw a TypeError exception.
    if new_target is not None:
        throw_type_error("Symbol is not a constructor")
    description = args[0] if args else None
    # 2-3. descString is undefined or ToString(description).
    desc_string = None if description is None else to_string(description)
    # 4. Return a new Symbol whose [[Description]] is descString.
    return JSSymbol(desc_string)


def key_for_symbol(sym: JSSymbol) -> Any:
    """KeyForSymbol (sec-keyforsymbol): the registry key, or undefined."""
    if sym.registered and sym.description is not None and GLOBAL_SYMBOL_REGISTRY.get(sym.description) is sym:
        return sym.description
    return None


def registered_symbol(string_key: str) -> JSSymbol:
    """Steps 2-6 of Symbol.for (sec-symbol.for): the GlobalSymbolRegistry's symbol for
    ``string_key``, made and registered if there is none (the registry is shared by all realms)."""
    existing = GLOBAL_SYMBOL_REGISTRY.get(string_key)
    if existing is not None:
        return existing
    sym = JSSymbol(string_key, registered=True)
    GLOBAL_SYMBOL_REGISTRY[string_key] = sym
    return sym


@statics.method("for", 1)
def symbol_for(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Symbol.for ( key ) (sec-symbol.for)."""
    return registered_symbol(to_string(args[0] if args else None))


@statics.method("keyFor", 1)
def symbol_key_for(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Symbol.keyFor ( sym ) (sec-symbol.keyfor)."""
    sym = args[0] if args else None
    if type(sym) is not JSSymbol:
        throw_type_error(f"{to_display(sym)} is not a symbol")
    return key_for_symbol(sym)


def this_symbol_value(value: Any, method: str = ".valueOf") -> JSSymbol:
    """ThisSymbolValue (sec-thissymbolvalue); ``method`` names the caller in the TypeError, as
    V8's message does (NON-SPEC)."""
    if type(value) is JSSymbol:
        return value
    if isinstance(value, JSPrimitiveObject) and type(value.primitive) is JSSymbol:
        return value.primitive
    throw_type_error(f"Symbol.prototype{method} requires that 'this' be a Symbol")


@proto.getter("description")
def symbol_prototype_description(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """get Symbol.prototype.description (sec-symbol.prototype.description)."""
    return this_symbol_value(this, ".description").description


@proto.method("toString", 0)
def symbol_prototype_to_string(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Symbol.prototype.toString ( ) (sec-symbol.prototype.tostring)."""
    return this_symbol_value(this, ".toString").descriptive_string()


@proto.method("valueOf", 0)
def symbol_prototype_value_of(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Symbol.prototype.valueOf ( ) (sec-symbol.prototype.valueof)."""
    return this_symbol_value(this)


@proto.method(SYM_TO_PRIMITIVE, 1, C)
def symbol_prototype_to_primitive(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """Symbol.prototype [ %Symbol.toPrimitive% ] ( hint ) (sec-symbol.prototype-%symbol.toprimitive%)."""
    return this_symbol_value(this, " [ @@toPrimitive ]")


def setup(realm: "Realm") -> None:
    """Create %Symbol% and %Symbol.prototype% (sec-properties-of-the-symbol-prototype-object)."""
    sp = JSObject(realm.object_prototype)
    realm.intrinsics["%Symbol.prototype%"] = sp
    # %Symbol% has a [[Construct]] (it may be used in `extends`), which always throws.
    ctor = make_constructor(realm, symbol_constructor_impl, "Symbol", 0, sp)
    realm.intrinsics["%Symbol%"] = ctor
    statics.install(realm, ctor)
    # Well-known symbols: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
    for name, sym in WELL_KNOWN_SYMBOLS.items():
        ctor.define_builtin(name, sym, 0)
    proto.install(realm, sp)
    sp.define_builtin(SYM_TO_STRING_TAG, "Symbol", C)
    realm.define_global("Symbol", ctor, W | C)
