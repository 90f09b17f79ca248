"""Realms (sec-code-realms): each realm has its own intrinsics and global object.

``Realm()`` creates the intrinsics (sec-createintrinsics) by running the ``setup(realm)`` of each
built-in module listed in ``pyjsvm.intrinsics.order.MODULES``, in order, then sets up the global
object's properties (sec-setdefaultglobalbindings).
"""
from __future__ import annotations

from collections import deque
from typing import Any, Callable

from pyjsvm.runtime.agent import AGENT, get_agent, throw_type_error
from pyjsvm.runtime.objects import A, C, W, BuiltinFunction, JSObject, Prop
from pyjsvm.runtime.stack import JSErrorObject, capture_frames, format_stack
from pyjsvm.runtime.values import SYM_ITERATOR
from pyjsvm.intrinsics.order import MODULES


def _function_prototype_call(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """%Function.prototype% called: it accepts any arguments and returns undefined
    (sec-properties-of-the-function-prototype-object)."""
    return None


def _iterator_prototype_iterator(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """%Iterator.prototype% [ %Symbol.iterator% ] ( ) (sec-%iteratorprototype%-%symbol.iterator%)."""
    return this


class Realm:
    """A Realm Record (sec-code-realms)."""

    intrinsics: dict[str, Any]
    global_object: JSObject
    global_this: JSObject
    object_prototype: JSObject
    function_prototype: JSObject
    array_prototype: JSObject

    def __init__(self, global_object_factory: Callable[["Realm"], JSObject] | None = None,
                 name: str = "", code_generation_strings: bool = True) -> None:
        self.name = name
        self.code_generation_strings = code_generation_strings
        self.intrinsics = {}
        # Global lexical declarations (let/const/class at script top level): name -> value,
        # MISSING while in the temporal dead zone; ``global_consts`` names the immutable ones.
        self.global_lex: dict[str, Any] = {}
        self.global_consts: set[str] = set()
        self.template_map: dict[Any, Any] = {}
        # NON-SPEC: the context's own microtask queue (Node's microtaskMode 'afterEvaluate'), or
        # None when its jobs go to the agent's queue (pyjsvm.runtime.jobs).
        self.job_queue: "deque[Any] | None" = None
        self.host_defined: dict[str, Any] = {}  # NON-SPEC: state the host keeps per realm
        # %Object.prototype% and %Function.prototype% first: every other object needs them.
        op = JSObject(None)
        self.object_prototype = op
        self.intrinsics["%Object.prototype%"] = op
        fp = BuiltinFunction.__new__(BuiltinFunction)
        JSObject.__init__(fp, op)
        fp.realm = self
        fp.impl = _function_prototype_call
        fp.ctor = False
        fp.name = ""
        fp.props["length"] = Prop(0.0, C)
        fp.props["name"] = Prop("", C)
        self.function_prototype = fp
        self.intrinsics["%Function.prototype%"] = fp

        def thrower(realm: Realm, this: Any, args: list[Any], nt: Any) -> Any:
            """%ThrowTypeError% (sec-%throwtypeerror%)."""
            throw_type_error("'caller', 'callee', and 'arguments' properties may not be accessed "
                             "on strict mode functions or the arguments objects for calls to them")
        tte = BuiltinFunction(self, thrower, "", 0)
        tte.props["length"] = Prop(0.0, 0)
        tte.props["name"] = Prop("", 0)
        tte.extensible = False
        self.intrinsics["%ThrowTypeError%"] = tte

        # %Iterator.prototype% (sec-%iteratorprototype%-object): [Symbol.iterator]() returns this.
        ip = JSObject(op)
        ip.define_builtin(SYM_ITERATOR, BuiltinFunction(self, _iterator_prototype_iterator, "[Symbol.iterator]", 0))
        self.intrinsics["%Iterator.prototype%"] = ip

        self.global_object = global_object_factory(self) if global_object_factory else JSObject(op)
        self.global_this = self.global_object
        saved = get_agent().realm
        AGENT.realm = self
        try:
            for module in MODULES:
                module.setup(self)
        finally:
            AGENT.realm = saved
        self.array_prototype = self.intrinsics.get("%Array.prototype%") or op
        self.define_global("globalThis", self.global_this, W | C)

    # --- helpers for built-in modules ---------------------------------------------------------
    def define_global(self, name: str, value: Any, flags: int = W | C) -> None:
        """Define a property of the global object (used by setup(); W|C like the spec's
        global function and constructor properties)."""
        self.global_object.define_builtin(name, value, flags)

    def new_error(self, kind: str, message: str) -> JSErrorObject:
        """Create a native error object of this realm: kind 'TypeError', 'RangeError', ..."""
        proto = self.intrinsics.get(f"%{kind}.prototype%") or self.intrinsics.get("%Error.prototype%") or self.object_prototype
        err = JSErrorObject(proto)
        err.frames = capture_frames()
        getter = self.intrinsics.get("%ErrorStackGetter%")
        if getter is not None:
            # NON-SPEC (V8): as for `new Error(...)` (intrinsics/error.py), 'stack' comes first and
            # is formatted when first read: an error caught and dropped costs no formatting
            err.props["stack"] = Prop(None, A | C, getter, self.intrinsics["%ErrorStackSetter%"])
            err.lazy_stack = True
            err.props["message"] = Prop(message, W | C)
        else:  # while the Error built-ins are being set up
            err.props["message"] = Prop(message, W | C)
            err.props["stack"] = Prop(format_stack(err), W | C)
        return err


_MAIN: list[Realm] = []


def main_realm() -> Realm:
    """NON-SPEC: the process's main realm (what ``run_in_this_context`` runs in), created on
    first use and shared."""
    if not _MAIN:
        realm = Realm(name="main")
        if not _MAIN:
            _MAIN.append(realm)
    return _MAIN[0]
