"""Small helpers for host objects: making built-in functions and objects, Node-style errors,
and reading JS values from Python without ceremony."""
from __future__ import annotations

import re

import errno as _errno
from typing import TYPE_CHECKING, Any, Callable, NoReturn

from pyjsvm.api.common import ARROWS, DECORATED  # noqa: F401 - the host's names for them
from pyjsvm.api.validators import Side
from pyjsvm.errors import VMRangeError, VMTypeError
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import C, E, W, BuiltinFunction, JSArray, JSObject, Prop
from pyjsvm.runtime.buffers import (
    JSArrayBuffer, JSDataView, get_view_byte_length, is_view_out_of_bounds, typed_array_length_or_none,
)
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.operations import call, construct
from pyjsvm.runtime.values import NULL, JSBigInt, JSSymbol
from pyjsvm.runtime.agent import AGENT
from pyjsvm.modules.loading import coded_error
from pyjsvm.api.code_cache import compile_function_cached
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js
from pyjsvm.host.inspect import InspectOptions, _fn_name, format_number, named_constructor, inspect

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

Impl = Callable[["Realm", Any, list[Any], Any], Any]



def arg(args: list[Any], i: int) -> Any:
    """The i-th argument, undefined (None) when absent."""
    return args[i] if len(args) > i else None


def make_fn(realm: "Realm", name: str, length: int, impl: Impl, ctor: bool = False) -> BuiltinFunction:
    """A built-in function of ``realm``."""
    return BuiltinFunction(realm, impl, name, length, ctor=ctor)


def put(obj: JSObject, key: Any, value: Any, flags: int = W | E | C) -> None:
    """Define a data property directly."""
    obj.define_builtin(key, value, flags)


def method(obj: JSObject, realm: "Realm", name: str, length: int, flags: int = W | C) -> Callable[[Impl], Impl]:
    """Decorator: install ``impl`` as method ``name`` of ``obj``."""
    def deco(impl: Impl) -> Impl:
        obj.define_builtin(name, make_fn(realm, name, length, impl), flags)
        return impl
    return deco


def new_object(realm: "Realm", proto: JSObject | None | bool = True) -> JSObject:
    """A plain object of ``realm`` (``proto=None`` for a null prototype)."""
    if proto is True:
        return JSObject(realm.object_prototype)
    return JSObject(proto if isinstance(proto, JSObject) else None)


def new_array(realm: "Realm", items: list[Any]) -> JSArray:
    """A JS array of ``realm``."""
    return JSArray(realm.array_prototype, list(items))


def describe_received(v: Any) -> str:
    """The ``Received ...`` tail of Node's ERR_INVALID_ARG_TYPE for a JS value."""
    if v is None:
        return "Received undefined"
    if v is NULL:
        return "Received null"
    if isinstance(v, JSObject):
        if v.is_callable:
            name = _fn_name(v)
            return f"Received function {name}" if name else "Received function "
        cname = named_constructor(v)
        if cname:
            return f"Received an instance of {cname}"
        return f"Received {inspect(v, InspectOptions(depth=-1))}"
    shown = inspect(v)
    if type(v) is str and len(v) > 28:
        shown = inspect(v[:25]) + "..."
    typ = {str: "string", float: "number", bool: "boolean", JSBigInt: "bigint", JSSymbol: "symbol"}.get(type(v), "object")
    return f"Received type {typ} ({shown})"


def _add_numerical_separator(text: str) -> str:
    """Node's addNumericalSeparator (its ERR_OUT_OF_RANGE text for integers past 2**32)."""
    res = ""
    i = len(text)
    start = 1 if text.startswith("-") else 0
    while i >= start + 4:
        res = "_" + text[i - 3:i] + res
        i -= 3
    return text[:i] + res


def js_shown(v: Any) -> str:
    """A JS value after ``Received`` in Node's ERR_OUT_OF_RANGE / ERR_INVALID_ARG_VALUE."""
    if type(v) is float and v == v and v.is_integer() and abs(v) > 2**32:
        return _add_numerical_separator(format_number(v))
    return inspect(v)


# How the shared validators (api/validators.py) show a JS value: the edge between them and JS.
JS_SIDE = Side(describe_received, js_shown, "undefined")


def checked(r: "Realm", check: Callable[..., Any], value: Any, name: str, *args: Any) -> Any:
    """``check(value, name, *args, JS_SIDE)`` from the shared validators, its VMTypeError /
    VMRangeError thrown as Node's error of realm ``r``."""
    try:
        return check(value, name, *args, JS_SIDE)
    except VMTypeError as e:
        throw_node_error(r, "TypeError", e.code, str(e))
    except VMRangeError as e:
        throw_node_error(r, "RangeError", e.code, str(e))


def node_error(realm: "Realm", kind: str, code: str, message: str) -> JSObject:
    """An error of ``realm`` like Node's internal errors: ``code`` own property and a stack that
    starts with ``Kind [CODE]: message`` (``modules.loading.coded_error``)."""
    err: JSObject = coded_error(realm, kind, code, message)
    return err


def throw_node_error(realm: "Realm", kind: str, code: str, message: str) -> NoReturn:
    """Throw ``node_error(...)``."""
    raise JSThrow(node_error(realm, kind, code, message))


def invalid_arg_type(realm: "Realm", name: str, expected: str, value: Any) -> NoReturn:
    """Throw Node's ERR_INVALID_ARG_TYPE."""
    kind = "property" if "." in name else "argument"
    throw_node_error(realm, "TypeError", "ERR_INVALID_ARG_TYPE",
                     f'The "{name}" {kind} must be {expected}. {describe_received(value)}')


def get_prop(o: Any, key: str) -> Any:
    """``o[key]`` for an object, undefined otherwise."""
    if isinstance(o, JSObject):
        return o.get(key, o)
    return None


def js_str(v: Any) -> str:
    """A JS string value as Python text (surrogate pairs joined)."""
    return js_string_to_python(v)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def js_os_str(v: Any) -> str:
    """A JS string value as text for the operating system (a path, an argument, an environment
    variable): surrogate pairs joined and each lone surrogate U+FFFD, as node encodes such a
    string in UTF-8 (a lone surrogate cannot be encoded: process.chdir('\\ud800') was a
    UnicodeEncodeError traceback, fs and child_process calls 'internal error's)."""
    return _LONE_SURROGATE.sub("\ufffd", js_string_to_python(v))


# NON-SPEC (speed): the code cache data (api/code_cache.py) of each host module written in JS
# that this process has compiled, by its body: another realm's require of it is not parsed again
_HOST_PROGRAMS: dict[str, bytes] = {}
_HOST_SEEN: set[str] = set()


def _compile_host_module(realm: "Realm", name: str, body: str, ext: JSObject) -> Any:
    """``compile_function`` of a host module's body with ``ext`` in scope, through its code
    cache data: kept by this process, else read from the compile cache of the ``pyjsvm``
    command when it has one (realm.host_defined["pyjsvm.compile_cache"]), else made and kept.
    Parsing is most of the time of a first ``require('util')`` or ``require('stream')``."""
    data = _HOST_PROGRAMS.get(body)
    if data is None:
        disk = realm.host_defined.get("pyjsvm.compile_cache")
        if disk is not None:
            return disk.compile_function(realm, body, [], name, [ext])
    # (the data is made at the second compilation in this process: one that compiles the module
    # once pays nothing for it)
    produce = data is None and body in _HOST_SEEN
    _HOST_SEEN.add(body)
    fn, _rejected, produced, _program = compile_function_cached(realm, body, [], name, 0, 0, [ext], data, produce)
    if produced:
        _HOST_PROGRAMS[body] = produced
    return fn


def load_js(realm: "Realm", name: str, source: str, helpers: dict[str, Any]) -> Any:
    """Compile ``source`` (a parenthesised JS function expression) once in ``realm`` with
    ``helpers`` (name -> JS value) in scope, and return the result of calling it.
    Host modules written in JS use this; their frames show as ``name`` in stacks."""
    ext = new_object(realm)
    for k, v in helpers.items():
        ext.props[k] = v
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        fn = _compile_host_module(realm, name, "return " + source.strip(), ext)
        factory = fn.call(None, [])
        return factory.call(None, [])
    finally:
        AGENT.realm = saved


def obj_from(realm: "Realm", items: dict[str, Any]) -> JSObject:
    """A plain object with the given own enumerable data properties (in order)."""
    o = new_object(realm)
    for k, v in items.items():
        put(o, k, v)
    return o


def is_fn(v: Any) -> bool:
    return isinstance(v, JSObject) and v.is_callable


def binding(realm: "Realm", fns: dict[str, Callable[..., Any]]) -> JSObject:
    """An object of built-in functions ``name(*args)`` taking JS values; for JS-written modules
    to reach the host (like Node's internal bindings). The Python callables get the argument
    list only."""
    o = new_object(realm, None)
    for name, f in fns.items():
        def impl(r: "Realm", this: Any, args: list[Any], nt: Any, f: Callable[..., Any] = f, name: str = name) -> Any:
            try:
                return f(list(args))
            except (ValueError, TypeError, OverflowError, UnicodeError, IndexError, KeyError, AttributeError) as e:
                # NON-SPEC: a host bug or an argument the binding did not expect: a JS error, never a traceback
                raise JSThrow(r.new_error("Error", f"internal error in {name}: {type(e).__name__}: {e}")) from None
        o.define_builtin(name, make_fn(realm, name, 0, impl), W | E | C)
    return o


def view_bytes(r: "Realm", v: Any, name: str) -> bytes:
    """The bytes a Buffer, TypedArray or DataView ``v`` views (an ERR_INVALID_ARG_TYPE TypeError
    for anything else, or a detached or out-of-bounds view)."""
    if isinstance(v, JSTypedArray):
        n = typed_array_length_or_none(v)
        data = v.buffer.data
        if n is not None and data is not None:
            return bytes(data[v.byte_offset:v.byte_offset + n * v.etype.size])
    elif isinstance(v, JSDataView):
        data = v.buffer.data
        if data is not None and not is_view_out_of_bounds(v):
            return bytes(data[v.byte_offset:v.byte_offset + get_view_byte_length(v)])
    invalid_arg_type(r, name, "an instance of Buffer, TypedArray, or DataView", v)


def bytes_to_buffer(r: "Realm", data: bytes) -> Any:
    """``data`` as a JS value: a Buffer when the host has one, else a Uint8Array."""
    buf = JSArrayBuffer(r.intrinsics["%ArrayBuffer.prototype%"], bytearray(data))
    g = r.global_object
    b = g.get("Buffer", g)
    if isinstance(b, JSObject) and b.is_callable:
        return call(b.get("from", b), b, [buf])
    return construct(r.intrinsics["%Uint8Array%"], [buf])


# libuv's messages for the errors programs meet.
UV_MESSAGES = {
    "ENOENT": "no such file or directory", "EEXIST": "file already exists",
    "EISDIR": "illegal operation on a directory", "ENOTDIR": "not a directory",
    "EACCES": "permission denied", "EPERM": "operation not permitted", "ENOTEMPTY": "directory not empty",
    "EBADF": "bad file descriptor", "EINVAL": "invalid argument", "EXDEV": "cross-device link not permitted",
    "ELOOP": "too many symbolic links encountered", "EMFILE": "too many open files",
    "ENAMETOOLONG": "name too long", "EBUSY": "resource busy or locked", "ENOSPC": "no space left on device",
    "EROFS": "read-only file system", "ESPIPE": "invalid seek", "EPIPE": "broken pipe",
    "EAGAIN": "resource temporarily unavailable", "ENOSYS": "function not implemented",
}


def uv_error(realm: "Realm", e: OSError, syscall: str, path: str | None = None, dest: str | None = None) -> JSThrow:
    """A Node system error (``ENOENT: no such file or directory, open 'x'``) for ``e`` (node:fs,
    process.chdir)."""
    num = e.errno or _errno.EIO
    code = _errno.errorcode.get(num, "EIO")
    desc = UV_MESSAGES.get(code, (e.strerror or code).lower())
    msg = f"{code}: {desc}, {syscall}"
    if path is not None:
        msg += f" '{path}'"
    if dest is not None:
        msg += f" -> '{dest}'"
    err = realm.new_error("Error", python_string_to_js(msg))
    for k, v in (("errno", float(-num)), ("code", code), ("syscall", syscall), ("path", path), ("dest", dest)):
        if v is not None:
            err.props[k] = Prop(python_string_to_js(v) if isinstance(v, str) else v, W | E | C)
    return JSThrow(err)
