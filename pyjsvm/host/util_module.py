"""``node:util`` (inspect, format, isDeepStrictEqual, types, inherits, promisify...); deep
equality shared with ``node:assert``."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from pyjsvm.host.console import format_args, inspect_options_from_js
from pyjsvm.host.inspect import InspectOptions, _custom_symbol, _table_items, inspect, is_error
from pyjsvm.host.jsutil import arg, invalid_arg_type, make_fn, method, new_object, put
from pyjsvm.runtime.objects import C, W, JSArray, JSObject, JSPrimitiveObject, JSStringObject
from pyjsvm.runtime.values import NULL, JSBigInt
from pyjsvm.compiler.engine import compile_function
from pyjsvm.runtime.operations import is_loosely_equal, same_value, same_value as sv

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["inspect_function", "make_util_module", "deep_equal"]


def inspect_function(realm: "Realm") -> JSObject:
    """``util.inspect`` as a JS function of ``realm`` (with ``.custom`` and ``.defaultOptions``)."""
    def impl(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        opts_arg = arg(args, 1)
        if type(opts_arg) is bool:
            opts = InspectOptions(show_hidden=opts_arg)
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
    return fn


def _own_enum_keys(o: JSObject) -> list[Any]:
    out = []
    for k in o.own_property_keys():
        d = o.get_own_property(k)
        if d is not None and d.enumerable is True:
            out.append(k)
    return out


def deep_equal(a: Any, b: Any, strict: bool, memo: list[tuple[Any, Any]] | None = None) -> bool:
    """Node's isDeepStrictEqual (``strict``) / isDeepEqual for the values pyjsvm has."""
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
    memo = memo if memo is not None else []
    for x, y in memo:
        if x is a and y is b:
            return True
    if strict and a.get_prototype_of() is not b.get_prototype_of():
        return False
    if type(a) is not type(b):
        if not (isinstance(a, JSArray) and isinstance(b, JSArray)):
            return False
    if a.is_callable or b.is_callable:
        return False
    if isinstance(a, JSArray) and a.length != b.length:  # type: ignore[attr-defined]
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
    if not strict:
        ka = [k for k in ka if type(k) is str]
        kb = [k for k in kb if type(k) is str]
    if len(ka) != len(kb) or set(map(_key_id, ka)) != set(map(_key_id, kb)):
        return False
    memo.append((a, b))
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
        memo.pop()
    return True


def _key_id(k: Any) -> Any:
    return k if type(k) is str else id(k)


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

    @method(u, realm, "deprecate", 2, 7)
    def deprecate(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        return arg(args, 0)

    types = new_object(realm)
    checks = {
        "isPromise": lambda v: type(v).__name__ == "JSPromise",
        "isRegExp": lambda v: type(v).__name__ == "JSRegExpObject",
        "isMap": lambda v: type(v).__name__ == "JSMap",
        "isSet": lambda v: type(v).__name__ == "JSSet",
        "isWeakMap": lambda v: type(v).__name__ == "JSWeakMap",
        "isWeakSet": lambda v: type(v).__name__ == "JSWeakSet",
        "isNativeError": lambda v: is_error(v),
        "isProxy": lambda v: isinstance(v, JSObject) and v.is_proxy,
        "isDate": lambda v: type(v).__name__ == "JSDateObject",
        "isBoxedPrimitive": lambda v: isinstance(v, (JSPrimitiveObject, JSStringObject)),
        "isGeneratorFunction": lambda v: getattr(getattr(v, "code", None), "kind", "") in ("generator", "asyncGenerator"),
        "isAsyncFunction": lambda v: getattr(getattr(v, "code", None), "kind", "") in ("async", "asyncGenerator"),
        "isMapIterator": lambda v: type(v).__name__ == "MapIterator",
        "isSetIterator": lambda v: type(v).__name__ == "SetIterator",
        "isBigIntObject": lambda v: isinstance(v, JSPrimitiveObject) and type(v.primitive) is JSBigInt,
        "isArrayBuffer": lambda v: False,
        "isTypedArray": lambda v: False,
    }
    for name, check in checks.items():
        def impl(r: "Realm", this: Any, args: list[Any], nt: Any, check: Any = check) -> Any:
            return bool(check(arg(args, 0)))
        types.define_builtin(name, make_fn(realm, name, 1, impl), W | C | 2)
    put(u, "types", types)

    @method(u, realm, "promisify", 1, 7)
    def promisify(r: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
        fn = arg(args, 0)
        if not (isinstance(fn, JSObject) and fn.is_callable):
            invalid_arg_type(r, "original", "of type function", fn)
        wrapper = compile_function(r, """
          return function (...args) {
            return new Promise((resolve, reject) => {
              fn.call(this, ...args, (err, ...values) => {
                if (err) return reject(err);
                resolve(values.length > 1 ? values : values[0]);
              });
            });
          };""", ["fn"], "node:util", 0, 0)
        return wrapper.call(None, [fn])

    return u
