"""The Function constructor and Function.prototype (sec-function-objects), and bound function
exotic objects (sec-bound-function-exotic-objects)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_range_error, throw_type_error
from pyjsvm.runtime.objects import (
    A, C, L, BuiltinFunction, JSArray, JSFunctionBase, JSObject, LazySlot, Prop,
)
from pyjsvm.runtime.operations import (
    HAS_INSTANCE_IMPL, copy_name_and_length, create_list_from_array_like, get_function_realm, is_callable,
    length_of_array_like, ordinary_has_instance, set_name_and_length, to_display,
)
from pyjsvm.runtime.operators import MAX_STRING_LENGTH
from pyjsvm.runtime.values import MISSING, NULL, SYM_HAS_INSTANCE, JSSymbol, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor
from pyjsvm.runtime.operations import INDEX_KEYS
from pyjsvm.runtime.functions import SPECIAL_BUILTINS, ECMAFunction, JSArguments
from pyjsvm.compiler.engine import create_dynamic_function
from pyjsvm.intrinsics.json import quote_json_string
from pyjsvm.regexp.charset import is_id_part, is_id_start

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

proto = BuiltinTable()  # Function.prototype



# --- Bound function exotic objects -----------------------------------------------------------

class BoundFunction(JSFunctionBase):
    """A bound function exotic object (sec-bound-function-exotic-objects).

    ``bound_target`` is [[BoundTargetFunction]], ``bound_this`` [[BoundThis]] and ``bound_args``
    [[BoundArguments]]. It has no [[Realm]] of its own: ``realm`` is GetFunctionRealm of the
    target (sec-getfunctionrealm)."""

    __slots__ = ("bound_target", "bound_this", "bound_args", "_is_ctor", "_innermost")
    class_name = "Function"
    is_callable = True

    def __init__(self, proto: JSObject | None, target: Any, bound_this: Any, bound_args: list[Any]) -> None:
        JSObject.__init__(self, proto)
        self.bound_target = target
        self.bound_this = bound_this
        self.bound_args = bound_args
        self._is_ctor = target.is_constructor
        # NON-SPEC: the first target down the chain that is not a bound function (the targets
        # never change), whose realm is this function's: GetFunctionRealm in one step
        self._innermost: Any = target._innermost if type(target) is BoundFunction else target

    @property
    def realm(self) -> Any:  # type: ignore[override]
        return get_function_realm(self._innermost)

    @property
    def is_constructor(self) -> bool:  # type: ignore[override]
        return self._is_ctor

    def call(self, this: Any, args: list[Any]) -> Any:
        """[[Call]] (sec-bound-function-exotic-objects-call-thisargument-argumentslist)."""
        target = self.bound_target
        bound = self.bound_args
        if type(target) is not BoundFunction:
            return target.call(self.bound_this, bound + list(args) if bound else list(args))
        # NON-SPEC: a target that is itself a bound function has its [[Call]] made here, in a
        # loop: its own [[BoundThis]], its [[BoundArguments]] before these (no JS code runs in
        # between, so nothing can tell); a Python frame a link overflowed the C stack on a chain
        # of a hundred thousand.
        f: BoundFunction = self
        parts = [args]
        while type(f) is BoundFunction:
            if f.bound_args:
                parts.append(f.bound_args)
            this = f.bound_this
            f = f.bound_target
        full: list[Any] = []
        for part in reversed(parts):
            full += part
        return f.call(this, full)

    def construct(self, args: list[Any], new_target: Any) -> Any:
        """[[Construct]] (sec-bound-function-exotic-objects-construct-argumentslist-newtarget)."""
        if not self._is_ctor:
            throw_type_error("bound function is not a constructor")
        target = self.bound_target
        bound = self.bound_args
        if type(target) is not BoundFunction:
            full = bound + list(args) if bound else list(args)
            if new_target is self:
                new_target = target
            return target.construct(full, new_target)
        # NON-SPEC: a chain of bound functions in a loop, as for [[Call]]: each link's steps
        # 3-5 (its arguments first; newTarget, when it is the link, becomes the link's target).
        f: BoundFunction = self
        parts = [args]
        while type(f) is BoundFunction:
            if f.bound_args:
                parts.append(f.bound_args)
            if new_target is f:
                new_target = f.bound_target
            f = f.bound_target
        full = []
        for part in reversed(parts):
            full += part
        return f.construct(full, new_target)


# NON-SPEC: the length past which a bound function's name ("bound " + the target's) is made on
# first use (BoundName): a chain of a hundred thousand binds otherwise made as many names,
# each a copy of the last and six characters longer (30 GB)
BOUND_NAME_EAGER = 256


class BoundName(LazySlot):
    """NON-SPEC: the own "name" of a bound function made by Function.prototype.bind (steps 9-10
    of CopyNameAndLength, sec-copynameandlength), "bound " ``count`` times followed by ``base``,
    held as that count until first use: binding a function whose name is a BoundName not yet
    made adds one to its count and shares its base, so a chain of binds costs no quadratic
    memory or time. Made, it is the data property ``{[[Value]]: name, [[Writable]]: false,
    [[Enumerable]]: false, [[Configurable]]: true}`` it was all along. Making it stores "length"
    (SetFunctionLength, step 6, eagerly) and the slot in its place."""

    __slots__ = ("count", "base")

    def __init__(self, f: JSObject, count: int, base: str, target_len: Any, arg_count: int) -> None:
        LazySlot.__init__(self, f, "name", self._make)
        self.count = count
        self.base = base
        set_name_and_length(f, target_len, "", None, arg_count)
        f.props["name"] = Prop(None, A | L | C, self)

    def _make(self) -> None:
        if self.count * 6 + len(self.base) > MAX_STRING_LENGTH:
            throw_range_error("Invalid string length")
        self.fill("bound " * self.count + self.base, C)


def bound_function_create(target: Any, bound_this: Any, bound_args: list[Any]) -> BoundFunction:
    """BoundFunctionCreate ( targetFunction, boundThis, boundArgs ) (sec-boundfunctioncreate)."""
    p = target.get_prototype_of()
    return BoundFunction(None if p is NULL else p, target, bound_this, bound_args)


# NON-SPEC: function object types whose own properties are all in ``props`` and whose [[Get]] and
# [[GetOwnProperty]] of "length" and "name" are the ordinary ones (Function.prototype.bind's fast path)
_ORDINARY_FUNCTIONS = frozenset((ECMAFunction, BuiltinFunction, BoundFunction))


# --- The Function constructor ----------------------------------------------------------------

def function_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Function ( ...parameterArgs, bodyArg ) (sec-function-p1-p2-pn-body)."""
    c = realm.intrinsics["%Function%"]
    return create_dynamic_function(realm, c, new_target, "normal", list(args))


# --- Function.prototype ----------------------------------------------------------------------

@proto.method("apply", 2, frame=False)
def function_proto_apply(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Function.prototype.apply ( thisArg, argArray ) (sec-function.prototype.apply)."""
    func: Any = this
    if not is_callable(func):
        throw_type_error("Function.prototype.apply was called on " + to_display(func) + ", which is not a function")
    this_arg = argument(args, 0)
    arg_array = argument(args, 1)
    if arg_array is None or arg_array is NULL:
        return func.call(this_arg, [])
    arg_list = _list_from_array_like(arg_array)
    return func.call(this_arg, arg_list)


SPECIAL_BUILTINS["apply"] = function_proto_apply  # see ExpressionCompiler.compile_apply_arguments


# NON-SPEC: a resource limit on the number of arguments apply() passes (V8 throws a RangeError
# past about 120k; we allow more).
MAX_APPLY_ARGS = 1 << 20


def _list_from_array_like(o: Any) -> list[Any]:
    """CreateListFromArrayLike (sec-createlistfromarraylike), with a RangeError past
    MAX_APPLY_ARGS elements."""
    if not isinstance(o, JSObject):
        throw_type_error("CreateListFromArrayLike called on non-object")
    if type(o) is JSArray:
        if o.length > MAX_APPLY_ARGS:
            throw_range_error("Maximum call stack size exceeded")
        return create_list_from_array_like(o)
    if type(o) is JSArguments and not o.mapping:
        # NON-SPEC fast path: an unmapped arguments object whose length is still a data
        # property; its elements read from ``props`` where they are plain data properties
        stored = o.props.get("length", MISSING)
        ln = stored.value if type(stored) is Prop and not stored.flags & A else stored
        if type(ln) is float and 0.0 <= ln <= 256.0 and ln == int(ln):
            props = o.props
            out = []
            for k in INDEX_KEYS[:int(ln)]:
                v = props.get(k, MISSING)
                out.append(o.get(k, o) if v is MISSING or type(v) is Prop else v)
            return out
    n = length_of_array_like(o)
    if n > MAX_APPLY_ARGS:
        throw_range_error("Maximum call stack size exceeded")
    return [o.get(str(i), o) for i in range(n)]


@proto.method("bind", 1)
def function_proto_bind(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Function.prototype.bind ( thisArg, ...args ) (sec-function.prototype.bind)."""
    # 1-2.
    target = this
    if not (isinstance(target, JSObject) and target.is_callable):
        throw_type_error("Bind must be called on a function")
    bound_args = list(args[1:])
    if type(target) in _ORDINARY_FUNCTIONS:
        # NON-SPEC fast path: steps 3-10 for a function whose own "length" and "name" are data
        # properties, read without running JS code (see _data_name_and_length)
        found = _data_name_and_length(target)
        if found is not None:
            bound = BoundFunction(target.proto, target, argument(args, 0), bound_args)
            name = found[1]
            if type(name) is BoundName:
                # NON-SPEC: the target's own name is still unmade: "bound " once more
                BoundName(bound, name.count + 1, name.base, found[0], len(bound_args))
            elif type(name) is str and len(name) > BOUND_NAME_EAGER:
                BoundName(bound, 1, name, found[0], len(bound_args))
            else:
                set_name_and_length(bound, found[0], name, "bound", len(bound_args))
            return bound
    # 3. Let boundFunc be ? BoundFunctionCreate(target, thisArg, args).
    bound = bound_function_create(target, argument(args, 0), bound_args)
    # 4-10. Perform ? CopyNameAndLength(boundFunc, target, "bound", argCount).
    copy_name_and_length(bound, target, "bound", len(bound_args))
    return bound


def _data_name_and_length(target: Any) -> tuple[Any, Any] | None:
    """NON-SPEC (speed): the reads of CopyNameAndLength(F, Target, "bound", argCount)
    (sec-copynameandlength), the target's own "length" (None when it has none) and its "name",
    for a Target of _ORDINARY_FUNCTIONS (its own properties all in ``props``; an
    ECMAFunction's lazy ``prototype`` is no "length" or "name") whose own "length" and "name"
    are data properties: HasOwnProperty and the two Gets read them from ``props`` without
    running JS code; a "name" that is an unmade ``BoundName`` is given as itself (its value
    is "bound " ``count`` times before ``base``). None when "name" is absent (its Get goes up the prototype chain) or either
    is an accessor (or a lazy slot): the caller then takes the spec steps."""
    props = target.props
    length = props.get("length")
    if type(length) is Prop:
        if length.flags & A:
            return None
        length = length.value
    name = props.get("name", MISSING)
    if type(name) is Prop:
        if name.flags & A:
            getter = name.getter
            # (a BoundName not yet made is a data property: its value is known without it)
            return (length, getter) if type(getter) is BoundName else None
        name = name.value
    elif name is MISSING:
        return None
    return length, name


@proto.method("call", 1, frame=False)
def function_proto_call(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Function.prototype.call ( thisArg, ...args ) (sec-function.prototype.call)."""
    func: Any = this
    if not is_callable(func):
        throw_type_error("Function.prototype.call was called on " + to_display(func) + ", which is not a function")
    return func.call(argument(args, 0), list(args[1:]))


SPECIAL_BUILTINS["call"] = function_proto_call  # see FunctionEmitter.call (compiler/emit.py)


def _is_identifier_name(s: str) -> bool:
    """Whether ``s`` (UTF-16 code units) is an IdentifierName (sec-names-and-keywords) with no
    escapes: IdentifierStartChar then IdentifierPartChars, of the BMP (NON-SPEC: a name with a
    surrogate counts as not one, which only quotes it)."""
    return (s != "" and is_id_start(ord(s[0])) and not 0xD800 <= ord(s[0]) <= 0xDFFF
            and all(is_id_part(ord(c)) and not 0xD800 <= ord(c) <= 0xDFFF for c in s[1:]))


def _native_name(func: Any) -> str:
    """NativeFunctionAccessor_opt PropertyName_opt of a built-in's NativeFunction text
    (sec-function.prototype.tostring, step 3): its initial name -- a symbol's as ``[description]``
    (V8's form, which a well-known symbol's name already has); a string that is not an IdentifierName (``RegExp``'s legacy ``$&`` getter) as a
    computed name holding a string literal, so that the text stays NativeFunction syntax."""
    if isinstance(func, BuiltinFunction):
        name = func.name
        if isinstance(name, JSSymbol):
            return "" if name.description is None else "[" + name.description + "]"
        if type(name) is not str:
            return ""
        accessor, _, key = name.partition(" ") if name[:4] in ("get ", "set ") else ("", "", name)
        if key == "" or _is_identifier_name(key) or key[0] == "[" and key[-1] == "]":
            return name
        return (accessor + " " if accessor else "") + "[" + quote_json_string(key) + "]"
    return ""


@proto.method("toString", 0)
def function_proto_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Function.prototype.toString ( ) (sec-function.prototype.tostring)."""
    func = this
    if isinstance(func, JSObject) and func.is_callable:
        # 2. An ECMAScript function object with [[SourceText]].
        src = getattr(func, "source_text", None)
        if type(src) is str:
            return src
        # 3-4. NativeFunction syntax (the initial name for built-in functions).
        return "function " + _native_name(func) + "() { [native code] }"
    throw_type_error("Function.prototype.toString requires that 'this' be a Function")


def function_proto_has_instance(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Function.prototype [ @@hasInstance ] ( V ) (sec-function.prototype-@@hasinstance)."""
    return ordinary_has_instance(this, argument(args, 0))


proto.method(SYM_HAS_INSTANCE, 1, flags=0)(function_proto_has_instance)
SPECIAL_BUILTINS["hasInstance"] = function_proto_has_instance  # see operators.js_instanceof
HAS_INSTANCE_IMPL[:] = [function_proto_has_instance]  # see operations.ordinary_has_instance


def add_restricted_function_properties(f: JSObject, realm: "Realm") -> None:
    """AddRestrictedFunctionProperties ( F, realm ) (sec-addrestrictedfunctionproperties)."""
    thrower = realm.intrinsics["%ThrowTypeError%"]
    f.define_accessor("caller", thrower, thrower, C)
    f.define_accessor("arguments", thrower, thrower, C)


def setup(realm: "Realm") -> None:
    fp = realm.function_prototype
    ctor = make_constructor(realm, function_constructor, "Function", 1, fp)
    realm.intrinsics["%Function%"] = ctor
    proto.install(realm, fp)
    add_restricted_function_properties(fp, realm)
    realm.define_global("Function", ctor)
