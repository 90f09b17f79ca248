"""Realms (sec-code-realms): each realm has its own intrinsics and global object.

``Realm()`` creates the intrinsics (sec-createintrinsics) by running the ``setup(realm)`` of each
built-in module listed in ``pyjsvm.intrinsics.order.MODULES``, in order, then sets up the global
object's properties (sec-setdefaultglobalbindings).

NON-SPEC: a ``Deferred`` entry of that list (the big, rarely used built-ins: Temporal, Intl ...)
is set up on first use, with nothing observable changed: its global properties exist from the
start, in their place, as lazy slots (``LazySlot``, pyjsvm.runtime.objects) that any use of the
property other than ``delete`` materialises, and so do the properties it adds to other
built-ins; its intrinsics are made on their first lookup in ``realm.intrinsics``
(``Intrinsics``). Its module is imported then too.
"""
from __future__ import annotations

from collections import deque
from functools import partial
from importlib import import_module
from typing import Any, Callable

from pyjsvm.runtime.agent import AGENT, get_agent, throw_type_error
from pyjsvm.runtime.objects import A, C, L, W, BuiltinFunction, JSObject, LazySlot, Prop
from pyjsvm.runtime.stack import JSErrorObject, capture_raw_frames, format_stack
from pyjsvm.runtime.values import MISSING, SYM_ITERATOR
from pyjsvm.intrinsics.order import MODULES, Deferred

_ABSENT: Any = object()


class Intrinsics(dict[str, Any]):
    """NON-SPEC: a realm's intrinsics by name (``%Array.prototype%``). Those of a deferred
    built-in are made by their first lookup, through ``[]``, ``get`` or ``in``; iterating shows
    the ones made so far."""

    __slots__ = ("pending",)

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[str, Callable[[], None]] = {}  # the root of a name -> what makes it

    def _maker(self, key: Any) -> Callable[[], None] | None:
        if not self.pending or type(key) is not str:
            return None
        return self.pending.get(key[1:-1].split(".", 1)[0])  # "%Temporal.Now%" -> "Temporal"

    def __missing__(self, key: str) -> Any:
        make = self._maker(key)
        if make is None:
            raise KeyError(key)
        make()
        v = dict.get(self, key, _ABSENT)
        if v is _ABSENT:
            raise KeyError(key)
        return v

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        v = dict.get(self, key, _ABSENT)
        if v is _ABSENT:
            if self._maker(key) is None:
                return default
            self._maker(key)()  # type: ignore[misc]
            return dict.get(self, key, default)
        return v

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or self.get(key, _ABSENT) is not _ABSENT  # type: ignore[arg-type]


def _function_prototype_call(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """%Function.prototype% called: it accepts any arguments and returns undefined
    (sec-properties-of-the-function-prototype-object)."""
    return None


def _iterator_prototype_iterator(realm: "Realm", this: Any, args: list[Any], nt: Any) -> Any:
    """%Iterator.prototype% [ %Symbol.iterator% ] ( ) (sec-%iteratorprototype%-%symbol.iterator%)."""
    return this


class Realm:
    """A Realm Record (sec-code-realms)."""

    intrinsics: Intrinsics
    global_object: JSObject
    global_this: JSObject
    object_prototype: JSObject
    function_prototype: JSObject
    array_prototype: JSObject

    def __init__(self, global_object_factory: Callable[["Realm"], JSObject] | None = None,
                 name: str = "", code_generation_strings: bool = True) -> None:
        self.name = name
        self.code_generation_strings = code_generation_strings
        self.intrinsics = Intrinsics()
        # Global lexical declarations (let/const/class at script top level): name -> value,
        # MISSING while in the temporal dead zone; ``global_consts`` names the immutable ones.
        self.global_lex: dict[str, Any] = {}
        self.global_consts: set[str] = set()
        # NON-SPEC: the names var and function declarations of scripts bound on the global object
        # (not deletable): a later script's let/const/class of one is a SyntaxError even where the
        # object's property looks configurable or is gone (a contextified global's store, which the
        # host may change; node throws there too) -- what [[VarNames]] of ES2023 and earlier kept
        self.global_var_names: set[str] = set()
        self.template_map: dict[Any, Any] = {}
        # NON-SPEC: the context's own microtask queue (Node's microtaskMode 'afterEvaluate'), or
        # None when its jobs go to the agent's queue (pyjsvm.runtime.jobs).
        self.job_queue: "deque[Any] | None" = None
        self.host_defined: dict[str, Any] = {}  # NON-SPEC: state the host keeps per realm
        # NON-SPEC: the promises rejected with no handler while this realm ran, not yet reported:
        # id -> (rejection number, promise) (runtime/jobs.host_promise_rejection_tracker; kept
        # here so that they go with the realm when nothing else holds it)
        self.pending_rejections: dict[int, tuple[int, Any]] = {}
        # NON-SPEC: (entry, holder, key, make) of deferred built-ins' properties on other
        # deferred built-ins not made yet (see _place_slots)
        self._slots_waiting: list[tuple[Deferred, str, str, Callable[[], None]]] = []
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
                if isinstance(module, Deferred):
                    self._defer(module)
                else:
                    module.setup(self)
        finally:
            AGENT.realm = saved
        self.array_prototype = self.intrinsics.get("%Array.prototype%") or op
        self.define_global("globalThis", self.global_this, W | C)

    # --- deferred built-ins (see the module docstring) -----------------------------------------
    def _defer(self, entry: Deferred) -> None:
        """Stand in for ``entry``'s built-ins until first use."""
        make = partial(self._make_deferred, entry)
        for root in entry.roots:
            self.intrinsics.pending[root] = make
        g = self.global_object
        for name in entry.globals:
            g.props[name] = Prop(None, A | L | W | C, LazySlot(g, name, make))
        for holder_name, key in entry.slots:
            self._slots_waiting.append((entry, holder_name, key, make))
        self._place_slots()

    def _place_slots(self) -> None:
        """The stand-ins for what deferred built-ins add to other built-ins, once those exist (a
        holder that is deferred itself gets them when it is made, as an eager set-up would)."""
        waiting = []
        for entry, holder_name, key, make in self._slots_waiting:
            if entry.roots[0] not in self.intrinsics.pending:
                continue  # made meanwhile
            holder = dict.get(self.intrinsics, holder_name)
            if holder is None:
                waiting.append((entry, holder_name, key, make))
            else:
                holder.props[key] = Prop(None, A | L | W | C, LazySlot(holder, key, make))
        self._slots_waiting = waiting

    def _deferred_slots(self, entry: Deferred) -> list[tuple[JSObject, str]]:
        g = self.global_object
        return [(g, name) for name in entry.globals] + [(self.intrinsics[i], key) for i, key in entry.slots]

    def _make_deferred(self, entry: Deferred) -> None:
        """Set up ``entry``'s built-ins now (once). What JS did to the slots meanwhile stays: a
        deleted one stays deleted, one redefined after a delete keeps its new value."""
        pending = self.intrinsics.pending
        if entry.roots[0] not in pending:
            return
        slots = self._deferred_slots(entry)  # (makes a deferred holder first, with its stand-ins)
        before = [holder.props.get(key, MISSING) for holder, key in slots]
        for root in entry.roots:
            del pending[root]
        saved = get_agent().realm
        AGENT.realm = self
        try:
            for module in entry.modules:
                import_module(module).setup(self)
        finally:
            AGENT.realm = saved
        for (holder, key), was in zip(slots, before):
            if type(was) is Prop and was.flags & L:
                continue  # the stand-in, replaced in its place by the setup
            if was is MISSING:
                holder.props.pop(key, None)
            else:
                holder.props[key] = was
        if self._slots_waiting:
            self._place_slots()

    def materialise_all(self) -> None:
        """NON-SPEC: set up every deferred built-in now (a realm whose size is measured)."""
        for make in list(dict.fromkeys(self.intrinsics.pending.values())):
            make()

    # --- helpers for built-in modules ---------------------------------------------------------
    def define_global(self, name: str, value: Any, flags: int = W | C) -> None:
        """Define a property of the global object (used by setup(); W|C like the spec's
        global function and constructor properties)."""
        self.global_object.define_builtin(name, value, flags)

    def new_error(self, kind: str, message: str,
                  prototype: Callable[[JSObject], JSObject] | None = None) -> JSErrorObject:
        """Create a native error object of this realm: kind 'TypeError', 'RangeError', ...
        (NON-SPEC: with ``prototype``, its prototype is what that makes of the kind's)."""
        proto = self.intrinsics.get(f"%{kind}.prototype%") or self.intrinsics.get("%Error.prototype%") or self.object_prototype
        if prototype is not None:
            proto = prototype(proto)
        err = JSErrorObject(proto)
        err.raw_frames = capture_raw_frames()
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
