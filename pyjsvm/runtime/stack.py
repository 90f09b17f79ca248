"""Error instances (sec-properties-of-error-instances) and the NON-SPEC call-site capture for
``Error.prototype.stack`` and Python-side ``JSError.stack``.

Frames are found by walking the Python stack at the moment an error is made: each JS function
activation runs ``ECMAFunction.call`` (or a script's run), whose locals name the function; a
closure-tier call site records its source position in a local called ``pos``, an emitted frame's
position is looked up from its current line (``emitted_position``). Nothing is recorded on the
happy path, so capturing costs only when an error is created.
"""
from __future__ import annotations

import sys
import threading
import weakref
from bisect import bisect_right
from typing import Any, Callable
from pyjsvm.runtime.operations import call, safe_describe
from pyjsvm.runtime.conversion import to_string

from pyjsvm.runtime.objects import A, C, E, W, BuiltinFunction, JSArray, JSObject, Prop, PropertyDescriptor
from pyjsvm.runtime.values import NULL, WELL_KNOWN_SYMBOLS, JSBigInt, JSSymbol
from pyjsvm.runtime.agent import get_agent

# NON-SPEC (V8): where each object that is no JSErrorObject was last thrown by a ``throw``
# statement, as (file name, line, column): the host points its uncaught-exception caret there, as
# node does (an error object keeps its own, ``JSErrorObject.throw_site``: see ``throw_site``).
THROW_SITES: "weakref.WeakKeyDictionary[JSObject, tuple[str, int, int]]" = weakref.WeakKeyDictionary()
# NON-SPEC: the same for the last primitive a ``throw`` statement threw (primitives cannot be
# weak keys): [value, site]; the host uses it when that value reaches the top uncaught.
PRIMITIVE_THROW: list[Any] = [None, None]



class CodeTable:
    """NON-SPEC: code objects (each with a value) looked up by identity. A code object's hash is
    not cached by CPython: it hashes the bytecode, names and constants again on every lookup
    (up to 2 us for an API function), and a stack capture looked up every Python frame on the
    stack in two such sets. The table keeps its code objects alive, so their ids stay theirs."""

    __slots__ = ("by_id",)

    def __init__(self) -> None:
        self.by_id: dict[int, tuple[Any, Any]] = {}  # id(code) -> (code, value)

    def add(self, code: Any, value: Any = None) -> None:
        self.by_id[id(code)] = (code, value)
        _KINDS.clear()  # (what captures found of the code objects may change)
        _SKIP_CODES.clear()

    __setitem__ = add

    def get(self, code: Any, default: Any = None) -> Any:
        hit = self.by_id.get(id(code))
        return default if hit is None else hit[1]

    def __contains__(self, code: Any) -> bool:
        return id(code) in self.by_id

    def __len__(self) -> int:
        return len(self.by_id)


# Code objects whose frames mark a JS activation; filled in by the compiler module.
ACTIVATION_CODES = CodeTable()
# NON-SPEC (V8): the code objects of built-in functions' implementations whose activations show
# in stack traces (``at Array.map (<anonymous>)``), with the function's name: registered when a
# BuiltinTable declares them, so that a call of a built-in records nothing
NATIVE_CODES = CodeTable()
CALL_SITE_CODES = CodeTable()
# activation code -> a local that, when not None, says the frame handed its activation to a
# frame further in (ECMAFunction.call running an emitted body, which is the activation itself)
DELEGATING = CodeTable()
_ACTIVATION_IDS = ACTIVATION_CODES.by_id
_CALL_SITE_IDS = CALL_SITE_CODES.by_id
# NON-SPEC: code compiled from emitted Python source (compiler/emit.py) is known by its code
# object's file name, so that no table grows with each emitted function: file name ->
# (whether its frames are activations, the delegating local as in DELEGATING or None). An
# emitted frame's current call site is found from its line (``emitted_position``).
EMITTED_FILES: dict[str, tuple[bool, str | None]] = {}
# the name prefix of the Python functions an emitted body is split into (its parts): their frames
# are the body's, never activations of their own
EMITTED_PART_PREFIX = "_pt"
MAX_FRAMES = 10


class _EmittedCall(tuple):
    """The type of ``EMITTED_CALL``, ``EMITTED_NEW`` and ``EMITTED_SELF`` (empty tuples: false, as
    None is, tested in C), the ``given`` of a frame that is its call's activation."""

    __slots__ = ()


# NON-SPEC (speed): the ``given`` an emitted call site passes to an emitted callee's positional
# entry ([[Call]], as None is). A callee that makes no calls of its own (compiler/emit.py,
# ``makes_calls``) then skips the call depth's bookkeeping: every path by which its body can
# reach JS again (a getter, valueOf, a proxy trap, a built-in's callback) is a call that counts.
# Its frames are activations as those of a [[Call]] are.
EMITTED_CALL = _EmittedCall()
# NON-SPEC (speed): the same for [[Construct]] from an emitted ``new`` (as False is); its frames are
# the constructor's activations (there is no ECMAFunction.construct frame)
EMITTED_NEW = _EmittedCall()
# NON-SPEC (speed): EMITTED_CALL from a call site of an emitted function to that same function
# object (a recursion by its name): the callee runs in the caller's realm, which is its own
EMITTED_SELF = _EmittedCall()
# NON-SPEC (speed): the ``given`` of an emitted frame that passed its call on to another entry of
# the same function (compiler/emit.py: a body emitted for Number arguments, called with others):
# that entry's frame is the activation
DELEGATED = object()


def register_activation(*funcs: Any, construct: bool = False) -> None:
    """Record the code of ``funcs`` as activations (``construct``: of [[Construct]], whose frames
    V8 shows as ``new F``)."""
    for fn in funcs:
        ACTIVATION_CODES.add(fn.__code__, construct or None)


# A captured frame: (function name, file name, line, column, receiver's type name, method
# name: "" or a LazyMethodName, found when a stack is formatted, as V8 finds it, and what
# CallSite's getThis and getFunction give: the receiver and the function object of a sloppy
# function's activation, undefined (None) for strict code, as V8 gives them)
Frame = tuple[str, str, int, int, str, "str | LazyMethodName", Any, Any]

# NON-SPEC (V8): what a constructor's frame shows before its function's name (``new F``); the
# CallSite methods take it apart again (getFunctionName, isConstructor)
CONSTRUCT_PREFIX = "new "
# NON-SPEC (V8): the name of a CommonJS module's top-level frame (host/require.py), shown so
# because its receiver is ``module.exports``, an Object, and the function is anonymous
MODULE_TOP = "Object.<anonymous>"


class NativeFrame:
    """NON-SPEC (V8): the activation of a built-in function (``NATIVE_CODES``) in a captured
    stack: V8 shows it with its name, its receiver's type and no position
    (``at Array.map (<anonymous>)``, ``at new Promise (<anonymous>)``)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def frame_info(self) -> tuple[str, str, int, int]:
        return self.name, "", 0, 0


def register_native_frame(impl: Any, name: str) -> None:
    """Record ``impl``'s activations as those of the built-in function ``name`` (the first
    name it is declared under is kept: an alias shows the function's name, as in V8)."""
    if impl.__code__ not in NATIVE_CODES:
        NATIVE_CODES.add(impl.__code__, NativeFrame(name))


def register_call_sites(*modules: Any) -> None:
    """Record every nested function (closure) code object with a free variable ``pos``."""
    import types

    def scan(code: Any) -> None:
        if "pos" in code.co_freevars:
            CALL_SITE_CODES.add(code)
        for c in code.co_consts:
            if isinstance(c, types.CodeType):
                scan(c)
    for m in modules:
        for v in vars(m).values():
            if isinstance(v, type):
                for a in vars(v).values():
                    if isinstance(a, types.FunctionType):
                        scan(a.__code__)
            elif isinstance(v, types.FunctionType):
                scan(v.__code__)


def stack_trace_limit(agent: Any = None) -> int:
    """NON-SPEC (V8): ``Error.stackTraceLimit`` of the current realm (10 unless changed; a
    non-number captures no frames); ``agent``: the running agent, when the caller has it."""
    realm = (agent or get_agent()).realm
    if realm is None:
        return MAX_FRAMES
    # (NON-SPEC (speed): the stored %Error% read as a dict's, else through the intrinsics' get,
    # which makes a deferred one)
    ctor = dict.get(realm.intrinsics, "%Error%")
    if ctor is None:
        ctor = realm.intrinsics.get("%Error%")
    if ctor is None:
        return MAX_FRAMES
    p = ctor.props.get("stackTraceLimit")
    if type(p) is Prop:
        if p.flags & A:
            return MAX_FRAMES  # an accessor is not run while an error is being made
        p = p.value
    if type(p) is not float:
        return 0
    # (NaN fails both tests: no frames)
    if p >= 200.0:
        return 200
    return int(p) if p > 0.0 else 0


def _activation_owner(f: Any) -> tuple[bool, Any, Any]:
    """Whether the Python frame ``f`` is a JS activation, the object it runs (its ``self``) and
    the frame's locals when they were read (``f.f_locals`` builds a dict: read once per frame)."""
    code = f.f_code
    emitted = EMITTED_FILES.get(code.co_filename)
    if emitted is not None:
        if not emitted[0] or code.co_name.startswith(EMITTED_PART_PREFIX):
            return False, None, None
        delegate = emitted[1]
    elif id(code) in _ACTIVATION_IDS:
        delegate = DELEGATING.get(code)
    else:
        return False, None, None
    local_vars = f.f_locals
    if delegate is not None and (d := local_vars.get(delegate)) is not None and type(d) is not _EmittedCall:
        return False, None, local_vars
    return True, local_vars.get("self"), local_vars


def caller_activation(fn: Any) -> Any:
    """NON-SPEC (V8's ``f.caller``): what the activation that called the innermost running
    activation of ``fn`` runs (a function object, a built-in function, or another object for
    script code), or None when ``fn`` is not running or was called from outside JS."""
    f: Any = sys._getframe(1)
    found = False
    builtin_calls = (BuiltinFunction.call.__code__, BuiltinFunction.construct.__code__)
    while f is not None:
        if f.f_code in builtin_calls:
            is_activation, owner = True, f.f_locals.get("self")
        else:
            is_activation, owner, _ = _activation_owner(f)
        if is_activation and type(owner) is not EvalFrame:  # (V8: eval code is no function's caller)
            if found:
                return owner
            found = owner is fn
        f = f.f_back
    return None


# NON-SPEC: per code object, the starts of its instruction ranges and their lines (co_lines),
# for ``frame_line``; bounded (cleared when full), since emitted code objects come and go
_LINE_RANGES: dict[Any, tuple[list[int], list[int | None]]] = {}
_LINE_RANGES_MAX = 4096


def frame_line(f: Any) -> int | None:
    """NON-SPEC: ``f.f_lineno`` (the line of the frame's current instruction) by a search of
    its code's ranges, made once per code object: ``f_lineno`` scans the line table from the
    start every time, microseconds for an emitted function's long one."""
    return code_line(f.f_code, f.f_lasti)


def code_line(code: Any, offset: int) -> int | None:
    """NON-SPEC: the line of ``code``'s instruction at byte ``offset`` (see ``frame_line``)."""
    ranges = _LINE_RANGES.get(code)
    if ranges is None:
        starts: list[int] = []
        lines: list[int | None] = []
        for start, _end, line in code.co_lines():
            starts.append(start)
            lines.append(line)
        if len(_LINE_RANGES) >= _LINE_RANGES_MAX:
            _LINE_RANGES.clear()
        ranges = _LINE_RANGES[code] = (starts, lines)
    i = bisect_right(ranges[0], offset) - 1
    return ranges[1][i] if i >= 0 else None


def emitted_position(f: Any) -> Any:
    """NON-SPEC: the call site an emitted frame is at: its namespace's position table
    (``compiler/emit.position_lines``: [first line], [constant name or None]) at its current
    line, or None before its first call site."""
    return _position_at(f.f_globals, f.f_code, f.f_lasti)


def _position_at(ns: dict[str, Any], code: Any, offset: int) -> Any:
    """The call site (see ``emitted_position``) of emitted ``code`` at instruction ``offset``
    in its namespace ``ns``."""
    table = ns.get("_LINES")
    if table is None:
        return None
    line = code_line(code, offset)
    if line is None:  # (an instruction without a line: none is a call)
        return None
    starts, names = table
    i = bisect_right(starts, line) - 1
    name = names[i] if i >= 0 else None
    return None if name is None else ns.get(name)


class _At(tuple):
    """NON-SPEC: where an emitted frame was when its stack was captured: (its namespace, code,
    instruction offset), turned into its call site (``_position_at``) when the frame is
    formatted. A tuple (made by ``_new_at``, without an ``__init__`` call): captures make one
    per JS frame."""

    __slots__ = ()


_new_at = tuple.__new__

# NON-SPEC (speed): what the frames of a Python code object are to a stack capture, by the
# code's id (see CodeTable: a code object's hash is not cached), found once per code object
# (``_frame_kind``): (code, kind, the delegating local as in DELEGATING or None, whether a
# [[Construct]]'s activation, whether also a call site). The kinds: none (host and engine
# frames: an empty entry), _AT (emitted code that is no activation: a part, a script: the position of the
# activation it runs in), _POS (a closure-tier call site: its ``pos``), _EMITTED (an emitted
# function's frame), _ACTIVATION (a registered activation code). The table holds its code
# objects (their ids stay theirs); bounded, since emitted code objects come and go.
_AT, _POS, _EMITTED, _ACTIVATION, _NATIVE = "at", "pos", "emitted", "activation", "native"
_KINDS: dict[int, tuple[Any, ...]] = {}
_KINDS_MAX = 8192
# (such a code's entry is the empty tuple, false, tested first: most frames are the host's and
# the engine's; the code objects of those entries are held here, so their ids stay theirs)
_SKIP_CODES: list[Any] = []
_MISS = (None, "miss")


def _frame_kind(code: Any) -> tuple[Any, ...]:
    """What ``code``'s frames are to a stack capture (see ``_KINDS``), recorded there."""
    emitted = EMITTED_FILES.get(code.co_filename)
    kind: tuple[Any, ...]
    if emitted is not None:
        if not emitted[0] or code.co_name.startswith(EMITTED_PART_PREFIX):
            kind = (code, _AT, None, False, False)
        else:
            kind = (code, _EMITTED, emitted[1], False, False)
    else:
        act = _ACTIVATION_IDS.get(id(code))
        call_site = id(code) in _CALL_SITE_IDS
        native = NATIVE_CODES.get(code)
        if native is not None:
            kind = (code, _NATIVE, native, False, False)
        elif act is not None:
            kind = (code, _ACTIVATION, DELEGATING.get(code), bool(act[1]), call_site)
        elif call_site:
            kind = (code, _POS, None, False, False)
        else:
            kind = ()
    if len(_KINDS) >= _KINDS_MAX:
        _KINDS.clear()
        _SKIP_CODES.clear()
    if not kind:
        _SKIP_CODES.append(code)
    _KINDS[id(code)] = kind
    return kind


# NON-SPEC: a captured activation before it is formatted (``materialize_frames``): what it runs,
# its receiver, whether it is a [[Construct]], and its position (None, a (line, column) pair, or
# an _At); the names and the receiver's type name are found when the frame is first needed, as
# V8 finds them when it formats a stack
RawFrame = tuple[Any, Any, bool, Any]


def capture_frames(skip_until: Any = None, *, absent_empty: bool = False,
                   limit: int | None = None, natives: bool = True) -> list[Frame]:
    """Return [(function name, file name, line, column, receiver's type name, method name)],
    innermost first (see ``capture_raw_frames`` and ``materialize_frames``)."""
    return materialize_frames(capture_raw_frames(skip_until, absent_empty=absent_empty, limit=limit,
                                                 natives=natives))


def capture_raw_frames(skip_until: Any = None, *, absent_empty: bool = False,
                       limit: int | None = None, natives: bool = True) -> list[RawFrame]:
    """The JS activations on the stack, innermost first, as RawFrames. With ``skip_until``
    (V8's constructor-skipping for ``new MyError()``), the frames up to and including that
    function's activation are left out, when it is on the stack; when it is not, all frames are
    kept, or none with ``absent_empty`` (V8's ``Error.captureStackTrace(o, fn)``). At most
    ``limit`` frames (default: ``Error.stackTraceLimit``). Built-in functions' activations
    (NATIVE_CODES) are among them unless ``natives`` is False."""
    agent = get_agent()
    if limit is None:
        limit = stack_trace_limit(agent)
    frames: list[RawFrame] = []
    f = sys._getframe(1)
    pos: Any = None
    skipping = skip_until is not None
    skipped = 0
    want = limit
    kinds = _KINDS
    # (the frame that entered the engine, and the host's frames below it, run no JS; without
    # one, the walk ends below the outermost frame, at None)
    entry = agent.entry_frame
    if want <= 0:
        return frames
    while f is not entry:
        code = f.f_code
        k = kinds.get(id(code), _MISS)
        if k is _MISS:
            k = _frame_kind(code)
        if not k:  # (a host's or the engine's frame)
            f = f.f_back  # type: ignore[assignment]
            continue
        kind = k[1]
        if kind is _AT:
            if pos is None:
                pos = _new_at(_At, (f.f_globals, code, f.f_lasti))
            f = f.f_back  # type: ignore[assignment]
            continue
        if kind is _POS:
            if pos is None:
                pos = f.f_locals.get("pos")
            f = f.f_back  # type: ignore[assignment]
            continue
        if kind is _NATIVE:
            if not natives:
                f = f.f_back  # type: ignore[assignment]
                continue
            # (a built-in's implementation: impl(realm, this, args, new_target))
            local_vars = f.f_locals
            frames.append((k[2], local_vars.get("this"), local_vars.get("new_target") is not None, None))
            if len(frames) >= want:
                break
            pos = None
            f = f.f_back  # type: ignore[assignment]
            continue
        local_vars = f.f_locals
        if kind is _EMITTED:
            if pos is None:
                pos = _new_at(_At, (f.f_globals, code, f.f_lasti))
            # (an emitted function's ``given``: None or an _EmittedCall when the frame is its
            # call's activation, EMITTED_NEW for a [[Construct]]; a generator's frame has none)
            d = local_vars.get("given") if k[2] is not None else None
            construct = d is EMITTED_NEW
        else:
            if pos is None and k[4]:
                pos = local_vars.get("pos")
            d = local_vars.get(k[2]) if k[2] is not None else None
            construct = k[3]
        if d is not None and type(d) is not _EmittedCall:
            # (the activation is a frame further in or out: this one handed it on)
            f = f.f_back  # type: ignore[assignment]
            continue
        owner = local_vars.get("self")
        if owner is not None:
            frames.append((owner, local_vars.get("this"), construct, pos))
            if skipping and owner is skip_until:
                skipping = False
                skipped = len(frames)
                want = limit + skipped
            elif len(frames) >= want:
                break
        pos = None
        f = f.f_back  # type: ignore[assignment]
    if skip_until is not None and not skipping:
        frames = frames[skipped:]
    elif skipping and absent_empty:
        return []
    return frames[:limit]


def materialize_frames(raw: list[RawFrame]) -> list[Frame]:
    """The Frames of captured RawFrames: the function's name (V8's debug name: its ``name``
    property when that is a non-empty string, else its name in the code, else the name inferred
    for it; ``new F`` for a [[Construct]]), file, position, and for a method call the
    receiver's type name (``frame_type_name``) and a LazyMethodName."""
    frames: list[Frame] = []
    # (V8: from the first strict activation outwards, no frame shows its receiver or function:
    # a strict function's callers are not exposed through it)
    strict_seen = False
    for owner, this, construct, pos in raw:
        name, filename, line, col = owner.frame_info()
        if type(pos) is _At:
            pos = _position_at(*pos)
        if pos is not None:
            line, col = pos
        type_name = ""
        method: str | LazyMethodName = ""
        receiver = fn = None
        code = getattr(owner, "code", owner)
        if getattr(code, "strict", False) or getattr(owner, "frame_strict", False):
            strict_seen = True
        if isinstance(owner, JSObject):
            if getattr(code, "dynamic", False):
                # (V8: the name a dynamic function was made with is no debug name; one defined
                # later is)
                shared = getattr(code, "own_props", None)
                name = "" if shared is not None and owner.props.get("name") is shared[1] else data_name(owner)
            else:
                name = data_name(owner) or name or _inferred_name(owner)
            if not strict_seen and code is not owner and (
                    isinstance(this, JSObject) or not construct and type(this) in _PRIMITIVE_TYPE_NAMES):
                receiver, fn = this, owner
        if not name and filename.startswith("eval at "):
            # (V8: an activation of eval code with no name to show is "eval"'s)
            name = "eval"
        if construct:
            name = CONSTRUCT_PREFIX + (name or "<anonymous>")
        elif type(owner) is NativeFrame:
            type_name = native_type_name(this)
            method = name if type_name else ""
        elif isinstance(owner, JSObject):
            type_name = frame_type_name(this, owner)
            if type_name and isinstance(this, JSObject):
                method = LazyMethodName(this, owner, name)
        frames.append((name, filename, line, col, type_name, method, receiver, fn))
    return frames


def data_name(o: JSObject) -> str:
    """NON-SPEC: ``o``'s own ``name`` when it is a string data property (read without running
    JS), else "": a function's name given when it was made (``get p``, a computed key's)."""
    v = o.props.get("name")
    if type(v) is Prop:
        v = None if v.flags & A else v.value
    return v if type(v) is str else ""


def frame_method_name(this: Any, fn: JSObject, name: str) -> str:
    """NON-SPEC (V8's CallSite getMethodName): the key under which the object receiver ``this``
    or its prototype chain holds ``fn`` (a data property's value, an accessor's getter or
    setter): the function's name (``name``, without ``get ``/``set ``) when it is such a key,
    else the one enumerable key that is (none or two: ""; V8 scans the enumerable keys). String keys that are not array indices (V8's
    elements) only; no JS runs (no getter, no
    proxy trap); a long chain or an object with very many properties is not searched."""
    if not isinstance(this, JSObject):
        return ""
    base = name[4:] if name.startswith(("get ", "set ")) else name
    chain: list[JSObject] = []
    p: Any = this
    while isinstance(p, JSObject) and not p.is_proxy and len(chain) < _METHOD_CHAIN:
        chain.append(p)
        p = p.proto
    if base:
        for o in chain:
            v = o.props.get(base)
            if v is not None:
                if v is fn or type(v) is Prop and (v.value is fn or v.getter is fn or v.setter is fn):
                    return base
                break
    found = ""
    for o in chain:
        props = o.props
        if len(props) > _METHOD_SCAN:
            continue
        for k, v in props.items():
            if (v is fn or type(v) is Prop and v.flags & E and (v.value is fn or v.getter is fn or v.setter is fn)) \
                    and type(k) is str and not (k.isdigit() and (k[0] != "0" or k == "0")):
                if found and found != k:
                    return ""
                found = k
    return found


class LazyMethodName:
    """NON-SPEC: a frame's method name (``frame_method_name``), looked for when a stack is
    formatted or a CallSite asked, as V8 does (an error whose stack is never read costs no
    search)."""

    __slots__ = ("this", "fn", "name", "found")

    def __init__(self, this: JSObject, fn: JSObject, name: str) -> None:
        self.this = this
        self.fn = fn
        self.name = name
        self.found: str | None = None

    def __str__(self) -> str:
        if self.found is None:
            self.found = frame_method_name(self.this, self.fn, self.name)
        return self.found


_METHOD_CHAIN = 16     # prototype levels frame_method_name looks at
_METHOD_SCAN = 2000    # an object with more properties is not scanned


def _inferred_name(o: JSObject) -> str:
    """NON-SPEC: the name V8 infers for an anonymous function from the property it was assigned
    to (``syntax.inferred_names``), or ""."""
    return getattr(getattr(o, "code", None), "inferred_name", "") or ""


_PRIMITIVE_TYPE_NAMES = {float: "Number", str: "String", bool: "Boolean", JSSymbol: "Symbol", JSBigInt: "BigInt"}


def frame_type_name(this: Any, fn: JSObject) -> str:
    """NON-SPEC (V8's CallSite getTypeName): for an activation of ``fn`` with receiver ``this``,
    the type a stack line shows before the function's name (``at Object.m``, ``at K.m``,
    ``at Number.m``), or "" where the call is not a method call: the receiver undefined, null
    or the global object. A primitive's is its type's constructor name, a function's its own
    name, another object's the name of the first ``constructor`` data property on its prototype
    chain ("Object" if none names one). No JS runs (no getter, no proxy trap)."""
    primitive = _PRIMITIVE_TYPE_NAMES.get(type(this))
    if primitive is not None:
        return primitive
    if this is None or this is NULL or not isinstance(this, JSObject):
        return ""
    realm = getattr(fn, "realm", None)
    if realm is not None and (this is realm.global_this or this is realm.global_object):
        return ""
    if this.is_callable:
        own = data_name(this)
        if own:
            return own
    p: Any = this
    for _ in range(64):  # (a long chain: the name is a hint)
        if not isinstance(p, JSObject) or p.is_proxy:
            break
        c = p.props.get("constructor")
        if c is not None:
            if type(c) is Prop:
                c = None if c.flags & A else c.value
            return (data_name(c) if isinstance(c, JSObject) and c.is_callable else "") or "Object"
        p = p.proto
    # (no constructor on the chain: V8 names a few kinds of object by their class, as a module
    # namespace's method call shows "at Module.f")
    return getattr(type(this), "frame_type_name", "Object")


def native_type_name(this: Any) -> str:
    """NON-SPEC (V8's GetConstructorName for a built-in's frame): the type a built-in's stack
    line shows before its name: a primitive's type, "Function" for a function (``Function.keys``
    for Object.keys), a generator object's function's name (``g.next``), else the constructor's name ``frame_type_name`` finds, but when that is
    Object's, the object's own or inherited ``Symbol.toStringTag`` if it is a string data
    property (``JSON.parse``: V8 looks past Object for the tag); "" for undefined, null and the
    global object. No JS runs."""
    primitive = _PRIMITIVE_TYPE_NAMES.get(type(this))
    if primitive is not None:
        return primitive
    if not isinstance(this, JSObject):
        return ""
    if this.is_callable:
        return "Function"
    realm = get_agent().realm
    if realm is not None and (this is realm.global_this or this is realm.global_object):
        return ""
    # (a generator object's is its generator function's name, as V8 gives it: ``at g.next``;
    # the function is the running body's ``self``)
    body = getattr(getattr(this, "pygen", None), "gi_frame", None)
    if body is not None:
        fn = body.f_locals.get("self")
        if isinstance(fn, JSObject):
            own = data_name(fn) or _inferred_name(fn)
            if own:
                return own
    name = frame_type_name(this, this)
    if name != "Object":
        return name
    p: Any = this
    for _ in range(64):
        if not isinstance(p, JSObject) or p.is_proxy:
            break
        tag = p.props.get(_TO_STRING_TAG)
        if tag is not None:
            if type(tag) is Prop:
                tag = None if tag.flags & A else tag.value
            return tag if type(tag) is str and tag else name
        p = p.proto
    return name


_TO_STRING_TAG = WELL_KNOWN_SYMBOLS["toStringTag"]
_EVAL_TAIL = ", <anonymous>"


class EvalFrame:
    """NON-SPEC (V8): the activation of eval code (and the file name of what it compiles), as V8
    shows it in stack traces: ``at eval (eval at f (file.js:1:23), <anonymous>:1:1)``, where
    ``f`` and the position are the caller's at the call of ``eval`` (or of ``Function``)."""

    __slots__ = ("filename",)

    def __init__(self) -> None:
        # (the innermost JS frame now: the caller, at its call of eval; not eval's, nor
        # Function's, own built-in frame)
        caller = capture_frames(limit=1, natives=False)
        if caller:
            name, filename, line, col = caller[0][:4]
            if name.startswith(CONSTRUCT_PREFIX):
                name = name[len(CONSTRUCT_PREFIX):]
            if not name or name == MODULE_TOP:
                name = "<anonymous>"
            self.filename = f"eval at {name} ({filename}:{line}:{col}){_EVAL_TAIL}"
        else:
            self.filename = "<anonymous>"

    def frame_info(self) -> tuple[str, str, int, int]:
        return "eval", self.filename, 1, 1

    @staticmethod
    def origin(filename: str) -> str | None:
        """The ``eval at f (file.js:1:23)`` part of an EvalFrame's file name, or None when
        ``filename`` is no such name (CallSite's isEval, getEvalOrigin, getFileName)."""
        if filename.startswith("eval at ") and filename.endswith(_EVAL_TAIL):
            return filename[:-len(_EVAL_TAIL)]
        return None

    def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)``: the eval code's evaluation, whose frames are this activation's."""
        return fn(*args)


class CallSiteObject(JSObject):
    """NON-SPEC (V8): a CallSite, one frame of the structured stack trace that
    ``Error.prepareStackTrace(error, callSites)`` receives; ``frame`` is the captured
    (function name, file name, line, column). Its methods are %CallSite.prototype%'s
    (intrinsics/error.py)."""

    __slots__ = ("frame",)

    def __init__(self, proto: JSObject | None, frame: Frame) -> None:
        JSObject.__init__(self, proto)
        self.frame = frame


# NON-SPEC (V8): set while Error.prepareStackTrace runs on this thread: an error whose stack is
# formatted meanwhile gets the default text instead of calling it again
_PREPARING = threading.local()


def prepare_stack_trace(err: JSObject, frames: list[Frame],
                        default: Callable[[], Any] | None = None) -> Any:
    """NON-SPEC (V8): the value of ``err``'s ``stack``: what ``Error.prepareStackTrace(err,
    callSites)`` of the running realm's %Error% returns when it is a function, else the default
    text (``default()``, or ``format_stack``). Libraries read call sites this way (depd,
    callsites, get-caller-file, source-map-support)."""
    realm = get_agent().realm
    ctor = proto = prepare = None
    if realm is not None and not getattr(_PREPARING, "active", False):
        ctor = realm.intrinsics.get("%Error%")
        proto = realm.intrinsics.get("%CallSite.prototype%")
        if ctor is not None and proto is not None:
            prepare = ctor.get("prepareStackTrace", ctor)
    if realm is None or not (isinstance(prepare, JSObject) and prepare.is_callable):
        return default() if default is not None else format_stack(err, frames, run_js=realm is not None)
    sites = JSArray(realm.array_prototype, [CallSiteObject(proto, f) for f in frames])
    _PREPARING.active = True
    try:
        return call(prepare, ctor, [err, sites])
    finally:
        _PREPARING.active = False


def format_call_site(frame: Frame) -> str:
    """NON-SPEC (V8): a frame as a stack line shows it, without the leading ``at``: a method
    call's function name after its receiver's type name (``Object.m``), unless it starts with
    it or is a path (an inferred name, ``exports.parse``), and then `` [as k]`` when the method's
    key is another (``Object.m [as q]``, an accessor's ``get p [as p]``); a symbol-keyed
    method's, ``[s]``, shows alone, and an anonymous one as ``Type.key``, as V8 shows them."""
    name, filename, line, col, type_name, lazy = frame[:6]
    method = str(lazy)
    # (V8 names a script without a name so; a built-in's frame has no position)
    where = f"{filename or '<anonymous>'}:{line}:{col}" if line else "<anonymous>"
    if type_name:
        if not name:
            name = type_name + "." + (method or "<anonymous>")
        else:
            if not name.startswith(("get ", "set ", "[", type_name + ".")) and "." not in name:
                # (a name inferred from a path, ``exports.parse``, shows as it is)
                name = type_name + "." + name
            if method and name != method and not name.endswith("." + method):
                name += " [as " + method + "]"
    return f"{name} ({where})" if name else where


_HEADING: set[int] = set()   # (the errors whose header error_header is making)


def error_header(err: JSObject) -> str:
    """NON-SPEC (V8's ErrorUtils::ToString): the first line of an error's stack as its first
    read from JS makes it: Get of ``name`` and ``message`` (a getter runs, and what it throws
    propagates, as in V8), joined as Error.prototype.toString joins them. A read of the same
    error's stack while its header is being made (a getter that reads it) sees the header made
    without running JS."""
    if id(err) in _HEADING or get_agent().realm is None:
        return safe_describe(err)
    _HEADING.add(id(err))
    try:
        name = err.get("name", err)
        name = "Error" if name is None else to_string(name)
        msg = err.get("message", err)
        msg = "" if msg is None else to_string(msg)
    finally:
        _HEADING.discard(id(err))
    if not name:
        return msg
    if not msg:
        return name
    return name + ": " + msg


def format_stack(err: Any, frames: list[Frame] | None = None, run_js: bool = False) -> str:
    """NON-SPEC (V8): the text of ``err``'s stack: its header, then a line per frame. The
    header runs JS (error_header) with ``run_js`` (the stack's first read from JS), else it is
    read without running any (safe_describe: what the host shows)."""
    head = error_header(err) if run_js and isinstance(err, JSObject) else safe_describe(err)
    lines = [head]
    for frame in getattr(err, "frames", []) if frames is None else frames:
        lines.append("    at " + format_call_site(frame))
    return "\n".join(lines)


class JSErrorObject(JSObject):
    """An object with an [[ErrorData]] slot (sec-properties-of-error-instances). ``frames`` is the
    NON-SPEC call-site list captured when it was made (for ``stack``)."""

    __slots__ = ("_frames", "raw_frames", "lazy_stack", "throw_site")
    class_name = "Error"

    def __init__(self, proto: JSObject | None) -> None:
        JSObject.__init__(self, proto)
        self._frames: list[Any] = []
        # NON-SPEC (V8): where a ``throw`` statement last threw it (see THROW_SITES), or None.
        # NON-SPEC (speed): a slot, where a WeakKeyDictionary entry cost about 0.8 us per error
        # thrown (its weak reference made, and its callback run when the error goes)
        self.throw_site: tuple[str, int, int] | None = None
        # NON-SPEC: the frames as captured (capture_raw_frames), until ``frames`` is first read
        self.raw_frames: list[RawFrame] | None = None
        # NON-SPEC (V8): True while the own 'stack' is the accessor that formats it on first read
        self.lazy_stack = False

    @property
    def frames(self) -> list[Any]:
        """The call sites captured when the error was made (Frames, made from its RawFrames on
        the first read: an error whose stack is never read formats no frame)."""
        raw = self.raw_frames
        if raw is not None:
            self.raw_frames = None
            self._frames = materialize_frames(raw)
        return self._frames

    @frames.setter
    def frames(self, frames: list[Any]) -> None:
        self.raw_frames = None
        self._frames = frames

    def materialize_stack(self) -> Any:
        """NON-SPEC (V8): format the pending ``stack`` now (through ``Error.prepareStackTrace``
        when there is one) and store it as a data property."""
        text = prepare_stack_trace(self, self.frames) if self.lazy_stack else format_stack(self)
        if self.lazy_stack:
            self.lazy_stack = False
            stored = self.props.get("stack")
            if type(stored) is Prop and stored.flags & A:
                self.props["stack"] = Prop(text, W | C)
        return text

    def get_own_property(self, key: Any) -> "PropertyDescriptor | None":
        if self.lazy_stack and key == "stack":
            self.materialize_stack()
        return JSObject.get_own_property(self, key)

    def define_own_property(self, key: Any, desc: "PropertyDescriptor") -> bool:
        # NON-SPEC (V8): the pending stack becomes its data property before anyone redefines it,
        # so that Object.seal/freeze change the property that will stay.
        if self.lazy_stack and key == "stack":
            self.materialize_stack()
        return JSObject.define_own_property(self, key, desc)


def throw_site(value: Any) -> tuple[str, int, int] | None:
    """NON-SPEC (V8): where a ``throw`` statement last threw the object ``value`` (file name,
    line, column), or None (not an object, or never thrown by a ``throw`` statement)."""
    if isinstance(value, JSErrorObject):
        return value.throw_site
    return THROW_SITES.get(value) if isinstance(value, JSObject) else None
