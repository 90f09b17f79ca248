"""NON-SPEC: declaring built-in functions next to their implementation.

A built-in module makes tables and decorates implementations::

    proto = BuiltinTable()

    @proto.method("map", 1)
    def array_map(realm, this, args, new_target): ...

and its ``setup(realm)`` calls ``proto.install(realm, realm.intrinsics["%Array.prototype%"])``,
which creates one BuiltinFunction per entry in that realm. An implementation gets
``(realm, this, args, new_target)``; ``new_target`` is None unless called with ``new``.
"""
from __future__ import annotations

from pyjsvm.syntax.record import record
from importlib import import_module
from typing import TYPE_CHECKING, Any, Callable

from pyjsvm.runtime.objects import C, W, WEC, BuiltinFunction, BuiltinImpl, JSObject, Prop
from pyjsvm.runtime.stack import register_native_frame
from pyjsvm.runtime.values import JSSymbol

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


class _Hooks(dict[str, Callable[..., Any]]):
    """Functions a module registers when imported; the first lookup imports it (it is
    deferred: pyjsvm.intrinsics.order)."""

    def __init__(self, module: str) -> None:
        super().__init__()
        self.module = module

    def __missing__(self, key: str) -> Callable[..., Any]:
        import_module(self.module)
        return dict.__getitem__(self, key)  # a KeyError now is a name the module does not register


# NON-SPEC: ECMA-402's definitions of the locale-sensitive methods of ECMA-262 built-ins
# (Number/BigInt/Date toLocaleString & co, String.prototype.localeCompare), registered by
# pyjsvm.intrinsics.intl when it is imported, so that those modules need not import it.
INTL_HOOKS = _Hooks("pyjsvm.intrinsics.intl")


def function_name_for_key(key: Any, prefix: str = "") -> str:
    """The ``name`` a built-in gets for a property key (SetFunctionName, sec-setfunctionname)."""
    if isinstance(key, JSSymbol):
        name = "" if key.description is None else "[" + key.description + "]"
    else:
        name = key
    return prefix + " " + name if prefix else name


@record
class Entry:
    key: Any
    length: int
    impl: Callable[..., Any] | None
    kind: str  # 'method', 'getter', 'accessor', 'value'
    flags: int
    setter: Callable[..., Any] | None = None
    value: Any = None

    def __post_init__(self) -> None:
        # The functions' names, the same in every realm: the key's, "get key", "set key".
        self.names = (function_name_for_key(self.key), function_name_for_key(self.key, "get"),
                      function_name_for_key(self.key, "set"))
        # the length and name properties of the entry's functions (a method, or a getter and
        # perhaps a setter), shared by every realm's (BuiltinFunction)
        method = self.kind == "method"
        self.shared = ((Prop(float(self.length), C), Prop(self.names[0], C)) if method else None,
                       None if method else (Prop(0.0, C), Prop(self.names[1], C)),
                       (Prop(1.0, C), Prop(self.names[2], C)) if self.setter is not None else None)


class BuiltinTable:
    """A list of built-in properties to install on one object of each realm."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def method(self, key: Any, length: int, flags: int = W | C, *,
               frame: bool = True) -> Callable[[BuiltinImpl], BuiltinImpl]:
        """Declare the built-in method ``key`` (its ``length``, its property's ``flags``). Its
        calls show in stack traces as V8 shows its built-ins' (``at Array.map (<anonymous>)``),
        unless ``frame`` is False (V8 shows none for Function.prototype.call, Reflect.apply...)."""
        def deco(fn: BuiltinImpl) -> BuiltinImpl:
            entry = Entry(key, length, fn, "method", flags)
            self.entries.append(entry)
            if frame:
                register_native_frame(fn, entry.names[0])
            return fn
        return deco

    def getter(self, key: Any, flags: int = C) -> Callable[[BuiltinImpl], BuiltinImpl]:
        def deco(fn: BuiltinImpl) -> BuiltinImpl:
            self.entries.append(Entry(key, 0, fn, "getter", flags))
            return fn
        return deco

    def accessor(self, key: Any, getter: BuiltinImpl, setter: BuiltinImpl | None, flags: int = C) -> None:
        self.entries.append(Entry(key, 0, getter, "accessor", flags, setter))

    def install(self, realm: "Realm", target: JSObject) -> None:
        props = target.props
        for e in self.entries:
            assert e.impl is not None
            if e.kind == "method":
                fn = BuiltinFunction(realm, e.impl, e.names[0], e.length, None, False, e.shared[0])
                props[e.key] = fn if e.flags == WEC else Prop(fn, e.flags)  # define_builtin, inlined
            else:
                g = BuiltinFunction(realm, e.impl, e.names[1], 0, None, False, e.shared[1])
                s = None
                if e.setter is not None:
                    s = BuiltinFunction(realm, e.setter, e.names[2], 1, None, False, e.shared[2])
                target.define_accessor(e.key, g, s, e.flags)


def make_constructor(realm: "Realm", impl: BuiltinImpl, name: str, length: int, prototype: JSObject | None,
                     proto_of_ctor: JSObject | None = None, *, frame: bool = True) -> BuiltinFunction:
    """Create a built-in constructor, link it with its prototype object (``prototype`` is
    non-writable, ``constructor`` is W|C) and return it. Its calls show in stack traces as
    V8's (``at new Promise (<anonymous>)``, ``at String (<anonymous>)``) unless ``frame`` is
    False (the error constructors, whose frames V8 leaves out of the stacks they capture)."""
    if frame:
        register_native_frame(impl, name)
    ctor = BuiltinFunction(realm, impl, name, length, proto=proto_of_ctor, ctor=True)
    if prototype is not None:
        ctor.define_builtin("prototype", prototype, 0)
        prototype.define_builtin("constructor", ctor, W | C)
    return ctor
