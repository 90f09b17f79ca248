"""Error objects (sec-error-objects): %Error%, ``setup_subclass`` for its subclasses (the
NativeErrors: native_error.py, AggregateError, SuppressedError), and V8's
``Error.captureStackTrace`` / ``stack`` (NON-SPEC)."""
from __future__ import annotations

from functools import partial

from typing import TYPE_CHECKING, Any

from pyjsvm.runtime.agent import throw_type_error
from pyjsvm.runtime.operators import concat_strings
from pyjsvm.runtime.objects import A, C, W, WEC, BuiltinFunction, JSObject, Prop, PropertyDescriptor
from pyjsvm.runtime.operations import (
    create_non_enumerable_data_property_or_throw, define_property_or_throw,
    get_prototype_from_constructor, incompatible_receiver, to_string,
)
from pyjsvm.runtime.stack import (
    Frame,
    CONSTRUCT_PREFIX, MODULE_TOP, CallSiteObject, LazyMethodName, EvalFrame, JSErrorObject, capture_frames, capture_raw_frames, error_header, format_call_site,
    format_stack, prepare_stack_trace,
)
from pyjsvm.runtime.values import NULL, argument
from pyjsvm.intrinsics.table import BuiltinTable, make_constructor

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

NATIVE_ERRORS = ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")

error_proto = BuiltinTable()    # Error.prototype
error_statics = BuiltinTable()  # Error.*



def install_error_cause(o: JSObject, options: Any) -> None:
    """InstallErrorCause ( O, options ) (sec-installerrorcause)."""
    if isinstance(options, JSObject) and options.has_property("cause"):
        cause = options.get("cause", options)
        create_non_enumerable_data_property_or_throw(o, "cause", cause)


# NON-SPEC (speed): kind -> the names of its constructor's and its prototype's intrinsics
_INTRINSIC_NAMES: dict[str, tuple[str, str]] = {}


def create_error(realm: "Realm", kind: str, new_target: Any, message: Any, options: Any) -> JSErrorObject:
    """The common steps of Error ( message [ , options ] ) (sec-error-message) and
    NativeError ( message [ , options ] ) (sec-nativeerror)."""
    names = _INTRINSIC_NAMES.get(kind)
    if names is None:
        names = _INTRINSIC_NAMES[kind] = (f"%{kind}%", f"%{kind}.prototype%")
    intrinsics = realm.intrinsics
    own_ctor = intrinsics[names[0]]
    # 1. If NewTarget is undefined, let newTarget be the active function object.
    if new_target is None:
        new_target = own_ctor
    # 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%NativeError.prototype%", « [[ErrorData]] »).
    # NON-SPEC fast path: newTarget is the constructor itself, whose "prototype" is a data
    # property neither writable nor configurable (sec-error.prototype, sec-nativeerror.prototype):
    # its Get runs no JS code and gives the value stored
    stored = own_ctor.props.get("prototype") if new_target is own_ctor else None
    if type(stored) is Prop and not stored.flags & (A | W | C) and isinstance(stored.value, JSObject):
        o = JSErrorObject(stored.value)
    else:
        o = JSErrorObject(get_prototype_from_constructor(new_target, names[1]))
    # NON-SPEC (V8): an own, non-enumerable 'stack' comes first among the own properties. Its text
    # is made when first read, so a name set after construction (a subclass constructor's
    # `this.name = 'MyError'`) is in its first line, as in V8; the first read (or a write)
    # turns it into an ordinary data property.
    o.props["stack"] = Prop(None, A | C, intrinsics["%ErrorStackGetter%"], intrinsics["%ErrorStackSetter%"])
    o.lazy_stack = True
    # 3. If message is not undefined, then
    if message is not None:
        msg = message if type(message) is str else to_string(message)
        # b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "message", msg). NON-SPEC: stored
        # at once (O is a new extensible ordinary object without the key: the definition succeeds)
        o.props["message"] = Prop(msg, W | C)
    # 4. Perform ? InstallErrorCause(O, options). (It does nothing for an options that is no Object.)
    if isinstance(options, JSObject):
        install_error_cause(o, options)
    # NON-SPEC (V8): a subclass's `new MyError()` leaves the constructor frames out.
    o.raw_frames = capture_raw_frames(new_target if new_target is not own_ctor else None)
    return o


def _lazy_stack_get(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): the first read of an error's ``stack`` formats it and stores it as data."""
    if not isinstance(this, JSErrorObject):
        return None
    return this.materialize_stack()


def _lazy_stack_set(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): writing an error's ``stack`` makes it an ordinary data property."""
    if isinstance(this, JSErrorObject):
        this.lazy_stack = False
    if isinstance(this, JSObject):
        define_property_or_throw(this, "stack", PropertyDescriptor(value=argument(args, 0), writable=True,
                                                                   enumerable=False, configurable=True))
    return None


def error_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Error ( message [ , options ] ) (sec-error-message)."""
    return create_error(realm, "Error", new_target, argument(args, 0), argument(args, 1))


def _call_site_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite objects are made by the engine only."""
    throw_type_error("CallSite objects are made by the engine")


@error_proto.method("toString", 0)
def error_proto_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Error.prototype.toString ( ) (sec-error.prototype.tostring)."""
    o = this
    if not isinstance(o, JSObject):
        throw_type_error(incompatible_receiver("Error.prototype.toString", o))
    name = o.get("name", o)
    name = "Error" if name is None else to_string(name)
    msg = o.get("message", o)
    msg = "" if msg is None else to_string(msg)
    if not name:
        return msg
    if not msg:
        return name
    return concat_strings(name, ": ", msg)


@error_statics.method("isError", 1)
def error_is_error(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """Error.isError ( arg ) (sec-error.iserror)."""
    # 1. If arg is not an Object, return false. 2. If arg has an [[ErrorData]] internal slot, return true.
    return isinstance(argument(args, 0), JSErrorObject)


@error_statics.method("captureStackTrace", 2, frame=False)
def error_capture_stack_trace(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): Error.captureStackTrace ( targetObject [ , constructorOpt ] ) defines an own
    'stack' data property on targetObject. When constructorOpt is a function, the frames up to
    and including its topmost activation are left out, and all of them when it is not on the
    stack (as in V8)."""
    o = argument(args, 0)
    if not isinstance(o, JSObject):
        throw_type_error("Error.captureStackTrace: argument must be an object")
    # NON-SPEC (V8): a non-extensible object is a TypeError even when it has a 'stack' already;
    # an own 'stack' that is not configurable is left as it is, without an error
    if not o.is_extensible():
        throw_type_error("Cannot define property stack, object is not extensible")
    if not o.is_proxy:
        existing = o.get_own_property("stack")
        if existing is not None and existing.configurable is False:
            return None
    constructor_opt = argument(args, 1)
    if isinstance(constructor_opt, JSObject) and constructor_opt.is_callable:
        frames = capture_frames(constructor_opt, absent_empty=True)
    else:
        frames = capture_frames()
    holder = JSErrorObject(None)
    holder.frames = frames

    def default() -> str:
        # The header is the object's toString-like description (name: message).
        lines = format_stack(holder).split("\n")
        lines[0] = error_header(o)
        return "\n".join(lines)
    # NON-SPEC (V8): through Error.prepareStackTrace when there is one (formatted now: V8 waits
    # for the first read, which libraries such as depd do at once, with the hook still set)
    value = prepare_stack_trace(o, frames, default)
    define_property_or_throw(o, "stack", PropertyDescriptor(value=value, writable=True,
                                                            enumerable=False, configurable=True))
    return None


# --- CallSite (NON-SPEC, V8): the frames Error.prepareStackTrace receives -------------------
call_site_proto = BuiltinTable()  # %CallSite.prototype%


def _frame(this: Any, method: str) -> Frame:
    if not isinstance(this, CallSiteObject):
        throw_type_error(f"CallSite method {method} expects CallSite as receiver")
    return this.frame


@call_site_proto.method("getFunctionName", 0)
def call_site_get_function_name(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getFunctionName: the function's name, or null."""
    name = _frame(this, "getFunctionName")[0]
    if name.startswith(CONSTRUCT_PREFIX):
        name = name[len(CONSTRUCT_PREFIX):]
        return NULL if name == "<anonymous>" else name
    return NULL if not name or name == MODULE_TOP else name


@call_site_proto.method("isConstructor", 0)
def call_site_is_constructor(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.isConstructor: whether the frame is [[Construct]]'s."""
    return _frame(this, "isConstructor")[0].startswith(CONSTRUCT_PREFIX)


@call_site_proto.method("getTypeName", 0)
def call_site_get_type_name(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getTypeName: the receiver's type for a method call
    (runtime/stack.frame_type_name; a CommonJS module's top level: 'Object'), else null. A
    function receiver's is 'Function' (V8 11's GetConstructorName), where the stack line shows
    the function's name."""
    frame = _frame(this, "getTypeName")
    lazy = frame[5]
    if isinstance(lazy, LazyMethodName) and lazy.this.is_callable:
        return "Function"
    return frame[4] or ("Object" if frame[0] == MODULE_TOP else NULL)


@call_site_proto.method("getMethodName", 0)
def call_site_get_method_name(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getMethodName: the key under which the receiver holds
    the function (runtime/stack.frame_method_name), or null."""
    return str(_frame(this, "getMethodName")[5]) or NULL


@call_site_proto.method("getFileName", 0)
def call_site_get_file_name(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getFileName (undefined for eval code, null for a
    built-in's frame)."""
    frame = _frame(this, "getFileName")
    if _native(frame):
        return NULL
    return None if EvalFrame.origin(frame[1]) is not None else frame[1]


def _native(frame: Frame) -> bool:
    """Whether ``frame`` is a built-in function's (no file, no position: V8's CallSite methods
    give null for them)."""
    return not frame[2] and not frame[1]


@call_site_proto.method("getScriptNameOrSourceURL", 0)
def call_site_get_script_name(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getScriptNameOrSourceURL: the file name (null for a
    built-in's frame)."""
    frame = _frame(this, "getScriptNameOrSourceURL")
    if _native(frame):
        return NULL
    return None if EvalFrame.origin(frame[1]) is not None else frame[1]


@call_site_proto.method("isEval", 0)
def call_site_is_eval(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.isEval: whether the frame runs code that eval (or
    Function) compiled."""
    return EvalFrame.origin(_frame(this, "isEval")[1]) is not None


@call_site_proto.method("getEvalOrigin", 0)
def call_site_get_eval_origin(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getEvalOrigin: where eval (or Function) compiled the
    frame's code (``eval at f (file.js:1:23)``), else undefined."""
    return EvalFrame.origin(_frame(this, "getEvalOrigin")[1])


@call_site_proto.method("getLineNumber", 0)
def call_site_get_line_number(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getLineNumber (1-based; null for a built-in's frame)."""
    frame = _frame(this, "getLineNumber")
    return NULL if _native(frame) else float(frame[2])


@call_site_proto.method("getColumnNumber", 0)
def call_site_get_column_number(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getColumnNumber (1-based; null for a built-in's frame)."""
    frame = _frame(this, "getColumnNumber")
    return NULL if _native(frame) else float(frame[3])


@call_site_proto.method("isToplevel", 0)
def call_site_is_toplevel(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.isToplevel: whether the receiver is the global object,
    undefined or null (not a method call's, nor a CommonJS module's top level)."""
    frame = _frame(this, "isToplevel")
    if _native(frame):  # (a built-in's: its receiver undefined, as a constructor's is in V8)
        return not frame[4]
    return not frame[4] and frame[0] != MODULE_TOP and not frame[0].startswith(CONSTRUCT_PREFIX)


def _false(method: str) -> Any:
    def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        _frame(this, method)
        return False
    impl.__doc__ = f"NON-SPEC (V8): CallSite.prototype.{method}: false (not recorded)."
    return impl


def _absent(method: str, value: Any) -> Any:
    def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
        _frame(this, method)
        return value
    impl.__doc__ = f"NON-SPEC (V8): CallSite.prototype.{method}: not recorded (as for strict code)."
    return impl


for _name in ("isNative", "isAsync", "isPromiseAll"):
    call_site_proto.method(_name, 0)(_false(_name))
@call_site_proto.method("getThis", 0)
def call_site_get_this(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getThis: the receiver of a sloppy function's
    activation (the global object for a plain call), undefined for strict code."""
    return _frame(this, "getThis")[6]


@call_site_proto.method("getFunction", 0)
def call_site_get_function(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.getFunction: the function a sloppy function's
    activation runs, undefined for strict code."""
    return _frame(this, "getFunction")[7]


for _name, _value in (("getPromiseIndex", NULL), ("getScriptHash", ""), ("getPosition", 0.0),
                      ("getEnclosingLineNumber", NULL), ("getEnclosingColumnNumber", NULL)):
    call_site_proto.method(_name, 0)(_absent(_name, _value))


@call_site_proto.method("toString", 0)
def call_site_to_string(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8): CallSite.prototype.toString: the frame as a stack line shows it."""
    return format_call_site(_frame(this, "toString"))


def _make_call_site_prototype(realm: "Realm") -> None:
    """%CallSite.prototype% (NON-SPEC, V8), once."""
    if realm.intrinsics.pending.pop("CallSite", None) is None:
        return
    csp = JSObject(realm.object_prototype)
    realm.intrinsics["%CallSite.prototype%"] = csp
    call_site_proto.install(realm, csp)
    csp.define_builtin("constructor", BuiltinFunction(realm, _call_site_constructor, "CallSite", 0))


def setup(realm: "Realm") -> None:
    # %Error.prototype% (sec-properties-of-the-error-prototype-object): an ordinary object.
    ep = JSObject(realm.object_prototype)
    realm.intrinsics["%Error.prototype%"] = ep
    error_ctor = make_constructor(realm, error_constructor, "Error", 1, ep, frame=False)
    realm.intrinsics["%Error%"] = error_ctor
    ep.define_builtin("name", "Error")
    ep.define_builtin("message", "")
    realm.intrinsics["%ErrorStackGetter%"] = BuiltinFunction(realm, _lazy_stack_get, "stack", 0)
    realm.intrinsics["%ErrorStackSetter%"] = BuiltinFunction(realm, _lazy_stack_set, "stack", 1)
    error_proto.install(realm, ep)
    error_statics.install(realm, error_ctor)
    # NON-SPEC (V8): Error.stackTraceLimit.
    error_ctor.define_builtin("stackTraceLimit", 10.0, WEC)
    realm.define_global("Error", error_ctor)
    # NON-SPEC (V8): the prototype of the CallSite objects Error.prepareStackTrace receives,
    # made on its first lookup (no global names it; most realms never need it)
    realm.intrinsics.pending["CallSite"] = partial(_make_call_site_prototype, realm)

    # (the NativeErrors, AggregateError and SuppressedError: their own modules, each set up on
    # first use: pyjsvm.intrinsics.order)


def setup_subclass(realm: "Realm", kind: str, impl: Any, length: int) -> None:
    """A subclass of the realm's %Error% (a NativeError, AggregateError, SuppressedError): its
    constructor ``impl`` of ``length`` and its prototype, and the global ``kind``."""
    p = JSObject(realm.intrinsics["%Error.prototype%"])
    realm.intrinsics[f"%{kind}.prototype%"] = p
    ctor = make_constructor(realm, impl, kind, length, p, proto_of_ctor=realm.intrinsics["%Error%"], frame=False)
    realm.intrinsics[f"%{kind}%"] = ctor
    p.define_builtin("name", kind)
    p.define_builtin("message", "")
    realm.define_global(kind, ctor)
