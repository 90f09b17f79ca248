"""``node:util`` (inspect, format, isDeepStrictEqual, types, inherits, promisify...); deep
equality shared with ``node:assert``."""
from __future__ import annotations

import errno
import math
import os
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.host.console import DEFAULTS_KEY, default_options, format_args, inspect_options_from_js
from pyjsvm.host.inspect import InspectOptions, _custom_symbol, _table_items, inspect, is_error
from pyjsvm.host.jsutil import (
    UV_MESSAGES, arg, invalid_arg_type, js_str, load_js, make_fn, method, new_array, new_object, obj_from, put, throw_node_error,
)
from pyjsvm.runtime.agent import check_stop
from pyjsvm.runtime.objects import C, E, W, JSArray, JSObject, JSPrimitiveObject, JSStringObject
from pyjsvm.runtime.values import NULL, JSBigInt, JSSymbol
from pyjsvm.runtime.buffers import (JSArrayBuffer, JSDataView, get_view_byte_length, is_view_out_of_bounds,
                                    typed_array_byte_length, typed_array_length)
from pyjsvm.runtime.exotic.typed_array import JSTypedArray, typed_array_get_element
from pyjsvm.runtime.functions import JSArguments
from pyjsvm.runtime.generator_objects import JSAsyncGenerator, JSGenerator
from pyjsvm.runtime.stack import JSErrorObject
from pyjsvm.host.util_js import UTIL_SOURCE
from pyjsvm.runtime.operations import call, construct, is_loosely_equal, same_value, same_value as sv

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["inspect_function", "make_util_module", "deep_equal"]


def inspect_function(realm: "Realm") -> JSObject:
    """``util.inspect`` as a JS function of ``realm`` (with ``.custom`` and ``.defaultOptions``)."""
    def impl(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        opts_arg = arg(args, 1)
        if type(opts_arg) is bool:
            opts = default_options(r)
            opts.show_hidden = opts_arg
            d = arg(args, 2)
            if type(d) is float:
                opts.depth = d
            elif d is NULL:
                opts.depth = math.inf
        else:
            opts = inspect_options_from_js(opts_arg)
        return inspect(arg(args, 0), opts)
    fn = make_fn(realm, "inspect", 2, impl)
    fn.define_builtin("custom", _custom_symbol(), W | C | 2)

    def defaults(r: "Realm") -> JSObject:
        o = r.host_defined.get(DEFAULTS_KEY)
        if o is None:
            d = InspectOptions()
            o = obj_from(r, {"showHidden": d.show_hidden, "depth": float(d.depth), "colors": d.colors,
                             "customInspect": d.custom_inspect, "showProxy": d.show_proxy,
                             "maxArrayLength": float(d.max_array_length), "maxStringLength": float(d.max_string_length),
                             "breakLength": float(d.break_length), "compact": float(d.compact), "sorted": d.sorted,
                             "getters": d.getters, "numericSeparator": False})
            r.host_defined[DEFAULTS_KEY] = o
        return o

    def get_defaults(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return defaults(r)

    def set_defaults(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        """util.inspect.defaultOptions = options: validated, then assigned over the defaults."""
        o = arg(args, 0)
        if not isinstance(o, JSObject) or o.is_callable:
            invalid_arg_type(r, "options", "of type object", o)
        target = defaults(r)
        for k in o.own_property_keys():
            d = o.get_own_property(k)
            if type(k) is str and d is not None and d.enumerable:
                target.set(k, o.get(k, o), target)
        return None
    fn.define_accessor("defaultOptions", make_fn(realm, "get", 0, get_defaults), make_fn(realm, "set", 1, set_defaults),
                       E | C)
    return fn


def _own_enum_keys(o: JSObject) -> list[Any]:
    out = []
    for k in o.own_property_keys():
        d = o.get_own_property(k)
        if d is not None and d.enumerable is True:
            out.append(k)
    return out


def deep_equal(a: Any, b: Any, strict: bool, memo: dict[tuple[int, int], None] | None = None) -> bool:
    """Node's isDeepStrictEqual (``strict``) / isDeepEqual for the values pyjsvm has. ``memo``:
    the pairs being compared on the way here (by identity: each is alive while it is in it), a
    pair met again is equal (a cycle). NON-SPEC: each pair of objects is a step of the run's
    budget, and a dict, not a list walked at each level: two nests 100,000 deep compared for
    minutes, unchecked by the timeout."""
    if not isinstance(a, JSObject) or not isinstance(b, JSObject):
        if strict:
            return same_value(a, b)
        if isinstance(a, JSObject) or isinstance(b, JSObject):
            return False
        if a is NULL or b is NULL or a is None or b is None:
            return (a is NULL or a is None) and (b is NULL or b is None) if not strict else a is b
        return bool(is_loosely_equal(a, b)) or (type(a) is float and type(b) is float and a != a and b != b)
    if a is b:
        return True
    memo = memo if memo is not None else {}
    pair = (id(a), id(b))
    if pair in memo:
        return True
    check_stop()
    if strict and a.get_prototype_of() is not b.get_prototype_of():
        return False
    if type(a) is not type(b):
        if not (isinstance(a, JSArray) and isinstance(b, JSArray)):
            return False
    if a.is_callable or b.is_callable:
        return False
    if isinstance(a, JSArray) and a.length != b.length:  # type: ignore[attr-defined]
        return False
    binary = _binary_tag(a)
    if binary != _binary_tag(b):  # (node compares Object.prototype.toString tags first)
        return False
    if binary is not None and not _similar_binary(a, b, binary, strict):
        return False
    if isinstance(a, (JSPrimitiveObject, JSStringObject)):
        if not sv(a.primitive, b.primitive):  # type: ignore[attr-defined]
            return False
    if is_error(a):
        for k in ("message", "name"):
            if not deep_equal(a.get(k, a), b.get(k, b), strict, memo):
                return False
    cname = type(a).__name__
    if cname == "JSRegExpObject":
        if (a.original_source, a.original_flags) != (b.original_source, b.original_flags):  # type: ignore[attr-defined]
            return False
    ka = _own_enum_keys(a)
    kb = _own_enum_keys(b)
    if isinstance(a, JSTypedArray):  # the elements were compared as bytes or numbers
        ka = [k for k in ka if not _is_index_key(k)]
        kb = [k for k in kb if not _is_index_key(k)]
    if not strict:
        ka = [k for k in ka if type(k) is str]
        kb = [k for k in kb if type(k) is str]
    if len(ka) != len(kb) or set(map(_key_id, ka)) != set(map(_key_id, kb)):
        return False
    memo[pair] = None
    try:
        for k in ka:
            if not deep_equal(a.get(k, a), b.get(k, b), strict, memo):
                return False
        if cname == "JSSet":
            ia = [k for k, _ in _table_items(a.set_data)]  # type: ignore[attr-defined]
            ib = [k for k, _ in _table_items(b.set_data)]  # type: ignore[attr-defined]
            if len(ia) != len(ib):
                return False
            rest = list(ib)
            for x in ia:
                for i, y in enumerate(rest):
                    if deep_equal(x, y, strict, memo):
                        del rest[i]
                        break
                else:
                    return False
        if cname == "JSMap":
            ea = _table_items(a.map_data)  # type: ignore[attr-defined]
            eb = _table_items(b.map_data)  # type: ignore[attr-defined]
            if len(ea) != len(eb):
                return False
            rest2 = list(eb)
            for x, xv in ea:
                for i, (y, yv) in enumerate(rest2):
                    if deep_equal(x, y, strict, memo) and deep_equal(xv, yv, strict, memo):
                        del rest2[i]
                        break
                else:
                    return False
    finally:
        del memo[pair]
    return True


def _binary_tag(v: JSObject) -> str | None:
    """The kind of binary data ``v`` holds, as node's deep equality tells them apart (their
    Object.prototype.toString tags): a typed array's name, DataView, ArrayBuffer,
    SharedArrayBuffer; None for other objects."""
    if isinstance(v, JSTypedArray):
        return v.name
    if isinstance(v, JSDataView):
        return "DataView"
    if isinstance(v, JSArrayBuffer):
        return "SharedArrayBuffer" if v.shared else "ArrayBuffer"
    return None


def _binary_bytes(v: Any) -> bytes:
    """The bytes a view or buffer covers (none when detached or out of bounds)."""
    d = v.buffer.data if isinstance(v, (JSTypedArray, JSDataView)) else v.data
    if d is None:
        return b""
    if isinstance(v, JSTypedArray):
        return bytes(d[v.byte_offset:v.byte_offset + typed_array_byte_length(v)])
    if isinstance(v, JSDataView):
        return b"" if is_view_out_of_bounds(v) else bytes(d[v.byte_offset:v.byte_offset + get_view_byte_length(v)])
    return bytes(d)


def _similar_binary(a: Any, b: Any, tag: str, strict: bool) -> bool:
    """Node's comparison of two binary values of the same kind: their bytes, except that the
    loose comparison of float arrays compares the numbers (0 equals -0, NaN equals nothing)."""
    if not strict and tag in ("Float32Array", "Float64Array"):
        n = typed_array_length(a)
        if n != typed_array_length(b):
            return False
        return all(typed_array_get_element(a, float(i)) == typed_array_get_element(b, float(i))
                   for i in range(n))
    return _binary_bytes(a) == _binary_bytes(b)


def _is_index_key(k: Any) -> bool:
    return type(k) is str and k.isdigit() and (k == "0" or k[0] != "0")


def _key_id(k: Any) -> Any:
    return k if type(k) is str else id(k)


def _cname(v: Any) -> str:
    return type(v).__name__


def _kind(v: Any) -> str:
    return str(getattr(getattr(v, "code", None), "kind", "") or "") if isinstance(v, JSObject) else ""


def _typed(name: str) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, JSTypedArray) and v.name == name


def _boxed(kind: type) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, JSPrimitiveObject) and type(v.primitive) is kind


# node 20's util.types, in its order: each a check of the value's internal slots (a Proxy is
# none of these but a Proxy)
TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "isExternal": lambda v: False,  # no JS value wraps a native pointer here
    "isDate": lambda v: _cname(v) == "JSDateObject",
    "isArgumentsObject": lambda v: isinstance(v, JSArguments),
    "isBigIntObject": _boxed(JSBigInt),
    "isBooleanObject": _boxed(bool),
    "isNumberObject": _boxed(float),
    "isStringObject": lambda v: isinstance(v, JSStringObject),
    "isSymbolObject": _boxed(JSSymbol),
    "isNativeError": lambda v: isinstance(v, JSErrorObject),
    "isRegExp": lambda v: _cname(v) == "JSRegExpObject",
    "isAsyncFunction": lambda v: _kind(v) in ("async", "asyncGenerator", "asyncArrow"),
    "isGeneratorFunction": lambda v: _kind(v) in ("generator", "asyncGenerator"),
    "isGeneratorObject": lambda v: isinstance(v, (JSGenerator, JSAsyncGenerator)),
    "isPromise": lambda v: _cname(v) == "JSPromise",
    "isMap": lambda v: _cname(v) == "JSMap",
    "isSet": lambda v: _cname(v) == "JSSet",
    "isMapIterator": lambda v: _cname(v) == "MapIterator",
    "isSetIterator": lambda v: _cname(v) == "SetIterator",
    "isWeakMap": lambda v: _cname(v) == "JSWeakMap",
    "isWeakSet": lambda v: _cname(v) == "JSWeakSet",
    "isArrayBuffer": lambda v: isinstance(v, JSArrayBuffer) and not v.shared,
    "isDataView": lambda v: isinstance(v, JSDataView),
    "isSharedArrayBuffer": lambda v: isinstance(v, JSArrayBuffer) and bool(v.shared),
    "isProxy": lambda v: isinstance(v, JSObject) and v.is_proxy,
    "isModuleNamespaceObject": lambda v: _cname(v) == "ModuleNamespace",
    "isAnyArrayBuffer": lambda v: isinstance(v, JSArrayBuffer),
    "isBoxedPrimitive": lambda v: isinstance(v, (JSPrimitiveObject, JSStringObject)),
    "isArrayBufferView": lambda v: isinstance(v, (JSTypedArray, JSDataView)),
    "isTypedArray": lambda v: isinstance(v, JSTypedArray),
    "isUint8Array": _typed("Uint8Array"),
    "isUint8ClampedArray": _typed("Uint8ClampedArray"),
    "isUint16Array": _typed("Uint16Array"),
    "isUint32Array": _typed("Uint32Array"),
    "isInt8Array": _typed("Int8Array"),
    "isInt16Array": _typed("Int16Array"),
    "isInt32Array": _typed("Int32Array"),
    "isFloat32Array": _typed("Float32Array"),
    "isFloat64Array": _typed("Float64Array"),
    "isBigInt64Array": _typed("BigInt64Array"),
    "isBigUint64Array": _typed("BigUint64Array"),
    "isKeyObject": lambda v: False,  # (make_types asks node:crypto)
    "isCryptoKey": lambda v: False,  # (make_types asks node:crypto)
}


def make_types(realm: "Realm") -> JSObject:
    """``util.types`` (also ``require('util/types')``)."""
    types = new_object(realm)

    def crypto_check(key: str) -> Callable[[Any], bool]:
        # (node:crypto's test, once it is loaded: before, no KeyObject or CryptoKey exists)
        def check(v: Any) -> bool:
            test = realm.host_defined.get("pyjsvm.crypto." + key)
            return test is not None and call(test, None, [v]) is True
        return check
    for name, check in TYPE_CHECKS.items():
        if name in ("isKeyObject", "isCryptoKey"):
            check = crypto_check("__" + name)

        def impl(r: "Realm", this: Any, args: list[Any], nt: Any, check: Any = check) -> Any:
            return bool(check(arg(args, 0)))
        types.define_builtin(name, make_fn(realm, name, 1, impl), W | E | C)
    return types


def make_util_module(host: "NodeHost") -> JSObject:
    """The ``node:util`` exports object."""
    realm = host.realm
    u = new_object(realm)
    u.props["inspect"] = host.inspect_fn

    @method(u, realm, "format", 0, 7)
    def format_(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return format_args(r, list(args))

    @method(u, realm, "formatWithOptions", 1, 7)
    def format_with_options(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            invalid_arg_type(r, "inspectOptions", "of type object", o)
        return format_args(r, list(args[1:]), inspect_options_from_js(o))

    @method(u, realm, "isDeepStrictEqual", 2, 7)
    def is_deep_strict_equal(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return deep_equal(arg(args, 0), arg(args, 1), True)

    @method(u, realm, "inherits", 2, 7)
    def inherits(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        ctor, sup = arg(args, 0), arg(args, 1)
        if not (isinstance(ctor, JSObject) and ctor.is_callable):
            invalid_arg_type(r, "ctor", "of type function", ctor)
        if not (isinstance(sup, JSObject) and sup.is_callable):
            invalid_arg_type(r, "superCtor", "of type function", sup)
        ctor.set("super_", sup, ctor)
        p = ctor.get("prototype", ctor)
        sp = sup.get("prototype", sup)
        if isinstance(p, JSObject):
            p.set_prototype_of(sp)
        return None

    @method(u, realm, "isArray", 1, 7)
    def is_array(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return isinstance(arg(args, 0), JSArray)

    put(u, "types", make_types(realm))

    @method(u, realm, "getSystemErrorName", 1, 7)
    def get_system_error_name(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        n = arg(args, 0)
        if type(n) is not float:
            invalid_arg_type(r, "err", "of type number", n)
        if not (n < 0 and n == int(n)):
            throw_node_error(r, "RangeError", "ERR_OUT_OF_RANGE",
                             f'The value of "err" is out of range. It must be a negative integer. Received {js_str(inspect(n))}')
        return errno.errorcode.get(-int(n), f"Unknown system error {int(n)}")

    @method(u, realm, "getSystemErrorMap", 0, 7)
    def get_system_error_map(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        pairs = [new_array(r, [float(-code), new_array(r, [name, UV_MESSAGES.get(name) or os.strerror(code).lower()])])
                 for code, name in sorted(errno.errorcode.items())]
        map_ctor = r.global_object.get("Map", r.global_object)
        return construct(map_ctor, [new_array(r, pairs)])

    helpers = host.js_helpers({"__util": u})
    return load_js(realm, "node:util", UTIL_SOURCE, helpers)
