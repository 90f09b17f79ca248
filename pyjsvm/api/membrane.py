"""Values the host hands from one context (realm) to another: the membrane.

NON-SPEC (pyjsvm's sandbox; Node's vm shares objects between contexts). A JS object of realm A
that the Python host passes to realm B -- a proxy stored in B's context, passed as an argument
to a B function, returned by a Python callable that B called, the ``value`` of a ``JSError`` --
never reaches B as itself: its prototype chain, ``constructor`` and methods would be A's
intrinsics, and ``e.constructor.constructor('return this')()`` would be A's global object. What
B receives is built in B, from B's intrinsics:

- primitives (and symbols, shared by all realms) pass as they are;
- an Error becomes an error of B of the same native kind (``TypeError`` ...; another name is kept
  as an own ``name``), with the same own data properties (``message``, ``stack``, ``cause`` ...);
- arrays, plain and class-instance objects become a B array or a plain B object (null prototype
  kept) holding copies of their own enumerable string-keyed *data* properties: a copy is a
  snapshot, accessors are left out so that no code of A runs while crossing, and a prototype's
  methods do not come along;
- Date, Map, Set, ArrayBuffer and typed arrays become B objects of their kind with copied data;
- an intrinsic of A (``%Function%``, ``%eval%``, ``%Object.prototype%``, ``%Math%`` ...)
  becomes B's own intrinsic of that name;
- a function becomes a B function (one per function and realm, so identity holds) that calls the
  A function with its arguments and ``this`` crossing from B to A, and its result -- or what it
  throws -- crossing back; handing such a function back to A gives the original;
- a promise becomes a B promise that settles when the A promise does (A's reaction runs in A's
  job queue, when A's jobs run; B's reactions then run when B's do);
- a host mapping, list or Python callable that A saw is handed to B as the Python value itself;
- a JS Proxy that is not callable cannot cross (``TypeError``): copying it would run its traps.

Cycles and shared references inside one value are kept (one copy per object per crossing).
Copying is iterative, so deep data does not exhaust Python's stack.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any, Callable, TypeGuard

from pyjsvm.intrinsics.error import NATIVE_ERRORS
from pyjsvm.syntax.lazy import LazyModule
from pyjsvm.runtime.agent import AGENT, JSThrow, throw_type_error
from pyjsvm.runtime.buffers import JSArrayBuffer, typed_array_length_or_none
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.objects import (
    C, W, BuiltinFunction, JSArray, JSObject, Prop, PropertyDescriptor,
)
from pyjsvm.runtime.operations import call, construct, peek_data_property
from pyjsvm.runtime.promise import FULFILLED, PENDING, JSPromise, new_promise, perform_promise_then_internal
from pyjsvm.runtime.stack import JSErrorObject

# Date, Map and Set are set up on first use (intrinsics/order.py): until their modules are loaded
# no object can be one of theirs, so the checks below do not load them.
DATE = LazyModule("pyjsvm.intrinsics.date")
MAP_SET = LazyModule("pyjsvm.intrinsics.map_set")


def is_date(x: Any) -> "TypeGuard[JSDateObject]":
    """Whether ``x`` is a Date instance (a JSDateObject)."""
    m = DATE.loaded()
    return m is not None and type(x) is m.JSDateObject


def is_map(x: Any) -> "TypeGuard[JSMap]":
    """Whether ``x`` is a JSMap (a subclass's instance included)."""
    m = MAP_SET.loaded()
    return m is not None and isinstance(x, m.JSMap)


def is_set(x: Any) -> "TypeGuard[JSSet]":
    """Whether ``x`` is a JSSet (a subclass's instance included)."""
    m = MAP_SET.loaded()
    return m is not None and isinstance(x, m.JSSet)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.date import JSDateObject
    from pyjsvm.intrinsics.map_set import JSMap, JSSet
    from pyjsvm.intrinsics.realm import Realm

__all__ = ["cross_realm", "MembraneFunction"]

# NON-SPEC: installed by pyjsvm.api.convert (which imports this module): for a wrapper of a
# Python value (a host callable, mapping or list), that Python value handed to realm ``dst``
# (its wrapper there); None for other objects.
HOST_VALUE_TO: list[Callable[[JSObject, "Realm"], Any]] = [lambda x, dst: None]

_ERROR_KINDS = frozenset(("Error", "AggregateError", "SuppressedError", *NATIVE_ERRORS))


class MembraneFunction(BuiltinFunction):
    """A function of one realm standing for a function of another (see the module docstring)."""

    __slots__ = ("target", "target_realm")

    def __init__(self, realm: "Realm", target: JSObject, target_realm: "Realm") -> None:
        def impl(here: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
            return _call_across(self, here, this, args, new_target)
        name = peek_data_property(target, "name")
        length = peek_data_property(target, "length")
        BuiltinFunction.__init__(self, realm, impl, name if type(name) is str else "",
                                 length if type(length) is float and 0 <= length < 2**32 else 0,
                                 ctor=bool(target.is_constructor))
        self.target = target
        self.target_realm = target_realm


def _call_across(fn: MembraneFunction, here: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
    there = fn.target_realm
    try:
        a = [cross_realm(x, here, there) for x in args]
        t = cross_realm(this, here, there) if new_target is None else None
    except TypeError as e:
        throw_type_error(str(e))
    agent = AGENT
    saved = agent.realm
    agent.realm = there
    try:
        result = call(fn.target, t, a) if new_target is None else construct(fn.target, a)
    except JSThrow as e:
        agent.realm = saved
        try:
            raise JSThrow(cross_realm(e.value, there, here)) from None
        except TypeError as e2:
            throw_type_error(str(e2))
    finally:
        agent.realm = saved
    try:
        return cross_realm(result, there, here)
    except TypeError as e:
        throw_type_error(str(e))


def _functions(realm: "Realm") -> "weakref.WeakValueDictionary[int, MembraneFunction]":
    w = realm.host_defined.get("pyjsvm.membrane")
    if w is None:
        w = realm.host_defined["pyjsvm.membrane"] = weakref.WeakValueDictionary()
    return w  # type: ignore[no-any-return,unused-ignore]


def _intrinsic_names(realm: "Realm") -> dict[int, str]:
    """id -> name of the realm's intrinsics (made once per realm)."""
    cached = realm.host_defined.get("pyjsvm.intrinsic_names")
    if cached is None or cached[0] != len(realm.intrinsics):  # (intrinsics may be added lazily)
        names: dict[int, str] = {id(v): k for k, v in realm.intrinsics.items() if isinstance(v, JSObject)}
        cached = realm.host_defined["pyjsvm.intrinsic_names"] = (len(realm.intrinsics), names)
    result: dict[int, str] = cached[1]
    return result


def cross_realm(value: Any, src: "Realm", dst: "Realm") -> Any:
    """JS ``value`` of realm ``src`` as a value of realm ``dst`` (see the module docstring);
    ``TypeError`` for a value that cannot cross."""
    if not isinstance(value, JSObject) or src is dst:
        return value
    memo: dict[int, Any] = {}
    todo: list[Callable[[], None]] = []

    def conv(x: Any) -> Any:
        if not isinstance(x, JSObject):
            return x
        done = memo.get(id(x))
        if done is not None:
            return done
        out = _shell(x, src, dst, conv, todo)
        memo[id(x)] = out
        return out

    result = conv(value)
    while todo:
        todo.pop()()
    return result


def _shell(x: JSObject, src: "Realm", dst: "Realm", conv: Callable[[Any], Any],
           todo: list[Callable[[], None]]) -> Any:
    """The ``dst`` object standing for ``x``; its contents are filled by the jobs put on ``todo``."""
    if isinstance(x, MembraneFunction) and x.target_realm is dst:
        return x.target
    host = HOST_VALUE_TO[0](x, dst)
    if host is not None:
        return host
    name = _intrinsic_names(src).get(id(x))
    if name is not None and src.intrinsics.get(name) is x:
        # A's %Function%, %eval%, %Object.prototype% ... is B's own: never a way into A
        return dst.intrinsics[name]
    if x.is_callable:
        cache = _functions(dst)
        f = cache.get(id(x))
        if f is None or f.target is not x:
            f = MembraneFunction(dst, x, src)
            cache[id(x)] = f
        return f
    if x.is_proxy:
        raise TypeError("A Proxy object cannot be passed to another context")
    intr = dst.intrinsics
    if isinstance(x, JSPromise):
        return _promise(x, src, dst)
    if isinstance(x, JSErrorObject):
        name = peek_data_property(x, "name")
        kind = name if type(name) is str and name in _ERROR_KINDS else "Error"
        err = JSErrorObject(intr.get(f"%{kind}.prototype%") or intr["%Error.prototype%"])
        # (without the receivers and functions CallSite's getThis would hand to the other side)
        err.frames = [f[:6] + (None, None) for f in x.frames]
        if type(name) is str and kind != name and x.get_own_property("name") is None:
            err.props["name"] = Prop(name, W | C)  # keep a custom name visible
        todo.append(lambda: _copy_props(x, err, conv, all_data=True))
        return err
    if is_date(x):
        return DATE.JSDateObject(intr["%Date.prototype%"], x.date_value)
    if is_map(x):
        m = MAP_SET.JSMap(intr["%Map.prototype%"])
        empty = MAP_SET.EMPTY

        def fill_map() -> None:
            t = x.map_data
            for i, k in enumerate(list(t.keys)):
                if k is not empty:
                    m.map_data.add(conv(k), conv(t.values[i]))
        todo.append(fill_map)
        return m
    if is_set(x):
        s = MAP_SET.JSSet(intr["%Set.prototype%"])
        empty = MAP_SET.EMPTY

        def fill_set() -> None:
            for k in list(x.set_data.keys):
                if k is not empty:
                    s.set_data.add(conv(k))
        todo.append(fill_set)
        return s
    if type(x) is JSArrayBuffer:
        return JSArrayBuffer(intr["%SharedArrayBuffer.prototype%" if x.shared else "%ArrayBuffer.prototype%"],
                             bytearray(x.data or b""), x.max_byte_length, shared=x.shared)
    if isinstance(x, JSTypedArray):
        data = x.buffer.data
        n = typed_array_length_or_none(x) or 0
        start = x.byte_offset
        chunk = bytearray(data[start:start + n * x.etype.size]) if data is not None else bytearray()
        buf = JSArrayBuffer(intr["%ArrayBuffer.prototype%"], chunk)
        ta = JSTypedArray(intr[f"%{x.name}.prototype%"], x.name, x.etype)
        ta.attach(buf, 0, len(chunk) // x.etype.size)
        return ta
    if isinstance(x, JSArray):
        arr = JSArray(dst.array_prototype)

        def fill_array() -> None:
            _copy_props(x, arr, conv, all_data=False)
            arr.define_own_property("length", PropertyDescriptor(value=float(x.length)))
        todo.append(fill_array)
        return arr
    o = JSObject(dst.object_prototype if x.proto is not None else None)
    todo.append(lambda: _copy_props(x, o, conv, all_data=False))
    return o


def _copy_props(x: JSObject, out: JSObject, conv: Callable[[Any], Any], all_data: bool) -> None:
    """Copy ``x``'s own string-keyed data properties (only the enumerable ones unless
    ``all_data``) to ``out``, values crossing with ``conv``; accessors are left out."""
    try:
        keys = x.own_property_keys()
        for k in keys:
            if type(k) is not str:
                continue
            d = x.get_own_property(k)
            if d is None or d.is_accessor() or (not all_data and d.enumerable is not True):
                continue
            v = conv(d.value)
            if all_data:
                desc = PropertyDescriptor(value=v, writable=bool(d.writable), enumerable=bool(d.enumerable),
                                          configurable=True)
            else:
                desc = PropertyDescriptor(value=v, writable=True, enumerable=True, configurable=True)
            out.define_own_property(k, desc)
    except JSThrow:
        # an exotic object of the other realm refused to be read (a module namespace in its
        # TDZ ...): what was copied stays, the rest is left out
        return


def _promise(x: JSPromise, src: "Realm", dst: "Realm") -> JSPromise:
    p, resolve, reject = new_promise(dst)

    def settle(fn: Any, v: Any) -> None:
        try:
            v = cross_realm(v, src, dst)
        except TypeError as e:
            fn, v = reject, dst.new_error("TypeError", str(e))
        saved = AGENT.realm
        AGENT.realm = dst
        try:
            call(fn, None, [v])
        except JSThrow:
            pass  # a resolving function does not throw
        finally:
            AGENT.realm = saved

    if x.state == PENDING:
        perform_promise_then_internal(x, lambda v: settle(resolve, v), lambda v: settle(reject, v), src)
    else:
        settle(resolve if x.state == FULFILLED else reject, x.result)
    return p
