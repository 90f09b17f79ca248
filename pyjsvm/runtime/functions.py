"""ECMAScript function objects (sec-ecmascript-function-objects) and arguments exotic objects
(sec-arguments-exotic-objects).

A function body is compiled once into a ``FunctionCode``; each evaluation of the function
expression or declaration makes an ``ECMAFunction`` pairing that code with its closure
environment. [[Call]] builds a ``FunctionEnv`` whose ``vars`` list holds parameters, then vars
and lexical bindings, and runs the compiled body.
"""
from __future__ import annotations

import weakref
from typing import Any, Callable

from pyjsvm.runtime.agent import JSThrow, get_agent, throw_range_error, throw_type_error
from pyjsvm.runtime.environments import FunctionEnv
from pyjsvm.runtime.objects import (
    A, C, W, BuiltinFunction, JSFunctionBase, JSObject, Prop, PropertyDescriptor, ordinary_define_own_property, ordered_keys,
)
from pyjsvm.runtime.values import MISSING, NULL
from pyjsvm.runtime.values import JSSymbol
from pyjsvm.runtime.operations import create_data_property_or_throw
from pyjsvm.runtime.values import SYM_ITERATOR
from pyjsvm.runtime.objects import ordinary_set
from pyjsvm.runtime.agent import throw_reference_error
from pyjsvm.runtime.operations import INDEX_KEYS, get_prototype_from_constructor, index_key, to_object
from pyjsvm.runtime.stack import caller_activation

_new_env = object.__new__

# this modes (sec-ecmascript-function-objects, [[ThisMode]])
LEXICAL, STRICT, GLOBAL = 0, 1, 2


# NON-SPEC: built-in implementations that compiled code recognises by identity (a fast path
# for a call it knows the meaning of), registered by the intrinsics that define them:
# "apply" -> Function.prototype.apply's impl.
SPECIAL_BUILTINS: dict[str, Any] = {}
# NON-SPEC: the built-ins whose calls emitted code computes in line (compiler/emit.py
# ``_MATH_INLINE``, the charCodeAt / charAt and push / pop paths), by their place in
# INLINE_IMPLS: Math.floor, ceil, abs, sqrt, max, min, String.prototype.charCodeAt, charAt,
# Array.prototype.push, pop, Math.round, Object.prototype.hasOwnProperty and Math.imul. Their modules set them when they are loaded
# (register_inline): deferred built-ins, possibly loaded after the code that calls them was
# emitted, which is why that code reads this list when it runs.
INLINE_NAMES = ("floor", "ceil", "abs", "sqrt", "max", "min", "charCodeAt", "charAt", "push", "pop", "round",
                "hasOwnProperty", "imul")
INLINE_IMPLS: list[Any] = [None] * len(INLINE_NAMES)


def register_inline(name: str, impl: Any) -> None:
    """NON-SPEC: record ``impl`` as the built-in emitted calls compute in line as ``name``."""
    INLINE_IMPLS[INLINE_NAMES.index(name)] = impl


class FunctionCode:
    """The compiled, environment-independent part of a function: made once per source function."""

    __slots__ = (
        "name", "length", "strict", "this_mode", "kind", "constructor_kind", "is_class_constructor",
        "nparams", "filler", "run", "_source", "filename", "line", "column", "has_prototype",
        "is_constructor", "method", "fields", "uses_home", "scope", "expr_body", "referrer", "fast", "emitted",
        "fast_construct", "tail_entry", "tail_run", "direct", "direct_n", "e0", "e1", "e2", "e3", "e4", "e5", "ctor",
        "inferred_name", "own_props", "dynamic",
    )
    _source: "str | tuple[str, int, int] | None"

    @property
    def source_text(self) -> str | None:
        src = self._source
        if type(src) is tuple:
            whole, start, end = src
            src = self._source = whole[start:end]
        return src  # type: ignore[return-value]

    @source_text.setter
    def source_text(self, value: "str | tuple[str, int, int] | None") -> None:
        self._source = value

    def __init__(self) -> None:
        self.name: Any = ""
        self.inferred_name = ""  # NON-SPEC: the name stack traces show for an anonymous function (syntax.inferred_names)
        # NON-SPEC (V8): made by CreateDynamicFunction (Function(), new AsyncFunction(), ...):
        # stack traces show such a function as ``eval`` while its ``name`` is the one it was made with
        self.dynamic = False
        # NON-SPEC: the length and name Props every function object of this code starts with
        # (both only configurable: nothing changes them in place -- a redefinition stores a
        # new Prop -- so the objects share them; see ECMAFunction)
        self.own_props: "tuple[Prop, Prop] | None" = None
        self.length = 0
        self.strict = False
        self.this_mode = GLOBAL
        self.kind = "normal"              # normal, generator, async, asyncGenerator
        self.constructor_kind = "base"    # base or derived (classes)
        self.is_class_constructor = False
        self.nparams = 0
        self.filler: list[Any] = []
        self.run: Callable[[FunctionEnv, list[Any]], Any] = lambda env, args: None
        # the function's source text, or (whole source, start, end) sliced on first use: nested
        # functions then share one source string instead of holding a slice each (quadratic)
        self._source = None
        self.filename = ""
        self.line = 0
        self.column = 0
        self.has_prototype = True
        self.is_constructor = True
        self.method = False
        self.fields: Any = None
        self.uses_home = False
        self.scope: Any = None
        # NON-SPEC: set when the whole body is one expression needing no entry work: then
        # [[Call]] evaluates it directly instead of going through ``run``.
        self.expr_body: Callable[[FunctionEnv], Any] | None = None
        self.referrer: Any = None          # NON-SPEC: vm.compileFunction's [[ScriptOrModule]] holder
        # NON-SPEC: the emitted body (compiler/emit.py), called by [[Call]] as
        # ``fast(function, this, args, None)`` (by [[Construct]] with False); it does the call's
        # own bookkeeping
        self.fast: Callable[[Any, Any, list[Any], Any], Any] | None = None
        self.emitted: str | None = None    # its Python source, for tests and debugging
        self.fast_construct = False        # [[Construct]] may call ``fast`` too (no new.target inside)
        # NON-SPEC: for a function with calls in tail position (enable_tail_calls): [[Call]]
        # without resolving the TailCall it may return, ``tail_entry(function, this, args, None)``,
        # and for closure-compiled code the body ``tail_run(env, args)`` it runs
        self.tail_entry: Callable[[Any, Any, list[Any], Any], Any] | None = None
        self.tail_run: Callable[[FunctionEnv, list[Any]], Any] | None = None
        # NON-SPEC: the emitted body's entry (compiler/emit.py), ``direct(function, this,
        # agent, given, *arguments)`` with ``given`` as for ``fast``, taking at most
        # ``direct_n`` arguments so (any number when negative), or the argument list (or
        # tuple) as the keyword ``args`` (no ``*`` call: CPython 3.11 runs that on the C stack).
        # ``e0``..``e5``: ``direct`` where a call with that many arguments may use
        # it (None: the call goes through [[Call]]), read by emitted call sites; ``ctor``:
        # ``direct`` where [[Construct]] may use it (ECMAFunction.construct_direct)
        self.direct: Callable[..., Any] | None = None
        self.direct_n = -1
        self.e0: Callable[..., Any] | None = None
        self.e1: Callable[..., Any] | None = None
        self.e2: Callable[..., Any] | None = None
        self.e3: Callable[..., Any] | None = None
        self.e4: Callable[..., Any] | None = None
        self.e5: Callable[..., Any] | None = None
        self.ctor: Callable[..., Any] | None = None

    def set_direct(self, direct: Callable[..., Any] | None, n: int) -> None:
        """NON-SPEC: install (or with None remove) the positional entry and the per-count entries:
        for a count above the entry's ``n`` parameters, an entry that drops the extra arguments."""
        self.direct = direct
        self.direct_n = n
        over = direct if direct is None or n < 0 or n >= 5 else _over_arity(direct, n)
        self.e0 = direct
        self.e1 = direct if n < 0 or n >= 1 else over
        self.e2 = direct if n < 0 or n >= 2 else over
        self.e3 = direct if n < 0 or n >= 3 else over
        self.e4 = direct if n < 0 or n >= 4 else over
        self.e5 = direct if n < 0 or n >= 5 else over
        self.ctor = direct if self.fast_construct and self.constructor_kind == "base" and self.is_constructor else None


def _over_arity(direct: Callable[..., Any], n: int) -> Callable[..., Any]:
    """NON-SPEC (speed): the per-count entry of ``direct`` (``n`` parameters, below five, and no
    arguments object nor rest parameter) for calls with more arguments, up to five: it drops
    the extra ones, which the body cannot observe. Not an activation: the stack shows
    ``direct``'s frame. The emitted entries have at least three parameters
    (emit.SPARE_DIRECT_ARGS): those counts pass on positionally, any other through a slice."""
    if n == 3:
        def over(self: Any, this: Any, agent: Any, given: Any, a: Any = None, b: Any = None, c: Any = None, d: Any = None,
                 e: Any = None) -> Any:
            return direct(self, this, agent, given, a, b, c)
    elif n == 4:
        def over(self: Any, this: Any, agent: Any, given: Any, a: Any = None, b: Any = None, c: Any = None, d: Any = None,
                 e: Any = None) -> Any:
            return direct(self, this, agent, given, a, b, c, d)
    else:
        def sliced(self: Any, this: Any, agent: Any, given: Any, *positional: Any) -> Any:
            return direct(self, this, agent, given, *positional[:n])
        return sliced
    return over


_new_object = object.__new__


def new_this_object(f: "ECMAFunction", _new: Any = _new_object, _JSObject: Any = JSObject, _Prop: Any = Prop) -> Any:
    """NON-SPEC: the ``this`` of [[Construct]] of a base constructor F with newTarget = F,
    OrdinaryCreateFromConstructor(F, "%Object.prototype%") (sec-ordinarycreatefromconstructor),
    then, for a class with fields or private methods, InitializeInstanceElements (step 6.b of
    sec-ecmascript-function-objects-construct-argumentslist-newtarget), as ``construct`` runs
    it; for an emitted ``new`` that then calls ``code.ctor`` itself (the callee's prologue makes
    the stack and stop checks, or none when its body makes no calls: runtime/stack.EMITTED_NEW).
    The object is made without an ``__init__`` frame, in one frame (the names it reads bound as
    default arguments, which are read faster than module globals)."""
    o = _new(_JSObject)
    o.props = {}
    o.extensible = True
    # (_this_prototype's common case in line: an own "prototype" data property holding an
    # ordinary object, or else any object)
    p: Any = f.props.get("prototype")
    if type(p) is _Prop and (type(p := p.value) is _JSObject or isinstance(p, _JSObject)) and not f.lazy_proto:
        o.proto = p
    else:
        o.proto = f._this_prototype(f)
    if f.class_fields is not None:
        agent = get_agent()
        depth = agent.depth + 1
        if depth > agent.max_depth:
            throw_range_error("Maximum call stack size exceeded")
        _initialize_fields_in_realm(o, f, agent, depth)
    return o


def _initialize_fields_in_realm(o: Any, f: "ECMAFunction", agent: Any, depth: int) -> None:
    """InitializeInstanceElements(o, f) run in f's realm at ``depth`` (one level deeper than
    the caller's), as [[Construct]]'s steps run it before the body."""
    saved = agent.realm
    agent.realm = f.realm
    agent.depth = depth
    try:
        initialize_instance_elements(o, f)
    finally:
        agent.realm = saved
        agent.depth = depth - 1

# NON-SPEC: the own properties an ECMAFunction makes on first use (see ``_make_prototype``)
LAZY_FUNCTION_KEYS = frozenset(("prototype", "arguments", "caller"))


def has_legacy_caller(code: FunctionCode) -> bool:
    """NON-SPEC (V8): whether functions of ``code`` have own `arguments` and `caller`: sloppy
    `function` declarations and expressions (not arrows, methods, classes, generators or async
    functions, which have no such extension in V8 either)."""
    return (code.kind == "normal" and not code.strict and code.this_mode != LEXICAL and not code.method
            and not code.is_class_constructor and code.has_prototype)


def _legacy_caller_get(realm: Any, this: Any, args: list[Any], new_target: Any) -> Any:
    """NON-SPEC (V8's `f.caller`): the function whose code called the innermost running
    activation of the sloppy function ``this``, when that caller is a sloppy `function` too
    (sec-forbidden-extensions: never a strict function); otherwise null."""
    if isinstance(this, ECMAFunction) and has_legacy_caller(this.code):
        owner = caller_activation(this)
        if isinstance(owner, ECMAFunction) and has_legacy_caller(owner.code):
            return owner
    return NULL


def legacy_caller_getter(realm: Any) -> BuiltinFunction:
    """The realm's getter of the own `caller` of sloppy functions, made on first use."""
    getter = realm.intrinsics.get("%LegacyCallerGetter%")
    if getter is None:
        getter = BuiltinFunction(realm, _legacy_caller_get, "get caller", 0)
        realm.intrinsics["%LegacyCallerGetter%"] = getter
    return getter  # type: ignore[no-any-return]


class ECMAFunction(JSFunctionBase):
    """An ECMAScript function object. ``prototype`` is created lazily (NON-SPEC) the first time
    any own-property operation looks at it."""

    # field_name: [[ClassFieldInitializerName]] of a field initializer whose value is an
    # anonymous class and whose name is a computed key (set only then: read only by such code)
    __slots__ = ("code", "env", "home_object", "lazy_proto", "class_fields", "private_env", "brand", "field_name",
                 "gfc", "gce")
    simple_props = False
    field_name: Any

    def __init__(self, code: FunctionCode, env: Any, proto: JSObject, realm: Any) -> None:
        shared = code.own_props
        if shared is None or shared[1].value is not code.name or shared[0].value != code.length:
            shared = code.own_props = (Prop(float(code.length), C), Prop(code.name, C))
        self.props = {"length": shared[0], "name": shared[1]}
        self.proto = proto
        self.extensible = True
        self.realm = realm
        self.code = code
        self.env = env
        self.home_object: Any = None
        self.lazy_proto = code.has_prototype
        self.class_fields: Any = None
        self.private_env: Any = None
        self.brand: Any = None
        # NON-SPEC: the global environment's fields and the cells of the globals the emitted
        # body reads (GlobalEnv.fields + (cells,), see compiler/emit.Emitter.load_globals), made
        # on the body's first use of them
        self.gfc: tuple[Any, ...] | None = None
        self.gce: tuple[Any, ...] | None = None   # (its cells: gfc's last item)

    @property
    def is_constructor(self) -> bool:  # type: ignore[override]
        return self.code.is_constructor

    @property
    def source_text(self) -> str | None:
        return self.code.source_text

    def frame_info(self) -> tuple[str, str, int, int]:
        c = self.code
        name = c.name if type(c.name) is str else ""
        return name, c.filename, c.line, c.column

    # --- lazy 'prototype' (MakeConstructor, sec-makeconstructor) ------------------------------
    def _make_prototype(self) -> None:
        self.lazy_proto = False
        if "prototype" in self.props:
            return
        code = self.code
        realm = self.realm
        if code.kind == "generator":
            proto = JSObject(realm.intrinsics.get("%GeneratorFunction.prototype.prototype%") or realm.object_prototype)
        elif code.kind == "asyncGenerator":
            proto = JSObject(realm.intrinsics.get("%AsyncGeneratorFunction.prototype.prototype%") or realm.object_prototype)
        else:
            proto = JSObject(realm.object_prototype)
            proto.props["constructor"] = Prop(self, W | C)
            if has_legacy_caller(code):
                # NON-SPEC (V8, allowed by sec-forbidden-extensions): a sloppy `function` has own
                # `arguments` (null, non-writable, non-configurable) and `caller` before
                # `prototype`. V8's `caller` is a data property whose value changes, which the
                # invariants of [[GetOwnProperty]] forbid (sec-invariants-of-the-essential-internal-methods):
                # here it is a non-configurable accessor, with one getter per realm.
                self.props["arguments"] = Prop(NULL, 0)
                self.props["caller"] = Prop(None, A, legacy_caller_getter(realm), None)
        self.props["prototype"] = Prop(proto, W if not code.is_class_constructor else 0)

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        if self.lazy_proto:
            self._make_prototype()
        return JSObject.get_own_property(self, key)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        if self.lazy_proto:
            self._make_prototype()
        return ordinary_define_own_property(self, key, desc)

    def has_property(self, key: Any) -> bool:
        if self.lazy_proto and key in LAZY_FUNCTION_KEYS:
            if key == "prototype":
                return True  # known without making the prototype object
            self._make_prototype()
        if key in self.props:
            return True
        p = self.proto
        return p is not None and p.has_property(key)

    def get(self, key: Any, receiver: Any) -> Any:
        if self.lazy_proto and key in LAZY_FUNCTION_KEYS:
            self._make_prototype()
        return JSObject.get(self, key, receiver)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        if self.lazy_proto:
            self._make_prototype()
        return JSObject.set(self, key, value, receiver)

    def delete(self, key: Any) -> bool:
        if self.lazy_proto:
            self._make_prototype()
        return JSObject.delete(self, key)

    def own_property_keys(self) -> list[Any]:
        if self.lazy_proto:
            self._make_prototype()
        return ordered_keys(self.props)

    def prevent_extensions(self) -> bool:
        if self.lazy_proto:
            self._make_prototype()
        self.extensible = False
        return True

    # --- [[Call]] (sec-ecmascript-function-objects-call-thisargument-argumentslist) ------------
    def call(self, this: Any, args: list[Any]) -> Any:
        code = self.code
        # (the local ``fast`` not None: this frame is not the activation, see stack.DELEGATING)
        fast = code.direct
        if fast is not None:
            return fast(self, this, get_agent(), None, args=args)
        fast = code.fast
        if fast is not None:
            return fast(self, this, args, None)
        agent = get_agent()
        depth = agent.depth + 1
        if depth > agent.call_limit or code.is_class_constructor:
            self._call_checks(depth)
        # OrdinaryCallBindThis (sec-ordinarycallbindthis)
        if code.this_mode == GLOBAL:
            if this is None or this is NULL:
                this = self.env.glob.realm.global_this
            elif not isinstance(this, JSObject):
                this = to_object(this)
        n = code.nparams
        if len(args) >= n:
            vars = args[:n] + code.filler
        else:
            vars = args + [None] * (n - len(args)) + code.filler
        # NON-SPEC: the FunctionEnv's fields set inline (cheaper than calling __init__)
        env = _new_env(FunctionEnv)
        env.vars = vars
        parent = self.env
        env.parent = parent
        env.glob = parent.glob
        env.this = this
        env.func = self
        env.new_target = None
        agent.depth = depth
        try:
            if agent.realm is self.realm:
                eb = code.expr_body
                if eb is not None:
                    return eb(env)
                return code.run(env, args)
            saved = agent.realm
            agent.realm = self.realm
            try:
                return code.run(env, args)
            finally:
                agent.realm = saved
        finally:
            agent.depth = depth - 1

    def _call_checks(self, depth: int) -> None:
        """NON-SPEC: the rare conditions checked on each call (interrupt, depth, class constructor):
        a call comes here when its depth is past ``agent.call_limit`` (the depth limit, or -1
        while a stop is requested) or it calls a class constructor."""
        agent = get_agent()
        if agent.stop or agent.call_limit < depth <= agent.max_depth:
            agent.interrupt()  # (a limit left lowered by a stop already cleared is reset)
        if self.code.is_class_constructor:
            # sec-ecmascript-function-objects-call-thisargument-argumentslist step 3: the
            # TypeError is made in F's realm (its callee context), not the caller's
            raise JSThrow(self.realm.new_error(
                "TypeError", f"Class constructor {self.code.name} cannot be invoked without 'new'"))
        if depth > agent.max_depth:
            throw_range_error("Maximum call stack size exceeded")

    # --- [[Construct]] (sec-ecmascript-function-objects-construct-argumentslist-newtarget) -----
    def _this_prototype(self, new_target: Any) -> Any:
        """OrdinaryCreateFromConstructor's prototype for a base constructor (step 5.a),
        GetPrototypeFromConstructor(newTarget, "%Object.prototype%")."""
        # NON-SPEC (speed): newTarget an ECMAScript function (this one, or a derived class's
        # for its super() call) whose ``prototype`` is made: its own data property, read as Get
        # reads it
        if type(new_target) is ECMAFunction and not new_target.lazy_proto:
            p = new_target.props.get("prototype")
            if type(p) is Prop:
                p = p.value if not p.flags & A else None
            if isinstance(p, JSObject):
                return p
        return get_prototype_from_constructor(new_target, "%Object.prototype%")

    def construct_direct(self, direct: Any, agent: Any, *args: Any) -> Any:
        """NON-SPEC: [[Construct]] with newTarget = this function from an emitted ``new`` whose
        callee has ``code.ctor`` (``direct``, a base constructor's positional entry whose body
        reads no new.target), the arguments passed as they are; as ``construct`` does then."""
        if self.class_fields is not None:
            return self.construct(list(args), self)
        if agent.stop:
            agent.interrupt()
        if agent.depth >= agent.max_depth:
            throw_range_error("Maximum call stack size exceeded")
        this = JSObject(self._this_prototype(self))
        result = direct(self, this, agent, False, args=args)
        return result if isinstance(result, JSObject) else this

    def construct(self, args: list[Any], new_target: Any) -> Any:
        code = self.code
        agent = get_agent()
        if agent.stop:
            agent.interrupt()
        depth = agent.depth + 1
        if depth > agent.max_depth:
            throw_range_error("Maximum call stack size exceeded")
        if code.constructor_kind == "base":
            this: Any = JSObject(self._this_prototype(new_target))
            direct = code.direct
            if code.fast_construct and (direct is not None or code.fast is not None):
                # NON-SPEC: an emitted body that does not read new.target runs as for [[Call]],
                # after InitializeInstanceElements (step 6.b), run here in F's realm one level
                # deeper, as the steps below run it
                if self.class_fields is not None:
                    _initialize_fields_in_realm(this, self, agent, depth)
                if direct is not None:
                    result = direct(self, this, agent, False, args=args)
                    return result if isinstance(result, JSObject) else this
                fast = code.fast
                if fast is not None:
                    result = fast(self, this, args, False)
                    return result if isinstance(result, JSObject) else this
        else:
            this = MISSING
        n = code.nparams
        if len(args) >= n:
            vars = args[:n] + code.filler
        else:
            vars = args + [None] * (n - len(args)) + code.filler
        env = FunctionEnv(vars, self.env, this, self, new_target)
        realm = self.realm
        saved = agent.realm
        agent.depth = depth
        agent.realm = realm
        try:
            if code.constructor_kind == "base" and self.class_fields is not None:
                initialize_instance_elements(this, self)
            result = code.run(env, args)
        finally:
            agent.realm = saved
            agent.depth = depth - 1
        if isinstance(result, JSObject):
            return result
        if code.constructor_kind == "base":
            return this
        if result is not None:
            throw_type_error("Derived constructors may only return object or undefined")
        if env.this is MISSING:
            throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
        return env.this


# --- Tail position calls (sec-tail-position-calls) ----------------------------------------------
#
# NON-SPEC: PrepareForTailCall (sec-preparefortailcall) as a trampoline. A strict function whose
# body has calls in tail position (syntax/tail_calls.py) gets ``enable_tail_calls``: its body
# returns a ``TailCall`` instead of calling a callee that has tail calls itself, after its own
# frame is finished (depth and realm restored), and its entry points (``fast`` and ``run``)
# loop on those, running each callee's body with ``tail_entry`` at the same Python depth.
# Functions without tail calls are untouched, and a tail call to one of them, a built-in, a
# proxy or a bound function is an ordinary call. A TailCall is never a JS value: only a body
# whose entries resolve TailCalls compiles a call as a tail call (compiler/core.CompileContext
# ``tail_calls``, one decision per function, compiler/functions.has_tail_calls), and only the
# trampoline calls the body's own entry (``tail_entry``, ``tail_run``) without resolving what
# it returns -- the emitted body's call of itself resolves it as ``fast`` does.

class TailCall:
    """NON-SPEC: a call left to the trampoline: ``func`` (an ECMAFunction with a ``tail_entry``)
    called with ``this`` and ``args``."""

    __slots__ = ("func", "this", "args")

    def __init__(self, func: ECMAFunction, this: Any, args: list[Any]) -> None:
        self.func = func
        self.this = this
        self.args = args


def prepare_tail_call(f: Any, this: Any, args: list[Any]) -> Any:
    """PrepareForTailCall (sec-preparefortailcall) and Call for a call in tail position
    (EvaluateCall steps 6-7, sec-evaluatecall); ``f`` is callable (the call site checked). A
    callee with tail calls of its own becomes a TailCall for the caller's trampoline."""
    if type(f) is ECMAFunction and f.code.tail_entry is not None:
        return TailCall(f, this, args)
    return f.call(this, args)


def run_tail_calls(r: TailCall) -> Any:
    """NON-SPEC: the trampoline: run tail calls until one returns a value."""
    while True:
        f = r.func
        r = f.code.tail_entry(f, r.this, r.args, None)  # type: ignore[misc]
        if type(r) is not TailCall:
            return r


def tail_call_entry(self: ECMAFunction, this: Any, args: list[Any], given: Any) -> Any:
    """NON-SPEC: [[Call]] of a closure-compiled function with tail calls, returning the TailCall
    its body may give (``ECMAFunction.call`` without ``fast``; the function is strict, so
    OrdinaryCallBindThis keeps ``this``)."""
    code = self.code
    agent = get_agent()
    depth = agent.depth + 1
    if depth > agent.call_limit or code.is_class_constructor:
        self._call_checks(depth)
    n = code.nparams
    vars = (args[:n] if len(args) >= n else args + [None] * (n - len(args))) + code.filler
    env = FunctionEnv(vars, self.env, this, self, None)
    saved = agent.realm
    agent.realm = self.realm
    agent.depth = depth
    try:
        return code.tail_run(env, args)  # type: ignore[misc]
    finally:
        agent.realm = saved
        agent.depth = depth - 1


def enable_tail_calls(code: FunctionCode) -> None:
    """NON-SPEC: make a compiled strict function's entry points resolve the TailCalls its body
    returns (``code.fast`` set by the emitting tier, or ``code.run`` of the closure compiler)."""
    body_fast = code.fast
    body_run = code.run
    if body_fast is None:
        code.tail_run = body_run
        entry: Callable[[Any, Any, list[Any], Any], Any] = tail_call_entry
    else:
        entry = body_fast
    code.tail_entry = entry

    def fast(self: ECMAFunction, this: Any, args: list[Any], given: Any) -> Any:
        r = entry(self, this, args, given)
        return run_tail_calls(r) if type(r) is TailCall else r

    def run(env: FunctionEnv, args: list[Any]) -> Any:
        r = body_run(env, args)
        return run_tail_calls(r) if type(r) is TailCall else r
    code.fast = fast
    code.run = run
    code.expr_body = None
    body_direct = code.direct
    if body_direct is not None:
        n = code.direct_n
        # NON-SPEC (speed): the body's positional parameters passed on as they are (an entry
        # taking ``*positional`` makes a tuple at every call, and the body then unpacks ``args``)
        def direct3(self: ECMAFunction, this: Any, agent: Any, given: Any, a: Any = None, b: Any = None,
                    c: Any = None, args: Any = None) -> Any:
            r = body_direct(self, this, agent, given, a, b, c, args=args)
            return run_tail_calls(r) if type(r) is TailCall else r

        def direct4(self: ECMAFunction, this: Any, agent: Any, given: Any, a: Any = None, b: Any = None,
                    c: Any = None, d: Any = None, args: Any = None) -> Any:
            r = body_direct(self, this, agent, given, a, b, c, d, args=args)
            return run_tail_calls(r) if type(r) is TailCall else r

        def direct_any(self: ECMAFunction, this: Any, agent: Any, given: Any, *positional: Any, args: Any = None) -> Any:
            r = body_direct(self, this, agent, given, args=positional if args is None else args)
            return run_tail_calls(r) if type(r) is TailCall else r
        direct: Callable[..., Any] = direct3 if n == 3 else direct4 if n == 4 else direct_any
        if n != 3 and n != 4:
            n = -1
        code.set_direct(direct, n)


def make_function(code: FunctionCode, env: Any, realm: Any, proto: JSObject | None = None) -> ECMAFunction:
    """OrdinaryFunctionCreate (sec-ordinaryfunctioncreate) + MakeConstructor when applicable."""
    return ECMAFunction(code, env, proto if proto is not None else realm.function_prototype, realm)


# --- Arguments exotic objects ----------------------------------------------------------------

class JSArguments(JSObject):
    """An arguments object. Mapped (sloppy functions with simple parameters:
    sec-arguments-exotic-objects) when ``mapping`` is not None: index keys in it alias
    parameter slots of ``env``."""

    __slots__ = ("env", "mapping")
    class_name = "Arguments"

    def __init__(self, proto: JSObject, env: Any, mapping: dict[str, int] | None) -> None:
        JSObject.__init__(self, proto)
        self.env = env
        self.mapping = mapping

    @property
    def simple_props(self) -> bool:  # type: ignore[override]
        return not self.mapping

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        desc = JSObject.get_own_property(self, key)
        if desc is None:
            return None
        m = self.mapping
        if m and key in m:
            desc.value = self.env.vars[m[key]]
        return desc

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        m = self.mapping
        if not m or key not in m:
            return ordinary_define_own_property(self, key, desc)
        new_desc = desc
        if desc.is_data() and desc.value is MISSING and desc.writable is False:
            new_desc = PropertyDescriptor(value=self.env.vars[m[key]], writable=False,
                                          enumerable=desc.enumerable, configurable=desc.configurable)
        if not ordinary_define_own_property(self, key, new_desc):
            return False
        if desc.is_accessor():
            del m[key]
        else:
            if desc.value is not MISSING:
                self.env.vars[m[key]] = desc.value
            if desc.writable is False:
                del m[key]
        return True

    def get(self, key: Any, receiver: Any) -> Any:
        m = self.mapping
        if m and key in m:
            return self.env.vars[m[key]]
        return JSObject.get(self, key, receiver)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        m = self.mapping
        if m and receiver is self and key in m:
            # writable mapped data property: update the slot and the stored value
            self.env.vars[m[key]] = value
            stored = self.props.get(key, MISSING)
            if type(stored) is Prop:
                stored.value = value
            else:
                self.props[key] = value
            return True
        return ordinary_set(self, key, value, receiver)

    def has_property(self, key: Any) -> bool:
        if key in self.props:
            return True
        p = self.proto
        return p is not None and p.has_property(key)

    def delete(self, key: Any) -> bool:
        ok = JSObject.delete(self, key)
        m = self.mapping
        if ok and m and key in m:
            del m[key]
        return ok


_new_arguments = object.__new__


def create_arguments_object(func: ECMAFunction, env: FunctionEnv, args: list[Any],
                            mapped: list[tuple[str, int]] | None) -> JSArguments:
    """CreateMappedArgumentsObject / CreateUnmappedArgumentsObject
    (sec-createmappedargumentsobject, sec-createunmappedargumentsobject)."""
    realm = func.realm
    mapping: dict[str, int] | None = None
    # NON-SPEC: the fields set inline (cheaper than calling __init__), the index keys taken
    # from a table for the usual short lists
    obj = _new_arguments(JSArguments)
    obj.proto = realm.object_prototype
    obj.extensible = True
    obj.env = env
    obj.mapping = None
    n = len(args)
    # (a dict display for the usual one to three arguments: several times cheaper than zip)
    props: dict[Any, Any]
    if n == 0:
        props = {}
    elif n == 1:
        props = {"0": args[0]}
    elif n == 2:
        props = {"0": args[0], "1": args[1]}
    elif n == 3:
        props = {"0": args[0], "1": args[1], "2": args[2]}
    else:
        props = dict(zip(INDEX_KEYS, args)) if n <= len(INDEX_KEYS) else {str(i): v for i, v in enumerate(args)}
    obj.props = props
    props["length"] = Prop(float(n), W | C)
    values = dict.get(realm.intrinsics, "%Array.prototype.values%") or realm.intrinsics.get("%Array.prototype.values%")
    if values is None:
        values = realm.array_prototype.props.get("values")
        values = values.value if type(values) is Prop else values
    props[SYM_ITERATOR] = Prop(values, W | C)
    if mapped is not None:
        # mapped: (parameter name, its slot) for each parameter position; the last of equal
        # names maps its position. NON-SPEC: with no parameter or no argument, no mapping (an
        # empty one maps nothing either)
        if mapped and n:
            mapping = {}
            seen: set[str] = set()
            for i in range(min(len(mapped), n) - 1, -1, -1):
                name, slot = mapped[i]
                if name not in seen:
                    seen.add(name)
                    mapping[index_key(i)] = slot
            obj.mapping = mapping
        props["callee"] = Prop(func, W | C)
    else:
        tte = realm.intrinsics["%ThrowTypeError%"]
        props["callee"] = Prop(None, 8, tte, tte)
    return obj


class _ElementRef(weakref.ref):  # type: ignore[type-arg]
    """NON-SPEC: the weak reference of a PrivateName's entry, knowing the entry's key (its
    object's id) for the callback that takes the entry out."""

    __slots__ = ("key",)
    key: int


def _forget_dead(elements: dict[int, list[Any]]) -> Callable[[Any], None]:
    """NON-SPEC: a PrivateName's callback for its references (made once per name): the entry of
    an object that died goes, unless another object's has taken its key since."""
    def gone(ref: Any) -> None:
        e = elements.get(ref.key)
        if e is not None and e[0] is ref:
            del elements[ref.key]
    return gone


class PrivateName:
    """A Private Name (sec-private-names) with its element kind and per-object storage.

    NON-SPEC storage: the objects that have the element, by ``id``: for a field ``[weak
    reference, value]``, for a method or accessor (the brand) ``[weak reference]``. The weak
    reference's callback takes the entry out when its object dies (before its id can be another
    object's); a lookup also checks that the reference still names the object."""

    __slots__ = ("description", "kind", "getter", "setter", "method", "elements", "is_static", "gone", "__weakref__")

    def __init__(self, description: str, kind: str) -> None:
        self.description = description   # '#x'
        self.kind = kind                 # 'field', 'method' or 'accessor'
        self.getter: Any = None
        self.setter: Any = None
        self.method: Any = None
        self.is_static = False
        self.elements: dict[int, list[Any]] = {}
        self.gone = _forget_dead(self.elements)

    def _entry(self, obj: Any) -> list[Any] | None:
        e = self.elements.get(id(obj))
        if e is not None and e[0]() is obj:
            return e
        return None

    def _add(self, obj: Any, entry: list[Any]) -> None:
        ref = _ElementRef(obj, self.gone)
        ref.key = key = id(obj)
        entry[0] = ref
        self.elements[key] = entry

    def has(self, obj: Any) -> bool:
        """PrivateElementFind (sec-privateelementfind) != empty."""
        return self._entry(obj) is not None

    def add_field(self, obj: Any, value: Any) -> None:
        """PrivateFieldAdd (sec-privatefieldadd), with step 1 of the stage 3 proposal
        nonextensible-applies-to-private: O.[[Extensible]] false throws (a Proxy has no such slot)."""
        if not isinstance(obj, JSObject):
            throw_type_error("Cannot define private field on non-object")
        if not obj.extensible:
            throw_type_error(f"Cannot define private field {self.description} on a non-extensible object")
        # (_entry's and _add's steps written out: a field is added to every object a class with
        # private fields constructs, and the two calls were a fifth of the cost)
        key = id(obj)
        elements = self.elements
        e = elements.get(key)
        if e is not None and e[0]() is obj:
            throw_type_error(f"Cannot initialize {self.description} twice on the same object")
        ref = _ElementRef(obj, self.gone)
        ref.key = key
        elements[key] = [ref, value]

    def add_method(self, obj: Any) -> None:
        """PrivateMethodOrAccessorAdd (sec-privatemethodoraccessoradd), with the proposal's step 2
        (nonextensible-applies-to-private: O.[[Extensible]] false throws)."""
        if not obj.extensible:
            throw_type_error(f"Cannot add private methods of class {self.description} to a non-extensible object")
        if self._entry(obj) is not None:
            throw_type_error(f"Cannot initialize private methods of class {self.description} twice on the same object")
        self._add(obj, [None])

    def get(self, obj: Any) -> Any:
        """PrivateGet (sec-privateget)."""
        # (_entry's test written out: a call less on every private read and write, ~8% of a
        # loop of private accesses)
        e = self.elements.get(id(obj))
        if e is None or e[0]() is not obj:
            throw_type_error(f"Cannot read private member {self.description} from an object whose class did not declare it")
        kind = self.kind
        if kind == "field":
            return e[1]
        if kind == "method":
            return self.method
        if self.getter is None:
            throw_type_error(f"'{self.description}' was defined without a getter")
        return self.getter.call(obj, [])

    def set(self, obj: Any, value: Any) -> None:
        """PrivateSet (sec-privateset)."""
        e = self.elements.get(id(obj))
        if e is None or e[0]() is not obj:
            throw_type_error(f"Cannot write private member {self.description} to an object whose class did not declare it")
        kind = self.kind
        if kind == "field":
            e[1] = value
        elif kind == "method":
            throw_type_error(f"Private method {self.description} is not writable")
        else:
            if self.setter is None:
                throw_type_error(f"'{self.description}' was defined without a setter")
            self.setter.call(obj, [value])


class ClassFieldDefinition:
    """A ClassFieldDefinition Record (sec-classfielddefinition-record-specification-type)."""

    __slots__ = ("key", "initializer", "is_private", "anonymous_function", "constant")

    def __init__(self, key: Any, initializer: Any, is_private: bool, anonymous_function: bool = False,
                 constant: Any = None) -> None:
        self.key = key
        self.initializer = initializer  # an ECMAFunction called with this = the object, or None
        self.is_private = is_private
        self.anonymous_function = anonymous_function  # NamedEvaluation applies to the value
        # NON-SPEC: without an initializer, the value (a literal initializer's, else undefined)
        self.constant = constant


def initialize_instance_elements(obj: Any, constructor: ECMAFunction) -> None:
    """InitializeInstanceElements (sec-initializeinstanceelements)."""
    elements = constructor.class_fields
    if elements is None:
        return
    methods, fields = elements
    for pn in methods:
        pn.add_method(obj)
    for fd in fields:
        define_field(obj, fd)


def define_field(receiver: Any, fd: ClassFieldDefinition) -> None:
    """DefineField (sec-definefield)."""
    value = fd.initializer.call(receiver, []) if fd.initializer is not None else fd.constant
    if fd.anonymous_function:
        set_function_name(value, fd.key.description if fd.is_private else fd.key)
    if fd.is_private:
        fd.key.add_field(receiver, value)
    elif type(receiver) is JSObject and receiver.extensible and fd.key not in receiver.props and fd.key != "length":
        # NON-SPEC: CreateDataPropertyOrThrow's new writable, enumerable, configurable data
        # property of an ordinary extensible object (ValidateAndApplyPropertyDescriptor's
        # step for an absent key), stored as such a property is
        receiver.props[fd.key] = value
    else:
        create_data_property_or_throw(receiver, fd.key, value)


def set_function_name(f: Any, key: Any, prefix: str = "") -> None:
    """SetFunctionName (sec-setfunctionname) on a freshly made anonymous function or class."""
    if not isinstance(f, JSObject):
        return
    if isinstance(key, JSSymbol):
        name = "" if key.description is None else "[" + key.description + "]"
    elif isinstance(key, PrivateName):
        name = key.description
    else:
        name = key
    if prefix:
        name = prefix + " " + name
    existing = f.props.get("name", MISSING)
    if isinstance(f, ECMAFunction) and f.code.is_class_constructor and existing is not MISSING and \
            not (type(existing) is Prop and existing.value == "" and not existing.flags & W):
        return
    f.props["name"] = Prop(name, C)
