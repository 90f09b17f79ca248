"""NON-SPEC: the second compiler tier -- JS function bodies (and script code) emitted as Python
source and compiled by CPython's ``compile()`` into real Python functions (issue #17).

A body is emitted when its function qualifies (any kind of function, simple or non-simple
parameters, derived constructors included, direct ``eval`` too, but no Annex B block
functions, no ``using`` in a ``case`` clause; or script code without Annex B block functions; or
eval code). Inside such a body every
construct the emitter knows is emitted as Python: locals that no closure sees are Python locals,
loops are Python loops with the budget check on every back-edge, arithmetic and comparisons are
inline behind a ``type(x) is float`` guard with one call to the full operation otherwise,
property reads and writes take an inline path to an ordinary object's own data property,
binding patterns and destructuring assignment are destructured inline, and so are optional
chains (private and super links too), spread, logical assignment, ``super`` properties (as
assignment and update targets too) and calls, ``this``, ``new.target`` and ``super`` in arrows
(read from the environment the arrow closes over), ``delete``, ``import()``, ``import.meta``,
regexp and object literals. Nested functions are made by the closure compiler's makers, called
from the emitted code; a class definition runs the steps of its ClassTemplate (classes.py), its
heritage and computed keys emitted between them; ``with`` bodies are emitted inline, their names
resolved at run time; anything else is compiled by the closure compiler and called with the current environment:
the bindings such code can see are kept in real environment records, so both tiers agree on
where every binding lives.

Safety: no JS text ever reaches the Python source. Identifiers become names made of a prefix
and a counter, every literal (numbers, strings, property keys, messages) is an entry of the
function's constant table (globals ``k0``, ``k1``, ... of the namespace the code runs in).
Which plain code is emitted is the mode's choice (``set_mode``, ``PYJSVM_EMIT``, see ``_MODE``):
by default ('tiered') the closure compiler is the cold tier -- a body without a loop runs there
until its ``TIER_UP_CALLS``-th call, then is emitted (compiling closures is several times cheaper
than emitting and ``compile()``, and most bodies run once or a few times); a body with a loop is
emitted at once. ``PYJSVM_EMIT=1`` emits every plain body, ``PYJSVM_EMIT=0`` none (plain
functions, scripts and eval code then run on the closure compiler); generators, async functions
and module code with a top-level ``await`` are emitted in every mode.
"""
from __future__ import annotations

import builtins
import keyword
import marshal
import math
import os
import re
import sys
import types
import weakref
from functools import partial
from math import copysign, trunc
from typing import Any, Callable, Protocol

from pyjsvm.runtime.thread_limit import python_compile
from pyjsvm.syntax.digits import decimal_to_int
from pyjsvm.runtime.agent import ALLOCATION_CHECK_MIN, Interrupted, JSThrow, c_reentry, check_stop_compiling, drop_at_full_collection, get_agent, throw_reference_error, throw_type_error
from pyjsvm.compiler.core import CompileContext, _offset, dynamic_this, get_dynamic_ref, lookup_dynamic, not_defined, put_dynamic_ref, tdz_error
from pyjsvm.compiler.core import evaluate_import_call, import_meta_object
from pyjsvm.compiler.expressions import get_index, get_member_of_primitive, not_callable, put_member, set_index
from pyjsvm.compiler.expressions import (
    copy_data_properties, delete_property, describe_callee, describe_iterable, first_pattern_key, object_pattern_coercible,
    pattern_subjects, regexp_literal,
)
from pyjsvm.compiler.expressions import delete_dynamic_binding, delete_global_binding
from pyjsvm.regexp.validate import validate_regexp_literal
from pyjsvm.compiler.classes import call_tag, private_in, super_base, super_call, super_get_value, super_property_key, super_put_value
from pyjsvm.compiler.classes import COMPUTED_FIELD_NAME
from pyjsvm.compiler.statements import enumerate_object_properties, has_using, lexically_scoped_declarations, report_step
from pyjsvm.compiler.number_types import NumberLocals, assigns, number_result
from pyjsvm.runtime.disposal import (
    ASYNC_DISPOSE, SYNC_DISPOSE, add_disposable_resource, dispose_resources, dispose_resources_steps,
)
from pyjsvm.runtime.environments import Env, FunctionEnv, GlobalCell, HostValue, WithEnv
from pyjsvm.runtime.functions import (
    LAZY_FUNCTION_KEYS, INLINE_IMPLS, INLINE_NAMES, SPECIAL_BUILTINS, ECMAFunction, new_this_object, JSArguments, TailCall, create_arguments_object, prepare_tail_call, run_tail_calls,
    set_function_name,
)
from pyjsvm.runtime.objects import A, EMPTY_CALLEE, FILLED_SITES, L, PROP_CELLS, PROTO_EPOCH, PUT_SITES, SITE_OBJECTS, SITES_LOCK, WEC, BuiltinFunction, C, CalleeSite, ChainCheck, JSArray, JSObject, LAST_PLAIN_INDEX_CHAIN, Prop, index_sets_stay_own
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.operations import INDEX_KEYS
from pyjsvm.runtime.operations import (
    create_data_property, get_template_object, is_loosely_equal, is_strictly_equal, to_boolean, to_numeric, to_number, to_object, to_property_key, to_string,
    typeof, is_constructor, call, to_int32, to_uint32,
)
from pyjsvm.runtime.numeric import number_to_string
from pyjsvm.runtime.operators import (
    BINARY_OPERATORS, NUMBER_OPS, binary_op, bitwise_not, concat_operand, concat_room, increment, js_add, js_in, js_instanceof,
    concat_strings, unary_minus,
)
from pyjsvm.runtime.values import MISSING, NULL, JSBigInt, JSSymbol
from pyjsvm.syntax.parse import children
from pyjsvm.runtime.generator_objects import (
    GeneratorReturn, Y_AWAIT, Y_VALUE, async_generator_yield, async_iterator_close, start_suspendable, yield_star,
)
from pyjsvm.runtime.iteration import (
    DONE, array_pattern_close, array_pattern_values, array_values_iterator, get_iterator, iterate_to_list, iterator_close,
    iterator_complete, iterator_rest, iterator_step_value, iterator_value,
)
from pyjsvm.runtime.promise import new_promise
from pyjsvm.runtime.stack import CALL_SITE_CODES, DELEGATED, EMITTED_CALL, EMITTED_FILES, EMITTED_NEW, EMITTED_SELF, EMITTED_PART_PREFIX, PRIMITIVE_THROW, THROW_SITES, JSErrorObject
from pyjsvm.syntax.modules import DEFAULT_BINDING
from pyjsvm.syntax.scope import Scope, bound_names, contains_suspend, if_clause, is_apply_arguments_call
from pyjsvm.syntax.utf16 import python_string_to_js
from pyjsvm.syntax.tree import LazyBody

# NON-SPEC: the tier plain code (code that cannot suspend) is compiled for, ``PYJSVM_EMIT``:
# "tiered" (the default; any value but 0 and 1) -- a body without a loop starts on the closure
# compiler (the cold tier: it compiles several times faster, and most code runs once or a few
# times) and is emitted after TIER_UP_CALLS calls (functions.FunctionCompiler.tier_up), a body
# with a loop is emitted at once (it runs hot on its first call, and nothing replaces a running
# activation); "emit" (PYJSVM_EMIT=1) -- every plain body emitted when compiled; "closure"
# (PYJSVM_EMIT=0) -- every plain body on the closure compiler, never emitted.
MODES = ("tiered", "emit", "closure")
_MODE = {"0": "closure", "1": "emit"}.get(os.environ.get("PYJSVM_EMIT", "tiered"), "tiered")
# NON-SPEC: the calls a cold function body runs on the closure tier before it is emitted (the
# call that reaches it finishes there). Measured (CPU, see CONTRIBUTING "Which tier stays"):
# test262's Array.prototype.map + class elements syntax ran fastest with 4 (2 and 8 were
# 10-40% slower), lodash's load 0.140 s with 2, 0.112 s with 4, 0.099 s with 8
TIER_UP_CALLS = 4


def mode() -> str:
    """The tier plain code is compiled for: 'tiered', 'emit' or 'closure' (see ``_MODE``)."""
    return _MODE


def set_mode(new: str) -> str:
    """Compile plain code from now on in mode ``new`` ('tiered', 'emit' or 'closure'); returns
    the old mode. Code compiled before keeps its tier (and a cold body still tiers up)."""
    global _MODE
    if new not in MODES:
        raise ValueError(f"unknown compiler mode {new!r}")
    old = _MODE
    _MODE = new
    return old


def set_enabled(on: bool | str) -> str:
    """``set_mode("emit")`` for True, ``set_mode("closure")`` for False (a mode string as is);
    returns the old mode, which restores it when passed back."""
    return set_mode(on if isinstance(on, str) else "emit" if on else "closure")


def enabled() -> bool:
    """Whether plain bodies may be emitted at all (every mode but 'closure'); suspendable bodies
    (generators, async functions, module code with a top-level ``await``) are emitted either
    way (see ``emits``)."""
    return _MODE != "closure"


def emits(kind: str) -> bool:
    """Whether a body of ``kind`` ('normal', or a suspendable kind: 'generator', 'async',
    'asyncGenerator') may be emitted: a suspendable one always (the emitter is the only
    compiler of suspendable code), a plain one unless the mode is 'closure'."""
    return _MODE != "closure" or kind != "normal"


def plain_tier(has_loop: bool) -> str:
    """The tier a plain body (function, script, eval or module code without a top-level
    ``await``) is compiled for now: 'emit', 'closure', or 'cold' (the closure compiler, emitted
    after TIER_UP_CALLS calls; for code that runs once, as script code, the same as 'closure')."""
    if _MODE == "tiered":
        return "emit" if has_loop else "cold"
    return _MODE


class _TooLarge(Exception):
    """The body's emitted source passed MAX_EMITTED_SOURCE: it is emitted again in compact mode."""


class Unsupported(Exception):
    """The function as a whole cannot be emitted (the closure compiler compiles it)."""


# --- run-time helpers the emitted code calls ---------------------------------------------------

def _int_or_value(v: Any) -> Any:
    """NON-SPEC: the int of a bitwise operator's result made by the full operation when it is
    a Number (an int32), else the result (a BigInt): see E.mixed."""
    return trunc(v) if type(v) is float else v


def _get_member(o: Any, k: Any, pos: Any) -> Any:
    """GetValue of ``o.k`` where the emitted inline path missed. NON-SPEC: for an ordinary
    object, OrdinaryGet's walk up the chain of ordinary objects in this frame, and a getter
    that is an emitted function called through its direct entry (as its [[Call]] would, with
    an emitted call site's ``given``: runtime/stack.EMITTED_CALL);
    anything else from the object where the walk stopped, by its [[Get]] (the objects passed
    have no own ``k``, so that is where the spec's recursion has got to)."""
    if type(o) is JSObject:
        p: Any = o
        while True:
            v = p.props.get(k, MISSING)
            if v is not MISSING:
                if type(v) is not Prop:
                    return v
                if not v.flags & A:
                    return v.value
                g = v.getter
                if type(g) is ECMAFunction and (d := g.code.direct) is not None:
                    return d(g, o, get_agent(), EMITTED_CALL)
                return p.get(k, o)
            p = p.proto
            if p is None:
                return None
            if type(p) is not JSObject:
                return p.get(k, o)
    if isinstance(o, JSObject):
        return o.get(k, o)
    return get_member_of_primitive(o, k, pos)


# NON-SPEC: what an emitted own-property read's ``props.get`` returns for an absent key: a Prop
# (never stored in any object's ``props``), so that the read's one test that what it found is
# no Prop also finds that it is not absent
ABSENT_PROP = Prop(MISSING, A | L)


# NON-SPEC: how many times a call site's callee cache (CalleeSite) is filled before the site
# reads its callee through the inline prototype chain alone (a site whose receivers have
# many prototypes, or run while PROTO_EPOCH keeps changing)
CALLEE_CACHE_FILLS = 16
# NON-SPEC: how many prototypes a call site's callee cache holds beside its first
CALLEE_CACHE_MORE = 7
# NON-SPEC: how many objects a callee cache's entry tests between the receiver's prototype and
# the holder (ChainCheck): a method inherited through up to this many more classes
CALLEE_CHAIN_DEPTH = 8


# NON-SPEC: the classes whose objects keep every own property named by an IdentifierName other
# than ``length`` and the lazy function keys (prototype, arguments, caller) in ``props``, and
# whose [[Get]] of such a key is OrdinaryGet over them (the call sites' inline paths test a
# receiver's class against it): JSObject and JSArray from the start, others as _get_callee
# meets them (callee_layout says which)
CALLEE_TYPES: set[type] = {JSObject, JSArray}
_NOT_CALLEE_TYPES: set[type] = set()
_ORDINARY_METHODS = ("get", "get_own_property", "get_prototype_of", "set_prototype_of", "set", "delete",
                     "define_own_property", "has_property")


def callee_layout(cls: type) -> bool:
    """NON-SPEC: whether ``cls`` belongs in CALLEE_TYPES: its objects' own properties all in
    ``props``, and its internal methods that read or change them or the prototype the ordinary
    ones (which count PROTO_EPOCH up where a CalleeSite's entry must go; an immutable prototype
    exotic object's [[SetPrototypeOf]] changes nothing: %Object.prototype%); or an ECMAScript
    function object, whose only other own properties are the lazy ones and whose methods make
    them, then run the ordinary ones."""
    if cls in CALLEE_TYPES:
        return True
    if cls in _NOT_CALLEE_TYPES:
        return False
    ok = cls is ECMAFunction or (
        issubclass(cls, JSObject) and cls.simple_props is True and not cls.is_proxy
        and all(getattr(cls, m) is getattr(JSObject, m) for m in _ORDINARY_METHODS
                if m != "set_prototype_of" or not cls.immutable_prototype))
    (CALLEE_TYPES if ok else _NOT_CALLEE_TYPES).add(cls)
    return ok


def _plain_class(cls: type) -> bool:
    return cls is JSObject or cls is JSArray


def _get_callee(o: Any, k: Any, pos: Any, site: CalleeSite) -> Any:
    """NON-SPEC: GetValue of a call's callee ``o.k`` (``k`` an IdentifierName other than
    ``length`` and, unless the site tests for exactly JSObject and JSArray, other than the lazy
    function keys) at a site whose cache missed: the generic [[Get]]; then, when ``o``'s class
    is in CALLEE_TYPES (all its own properties in ``props`` for such a key) and ``o`` has no
    own ``k``, and its prototype, or failing that the prototype's prototype (each of such a
    class too), holds ``k`` as a data property, the site's entry, or while it holds another
    prototype's and there is room its ``more`` for this prototype, becomes (``o``'s prototype,
    the holder's stored Prop, whether the holder is that prototype itself). The emitted site
    then reads the Prop's value while the receiver's prototype is the same object and the
    receiver (and, for the second level, that prototype) still has no own ``k``, until
    bump_proto_epoch empties it: a Prop leaves its object's ``props``, or turns into an
    accessor, only where PROTO_EPOCH counts up (define, delete, a prototype's change); a write
    of its value changes it in place. A plain stored value is made such a Prop here (the same
    attributes: writable, enumerable, configurable): a global object's too, whose GlobalEnv
    reads such a Prop's value in line (and caches only a non-configurable one in its
    GlobalCell)."""
    v = _get_member(o, k, pos)
    site.fills += 1
    found = _chain_holder(o, k)
    if found is not None:
        p, holder, mids = found
        _fill_callee_site(site, p, holder, k, v, holder is p, ChainCheck(mids, k) if mids else True)
    return v


def _chain_holder(o: Any, k: Any) -> tuple[Any, Any, tuple[Any, ...]] | None:
    """NON-SPEC: for a CalleeSite's entry (see _get_callee): where ``o``'s class is in
    CALLEE_TYPES and ``o`` has no own ``k``, and its prototype, or an object up to
    CALLEE_CHAIN_DEPTH further up its chain (each of such a class too), holds ``k``: (the
    prototype, the holder, the objects between them, none of which has ``k``); else None."""
    layout = _plain_class if k in LAZY_FUNCTION_KEYS else callee_layout
    if not layout(type(o)) or k in o.props:
        return None
    p = o.proto
    if p is None or not layout(type(p)):
        return None
    if k in p.props:
        return p, p, ()
    holder = p.proto
    if holder is None or not layout(type(holder)):
        return None
    mids: list[Any] = []
    while k not in holder.props:
        mids.append(holder)
        holder = holder.proto
        if holder is None or len(mids) == CALLEE_CHAIN_DEPTH or not layout(type(holder)):
            return None
    return p, holder, tuple(mids)


def _fill_callee_site(site: CalleeSite, key: Any, holder: JSObject, k: Any, v: Any, first: bool, between: Any) -> None:
    """NON-SPEC: where ``holder`` stores ``v``, the value just read, as ``k``'s data property,
    the site's entry (or, while it holds another, its ``more``, if it has room) becomes
    (``key``, that Prop, ``first``, ``between``); a plain stored value is made such a Prop
    first (the same attributes: writable, enumerable, configurable). The objects the entry
    depends on join SITE_OBJECTS."""
    props = holder.props
    stored = props.get(k, MISSING)
    if type(stored) is not Prop:
        if stored is not v or stored is MISSING:
            return
        stored = props[k] = Prop(v, WEC)
    elif stored.flags & (A | L) or stored.value is not v:
        return
    _add_site_entry(site, (key, stored, first, between), holder)


def _add_site_entry(site: CalleeSite, entry: tuple[Any, Any, Any, Any], holder: JSObject) -> None:
    """NON-SPEC: ``entry`` (its key first) becomes the site's entry, or while it holds another,
    goes in its ``more`` if that has room; the objects it depends on (``holder``, the key,
    the ChainCheck's) join SITE_OBJECTS."""
    key, between = entry[0], entry[3]
    # (one tuple, replaced whole: a reader on another thread never sees half of it)
    if site.entry is EMPTY_CALLEE:
        site.entry = entry
    elif len(site.more) < CALLEE_CACHE_MORE:
        site.more[key] = entry
    else:
        return
    with SITES_LOCK:
        FILLED_SITES.add(site)
        SITE_OBJECTS.add(holder)
        if isinstance(key, JSObject):
            SITE_OBJECTS.add(key)
        if type(between) is ChainCheck:
            for o in between.objects:
                SITE_OBJECTS.add(o)


def _fill_accessor_site(site: CalleeSite, o: Any, k: Any, setter: bool) -> None:
    """NON-SPEC: a value read's (``setter`` false) or a named write's cache of an accessor
    that ``o`` inherits (see _chain_holder): where the holder's Prop for ``k`` is an accessor
    whose getter (or setter) is an ECMAScript function object, the site's entry, or while it
    holds another its ``more``, becomes (``o``'s prototype, that Prop, None, True where the
    prototype is the holder, else the ChainCheck of the prototype and the objects between).
    The emitted site then calls that function's direct entry with the receiver while the
    receiver's prototype is the same object, the receiver has no own ``k`` and the check
    holds, until bump_proto_epoch empties it: an accessor's Prop leaves ``props``, or has its
    functions changed (a non-configurable one's never are), only where PROTO_EPOCH counts up;
    an own data property added to an object between is what the ChainCheck tests. (None in
    the third place: no data entry's ``first``, which the call sites and data reads test.)"""
    found = _chain_holder(o, k)
    if found is None:
        return
    p, holder, mids = found
    stored = holder.props.get(k, MISSING)
    if type(stored) is not Prop or stored.flags & (A | L) != A:
        return
    if type(stored.setter if setter else stored.getter) is not ECMAFunction:
        return
    _add_site_entry(site, (p, stored, None, True if holder is p else ChainCheck((p, *mids), k)), holder)


def _get_member_cached(o: Any, k: Any, pos: Any, site: CalleeSite) -> Any:
    """NON-SPEC: GetValue of ``o.k`` at a value read (``k`` an IdentifierName other than
    ``length``) whose inline own-property hit missed: the read takes a call site's callee cache
    (a CalleeSite, which _get_callee fills, and which is emptied as for a call site), so that a
    data property inherited from the receiver's prototype or the one above it -- a method read
    as a value, ``this.constructor``, a default kept on a prototype -- is read without the
    chain walk; its hit tests what the call site's inline test does. The site also caches an
    inherited accessor's getter (_fill_accessor_site: a class's ``get x()``), called with the
    receiver. Anything else is _get_callee while the site fills, then _get_member."""
    t = type(o)
    if (t is JSObject or t is JSArray or t in CALLEE_TYPES and k not in LAZY_FUNCTION_KEYS) and k not in o.props:
        p = o.proto
        e: Any = site.entry
        if p is e[0] or (e := site.more.get(p)) is not None:
            if e[2] is None:
                if e[3]:
                    g = e[1].getter
                    d = g.code.direct
                    return d(g, o, get_agent(), EMITTED_CALL) if d is not None else g.call(o, [])
            elif e[2] or k not in p.props and e[3]:
                return e[1].value
    if site.fills < CALLEE_CACHE_FILLS:
        v = _get_callee(o, k, pos, site)
        _fill_accessor_site(site, o, k, False)
        return v
    return _get_member(o, k, pos)


def _get_string_callee(o: str, k: str, pos: Any, site: CalleeSite, realm: Any) -> Any:
    """NON-SPEC: GetValue of a call's callee ``o.k`` at a site whose cache missed, ``o`` a
    primitive string and ``k`` the name of a String.prototype method: the generic [[Get]] (of
    the running realm's %String.prototype%, ``k`` not being an index or ``length``); then, where
    that object holds ``k`` as a data property, the site's entry (or, while it holds another,
    its ``more`` has room) becomes (``realm``, that Prop, True, True), which the emitted hit
    reads while the running realm is ``realm``, until bump_proto_epoch empties it (see
    _get_callee: a Prop leaves ``props`` or turns into an accessor only where PROTO_EPOCH
    counts up; a Realm is never an object's prototype, so no receiver's entry is taken for
    it)."""
    v = _get_member(o, k, pos)
    site.fills += 1
    _fill_callee_site(site, realm, realm.intrinsics["%String.prototype%"], k, v, True, True)
    return v


SITE_PROTOS = 8   # see _put_new


def _append_element(a: JSArray, v: Any) -> float:
    """NON-SPEC: ``a.push(v)`` of %Array.prototype.push% where emitted code found its fast path's
    conditions (a dense array that stores the element itself): append, and the new length."""
    d = a.dense
    assert d is not None
    d.append(v)
    n = a.length = len(d)
    return float(n)


def _remove_last_element(a: JSArray) -> Any:
    """NON-SPEC: ``a.pop()`` of %Array.prototype.pop% where emitted code found its fast path's
    conditions (a dense array, its last element present, its length writable)."""
    d = a.dense
    assert d is not None
    a.length = len(d) - 1
    return d.pop()


def _put_new(o: Any, k: Any, v: Any, strict: bool, pos: Any, site: list[Any] | None = None) -> None:
    """PutValue of a property an ordinary object does not have yet: NON-SPEC fast add (as
    JSObject.set's) when the object is extensible and its prototype chain, through objects whose
    own properties all live in ``props``, ends or reaches a plain (writable) data property of
    the key first (OrdinarySet then creates the property on the object). ``site``: the emitted
    site's [prototype, PROTO_EPOCH, prototypes] for which that held, updated here: the inline
    path tests the last prototype met, this one the set of up to SITE_PROTOS met at that count
    (a base class's constructor adding the fields of every subclass's instances). Its fourth
    item, a CalleeSite, caches the setter of an inherited accessor (_fill_accessor_site; the
    emitted site tests the entry for the receiver's prototype, this the others)."""
    setters = site[3] if site is not None else None
    if setters is not None and (type(o) is JSObject or type(o) is JSArray):
        e: Any = setters.more.get(o.proto)
        if e is not None and e[3]:
            f = e[1].setter
            d = f.code.direct
            d(f, o, get_agent(), EMITTED_CALL, v) if d is not None else f.call(o, [v])
            return
    if o.extensible:
        p = o.proto
        if site is not None and site[1] == PROTO_EPOCH[0] and site[2] is not None and p in site[2]:
            o.props[k] = v
            site[0] = p
            return
        # (an array on the chain keeps a key that is no index nor ``length`` in ``props``)
        named = type(k) is str and k != "length" and not "0" <= k[:1] <= "9"
        while p is not None and (p.simple_props or named and type(p) is JSArray):
            found = p.props.get(k, MISSING)
            if found is not MISSING:
                if type(found) is not Prop:
                    p = None  # a plain data property: the object gets its own
                break
            p = p.proto
        if p is None:
            o.props[k] = v
            if site is not None:
                if site[1] != PROTO_EPOCH[0]:
                    site[1] = PROTO_EPOCH[0]
                    site[2] = None
                elif site[2] is None:
                    site[2] = {site[0], o.proto}
                elif len(site[2]) < SITE_PROTOS:
                    site[2].add(o.proto)
                site[0] = o.proto
                if setters is not None and setters.owner is None:
                    setters.owner = site  # (its prototypes let go at a full collection)
                    with SITES_LOCK:
                        PUT_SITES.add(setters)
            return
    put_member(o, k, v, strict, pos)
    if setters is not None and setters.fills < CALLEE_CACHE_FILLS:
        setters.fills += 1
        _fill_accessor_site(setters, o, k, True)


def _reference_key(o: Any, k: Any, pos: Any) -> Any:
    """The key of a computed member reference: a null or undefined base throws before the key's
    ToPropertyKey runs (as the closure compiler's compile_reference). NON-SPEC: a Number stays
    a Number (``get_index``/``set_index`` read it as its canonical numeric string, and its
    ToPropertyKey has no side effect), so that the element fast paths still apply."""
    if o is None or o is NULL:
        get_index(o, k, pos)
    if type(k) is float:
        return k
    return to_property_key(k)


def _check(v: Any, name: str) -> Any:
    if v is MISSING:
        tdz_error(name, None)
    return v


def _const_assign(current: Any, name: str, funcname: bool, strict: bool) -> None:
    if current is MISSING:
        tdz_error(name, None)
    if funcname and not strict:
        return
    throw_type_error("Assignment to constant variable.")


def _not_constructor(desc: str) -> Any:
    throw_type_error(f"{desc} is not a constructor")


def _construct(c: Any, args: list[Any], desc: str) -> Any:
    if not is_constructor(c):
        throw_type_error(f"{desc} is not a constructor")
    return c.construct(args, c)


def _call_general(f: Any, this: Any, args: list[Any], desc: str) -> Any:
    """Call ( F, V, argumentsList ) (sec-call) at a call site, for a callee none of the site's
    inline paths took (a bound function, a proxy, another realm's built-in, a closure-tier
    function): [[Call]], or the TypeError for a value that is not callable."""
    if isinstance(f, JSObject) and f.is_callable:
        return f.call(this, args)
    return not_callable(desc, None)


def _caught(e: BaseException) -> Any:
    """The JS value a catch clause binds for a Python exception it caught."""
    if type(e) is JSThrow or isinstance(e, JSThrow):
        return e.value  # type: ignore[attr-defined]
    # RecursionError: the engine's stack ran out (the closure compiler does the same)
    return get_agent().realm.new_error("RangeError", "Maximum call stack size exceeded")  # type: ignore[union-attr]


def _update(old: Any, delta: int) -> tuple[Any, Any]:
    n = to_numeric(old)
    return n, increment(n, delta)


def _template_part(v: Any) -> str:
    if type(v) is str:
        return v
    if type(v) is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a string")
    return to_string(v)


def _iterator_next(rec: Any) -> Any:
    """IteratorNext without its result check (an async iterator's result is awaited first)."""
    return call(rec.next_method, rec.iterator, [])


def _array_step(rec: Any) -> Any:
    """One element of an array pattern: the next value, or undefined once the iterator is done."""
    if rec.done:
        return None
    x = iterator_step_value(rec)
    return None if x is DONE else x


def _array_rest(rec: Any, realm: Any) -> Any:
    """An array pattern's rest element: the iterator's remaining values in a new array."""
    return JSArray(realm.array_prototype, iterator_rest(rec))


def _rest_object(realm: Any, v: Any, used: tuple[Any, ...]) -> Any:
    """An object pattern's rest element: CopyDataProperties of the keys not named before it."""
    o = JSObject(realm.object_prototype)
    copy_data_properties(o, v, set(used))
    return o


def _for_in_keys(v: Any) -> Any:
    """ForIn/OfHeadEvaluation for enumerate (sec-runtime-semantics-forinofheadevaluation): no
    keys for null or undefined, else EnumerateObjectProperties(ToObject(v))."""
    if v is None or v is NULL:
        return iter(())
    return enumerate_object_properties(to_object(v))


def _async_iterator_result(result: Any) -> Any:
    """The awaited result of an async iterator's next(): its value, or DONE when it is done
    (ForIn/OfBodyEvaluation steps 6.b-e with iteratorKind async)."""
    if not isinstance(result, JSObject):
        throw_type_error(f"Iterator result {to_string(result) if not isinstance(result, JSSymbol) else 'Symbol()'} "
                         "is not an object")
    if iterator_complete(result):
        return DONE
    return iterator_value(result)


def _set_literal_proto(o: Any, v: Any) -> None:
    """``__proto__: v`` in an object literal (sec-__proto__-property-names-in-object-initializers)."""
    if isinstance(v, JSObject) or v is NULL:
        o.set_prototype_of(v)


def _computed_key(env: Any) -> Any:
    """The key closure of a method whose computed key the emitted code evaluates and passes."""
    raise AssertionError("the emitted code passes the key")


def _derived_this(env: Any) -> Any:
    """A derived constructor's this binding (GetThisBinding, sec-function-environment-records-getthisbinding)."""
    this = env.this
    if this is MISSING:
        throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
    return this


def _delete_super() -> Any:
    """``delete super.x`` once the reference is evaluated (sec-delete-operator-runtime-semantics-
    evaluation step 4.b)."""
    throw_reference_error("Unsupported reference to 'super'")


def _call_target() -> Any:
    """A call as the target of ``=``, a compound assignment or ``++``/``--`` in sloppy code, once
    the call is evaluated (Annex B.3.9, sec-runtime-errors-for-function-call-assignment-targets)."""
    throw_reference_error("Invalid left-hand side in assignment")


def _with_env(o: Any, parent: Any) -> WithEnv:
    """The object Environment Record of a ``with`` statement (sec-with-statement-runtime-
    semantics-evaluation steps 2-6): ToObject of the expression's value, withEnvironment true."""
    if o is None or o is NULL:
        throw_type_error("Cannot convert undefined or null to object")
    return WithEnv(to_object(o), parent)


# the locals a body loads the global environment's fields into (see Emitter.load_globals)
_GLOBAL_FIELDS = ("G", "GL", "GP", "GI", "GC", "GJ")
# NON-SPEC (speed): in a function's body that only reads globals through their cells, the fields
# are read from the function object (``ECMAFunction.gfc``, GF: set where a cell's read misses)
_FN_GLOBAL_FIELDS = tuple(f"GF[{i}]" for i in range(6))


# NON-SPEC: ``typeof x === 'name'``'s inline tests (Emitter.typeof_test), over the value's
# first use ``first`` (which names it ``t``; ``u``: a temporary), falling back to typeof's string compared with
# the constant ``k``: only ECMAScript and built-in function objects, plain objects and arrays
# are known by their class (no [[IsHTMLDDA]] object is of these classes)
_TYPEOF_TESTS = {
    "string": "(type({first}) is _str)",
    "number": "(type({first}) is _float)",
    "boolean": "(type({first}) is _bool)",
    "undefined": "({first} is None or ({u} := type({t})) is not _str and {u} is not _float and {u} is not _bool "
                 "and {u} is not _EF and {u} is not _BF and {u} is not _JSObject and {u} is not _JSArray and _typeof({t}) == {k})",
    "function": "(({u} := type({first})) is _EF or {u} is _BF or {u} is not _JSObject and {u} is not _JSArray "
                "and _typeof({t}) == {k})",
    "object": "({first} is _NULL or ({u} := type({t})) is _JSObject or {u} is _JSArray or {u} is not _str and {u} is not _float "
              "and {u} is not _EF and _typeof({t}) == {k})",
}


def _global_read(t: str, u: str, c: str, kn: str, k: str, contextified: bool, cell: str | None = None,
                 fields: tuple[str, ...] = _GLOBAL_FIELDS, load: str | None = None) -> str:
    """The emitted read of a global binding: the Python expression over the locals G, GL, GP,
    GI, GC, GJ (see body_text); ``kn`` names the key, ``k`` the closure compiler's getter (the
    general way), ``t``, ``u``, ``c`` are temporaries. Inline, or in ``_gget`` (lean mode).
    ``cell``: the expression of the name's GlobalCell (runtime/environments.py), read first;
    an item of a ContextObject's store read the inline way fills it. ``fields``: the
    expressions read instead of those six locals (see ``_FN_GLOBAL_FIELDS``), ``load`` an
    expression (true) evaluated before them where the cell's read misses."""
    G, GL, GP, GI, GC, GJ = fields

    def missed(slow: str) -> str:
        return slow if load is None else f"({slow} if {load} else None)"
    # NON-SPEC fast path: a data property of an ordinary global object that no global
    # lexical declaration of its name shadows (GL: the global lexical names, GP: the object's
    # props)
    # NON-SPEC fast path: a global lexical binding (let, const, class) past its TDZ: GL's value
    # (a value found the inline way: past its TDZ, or a ContextObject's item below, is the
    # cell's value from then on)
    filled = f"_gfill({cell}, {t})" if cell is not None else t
    lexical = f"({filled} if ({t} := {GL}[{kn}]) is not _M else {k}({G}))"
    # (a data property's Prop: the cell's from then on, see GlobalCell)
    prop = f"_gprop({cell}, {t}, {G})" if cell is not None else f"{t}.value"
    plain = (f"((({prop} if not {t}.flags & 8 else {k}({G})) if type({t} := {GP}.get({kn}, _M)) is _Prop "
             f"else {t} if {t} is not _M else {k}({G})) if not {GL} or {kn} not in {GL} else {lexical})")
    if not contextified:
        return plain if cell is None else f"({t}.value if ({t} := {cell}.p) is not None else {missed(plain)})"
    # NON-SPEC fast path: without the item and with nothing defined on the store
    # (G.store_props: accessors), a built-in data property (GP: the global's own
    # properties); anything else the general way
    found = (f"if {t} is _M and not {G}.store_props and ({c} := {GP}.get({kn}, _M)) is not _M and "
             f"(type({c}) is not _Prop or not {c}.flags & 8) else {k}({G})")
    builtin_value = f"{c}.value if type({c}) is _Prop else {c}"
    builtin = f"({builtin_value}) {found}"
    # (with a ContextObject's store, a built-in so read is the cell's value from then on)
    builtin_j = builtin if cell is None else f"_gfill({cell}, {builtin_value}) {found}"
    # NON-SPEC fast path: an item of a contextified global over a plain dict (GI: its
    # items; see GlobalEnv.items): with GJ (a ContextObject's), a JS value as it is (a
    # HostValue, a Python value not converted yet, the general way); else a Python value,
    # read as MappingObject._lookup converts it: through the cache GC when its entry's
    # Python value is the item itself (an object converted once, a Number the write below
    # stored), else a float, bool or ASCII string as it is, an int exactly representable as
    # a Number as a float
    # NON-SPEC fast path: the binding's cell, when it holds the value (see GlobalCell)
    read = (f"({plain} if {GI} is None else "
            f"(({filled} if ({t} := {GI}.get({kn}, _M)) is not _M and type({t}) is not _HV else {builtin_j}) if {GJ} else "
            f"({c}[1] if ({c} := {GC}.get({kn}, _NOC))[0] is ({t} := {GI}.get({kn}, _M)) "
            f"else {t} if ({u} := type({t})) is _float else "
            f"_float({t}) if {u} is _int and {t} >= -9007199254740992 and {t} <= 9007199254740992 else "
            f"{t} if {u} is _bool or {u} is _str and {t}.isascii() else "
            f"{builtin})) if not {GL} or {kn} not in {GL} else {lexical})")
    return read if cell is None else f"({t}.value if ({t} := {cell}.p) is not None else {missed(read)})"


def _writable_item(kn: str) -> str:
    """The emitted test that the item ``kn`` of a contextified global over a plain dict is
    writable: G.attrs holds the W|E|C flags of the items that lack one of them."""
    return f"(not G.attrs or G.attrs.get({kn}, 1) & 1)"


def _global_write(c: str, u: str, kn: str, x: str, k: str, contextified: bool,
                  cell: str | None = None) -> list[tuple[int, str]]:
    """The emitted write of ``x`` (a Python local or constant) to a global binding: statements
    (indent, text) over the locals of ``_global_read``; ``k`` is the closure compiler's setter,
    ``c`` and ``u`` are temporaries. Inline, or in ``_gput`` (lean mode). ``cell``: the
    expression of the name's GlobalCell, else it is found in ``G.cells``."""
    out: list[tuple[int, str]] = []

    def set_cell(d: int) -> list[tuple[int, str]]:
        """(the binding's cell holds what it now holds: see GlobalCell)"""
        if cell is not None:
            return [(d, f"{cell}.value = {x}")]
        return [(d, f"if ({c} := G.cells.get({kn})) is not None:"), (d + 1, f"{c}.value = {x}")]
    d = 0
    if contextified:
        out.append((0, "if GI is None:"))
        d = 1
    # NON-SPEC fast path: overwrite a writable data property of an ordinary global object
    out.append((d, f"{c} = GP.get({kn}, _M) if not GL or {kn} not in GL else _M"))
    out.append((d, f"if type({c}) is _Prop and {c}.flags & 9 == 1:"))
    out.append((d + 1, f"{c}.value = {x}"))
    out.append((d, f"elif {c} is _M or type({c}) is _Prop:"))
    out.append((d + 1, f"{k}(G, {x})"))
    out.append((d, "else:"))
    out.append((d + 1, f"GP[{kn}] = {x}"))
    if contextified:
        # NON-SPEC fast path: a write to an existing writable item of a contextified global
        # over a plain dict (GI; G.attrs holds the W|E|C flags of the items that lack one of
        # them: a script's ``var`` is not configurable): with GJ (a
        # ContextObject's, see GlobalEnv.js_values), the JS value as it is, dropping the
        # item's entry in GC (the Python value of what it held); else a Number, bool or ASCII
        # string, stored as MappingObject._store_py_key does: a Number integral in the exact
        # range (not -0) as an int, any other as the float, with a cache entry that maps what
        # was stored to the Number (for the reads above; it replaces an object's entry); a
        # bool or string as it is, dropping the entry
        writable = _writable_item(kn)
        out.append((0, f"elif GJ and (not GL or {kn} not in GL) and {kn} in GI and {writable}:"))
        out.append((1, f"GI[{kn}] = {x}"))
        out.append((1, f"if GC and {kn} in GC:"))
        out.append((2, f"GC.pop({kn}, None)"))
        out.extend(set_cell(1))
        out.append((0, f"elif not GJ and (not GL or {kn} not in GL) and (({u} := type({x})) is _float or {u} is _bool "
                       f"or {u} is _str and {x}.isascii()) and {kn} in GI and {writable}:"))
        out.append((1, f"if {u} is _float:"))
        out.append((2, f"GI[{kn}] = {c} = (_trunc({x}) if {x}.is_integer() and {x} >= -9007199254740992.0 and "
                       f"{x} <= 9007199254740992.0 and ({x} or _copysign(1.0, {x}) > 0.0) else {x})"))
        out.append((2, f"GC[{kn}] = ({c}, {x})"))
        out.append((1, "else:"))
        out.append((2, f"GI[{kn}] = {x}"))
        out.append((2, "if GC:"))
        out.append((3, f"GC.pop({kn}, None)"))
        out.append((0, "else:"))
        out.append((1, f"{k}(G, {x})"))
    # NON-SPEC fast path, before the others: a global lexical binding (let, class) past its TDZ
    # that is not a const: GL's value replaced
    lexical = [(0, f"if GL and {kn} in GL and GL[{kn}] is not _M and {kn} not in G.consts:"), (1, f"GL[{kn}] = {x}")]
    lexical.extend(set_cell(1))
    if contextified:
        return lexical + [(0, "elif" + out[0][1][2:])] + out[1:]
    return lexical + [(0, "else:")] + [(d + 1, line) for d, line in out]


# NON-SPEC: classes whose every instance ToBoolean makes true (plain objects, arrays, functions:
# none has [[IsHTMLDDA]]), tested inline before the full ToBoolean
_ALWAYS_TRUE = frozenset((JSObject, JSArray, ECMAFunction))

_BASE_NAMESPACE: dict[str, Any] = {
    "__builtins__": {"len": len, "type": type, "isinstance": isinstance, "float": float, "int": int, "ord": ord,
                     "RecursionError": RecursionError},
    "_get_agent": get_agent, "_list": list, "_onew": object.__new__, "_BF": BuiltinFunction, "_newd": ECMAFunction.construct_direct, "_newthis": new_this_object, "_M": MISSING, "_NULL": NULL, "_Prop": Prop, "_JSObject": JSObject, "_JSArray": JSArray,
    "_EF": ECMAFunction, "_EC": EMITTED_CALL, "_ECN": EMITTED_NEW, "_ECS": EMITTED_SELF, "_DLG": DELEGATED, "_TA": JSTypedArray, "_JSArgs": JSArguments, "_FE": FunctionEnv, "_Env": Env, "_JSThrow": JSThrow, "_float": float, "_str": str,
    "_add": js_add, "_catroom": concat_room, "_catop": concat_operand, "_nts": number_to_string, "_binop": binary_op, "_tb": to_boolean, "_TT": _ALWAYS_TRUE, "_leq": is_loosely_equal, "_seq": is_strictly_equal,
    "_getm": _get_member, "_geti": get_index, "_putm": put_member, "_seti": set_index, "_isso": index_sets_stay_own, "_LPIC": LAST_PLAIN_INDEX_CHAIN, "_apush": _append_element, "_apop": _remove_last_element, "_putnew": _put_new, "_getcallee": _get_callee, "_FAR": -(1 << 100), "_getstrc": _get_string_callee, "_getmc": _get_member_cached, "_NP": ABSENT_PROP, "_CT": CALLEE_TYPES, "_CCF": CALLEE_CACHE_FILLS, "_EP": PROTO_EPOCH, "_refkey": _reference_key, "_nc": not_callable, "_callg": _call_general,
    "_id": id, "_chk": _check, "_nd": not_defined, "_cassign": _const_assign, "_new": _construct, "_caught": _caught, "_upd": _update,
    "_typeof": typeof, "_neg": unary_minus, "_tonum": to_number, "_bnot": bitwise_not, "_in": js_in,
    "_instanceof": js_instanceof, "_tmpl": _template_part, "_tmplcat": concat_strings, "_to_object": to_object,
    "_THROW_SITES": THROW_SITES, "_JSErrorObject": JSErrorObject, "_PRIMITIVE_THROW": PRIMITIVE_THROW, "_YV": Y_VALUE, "_YA": Y_AWAIT, "_ystar": yield_star,
    "_agyield": async_generator_yield, "_GeneratorExit": GeneratorExit, "_Interrupted": Interrupted, "_getiter": get_iterator,
    "_itstep": iterator_step_value, "_itarr": array_values_iterator, "_DONE": DONE, "_itclose": iterator_close, "_aitclose": async_iterator_close,
    "_itnext": _iterator_next, "_opc": object_pattern_coercible, "_restobj": _rest_object,
    "_astep": _array_step, "_arrpat": array_pattern_values, "_arpclose": array_pattern_close, "_topk": to_property_key, "_arest": _array_rest, "_forin": _for_in_keys, "_next": next, "_itresult": _async_iterator_result, "_lookupdyn": lookup_dynamic, "_getdyn": get_dynamic_ref, "_dynthis": dynamic_this, "_putdyn": put_dynamic_ref, "_mkargs": create_arguments_object, "_RecursionError": RecursionError,
    "_tail": prepare_tail_call, "_TC": TailCall, "_runtc": run_tail_calls, "_superbase": super_base, "_superget": super_get_value, "_supercall": super_call,
    "_iov": _int_or_value, "_dthis": _derived_this, "_delete": delete_property, "_itlist": iterate_to_list, "_regexp": regexp_literal,
    "_copydp": copy_data_properties, "_cdp": create_data_property, "_setproto": _set_literal_proto,
    "_setfname": set_function_name, "_adddisp": add_disposable_resource, "_dispose": dispose_resources,
    "_disposesteps": dispose_resources_steps, "_GeneratorReturn": GeneratorReturn, "_BaseException": BaseException,
    "_privin": private_in, "_calltag": call_tag, "_tmplobj": get_template_object,
    "_NODDA": frozenset((float, str, bool, JSObject, JSArray)),
    "_JSBigInt": JSBigInt, "_withenv": _with_env,
    "_superput": super_put_value, "_delsuper": _delete_super, "_delglobal": delete_global_binding,
    "_deldyn": delete_dynamic_binding, "_importcall": evaluate_import_call, "_importmeta": import_meta_object,
    "_calltarget": _call_target, "_superkey": super_property_key,
}
_SLOW_NAME: dict[str, str] = {}
for _i, (_op, _fn) in enumerate(BINARY_OPERATORS.items()):
    _BASE_NAMESPACE["_op_" + str(_i)] = _fn
    _SLOW_NAME[_op] = "_op_" + str(_i)
_NUM_NAME: dict[str, str] = {}
for _i, (_op, _fn) in enumerate(NUMBER_OPS.items()):
    _BASE_NAMESPACE["_num_" + str(_i)] = _fn
    _NUM_NAME[_op] = "_num_" + str(_i)

# operator -> Python form on two floats (named a and b in the template)
_INLINE = {"+": "{a} + {b}", "-": "{a} - {b}", "*": "{a} * {b}", "<": "{a} < {b}", "<=": "{a} <= {b}",
           ">": "{a} > {b}", ">=": "{a} >= {b}"}
_BOOL_OPS = {"<", "<=", ">", ">=", "===", "!==", "==", "!=", "in", "instanceof"}
_RELATIONAL = ("<", "<=", ">", ">=")
# operators whose fast path works on int32 values (ToInt32 / ToUint32 of the operands)
_INT32_OPS = ("|", "&", "^", "<<", ">>", ">>>")
# NON-SPEC: the operators computed on Python ints where both operands are integral Numbers
# (FunctionEmitter.int_binary)
_INT_FORM_OPS = frozenset(("+", "-", "*") + _INT32_OPS)
# NON-SPEC: the compound assignments of a member that take the one-test path when the
# property holds a Number and the right side is a Number read unobservably (see
# e_AssignmentExpression): every arithmetic and bitwise one
_NUMBER_UPDATE_OPS = frozenset(("+=", "-=", "*=", "/=", "%=", "**=", "|=", "&=", "^=", "<<=", ">>=", ">>>="))
_INF = float("inf")


_INT32_RANGE = (-2147483648, 2147483647)
_SAFE = 2 ** 53   # the integers whose floats are exact: the sums of ints within it are the floats'


def _int32_result(op: str, count: float | None) -> bool:
    """Whether the Number result of the bitwise operator ``op`` (of _INT32_OPS) is an int32:
    all but ``>>>``, and that when its count (a constant) shifts by at least one bit."""
    return op != ">>>" or count is not None and to_uint32(count) & 31 != 0


def _is_int32(f: float) -> bool:
    """Whether the Number ``f`` is an integer in [-2**31, 2**31), not -0."""
    return f.is_integer() and -2147483648.0 <= f < 2147483648.0 and (f != 0 or copysign(1.0, f) > 0)

_CODE_CACHE: dict[tuple[str, str], Any] = {}

_LOOP_TYPES = ("ForStatement", "WhileStatement", "DoWhileStatement")
_FUNCTION_NODES = ("FunctionExpression", "ArrowFunctionExpression", "FunctionDeclaration", "ClassExpression",
                   "ClassDeclaration")


# --- what is emitted natively ----------------------------------------------------------------

def _default_class(s: Any) -> bool:
    """Whether ``s`` is ``export default class {}`` (anonymous)."""
    return s.type == "ExportDefaultDeclaration" and s.declaration.type == "ClassDeclaration"


def _pattern_exprs(p: Any, out: list[Any]) -> list[Any]:
    """The expressions a (simple) pattern evaluates, in source order: computed keys, member
    targets (their object and key) and default values."""
    t = p.type
    if t == "AssignmentPattern":
        _pattern_exprs(p.left, out)
        out.append(p.right)
    elif t == "MemberExpression":
        out.append(p)
    elif t == "ObjectPattern":
        for q in p.properties:
            if q.type == "RestElement":
                _pattern_exprs(q.argument, out)
                continue
            if q.computed:
                out.append(q.key)
            _pattern_exprs(q.value, out)
    elif t == "ArrayPattern":
        for e in p.elements:
            if e is not None:
                _pattern_exprs(e.argument if e.type == "RestElement" else e, out)
    return out


def _is_direct_eval(n: Any) -> bool:
    """A call ``eval(...)``: its code may name any binding around it (a nested function's too)."""
    return n.type == "CallExpression" and n.callee.type == "Identifier" and n.callee.name == "eval"


def _all_names(node: Any, out: set[str], cache: dict[int, tuple[Any, set[str], bool]] | None = None) -> bool:
    """Every identifier name in ``node``'s subtree (an over-approximation of what it references).
    Returns False when part of the subtree is a body not decoded yet or a direct eval (it may
    reference anything).
    With ``cache`` (the compiler's, by node id, with the node so that a reused id is no hit), the
    answer for ``node`` and for every function or class inside it is kept: the analysis of each
    nested function reads it instead of walking its subtree again (deep nesting would otherwise be
    quadratic)."""
    if cache is None:
        stack = [node]
        known = True
        while stack:
            n = stack.pop()
            if n.type == "Identifier":
                out.add(n.name)
            elif n.type == "MetaProperty":
                out.add("new.target")
            elif type(getattr(n, "body", None)) is LazyBody or _is_direct_eval(n):
                known = False
            stack.extend(children(n))
        return known
    hit = cache.get(id(node))
    if hit is None or hit[0] is not node:
        hit = _names_of(node, cache)
    out |= hit[1]
    return hit[2]


def _names_of(root: Any, cache: dict[int, tuple[Any, set[str], bool]]) -> tuple[Any, set[str], bool]:
    """``_all_names`` of ``root``, kept in ``cache`` with that of each function-like node in it
    (one post-order walk)."""
    open_: list[list[Any]] = [[set(), True]]   # the accumulators of the subtrees being walked
    work: list[tuple[Any, bool]] = [(root, True), (root, False)]
    while work:
        n, closing = work.pop()
        if closing:
            names, known = open_.pop()
            cache[id(n)] = (n, names, known)
            outer = open_[-1]
            outer[0] |= names
            outer[1] = outer[1] and known
            continue
        if n is not root and n.type in _NAME_CACHED:
            hit = cache.get(id(n))
            if hit is not None and hit[0] is n:
                acc = open_[-1]
                acc[0] |= hit[1]
                acc[1] = acc[1] and hit[2]
                continue
            work.append((n, True))
        if n is root or n.type in _NAME_CACHED:
            open_.append([set(), True])
        acc = open_[-1]
        if n.type == "Identifier":
            acc[0].add(n.name)
        elif n.type == "MetaProperty":
            acc[0].add("new.target")
        elif type(getattr(n, "body", None)) is LazyBody or _is_direct_eval(n):
            acc[1] = False
        work.extend((c, False) for c in children(n))
    return cache[id(root)]


_NAME_CACHED = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                          "ClassDeclaration", "ClassExpression"))


class _Analysis:
    """The pre-pass over one body: which names closure-compiled code (nested functions and the
    constructs the emitter leaves to the closure compiler) may reference, and which block-like
    nodes contain such code (their environments must then be real ``Env`` records)."""

    def __init__(self, body: list[Any], arrow: bool,
                 names_cache: dict[int, tuple[Any, set[str], bool]] | None = None) -> None:
        self.names_cache = names_cache
        self.captured: set[str] = set()
        self.territory: set[int] = set()   # id() of scope nodes containing closure-compiled code
        self.any = False
        self.arrow = arrow
        self.has_eval = False
        self.new_target = False   # the body reads new.target itself (from its FunctionEnv)
        self.stack: list[Any] = []
        self.max_depth = 0
        for s in body:
            self.stmt(s, 0)

    def mark(self, node: Any) -> None:
        self.any = True
        if not _all_names(node, self.captured, self.names_cache):
            self.has_eval = True  # as with eval: every binding may be referenced
        for n in self.stack:
            self.territory.add(id(n))

    def stmt(self, s: Any, depth: int) -> None:
        self.max_depth = max(self.max_depth, depth)
        if s.type in ("FunctionDeclaration", "ClassDeclaration") or _default_class(s):  # (every other is emitted)
            self.mark(s)
            if s.type == "ClassDeclaration":
                self.class_parts(s, depth)
            elif _default_class(s):
                self.class_parts(s.declaration, depth)
            return
        if s.type == "WithStatement":
            # every name in it resolves at run time through the with object's environment:
            # the bindings it can see live in environment records (then the body is analysed
            # like any other: blocks in it with closure-compiled code are materialised too)
            self.mark(s)
        scoped = s.type in ("BlockStatement", "ForStatement", "SwitchStatement", "ForOfStatement", "ForInStatement")
        if scoped:
            self.stack.append(s)
        try:
            for c in children(s):
                if c.type == "CatchClause":
                    self.stack.append(c)
                    try:
                        if c.param is not None:
                            self.expr(c.param, depth + 1)
                        self.stmt(c.body, depth + 1)
                    finally:
                        self.stack.pop()
                elif c.type == "SwitchCase":
                    if c.test is not None:
                        self.expr(c.test, depth + 1)
                    for x in c.consequent:
                        self.stmt(x, depth + 1)
                elif c.type == "VariableDeclaration" or c.type.endswith("Statement") or c.type.endswith("Declaration"):
                    self.stmt(c, depth + 1)
                elif c.type == "VariableDeclarator":
                    if c.init is not None:
                        self.expr(c.init, depth + 1)
                    for dflt in _pattern_exprs(c.id, []):
                        self.expr(dflt, depth + 1)
                elif c.type == "Identifier":
                    pass
                else:
                    self.expr(c, depth + 1)
        finally:
            if scoped:
                self.stack.pop()

    def class_parts(self, node: Any, depth: int) -> None:
        """A class's heritage and computed keys, emitted in this body (FunctionEmitter.emit_class;
        the class as a whole is marked: its methods and fields are closures)."""
        if node.superClass is not None:
            self.expr(node.superClass, depth + 1)
        for m in node.body.body:
            if getattr(m, "computed", False):
                self.expr(m.key, depth + 1)

    def expr(self, e: Any, depth: int) -> None:
        self.max_depth = max(self.max_depth, depth)
        if _is_direct_eval(e):
            # a direct eval sees every binding, and the environments of the blocks around it
            self.has_eval = True
            self.mark(e)
        if e.type in ("ObjectPattern", "ArrayPattern"):  # a destructuring assignment's or for-in/of head's
            for x in _pattern_exprs(e, []):
                self.expr(x, depth + 1)
            return
        if e.type in _FUNCTION_NODES:  # (every other expression is emitted)
            self.mark(e)
            if e.type == "ClassExpression":
                self.class_parts(e, depth)
            return
        if e.type == "MetaProperty" and e.meta.name == "new" and not self.arrow:
            self.new_target = True
        for c in children(e):
            if c.type == "Property":
                if c.computed:
                    self.expr(c.key, depth + 1)
                self.expr(c.value, depth + 1)
            elif c.type == "SpreadElement":
                self.expr(c.argument, depth + 1)
            elif c.type in ("TemplateElement", "Super"):
                pass
            else:
                self.expr(c, depth + 1)


# --- emission --------------------------------------------------------------------------------

# NON-SPEC: the names of %String.prototype%'s own properties in a new realm (other than
# ``length``): ``s.name`` of a primitive string has its inline path (``string_member``) only for
# these, so that the reads of other names (``this.pos``, ``node.type``), by far the most, are
# emitted shorter and compile() faster; a name a program adds to String.prototype is read the
# general way. tests/compiler/test_emit_member.py checks the list against a realm's.
STRING_METHOD_NAMES = frozenset((
    "anchor", "at", "big", "blink", "bold", "charAt", "charCodeAt", "codePointAt", "concat", "constructor",
    "endsWith", "fixed", "fontcolor", "fontsize", "includes", "indexOf", "isWellFormed", "italics",
    "lastIndexOf", "link", "localeCompare", "match", "matchAll", "normalize", "padEnd", "padStart", "repeat",
    "replace", "replaceAll", "search", "slice", "small", "split", "startsWith", "strike", "sub", "substr",
    "substring", "sup", "toLocaleLowerCase", "toLocaleUpperCase", "toLowerCase", "toString", "toUpperCase",
    "toWellFormed", "trim", "trimEnd", "trimLeft", "trimRight", "trimStart", "valueOf"))
# NON-SPEC: the names of STRING_METHOD_NAMES that Array.prototype or Object.prototype has a
# method of too: a call site of such a name tests for an object receiver before a string
SHARED_METHOD_NAMES = frozenset(("at", "concat", "constructor", "includes", "indexOf", "lastIndexOf", "slice",
                                 "toString", "valueOf"))


class Binding:
    """Where one JS binding lives in emitted code: a Python local (``py``) or slot ``idx`` of the
    list held in the Python local ``vars``."""

    __slots__ = ("name", "py", "vars", "idx", "lexical", "const", "funcname", "decl_end", "always_check")

    def __init__(self, name: str, py: str | None, vars: str | None, idx: int, lexical: bool = False,
                 const: bool = False, funcname: bool = False, decl_end: int = 1 << 60,
                 always_check: bool = False) -> None:
        self.name = name
        self.py = py
        self.vars = vars
        self.idx = idx
        self.lexical = lexical
        self.const = const
        self.funcname = funcname
        self.decl_end = decl_end
        self.always_check = always_check

    def ref(self) -> str:
        return self.py if self.py is not None else f"{self.vars}[{self.idx}]"

    def needs_tdz_check(self, node: Any) -> bool:
        """Whether a use of this binding at ``node`` must test its TDZ: a lexical binding read
        or written before its declaration ends in the source, or one that is always tested."""
        return self.lexical and (self.always_check or node.range[0] < self.decl_end)


class E:
    """An emitted expression: Python ``text``; ``kind`` is 'const' (a constant-table name),
    'name' (a Python local that nothing can change before it is used) or 'expr'."""

    __slots__ = ("text", "kind", "num", "bool", "i32", "ival", "irange", "mixed", "idx")

    def __init__(self, text: str, kind: str = "expr", num: bool = False, is_bool: bool = False,
                 i32: bool = False, ival: str | None = None, irange: tuple[int, int] | None = None) -> None:
        self.text = text
        self.kind = kind
        self.num = num        # known to be a float
        self.bool = is_bool   # known to be a bool
        self.i32 = i32        # known to be a float holding an integer in [-2**31, 2**31) (not -0)
        # NON-SPEC: known to be a float holding an integer in [lo, hi] (not -0, within 2**53 of 0)
        self.irange = irange if irange is not None or not i32 else _INT32_RANGE
        self.ival = ival      # an 'expr' with irange: the Python int expression ``text`` is the float of
        # NON-SPEC: a bitwise operator's result on operands not known to be Numbers: the same
        # expression giving the result's int when it is a Number (an int32: a Python int in
        # [-2**31, 2**31), whichever path made it), else the BigInt the full operation gave
        self.mixed: str | None = None
        # NON-SPEC: where ``text`` is a loop counter's read plus or minus an integer literal
        # (counter_shadow), the Python int expression of the same over the counter's int
        self.idx: str | None = None


class _Frame:
    """A break/continue target while emitting: a JS loop, switch or labelled statement."""

    def __init__(self, kind: str, labels: tuple[str, ...], uid: int, py_loop: bool) -> None:
        self.kind = kind            # 'loop', 'switch', 'label', 'try' (a finally boundary), 'part'
        self.labels = labels
        self.uid = uid
        self.py_loop = py_loop
        self.on_continue: Callable[[], None] | None = None
        self.crossed: set[int] = set()   # jump codes that leave this Python loop by the flag
        # the names and environments in force at the loop (see FunctionEmitter.continue_at)
        self.context: tuple[list[dict[str, Binding]], tuple[Scope, str], list[tuple[str, Scope]]] | None = None


class FunctionEmitter:
    """Emits one function body (mode 'function') or script body (mode 'script')."""

    def __init__(self, compiler: Any, ctx: CompileContext, mode: str, strict: bool, arrow: bool = False,
                 kind: str = "normal") -> None:
        self.c = compiler
        # 'normal', or the kind of suspendable function whose body this is ('generator', 'async',
        # 'asyncGenerator'): the body is then a Python generator (see runtime/generator_objects.py)
        self.kind = kind
        self.ctx = ctx
        self.mode = mode
        self.strict = strict
        self.arrow = arrow
        # a derived constructor: ``this`` is its FunctionEnv's, unbound until super() binds it
        self.derived = False
        self.using_stacks: list[str] = []   # the resource stacks of the enclosing statement lists
        self.lines: list[tuple[int, str]] = []
        self.ind = 1
        self.consts: dict[str, Any] = {}
        self.const_ids: dict[tuple[type, Any], str] = {}
        self.ntemp = 0
        self.scopes: list[dict[str, Binding]] = []
        self.env_stack: list[tuple[str, Scope]] = []   # materialised environments: (Python name, Scope)
        self.frames: list[_Frame] = []
        self.uid = 0
        self.uses_G = False
        # NON-SPEC (speed): whether a function's body reads a global through its cell (CE), in
        # a body that may load nothing else of the global environment (see load_globals)
        self.uses_CE = False
        # NON-SPEC (speed): whether the body has a call of its own (a call, new, tagged template,
        # import()): a function without one skips the depth's bookkeeping when an emitted call
        # site calls it (emit_function)
        self.makes_calls = False
        # NON-SPEC (speed): the name of the plain function being emitted (None: not one), and
        # whether a call site calls it straight when its callee is the running function itself
        # (``call``: a recursion by the function's name)
        self.own_name: str | None = None
        self.self_calls = False
        # NON-SPEC (speed): the parameters to consider assuming Numbers (``try_number_params``),
        # those found worth it (``number_params_found``), and those a body emitted for Number
        # arguments assumes (``number_params``; ``number_fallback``: the entry it calls when an
        # argument is not one); see emit_function_code
        self.try_number_params: tuple[str, ...] | None = None
        self.number_params_found: tuple[str, ...] = ()
        self.number_params: tuple[str, ...] = ()
        self.number_positions: list[int] = []   # (their indexes in the parameter list)
        self.number_fallback: Any = None
        # `arguments` passed through by ``f.apply(x, arguments)`` (function_parts): its binding,
        # the expression reading it (made on first use) and the argument list passed instead
        self.pass_args: tuple[Binding, str, str] | None = None
        self.args_unmapped_from = 0
        self.g_at: int | None = None   # where body_text loads the global fields (None: first)
        # NON-SPEC (speed): where the first statement with a call of its own begins, when the
        # parameters and the statements before it make none (None: no such statement, or the
        # parameters or the first statement make calls): emit_function's frame counts its depth
        # from there when an emitted call site called it
        self.c_at: int | None = None
        # NON-SPEC: the global names the code reads or writes through its cells (CE[i]: see
        # global_cell), in the order first met
        self.cell_names: dict[str, int] = {}
        self.uses_jump = False
        # for each finally block around the code being emitted, how many frames were open at its start
        self.finally_marks: list[int] = []
        self.analysis: _Analysis | None = None
        self.var_bindings: dict[str, Binding] = {}   # a function's var-scoped bindings (its varEnv)
        # NON-SPEC: a hook call before each statement (``on_step``, see core.tracing)
        self.trace = bool(getattr(compiler, "trace", False))
        # the Identifier nodes (by id) read where their Python local holds a Number
        self.num_reads: dict[int, int] = {}
        # NON-SPEC: the Python locals of the loop counters being emitted -> the Python int
        # local that holds the same integer (counter_shadow)
        self.int_shadows: dict[str, str] = {}
        self.unused: set[int] = set()   # the expressions (by id) whose value is not used
        self.cv_only: set[int] = set()  # the expressions whose value is only the completion value
        self.cv_set: set[int] = set()   # of those, the ones that set it themselves (appends)
        # a body too large for one compile() is emitted again in parts (``compact``): a
        # function's body with every inline path while it stays under MAX_INLINE_SOURCE, else
        # (and a script's) also ``lean``: with calls instead of the longest inline paths (global
        # reads and writes, member and element reads, operators)
        self.compact = False
        self.lean = False
        self.size = 0   # about how long the emitted source is so far
        # NON-SPEC: parts of the body emitted as Python functions of their own (``part``), nested
        # in the body's function: their sources, the names they share with it, how deep the
        # current one is, where its lines start (indentation, size) and the nesting past which a
        # statement or expression becomes a part (smaller when compile() rejected the body)
        self.parts: list[str] = []
        self.part_names: set[str] = set()
        self.in_part = 0
        self.part_base = 1
        self.part_size = 0
        self.part_limit = PART_INDENT
        self.part_returns = 0   # the ``return`` statements emitted (a part's call checks for one)
        self.edepth = 0         # nesting of the expression being emitted (in the current part)
        self.sdepth = 0         # nesting of the statement being emitted (in the current part)
        self.outer: tuple[Scope, str] = (ctx.scope, "env")   # (enclosing Scope, its environment's Python name)
        # a suspendable function's parameter initialisation, emitted apart (function_parts)
        self.param_prologue: list[str] = []
        self.param_lines: list[tuple[int, str]] | None = None
        self.param_parts: tuple[list[str], set[str]] = ([], set())
        self.param_src: str | None = None
        # a plain function's parameters as the Python parameters of its positional entry
        # (code.direct), or None: it takes ``*args``
        self.sig: list[str] | None = None
        # NON-SPEC: what the passes over the body found (``once``), shared by the attempts to emit
        # it (inline, compact, tight: the analyses do not depend on how the body is emitted)
        self.memo: dict[str, Any] = {}

    # -- small tools --
    def once(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()``, or what it gave in an earlier attempt to emit this body (``memo``)."""
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    def const(self, value: Any) -> str:
        key = (type(value), value if isinstance(value, (str, float, int, bool)) else id(value))
        if type(value) is float and value != value:
            key = (float, "nan")
        elif type(value) is float and value == 0 and str(value).startswith("-"):
            key = (float, "-0")
        name = self.const_ids.get(key)
        if name is None:
            name = "k" + str(len(self.consts))
            self.consts[name] = value
            self.const_ids[key] = name
        return name

    def temp(self) -> str:
        self.ntemp += 1
        return "t" + str(self.ntemp)

    def emit(self, text: str) -> None:
        self.lines.append((self.ind, text))
        self.size += self.ind + len(text) + 1
        if self.size > MAX_EMITTED_SOURCE:
            self.check_size()

    def check_size(self) -> None:
        """Give up the emission once the source passes MAX_EMITTED_SOURCE, to emit the body again
        in compact mode (there, statement lists are split into parts of PART_SIZE instead), and
        a compact body that is not lean once it passes MAX_INLINE_SOURCE."""
        if not self.compact or not self.lean and self.size > MAX_INLINE_SOURCE:
            raise _TooLarge()

    def set_level(self, level: int) -> None:
        """How the body is emitted (see ``_attempts``): 0 in one piece with every inline path,
        1 in parts, 2 in parts and lean."""
        self.compact = level >= 1
        self.lean = level >= 2

    # -- parts --
    def part(self, fn: Callable[[], Any], value: bool = False) -> tuple[str, bool, _Frame | None]:
        """NON-SPEC: what ``fn`` emits as a part of the body: a Python function of its own, defined
        at the top of the body's function (``part_defs``) and called here (``call_part``), so
        that the Python nesting stays bounded whatever the JS nesting (compile() accepts 100
        levels of indentation, 20 nested blocks and 200 nested brackets) and a huge body is
        several functions. A part shares every Python local with the body (``nonlocal``); a
        ``yield`` in it makes it a generator, run with ``yield from``. A statement part
        (``value`` False) returns None, or a one-element tuple for a JS ``return``; a
        break/continue out of it sets ``jmp`` and returns, as out of a Python loop (its frame);
        an expression part returns the expression's value."""
        fr = None if value else self.new_frame("part", (), True)
        saved = self.lines, self.ind, self.part_base, self.part_size, self.edepth, self.sdepth
        self.lines = []
        self.ind = self.part_base = 1
        self.part_size = self.size
        self.edepth = self.sdepth = 0
        self.in_part += 1
        try:
            r = fn()
            self.emit(f"return {r.text}" if value else "return None")
            lines = self.lines
        finally:
            if fr is not None:
                self.frames.remove(fr)
            self.lines, self.ind, self.part_base, self.part_size, self.edepth, self.sdepth = saved
            self.in_part -= 1
        name = EMITTED_PART_PREFIX + str(len(self.parts))
        text = "\n".join(" " * d + t for d, t in lines)
        names = {n for n in _NAME_TOKEN.findall(text) if n not in _NOT_LOCAL and not _NOT_LOCAL_RE.match(n)}
        self.part_names |= names
        head = f"def {name}():\n" + (f" nonlocal {', '.join(sorted(names))}\n" if names else "")
        self.parts.append(head + text + "\n")
        self.part_size += len(text)
        return name, _YIELD.search(text) is not None, fr

    def call_part(self, name: str, is_gen: bool) -> str:
        return f"(yield from {name}())" if is_gen else f"{name}()"

    def stmt_part(self, fn: Callable[[], None]) -> None:
        """The statements ``fn`` emits, as a part called here."""
        returns = self.part_returns
        name, is_gen, fr = self.part(fn)
        assert fr is not None
        if self.part_returns > returns:
            r = self.temp()
            self.emit(f"{r} = {self.call_part(name, is_gen)}")
            self.emit(f"if {r} is not None:")
            self.emit(f" return {r}" if self.in_part else f" return {r}[0]")
        else:
            self.emit(self.call_part(name, is_gen))
        self.after_loop(fr)

    def expr_part(self, e: Any) -> E:
        name, is_gen, _ = self.part(partial(self.expr, e), value=True)
        t = self.temp()
        self.emit(f"{t} = {self.call_part(name, is_gen)}")
        return E(t, "name")

    def nested_too_deep(self) -> bool:
        """Whether the next statement or expression is emitted as a part: the Python indentation,
        or the JS nesting in the current part (lines captured and spliced at a deeper
        indentation, as an ``else`` branch's, are indented only when spliced)."""
        return self.ind - self.part_base > self.part_limit or self.edepth + self.sdepth > self.part_limit

    def part_defs(self, params: str, pad: str) -> list[str]:
        """The lines that define the parts at the top of the body's function (``params``: its
        parameter list): the names they share, bound first (``nonlocal`` needs a binding)."""
        if not self.parts:
            return []
        taken = set(_NAME_TOKEN.findall(params))
        out = []
        shared = sorted(self.part_names - taken)
        for i in range(0, len(shared), 200):
            out.append(pad + " = ".join(shared[i:i + 200]) + " = None")
        for text in self.parts:
            out.extend(pad + line for line in text.splitlines())
        return out

    def capture(self, fn: Callable[[], Any]) -> tuple[list[tuple[int, str]], Any]:
        saved = self.lines
        self.lines = []
        try:
            r = fn()
            return self.lines, r
        finally:
            self.lines = saved

    def splice(self, lines: list[tuple[int, str]], shift: int = 0) -> None:
        for d, t in lines:
            self.lines.append((d + shift, t))

    def reference_key(self, o: E, k: E, pos: str) -> E:
        """The key of the computed member reference ``o[k]`` that is read and then written
        (``o[k] += v``, ``o[k]++``): _reference_key, whose Number case -- an object base, a
        Number key, kept as it is -- is tested in line."""
        k = self.hold(k)
        number = "" if k.num else f"type({k.text}) is _float and "
        t = self.temp()
        self.emit(f"{t} = {k.text} if {number}{o.text} is not None and {o.text} is not _NULL "
                  f"else _refkey({o.text}, {k.text}, {pos})")
        return E(t, "name", k.num, False, k.i32)

    def spill(self, e: E) -> E:
        """``e`` as a Python local that later code cannot change."""
        if e.kind == "const":
            return e
        t = self.temp()
        self.emit(f"{t} = {e.text}")
        r = E(t, "name", e.num, e.bool, e.i32, irange=e.irange)
        r.idx = e.idx
        return r

    def hold(self, e: E) -> E:
        """``e`` as a constant or a temporary (``spill``): an operand whose value later operands'
        statements must not change. A temporary is assigned once, so it is kept as it is (spilling
        every earlier operand again made a literal of n elements with statements n**2 lines)."""
        if e.kind == "name" and _TEMP_NAME.match(e.text):
            return e
        return self.spill(e)

    def cur_env(self) -> tuple[str, Scope]:
        return self.env_stack[-1]

    def in_scope(self, scope: Scope, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` with the closure compiler's current scope set to ``scope``."""
        saved_ctx = self.c.ctx
        saved_scope = self.ctx.scope
        self.c.ctx = self.ctx
        self.ctx.scope = scope
        try:
            return fn()
        finally:
            self.ctx.scope = saved_scope
            self.c.ctx = saved_ctx

    def closure(self, fn: Callable[[], Any]) -> str:
        """Compile part of the body with the closure compiler, in the current materialised scope."""
        return self.const(self.in_scope(self.cur_env()[1], fn))

    def susp(self, node: Any) -> bool:
        """Whether evaluating ``node`` can suspend this (suspendable) body."""
        return self.kind != "normal" and contains_suspend(node, self.kind == "asyncGenerator")

    def truthy(self, e: E) -> str:
        if e.bool:
            return e.text
        if e.num:  # ToBoolean of a Number: false for +0, -0 and NaN
            if e.i32:
                return f"({e.text} != 0.0)"
            if e.kind == "expr":
                t = self.temp()
                return f"(({t} := {e.text}) == {t} != 0.0)"
            return f"({e.text} == {e.text} != 0.0)"
        # NON-SPEC: undefined, Numbers and the commonest object classes (never [[IsHTMLDDA]]) inline
        tt = self.temp()
        if e.kind == "expr":
            t = self.temp()
            x = f"({t} := {e.text})"
        else:
            t = x = e.text
        return (f"({x} is True or ({t} is not False and {t} is not None and "
                f"(({t} == {t} != 0.0) if ({tt} := type({t})) is _float else {tt} in _TT or _tb({t}))))")

    # -- scopes and names --
    def lookup(self, name: str) -> Binding | None:
        for sc in reversed(self.scopes):
            b = sc.get(name)
            if b is not None:
                return b
        return None

    def number_reads(self, body: list[Any]) -> dict[int, int]:
        """The reads of Python locals that hold a Number (compiler/number_types.py), for a body
        whose function-level bindings are in ``self.scopes``; none beside a direct eval."""
        a = self.analysis
        assert a is not None
        if a.has_eval:
            return {}
        declared: set[str] = set()
        locals_: set[str] = set()
        twice: set[str] = set()
        for sc in self.scopes:
            for name, b in sc.items():
                if name in declared:
                    twice.add(name)  # a parameter and the body's var of its name
                declared.add(name)
                if b.py is not None and not b.funcname and name != "arguments":
                    locals_.add(name)  # (assigning the own name does nothing; arguments is lazy)
        if self.number_params:
            # (the body emitted for Number arguments: see emit_function_code)
            return self.once("num_reads_numbers", lambda: NumberLocals(
                body, locals_ - twice, declared, a.captured, self.number_params).reads)  # type: ignore[no-any-return]
        plain = self.once("number_locals", lambda: NumberLocals(body, locals_ - twice, declared, a.captured))
        if self.try_number_params is not None:
            self.number_params_found = self.once("number_params", lambda: self.params_worth_guarding(
                plain, body, locals_ - twice, declared, a.captured))
        return plain.reads  # type: ignore[no-any-return]

    def params_worth_guarding(self, plain: NumberLocals, body: list[Any], locals_: set[str], declared: set[str],
                              captured: Any) -> tuple[str, ...]:
        """NON-SPEC (speed): the parameters (``try_number_params``) whose being Numbers where the
        body starts would let the emitter drop more of its operators' guards than a guard of
        each at entry costs (see emit_function_code): none in a body with a function of its own
        or of more than NUMBER_PARAMS_NODES nodes (it is emitted twice)."""
        cands = [p for p in self.try_number_params or () if p in plain.eligible]
        if not cands or plain.has_functions or plain.nodes > NUMBER_PARAMS_NODES:
            return ()
        seeded = NumberLocals(body, locals_, declared, captured, cands)
        chosen = tuple(p for p in cands if seeded.name_reads.get(p, 0) > plain.name_reads.get(p, 0))
        gain = sum(seeded.name_reads.values()) - sum(plain.name_reads.values())
        return chosen if chosen and gain >= 2 * len(chosen) else ()

    def captured(self, name: str) -> bool:
        a = self.analysis
        assert a is not None
        return a.has_eval or name in a.captured

    def new_local(self) -> str:
        self.ntemp += 1
        return "v" + str(self.ntemp)

    # ============================================================================================
    # entry points

    def function_parts(self, fs: Any, body: list[Any] | None, expr_body: Any) -> tuple[list[str], list[tuple[int, str]], bool]:
        """The emitted prologue and the body's lines (FunctionDeclarationInstantiation,
        sec-functiondeclarationinstantiation, then the body), and whether the body needs its
        FunctionEnv. Simple parameters are assigned in the prologue; a non-simple or duplicate
        parameter list is bound in order by the body's first lines (IteratorBindingInitialization
        of the formals: defaults, patterns, rest), parameters in their TDZ until then; with
        parameter expressions the body's declarations get their own environment (step 28)."""
        scope: Scope = fs.scope
        body_scope: Scope | None = fs.body_scope
        stmts = body if body is not None else []
        simple_params = not fs.params or fs.nparams == len(fs.params)

        def analyse() -> _Analysis:
            a = _Analysis(stmts if expr_body is None else [_ExprHolder(expr_body)], self.arrow,
                          getattr(self.c, "names_cache", None))
            if not simple_params:
                for prm in fs.params:
                    pat = prm.argument if prm.type == "RestElement" else prm
                    for x in _pattern_exprs(pat, []):
                        a.expr(x, 1)
            return a
        self.analysis = a = self.once("analysis", analyse)
        # a suspendable function's parameter expressions run when it is called, before its body
        # (a Python generator) starts: they are emitted as a separate function ``p`` (see
        # emit_suspendable), and the parameters' bindings live in the environment both share
        split = self.kind != "normal" and body_scope is not None
        mapped = fs.args_slot is not None and not fs.strict and fs.simple
        info = fs.info
        # NON-SPEC: `arguments` only in ``f.apply(x, arguments)`` calls (the closure tier's
        # Scope.raw_args_slot) and as the object of member expressions: the object is made when
        # a use needs it (e_CallExpression, e_MemberExpression; any other reading of the name)
        members_only = info.uses_arguments and not getattr(info, "bare_arguments", True)
        pass_args = (self.kind == "normal" and fs.args_slot is not None and not self.arrow
                     and (info.apply_arguments or members_only) and (not info.uses_arguments or members_only)
                     and not info.has_direct_eval and not info.has_with
                     and not a.has_eval and "arguments" not in a.captured and simple_params and body_scope is None
                     and len(set(fs.param_names)) == len(fs.param_names) and "arguments" not in info.var_names)
        # (a mapped arguments object made later still needs the parameters in the environment;
        # with none, it maps nothing)
        needs_env = (a.any or a.has_eval or (fs.args_slot is not None and (mapped and bool(fs.param_names) or not pass_args))
                     or split
                     or a.new_target or self.derived)
        # bindings of the function scope
        bind: dict[str, Binding] = {}
        prologue: list[str] = []
        lex = {n: c for n, c in fs.info.lex_decls}
        decl_end = self.lexical_decl_ends(stmts)
        param_set = set(fs.param_names)  # (a list: `in` on it would make 100,000 parameters quadratic)
        param_end: dict[str, int] = {}
        if body_scope is not None:
            for prm in fs.params:
                for n in bound_names(prm.argument if prm.type == "RestElement" else prm):
                    param_end[n] = prm.range[1]
        for name, idx in scope.names.items():
            in_env = needs_env and (self.captured(name) or (mapped and name in param_set)
                                    or (name == "arguments" and not pass_args) or split)
            if body_scope is not None:
                # the parameters' environment: parameters are in their TDZ until bound
                b = Binding(name, None if in_env else self.new_local(), "V0" if in_env else None, idx,
                            name in param_end, False, name == scope.funcname_binding, param_end.get(name, 1 << 60))
            else:
                lexical = name in lex
                b = Binding(name, None if in_env else self.new_local(), "V0" if in_env else None, idx, lexical,
                            bool(lex.get(name)), name == scope.funcname_binding, decl_end.get(name, 1 << 60))
            bind[name] = b
        self.scopes.append(bind)
        self.var_bindings = bind
        self.env_stack.append(("env", scope))
        assert scope.parent is not None
        # a name the function does not declare is looked up outside it, or, when a sloppy
        # direct eval may add var bindings to the function (FunctionEnv.extra), from its
        # environment at run time (``lookup_dynamic``)
        self.outer = (scope, "env") if scope.dynamic_vars else (scope.parent, "self.env")
        # parameters, the arguments object, the own name, hoisted functions
        if (self.kind == "normal" and simple_params and fs.args_slot is None and len(fs.param_names) <= MAX_POSITIONAL
                and len(set(fs.param_names)) == len(fs.param_names)):
            # the parameters are the positional entry's (missing arguments are None)
            self.sig = [bind[name].py or self.new_local() for name in fs.param_names]
        elif simple_params:
            for i, name in enumerate(fs.param_names):
                if not i & 1023:
                    check_stop_compiling()
                b = bind[name]
                if b.py is not None:
                    prologue.append(f"{b.py} = args[{i}] if len(args) > {i} else None")
        for name, b in bind.items():
            if b.py is not None and (name not in param_set or not simple_params):
                prologue.append(f"{b.py} = {'_M' if b.lexical else 'None'}")
        if fs.args_slot is not None:
            mp = self.const([(n, scope.names[n]) for n in fs.param_names] if mapped else None)
            target = bind["arguments"].ref() if "arguments" in bind else f"V0[{fs.args_slot}]"
            if pass_args:
                b = bind["arguments"]
                assert b.py is not None
                refs = [bind[n].ref() for n in fs.param_names] if mapped else []
                # the argument list CreateListFromArrayLike would read from the object
                passed = f"[{', '.join(refs)}][:len(args)] + _list(args[{len(refs)}:])" if refs else "_list(args)"
                made = f"({b.py} if {b.py} is not None else ({b.py} := _mkargs(self, {'env' if needs_env else 'None'}, args, {mp})))"
                self.pass_args = (b, made, passed)
                # (the first index no parameter maps, below which a read needs the object)
                self.args_unmapped_from = len(fs.param_names) if mapped else 0
            else:
                prologue.append(f"{target} = _mkargs(self, env, args, {mp})")
        if fs.fn_slot is not None:
            own = scope.funcname_binding
            assert own is not None
            prologue.append(f"{bind[own].ref()} = self")
        self.ind = 2
        if split:
            self.param_prologue = prologue
            prologue = []
            # (their parts are the parameter function's)
            saved_parts = self.parts, self.part_names
            self.parts, self.part_names = [], set()
            self.param_lines, _ = self.capture(lambda: self.bind_parameters(fs.params, True))
            self.param_parts = self.parts, self.part_names
            self.parts, self.part_names = saved_parts
        elif not simple_params:
            self.bind_parameters(fs.params, body_scope is not None)
        if body_scope is not None:
            self.body_environment(fs, body_scope, bind, needs_env, lex, decl_end)
            if body_scope.dynamic_vars:
                self.outer = (body_scope, self.cur_env()[0])
        saved = self.c.ctx
        self.c.ctx = self.ctx
        try:
            for f in fs.info.func_decls:
                mk = self.const(self.c.compile_function_object(f) if body_scope is None
                                else self.in_scope(body_scope, partial(self.c.compile_function_object, f)))
                line = f"{self.lookup(f.id.name).ref()} = {mk}({self.cur_env()[0]})"  # type: ignore[union-attr]
                if body_scope is None:
                    prologue.append(line)
                else:
                    self.emit(line)
        finally:
            self.c.ctx = saved
        self.num_reads = self.number_reads(stmts if expr_body is None else [_ExprHolder(expr_body)])
        # the body
        if expr_body is not None:
            r = self.expr(expr_body)
            self.emit(f"return {r.text}")
        elif has_using(stmts):
            self.disposing(lambda: self.stmts(stmts))
        else:
            self.body_stmts(stmts)
        body_lines = self.lines
        self.lines = []
        return prologue, body_lines, needs_env

    def body_stmts(self, stmts: list[Any]) -> None:
        """NON-SPEC (speed): a function body's statements. When the prologue and the first
        statements read no global, ``g_at`` notes where the first statement that does begins:
        the global environment's fields are loaded there (body_text), so that a return before
        it (a recursion's base case) skips the loads."""
        for i, s in enumerate(stmts):
            at, used, called = len(self.lines), self.uses_G or self.uses_CE, self.makes_calls
            split = self.compact and self.size - self.part_size > PART_SIZE and i
            if split:
                rest = stmts[i:]
                self.stmt_part(lambda: self.stmts(rest))   # (see ``stmts``)
            else:
                self.stmt(s)
            if not used and (self.uses_G or self.uses_CE):
                self.g_at = at
            if not called and self.makes_calls and i:
                self.c_at = at
            if split:
                return

    def bind_parameters(self, params: list[Any], tdz: bool) -> None:
        """IteratorBindingInitialization of the formal parameters (sec-functiondeclarationinstantiation
        steps 24-26) over the argument list, which needs no iterator: each parameter takes its
        argument (undefined when missing), a rest parameter a new array of the others. ``tdz``:
        the parameters are initialised (there are parameter expressions), else assigned (sloppy
        duplicates: the last one wins)."""
        for i, prm in enumerate(params):
            self.set_pos(prm)
            if prm.type == "RestElement":
                self.uses_G = True
                self.bind_pattern(prm.argument, E(f"_JSArray(G.realm.array_prototype, _list(args[{i}:]))"), tdz)
            else:
                self.bind_pattern(prm, E(f"(args[{i}] if len(args) > {i} else None)"), tdz)

    def body_environment(self, fs: Any, body_scope: Scope, outer: dict[str, Binding], needs_env: bool,
                         lex: dict[str, bool], decl_end: dict[str, int]) -> None:
        """The body's own environment when there are parameter expressions
        (sec-functiondeclarationinstantiation steps 28-29): var bindings named like a parameter
        (or like ``arguments``, when the parameters' environment has it) start with its value."""
        copied = set(fs.param_names) | ({"arguments"} if fs.args_slot is not None else set())
        bind: dict[str, Binding] = {}
        if needs_env:
            template = [MISSING if n in body_scope.lexical else None for n in body_scope.names]
            self.emit(f"e1 = _FE({self.const(template)}[:], env, env.this, env.func, env.new_target)")
            self.emit("V1 = e1.vars")
        for name, idx in body_scope.names.items():
            in_env = needs_env and self.captured(name)
            b = Binding(name, None if in_env else self.new_local(), "V1" if in_env else None, idx, name in lex,
                        bool(lex.get(name)), False, decl_end.get(name, 1 << 60))
            bind[name] = b
            if name in copied and name not in body_scope.lexical and name in outer:
                self.emit(f"{b.ref()} = {outer[name].ref()}")
            elif b.py is not None:
                self.emit(f"{b.py} = {'_M' if b.lexical else 'None'}")
        self.scopes.append(bind)
        self.var_bindings = bind
        if needs_env:
            self.env_stack.append(("e1", body_scope))

    def emit_function(self, fs: Any, body: list[Any] | None, expr_body: Any, code: Any) -> str:
        """Emit ``def f(self, this, _ag, given, <parameters>)`` (``code.direct``, see
        FunctionCode): the parameters are Python parameters defaulting to undefined, or
        ``*args`` (an arguments object, a rest parameter, patterns, defaults); ``_ag`` is the
        running agent; [[Call]] passes given=None, [[Construct]] False, other callers of
        ``code.run`` the FunctionEnv they made."""
        prologue, body_lines, needs_env = self.function_parts(fs, body, expr_body)
        sig = self.sig
        if sig is None:
            out = ["def f(self, this, _ag, given, *_pa, args=None):"]
            out.extend(self.part_defs(out[0], " "))
            out.extend([" if args is None:", "  args = _pa"])
        else:
            # NON-SPEC: the parameters, positional, and spare ones up to SPARE_DIRECT_ARGS, so
            # that a callback of map, filter or forEach (three arguments) with fewer parameters
            # takes this entry too; a call with yet more arguments comes through an entry that
            # drops them (FunctionCode.set_direct: without an arguments object or a rest
            # parameter they are not observable). No more spare ones: a frame's locals cost at
            # every call (see share_temps)
            pad = "".join(f"_x{i}=None, " for i in range(len(sig), SPARE_DIRECT_ARGS))
            out = [f"def f(self, this, _ag, given, {''.join(p + '=None, ' for p in sig)}{pad}args=None):"]
            out.extend(self.part_defs(out[0], " "))
            if sig:
                out.append(" if args is not None:")
                out.extend(f"  {p} = args[{i}] if len(args) > {i} else None" for i, p in enumerate(sig))
        guard: str | None = None   # (the test of the Number parameters, true when one is not)
        if self.number_params and sig is not None:
            # NON-SPEC (speed): this body assumes these parameters hold Numbers (see
            # emit_function_code); with other arguments the body emitted for any arguments
            # runs, this frame delegating to its frame (runtime/stack.DELEGATED)
            guard = " or ".join(f"type({sig[i]}) is not _float" for i in self.number_positions)
        # given is None for [[Call]] (EMITTED_CALL from an emitted call site), False for
        # [[Construct]], which made its own checks (EMITTED_NEW from an emitted ``new``)
        coerce_this = []
        if code.this_mode == 2:  # GLOBAL: OrdinaryCallBindThis coerces
            coerce_this = ["  if this is None or this is _NULL:",
                           "   this = self.env.glob.realm.global_this",
                           "  elif type(this) is not _JSObject and not isinstance(this, _JSObject):",
                           "   this = _to_object(this)"]
        make_env: list[str] = []
        if needs_env:
            n = fs.nparams
            if sig is not None:
                vars = f"[{', '.join(sig)}] + {self.const(code.filler)}"
            elif n == 0:
                vars = f"[*{self.const(code.filler)}]"
            else:
                vars = f"[*args[:{n}], *[None] * ({n} - len(args)), *{self.const(code.filler)}]"
            make_env = [f"  env = _FE({vars}, self.env, this, self, None)"]
        # NON-SPEC (speed): a body without calls of its own, called from an emitted call site in
        # its realm, keeps no depth: it cannot recurse but through a call that counts (see
        # runtime/stack.EMITTED_CALL); depth None tells the exit there is nothing to restore
        # (a test against None: ``if depth`` would ask an int's truth). A body
        # whose calls come after call-free first statements likewise, until the first statement
        # with one (``c_at``): a return before it (a recursion's base case) has nothing to restore
        uncounted = (not self.makes_calls or self.c_at is not None) and not code.is_class_constructor
        enter: list[str] = []
        if self.makes_calls and uncounted:
            # (the realm is already the function's: depth None means the first branch below ran;
            # saved is set first, as the exit reads it once depth is set)
            enter = ["if depth is None:", " saved = None", " depth = _ag.depth + 1",
                     " if depth > _ag.call_limit:", "  self._call_checks(depth)", " _ag.depth = depth"]
        self_call = "given is _ECS or " if self.self_calls else ""
        first = "if"
        if guard and uncounted and self.self_calls:
            # (a call of itself with Numbers: first, and before the guard, see ``call``)
            out.extend([" if given is _ECS:", "  depth = None", *coerce_this, *make_env])
            self_call, first = "", "elif"
        if guard:
            out.extend([f" {first} {guard}:", "  g = given", "  given = _DLG",
                        f"  return {self.const(self.number_fallback)}(self, this, _ag, g, {', '.join(sig or ())})"])
        if uncounted:
            out.append(f" {first} {self_call}(given is _EC or given is _ECN) and _ag.realm is self.realm:")
            out.append("  depth = None")
            out.extend(coerce_this)
            out.extend(make_env)
            out.append(" elif not given:")
        else:
            out.append(f" {first} not given:")
        out.append("  depth = _ag.depth + 1")
        if code.is_class_constructor:
            out.append("  if given is None or given is _EC:")
            out.append("   self._call_checks(depth)")  # throws: a class constructor needs new
        else:
            out.append("  if depth > _ag.call_limit:")
            out.append("   self._call_checks(depth)")
        # the body runs in its function's realm; when the realm is already the function's (as
        # for most calls) there is nothing to restore: each frame that switches it puts it back;
        # OrdinaryCallBindThis's ToObject makes its wrapper in the callee's realm
        out.append(f"  if {self_call}_ag.realm is self.realm:")
        out.append("   saved = None")
        out.append("  else:")
        out.append("   saved = _ag.realm")
        out.append("   _ag.realm = self.realm")
        out.extend(coerce_this)
        out.extend(make_env)
        out.append("  _ag.depth = depth")
        out.append(" else:")
        at_env = len(out)
        out.append("  env = given")
        out.append("  depth = _ag.depth + 1")
        out.append("  saved = None")
        out.append(" try:")
        if needs_env:
            out.append("  V0 = env.vars")
        self.body_text(out, "self.env", prologue, body_lines, 2, enter)
        if not needs_env and _ENV_NAME.search("\n".join(out[at_env + 1:])) is None:
            del out[at_env]   # (a local fewer: see share_temps)
        out.append(" finally:")
        restore = ["_ag.depth = depth - 1", "if saved is not None:", " _ag.realm = saved"]
        if uncounted:   # (depth None: the frame kept no depth and switched no realm)
            out.append("  if depth is not None:")
            out.extend("   " + line for line in restore)
        else:
            out.extend("  " + line for line in restore)
        return "\n".join(out) + "\n"

    def emit_suspendable(self, fs: Any, body: list[Any] | None, expr_body: Any) -> str:
        """Emit ``def f(self, this, args, env)`` for a generator, async function or async
        generator: a Python generator function whose generator is the body the drivers in
        runtime/generator_objects.py run ([[Call]] made ``env`` and bound ``this`` already;
        the driver keeps the depth and the realm while it runs)."""
        prologue, body_lines, needs_env = self.function_parts(fs, body, expr_body)
        out = ["def f(self, this, args, env):"]
        out.extend(self.part_defs(out[0], " "))
        out.append(" _ag = _get_agent()")
        if needs_env:
            out.append(" V0 = env.vars")
        self.body_text(out, "self.env", prologue, [(d - 1, t) for d, t in body_lines], 1)
        out.append(" yield")  # unreachable: makes f a generator function even without a yield
        if self.param_lines is not None:
            # the parameters' FunctionDeclarationInstantiation steps, run when the function is
            # called (compiled apart: its frames are not activations, the caller's is)
            pout = ["def f(self, this, args, env):"]
            self.parts, self.part_names = self.param_parts
            pout.extend(self.part_defs(pout[0], " "))
            pout.extend([" _ag = _get_agent()", " V0 = env.vars"])
            pout.extend(" " + line for line in self.load_globals("self.env"))
            if self.uses_jump:
                pout.append(" jmp = 0")
            pout.extend(" " + t for t in self.param_prologue)
            pout.extend(" " * (d - 1) + t for d, t in self.param_lines)
            pout.append(" return None")
            self.param_src = "\n".join(pout) + "\n"
        return "\n".join(out) + "\n"

    def global_cell(self, name: str) -> str:
        """NON-SPEC (speed): the expression of the GlobalCell of global ``name`` (see
        runtime/environments.GlobalCell) in this code: ``CE[i]``, CE being the tuple of the
        cells of ``cell_names`` in the running code's global environment (``load_globals``)."""
        i = self.cell_names.get(name)
        if i is None:
            i = self.cell_names[name] = len(self.cell_names)
        return f"CE[{i}]"

    def load_globals(self, env: str) -> list[str]:
        """The statements that set G, GL, GP, GI, GC, GJ (GlobalEnv.fields) and CE (see
        global_cell) before the first statement that uses them. CE: the cells of the last global
        environment the code ran in, kept with it in a list of the code's constants (one pair,
        replaced whole), else made now (``_gcells``). In a function's body (``env`` is
        ``self.env``) all seven come from the function object, where the first call put them
        (``ECMAFunction.gfc``, ``_gfc``): one attribute read per call."""
        if not self.cell_names:
            return [f"{_LOAD_GLOBAL_FIELDS}{env}.glob.fields"]
        pair = self.const(_new_cells_pair())
        names = self.const(tuple(self.cell_names))
        if env == "self.env" and not self.uses_G:
            # (two statements: a test against None, where ``or`` would ask the tuple's truth)
            return ["CE = self.gce", "if CE is None:", f" CE = _gfc(self, {pair}, {names})[6]"]
        if env == "self.env":
            return [f"{_LOAD_GLOBAL_FIELDS[:-3]}, CE = self.gfc or _gfc(self, {pair}, {names})"]
        return [f"{_LOAD_GLOBAL_FIELDS}{env}.glob.fields",
                f"CE = CE[1] if (CE := {pair}[0])[0] is G else _gcells(G, {pair}, {names})"]

    def body_text(self, out: list[str], env: str, prologue: list[str], body: list[tuple[int, str]],
                  depth: int, enter: list[str] | None = None) -> None:
        """Append the locals the body uses, ``prologue`` and the body's lines to ``out``;
        ``enter``: the lines that count the frame's depth, put before the first statement with
        a call (``c_at``)."""
        pad = " " * depth
        uses = self.uses_G or self.uses_CE
        g_at = self.g_at if uses else None
        load = [pad + line for line in self.load_globals(env)]
        if uses and g_at is None:
            out.extend(load)
        if self.uses_jump:
            out.append(f"{pad}jmp = 0")
        out.extend(pad + p for p in prologue)
        # (the first statements use no global, make no call: see body_stmts)
        inserts = []
        if g_at is not None:
            inserts.append((g_at, load))
        if enter and self.c_at is not None:
            inserts.append((self.c_at, [pad + line for line in enter]))
        done = 0
        for at, lines in sorted(inserts, key=lambda x: x[0]):
            out.extend(" " * d + t for d, t in body[done:at])
            out.extend(lines)
            done = at
        out.extend(" " * d + t for d, t in body[done:])
        out.append(f"{pad}return None")

    def emit_script(self, scope: Scope, body: list[Any]) -> str:
        """Emit ``def f(env)`` running script code (its declarations were instantiated by
        GlobalDeclarationInstantiation); the completion value is left in ``env.cv``."""
        self.analysis = self.once("analysis", lambda: _Analysis(body, False, getattr(self.c, "names_cache", None)))
        return self.top_level(scope, body, {}, " this = env.this")

    def emit_eval(self, scope: Scope, body: list[Any]) -> str:
        """Emit ``def f(env)`` running eval code (PerformEval step 30, sec-performeval;
        EvalDeclarationInstantiation ran in functions.prepare_eval's second half): the eval
        scope's bindings (its lexical declarations; its vars and functions too when strict) are
        slots of the eval environment ``V0``, any other name is resolved from the eval scope
        outward (dynamically where a ``with`` or a sloppy eval makes it so); ``this``,
        ``new.target`` and ``super`` are the enclosing code's, read as in an arrow. The
        completion value is left in ``env.cv``."""
        self.analysis = self.once("analysis", lambda: _Analysis(body, True, getattr(self.c, "names_cache", None)))
        decl_end = self.lexical_decl_ends(body)
        bind = {name: Binding(name, None, "V0", idx, name in scope.lexical, name in scope.consts, False,
                              decl_end.get(name, 1 << 60)) for name, idx in scope.names.items()}
        return self.top_level(scope, body, bind, " V0 = env.vars")

    def top_level(self, scope: Scope, body: list[Any], bind: dict[str, Binding], head: str) -> str:
        """``def f(env)`` running the statements of script or eval code in ``env`` (the
        environment of ``scope``, its bindings ``bind``); ``head``: the line after the agent's."""
        self.scopes.append(bind)
        self.env_stack.append(("env", scope))
        self.outer = (scope, "env")
        self.ind = 1
        self.num_reads = self.number_reads(body)
        self.stmts(body)
        out = ["def f(env):"]
        out.extend(self.part_defs(out[0], " "))
        out.extend([" _ag = _get_agent()", head])
        self.body_text(out, "env", [], self.lines, 1)
        return "\n".join(out) + "\n"

    def emit_module(self, scope: Scope, body: list[Any]) -> str:
        """Emit ``def f(env)`` running module code (ExecuteModule, sec-source-text-module-record-
        execute-module; InitializeEnvironment made the environment and its functions): every
        binding of the module scope is a slot of the module environment (``V0``), where importers
        and nested functions see it; an import (an indirect binding) is read through the closure
        compiler's reference. With a top-level ``await`` (kind 'async') ``f`` is a Python
        generator run like an async function body."""
        self.analysis = self.once("analysis", lambda: _Analysis(body, False, getattr(self.c, "names_cache", None)))
        decl_end = self.lexical_decl_ends(body)  # (let and const only: other bindings never need it)
        bind: dict[str, Binding] = {}
        for name, idx in scope.names.items():
            if name in scope.imports:
                continue
            bind[name] = Binding(name, None, "V0", idx, name in scope.lexical, name in scope.consts,
                                 False, decl_end.get(name, 1 << 60))
        self.scopes.append(bind)
        self.env_stack.append(("env", scope))
        self.outer = (scope, "env")
        self.ind = 1
        self.num_reads = self.number_reads(body)
        if has_using(body):
            self.disposing(lambda: self.stmts(body))
        else:
            self.stmts(body)
        out = ["def f(env):"]
        out.extend(self.part_defs(out[0], " "))
        out.extend([" _ag = _get_agent()", " this = None", " V0 = env.vars"])
        self.body_text(out, "env", [], self.lines, 1)
        if self.kind != "normal":
            out.append(" yield")  # unreachable: makes f a generator function
        return "\n".join(out) + "\n"

    def lexical_decl_ends(self, stmts: list[Any]) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in stmts:
            if s.type == "VariableDeclaration" and s.kind != "var":
                for d in s.declarations:
                    for n in bound_names(d.id):
                        out[n] = d.range[1]
        return out

    # ============================================================================================
    # statements

    def huge(self) -> bool:
        """Whether the current part (or body) is past PART_SIZE in compact mode: what follows in
        a statement list (or a switch's cases) goes on in a part."""
        return self.compact and self.size - self.part_size > PART_SIZE

    def stmts(self, stmts: list[Any]) -> None:
        for i, s in enumerate(stmts):
            if self.huge() and i:
                # NON-SPEC: a huge body: the rest of the list is a part (see ``part``)
                rest = stmts[i:]
                self.stmt_part(lambda: self.stmts(rest))
                return
            self.stmt(s)

    def set_pos(self, node: Any) -> None:
        """Record ``node``'s source position for the code after it: a ``pos = k<n>`` statement,
        which ``build`` takes out into the position table (``position_lines``)."""
        self.emit(f"pos = {self.const(self.c.position(node))}")

    def stmt(self, s: Any, labels: tuple[str, ...] = (), traced: bool = True) -> None:
        check_stop_compiling()  # a run's timeout holds while its eval / Function code compiles
        t = s.type
        if t == "FunctionDeclaration":
            # hoisted (function scope) or instantiated at block entry
            if getattr(s, "_annexb", False):
                self.annexb_copy(s)
            return
        if self.nested_too_deep():
            self.stmt_part(partial(self.stmt, s, labels, traced))
            return
        self.sdepth += 1
        try:
            c_reentry(get_agent(), partial(self.stmt_here, s, labels), traced)   # (see ``expr``)
        finally:
            self.sdepth -= 1

    def stmt_here(self, s: Any, labels: tuple[str, ...], traced: bool) -> None:
        t = s.type
        if traced:
            self.trace_step(s)
        if t == "ClassDeclaration":
            # ClassDeclarationEvaluation (sec-runtime-semantics-bindingclassdeclarationevaluation)
            self.set_pos(s)
            self.assign_name(s.id.name, self.emit_class(s, None), s.id, init=True)
            return
        if _default_class(s):
            # `export default class {}` (sec-exports-runtime-semantics-evaluation): named
            # "default", it initialises the *default* binding (a named one is a ClassDeclaration)
            self.set_pos(s)
            self.assign_name(DEFAULT_BINDING, self.emit_class(s.declaration, "default"), s, init=True)
            return
        if t in ("ExpressionStatement", "VariableDeclaration", "ReturnStatement", "ThrowStatement"):
            self.set_pos(s)
        getattr(self, "s_" + t)(s, labels) if t in ("ForStatement", "WhileStatement", "DoWhileStatement",
                                                     "SwitchStatement", "LabeledStatement", "ForOfStatement",
                                                     "ForInStatement") else \
            getattr(self, "s_" + t)(s)

    def annexb_copy(self, s: Any) -> None:
        """Evaluating a block-level function declaration that Annex B also binds as a var
        (sec-web-compat-functiondeclarationinstantiation step b.ii, sec-web-compat-
        globaldeclarationinstantiation step b.ii): the block binding's value is copied to the
        var binding (FunctionCompiler.annexb_hoisting decides which declarations do)."""
        name = s.id.name
        v = self.spill(self.read_name(name, s.id))
        if self.mode == "script":
            # genv.SetMutableBinding(F, fobj, false): the global object's property
            self.uses_G = True
            self.emit(f"G.obj.set({self.const(name)}, {v.text}, G.obj)")
        elif self.mode == "eval":
            # the var binding EvalDeclarationInstantiation made (in the variable environment, a
            # function's extra bindings or the global object), resolved from the eval code
            k = self.const(self.in_scope(self.env_stack[0][1], lambda: self.c.compile_identifier_set(name, s.id)))
            self.emit(f"{k}(env, {v.text})")
        else:
            self.emit(f"{self.var_bindings[name].ref()} = {v.text}")

    def trace_step(self, s: Any) -> None:
        """NON-SPEC: when tracing, the ``on_step`` hook call before statement ``s``, at the
        statements the closure tier traces (StatementCompiler.traced): not blocks, empty or
        debugger statements, ``var`` declarations without initialisers, nor what the closure
        compiler compiles (it traces those itself)."""
        if not self.trace:
            return
        t = s.type
        if t in ("BlockStatement", "EmptyStatement", "DebuggerStatement"):
            return
        if t == "VariableDeclaration" and s.kind == "var" and not getattr(s, "using", None) and \
                all(d.init is None and d.id.type == "Identifier" for d in s.declarations):
            return
        self.emit(f"_step(*{self.const(self.c.position(s))})")

    def tracking(self) -> bool:
        return self.mode in ("script", "eval")

    def set_cv(self, text: str) -> None:
        self.emit(f"env.cv = {text}")

    def reset_cv(self) -> None:
        if self.tracking():
            self.emit("env.cv = None")

    def s_ExportDefaultDeclaration(self, s: Any) -> None:
        """``export default AssignmentExpression;`` (sec-exports-runtime-semantics-evaluation): the
        value, named "default" when it is an anonymous function, initialises ``*default*`` (a
        class is ``stmt``'s, an anonymous function InitializeEnvironment's)."""
        self.assign_name(DEFAULT_BINDING, self.named_value(s.declaration, "default"), s, init=True)

    def s_EmptyStatement(self, s: Any) -> None:
        pass

    def s_DebuggerStatement(self, s: Any) -> None:
        pass

    def s_ExpressionStatement(self, s: Any) -> None:
        if not self.tracking():
            self.unused.add(id(s.expression))
        else:
            self.cv_only.add(id(s.expression))
        e = self.expr(s.expression)
        if self.tracking():
            if id(s.expression) not in self.cv_set:
                self.set_cv(e.text)
        elif e.kind == "expr":
            self.emit(e.text)

    def s_VariableDeclaration(self, s: Any) -> None:
        if getattr(s, "using", None):
            self.using_declaration(s)
            return
        for d in s.declarations:
            if d.id.type != "Identifier":
                self.bind_pattern(d.id, self.expr(d.init), s.kind != "var", source=d.init)
                continue
            name = d.id.name
            if d.init is None:
                if s.kind == "var":
                    continue
                self.assign_name(name, E("None", "const"), d.id, init=True)
                continue
            # (a var's reference is resolved before its initializer runs: a with object's)
            ref = self.dynamic_ref(name) if s.kind == "var" else None
            v = self.named_value(d.init, name)
            self.assign_name(name, v, d.id, init=(s.kind != "var"), ref=ref)

    def bind_pattern(self, p: Any, v: E, init: bool, assign: bool = False, source: Any = None) -> None:
        """BindingInitialization (sec-runtime-semantics-bindinginitialization) of a simple
        pattern with the value ``v`` or, with ``assign``, DestructuringAssignmentEvaluation
        (sec-runtime-semantics-destructuringassignmentevaluation): object patterns read each key
        with GetV after RequireObjectCoercible, array patterns step an iterator and close it
        unless it is done (sec-runtime-semantics-iteratorbindinginitialization,
        sec-runtime-semantics-iteratordestructuringassignmentevaluation), defaults apply to
        undefined. A target that is not a pattern is a reference evaluated after ``v``.
        ``source``: the expression that gave ``v``, where there is one (a declaration's
        initializer, an assignment's right side): its text words the TypeErrors."""
        t = p.type
        if t in ("Identifier", "MemberExpression", "CallExpression"):
            self.put_target(p, self.target_ref(p), v, init)
            return
        if t == "AssignmentPattern":
            self.pattern_element(p, lambda: v, init, assign)
            return
        x = self.temp()
        self.emit(f"{x} = {v.text}")
        subject, iterable_subject = pattern_subjects(source, self.c.ctx.source, assign)
        if t == "ObjectPattern":
            key = first_pattern_key(p, lambda q: self.c.property_key(q)[0])
            self.emit(f"if {x} is None or {x} is _NULL:")
            self.emit(f"    _opc({x}, {self.const(key)}, {self.const(subject)})")
            static = all(not q.computed for q in p.properties if q.type != "RestElement")
            has_rest = p.properties and p.properties[-1].type == "RestElement"
            used: list[Any] = []
            ulist = None
            if has_rest and not static:
                ulist = self.temp()
                self.emit(f"{ulist} = []")
            for q in p.properties:
                if q.type == "RestElement":
                    self.uses_G = True
                    uses = self.const(tuple(used)) if ulist is None else ulist
                    self.pattern_element(q.argument, lambda: E(f"_restobj(G.realm, {x}, {uses})"), init, assign)
                    continue
                if q.computed:
                    # KeyedDestructuringAssignmentEvaluation / KeyedBindingInitialization: the
                    # key (ToPropertyKey), then the target's reference, then GetV
                    k = self.spill(E(f"_topk({self.spill(self.expr(q.key)).text})"))
                else:
                    k = E(self.const(self.c.property_key(q)[0]), "const")
                    used.append(self.consts[k.text])
                if ulist is not None:
                    self.emit(f"{ulist}.append({k.text})")
                if not q.computed and q.key.type == "Identifier":
                    # (GetV of an IdentifierName, never an index: the inline read of ``x.key``)
                    self.pattern_element(q.value, partial(self.get_named, E(x, "name"), self.consts[k.text], q), init, assign)
                else:
                    self.pattern_element(q.value, partial(E, f"_getm({x}, {k.text}, None)"), init, assign)
            return
        rec = self.temp()
        # NON-SPEC (speed): where nothing that runs between the steps can see them (see
        # fast_array_pattern), the values of an array whose iteration is unobservable are taken
        # at once (runtime/iteration.array_pattern_values: a list, else None and the steps)
        fast = self.temp() if self.fast_array_pattern(p, init, source) else None
        n_elements = len(p.elements) - (1 if p.elements and p.elements[-1] is not None
                                        and p.elements[-1].type == "RestElement" else 0)
        has_rest = n_elements < len(p.elements)
        get_iter = f"{rec} = _getiter({x}, {self.const('sync')}, {self.const(iterable_subject)})"
        if fast is None:
            self.emit(get_iter)
        else:
            self.emit(f"{fast} = _arrpat({x}, {n_elements}, {has_rest})")
            self.emit(f"if {fast} is None:")
            self.emit(" " + get_iter)
        self.emit("try:")
        self.ind += 1
        n = len(self.lines)
        for i, e in enumerate(p.elements):
            step = f"_astep({rec})" if fast is None else f"({fast}[{i}] if {fast} is not None else _astep({rec}))"
            if e is None:
                if fast is None:
                    self.emit(step)
                else:
                    self.emit(f"if {fast} is None:")
                    self.emit(f" _astep({rec})")
            elif e.type == "RestElement":
                self.uses_G = True
                rest = f"_arest({rec}, G.realm)" if fast is None else (
                    f"(_JSArray(G.realm.array_prototype, {fast}[{i}]) if {fast} is not None else _arest({rec}, G.realm))")
                self.pattern_element(e.argument, partial(E, rest), init, assign)
            else:
                self.pattern_element(e, partial(E, step), init, assign)
        if len(self.lines) == n:
            self.emit("pass")
        self.ind -= 1
        # an abrupt completion closes the iterator unless it is done: a throw with the throw
        # completion, a return (a generator resumed with return) like a normal completion
        def if_open(completion: str) -> None:
            # (the values taken at once: the list's last item until array_pattern_close)
            if fast is not None:
                self.emit(f" if {fast} is not None:")
                self.emit(f"  if {fast}[-1] is not None:")
                self.emit(f"   _arpclose({x}, {n_elements}, {fast}, {completion})")
                self.emit(f" elif not {rec}.done:")
            else:
                self.emit(f" if not {rec}.done:")
        ex = self.temp()
        self.emit(f"except _JSThrow as {ex}:")
        if_open(ex)
        self.emit(f"  {rec}.done = True")
        self.emit(f"  _itclose({rec}, {ex})")
        self.emit(" raise")
        # the engine's stack ran out, or Python closes a suspended body: no JS runs
        self.emit(f"except {'(_RecursionError, _GeneratorExit)' if self.kind != 'normal' else '_RecursionError'}:")
        if fast is not None:
            self.emit(f" if {fast} is None:")
            self.emit(f"  {rec}.done = True")
        else:
            self.emit(f" {rec}.done = True")
        self.emit(" raise")
        self.emit("finally:")
        if_open("None")
        self.emit(f"  _itclose({rec}, None)")

    def fast_array_pattern(self, p: Any, init: bool, source: Any) -> bool:
        """NON-SPEC (speed): whether an array pattern may take its values at once
        (array_pattern_values) rather than step by step: nothing that runs between two steps can
        change the array or what the steps read. That holds when every element is an elision or
        a name bound in a function's or a block's record (or a global lexical one being
        initialised: no setter can run), with no default or a literal one, and a rest element
        likewise; or when the value is a new array (an array literal without holes or spreads)
        that no code can reach. IteratorClose's lookup of ``return`` still happens last
        (array_pattern_close)."""
        fresh = (source is not None and source.type == "ArrayExpression"
                 and all(e is not None and e.type != "SpreadElement" for e in source.elements))
        for e in p.elements:
            if e is None:
                continue
            if e.type == "RestElement":
                e = e.argument
            if e.type == "AssignmentPattern":
                d = e.right
                if not ((d.type == "Literal" and getattr(d, "regex", None) is None)
                        or (d.type in ("ArrayExpression", "ObjectExpression") and not (d.elements if d.type == "ArrayExpression" else d.properties))):
                    return False
                e = e.left
            if e.type != "Identifier":
                if fresh and e.type == "MemberExpression":
                    continue
                return False
            if self.lookup(e.name) is None:
                kind = self.outer_kind(e.name)
                if not (kind == "slot" or kind == "global" and init):
                    return False
        return True

    def pattern_element(self, node: Any, value: Callable[[], E], init: bool, assign: bool) -> None:
        """One element of a pattern: a target that is not a pattern has its reference evaluated
        first (sec-runtime-semantics-iteratordestructuringassignmentevaluation and
        sec-runtime-semantics-keyeddestructuringassignmentevaluation, step 1), then ``value()``
        is emitted (the iterator step, GetV or rest), then the default for undefined, then the
        value is put or destructured further."""
        core = node.left if node.type == "AssignmentPattern" else node
        ref = self.target_ref(core) if core.type in ("Identifier", "MemberExpression") else None
        v = E(self.temp(), "name")
        self.emit(f"{v.text} = {value().text}")
        if node.type == "AssignmentPattern":
            lines, dv = self.capture(lambda: self.named_value(node.right, core.name) if core.type == "Identifier"
                                     else self.expr(node.right))
            self.emit(f"if {v.text} is None:")
            self.splice(lines, 1)
            self.emit(f" {v.text} = {dv.text}")
        if ref is None:
            self.bind_pattern(core, v, init, assign)
        else:
            self.put_target(core, ref, v, init)

    def target_ref(self, node: Any) -> Any:
        """A destructuring target's reference: (object, key) of a member, the PutValue maker of a
        super property or private member (see special_reference), or a name's dynamic reference
        (None for a name resolved at compile time)."""
        if node.type == "Identifier":
            return self.dynamic_ref(node.name)
        if node.type == "CallExpression":
            return self.call_target(node)  # Annex B's call as a for-in/of target: throws
        if node.property.type == "PrivateIdentifier" or node.object.type == "Super":
            return self.special_reference(node, False)[1]  # (ToPropertyKey waits for the PutValue)
        o = self.spill(self.expr(node.object))
        if node.computed:
            return o, self.spill(self.expr(node.property))
        return o, E(self.const(python_string_to_js(node.property.name)), "const")

    def put_target(self, node: Any, ref: Any, v: E, init: bool) -> None:
        """PutValue (or InitializeReferencedBinding with ``init``) of ``v`` on a target's reference."""
        if node.type == "Identifier":
            self.assign_name(node.name, v, node, init=init, ref=ref)
        elif node.type == "CallExpression":
            pass  # (target_ref threw)
        elif node.property.type == "PrivateIdentifier" or node.object.type == "Super":
            ref(v.text)  # PrivateSet (sec-privateset) or the super reference's PutValue
        else:
            self.put_member(ref[0], ref[1], v, node.computed, node)

    def s_BlockStatement(self, s: Any) -> None:
        self.block(s, s.body, lambda: self.disposing(lambda: self.stmts(s.body)) if has_using(s.body)
                   else self.stmts(s.body))

    def using_declaration(self, s: Any) -> None:
        """UsingDeclaration / AwaitUsingDeclaration evaluation (sec-let-const-using-and-await-using-
        declarations-runtime-semantics-evaluation): each initializer's value is added to the
        enclosing statement list's resource stack (AddDisposableResource), then bound."""
        if not self.using_stacks:
            raise Unsupported("using outside a block or function body")  # a case clause's
        stack = self.using_stacks[-1]
        hint = self.const(ASYNC_DISPOSE if s.using == "await using" else SYNC_DISPOSE)
        for d in s.declarations:
            if d.id.type != "Identifier" or d.init is None:
                raise Unsupported("an invalid using declaration")  # the closure compiler reports it
            v = self.spill(self.named_value(d.init, d.id.name))
            self.emit(f"_adddisp({stack}, {v.text}, {hint})")
            self.assign_name(d.id.name, v, d.id, init=True)

    def disposing(self, body: Callable[[], None]) -> None:
        """A statement list with using declarations (sec-block-runtime-semantics-evaluation,
        sec-runtime-semantics-evaluatefunctionbody): its resources (a Python list) are disposed
        (DisposeResources, sec-disposeresources) whatever the completion -- a throw from a
        disposal replaces a normal, break, continue or return completion, and is chained into a
        SuppressedError with a throw; in a suspendable body DisposeResources may await, and a
        return resumed into the body (a generator's return()) disposes too. As in the closure
        tier, an interrupt, a Python RecursionError or a collected generator's GeneratorExit
        pass through without disposing."""
        d = self.temp()
        self.emit(f"{d} = []")
        self.emit("try:")
        self.ind += 1
        n = len(self.lines)
        self.using_stacks.append(d)
        try:
            body()
        finally:
            self.using_stacks.pop()
        if len(self.lines) == n:
            self.emit("pass")
        self.ind -= 1
        susp = self.kind != "normal"
        dispose = "yield from _disposesteps" if susp else "_dispose"
        x, t = self.temp(), self.temp()
        self.emit(f"except _JSThrow as {x}:")
        self.emit(f" {t}, {d} = {d}, None")
        self.emit(f" {t} = {dispose}({t}, {x})")
        self.emit(f" if {t} is {x}:")
        self.emit("  raise")
        self.emit(f" raise {t} from None")
        if susp:
            self.emit("except _GeneratorReturn:")
            self.emit(f" {t}, {d} = {d}, None")
            self.emit(f" {t} = {dispose}({t}, None)")
            self.emit(f" if {t} is not None:")
            self.emit(f"  raise {t} from None")
            self.emit(" raise")
        self.emit("except _BaseException:")
        self.emit(f" {d} = None")
        self.emit(" raise")
        self.emit("finally:")
        self.emit(f" if {d} is not None:")
        self.emit(f"  {t}, {d} = {d}, None")
        self.emit(f"  {t} = {dispose}({t}, None)")
        self.emit(f"  if {t} is not None:")
        self.emit(f"   raise {t}")

    def block(self, node: Any, stmts: list[Any], body: Callable[[], None], extra_always_check: bool = False) -> None:
        decls = lexically_scoped_declarations(stmts)
        if not decls:
            body()
            return
        # (a block with a function declaration always has one: B.3.3's implicit block too)
        materialise = (id(node) in self.analysis.territory  # type: ignore[union-attr]
                       or any(kind == "function" for _, kind, _ in decls))
        bind: dict[str, Binding] = {}
        ends = self.lexical_decl_ends(stmts)
        if materialise:
            scope = self.in_scope(self.cur_env()[1], partial(self.c.new_block_scope, stmts))[0]
            ename = "e" + str(len(self.env_stack))
            vname = "V" + str(len(self.env_stack))
            template = [MISSING] * scope.size
            for name, kind, _ in decls:
                if kind == "function":
                    template[scope.names[name]] = None
            parent = self.cur_env()[0]
            self.emit(f"{ename} = _Env({self.const(template)}[:], {parent})")
            self.emit(f"{vname} = {ename}.vars")
            for name, kind, _ in decls:
                in_env = self.captured(name) or kind == "function"
                b = Binding(name, None if in_env else self.new_local(), vname, scope.names[name],
                            kind != "function", kind == "const", False, ends.get(name, 1 << 60), extra_always_check)
                bind[name] = b
            self.env_stack.append((ename, scope))
            self.scopes.append(bind)
            for name, b in bind.items():
                if b.py is not None:
                    self.emit(f"{b.py} = _M")
            funcs = []
            seen: set[str] = set()
            for name, kind, fnode in reversed(decls):
                if kind == "function" and name not in seen:
                    seen.add(name)
                    funcs.append((name, fnode))
            for name, fnode in reversed(funcs):
                mk = self.closure(partial(self.c.compile_function_object, fnode))
                self.emit(f"{vname}[{scope.names[name]}] = {mk}({ename})")
            try:
                body()
            finally:
                self.env_stack.pop()
                self.scopes.pop()
            return
        for name, kind, _ in decls:
            b = Binding(name, self.new_local(), None, 0, True, kind == "const", False, ends.get(name, 1 << 60),
                        extra_always_check)
            bind[name] = b
            self.emit(f"{b.py} = _M")
        self.scopes.append(bind)
        try:
            body()
        finally:
            self.scopes.pop()

    def suite(self, header: str, node: Any) -> None:
        """A Python compound statement ``header`` whose block is the JS statement ``node``."""
        self.emit(header)
        self.ind += 1
        n = len(self.lines)
        self.stmt(node)
        if len(self.lines) == n:
            self.emit("pass")
        self.ind -= 1

    def s_IfStatement(self, s: Any) -> None:
        self.reset_cv()
        test = self.expr(s.test)
        self.suite(f"if {self.truthy(test)}:", if_clause(s.consequent))
        if s.alternate is not None:
            lines, _ = self.capture(lambda: self.stmt(if_clause(s.alternate)))
            if lines:
                self.emit("else:")
                self.splice(lines, 1)

    def s_ReturnStatement(self, s: Any) -> None:
        if self.mode != "function":
            raise Unsupported("return outside a function")
        self.part_returns += 1
        if s.argument is None:
            self.emit("return (None,)" if self.in_part else "return None")
            return
        e = self.expr(s.argument)
        if self.kind == "asyncGenerator":
            # an async generator's return awaits its operand (sec-return-statement-runtime-semantics-evaluation)
            t = self.temp()
            self.emit(f"{t} = yield (_YA, {e.text})")
            e = E(t, "name")
        self.emit(f"return ({e.text},)" if self.in_part else f"return {e.text}")

    def s_ThrowStatement(self, s: Any) -> None:
        e = self.spill(self.expr(s.argument))
        # where an uncaught error was thrown, for the host's report (as the closure tier)
        site = self.const((self.ctx.filename, *self.c.position(s)))
        self.emit(f"if isinstance({e.text}, _JSErrorObject):")
        self.emit(f" {e.text}.throw_site = {site}")
        self.emit(f"elif isinstance({e.text}, _JSObject):")
        self.emit(f" _THROW_SITES[{e.text}] = {site}")
        self.emit("else:")
        self.emit(f" _PRIMITIVE_THROW[:] = ({e.text}, {site})")
        self.emit(f"raise _JSThrow({e.text})")

    # -- break / continue --
    def find_target(self, kind: str, label: str | None) -> _Frame:
        for fr in reversed(self.frames):
            if fr.kind == "try":
                continue
            if label is None:
                if fr.kind == "loop" or (kind == "break" and fr.kind == "switch"):
                    return fr
            elif label in fr.labels:
                return fr
        raise Unsupported("jump target not found")

    def s_BreakStatement(self, s: Any) -> None:
        self.jump_to(self.find_target("break", s.label.name if s.label is not None else None), "break")

    def s_ContinueStatement(self, s: Any) -> None:
        self.jump_to(self.find_target("continue", s.label.name if s.label is not None else None), "continue")

    def jump_to(self, target: _Frame, kind: str) -> None:
        inner_loops = []
        for fr in reversed(self.frames):
            if fr is target:
                break
            if fr.py_loop:
                inner_loops.append(fr)
        if not inner_loops:
            if self.finally_marks and self.uses_jump and self.frames.index(target) < self.finally_marks[-1]:
                # a jump out of a finally block replaces any jump the finally was run for: a
                # pending ``jmp`` must not act after the loop (sec-try-statement-runtime-semantics-
                # evaluation: the finally's abrupt completion is the statement's)
                self.emit("jmp = 0")
            if kind == "continue":
                self.continue_at(target)
                self.emit("continue")
            else:
                self.emit("break")
            return
        code = target.uid * 2 + (1 if kind == "continue" else 0)
        self.uses_jump = True
        for fr in inner_loops:
            fr.crossed.add(code)
        self.emit(f"jmp = {self.const(code)}")
        self.emit(_exit_of(inner_loops[0]))

    def after_loop(self, fr: _Frame) -> None:
        """After a Python loop: act on a jump that left it by the flag."""
        if not fr.crossed:
            return
        self.emit("if jmp:")
        self.ind += 1
        # the jump's target is outside fr: find how to continue
        for code in sorted(fr.crossed):
            uid, kind = code // 2, ("continue" if code % 2 else "break")
            target = next(f for f in self.frames if f.uid == uid)
            self.emit(f"if jmp == {self.const(code)}:")
            self.ind += 1
            inner = [f for f in self.frames[self.frames.index(target) + 1:] if f.py_loop]
            if not inner:
                self.emit("jmp = 0")
                if kind == "continue":
                    self.continue_at(target)
                    self.emit("continue")
                else:
                    self.emit("break")
            else:
                inner[-1].crossed.add(code)
                self.emit(_exit_of(inner[-1]))
            self.ind -= 1
        self.ind -= 1

    def new_frame(self, kind: str, labels: tuple[str, ...], py_loop: bool) -> _Frame:
        self.uid += 1
        fr = _Frame(kind, labels, self.uid, py_loop)
        fr.context = (list(self.scopes), self.outer, list(self.env_stack))
        self.frames.append(fr)
        return fr

    def continue_at(self, target: _Frame) -> None:
        """Emit ``target``'s next-iteration steps (a for loop's update) where a ``continue``
        jumps: with the names and environments of the loop, not of the block or ``with`` body
        the continue is in (their bindings may shadow the loop's)."""
        assert target.on_continue is not None and target.context is not None
        saved = self.scopes, self.outer, self.env_stack
        self.scopes, self.outer, self.env_stack = list(target.context[0]), target.context[1], list(target.context[2])
        try:
            target.on_continue()
        finally:
            self.scopes, self.outer, self.env_stack = saved

    def back_edge(self) -> None:
        self.emit("if _ag.stop:")
        self.emit(" _ag.interrupt()")

    def loop_body(self, fr: _Frame, body: Any) -> None:
        n = len(self.lines)
        self.stmt(body)
        if len(self.lines) == n:
            self.emit("pass")

    def break_unless(self, node: Any) -> None:
        """Leave the current Python loop unless the JS test ``node`` is truthy."""
        test = self.expr(node)
        self.emit(f"if not {self.truthy(test)}:")
        self.emit(" break")

    def python_loop(self, fr: _Frame, body: Callable[[], None], test: str = "True") -> None:
        """``while test:`` around ``body`` for the frame ``fr`` (pushed by the caller)."""
        try:
            self.emit(f"while {test}:")
            self.ind += 1
            body()
            self.ind -= 1
        finally:
            self.frames.pop()
        self.after_loop(fr)

    def s_WhileStatement(self, s: Any, labels: tuple[str, ...] = ()) -> None:
        self.reset_cv()
        fr = self.new_frame("loop", labels, True)
        fr.on_continue = self.back_edge
        tl, test = self.capture(partial(self.expr, s.test))
        if tl:
            def body() -> None:
                self.splice(tl, 1)  # the test's own statements, then the test
                self.emit(f"if not {self.truthy(test)}:")
                self.emit(" break")
                self.loop_body(fr, s.body)
                self.back_edge()
            self.python_loop(fr, body)
            return

        def plain() -> None:
            self.loop_body(fr, s.body)
            self.back_edge()
        self.python_loop(fr, plain, self.truthy(test))

    def s_DoWhileStatement(self, s: Any, labels: tuple[str, ...] = ()) -> None:
        self.reset_cv()
        fr = self.new_frame("loop", labels, True)
        if _continue_in_finally(s.body):
            # a continue crossing a finally must not run the test before the finally (it ran
            # the test first: `do { try { continue } finally { n++ } } while (n < 3)` looped once
            # more): the test then runs at the top of the next iteration, as a for loop's update
            first = self.temp()
            self.emit(f"{first} = True")
            fr.on_continue = self.back_edge

            def top_test() -> None:
                self.emit(f"if {first}:")
                self.emit(f" {first} = False")
                self.emit("else:")
                self.ind += 1
                self.break_unless(s.test)
                self.ind -= 1
                self.loop_body(fr, s.body)
                self.back_edge()
            self.python_loop(fr, top_test)
            return

        def check() -> None:
            self.back_edge()
            self.break_unless(s.test)
        fr.on_continue = check

        def body() -> None:
            self.loop_body(fr, s.body)
            check()
        self.python_loop(fr, body)

    def s_ForStatement(self, s: Any, labels: tuple[str, ...] = ()) -> None:
        init = s.init
        if (init is not None and init.type == "VariableDeclaration" and init.kind in ("let", "const")
                and lexically_scoped_declarations([init])):  # `let [] = ...` binds nothing: no block
            if getattr(init, "using", None):
                # `for (using x = ...; ;)`: the loop environment's resources are disposed when
                # the loop completes, or when its declaration throws (sec-forloopevaluation)
                self.block(s, [init], lambda: self.disposing(lambda: self.for_loop(s, labels, True)))
            else:
                self.block(s, [init], lambda: self.for_loop(s, labels, True))
        else:
            self.for_loop(s, labels, False)

    def for_loop(self, s: Any, labels: tuple[str, ...], lexical: bool) -> None:
        init = s.init
        for x in (init, s.update):
            if x is not None:
                self.unused.add(id(x))
        if init is not None:
            if init.type == "VariableDeclaration":
                self.stmt(init, traced=False)
            else:
                e = self.expr(init)
                if e.kind == "expr":
                    self.emit(e.text)
        self.reset_cv()
        per_iteration = lexical and id(s) in self.analysis.territory  # type: ignore[union-attr]
        shadow = None if per_iteration or self.lean else self.counter_shadow(s)
        if shadow is not None:
            py, sh, start, step = shadow
            if start is not None:
                self.emit(f"{sh} = {start}")
            else:
                # (the counter's start as an int where it is an integral Number below 2**53 in
                # magnitude, else one so far below 0 that no step of the loop brings it into an
                # index's range: the accesses then take their general paths, with the Number)
                t = self.temp()
                self.emit(f"{sh} = {t} if type({py}) is _float and -9007199254740992.0 < {py} < 9007199254740992.0 "
                          f"and ({t} := _trunc({py})) == {py} else _FAR")
            self.int_shadows[py] = sh
            try:
                self.for_loop_body(s, labels, per_iteration, f"{sh} += {step}")
            finally:
                del self.int_shadows[py]
        else:
            self.for_loop_body(s, labels, per_iteration, None)

    def counter_shadow(self, s: Any) -> tuple[str, str, int | None, int] | None:
        """NON-SPEC (speed): for ``for (var i = N; ...; i++)`` (or ``let``; ``++i``, ``i--``,
        ``--i``, ``i += M``, ``i -= M``; M an integer literal below 2**31 in magnitude), where
        ``i`` is a Python local that neither the test nor the body assigns and that some
        element access ``x[i]`` or ``s.charCodeAt(i)`` in them reads: (the local, a new Python
        local, N where it is such a literal (else None: the start is known when the loop
        starts), the step). The new local holds ``i`` as a Python int from the loop's start
        (stepped right after ``i`` is), so that those accesses index with it, without turning
        the Number into an int and testing that it is integral each time. While ``i`` is below
        2**53 in magnitude its float is the int exactly; the steps all go one way, so once it
        is past that (where a step of the float may round), the int is too, for good, and far
        outside every index range an access takes its int for (they take the Number then)."""
        init, upd = s.init, s.update
        if init is None or upd is None or init.type != "VariableDeclaration" or init.kind not in ("var", "let"):
            return None
        if upd.type == "UpdateExpression" and upd.argument.type == "Identifier":
            name, step = upd.argument.name, 1 if upd.operator == "++" else -1
        elif upd.type == "AssignmentExpression" and upd.operator in ("+=", "-=") and upd.left.type == "Identifier" \
                and (m := _small_int_literal(upd.right)) is not None:
            name, step = upd.left.name, m if upd.operator == "+=" else -m
        else:
            return None
        decls = [d for d in init.declarations if d.id.type == "Identifier" and d.id.name == name]
        if len(decls) != 1 or decls[0].init is None:
            return None
        start = _small_int_literal(decls[0].init)
        if any(d.init is not None and assigns(d.init, name) for d in init.declarations) \
                or s.test is not None and assigns(s.test, name) or assigns(s.body, name):
            return None
        b = self.lookup(name)
        if b is None or b.py is None or b.const or b.always_check \
                or self.pass_args is not None and b is self.pass_args[0]:
            return None
        if not any(_indexes_by(n, name) for n in (s.test, s.body) if n is not None):
            return None
        return b.py, self.new_local(), start, step

    def for_loop_body(self, s: Any, labels: tuple[str, ...], per_iteration: bool, shadow_step: str | None) -> None:
        """The rest of for_loop: the Python loop (``shadow_step``: counter_shadow's step of its
        int, emitted right after the update)."""

        def copy_env() -> None:
            if per_iteration:
                ename, _ = self.cur_env()
                vname = "V" + ename[1:]
                parent = self.env_stack[-2][0]
                self.emit(f"{ename} = _Env({vname}[:], {parent})")
                self.emit(f"{vname} = {ename}.vars")
        copy_env()
        fr = self.new_frame("loop", labels, True)
        # a continue crossing a finally must not run the update before the finally: the
        # update then runs at the top of the next iteration instead
        top_update = s.update is not None and _continue_in_finally(s.body)

        def next_iteration() -> None:
            self.back_edge()
            copy_env()
            if s.update is not None and not top_update:
                u = self.expr(s.update)
                if u.kind == "expr":
                    self.emit(u.text)
                if shadow_step is not None:
                    self.emit(shadow_step)
        fr.on_continue = next_iteration
        first = None
        if top_update:
            first = self.temp()
            self.emit(f"{first} = True")

        def body() -> None:
            if top_update:
                self.emit(f"if {first}:")
                self.emit(f" {first} = False")
                self.emit("else:")
                self.ind += 1
                u = self.expr(s.update)
                self.emit(u.text if u.kind == "expr" else "pass")
                if shadow_step is not None:
                    self.emit(shadow_step)
                self.ind -= 1
            if s.test is not None:
                self.break_unless(s.test)
            self.loop_body(fr, s.body)
            next_iteration()
        self.python_loop(fr, body)

    def s_ForOfStatement(self, s: Any, labels: tuple[str, ...] = ()) -> None:
        """for-of and for-await-of (ForIn/OfHeadEvaluation, sec-runtime-semantics-forinofheadevaluation,
        and ForIn/OfBodyEvaluation, sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-
        lhskind-labelset): a Python loop over the iterator record; an abrupt exit closes the
        iterator (IteratorClose or AsyncIteratorClose), with the throw completion when the body
        threw."""
        lexical = self.lexical_head(s)
        self.reset_cv()
        it = self.head_expression(s)
        is_await = bool(getattr(s, "allowAwait", False))
        self.set_pos(s)
        rec = self.temp()
        subject = self.const(describe_iterable(s.right, self.c.ctx.source))
        self.emit(f"{rec} = _getiter({it.text}, {self.const('async' if is_await else 'sync')}, {subject})")
        if lexical:
            self.block(s, [s.left], lambda: self.for_of_loop(s, labels, rec, is_await, True))
        else:
            self.for_of_loop(s, labels, rec, is_await, False)

    def s_ForInStatement(self, s: Any, labels: tuple[str, ...] = ()) -> None:
        """for-in (ForIn/OfHeadEvaluation and ForIn/OfBodyEvaluation with iterationKind
        enumerate): a Python loop over EnumerateObjectProperties."""
        lexical = self.lexical_head(s)
        left = s.left
        if left.type == "VariableDeclaration" and left.declarations[0].init is not None:
            # Annex B's `for (var x = init in o)` (sec-initializers-in-forin-statement-heads):
            # the initializer's value is put in x before the head's expression runs
            d = left.declarations[0]
            ref = self.dynamic_ref(d.id.name)
            self.assign_name(d.id.name, self.named_value(d.init, d.id.name), d.id, ref=ref)
        keys = self.head_expression(s)
        self.reset_cv()
        rec = self.temp()
        self.emit(f"{rec} = _forin({keys.text})")
        if lexical:
            self.block(s, [left], lambda: self.for_of_loop(s, labels, rec, False, True, True))
        else:
            self.for_of_loop(s, labels, rec, False, False, True)

    def lexical_head(self, s: Any) -> bool:
        """A for-in/of head declaring let, const or using bindings (not `const [] of ...`, which
        binds no name and needs no block)."""
        left = s.left
        return left.type == "VariableDeclaration" and left.kind != "var" and bool(lexically_scoped_declarations([left]))

    def head_expression(self, s: Any) -> E:
        """The value of a for-in/of head's expression (ForIn/OfHeadEvaluation steps 1-4): with a
        lexical head, evaluated where the head's bindings exist uninitialised (TDZ), when it may
        name one of them."""
        left = s.left
        if self.lexical_head(s):
            names: set[str] = set()
            if not _all_names(s.right, names, getattr(self.c, "names_cache", None)) or set(bound_names(left.declarations[0].id)) & names:
                out: list[E] = []
                self.block(s, [left], lambda: out.append(self.spill(self.expr(s.right))), extra_always_check=True)
                return out[0]
        return self.spill(self.expr(s.right))

    def for_of_loop(self, s: Any, labels: tuple[str, ...], rec: str, is_await: bool, lexical: bool,
                    enumerate: bool = False) -> None:
        """The loop of a for-of (``rec``: the iterator record) or for-in (``enumerate``: ``rec``
        is a Python iterator of the keys, nothing to close)."""
        left = s.left
        target = left.declarations[0].id if left.type == "VariableDeclaration" else left
        using = getattr(left, "using", None) if left.type == "VariableDeclaration" else None
        open_ = self.temp()    # True while the iterator must be closed if the loop is left
        ai = None
        if not enumerate and not is_await:
            # NON-SPEC: an array's values iterator with the built-in next: its steps over a dense
            # array's elements are taken in line (iteration.array_values_iterator)
            ai = self.temp()
            self.emit(f"{ai} = _itarr({rec})")
        if not enumerate:
            self.emit(f"{open_} = False")
            self.emit("try:")
            self.ind += 1
        fr = self.new_frame("loop", labels, True)
        fr.on_continue = self.back_edge
        per_iteration = lexical and id(s) in self.analysis.territory  # type: ignore[union-attr]

        def body() -> None:
            v = self.temp()
            if enumerate:
                self.emit(f"{v} = _next({rec}, _DONE)")
            else:
                self.emit(f"{open_} = False")
                if is_await:
                    r = self.temp()
                    self.emit(f"{r} = yield (_YA, _itnext({rec}))")
                    self.emit(f"{v} = _itresult({r})")
                else:
                    a, d, i = self.temp(), self.temp(), self.temp()
                    self.emit(f"if {ai} is not None and type({a} := {ai}.iterated) is _JSArray and ({d} := {a}.dense) is not None "
                              f"and ({i} := {ai}.index) < len({d}) and ({v} := {d}[{i}]) is not _M:")
                    self.emit(f" {ai}.index = {i} + 1")
                    # (and its last step, past the end: the iterator lets go of the array)
                    self.emit(f"elif {ai} is not None and type({a}) is _JSArray and {d} is not None and {i} >= len({d}):")
                    self.emit(f" {ai}.iterated = None")
                    self.emit(f" {rec}.done = True")
                    self.emit(f" {v} = _DONE")
                    self.emit("else:")
                    self.emit(f" {v} = _itstep({rec})")
            self.emit(f"if {v} is _DONE:")
            self.emit(" break")
            if not enumerate:
                self.emit(f"{open_} = True")
            if per_iteration:
                ename, scope = self.cur_env()
                vname = "V" + ename[1:]
                parent = self.env_stack[-2][0]
                self.emit(f"{ename} = _Env({self.const([MISSING] * scope.size)}[:], {parent})")
                self.emit(f"{vname} = {ename}.vars")
            if using:
                # ForDeclarationBindingInitialization of a using declaration: the value joins
                # the iteration environment's DisposeCapability, disposed after the body
                def iteration() -> None:
                    hint = self.const(ASYNC_DISPOSE if using == "await using" else SYNC_DISPOSE)
                    self.emit(f"_adddisp({self.using_stacks[-1]}, {v}, {hint})")
                    self.assign_name(target.name, E(v, "name"), target, init=True)
                    self.loop_body(fr, s.body)
                self.disposing(iteration)
            else:
                self.bind_pattern(target, E(v, "name"), lexical, left.type != "VariableDeclaration")
                self.loop_body(fr, s.body)
            self.back_edge()
        self.python_loop(fr, body)
        if enumerate:
            return
        self.ind -= 1
        close_throw = "yield from _aitclose" if is_await else "_itclose"
        ex = self.temp()
        self.emit(f"except _JSThrow as {ex}:")
        self.emit(f" if {open_}:")
        self.emit(f"  {open_} = False")
        self.emit(f"  {close_throw}({rec}, {ex})")
        self.emit(" raise")
        # the engine's stack ran out, or Python closes a suspended body: no JS runs (as the
        # closure compiler's for-of)
        self.emit(f"except {'(_RecursionError, _GeneratorExit)' if self.kind != 'normal' else '_RecursionError'}:")
        self.emit(f" {open_} = False")
        self.emit(" raise")
        self.emit("finally:")
        self.emit(f" if {open_}:")
        self.emit(f"  {close_throw}({rec}, None)")

    def s_LabeledStatement(self, s: Any, labels: tuple[str, ...] = ()) -> None:
        labels = labels + (s.label.name,)
        body = s.body
        if body.type in _LABELLED_TYPES:
            self.trace_step(body)
            getattr(self, "s_" + body.type)(body, labels)
            return
        if not _breaks_label(body, s.label.name):
            self.stmt(body)
            return
        fr = self.new_frame("label", labels, True)

        def once() -> None:
            self.stmt(body)
            self.emit("break")
        self.python_loop(fr, once)

    def s_SwitchStatement(self, s: Any, labels: tuple[str, ...] = ()) -> None:
        d = self.spill(self.expr(s.discriminant))
        self.reset_cv()
        stmts = [x for c in s.cases for x in c.consequent]
        # (using declarations in a case clause are an early error; disposed with the case block)
        self.block(s, stmts, lambda: self.disposing(lambda: self.switch_body(s, d, labels)) if has_using(stmts)
                   else self.switch_body(s, d, labels), extra_always_check=True)

    def switch_body(self, s: Any, d: E, labels: tuple[str, ...]) -> None:
        sel = self.temp()
        n = len(s.cases)
        none = self.const(n + 1)
        default_index = next((i for i, c in enumerate(s.cases) if c.test is None), -1)
        self.emit(f"{sel} = {none}")
        self.case_tests(s, d, sel, none, 0, False)
        if default_index >= 0:
            self.emit(f"if {sel} == {none}:")
            self.emit(f" {sel} = {self.const(default_index)}")
        fr = self.new_frame("switch", labels, True)

        def cases(start: int) -> None:
            for i in range(start, len(s.cases)):
                if self.huge() and i > start:
                    # NON-SPEC: a huge switch's other cases are a part (see ``stmts``)
                    self.stmt_part(partial(cases, i))
                    return
                lines, _ = self.capture(partial(self.stmts, s.cases[i].consequent))
                if lines:
                    self.emit(f"if {sel} <= {self.const(i)}:")
                    self.splice(lines, 1)

        def body() -> None:
            cases(0)
            self.emit("break")
        self.python_loop(fr, body)

    def case_tests(self, s: Any, d: E, sel: str, none: str, start: int, after_guard: bool) -> None:
        """A switch's case tests from ``start`` on, in order, until one matches (``sel`` is then
        its index): an if/elif chain, flat (a test that emits statements first, or one that must
        be spilled, is a block of its own run while no test has matched; ``after_guard``: one
        was, or these tests go on in a part)."""
        chain = False
        length = 0   # of the current elif chain (nested in Python's tree: compile() takes ~2,000)
        for i in range(start, len(s.cases)):
            c = s.cases[i]
            if c.test is None:
                continue
            if self.huge() and i > start:
                # NON-SPEC: a huge switch's other tests are a part (see ``stmts``)
                self.stmt_part(partial(self.case_tests, s, d, sel, none, i, True))
                return
            tl, te = self.capture(partial(self.expr, c.test))
            guarded = bool(tl) or te.kind == "expr"
            length = length + 1 if chain and not guarded and length < SWITCH_CHAIN else 0
            if guarded:
                self.emit(f"if {sel} == {none}:")
                self.ind += 1
                self.splice(tl, 1)
                te = self.spill(te) if te.kind == "expr" else te
                word = "if"
            elif length:
                word = "elif"
            elif after_guard or chain:
                self.emit(f"if {sel} != {none}:")
                self.emit(" pass")
                word = "elif"
            else:
                word = "if"
            if d.num or te.num:
                self.emit(f"{word} {self.equality('===', d, te).text}:")
            else:
                self.emit(f"{word} ({d.text} == {te.text} if type({d.text}) is type({te.text}) is _float "
                          f"else _seq({d.text}, {te.text})):")
            self.emit(f" {sel} = {self.const(i)}")
            if guarded:
                self.ind -= 1
            chain = not guarded
            after_guard = after_guard or guarded

    def s_WithStatement(self, s: Any) -> None:
        """``with (o) body`` (sec-with-statement-runtime-semantics-evaluation): the body runs in
        a new object Environment Record (``WithEnv``) over ToObject(o). Inside it every name
        declared outside the statement is resolved at run time (``lookup_dynamic`` with the
        closure compiler's steps from the with scope: HasBinding of the object, @@unscopables,
        then the enclosing records, where the pre-pass put every binding the body names), as
        for a function nested in a ``with``; names declared inside the body stay static."""
        o = self.expr(s.object)
        self.set_pos(s)
        parent, pscope = self.cur_env()
        w = "e" + str(len(self.env_stack))
        self.emit(f"{w} = _withenv({o.text}, {parent})")
        self.reset_cv()
        scope = Scope("with", pscope, self.strict)
        saved = self.scopes, self.outer
        self.scopes = []
        self.outer = (scope, w)
        self.env_stack.append((w, scope))
        try:
            self.stmt(s.body)
        finally:
            self.env_stack.pop()
            self.scopes, self.outer = saved

    def s_TryStatement(self, s: Any) -> None:
        self.reset_cv()
        fin = s.finalizer
        if fin is not None:
            self.new_frame("try", (), False)
        # NON-SPEC: a suspended body closed by Python (its generator collected: GeneratorExit)
        # must not run JS finally code, nor may a run that is being stopped (Interrupted: its
        # timeout, step limit or SIGINT; as V8's termination, which no finally survives: a
        # ``return`` or ``break`` there would end the stop); a flag set on the way out skips it
        closing = None
        suspends = fin is not None and (self.susp(s.block) or (s.handler is not None and self.susp(s.handler)))
        if fin is not None:
            closing = self.temp()
            self.emit(f"{closing} = False")
            self.emit("try:")
            self.ind += 1
        try:
            if closing is not None and s.handler is None:
                n = len(self.lines)
                self.stmt(s.block)
                if len(self.lines) == n:
                    self.emit("pass")
            else:
                self.suite("try:", s.block)
            if s.handler is not None:
                h = s.handler
                ex = self.temp()
                self.emit(f"except (_JSThrow, _RecursionError) as {ex}:")
                self.ind += 1
                if self.uses_jump and not self.finally_marks:
                    # a throw out of a finally replaces the jump it ran for (in a finally block
                    # the flag may be the enclosing finally's pending jump: kept)
                    self.emit("jmp = 0")
                self.reset_cv()
                if h.param is None:
                    n = len(self.lines)
                    self.stmt(h.body)
                    if len(self.lines) == n:
                        self.emit("pass")
                else:
                    self.catch_clause(h, f"_caught({ex})")
                self.ind -= 1
        finally:
            if fin is not None:
                self.frames.pop()
        if closing is not None:
            self.ind -= 1
            self.emit("except (_GeneratorExit, _Interrupted):" if suspends else "except _Interrupted:")
            self.emit(f" {closing} = True")
            self.emit(" raise")
        if fin is not None:
            self.emit("finally:")
            self.ind += 1
            if closing is not None:
                self.emit(f"if not {closing}:")
                self.ind += 1
            if self.tracking():
                # the finally block's own completion value starts empty: an abrupt completion
                # out of it carries only what it produced, or undefined (sec-try-statement-
                # runtime-semantics-evaluation, UpdateEmpty(F, undefined)); a normal one restores
                cvs = self.temp()
                self.emit(f"{cvs} = env.cv")
                self.emit("env.cv = None")
            n = len(self.lines)
            self.finally_marks.append(len(self.frames))
            try:
                self.stmt(fin)
            finally:
                self.finally_marks.pop()
            if self.tracking():
                self.emit(f"env.cv = {cvs}")
            if len(self.lines) == n:
                self.emit("pass")
            self.ind -= 1
            if closing is not None:
                self.ind -= 1

    def catch_clause(self, h: Any, value: str) -> None:
        """CatchClauseEvaluation (sec-runtime-semantics-catchclauseevaluation): a new environment
        with a binding for each name of the parameter, the parameter's BindingInitialization with
        the thrown value (a pattern's bindings are in their TDZ until it initialises them), then
        the block in that environment."""
        param = h.param
        simple = param.type == "Identifier"
        names = bound_names(param)
        # (a pattern's defaults read the bindings before they are initialised: checked)
        end = 0 if simple else param.range[1]
        bind: dict[str, Binding] = {}
        materialise = id(h) in self.analysis.territory  # type: ignore[union-attr]
        if materialise:
            scope = Scope("catch", self.cur_env()[1], self.strict)
            for name in names:
                scope.add(name)
                if not simple:
                    scope.lexical.add(name)
            ename = "e" + str(len(self.env_stack))
            vname = "V" + str(len(self.env_stack))
            init = f"[{value}]" if simple else f"{self.const([MISSING] * scope.size)}[:]"
            self.emit(f"{ename} = _Env({init}, {self.cur_env()[0]})")
            self.emit(f"{vname} = {ename}.vars")
            for name in names:
                in_env = self.captured(name)
                bind[name] = b = Binding(name, None if in_env else self.new_local(), vname, scope.names[name],
                                         not simple, False, False, end)
                if b.py is not None:
                    self.emit(f"{b.py} = {vname}[{b.idx}]")
            self.env_stack.append((ename, scope))
        else:
            for name in names:
                bind[name] = b = Binding(name, self.new_local(), None, 0, not simple, False, False, end)
                self.emit(f"{b.py} = {value if simple else '_M'}")
        self.scopes.append(bind)
        try:
            if not simple:
                self.bind_pattern(param, E(value), True)
            n = len(self.lines)
            self.stmt(h.body)
            if len(self.lines) == n:
                self.emit("pass")
        finally:
            self.scopes.pop()
            if materialise:
                self.env_stack.pop()

    # ============================================================================================
    # expressions

    def expr(self, e: Any) -> E:
        check_stop_compiling()
        t = e.type
        if t in _FUNCTION_NODES:
            return self.function_value(e, None)
        if self.nested_too_deep():
            return self.expr_part(e)
        self.edepth += 1
        try:
            # NON-SPEC: the emitter's recursion re-enters the interpreter from C (``partial``
            # calls) at each level: counted against the C-stack budget, continued on a helper
            # thread's stack past it (3,000 nested ``[x + (yield 1) * (...)][0]`` overflowed it)
            r: E = c_reentry(get_agent(), getattr(self, "e_" + t), e)
        finally:
            self.edepth -= 1
        if r.kind == "expr" and self.edepth and not self.edepth % SPILL_EVERY:
            # NON-SPEC: a deeply nested expression's text is cut into temporaries, so that its
            # brackets stay within what compile() accepts (see ``part``)
            return self.spill(r)
        return r

    def function_value(self, e: Any, name: Any) -> E:
        if e.type == "ClassExpression":
            return self.emit_class(e, name)
        k = self.closure(lambda: self.c.compile_function_expression(e, name) if e.type != "FunctionDeclaration"
                         else self.c.compile_function_object(e))
        return E(f"{k}({self.cur_env()[0]})")

    def emit_class(self, node: Any, name: Any, runtime_name: E | None = None) -> E:
        """ClassDefinitionEvaluation (sec-runtime-semantics-classdefinitionevaluation): the
        class body is compiled by the closure compiler into a ClassTemplate (classes.py, shared
        with the closure tier: the constructor, methods, accessors, fields, static blocks); the
        heritage and the computed keys are emitted here, evaluated in the class environment in
        the spec's order between the template's steps, so a ``yield``/``await`` in them suspends
        this body. ``name``: the className of NamedEvaluation, or ``runtime_name``, a value."""
        if getattr(node, "field_name", None) is COMPUTED_FIELD_NAME:
            # the value of a field with a computed key: this body is its initializer, whose
            # [[ClassFieldInitializerName]] names the class (sec-runtime-semantics-evaluatebody)
            runtime_name = E("self.field_name")
        tpl = self.closure(partial(self.c.class_template, node, name))
        template = self.consts[tpl]
        scope = template.scope
        parent = self.cur_env()[0]
        ename = "e" + str(len(self.env_stack))
        vname = "V" + str(len(self.env_stack))
        # steps 1-6: the class environment, the inner binding in its TDZ, the Private Names
        self.emit(f"{ename} = {tpl}.class_env({parent})")
        self.emit(f"{vname} = {ename}.vars")
        bind: dict[str, Binding] = {}
        if template.name_slot is not None:
            bind[template.class_name] = Binding(template.class_name, None, vname, template.name_slot, True, True,
                                                always_check=True)
        saved_strict = (self.strict, self.ctx.strict)
        self.strict = self.ctx.strict = True   # a class's code is strict, its heritage included
        self.env_stack.append((ename, template.heritage_scope))
        self.scopes.append(bind)
        try:
            # step 8: the heritage, in the class environment but the outer PrivateEnvironment
            heritage = "_M"
            if node.superClass is not None:
                heritage = self.expr(node.superClass).text
            self.env_stack[-1] = (ename, scope)
            for idx, pname, _ in template.private_names:
                bind[pname] = Binding(pname, None, vname, idx)
            record = self.temp()
            named = f", {runtime_name.text}" if runtime_name is not None else ""
            if node.superClass is not None:
                self.emit(f"pos = {self.const(self.c.heritage_position(node.superClass))}")
            self.emit(f"{record} = {tpl}.begin({ename}, {heritage}{named})")
            # step 26: the elements in order, a computed key evaluated (and ToPropertyKey'd)
            # just before its element; runs of elements without one in one call
            start = 0
            for i, m in enumerate(template.computed):
                if m is None:
                    continue
                if start < i:
                    self.emit(f"{tpl}.run_elements({ename}, {record}, {start}, {i})")
                kv = self.expr(m.key)
                self.emit(f"{tpl}.elements[{i}]({ename}, {record}, _topk({kv.text}))")
                start = i + 1
            if start < len(template.computed):
                self.emit(f"{tpl}.run_elements({ename}, {record}, {start}, {len(template.computed)})")
            return self.spill(E(f"{tpl}.finish({ename}, {record})"))
        finally:
            self.env_stack.pop()
            self.scopes.pop()
            self.strict, self.ctx.strict = saved_strict

    def named_value(self, node: Any, name: str) -> E:
        if self.c.is_anonymous_function(node):
            return self.function_value(node, python_string_to_js(name))
        return self.expr(node)

    def e_Literal(self, e: Any) -> E:
        regex = getattr(e, "regex", None)
        if regex is not None:
            pattern = python_string_to_js(regex.pattern)
            problem = validate_regexp_literal(pattern, regex.flags)
            if problem is not None:
                # an early error (sec-regular-expression-literals-static-semantics-early-errors)
                raise self.c.error(e, problem)
            self.uses_G = True
            return E(f"_regexp(G, {self.const(pattern)}, {self.const(regex.flags)})")
        big = getattr(e, "bigint", None)
        if big is not None:
            return E(self.const(JSBigInt(decimal_to_int(big))), "const")
        v = e.value
        if v is None:
            return E("_NULL", "const")
        if type(v) is bool:
            return E("True" if v else "False", "const", is_bool=True)
        if type(v) in (int, float):
            try:
                f = float(v)
            except OverflowError:
                f = float("inf")
            return E(self.const(f), "const", num=True, i32=_is_int32(f))
        return E(self.const(python_string_to_js(v)), "const")

    def e_Identifier(self, e: Any) -> E:
        return self.read_name(e.name, e)

    def read_name(self, name: str, node: Any, for_typeof: bool = False) -> E:
        b = self.lookup(name)
        if b is not None and self.pass_args is not None and b is self.pass_args[0]:
            return E(self.pass_args[1])  # the arguments object, made now if not yet
        if b is not None:
            ref = b.ref()
            if b.needs_tdz_check(node):
                return E(f"_chk({ref}, {self.const(python_string_to_js(name))})")
            if b.py is not None:
                level = self.num_reads.get(id(node), 0)
                return E(ref, "name", level > 0, i32=level == 2)
            return E(ref, "expr")
        kind = self.outer_kind(name)
        if name == "undefined" and kind == "global":
            return E("None", "const")
        k = self.outer_closure(lambda: self.c.compile_identifier_get(name, node, for_typeof))
        if kind == "global":
            kn = self.const(name)
            if self.lean and name.isascii():
                self.uses_G = True
                return E(f"_gget(G, {kn}, {k})")
            cell = self.global_cell(name) if name.isascii() else None
            if cell is not None and self.mode == "function":
                # NON-SPEC (speed): only the cells are loaded for this read (see load_globals)
                self.uses_CE = True
                return E(_global_read(self.temp(), self.temp(), self.temp(), kn, k, True, cell,
                                      _FN_GLOBAL_FIELDS, "(GF := self.gfc)"))
            self.uses_G = True
            return E(_global_read(self.temp(), self.temp(), self.temp(), kn, k, name.isascii(), cell))
        if kind == "slot":
            # NON-SPEC fast path: a binding of an enclosing function (a closure's variable) read
            # from its environment's slot in line; in its TDZ, the closure compiler's getter
            # (which throws the ReferenceError)
            ref, tdz, _read_only = self.outer_slot(name, node)
            if not tdz:
                return E(ref, "expr")
            t = self.temp()
            return E(f"({t} if ({t} := {ref}) is not _M else {k}({self.outer_env(kind)}))")
        return E(f"{k}({self.outer_env(kind)})")

    def outer_slot(self, name: str, node: Any) -> tuple[str, bool, bool]:
        """For ``name``, a binding of an enclosing function's environment (``outer_kind``
        'slot'): its slot (Python text), whether it needs the TDZ check at ``node``, and whether
        a write must throw (a const, or a function expression's own name)."""
        kind, data = self.in_scope(self.outer[0], lambda: self.c.resolve(name, _offset(node)))
        assert kind == "slot"
        depth, idx, tdz, const, funcname = data
        return f"{self.outer_env(kind)}{'.parent' * depth}.vars[{idx}]", bool(tdz), bool(const or funcname)

    def outer_env(self, kind: str) -> str:
        """The environment an outer name's closure starts from (a GlobalEnv is its own glob)."""
        if kind == "global":
            self.uses_G = True
            return "G"
        return self.outer[1]

    def outer_closure(self, fn: Callable[[], Any]) -> str:
        """A closure for a name outside this body, compiled against the enclosing scope."""
        return self.const(self.in_scope(self.outer[0], fn))

    def outer_kind(self, name: str) -> str:
        return self.in_scope(self.outer[0], lambda: self.c.resolve(name)[0])  # type: ignore[no-any-return]

    def assign_name(self, name: str, v: E, node: Any, init: bool = False, ref: str | None = None) -> E:
        """Store ``v`` in the binding ``name`` (as statements); returns the stored value. ``ref``:
        a dynamic reference resolved before the value was computed."""
        b = self.lookup(name)
        if b is not None:
            if not init and (b.const or b.funcname):
                v = self.spill(v)
                self.emit(f"pos = {self.const(self.c.assign_op_position(node))}")
                self.emit(f"_cassign({b.ref()}, {self.const(python_string_to_js(name))}, {b.funcname}, {self.strict})")
                return v
            if not init and b.needs_tdz_check(node):
                v = self.spill(v)
                self.emit(f"_chk({b.ref()}, {self.const(python_string_to_js(name))})")
            if b.py is not None:
                self.emit(f"{b.py} = {v.text}")
                return E(b.py, "name", v.num, v.bool, v.i32)
            v = self.spill(v)
            self.emit(f"{b.ref()} = {v.text}")
            return v
        kind = self.outer_kind(name)
        v = self.spill(v)
        if kind == "dynamic":
            assert ref is not None
            steps = self.const(self.outer_steps(name))
            self.emit(f"_putdyn({self.outer[1]}, {ref}, {self.const(name)}, {v.text}, {steps}, {self.strict}, None)")
            return v
        k = self.outer_closure(lambda: self.c.compile_identifier_set(name, node, init=init))
        if kind == "slot" and not init:
            ref, tdz, read_only = self.outer_slot(name, node)
            if not read_only:  # (a const or a function's own name: the setter throws)
                # NON-SPEC fast path: a binding of an enclosing function written to its slot in
                # line; in its TDZ, the closure compiler's setter (which throws)
                if tdz:
                    self.emit(f"if {ref} is _M:")
                    self.emit(f" {k}({self.outer_env(kind)}, {v.text})")
                    self.emit("else:")
                    self.emit(f" {ref} = {v.text}")
                else:
                    self.emit(f"{ref} = {v.text}")
                return v
        if kind == "global" and not init:
            self.uses_G = True
            kn = self.const(name)
            if self.lean and name.isascii():
                self.emit(f"_gput(G, {kn}, {v.text}, {k})")
                return v
            cell = self.global_cell(name) if name.isascii() else None
            for d, line in _global_write(self.temp(), self.temp(), kn, v.text, k, name.isascii(), cell):
                self.emit(" " * d + line)
            return v
        self.emit(f"{k}({self.outer_env(kind)}, {v.text})")
        return v

    def outer_steps(self, name: str) -> Any:
        return self.in_scope(self.outer[0], lambda: self.c.resolve(name)[1])

    def dynamic_ref(self, name: str) -> str | None:
        """For a name resolved at run time (inside ``with``, beside sloppy eval): its reference,
        resolved now (before the right-hand side runs); None for any other name."""
        if self.lookup(name) is not None or self.outer_kind(name) != "dynamic":
            return None
        r = self.temp()
        self.emit(f"{r} = _lookupdyn({self.outer[1]}, {self.const(self.outer_steps(name))}, {self.const(name)})")
        return r

    def read_dynamic(self, ref: str, name: str) -> E:
        return E(f"_getdyn({ref}, {self.const(name)}, None, False, {self.strict})")

    def e_YieldExpression(self, e: Any) -> E:
        """``yield`` / ``yield*`` (sec-generator-function-definitions-runtime-semantics-evaluation):
        the body's Python generator suspends here."""
        v = self.expr(e.argument) if e.argument is not None else E("None", "const")
        if v.kind != "name":
            # (the operand is evaluated before the position becomes the yield's: a call or
            # ``new`` in it points at itself, as in V8)
            v = self.spill(v)
        self.set_pos(e)
        t = self.temp()
        if e.delegate:
            self.emit(f"{t} = yield from _ystar({v.text}, {self.kind == 'asyncGenerator'})")
        elif self.kind == "asyncGenerator":
            self.emit(f"{t} = yield (_YA, {v.text})")
            self.emit(f"{t} = yield from _agyield({t})")
        else:
            self.emit(f"{t} = yield (_YV, {v.text})")
        return E(t, "name")

    def e_AwaitExpression(self, e: Any) -> E:
        """``await`` (sec-await): the body's Python generator suspends until the driver resumes
        it with the settled value (or throws the rejection reason into it)."""
        v = self.expr(e.argument)
        t = self.temp()
        self.emit(f"{t} = yield (_YA, {v.text})")
        return E(t, "name")

    def e_ThisExpression(self, e: Any) -> E:
        if self.arrow:
            # (only a derived constructor's is unbound until super() binds it)
            env, t = self.this_environment()[0].text, self.temp()
            return E(f"({t} if ({t} := {env}.this) is not _M else _dthis({env}))")
        if self.derived:
            return E("_dthis(env)")
        return E("this", "name")

    def this_environment(self) -> tuple[E, bool]:
        """GetThisEnvironment (sec-getthisenvironment) in an arrow or eval code, whose ``this``,
        ``new.target`` and ``super`` are an enclosing function's (or the script's): the
        environment record holding them, reached from the one the body closes over in as many
        steps as the closure compiler counts scopes (``this_scope``, ``depth_to``); and whether
        it is a function's."""
        def find() -> tuple[int, bool]:
            s = self.c.this_scope()
            return self.c.depth_to(s), s.kind == "function"
        depth, is_function = self.in_scope(self.outer[0], find)
        return E(self.outer[1] + ".parent" * depth), is_function

    def this_now(self) -> E:
        """The this value as bound now (a derived constructor's may be unbound: checked later)."""
        return self.spill(E("env.this")) if self.derived else E("this", "name")

    def e_MetaProperty(self, e: Any) -> E:
        """``new.target`` (sec-meta-properties-runtime-semantics-evaluation): the FunctionEnv's
        (the body has one when it reads new.target); an arrow's is its enclosing function's.
        ``import.meta``: the module's [[ImportMeta]] object."""
        if e.meta.name == "import":
            return E(f"_importmeta({self.const(getattr(self.c, 'referrer', None))})")
        if self.arrow:
            env, is_function = self.this_environment()
            return E(f"{env.text}.new_target") if is_function else E("None", "const")
        return E("env.new_target")

    def super_reference(self, e: Any, to_key: bool = True) -> tuple[E, E, E]:
        """A super property's this value, base and property key (sec-super-keyword-runtime-
        semantics-evaluation): GetThisBinding, the key's value, GetSuperBase, then GetValue's
        null check and ToPropertyKey (with ``to_key``: an assignment's wait for its PutValue,
        after the value). In an arrow the this value
        and the function whose [[HomeObject]] gives the base are its this environment's."""
        if self.arrow:
            env = self.spill(self.this_environment()[0])
            th, func = self.spill(E(f"{env.text}.this")), f"{env.text}.func"
        else:
            th, func = self.this_now(), "self"
        if e.computed:
            self.emit(f"_superbase({func}, {th.text})")  # GetThisBinding's check before the key
            kl, kv = self.capture(partial(self.expr, e.property))
            self.splice(kl)
            raw = self.spill(kv)
            base = self.spill(E(f"_superbase({func}, {th.text})"))
            k = self.spill(E(f"_superkey({base.text}, {raw.text})")) if to_key else raw
        else:
            base = self.spill(E(f"_superbase({func}, {th.text})"))
            k = E(self.const(python_string_to_js(e.property.name)), "const")
        return th, base, k

    def e_TemplateLiteral(self, e: Any) -> E:
        # each substitution is converted to a string before the next one is evaluated
        parts: list[E] = []
        held = 0   # parts[:held] are constants or temporaries already
        const_length = 0
        for i, q in enumerate(e.quasis):
            cooked = python_string_to_js(q.value.cooked)
            if cooked:
                parts.append(E(self.const(cooked), "const"))
                const_length += len(cooked)
            if i < len(e.expressions):
                lines, v = self.capture(partial(self.expr, e.expressions[i]))
                if lines:
                    parts[held:] = [self.hold(x) for x in parts[held:]]
                    held = len(parts)
                    self.splice(lines)
                parts.append(E(f"_tmpl({v.text})"))
        if not parts:
            return E(self.const(""), "const")
        if len(parts) == 1 and parts[0].kind == "const":
            return parts[0]
        # NON-SPEC: the string's length is checked before it is made (concat_strings): inline,
        # the substitutions' lengths summed as they are converted; a long template is one call
        # (a chain of thousands of ``+`` nests past what compile() accepts)
        room = ALLOCATION_CHECK_MIN - const_length
        if room <= 0 or len(parts) > SPILL_EVERY:
            return E("_tmplcat(" + ", ".join(p.text for p in parts) + ")")
        names: list[str] = []
        lengths: list[str] = []
        for p in parts:
            if p.kind == "const":
                names.append(p.text)
            else:
                t = self.temp()
                names.append(t)
                lengths.append(f"len({t} := {p.text})")
        return E(f"({' + '.join(names)} if {' + '.join(lengths)} < {room} else _tmplcat({', '.join(names)}))")

    def operands(self, nodes: list[Any], thunks: bool = False) -> list[E]:
        """Evaluate ``nodes`` left to right: an operand whose value a later operand's statements
        could change is spilled to a temporary first. ``thunks``: ``nodes`` are functions that
        emit an operand and return its value."""
        out: list[E] = []
        held = 0   # out[:held] are constants or temporaries already
        for n in nodes:
            lines, v = self.capture(n if thunks else partial(self.expr, n))
            if lines:
                out[held:] = [self.hold(x) for x in out[held:]]
                held = len(out)
                self.splice(lines)
            out.append(v)
        # later operands' own expressions may assign (walrus) to a local an earlier one names:
        # the arguments object passed through (self.pass_args) is made on first use; every
        # other walrus target is a new temporary
        lazy = self.pass_args[0].py if self.pass_args is not None else None
        if lazy is not None and any(x.kind == "expr" for x in out[1:]):
            out = [self.spill(x) if x.kind == "name" and x.text == lazy and i < len(out) - 1 else x
                   for i, x in enumerate(out)]
        return out

    def e_ArrayExpression(self, e: Any) -> E:
        self.uses_G = True
        if any(x is None or x.type == "SpreadElement" for x in e.elements):
            return E(f"_JSArray(G.realm.array_prototype, {self.arg_list(e.elements, False).text})")
        vals = self.operands(e.elements)
        return E(f"_JSArray(G.realm.array_prototype, [{', '.join(v.text for v in vals)}])")

    def e_ObjectExpression(self, e: Any) -> E:
        """An object literal (sec-object-initializer-runtime-semantics-evaluation): properties
        stored straight into the new object's table until the first one that is not a plain
        static ``key: value`` (CreateDataProperty from there on, as the closure compiler does);
        methods and accessors are defined by the closure compiler's MethodDefinitionEvaluation
        (a computed key is evaluated here and handed to it)."""
        self.uses_G = True
        # NON-SPEC: the leading plain ``key: value`` properties are evaluated first, left to
        # right, and become the new object's table in one dict display (the object cannot be
        # observed before its literal completes; a repeated key keeps its first position and
        # its last value, as repeated CreateDataProperty calls do)
        props = e.properties
        keys: list[Any] = []
        for p in props:
            if p.type == "SpreadElement" or p.computed or p.kind != "init" or getattr(p, "method", False):
                break
            key: Any = self.in_scope(self.cur_env()[1], partial(self.c.property_key, p))[0]
            if key == "__proto__" and not p.shorthand:
                break
            keys.append(key)
        vals = self.operands([partial(self.function_value, p.value, key) if self.c.is_anonymous_function(p.value)
                              else partial(self.expr, p.value) for p, key in zip(props, keys)], thunks=True)
        o = self.temp()
        self.emit(f"{o} = _onew(_JSObject)")
        self.emit(f"{o}.props = {{{', '.join(f'{self.const(k)}: {v.text}' for k, v in zip(keys, vals))}}}")
        self.emit(f"{o}.proto = G.realm.object_prototype")
        self.emit(f"{o}.extensible = True")
        simple = True
        for p in props[len(keys):]:
            if p.type == "SpreadElement":
                simple = False
                v = self.expr(p.argument)
                self.emit(f"_copydp({o}, {v.text}, ())")
                continue
            method = p.kind != "init" or getattr(p, "method", False)
            if p.computed:
                kl, kv = self.capture(partial(self.expr, p.key))
                self.splice(kl)
                key = None
                k = self.spill(E(f"_topk({kv.text})"))
            else:
                key = self.in_scope(self.cur_env()[1], partial(self.c.property_key, p))[0]
                k = E(self.const(key), "const")
            if method:
                simple = False
                define = self.closure(lambda: self.c.compile_method_definition(
                    p, key, None if key is not None else _computed_key, True))
                env = self.cur_env()[0]
                self.emit(f"{define}({env}, {o}, {k.text})" if key is None else f"{define}({env}, {o})")
                continue
            if key == "__proto__" and not p.shorthand:
                simple = False
                v = self.expr(p.value)
                self.emit(f"_setproto({o}, {v.text})")
                continue
            if key is not None and self.c.is_anonymous_function(p.value):
                v = self.function_value(p.value, key)
            elif p.value.type == "ClassExpression" and p.value.id is None:
                v = self.emit_class(p.value, None, k)   # named by the computed key's value
            else:
                v = self.expr(p.value)
                if key is None and self.c.is_anonymous_function(p.value):
                    v = self.spill(v)
                    self.emit(f"_setfname({v.text}, {k.text})")
            if simple and key is not None:
                self.emit(f"{o}.props[{k.text}] = {v.text}")
            else:
                simple = False
                self.emit(f"_cdp({o}, {k.text}, {v.text})")
        return E(o, "name")

    def e_SequenceExpression(self, e: Any) -> E:
        exprs = e.expressions
        for x in exprs[:-1]:
            self.unused.add(id(x))
            v = self.expr(x)
            if v.kind == "expr":
                self.emit(v.text)
        return self.expr(exprs[-1])

    def e_ConditionalExpression(self, e: Any) -> E:
        test = self.expr(e.test)
        cl, cv = self.capture(lambda: self.expr(e.consequent))
        al, av = self.capture(lambda: self.expr(e.alternate))
        if not cl and not al:
            return E(f"({cv.text} if {self.truthy(test)} else {av.text})")
        r = self.temp()
        self.emit(f"if {self.truthy(test)}:")
        self.splice(cl, 1)
        self.emit(f" {r} = {cv.text}")
        self.emit("else:")
        self.splice(al, 1)
        self.emit(f" {r} = {av.text}")
        return E(r, "name")

    def e_LogicalExpression(self, e: Any) -> E:
        op = e.operator
        left = self.spill(self.expr(e.left)) if True else None
        rl, rv = self.capture(lambda: self.expr(e.right))
        if op == "&&":
            cond = self.truthy(left)
        elif op == "||":
            cond = f"not {self.truthy(left)}"
        else:
            cond = f"({left.text} is None or {left.text} is _NULL)"
        if not rl:
            return E(f"({rv.text} if {cond} else {left.text})", is_bool=left.bool and rv.bool)
        r = self.temp()
        self.emit(f"{r} = {left.text}")
        self.emit(f"if {cond}:")
        self.splice(rl, 1)
        self.emit(f" {r} = {rv.text}")
        return E(r, "name")

    def private_ref(self, m: Any, chain: bool = False) -> tuple[E, E]:
        """``o.#x``: the base's value and the PrivateName the class scope binds ``#x`` to
        (resolving it has no side effect). ``chain``: a link of an optional chain (``o?.#x``
        guards the rest of the chain)."""
        o = self.spill(self.chain_part(m.object) if chain else self.expr(m.object))
        if chain and m.optional:
            self.chain_guard(o)
        pn = self.spill(self.read_name("#" + m.property.name, m.property))
        return o, pn

    def private_get(self, o: E, pn: E) -> str:
        """PrivateGet (sec-privateget) of the PrivateName ``pn`` on ``o``. NON-SPEC (speed): a
        field's element is read inline from the PrivateName's storage (runtime/functions.
        PrivateName: ``elements[id(o)]`` is ``[weak reference to o, value]``); a method, an
        accessor or an object without the element go through PrivateName.get."""
        t = self.temp()
        return f"({t}[1] if {self.private_field_entry(o, pn, t)} else {pn.text}.get({o.text}))"

    def private_field_entry(self, o: E, pn: E, t: str) -> str:
        """NON-SPEC (speed): the test that the PrivateName ``pn`` names a field and ``o`` has its
        element, which it puts in ``t`` (runtime/functions.PrivateName's storage: ``elements[id(o)]``
        is ``[weak reference to o, value]``); the value is then ``t[1]``."""
        return (f"{pn.text}.kind == 'field' and ({t} := {pn.text}.elements.get(_id({o.text}))) is not None "
                f"and {t}[0]() is {o.text}")

    def index_sets_stay_own(self, o: str) -> str:
        """runtime/objects.index_sets_stay_own of the object ``o`` (a name): NON-SPEC (speed) its
        last answer taken in line when ``o``'s prototype is the one it was about, the call
        otherwise."""
        return f"({o}.proto is _LPIC[0] and _LPIC[1] == _EP[0] or _isso({o}))"

    def private_set(self, o: E, pn: E, v: str) -> None:
        """PrivateSet (sec-privateset) of the value ``v`` (a Python expression) as the PrivateName
        ``pn``'s element on ``o``. NON-SPEC (speed): a field's element is stored inline (see
        private_get); a method, an accessor or an object without the element go through
        PrivateName.set."""
        t = self.temp()
        self.emit(f"if {self.private_field_entry(o, pn, t)}:")
        self.ind += 1
        self.emit(f"{t}[1] = {v}")
        self.ind -= 1
        self.emit("else:")
        self.ind += 1
        self.emit(f"{pn.text}.set({o.text}, {v})")
        self.ind -= 1

    def e_MemberExpression(self, e: Any) -> E:
        if e.property.type == "PrivateIdentifier":
            o, pn = self.private_ref(e)  # PrivateGet (sec-privateget)
            return E(self.private_get(o, pn))
        if e.object.type == "Super":
            th, base, k = self.super_reference(e)
            return E(f"_superget({th.text}, {base.text}, {k.text})")
        pa = self.pass_args
        if pa is not None and e.object.type == "Identifier" and e.object.name == "arguments" \
                and self.lookup("arguments") is pa[0]:
            return self.arguments_member(e, pa)
        if e.computed:
            o, k = self.operands([e.object, e.property])
            return self.get_index(o, k, self.epos(e))
        o = self.expr(e.object)
        return self.get_named(o, python_string_to_js(e.property.name), e)

    def arguments_member(self, e: Any, pa: tuple[Binding, str, str]) -> E:
        """NON-SPEC: ``arguments.length`` and ``arguments[k]`` while the arguments object passed
        through (``pass_args``) is not made: the argument list's length, and an argument no
        parameter maps (an integral Number ``k`` within the list), read from the list, which
        the object would hold unchanged; else the object, made now if not yet, read."""
        lazy = pa[0].py
        assert lazy is not None
        pos = self.epos(e)
        if not e.computed:
            key = python_string_to_js(e.property.name)
            if key == "length":
                return E(f"(float(len(args)) if {lazy} is None else _getm({lazy}, {self.const(key)}, {pos}))")
            return E(f"_getm({pa[1]}, {self.const(key)}, {pos})")
        k = self.expr(e.property)
        if k.kind == "expr":
            k = self.spill(k)
        i = self.temp()
        ktype = "" if k.num else f"type({k.text}) is _float and "
        return E(f"(args[{i}] if {lazy} is None and {ktype}{self.args_unmapped_from} <= {k.text} < len(args) "
                 f"and ({i} := _trunc({k.text})) == {k.text} else _geti({pa[1]}, {k.text}, {pos}))")

    def get_index(self, o: E, k: E, pos: str, into: str | None = None) -> E:
        """GetValue of ``o[k]`` (both evaluated, in order): NON-SPEC inline path for an element
        of a dense array (an integral Number key within its length, not a hole); anything else
        is ``get_index`` (compiler/expressions.py), which has the other fast paths. ``into``:
        the temp the element is read into (no other temp then holds it)."""
        if o.kind == "expr":
            o = self.spill(o)
        si = None
        if k.kind == "expr" and k.ival is not None and not self.lean:
            # (a key that is the Number of a Python int expression, ``t[x >>> 24]``,
            # ``s[i & 255]``: that int, computed once, is the index; its float only for the
            # generic path)
            si = self.temp()
            self.emit(f"{si} = {k.ival}")
            k = E(f"_float({si})", num=True)
        elif k.kind == "expr":
            k = self.spill(k)
        no, nk = o.text, k.text
        if self.lean:
            return E(f"_geti({no}, {nk}, {pos})")
        v, d, i, t = into or self.temp(), self.temp(), self.temp(), self.temp()
        si = si or self.int_key(k)
        if si is not None:
            # (a loop counter's read: its int, integral and exact, as the index; see below)
            return E(f"({v} if ({t} := type({no})) is _JSArray and ({d} := {no}.dense) is not None "
                     f"and 0 <= {si} < len({d}) and ({v} := {d}[{si}]) is not _M "
                     f"else ({v} if type({v} := {no}.fast[{si}]) is _float else _float({v})) if {t} is _TA "
                     f"and 0 <= {si} < {no}.fast_n "
                     f"else {no}[{si}] if {t} is _str and 0 <= {si} < len({no}) "
                     f"else {v} if {t} is _JSObject and 0 <= {si} < {len(INDEX_KEYS)} "
                     f"and type({v} := {no}.props.get(_IK[{si}], _NP)) is not _Prop "
                     f"else _geti({no}, {nk}, {pos}))")
        ktype = "" if k.num else f"type({nk}) is _float and "
        # (an ordinary object's own plain data property, as get_named reads one, named by a
        # String key or by an integral Number below len(INDEX_KEYS), whose key is made once)
        own = (f"{ktype}0 <= {nk} < {len(INDEX_KEYS)} and ({i} := _trunc({nk})) == {nk} and "
               f"type({v} := {no}.props.get(_IK[{i}], _NP)) is not _Prop")
        if not k.num:
            own = f"type({nk}) is _str and type({v} := {no}.props.get({nk}, _NP)) is not _Prop or {own}"
        # (and for a typed array with a fast view: an in-bounds element, Number or not, as
        # JSTypedArray.get_element reads it)
        return E(f"({v} if ({t} := type({no})) is _JSArray and {ktype}({d} := {no}.dense) is not None "
                 f"and 0 <= {nk} < len({d}) and ({v} := {d}[({i} := _trunc({nk}))]) is not _M and {i} == {nk} "
                 f"else ({v} if type({v} := {no}.fast[{i}]) is _float else _float({v})) if {t} is _TA and {ktype}"
                 f"0.0 <= {nk} < {no}.fast_n and ({i} := _trunc({nk})) == {nk} "
                 f"else {no}[{i}] if {t} is _str and {ktype}0 <= {nk} < len({no}) and ({i} := _trunc({nk})) == {nk} "
                 f"else {v} if {t} is _JSObject and ({own}) "
                 f"else _geti({no}, {nk}, {pos}))")

    def shadow_int(self, k: E) -> str | None:
        """NON-SPEC: the Python int that ``k`` is the Number of, where ``k`` is a read of a loop
        counter that has one (counter_shadow), or such a read plus or minus an integer literal
        (``E.idx``), else None: a Python local, or the local that a statement emitted here
        assigns the sum to (the counter changes only in the loop's update)."""
        if not self.int_shadows:
            return None
        if k.idx is not None:
            t = self.temp()
            self.emit(f"{t} = {k.idx}")
            return t
        return self.counter_int(k)

    def int_key(self, k: E) -> str | None:
        """NON-SPEC: the Python int that ``k``, a key or a position, is the Number of, where that
        is known as emitted: shadow_int's, or the int literal of an integral Number literal in
        [0, 2**31) (``s[0]``, ``w[15]``: the index tests then compare ints, and nothing truncates
        the key at run time); else None."""
        si = self.shadow_int(k)
        if si is None and k.kind == "const" and k.num:
            c = self.consts.get(k.text)
            if type(c) is float and _is_int32(c) and c >= 0:
                return str(int(c))
        return si

    def counter_int(self, k: E) -> str | None:
        """NON-SPEC: the Python int local of the loop counter ``k`` reads (counter_shadow), else None."""
        return self.int_shadows.get(k.text) if self.int_shadows and k.kind == "name" else None

    def pos(self, node: Any) -> str:
        return self.const(self.c.position(node))

    def epos(self, node: Any) -> str:
        """Where a run-time error of ``node`` points (core.error_position: V8's positions)."""
        return self.const(self.c.error_position(node))

    def get_named(self, o: E, key: str, node: Any, into: str | None = None, chain: bool = False) -> E:
        """GetValue of ``o.key`` (``key`` an IdentifierName: never an array index). NON-SPEC
        inline paths (runtime/objects.py's fast-path rules): a string's or an array's length;
        for an ordinary object or an array, the first of it, its prototype and theirs that has
        the key, as long as each is exactly a JSObject or JSArray (``props`` then holds every
        own property with a name that is not an index and not ``length``) and what it stores
        is a plain value or a data Prop (an own Prop of the object itself: the generic path,
        but for a callee's).
        Anything else (an accessor or lazy slot, a deeper or exotic prototype, a primitive) is
        the generic [[Get]]. ``into``: the temp the value is read into (no other temp then holds
        it; not for ``length``). ``chain``: the prototype chain's path too (a call's callee, most
        often a method on a prototype); without it (a value read: most often an own property)
        only the own-property hit is in line (NON-SPEC: the emitted text, which compile() takes
        time over, is a third as long)."""
        k = self.const(key)
        if self.lean:
            return E(f"_getm({o.text}, {k}, {self.epos(node)})")
        t, first = self.name_once(o)
        if key == "length":
            # (a typed array's: its fast view's length, fast_n, while JSTypedArray.get_length's
            # finding that ``length`` is the %TypedArray.prototype% getter holds)
            tt, f = self.temp(), self.temp()
            # (an arguments object's: its own data Prop, which no mapping aliases)
            return E(f"(float(len({t})) if ({tt} := type({first})) is _str else float({t}.length) "
                     f"if {tt} is _JSArray else ({f} if ({f} := {t}.fast_n) >= 0.0 and {t}.len_epoch == _EP[0] "
                     f"else {t}.get_length()) if {tt} is _TA else {f}.value if {tt} is _JSArgs "
                     f"and type({f} := {t}.props.get({k})) is _Prop and not {f}.flags & 8 "
                     f"else _getm({t}, {k}, {self.epos(node)}))")
        # the own-property hit first (exactly as cheap as before), then the chain for a miss
        v, p, tt = into or self.temp(), self.temp(), self.temp()
        pos = self.epos(node)
        # (an own plain value: not a Prop, not absent)
        # (the default of the get is ABSENT_PROP, a Prop: one type test rules out both a Prop and
        # no property; where it failed, ``v`` is ABSENT_PROP exactly when the key is absent)
        plain = f"type({v} := {t}.props.get({k}, _NP)) is not _Prop"
        # (or an own data Prop -- not ABSENT_PROP, an accessor -- whose value is made: a
        # built-in's read-only or non-enumerable property, ``Math.PI``, ``Number.MAX_VALUE``)
        plain_or_data = f"({plain} or not {v}.flags & 8 and ({v} := {v}.value) is not _M)"
        own = f"{v} if type({first}) is _JSObject and {plain_or_data}"
        string_key = key in STRING_METHOD_NAMES
        miss = self.string_member(t, k, v, pos) if string_key else f"_getm({t}, {k}, {pos})"
        if not chain and not string_key:
            # (a miss of the own hit: the site's cache of an inherited data property, whose
            # entry for the receiver's prototype itself is tested in line; a site that has
            # tried to fill CALLEE_CACHE_FILLS times -- a getter's, an absent key's, one of
            # many prototypes -- reads by _get_member alone, tested first)
            # (an entry of an inherited accessor, None in its third place: its getter's direct
            # entry called with the receiver, where the entry's check holds -- see
            # _fill_accessor_site)
            site, e, g, d = self.const(CalleeSite()), self.temp(), self.temp(), self.temp()
            mc = f"_getmc({t}, {k}, {pos}, {site})"
            miss = (f"_getm({t}, {k}, {pos}) if {site}.fills >= _CCF else {mc} if type({t}) is not _JSObject "
                    f"or {v} is not _NP or {t}.proto is not ({e} := {site}.entry)[0] else {e}[1].value if {e}[2] "
                    f"else {d}({g}, {t}, _ag, _EC) if {e}[2] is None and {e}[3] and "
                    f"({d} := ({g} := {e}[1].getter).code.e0) is not None else {mc}")
            # (an emitted function's own properties live in ``props`` too, but for the lazy
            # prototype, arguments and caller, which are not there until made: a miss; a
            # function's prototype is a data Prop, and so is a built-in constructor's:
            # ``Object.prototype``.) NON-SPEC: a function is looked for first
            # for ``.prototype`` and where the base is a capitalised name (``Strength.REQUIRED``,
            # ``SplayTree.Node``: a constructor's or a namespace's property), not elsewhere,
            # where the extra test costs more than the generic read it saves
            if key == "prototype":
                return E(f"({v}.value if (({tt} := type({first})) is _EF or {tt} is _BF) and type({v} := {t}.props.get({k})) is _Prop and not "
                         f"{v}.flags & 8 else {v} if {tt} is _JSObject and {plain} else {miss})")
            base = getattr(node, "object", None)   # (None: a destructuring pattern's property)
            if base is not None and base.type == "Identifier" and base.name[:1].isupper():
                return E(f"({v} if (({tt} := type({first})) is _JSObject or {tt} is _EF or {tt} is _BF) and {plain_or_data} else {miss})")
            # (then an own property of another class whose own properties such a key finds in
            # ``props`` (CALLEE_TYPES, which the site's filling adds it to): a function's static
            # ``b2Body.e_flag``, ``Object.prototype.hasOwnProperty``)
            return E(f"({v} if ({tt} := type({first})) is _JSObject and {plain_or_data} "
                     f"else {v} if {tt} is not _JSObject and {tt} in _CT and {plain_or_data} else {miss})")
        if into is None:
            # a call's callee (most often a method on the prototype): that hit first, then an
            # own property (a plain value, or a data Prop: Math.floor), then the grandparent's.
            # (With ``into``, a compound assignment's read of a string method's name, the own
            # hit first below: no second temp then holds the value)
            # (the receiver's miss is a membership test, which is cheaper than a get; the third
            # branch makes it again, and ``ab`` keeps its outcome for the fourth, reached only
            # where the third made it)
            ot, tp, ab = self.temp(), self.temp(), self.temp()
            found = f"(type({v}) is not _Prop or not {v}.flags & 8 and ({v} := {v}.value) is not _M)"
            # NON-SPEC: first the site's cache (CalleeSite, filled by _get_callee): the
            # receiver's prototype (the first met, or one of the others), the holder's data
            # Prop, and whether that prototype holds it;
            # while it is being filled, the generic read that fills it; then the inline chain
            # below, which reuses the receiver's type, its miss and its prototype
            site, e = self.const(CalleeSite()), self.temp()
            # (the receiver's class: JSObject, JSArray, or another in CALLEE_TYPES -- identity
            # tests first, a set's test of a class costs twice as much; a lazy function key's
            # site takes JSObject and JSArray alone, as _get_callee fills it for no other)
            others = "" if key in LAZY_FUNCTION_KEYS else f" or {tt} in _CT"
            # (a String.prototype method that no Array or Object method shares the name of --
            # charCodeAt, substring, toLowerCase -- is looked for on a primitive string first)
            string_first = string_key and key not in SHARED_METHOD_NAMES
            receiver_ok = (f"({tt} is _JSObject or {tt} is _JSArray{others})" if string_first
                           else f"(({tt} := type({first})) is _JSObject or {tt} is _JSArray{others})")
            # (then an own property, before the site fills, tested again, as ``ab`` is bound
            # only where the first test got that far)
            own_ok = f"({tt} is _JSObject or {tt} is _JSArray{others}) and {k} in {t}.props"
            # (the object paths after the hit: an own property, the site's filling, the inline
            # chain, the generic read)
            hit = (f"{e}[1].value if {receiver_ok} and {k} not in {t}.props "
                   f"and (({p} := {t}.proto) is ({e} := {site}.entry)[0] or ({e} := {site}.more.get({p})) is not None) "
                   f"and ({e}[2] or {k} not in {p}.props and {e}[3]) ")
            rest = (f"else ({ot} if type({ot}) is not _Prop else {ot}.value) if {own_ok} "
                    f"and (type({ot} := {t}.props[{k}]) is not _Prop or not {ot}.flags & 8 and {ot}.value is not _M) "
                    f"else _getcallee({t}, {k}, {pos}, {site}) if {site}.fills < _CCF "
                    f"else {v} if ({tt} is _JSObject or {tt} is _JSArray) and ({ab} := {k} not in {t}.props) "
                    f"and (({tp} := type({p} := {t}.proto)) is _JSObject or {tp} is _JSArray) "
                    f"and ({v} := {p}.props.get({k}, _M)) is not _M and {found} "
                    f"else {v} if ({tt} is _JSObject or {tt} is _JSArray) and {ab} and ({tp} is _JSObject or {tp} is _JSArray) "
                    f"and {v} is _M and (({tp} := type({p} := {p}.proto)) is _JSObject or {tp} is _JSArray) "
                    f"and ({v} := {p}.props.get({k}, _M)) is not _M and {found} "
                    f"else {miss}")
            if not string_key:
                return E(f"({hit}{rest})")
            # (a primitive string's method, for a String.prototype method's name: the site's
            # entry for the running realm's %String.prototype% (_get_string_callee fills it),
            # else the read there inline; before the object paths' tests, which a string fails
            # one by one, or, for a name only strings have, before the object paths altogether)
            self.uses_G = True
            on_string = (f"({e}[1].value if ({e} := {site}.entry)[0] is G.realm or ({e} := {site}.more.get(G.realm)) is not None "
                         f"else _getstrc({t}, {k}, {pos}, {site}, G.realm) if {site}.fills < _CCF "
                         f"else {self.string_method(t, k, v, pos)})")
            if string_first:
                return E(f"({on_string} if ({tt} := type({first})) is _str else {hit}{rest})")
            return E(f"({hit}else {on_string} if {tt} is _str {rest})")
        return E(f"({own} else {v} if (({tt} := type({t})) is _JSObject and {v} is _NP or {tt} is _JSArray "
                 f"and ({v} := {t}.props.get({k}, _M)) is _M) and "
                 f"(({tt} := type({p} := {t}.proto)) is _JSObject or {tt} is _JSArray) and "
                 f"(({v} := {p}.props.get({k}, _M)) is not _M or "
                 f"(({tt} := type({p} := {p}.proto)) is _JSObject or {tt} is _JSArray) and "
                 f"({v} := {p}.props.get({k}, _M)) is not _M) "
                 f"and (type({v}) is not _Prop or not {v}.flags & 8 and ({v} := {v}.value) is not _M) "
                 f"else {miss})")

    def string_member(self, t: str, k: str, v: str, pos: str) -> str:
        """NON-SPEC: GetValue of ``t.k`` when ``t`` is a primitive string and ``k`` an
        IdentifierName other than ``length``: no string index, so a data property of
        %String.prototype% itself is the value (as expressions.get_member_of_primitive reads
        it); anything else, and any other base, the generic [[Get]]."""
        return f"({self.string_method(t, k, v, pos)} if type({t}) is _str else _getm({t}, {k}, {pos}))"

    def string_method(self, t: str, k: str, v: str, pos: str) -> str:
        """NON-SPEC: string_member's read for ``t`` known to be a primitive string."""
        self.uses_G = True
        sp = self.const("%String.prototype%")
        return (f"({v}.value if type({v} := G.realm.intrinsics[{sp}].props.get({k}, _M)) is _Prop and not {v}.flags & 8 "
                f"and {v}.value is not _M else {v} if {v} is not _M and type({v}) is not _Prop else _getm({t}, {k}, {pos}))")

    def function_method(self, o: E, key: str, general: E) -> E:
        """NON-SPEC: ``g.apply`` / ``g.call`` of an emitted function g (the calls the call sites
        shortcut): with no own property of that name and a built-in function as its prototype
        (%Function.prototype%) holding it as a data Prop, read there inline; else ``general``."""
        k, v, p = self.const(key), self.temp(), self.temp()
        return E(f"({v}.value if type({o.text}) is _EF and {k} not in {o.text}.props and type({p} := {o.text}.proto) "
                 f"is _BF and type({v} := {p}.props.get({k})) is _Prop and not {v}.flags & 8 else {general.text})")

    def e_CallExpression(self, e: Any) -> E:
        return self.call(e, False)

    def arg_list(self, nodes: list[Any], call: bool = True) -> E:
        """ArgumentListEvaluation / ArrayAccumulation (sec-runtime-semantics-argumentlistevaluation):
        the values in order, a spread element iterated to its end before the next one runs; a
        hole (None) is MISSING. The Python list, in a local."""
        a = self.temp()
        if not any(n is None or n.type == "SpreadElement" for n in nodes):
            args = self.operands(nodes)
            self.emit(f"{a} = [{', '.join(x.text for x in args)}]")
            return E(a, "name")
        self.emit(f"{a} = []")
        for n in nodes:
            if n is None:
                self.emit(f"{a}.append(_M)")
            elif n.type == "SpreadElement":
                v = self.expr(n.argument)
                # (the words of its TypeError when the value is not iterable: not_iterable)
                subject = self.const(describe_iterable(n.argument, self.c.ctx.source))
                self.emit(f"{a} += _itlist({v.text}, None, {subject}{', True' if call else ''})")
            else:
                v = self.expr(n)
                self.emit(f"{a}.append({v.text})")
        return E(a, "name")

    def chain_guard(self, v: E) -> None:
        """An optional link ``?.`` on ``v`` (a local): the rest of the chain runs only when it is
        neither undefined nor null (the chain's value stays undefined otherwise)."""
        self.emit(f"if {v.text} is not None and {v.text} is not _NULL:")
        self.ind += 1

    def e_ChainExpression(self, e: Any) -> E:
        """An optional chain (sec-optional-chaining-evaluation): each ``?.`` link opens an ``if``
        around the rest of the chain; a short-circuited chain is undefined."""
        r = self.temp()
        self.emit(f"{r} = None")
        ind = self.ind
        v = self.chain_part(e.expression)
        self.emit(f"{r} = {v.text}")
        self.ind = ind
        return E(r, "name")

    def chain_member(self, n: Any) -> tuple[E, E]:
        """A member link ``o.k`` / ``o?.[k]`` of an optional chain: its base (a local) and value."""
        o = self.spill(self.chain_part(n.object))
        if n.optional:
            self.chain_guard(o)
        return o, self.member_value(o, n)

    def member_value(self, o: E, m: Any) -> E:
        """GetValue of the member ``m`` of the base ``o`` (a local): its key evaluated now (a
        private name: PrivateGet)."""
        if m.property.type == "PrivateIdentifier":
            pn = self.read_name("#" + m.property.name, m.property)
            return E(self.private_get(o, pn))
        if m.computed:
            kl, kv = self.capture(partial(self.expr, m.property))
            self.splice(kl)
            return self.get_index(o, kv, self.epos(m))
        return self.get_named(o, python_string_to_js(m.property.name), m, chain=True)

    def chain_part(self, n: Any) -> E:
        if n.type == "MemberExpression" and n.object.type != "Super":
            return self.chain_member(n)[1]
        if n.type == "CallExpression":
            return self.call(n, True)
        return self.expr(n)

    def call(self, e: Any, chain: bool) -> E:
        """A call (sec-function-calls-runtime-semantics-evaluation); ``chain``: a link of an
        optional chain (its callee's ``?.`` links and its own ``?.()`` guard the rest)."""
        callee = e.callee
        self.makes_calls = True
        desc = self.const(describe_callee(self.c.source_of(callee)))
        if callee.type == "Super":
            # SuperCall (sec-super-keyword-runtime-semantics-evaluation): GetSuperConstructor,
            # the arguments, then Construct and BindThisValue in this constructor's FunctionEnv
            # (an arrow's: its this environment)
            fenv = self.spill(self.this_environment()[0]).text if self.arrow else "env"
            ctor = self.spill(E(f"{fenv}.func.get_prototype_of()" if self.arrow else "self.get_prototype_of()"))
            args = self.arg_list(e.arguments)
            self.set_pos(e)
            return E(f"_supercall({fenv}, {ctor.text}, {args.text})")
        if callee.type == "MemberExpression" and callee.object.type == "Super":
            th, base, k = self.super_reference(callee)
            f = self.spill(E(f"_superget({th.text}, {base.text}, {k.text})"))
            this = th.text
        elif callee.type == "MemberExpression" and callee.property.type == "PrivateIdentifier":
            o, pn = self.private_ref(callee, chain)
            f = self.spill(E(self.private_get(o, pn)))
            this = o.text
        elif callee.type == "ChainExpression":
            # `(a?.b)()`: a parenthesised chain still gives a reference, the call's this is its
            # base (undefined and an undefined callee when it short-circuits)
            this, fv = self.temp(), self.temp()
            self.emit(f"{this} = {fv} = None")
            ind = self.ind
            o, fe = self.chain_member(callee.expression)
            self.emit(f"{fv} = {fe.text}")
            self.emit(f"{this} = {o.text}")
            self.ind = ind
            f = E(fv, "name")
        elif callee.type == "MemberExpression":
            ob = callee.object
            if (not chain and not callee.computed and callee.property.name in ("apply", "call") and ob.type == "MemberExpression"
                    and not ob.computed and ob.property.type == "Identifier" and ob.object.type != "Super"):
                # NON-SPEC: the g.m of ``g.m.apply(...)`` / ``g.m.call(...)`` is most often a
                # method on a prototype (``this.initialize.apply(this, arguments)``): read
                # through the chain path, as a callee is
                o = self.spill(self.get_named(self.expr(ob.object), python_string_to_js(ob.property.name), ob, chain=True))
            else:
                o = self.spill(self.chain_part(ob) if chain else self.expr(ob))
            if chain and callee.optional:
                self.chain_guard(o)
            fm = self.member_value(o, callee)
            if not callee.computed and callee.property.name in ("apply", "call"):
                fm = self.function_method(o, callee.property.name, fm)
            f = self.spill(fm)
            this = o.text
        else:
            ref = self.dynamic_ref(callee.name) if callee.type == "Identifier" else None
            if ref is not None:
                # a with object may bind the name: its value and this come from one reference
                # (sec-evaluatecall step 1.b)
                self.emit(f"pos = {self.pos(callee)}")
                f = self.spill(self.read_dynamic(ref, callee.name))
                this = f"_dynthis({ref}, {self.outer[1]})"
            else:
                f = self.spill(self.chain_part(callee) if chain else self.expr(callee))
                this = "None"
            if callee.type == "Identifier" and callee.name == "eval" and not (chain and e.optional):
                # a direct eval when the callee is %eval% (PerformEval with this environment,
                # FunctionCompiler.direct_eval_call), else an ordinary call; ``eval?.()`` is
                # an ordinary call (an indirect eval)
                eargs = self.arg_list(e.arguments).text
                self.emit(f"pos = {self.epos(e)}")
                cenv, cscope = self.cur_env()
                entry = self.const(self.in_scope(cscope, self.c.direct_eval_entry))
                in_tail = ", True" if getattr(e, "_tail_call", False) and self.ctx.tail_calls else ""
                return E(f"{entry}({f.text}, {this}, {eargs}, {cenv}{in_tail})")
        if chain and e.optional:
            self.chain_guard(f)
        nodes = e.arguments
        # in tail position (syntax/tail_calls.py) of a body whose entries resolve TailCalls
        tail = getattr(e, "_tail_call", False) and not chain and self.ctx.tail_calls
        if len(nodes) > MAX_DIRECT_ARGS or any(n is None or n.type == "SpreadElement" for n in nodes):
            a = self.arg_list(nodes).text
            self.emit(f"pos = {self.epos(e)}")
            if tail:
                return E(f"(_tail({f.text}, {this}, {a}) if isinstance({f.text}, _JSObject) and {f.text}.is_callable "
                         f"else _nc({desc}, None))")
            # an emitted callee takes the list as its positional entry's ``args`` ([[Call]] without its frame)
            fa = self.temp()
            return E(f"({fa}({f.text}, {this}, _ag, _EC, args={a}) if type({f.text}) is _EF and ({fa} := "
                     f"{f.text}.code.direct) is not None else _callg({f.text}, {this}, {a}, {desc}))")
        pa = self.pass_args
        fast = ""
        if (pa is not None and not chain and is_apply_arguments_call(e) and nodes[1].type == "Identifier"
                and self.lookup("arguments") is pa[0]):
            # ``f.apply(x, arguments)`` with %Function.prototype.apply% and a callable f before the
            # arguments object is made: f is called with the argument list (as the closure tier's
            # ExpressionCompiler.compile_apply_arguments); else the object is made for the call
            vals = [self.spill(self.expr(nodes[0])), self.read_name("arguments", nodes[1])]
            g, ta, fp, lst = this, vals[0].text, self.temp(), self.temp()
            fast = (f"({fp}({g}, {ta}, _ag, _EC, args={lst}) if type({g}) is _EF and ({fp} := {g}.code.direct) "
                    f"is not None else {g}.call({ta}, {lst})) if {pa[0].py} is None and type({f.text}) is _BF and "
                    f"{f.text}.impl is _FAPPLY and isinstance({g}, _JSObject) and {g}.is_callable and "
                    f"({lst} := {pa[2]}) is not None else ")
        else:
            # (each value is named twice below, in branches of which one runs)
            vals = [self.spill(v) if v.kind == "expr" else v for v in self.operands(nodes)]
        self.emit(f"pos = {self.epos(e)}")
        fa = self.temp()
        pos_args = "".join(", " + v.text for v in vals)
        a = f"[{', '.join(v.text for v in vals)}]"
        entry = f"({fa} := {f.text}.code.e{len(vals)}) is not None"
        if tail:
            # in tail position (syntax/tail_calls.py): a callee with tail calls of its own goes
            # to this function's trampoline (PrepareForTailCall, runtime/functions.py)
            return E(f"({fast}{fa}({f.text}, {this}, _ag, _EC{pos_args}) if type({f.text}) is _EF and {entry} "
                     f"and {f.text}.code.tail_entry is None else _tail({f.text}, {this}, {a}) "
                     f"if isinstance({f.text}, _JSObject) and {f.text}.is_callable else _nc({desc}, None))")
        # an emitted callee is called straight through its positional entry (it does [[Call]]'s
        # bookkeeping itself)
        direct = f"{fast}{fa}({f.text}, {this}, _ag, _EC{pos_args}) if type({f.text}) is _EF and {entry} else "
        # (the name of a method called as ``o.name(...)``: the built-ins recognised by name below)
        method = (callee.property.name if callee.type == "MemberExpression" and not callee.computed
                  and callee.property.type == "Identifier" else None)
        if method in ("charCodeAt", "charAt") and len(vals) == 1 and not fast:
            # NON-SPEC: %String.prototype.charCodeAt% / charAt of a string at an integral
            # position in range, inline (what their own fast paths return); else the call
            i, n = vals[0].text, self.temp()
            impl = f"_MI[{INLINE_NAMES.index(method)}]"
            si = self.int_key(vals[0])
            if si is not None:
                n = si   # (a loop counter's read that has its int: counter_shadow)
            value = f"float(ord({this}[{n}]))" if method == "charCodeAt" else f"{this}[{n}]"
            num = "" if vals[0].num or si is not None else f"type({i}) is _float and "
            index = f"0 <= {si} < len({this})" if si is not None else f"0 <= {i} < len({this}) and ({n} := _trunc({i})) == {i}"
            direct = (f"{value} if type({this}) is _str and type({f.text}) is _BF and {f.text}.impl is {impl} and "
                      f"{num}{index} else {direct}")
        if method == "push" and len(vals) == 1 and not fast:
            # NON-SPEC: %Array.prototype.push% of one value onto a dense array that stores it
            # itself (extensible, a writable length, no accessor or read-only index on its
            # prototype chain: its own fast path), appended in line; else the call
            direct = (f"_apush({this}, {vals[0].text}) if type({this}) is _JSArray and type({f.text}) is _BF and "
                      f"{f.text}.impl is _MI[{INLINE_NAMES.index('push')}] and {this}.dense is not None and "
                      f"{this}.extensible and {this}.length_writable and {self.index_sets_stay_own(this)} else {direct}")
        if method == "pop" and not vals and not fast:
            # NON-SPEC: %Array.prototype.pop% of a dense array whose last element is present and
            # whose length is writable (its own fast path), in line; else the call
            d = self.temp()
            direct = (f"_apop({this}) if type({this}) is _JSArray and type({f.text}) is _BF and "
                      f"{f.text}.impl is _MI[{INLINE_NAMES.index('pop')}] and ({d} := {this}.dense) and "
                      f"{this}.length_writable and {d}[-1] is not _M else {direct}")
        if method == "hasOwnProperty" and len(vals) == 1 and not fast:
            # NON-SPEC: %Object.prototype.hasOwnProperty% of a String key on an ordinary object
            # (its own fast path: the object's own properties are its props), in line
            key = vals[0].text
            direct = (f"{key} in {this}.props if type({this}) is _JSObject and type({key}) is _str and type({f.text}) is _BF "
                      f"and {f.text}.impl is _MI[{INLINE_NAMES.index('hasOwnProperty')}] else {direct}")
        math = method if not fast else None
        if math in _MATH_INLINE and len(vals) == _MATH_INLINE[math][0]:
            # NON-SPEC: %Math.floor% / ceil / abs / sqrt / round of a Number, %Math.max% / min / imul of two
            # Numbers, where the inline result is what the built-in returns (no zero, NaN or
            # value past 2**52 for floor and ceil, nor a ceil of -1 < x <= 0; max and min of two
            # that differ), in line; else the call
            is_it = f"type({f.text}) is _BF and {f.text}.impl is _MI[{_MATH_INLINE[math][1]}]"
            x = vals[0].text
            xf = "" if vals[0].num else f"type({x}) is _float and "
            if math == "imul":
                # (two Numbers within 2**53: see intrinsics/math.math_imul, whose result this is)
                y = vals[1].text
                yf = "" if vals[1].num else f"type({y}) is _float and "
                direct = (f"float(((_trunc({x}) * _trunc({y}) + 2147483648) & 4294967295) - 2147483648) if {is_it} and {xf}{yf}"
                          f"-9007199254740992.0 < {x} < 9007199254740992.0 and -9007199254740992.0 < {y} < 9007199254740992.0 "
                          f"else {direct}")
            elif math in ("max", "min"):
                y, ok = vals[1].text, self.temp()
                yf = "" if vals[1].num else f"type({y}) is _float and "
                gt = ">" if math == "max" else "<"
                direct = (f"{x} if ({ok} := {is_it} and {xf}{yf}True) and {x} {gt} {y} else "
                          f"{y} if {ok} and {y} {gt} {x} else {direct}")
            else:
                value, test = {
                    "floor": (f"float(_mfloor({x}))", f"-4503599627370496.0 < {x} < 4503599627370496.0 and {x} != 0.0"),
                    "ceil": (f"float(_mceil({x}))", f"({x} > 0.0 or {x} <= -1.0) and -4503599627370496.0 < {x} < 4503599627370496.0"),
                    "abs": (f"_fabs({x})", "True"),
                    "sqrt": (f"_msqrt({x})", f"0.0 <= {x} < _INF"),
                    # (x + 0.5 is exact for 0.5 <= |x| < 2**52, and the result is no zero)
                    "round": (f"float(_mfloor({x} + 0.5))",
                              f"(0.5 <= {x} < 4503599627370496.0 or -4503599627370496.0 < {x} < -0.5)"),
                }[math]
                direct = f"{value} if {is_it} and {xf}{test} else {direct}"
        if method == "call" and callee.object.type != "Super" and vals:
            # ``g.call(x, ...)`` with %Function.prototype.call% (Call(g, x, rest)): an emitted g
            # is called straight too
            fb = self.temp()
            rest = "".join(", " + v.text for v in vals[1:])
            direct += (f"{fb}({this}, {vals[0].text}, _ag, _EC{rest}) if type({f.text}) is _BF and {f.text}.impl is "
                       f"_FCALL and type({this}) is _EF and ({fb} := {this}.code.e{len(vals) - 1}) is not None else ")
            if len(vals) == 2:
                # (``hasOwnProperty.call(o, k)``: its fast path in line, as for ``o.hasOwnProperty(k)``)
                obj, key = vals[0].text, vals[1].text
                direct += (f"{key} in {obj}.props if type({f.text}) is _BF and {f.text}.impl is _FCALL and type({this}) is _BF "
                           f"and {this}.impl is _MI[{INLINE_NAMES.index('hasOwnProperty')}] and type({obj}) is _JSObject "
                           f"and type({key}) is _str else ")
            # (and a built-in g of the running realm through its implementation, as a call of it
            # is: ``Object.prototype.hasOwnProperty.call(o, k)``, ``Array.prototype.slice.call(arguments)``)
            direct += (f"{this}.impl({this}.realm, {vals[0].text}, [{', '.join(v.text for v in vals[1:])}], None) "
                       f"if type({f.text}) is _BF and {f.text}.impl is _FCALL and type({this}) is _BF "
                       f"and {this}.realm is _ag.realm else ")
        # NON-SPEC: a built-in function of the running realm is called straight through its
        # implementation (BuiltinFunction.call without its frame: no realm to switch)
        direct += (f"{f.text}.impl({f.text}.realm, {this}, {a}, None) if type({f.text}) is _BF "
                   f"and {f.text}.realm is _ag.realm else ")
        if self.own_name is not None and not fast and (self.sig is None or len(vals) <= len(self.sig)) and self.own_name == (
                callee.name if callee.type == "Identifier" else method):
            # NON-SPEC (speed): a callee named as the function being emitted that is the running
            # function object itself is this very entry (``f``), in the running realm already
            # (EMITTED_SELF: the callee skips the realm's check)
            self.self_calls = True
            # (in a body for Number arguments, EMITTED_SELF also says they are Numbers: see
            # emit_function; else the callee's guard tests them)
            known = all(i < len(vals) and vals[i].num for i in self.number_positions)
            own = f"f({f.text}, {this}, _ag, {'_ECS' if known else '_EC'}{pos_args})"
            if self.ctx.tail_calls:
                # ``f`` is this body's own entry, not the function's [[Call]]: with calls in tail
                # position it returns the TailCall of one for its entries' trampoline
                # (runtime/functions.enable_tail_calls), run here as they run it
                r = self.temp()
                own = f"(_runtc({r}) if type({r} := {own}) is _TC else {r})"
            direct = f"{own} if {f.text} is self else {direct}"
        return E(f"({direct}_callg({f.text}, {this}, {a}, {desc}))")

    def e_TaggedTemplateExpression(self, e: Any) -> E:
        """A tagged template (sec-tagged-templates-runtime-semantics-evaluation): the tag's
        reference, the site's template object (GetTemplateObject, one per site and realm), the
        substitutions, then the call (``classes.call_tag``, shared with the closure tier)."""
        tag = e.tag
        self.makes_calls = True
        if tag.type == "MemberExpression" and tag.object.type == "Super":
            th, base, k = self.super_reference(tag)
            f = self.spill(E(f"_superget({th.text}, {base.text}, {k.text})"))
            this = th.text
        elif tag.type == "MemberExpression":
            o = self.spill(self.expr(tag.object))
            f = self.spill(self.member_value(o, tag))
            this = o.text
        else:
            f = self.spill(self.expr(tag))
            this = "None"
        quasis = e.quasi.quasis
        cooked = self.const([python_string_to_js(q.value.cooked) if q.value.cooked is not None else None for q in quasis])
        raw = self.const([python_string_to_js(q.value.raw) for q in quasis])
        self.uses_G = True
        t = self.spill(E(f"_tmplobj(G.realm, {self.const(e)}, {cooked}, {raw})"))  # the site: the Parse Node (both tiers)
        subs = self.operands(e.quasi.expressions)
        self.set_pos(e)
        desc = self.const(self.c.source_of(tag))
        tail = bool(getattr(e, "_tail_call", False)) and self.ctx.tail_calls
        return E(f"_calltag({f.text}, {this}, [{', '.join([t.text] + [x.text for x in subs])}], {desc}, {tail})")

    def e_ImportExpression(self, e: Any) -> E:
        """``import(specifier [, options])`` (sec-import-call-runtime-semantics-evaluation): both
        evaluated in order, then EvaluateImportCall with this script's or module's referrer."""
        self.makes_calls = True
        nodes = [e.source] + ([e.options] if getattr(e, "options", None) is not None else [])
        vals = self.operands(nodes)
        options = vals[1].text if len(vals) > 1 else "None"
        referrer = self.const(getattr(self.c, "referrer", None))
        phase = self.const(getattr(e, "phase", None) or "evaluation")
        self.set_pos(e)
        return E(f"_importcall({referrer}, {vals[0].text}, {options}, {phase})")

    def e_NewExpression(self, e: Any) -> E:
        self.makes_calls = True
        desc = self.const(describe_callee(self.c.source_of(e.callee)))
        if any(a.type == "SpreadElement" for a in e.arguments):
            c = self.spill(self.expr(e.callee))
            args = self.arg_list(e.arguments)
            self.set_pos(e)
            return E(f"_new({c.text}, {args.text}, {desc})")
        vals = self.operands([e.callee] + list(e.arguments))
        vals = [self.spill(v) for v in vals]
        self.set_pos(e)
        ct = vals[0].text
        a = ", ".join(v.text for v in vals[1:])
        t, r, o = self.temp(), self.temp(), self.temp()
        n = len(vals) - 1
        # NON-SPEC: a built-in constructor of the running realm, straight through its
        # implementation (BuiltinFunction.construct without its frame: no realm to switch)
        general = (f"{ct}.impl({ct}.realm, None, [{a}], {ct}) if type({ct}) is _BF and {ct}.ctor "
                   f"and {ct}.realm is _ag.realm else _new({ct}, [{a}], {desc})")
        # an emitted base constructor that reads no new.target (``ctor``): its entry for this
        # many arguments, called with the new object (its fields, if any, defined on it)
        if n <= 5:
            # (what it returns: most often undefined, tested first)
            return E(f"(({o} if ({r} := {t}.e{n}({ct}, ({o} := _newthis({ct})), _ag, _ECN{''.join(', ' + v.text for v in vals[1:])})) is None "
                     f"else {r} if isinstance({r}, _JSObject) else {o}) "
                     f"if type({ct}) is _EF and ({t} := {ct}.code).ctor is not None and {t}.e{n} is not None "
                     f"else {general})")
        return E(f"(_newd({ct}, {t}, _ag{''.join(', ' + v.text for v in vals[1:])}) if type({ct}) is _EF "
                 f"and ({t} := {ct}.code.ctor) is not None else {general})")

    def e_UnaryExpression(self, e: Any) -> E:
        op = e.operator
        if op == "typeof":
            if e.argument.type == "Identifier":
                v = self.read_name(e.argument.name, e.argument, for_typeof=True)
            else:
                v = self.expr(e.argument)
            return E(f"_typeof({v.text})")
        if op == "delete":
            return self.delete(e.argument)
        v = self.expr(e.argument)
        if op == "!":
            return E(f"(not {self.truthy(v)})", is_bool=True)
        if op == "void":
            if v.kind == "expr":
                self.emit(v.text)
            return E("None", "const")
        if op == "-":
            c = self.number_value(v)
            if c is not None:
                return E(self.const(-c), "const", num=True, i32=_is_int32(-c))
            if v.num:
                return E(f"(-{v.text})", num=True)
            t = self.temp()
            return E(f"(-{t} if type({t} := {v.text}) is _float else _neg({t}))")
        if op == "+":
            if v.num:
                return v
            t = self.temp()
            return E(f"({t} if type({t} := {v.text}) is _float else _tonum({t}))", num=True)
        if op == "~":
            form = self.int_form(v) if v.num and v.kind != "const" else None
            if form is not None:
                # (on the int of an integral Number: see int_binary)
                ia, lo, hi = self.to_int32_form(form)
                return E(f"float(~{ia})", num=True, i32=True, ival=f"~{ia}", irange=(~hi, ~lo))
            if v.num:
                n, first = self.name_once(v)
                test = f"-2147483649.0 < {first} < 2147483648.0"
                r = E(f"(float(~_trunc({n})) if {test} else _bnot({n}))", num=True, i32=True)
                r.ival = f"~_trunc({n}) if {test} else _trunc(_bnot({n}))"
                return r
            t = self.temp()
            if v.mixed is not None:
                # (another bitwise operator's result: its int where it has one, see mixed_bitwise)
                r = E(f"(float(~{t}) if type({t} := {v.mixed}) is _int else _bnot({t}))")
                r.mixed = f"(~{t} if type({t} := {v.mixed}) is _int else _iov(_bnot({t})))"
                return r
            # (a Number in the int32 range inline, as above; anything else, a BigInt too, the
            # full operation; ``mixed``: the same with the int, see mixed_bitwise)
            test = f"type({t} := {v.text}) is _float and -2147483649.0 < {t} < 2147483648.0"
            r = E(f"(float(~_trunc({t})) if {test} else _bnot({t}))")
            r.mixed = f"(~_trunc({t}) if {test} else _iov(_bnot({t})))"
            return r
        raise Unsupported(op)

    def delete(self, a: Any) -> E:
        """The delete operator (sec-delete-operator-runtime-semantics-evaluation)."""
        if a.type == "Identifier":
            # (sloppy code only: an early error in strict code) a binding the emitter made,
            # or any other declarative one, is not deletable (step 5: DeleteBinding)
            if self.lookup(a.name) is not None:
                return E("False", "const", is_bool=True)
            kind = self.outer_kind(a.name)
            if kind == "global":
                return E(f"_delglobal({self.outer_env(kind)}, {self.const(a.name)})", is_bool=True)
            if kind == "dynamic":
                steps = self.const(self.outer_steps(a.name))
                return E(f"_deldyn({self.outer[1]}, {steps}, {self.const(a.name)})", is_bool=True)
            return E("False", "const", is_bool=True)
        if a.type == "ChainExpression" and a.expression.type == "MemberExpression":
            # `delete a?.b`: true when the chain short-circuits
            r = self.temp()
            self.emit(f"{r} = True")
            ind = self.ind
            m = a.expression
            o = self.spill(self.chain_part(m.object))
            if m.optional:
                self.chain_guard(o)
            k = self.member_key(m)
            self.emit(f"{r} = _delete({o.text}, {k.text}, {self.strict}, {m.computed})")
            self.ind = ind
            return E(r, "name", is_bool=True)
        if a.type != "MemberExpression":
            v = self.expr(a)
            if v.kind == "expr":
                self.emit(v.text)
            return E("True", "const", is_bool=True)
        if a.object.type == "Super":
            # the super reference is evaluated (GetThisBinding, then the key), then a
            # ReferenceError (step 4.b)
            if self.arrow:
                env = self.this_environment()[0].text
                self.emit(f"_dthis({env})")
            elif self.derived:
                self.emit("_dthis(env)")
            if a.computed:
                v = self.expr(a.property)
                if v.kind == "expr":
                    self.emit(v.text)
            self.emit("_delsuper()")
            return E("True", "const", is_bool=True)
        o = self.expr(a.object)
        if a.computed:
            o = self.spill(o)
        k = self.member_key(a)
        return E(f"_delete({o.text}, {k.text}, {self.strict}, {a.computed})", is_bool=True)

    def member_key(self, m: Any) -> E:
        """The key of the member ``m`` as evaluated (ToPropertyKey not yet applied)."""
        if m.computed:
            kl, kv = self.capture(partial(self.expr, m.property))
            self.splice(kl)
            return kv
        return E(self.const(python_string_to_js(m.property.name)), "const")

    def typeof_test(self, e: Any) -> E | None:
        """``typeof x === 'string'`` (``==``, ``!==``, ``!=``, either side): NON-SPEC inline
        tests of the value's Python type for the answers a type decides (a String, a Number, a
        Boolean; an ECMAScript or built-in function object, a plain object or array, null: the
        rest is typeof's), instead of making typeof's string and comparing it; None where
        ``e`` is no such comparison."""
        if e.operator not in ("===", "==", "!==", "!="):
            return None
        for u, lit in ((e.left, e.right), (e.right, e.left)):
            if (u.type == "UnaryExpression" and u.operator == "typeof" and lit.type == "Literal"
                    and type(lit.value) is str and lit.value in _TYPEOF_TESTS):
                break
        else:
            return None
        if u.argument.type == "Identifier":
            v = self.read_name(u.argument.name, u.argument, for_typeof=True)
        else:
            v = self.expr(u.argument)
        t, first = self.name_once(v)
        test = _TYPEOF_TESTS[lit.value].format(t=t, first=first, u=self.temp(), k=self.const(python_string_to_js(lit.value)))
        return E(f"(not {test})" if e.operator[0] == "!" else test, is_bool=True)

    def e_BinaryExpression(self, e: Any) -> E:
        op = e.operator
        if (test := self.typeof_test(e)) is not None:
            return test
        if e.left.type == "PrivateIdentifier":
            # `#x in o` (sec-relational-operators-runtime-semantics-evaluation)
            r = self.spill(self.expr(e.right))
            pn = self.read_name("#" + e.left.name, e.left)
            return E(f"_privin({pn.text}, {r.text})", is_bool=True)
        a, b = self.operands([e.left, e.right])
        r = self.binary(op, a, b)
        if self.int_shadows and op in ("+", "-"):
            # (``i + 1``, ``i - 1``, ``1 + i`` of a loop counter with its int: the same sum of
            # the int, which the element accesses take; see counter_shadow)
            if (si := self.counter_int(a)) is not None and (c := _small_int_literal(e.right)) is not None:
                r.idx = f"({si} {op} {c})"
            elif op == "+" and (si := self.counter_int(b)) is not None and (c := _small_int_literal(e.left)) is not None:
                r.idx = f"({c} + {si})"
        return r

    def name_once(self, x: E) -> tuple[str, str]:
        """How emitted code names ``x`` when it is evaluated once inside a larger expression: its
        name (a temporary for an 'expr'), and the text of its first use (assigning it there)."""
        if x.kind == "expr":
            t = self.temp()
            return t, f"({t} := {x.text})"
        return x.text, x.text

    def equality(self, op: str, a: E, b: E) -> E:
        """``a == b``, ``a != b``, ``a === b``, ``a !== b`` (sec-equality-operators): NON-SPEC
        inline paths for two values of one type that compare by value (Numbers, strings) or by
        identity (anything but a BigInt), and for a comparison with a ``null`` or ``undefined``
        constant (loosely equal to null, undefined and an [[IsHTMLDDA]] object alone); the
        full IsLooselyEqual otherwise (IsStrictlyEqual is false for two types)."""
        strict = op in ("===", "!==")
        neg = op in ("!=", "!==")
        if a.num and b.num:
            return E(f"({a.text} {'!=' if neg else '=='} {b.text})", is_bool=True)
        known = [i for i, x in enumerate((a, b)) if x.num and x.kind != "expr"]
        if known:
            # a Number (a name or constant: when it is read does not matter) and another value:
            # equal when that is a float equal to it (strictly: only then)
            kt = (a, b)[known[0]].text
            n, first = self.name_once((b, a)[known[0]])
            pair = f"{n}, {kt}" if known[0] else f"{kt}, {n}"
            r = (f"(type({first}) is _float and {n} == {kt})" if strict else
                 f"({n} == {kt} if type({first}) is _float else _leq({pair}))")
            return E(f"(not {r})" if neg else r, is_bool=True)
        (na, fa), (nb, fb) = self.name_once(a), self.name_once(b)
        names, firsts = (na, nb), (fa, fb)
        nil = [i for i, x in enumerate((a, b)) if x.kind == "const" and x.text in ("None", "_NULL")]
        if nil:
            c = (a, b)[nil[0]].text
            first, n = firsts[1 - nil[0]], names[1 - nil[0]]
            if strict:
                r = f"({first} is {c})"
            else:
                r = f"({first} is None or {n} is _NULL or (type({n}) not in _NODDA and _leq({n}, None)))"
        else:
            tt = self.temp()
            slow = "_seq" if strict else "_leq"
            r = (f"(({na} == {nb} if {tt} is _float or {tt} is _str else {na} is {nb} if {tt} is not _JSBigInt "
                 f"else {slow}({na}, {nb})) if ({tt} := type({firsts[0]})) is type({firsts[1]}) else "
                 f"{'False' if strict else f'_leq({na}, {nb})'})")
        return E(f"(not {r})" if neg else r, is_bool=True)

    def number_value(self, x: E) -> float | None:
        """The value of an operand that is a Number constant (a constant-table entry), else None."""
        if x.kind == "const" and x.num:
            v = self.consts.get(x.text)
            if type(v) is float:
                return v
        return None

    def string_value(self, x: E) -> str | None:
        """The value of an operand that is a string constant (a constant-table entry), else None."""
        if x.kind == "const":
            v = self.consts.get(x.text)
            if type(v) is str:
                return v
        return None

    def relational(self, op: str, a: E, b: E) -> E | None:
        """NON-SPEC (speed): ``a < b`` (``<=``, ``>``, ``>=``) of two operands not known to be
        Numbers, inline for two floats and for two strings (IsLessThan, sec-islessthan, compares
        strings by code units, as Python compares strings of UTF-16 code units); with a string
        constant, for a string on the other side alone. None when neither operand may be a string
        (a Number constant: ``binary``'s float path)."""
        if self.number_value(a) is not None or self.number_value(b) is not None:
            return None
        (na, fa), (nb, fb) = self.name_once(a), self.name_once(b)
        fast = _INLINE[op].format(a=na, b=nb)
        strings = [self.string_value(x) is not None for x in (a, b)]
        if strings[0] and strings[1]:
            return None   # (two constants: binary's path, which leaves them to the full operation)
        if strings[0] or strings[1]:
            test = f"type({fb if strings[0] else fa}) is _str"
        else:
            tt = self.temp()
            test = f"(({tt} := type({fa})) is type({fb}) and ({tt} is _float or {tt} is _str))"
        return E(f"({fast} if {test} else {_SLOW_NAME[op]}({na}, {nb}))", is_bool=True)

    def plus(self, a: E, b: E) -> E | None:
        """NON-SPEC (speed): ``a + b`` of a string constant and an operand not known to be a
        Number, inline for a string on the other side when the concatenation is shorter than
        ALLOCATION_CHECK_MIN (the length below which ``concat_room`` has nothing to refuse); the
        full operation (``js_add``) otherwise. None for other operands (``binary``'s float path)."""
        if self.number_value(a) is not None or self.number_value(b) is not None:
            return None
        strings = [self.string_value(x) for x in (a, b)]
        if (strings[0] is None) == (strings[1] is None):
            # (two unknown operands keep binary's float path: a string path there made marked's
            # markdown rendering 12-15% slower, unexplained, with the same code run)
            return None
        (na, fa), (nb, fb) = self.name_once(a), self.name_once(b)
        k, first, other = (strings[0], fb, nb) if strings[0] is not None else (strings[1], fa, na)
        room = ALLOCATION_CHECK_MIN - len(k or "")
        if room <= 0:
            return None
        test = f"type({first}) is _str and len({other}) < {room}"
        return E(f"({na} + {nb} if {test} else _add({na}, {nb}))")

    def binary(self, op: str, a: E, b: E) -> E:
        """``a op b``: the float case inline, behind a type guard for each operand not known to
        be a Number (compiler/number_types.py), with the full operation otherwise; what a
        constant operand makes certain (a nonzero divisor, an int32, a shift count) is decided
        here, not at run time."""
        if op in ("==", "!=", "===", "!=="):
            return self.equality(op, a, b)
        if op == "in":
            return E(f"_in({a.text}, {b.text})", is_bool=True)
        if op == "instanceof":
            return E(f"_instanceof({a.text}, {b.text})", is_bool=True)
        if (op in NUMBER_OPS and (va := self.number_value(a)) is not None
                and (vb := self.number_value(b)) is not None):
            # NON-SPEC (speed): on two Number constants (``2 ** 32``, ``1 << 20``) the operation
            # is done once, here, by the function the run-time path calls
            f = NUMBER_OPS[op](va, vb)
            return E(self.const(f), "const", num=True, i32=_is_int32(f))
        if self.lean:  # the full operation alone
            if op in _SLOW_NAME:
                return E(f"{_SLOW_NAME[op]}({a.text}, {b.text})", is_bool=op in _BOOL_OPS)
            return E(f"_binop({self.const(op)}, {a.text}, {b.text})")
        if op in _RELATIONAL and not a.num and not b.num:
            r = self.relational(op, a, b)
            if r is not None:
                return r
        if op == "+" and not a.num and not b.num:
            r = self.plus(a, b)
            if r is not None:
                return r
        if a.num and b.num and op in _INT_FORM_OPS:
            r = self.int_binary(op, a, b)
            if r is not None:
                return r
        if op in _INT32_OPS and (a.mixed is not None or b.mixed is not None):
            r = self.mixed_bitwise(op, a, b)
            if r is not None:
                return r
        ops = (a, b)
        num = number_result(op, a.num, b.num)
        values = (self.number_value(a), self.number_value(b))
        # the fast path on two floats: a template over {a} and {b} (their names) and {ia} and
        # {ib} (their ints), and per operand the conditions ({x}: its name) it needs besides
        conds: tuple[list[str], list[str]] = ([], [])
        i32 = False
        if op in _INLINE:
            fast = _INLINE[op]
        elif op == "/":
            fast = "{a} / {b}"
            if not values[1]:
                conds[1].append("{x}")  # a nonzero divisor
        elif op == "%":
            fast = "{a} % {b}"
            for i in (0, 1):
                v = values[i]
                if v is None or not 0.0 < v < _INF:
                    conds[i].append("0.0 < {x} < _INF")  # Python's % is JS's on these alone
        elif op in _INT32_OPS:
            if values[1] is not None and to_int32(values[1]) == 0 and a.i32 and op in ("|", "^", "<<", ">>"):
                return a  # `x | 0` of an int32
            if values[1] is not None and to_int32(values[1]) == 0 and op in ("|", "^") and values[0] is None:
                # `x | 0` (ToInt32 of x): truncation inside the int32 range, one wrap of the
                # truncated integer for any other finite Number (hash loops: `(h * 31 + c) | 0`)
                t, first = self.name_once(a)
                slow = f"{_SLOW_NAME[op]}({t}, {b.text})"
                num = number_result(op, a.num, b.num)
                on_number = (f"(float(_trunc({t})) if -2147483649.0 < {first if a.num else t} < 2147483648.0 else "
                             f"float((_trunc({t}) + 2147483648 & 4294967295) - 2147483648) if -_INF < {t} < _INF else {slow})")
                if a.num:
                    return E(on_number, num=num, i32=num)
                return E(f"({on_number} if type({first}) is _float else {slow})", num=num, i32=num)
            ints = []
            for i in (0, 1):
                v = values[i]
                count = i == 1 and op in ("<<", ">>", ">>>")
                unsigned = i == 0 and op == ">>>"
                if v is not None:
                    ints.append(self.const(to_uint32(v) & 31 if count else to_uint32(v) if unsigned else to_int32(v)))
                    continue
                ix = "{ia}" if i == 0 else "{ib}"
                if not ops[i].i32:
                    # (a shift count's low five bits and ToUint32 are those of the truncated
                    # integer of any finite Number, `w[i] >>> 7` of a sum of uint32 words; ToInt32
                    # is truncation inside the int32 range, anything else goes to the full
                    # operation, whose Number paths wrap: an inline wrap cost every in-range use)
                    conds[i].append("-_INF < {x} < _INF" if count or unsigned else "-2147483649.0 < {x} < 2147483648.0")
                ints.append(f"({ix} & 31)" if count else f"({ix} & 4294967295)" if unsigned else ix)
            ia, ib = ints
            if values[1] is not None and to_int32(values[1]) == 0 and op in ("|", "^", "<<", ">>"):
                ival = ia  # ToInt32 of the left operand
            elif op == "<<":  # ToInt32 of the shifted value: wrap into [-2**31, 2**31)
                ival = f"(({ia} << {ib}) + 2147483648 & 4294967295) - 2147483648"
            elif op in (">>", ">>>"):
                ival = f"{ia} >> {ib}"
            else:
                ival = f"{ia} {op} {ib}"
            fast = "float(" + ival + ")"
            i32 = num and op != ">>>"
        else:
            fast = ""  # `**`: the Number operation
        known = a.num and b.num
        if known and not conds[0] and not conds[1]:
            # nothing to test: the operands' texts in place
            texts = {"a": a.text, "b": b.text, "ia": f"({a.ival})" if a.ival else f"_trunc({a.text})",
                     "ib": f"({b.ival})" if b.ival else f"_trunc({b.text})"}
            if not fast:
                return E(f"{_NUM_NAME[op]}({a.text}, {b.text})", num=True)
            ival_text = ival.format(**texts) if op in _INT32_OPS else None
            return E(f"({fast.format(**texts)})", num=num, is_bool=op in _BOOL_OPS, i32=i32, ival=ival_text)
        # each operand is named once: an 'expr' by a temporary assigned where it is evaluated
        # first, before any test that can fail (the slow path needs both)
        names = [self.temp() if x.kind == "expr" else x.text for x in ops]
        exprs = [i for i in (0, 1) if ops[i].kind == "expr"]
        tests: list[str] = []
        guarded = [i for i in (0, 1) if not ops[i].num and ops[i].kind != "expr"]
        if len(exprs) == 2:
            (ta, tb), (xa, xb) = names, (a.text, b.text)
            if not a.num:
                tests.append(f"type({ta} := {xa}) is type({tb} := {xb})" + ("" if b.num else " is _float"))
            else:
                tests.append(f"({ta} := {xa}) is not None")
                tests.append(f"({tb} := {xb}) is not None" if b.num else f"type({tb} := {xb}) is _float")
        elif exprs:
            i = exprs[0]
            x, t = ops[i], names[i]
            if not x.num:
                tests.append(f"type({t} := {x.text}) is _float")
            elif conds[i]:
                tests.append(conds[i].pop(0).format(x=f"({t} := {x.text})"))
            else:
                tests.append(f"({t} := {x.text}) is not None")  # (a float: true)
        if len(guarded) == 2 and names[0] != names[1]:
            tests.append(f"type({names[0]}) is type({names[1]}) is _float")
        elif guarded:
            tests.append(f"type({names[guarded[0]]}) is _float")
        for i in (0, 1):
            tests.extend(c.format(x=names[i]) for c in conds[i])
        na, nb = names
        if known:
            slow = f"{_NUM_NAME[op]}({na}, {nb})"
        elif op == "+":
            slow = f"_add({na}, {nb})"
        elif op in _INLINE:
            slow = f"{_SLOW_NAME[op]}({na}, {nb})"
        else:
            slow = f"_binop({self.const(op)}, {na}, {nb})"
        if not fast:
            fast = _NUM_NAME[op] + "({a}, {b})"
        texts = {"a": na, "b": nb, "ia": f"_trunc({na})", "ib": f"_trunc({nb})"}
        r = E(f"({fast.format(**texts)} if {' and '.join(tests)} else {slow})", num=num,
              is_bool=op in _BOOL_OPS, i32=i32)
        if op in _INT32_OPS:
            ifast = ival.format(**texts)
            if _int32_result(op, values[1]):
                r.mixed = f"({ifast} if {' and '.join(tests)} else _iov({slow}))"
            if num:
                # (the full operation's result is a Number too: the int of either)
                r.ival = f"{ifast} if {' and '.join(tests)} else _trunc({slow})"
                shift = to_uint32(values[1]) & 31 if values[1] is not None else 0
                r.irange = _INT32_RANGE if op != ">>>" else (0, 4294967295 >> shift)
        return r

    def mixed_bitwise(self, op: str, a: E, b: E) -> E | None:
        """NON-SPEC (speed): ``a op b``, a bitwise operator or shift, where an operand is another
        one's result on operands not known to be Numbers (``E.mixed``: its int when it is a Number,
        from either path), so that a chain of them (``t0[a >>> 24] ^ t1[b >> 16 & 255] ^ ...`` of array
        elements) stays on ints from one operator to the next: one test of each operand's type
        (both evaluated first, in order), the int operation, and the full operation (on the
        operands' JS values) when a test fails. None for operands it does not take (a known
        Number that is not a name or constant)."""
        values = (self.number_value(a), self.number_value(b))
        firsts: list[str] = []   # per operand, the test that evaluates it (or "")
        conds: list[str] = []    # the tests of the operands' values, after both are evaluated
        ints: list[str] = []
        slows: list[str] = []
        for i, x in enumerate((a, b)):
            count = i == 1 and op in ("<<", ">>", ">>>")
            unsigned = i == 0 and op == ">>>"
            v = values[i]
            if v is not None:
                ints.append(str(to_uint32(v) & 31 if count else to_uint32(v) if unsigned else to_int32(v)))
                firsts.append("")
                slows.append(x.text)
                continue
            if x.num and x.kind == "expr":
                return None
            t = self.temp() if x.kind == "expr" else x.text
            first = f"({t} := {x.text})" if x.kind == "expr" else t
            if x.mixed is not None:
                first = f"({t} := {x.mixed})"
                firsts.append(f"(type({first}) is _int)")
                slows.append(f"(_float({t}) if type({t}) is _int else {t})")
                it = t   # (an int32)
            else:
                if x.num:
                    firsts.append("")
                else:
                    firsts.append(f"(type({first}) is _float)")
                slows.append(t)
                if not x.i32:
                    conds.append(f"-_INF < {t} < _INF" if count or unsigned else f"-2147483649.0 < {t} < 2147483648.0")
                it = f"_trunc({t})"
            ints.append(f"({it} & 31)" if count else f"({it} & 4294967295)" if unsigned else it)
        ia, ib = ints
        if op == "<<":
            ival = f"(({ia} << {ib}) + 2147483648 & 4294967295) - 2147483648"
        elif op in (">>", ">>>"):
            ival = f"{ia} >> {ib}"
        else:
            ival = f"{ia} {op} {ib}"
        tests = " & ".join(f for f in firsts if f)
        test = " and ".join([tests] + conds) if tests else " and ".join(conds)
        slow = f"_binop({self.const(op)}, {slows[0]}, {slows[1]})"
        num = number_result(op, a.num, b.num)
        r = E(f"(float({ival}) if {test} else {slow})", num=num, i32=num and _int32_result(op, values[1]))
        if _int32_result(op, values[1]):
            r.mixed = f"({ival} if {test} else _iov({slow}))"
        return r

    def int_form(self, x: E) -> tuple[str, int, int] | None:
        """NON-SPEC (speed): for an operand known to be an integral Number (``irange``), a
        Python int expression of its value and the value's bounds; None for any other."""
        v = self.number_value(x)
        if v is not None:
            if not _is_int32(v) and not (v.is_integer() and v != 0 and -_SAFE <= v <= _SAFE):
                return None
            i = int(v)
            return (str(i) if i >= 0 else f"({i})"), i, i
        if not x.num or x.irange is None:
            return None
        lo, hi = x.irange
        return (f"({x.ival})" if x.ival is not None else f"_trunc({x.text})"), lo, hi

    def to_int32_form(self, form: tuple[str, int, int], test: bool = False) -> tuple[str, int, int]:
        """ToInt32 (sec-toint32) of an int form: itself inside the int32 range, else its low 32
        bits as a signed integer (``test``: behind a test of the range, for an int that is
        mostly inside it)."""
        text, lo, hi = form
        if -2147483648 <= lo and hi <= 2147483647:
            return form
        if test:
            t = self.temp()
            return (f"({t} if -2147483649 < ({t} := {text}) < 2147483648 else "
                    f"({t} + 2147483648 & 4294967295) - 2147483648)", *_INT32_RANGE)
        return f"((({text}) + 2147483648 & 4294967295) - 2147483648)", *_INT32_RANGE

    def int_binary(self, op: str, a: E, b: E) -> E | None:
        """NON-SPEC (speed): ``a op b`` of two integral Numbers (``irange``, compiler/number_types.py
        proves the locals' int32s) computed on Python ints: the operators of ints in a tree of
        them take each other's ints, and the float is made once, where the value is used as a
        Number (``text``). ``+ - *`` while the result is exact in a float (its bounds within
        2**53, and no ``-0``: ``0 * -1``); the bitwise operators ToInt32 / ToUint32 of the
        operands (sec-numberbitwiseop, sec-numeric-types-number-leftShift and the shifts after
        it) wrap the Python result once (its low 32 bits: the same as those of the operands'),
        or not at all where the bounds show it within the int32 range. None for other operands
        (``binary``'s float paths)."""
        fa, fb = self.int_form(a), self.int_form(b)
        if fa is None or fb is None:
            return None
        (ia, alo, ahi), (ib, blo, bhi) = fa, fb
        if op in ("+", "-", "*"):
            if op == "+":
                lo, hi = alo + blo, ahi + bhi
            elif op == "-":
                lo, hi = alo - bhi, ahi - blo
            else:
                ends = (alo * blo, alo * bhi, ahi * blo, ahi * bhi)
                lo, hi = min(ends), max(ends)
                if alo <= 0 <= ahi and blo < 0 or blo <= 0 <= bhi and alo < 0:
                    return None  # (0 * -1 is -0)
            if lo < -_SAFE or hi > _SAFE:
                return None
            irange = (lo, hi)
            i32 = -2147483648 <= lo and hi <= 2147483647
            if a.ival is None and b.ival is None:
                # (two floats: their float operation is exact, and cheaper than two _trunc)
                return E(f"({a.text} {op} {b.text})", num=True, i32=i32, irange=irange)
            ival = f"{ia} {op} {ib}"
            return E(f"float({ival})", num=True, i32=i32, ival=ival, irange=irange)
        count = None
        if op in ("<<", ">>", ">>>"):
            count = blo & 31 if blo == bhi else None
            sb = str(count) if count is not None else f"({ib} & 31)"
        if op in ("|", "^", "<<", ">>") and blo == bhi and to_int32(float(blo)) == 0:
            # ``x | 0``: ToInt32 of x alone
            text, lo, hi = self.to_int32_form(fa, test=True)
        elif op in ("&", "|", "^"):
            # (the low 32 bits of ``ia op ib`` are those of ToInt32 of each)
            if op == "&" and (alo >= 0 or blo >= 0):
                lo, hi = 0, min(h for l, h in ((alo, ahi), (blo, bhi)) if l >= 0)
            else:
                bits = max((v if v >= 0 else ~v).bit_length() for v in (alo, ahi, blo, bhi))
                lo, hi = (0 if alo >= 0 and blo >= 0 else -(1 << bits)), (1 << bits) - 1
            text, lo, hi = self.to_int32_form((f"{ia} {op} {ib}", lo, hi))
        elif op == "<<":
            if count is not None:
                text, lo, hi = self.to_int32_form((f"{ia} << {count}", alo << count, ahi << count))
            else:
                text, lo, hi = self.to_int32_form((f"{ia} << {sb}", -_SAFE << 32, _SAFE << 32))
        elif op == ">>":
            ia, alo, ahi = self.to_int32_form(fa)
            text = f"{ia} >> {sb}"
            lo, hi = (alo >> count, ahi >> count) if count is not None else (min(alo, 0), max(ahi, 0))
        else:  # >>>: ToUint32 of the left operand
            if alo < 0 or ahi > 4294967295:
                ia, alo, ahi = f"({ia} & 4294967295)", 0, 4294967295
            text = f"{ia} >> {sb}"
            lo, hi = (alo >> count, ahi >> count) if count is not None else (0, ahi)
        return E(f"float({text})", num=True, i32=-2147483648 <= lo and hi <= 2147483647, ival=text,
                 irange=(lo, hi))

    def step(self, old: E, delta: int) -> tuple[str, str]:
        """``old`` ToNumeric'ed and stepped by ``delta``: the Python names of both values."""
        new = self.temp()
        oldn = self.temp()
        self.emit(f"if type({old.text}) is _float:")
        self.emit(f" {oldn} = {old.text}")
        self.emit(f" {new} = {old.text} + {self.const(float(delta))}")
        self.emit("else:")
        self.emit(f" {oldn}, {new} = _upd({old.text}, {delta})")
        return oldn, new

    def e_UpdateExpression(self, e: Any) -> E:
        delta = 1 if e.operator == "++" else -1
        arg = e.argument
        b = self.lookup(arg.name) if arg.type == "Identifier" else None
        if b is not None and b.py is not None and not b.const and not b.funcname and \
                not b.needs_tdz_check(arg):
            # a Python local, stepped in place (a Number without a test)
            old, one, v = self.read_name(arg.name, arg), self.const(float(delta)), b.py
            if not e.prefix and id(e) not in self.unused:
                if old.num:
                    t = self.temp()
                    self.emit(f"{t} = {v}")
                    self.emit(f"{v} = {t} + {one}")
                    return E(t, "name", True)
                oldn, new = self.step(self.spill(old), delta)
                self.emit(f"{v} = {new}")
                return E(oldn, "name")
            self.emit(f"{v} = {v} + {one}" if old.num else f"{v} = {v} + {one} if type({v}) is _float else _upd({v}, {delta})[1]")
            return E(v, "name", old.num)
        if arg.type == "Identifier":
            ref = self.dynamic_ref(arg.name)
            old = self.spill(self.read_dynamic(ref, arg.name) if ref is not None else self.read_name(arg.name, arg))
            oldn, new = self.step(old, delta)
            self.assign_name(arg.name, E(new, "name"), arg, ref=ref)
            return E(new if e.prefix else oldn, "name")
        if arg.type == "CallExpression":
            return self.call_target(arg)
        if arg.property.type == "PrivateIdentifier" or arg.object.type == "Super":
            get, put = self.special_reference(arg)
            oldn, new = self.step(self.spill(E(get)), delta)
            put(new)
            return E(new if e.prefix else oldn, "name")
        o = self.spill(self.expr(arg.object))
        if arg.computed:
            kl, kv = self.capture(partial(self.expr, arg.property))
            self.splice(kl)
            kv = kv if self.counter_int(kv) is not None else self.hold(kv)   # (as in e_AssignmentExpression)
        else:
            key = python_string_to_js(arg.property.name)
            kv = E(self.const(key), "const")
        if arg.computed or key != "length":
            # NON-SPEC fast path: an own plain Number (own_number_test) read, stepped and
            # stored in one test; anything else as below
            oldn, new = self.temp(), self.temp()
            one = self.const(float(delta))
            self.own_number_branches(o, kv, arg.computed, "", lambda p, store: [f"{oldn} = {p}", f"{new} = {p} + {one}", *store(new)],
                                     arg)
            self.ind += 1
            oldg, newg = self.member_step(o, kv, arg, delta)
            self.emit(f"{oldn} = {oldg}")
            self.emit(f"{new} = {newg}")
            self.ind -= 1
            return E(new if e.prefix else oldn, "name")
        oldn, new = self.member_step(o, kv, arg, delta)
        return E(new if e.prefix else oldn, "name")

    def own_number_branches(self, o: E, k: E, computed: bool, also: str, body: Callable[[str, Callable[[str], list[str]]], list[str]],
                            node: Any) -> None:
        """NON-SPEC: ``if``/``elif`` for each test that the property ``k`` of ``o`` is a Number
        stored as itself (own_number_test) and ``also`` holds, each running ``body(value,
        store)``'s lines, ``store(v)`` the lines that store the Number ``v`` back; then ``else:``,
        whose block the caller emits."""
        p = self.temp()
        for n, (test, store) in enumerate(self.own_number_test(o, k, computed, p, node)):
            self.emit(f"{'elif' if n else 'if'} {test}{also}:")
            for line in body(p, store):
                self.emit(" " + line)
        self.emit("else:")
        # (a value the tests read that was no Number lets go: a string that an append then
        # extends must be held once to be appended in place)
        self.emit(f" {p} = None")

    def own_number_test(self, o: E, k: E, computed: bool, p: str, node: Any) -> list[tuple[str, Callable[[str], list[str]]]]:
        """NON-SPEC: the tests that the property ``k`` of ``o`` is a Number read into ``p`` that
        [[Set]] of a Number stores back in the same place -- an element of a dense array (not a
        hole), or an own plain value of an ordinary object (a writable data property), which
        [[Get]] reads and [[Set]] overwrites in place, as OrdinarySet and an Array's
        [[DefineOwnProperty]] of an index below its length do; an in-bounds element of a
        typed array with a fast view (its [[Get]] and [[Set]] of a valid integer index,
        TypedArrayGetElement and TypedArraySetElement, never reach the prototype chain) --
        each with the function giving the lines that store a Number there: for a typed
        array, in the fast view when no conversion but fast_conv's is needed (see
        JSTypedArray.__init__), else by the generic set (wrapping, NaN ...)."""
        own_plain = (f"type({o.text}) is _JSObject and type({p} := {o.text}.props.get({k.text})) is _float",
                     lambda v: [f"{o.text}.props[{k.text}] = {v}"])
        if computed:
            d, i = self.temp(), self.temp()
            ktype = "" if k.num else f"type({k.text}) is _float and "
            si = self.int_key(k)

            def typed(i: str, test: str) -> tuple[str, Callable[[str], list[str]]]:
                return (f"type({o.text}) is _TA and {test} and ({p} := _float({o.text}.fast[{i}])) is not None",
                        lambda v: [f"if {o.text}.fast_lo < {v} < {o.text}.fast_hi:",
                                   f" {o.text}.fast[{i}] = {o.text}.fast_conv({v})",
                                   "else:",
                                   f" _seti({o.text}, {k.text}, {v}, {self.strict}, {self.epos(node)})"])
            if si is not None:
                # (a loop counter's read that has its int: counter_shadow; an index literal)
                return [(f"type({o.text}) is _JSArray and ({d} := {o.text}.dense) is not None and 0 <= {si} < len({d}) "
                         f"and type({p} := {d}[{si}]) is _float", lambda v: [f"{d}[{si}] = {v}"]),
                        typed(si, f"0 <= {si} < {o.text}.fast_n")]
            element = (f"type({o.text}) is _JSArray and {ktype}({d} := {o.text}.dense) is not None and 0 <= {k.text} < len({d}) "
                       f"and type({p} := {d}[({i} := _trunc({k.text}))]) is _float and {i} == {k.text}", lambda v: [f"{d}[{i}] = {v}"])
            ta = typed(i, f"{ktype}0.0 <= {k.text} < {o.text}.fast_n and ({i} := _trunc({k.text})) == {k.text}")
            # (a String key of an ordinary object: ``counts[word]++``)
            return [element, ta] if k.num else [element, ta, (f"type({k.text}) is _str and {own_plain[0]}", own_plain[1])]
        return [own_plain]

    def member_step(self, o: E, kv: E, arg: Any, delta: int) -> tuple[str, str]:
        """``o[kv]++`` / ``o.k++`` (and the decrements) the general way: the old value
        ToNumeric'ed and the new one, as Python names."""
        if arg.computed:
            k = self.reference_key(o, kv, self.pos(arg))
            old = self.spill(self.get_index(o, k, self.pos(arg)))
        else:
            k = kv
            old = self.spill(self.get_named(o, python_string_to_js(arg.property.name), arg))
        oldn, new = self.step(old, delta)
        self.put_member(o, k, E(new, "name"), arg.computed, arg)
        return oldn, new

    def put_member(self, o: E, k: E, v: E, computed: bool, node: Any) -> None:
        if computed:
            # NON-SPEC inline path: overwrite an element of a dense array (not a hole)
            d, i = self.temp(), self.temp()
            ktype = "" if k.num else f"type({k.text}) is _float and "
            t = self.temp()
            # (``kc``: the key as compared with a length; ``integral(i)``: the test that binds
            # ``i`` to the key's int and finds the key integral -- none for a loop counter's
            # read that has its int, counter_shadow's, which is then ``i``)
            si = self.int_key(k)
            kc = k.text if si is None else si
            if si is not None:
                ktype, i = "", si

            def integral(i: str) -> str:
                return "" if si is not None else f" and ({i} := _trunc({k.text})) == {k.text}"
            self.emit(f"if ({t} := type({o.text})) is _JSArray and {ktype}({d} := {o.text}.dense) is not None and "
                      f"0 <= {kc} < len({d}){integral(i)} and {d}[{i}] is not _M:")
            self.emit(f" {d}[{i}] = {v.text}")
            # NON-SPEC inline path: fill a hole of a dense array, or append to it, where the
            # element is then created on the array (set_index's fast paths)
            self.emit(f"elif {t} is _JSArray and {ktype}({d} := {o.text}.dense) is not None and 0 <= {kc} <= len({d})"
                      f"{integral(i)} and {o.text}.extensible and {self.index_sets_stay_own(o.text)} "
                      f"and ({i} < len({d}) or {o.text}.length_writable):")
            self.emit(f" if {i} < len({d}):")
            self.emit(f"  {d}[{i}] = {v.text}")
            self.emit(" else:")
            self.emit(f"  {d}.append({v.text})")
            self.emit(f"  {o.text}.length = {i} + 1")
            # NON-SPEC inline path: a Number stored in an in-bounds element of a typed array
            # with a fast view (Uint8Clamped has none) when it is within the element type's
            # bounds, converted by the array's fast_conv (see JSTypedArray.__init__); an
            # integral Number as an int (it stores unchanged in every format); an integral
            # constant in 0..127 needs no bounds; set_index does the rest (wrapping, NaN ...)
            c = self.consts.get(v.text, MISSING) if v.kind == "const" else MISSING
            if type(c) is float and _is_int32(c) and 0 <= c <= 127:
                self.emit(f"elif {t} is _TA and {ktype}0.0 <= {kc} < {o.text}.fast_n{integral(i)}:")
                self.emit(f" {o.text}.fast[{i}] = {self.const(int(c))}")
            elif v.num or v.kind != "const" or type(c) is float:
                vtype = "" if v.num or type(c) is float else f"type({v.text}) is _float and "
                self.emit(f"elif {t} is _TA and {vtype}{ktype}0.0 <= {kc} < {o.text}.fast_n"
                          f"{integral(i)} and {o.text}.fast_lo < {v.text} < {o.text}.fast_hi:")
                if type(c) is float and _is_int32(c):
                    self.emit(f" {o.text}.fast[{i}] = {self.const(int(c))}")
                else:
                    conv = "_trunc" if v.i32 else f"{o.text}.fast_conv"
                    self.emit(f" {o.text}.fast[{i}] = {conv}({v.text})")
            # NON-SPEC inline path: a String key, or an integral Number below len(INDEX_KEYS)
            # (whose key is made once), of an ordinary object, as put_member's named path: an own
            # plain data property overwritten, a new one added by _put_new
            p, key = self.temp(), self.temp()
            num = (f"{ktype}0 <= {kc} < {len(INDEX_KEYS)}{integral(i)} "
                   f"and type({p} := {o.text}.props.get(({key} := _IK[{i}]), _M)) is not _Prop")
            if not k.num and si is None:
                num = (f"type({key} := {k.text}) is _str and type({p} := {o.text}.props.get({key}, _M)) "
                       f"is not _Prop or {num}")
            self.emit(f"elif {t} is _JSObject and ({num}):")
            self.emit(f" if {p} is not _M:")
            self.emit(f"  {o.text}.props[{key}] = {v.text}")
            self.emit(" else:")
            self.emit(f"  _putnew({o.text}, {key}, {v.text}, {self.strict}, {self.epos(node)})")
            self.emit("else:")
            self.emit(f" _seti({o.text}, {k.text}, {v.text}, {self.strict}, {self.epos(node)})")
            return
        c, g, d = self.temp(), self.temp(), self.temp()
        setters = CalleeSite()
        site, ss = self.const([MISSING, -1, None, setters]), self.const(setters)  # see _put_new
        # (an array keeps a key that is no index nor ``length`` in ``props`` as an ordinary
        # object does: JSArray.set's named path in line; an IdentifierName is no index)
        array = "" if self.consts.get(k.text) == "length" else f" or {c} is _JSArray"
        self.emit(f"if (({c} := type({o.text})) is _JSObject{array}) and type({c} := {o.text}.props.get({k.text}, _M)) is not _Prop:")
        self.emit(f" if {c} is not _M or {o.text}.extensible and ({c} := {site})[0] is {o.text}.proto and {c}[1] == _EP[0]:")
        self.emit(f"  {o.text}.props[{k.text}] = {v.text}")
        # (no own property: an inherited accessor's setter, cached by _put_new, called with the
        # receiver where the entry for its prototype holds -- see _fill_accessor_site)
        self.emit(f" elif {o.text}.proto is ({c} := {ss}.entry)[0] and {c}[3] and "
                  f"({d} := ({g} := {c}[1].setter).code.e1) is not None:")
        self.emit(f"  {d}({g}, {o.text}, _ag, _EC, {v.text})")
        self.emit(" else:")
        self.emit(f"  _putnew({o.text}, {k.text}, {v.text}, {self.strict}, {self.epos(node)}, {site})")
        self.emit("else:")
        self.emit(f" _putm({o.text}, {k.text}, {v.text}, {self.strict}, {self.epos(node)})")

    def e_AssignmentExpression(self, e: Any) -> E:
        op = e.operator
        left = e.left
        if left.type in ("ObjectPattern", "ArrayPattern"):
            v = self.spill(self.expr(e.right))
            self.set_pos(e)
            self.bind_pattern(left, v, False, True, e.right)
            return v
        if op in ("&&=", "||=", "??="):
            return self.logical_assignment(e)
        if left.type == "Identifier":
            name = left.name
            ref = self.dynamic_ref(name)
            if op == "=":
                operands = _append_chain(e.right, name)
                if operands is not None and ref is None and (id(e) in self.unused or id(e) in self.cv_only) \
                        and not self.num_reads.get(id(operands[0]), 0):
                    # `x = x + y`: what `x += y` does (x resolved once either way), appended in
                    # place; `x = x + y + z ...` too, each operand appended in turn
                    appended = self.append_in_place(name, e, operands[1] if len(operands) == 2 else operands[1:])
                    if appended is not None:
                        return appended
                resolved = None
                if ref is None and self.in_scope(self.outer[0], lambda: self.c.resolves_before_value(
                        name, e.right, self.strict, lambda n: self.lookup(n) is not None)):
                    # (a global the right side could make: resolved first, Compiler.resolves_before_value)
                    resolved = self.temp()
                    self.uses_G = True
                    self.emit(f"{resolved} = G.has_binding({self.const(name)})")
                # NamedEvaluation only for a bare identifier: `(f) = function () {}` names nothing
                v = self.expr(e.right) if e.range[0] != left.range[0] else self.named_value(e.right, name)
                if resolved is not None:
                    v = self.spill(v)
                    self.emit(f"if not {resolved}:")
                    self.emit(f" _nd({self.const(name)}, {self.const(self.c.assign_op_position(left))})")
            else:
                if op == "+=" and (id(e) in self.unused or id(e) in self.cv_only):
                    appended = self.append_in_place(name, e, e.right) if ref is None else \
                        self.append_dynamic(name, e, ref)
                    if appended is not None:
                        return appended
                old = self.read_dynamic(ref, name) if ref is not None else self.read_name(name, left)
                if old.kind == "name" and old.num:
                    # a local holding a Number: copied only when the right side's statements
                    # could assign it
                    lines, r = self.capture(partial(self.expr, e.right))
                    if lines:
                        old = self.spill(old)
                        self.splice(lines)
                else:
                    old = self.spill(old)
                    r = self.expr(e.right)
                v = self.binary(op[:-1], old, r)
            return self.assign_name(name, v, left, ref=ref)
        if left.type == "CallExpression":
            return self.call_target(left)
        if left.property.type == "PrivateIdentifier" and left.object.type != "Super" and op == "+=" \
                and (id(e) in self.unused or id(e) in self.cv_only) and not self.lean:
            self.private_append(e)
            return E("None", "const")
        if left.object.type == "Super" or left.property.type == "PrivateIdentifier":
            # (``=``: ToPropertyKey of a super reference's computed key waits for PutValue)
            get, put = self.special_reference(left, op != "=")
            if op == "=":
                v = self.spill(self.expr(e.right))
            else:
                old = self.spill(E(get))
                v = self.spill(self.binary(op[:-1], old, self.spill(self.expr(e.right))))
            put(v.text)
            return v
        o = self.spill(self.expr(left.object))
        if left.computed:
            kl, kv = self.capture(lambda: self.expr(left.property))
            self.splice(kl)
            # (a loop counter's read with its int stays itself: nothing in the loop's test or
            # body assigns the counter; counter_shadow)
            k = kv if self.counter_int(kv) is not None else self.spill(kv)
        else:
            k = E(self.const(python_string_to_js(left.property.name)), "const")
        if op in _NUMBER_UPDATE_OPS and (left.computed or left.property.name != "length"):
            r = self.pure_operand(e.right)
            if r is not None:
                # NON-SPEC fast path: an own plain Number (own_number_test) and a Number read,
                # computed and stored in one test (the right side, a constant or a Python local,
                # read before the property unobservably); anything else as below. Two Numbers:
                # the operation is the Number one (sec-applystringornumericbinaryoperator, step
                # 7), which runs no code and throws nothing, so ``binary``'s text of it, inline
                # path and slow path alike, is stored as it is
                res = self.temp()
                r_num = "" if r.num else f" and type({r.text}) is _float"
                rn = E(r.text, r.kind, num=True)
                self.ind += 1
                slow_lines, slow = self.capture(lambda: self.member_assignment(e, o, k))
                self.ind -= 1
                # (where the general path sets the completion value itself, this one does too)
                cv = [f"env.cv = {res}"] if id(e) in self.cv_set else []

                def body(p: str, store: Callable[[str], list[str]]) -> list[str]:
                    lines, v = self.capture(lambda: self.binary(op[:-1], E(p, "name", num=True), rn))
                    assert not lines   # (two Numbers: one expression)
                    return [f"{res} = {v.text}", *store(res), *cv]
                self.own_number_branches(o, k, left.computed, r_num, body, e)
                self.splice(slow_lines)
                self.emit(f" {res} = {slow.text}")
                return E(res, "name")
        return self.member_assignment(e, o, k)

    def pure_operand(self, node: Any) -> E | None:
        """NON-SPEC: ``node``'s value where reading it runs nothing and throws nothing (a
        Number literal, or a Python local that needs no TDZ check), else None."""
        if node.type == "Literal" and type(node.value) in (int, float):   # (a bool's type is neither)
            return E(self.const(float(node.value)), "const", True)
        if node.type == "Identifier":
            b = self.lookup(node.name)
            if b is not None and b.py is not None and not b.needs_tdz_check(node) \
                    and (self.pass_args is None or b is not self.pass_args[0]):
                return self.read_name(node.name, node)
        return None

    def member_assignment(self, e: Any, o: E, k: E) -> E:
        """``o.k op= right`` or ``o[k] op= right`` (``o`` and ``k`` evaluated), as statements;
        returns the assigned value."""
        op, left = e.operator, e.left
        chain = self.member_chain(e) if op == "=" else None
        if op == "=" and chain is None:
            v = self.spill(self.expr(e.right))
            self.put_member(o, k, v, left.computed, e)
            return v
        if left.computed:
            k = self.reference_key(o, k, self.pos(left))
            if op == "+=" and (id(e) in self.unused or id(e) in self.cv_only) and not self.lean:
                self.computed_append(e, o, k)
                return E("None", "const")
            old = self.spill(self.get_index(o, k, self.pos(left)))
        elif chain is not None or op == "+=" and (id(e) in self.unused or id(e) in self.cv_only):
            # NON-SPEC: the old value is read as GetValue reads it, into a temp of its own (no
            # other temp keeps a string), for append_to (which appends an own string property of
            # an ordinary object in place; a Number goes to the plain `+` and store)
            t = self.temp()
            name = python_string_to_js(left.property.name)
            self.emit(f"{t} = {self.get_named(o, name, left, into=None if name == 'length' else t).text}")
            old = E(t, "name")
            r, acc = self.append_operands(old, e.right if chain is None else chain[1] if len(chain) == 2 else chain[1:])
            self.append_to(e, old, r, lambda rs: [(f"type({o.text}) is _JSObject and {o.text}.props.get({k.text}, _M) is {t}",
                                                   f"{o.text}.props[{k.text}]", [])],
                           lambda v: self.put_member(o, k, v, False, left), acc)
            return E("None", "const")
        else:
            old = self.spill(self.get_named(o, python_string_to_js(left.property.name), left))
        r = self.spill(self.expr(e.right))
        v = self.spill(self.binary(op[:-1], old, r))
        self.put_member(o, k, v, left.computed, left)
        return v


    def private_append(self, e: Any) -> None:
        """NON-SPEC: ``o.#x += y`` as a statement (or a script's completion value): PrivateGet
        (sec-privateget) into a temp of its own, then, where ``#x`` is a field whose element on
        ``o`` still holds that string, appended in place by append_to (a class building a
        string in a private field is linear); anything else is PrivateSet as the assignment
        does."""
        o, pn = self.private_ref(e.left)
        t, pe = self.temp(), self.temp()
        self.emit(f"{t} = {self.private_get(o, pn)}")
        old = E(t, "name")
        r, acc = self.append_operands(old, e.right)
        self.append_to(e, old, r, lambda rs: [(f"{self.private_field_entry(o, pn, pe)} and {pe}[1] is {t}", f"{pe}[1]", [])],
                       lambda v: self.private_set(o, pn, v.text), acc)
        self.emit(f"{pe} = None")

    def computed_append(self, e: Any, o: E, k: E) -> None:
        """NON-SPEC: ``o[k] += y`` as a statement (or a script's completion value), ``k`` the
        reference's key (_refkey): when the old value is an own string property of an ordinary
        object under a string key, or a string element of a dense array, it is read into a temp
        of its own and appended in place by append_to (``groups[key] += s`` in a loop is
        linear); any other value is read and stored as the assignment does."""
        on, kn = o.text, k.text
        t, d, i = self.temp(), self.temp(), self.temp()
        in_props = f"type({on}) is _JSObject and type({kn}) is _str"
        in_dense = (f"type({on}) is _JSArray and type({kn}) is _float and ({d} := {on}.dense) is not None "
                    f"and 0 <= {kn} < len({d}) and ({i} := _trunc({kn})) == {kn}")
        # the read as `o[k] op= v` reads (a Number costs no more), into a temp no other holds
        self.emit(f"{t} = {self.get_index(o, k, self.pos(e.left), into=t).text}")
        old = E(t, "name")
        r, acc = self.append_operands(old, e.right)
        # (a Number, the common case in numeric code, goes straight to the plain `+` and store)
        self.emit(f"if type({t}) is _str:")
        self.ind += 1
        self.append_to(e, old, r, lambda rs: [(f"{in_props} and {on}.props.get({kn}, _M) is {t}", f"{on}.props[{kn}]", []),
                                              (f"{in_dense} and {d}[{i}] is {t}", f"{d}[{i}]", [])],
                       lambda v: self.put_member(o, k, v, True, e.left), acc)
        self.ind -= 1
        self.emit("else:")
        self.ind += 1
        v = self.spill(self.append_fallback(old, r, acc))
        self.put_member(o, k, v, True, e.left)
        if self.takes_cv(e):
            self.emit(f"env.cv = {v.text}")
        self.ind -= 1

    def member_chain(self, e: Any) -> list[Any] | None:
        """NON-SPEC: for ``o.p = o.p + y ...`` as a statement (or a script's completion value),
        ``o`` being ``this`` or a Python local that no operand assigns: the operands (``o.p``
        first), appended as ``o.p += y`` is (see append_operands): ``o`` evaluated a second time
        would give the same value, unobservably. Else None."""
        left = e.left
        if left.computed or not (id(e) in self.unused or id(e) in self.cv_only):
            return None
        operands = _plus_operands(e.right)
        v = operands[0]
        if len(operands) == 1 or v.type != "MemberExpression" or v.computed or v.property.type != "Identifier" \
                or v.property.name != left.property.name or v.object.type != left.object.type:
            return None
        if v.object.type == "Identifier":
            b = self.lookup(v.object.name)
            if v.object.name != left.object.name or b is None or b.py is None or b.lexical and b.always_check \
                    or any(_assigns(n) for n in operands[1:]):
                return None
        elif v.object.type != "ThisExpression":
            return None
        return operands

    def append_in_place(self, name: str, e: Any, right: Any) -> E | None:
        """NON-SPEC: ``x += y`` as a statement, ``x`` a Python local that needs no TDZ check: when
        both are strings, ``x += y`` in Python, which CPython does in place while only the local
        refers to the string, so building a string in a loop is linear instead of quadratic (a
        copy per step). Otherwise (and past the allocation check's size, after the checks of
        concatenation) the general ``+``. None when ``x`` is not such a local. ``right`` is a
        list for ``x = x + y + z ...`` (see append_operands)."""
        b = self.lookup(name)
        left = e.left
        if b is None:
            return self.append_to_outer(name, e, right)
        if b.const or b.funcname or self.num_reads.get(id(left), 0) \
                or self.pass_args is not None and b is self.pass_args[0] \
                or b.needs_tdz_check(left):
            return None
        py = b.py
        if py is None:
            # a slot of the function's environment (a closure captures it): its old value is read
            # first, the right side may change the slot
            return self.append_to_slot(e, b.ref(), self.spill(self.read_name(name, left)), right)
        acc = None
        if isinstance(right, list):
            if any(_assigns(n) for n in right):
                return None
            # (no operand assigns x: it is the old value until the end)
            r, acc = self.append_operands(E(py, "name"), right)
        else:
            lines, r = self.capture(partial(self.expr, right))
            if lines:
                # the right side's statements could assign x: its old value is read first
                old = self.spill(self.read_name(name, left))
                self.splice(lines)
                return self.assign_name(name, self.binary("+", old, r), left)
            r = self.spill(r)
        test, rs = self.append_test(py, r)
        cv = self.takes_cv(e)
        self.emit(f"if {test}:")
        if cv:
            self.emit(" env.cv = None")
        self.emit(f" {py} += {rs}")
        self.emit("else:")
        self.ind += 1
        v = self.append_fallback(E(py, "name"), r, acc)
        self.emit(f"{py} = {v.text}")
        self.ind -= 1
        if cv:
            self.emit(f"env.cv = {py}")
        return E(py, "name")

    def append_to_outer(self, name: str, e: Any, right: Any) -> E | None:
        """NON-SPEC: ``x += y`` as a statement, ``x`` a slot of an enclosing function's
        environment (``out += s`` in a callback): appended in place by append_to; None when ``x``
        is something else (global, dynamic, const, an import)."""
        kind, data = self.in_scope(self.outer[0], lambda: self.c.resolve(name))
        if kind == "global":
            return self.append_to_global(name, e, right)
        if kind != "slot":
            return None
        depth, idx, tdz, const, funcname = data
        if const or funcname:
            return None
        vl = self.temp()
        self.emit(f"{vl} = {self.outer_env(kind)}{'.parent' * depth}.vars")
        ref = f"{vl}[{idx}]"
        old = self.temp()
        self.emit(f"{old} = _chk({ref}, {self.const(python_string_to_js(name))})" if tdz else f"{old} = {ref}")
        return self.append_to_slot(e, ref, E(old, "name"), right)

    def append_to_slot(self, e: Any, ref: str, old: E, right: Any) -> E:
        """The rest of ``x += right`` for an environment slot ``ref`` whose old value the temp
        ``old`` holds: the right side, then append_to (a slot is written as it is)."""
        r, acc = self.append_operands(old, right)
        self.append_to(e, old, r, lambda rs: [(f"{ref} is {old.text}", ref, [])],
                       lambda v: self.emit(f"{ref} = {v.text}"), acc)
        return E("None", "const")

    def append_dynamic(self, name: str, e: Any, ref: str) -> E | None:
        """NON-SPEC: ``x += y`` as a statement, ``x`` resolved at run time to the reference
        ``ref`` (inside ``with``, beside sloppy direct eval: a template engine's ``__p += ...``
        inside ``with (obj)``): appended in place by append_to when the reference is an
        environment slot or a var made by eval that still holds the old value; None (the
        general ``+``) when the name may resolve to a const or a function expression's name,
        whose PutValue differs."""
        if self.lean or any(st[0] == "slot" and (st[3] or st[4]) for st in self.outer_steps(name)):
            return None
        kn = self.const(name)
        old = self.spill(self.read_dynamic(ref, name))
        r, acc = self.append_operands(old, e.right)
        self.append_to(e, old, r, lambda rs: [
            (f"{ref}[0] == 'slot' and {ref}[1].vars[{ref}[2]] is {old.text}", f"{ref}[1].vars[{ref}[2]]", []),
            (f"{ref}[0] == 'extra' and {ref}[1].get({kn}, _M) is {old.text}", f"{ref}[1][{kn}]", [])],
            lambda v: self.assign_name(name, v, e.left, ref=ref), acc)
        return E("None", "const")

    def append_to_global(self, name: str, e: Any, right: Any) -> E | None:
        """NON-SPEC: ``x += y`` as a statement (or a script's completion value), ``x`` a global
        binding: appended in place by append_to when it is a writable data property of an
        ordinary global object or an item of a ContextObject's store (see _global_read and
        _global_write); else the general write. None in lean mode and for a non-ASCII name."""
        if self.lean or not name.isascii():
            return None
        left = e.left
        k = self.outer_closure(lambda: self.c.compile_identifier_get(name, left, False))
        self.uses_G = True
        kn = self.const(name)
        t, u, c, old, p = self.temp(), self.temp(), self.temp(), self.temp(), self.temp()
        cell = self.global_cell(name)
        self.emit(f"{old} = {_global_read(t, u, c, kn, k, True, cell)}")
        self.emit(f"{t} = {c} = None")  # (only the temp holds the string read)
        r, acc = self.append_operands(E(old, "name"), right)
        free = f"(not GL or {kn} not in GL)"
        writable = _writable_item(kn)
        places = lambda rs: [  # noqa: E731
            (f"GI is None and {free} and type({p} := GP.get({kn}, _M)) is _Prop and {p}.flags & 9 == 1 and "
             f"{p}.value is {old}", f"{p}.value", []),
            (f"GI is None and {free} and GP.get({kn}, _M) is {old}", f"GP[{kn}]", []),
            # (the global cell caches the value too: it lets go of it as well)
            (f"GI is not None and GJ and {free} and GI.get({kn}, _M) is {old} and {writable}",
             f"{cell}.value = GI[{kn}]", ["if GC:", f" GC.pop({kn}, None)"]),
            # (a top-level let or class binding, initialised and not const; its cell caches it)
            (f"GL and GL.get({kn}, _M) is {old} and {kn} not in G.consts", f"{cell}.value = GL[{kn}]", []),
            # (a plain dict's items are Python values: an ASCII string is its own Python value)
            (f"GI is not None and not GJ and {free} and GI.get({kn}, _M) is {old} and {writable} and "
             f"{old}.isascii() and {rs}.isascii()", f"GI[{kn}]", ["if GC:", f" GC.pop({kn}, None)"]),
        ]
        self.append_to(e, E(old, "name"), r, places, lambda v: self.assign_name(name, v, left), acc)
        return E("None", "const")

    def append_operands(self, old: E, right: Any) -> tuple[E, E | None]:
        """NON-SPEC: the right side of an append whose left value ``old`` was read: ``right`` a
        node (``x += y``): its value, and None; a list of nodes (``x = x + y + z ...``, which is
        ``((x + y) + z) ...``): each operand is evaluated and added in turn, in the spec's order
        (sec-applystringornumericbinaryoperator), but while the value so far is ``old`` followed
        by strings the strings are collected apart (ToString(ToPrimitive(v)) of each, the length
        and memory checks of each concatenation) and ``old`` is not copied: then the first name
        returned holds them (what ``old`` gets appended) and the second is _M; else the second
        holds the value (each ``+`` done in full) and the first ''."""
        if not isinstance(right, list):
            lines, r = self.capture(partial(self.expr, right))
            self.splice(lines)
            return self.spill(r), None
        sfx, acc, n = self.temp(), self.temp(), self.temp()
        self.emit(f"{sfx} = ''")
        self.emit(f"{acc} = _M if type({old.text}) is _str else {old.text}")
        for node in right:
            v = self.spill(self.expr(node))
            self.emit(f"if {acc} is _M:")
            if v.kind == "const" and type(self.consts.get(v.text)) is str:
                self.emit(f" {sfx} += {v.text}")
            elif v.num:
                self.emit(f" {sfx} += _nts({v.text})")
            else:
                self.emit(f" {sfx} += ({v.text} if type({v.text}) is _str else _nts({v.text}) "
                          f"if type({v.text}) is _float else _catop({v.text}))")
            self.emit(f" if ({n} := len({old.text}) + len({sfx})) >= {ALLOCATION_CHECK_MIN}:")
            self.emit(f"  _catroom({n})")
            self.emit("else:")
            self.ind += 1
            w = self.binary("+", E(acc, "name"), v)
            self.emit(f"{acc} = {w.text}")
            self.ind -= 1
        return E(sfx, "name"), E(acc, "name")

    def append_fallback(self, old: E, r: E, acc: E | None) -> E:
        """The value of an append that is not done in place: ``old + r``, or, for the operands
        of append_operands, ``acc`` when it holds the value (else ``old`` + the strings ``r``)."""
        if acc is None:
            return self.binary("+", old, r)
        self.emit(f"if {acc.text} is _M:")
        self.emit(f" {acc.text} = {old.text} + {r.text}")
        return acc

    def append_test(self, old: str, r: E) -> tuple[str, str]:
        """NON-SPEC: the test that ``old + r`` is a string concatenation done at once -- ``old`` a
        string, ``r`` a string or a Number (ToString of a Number has no side effects), the result
        within the length and memory limits -- and the name that then holds ``r`` as a string."""
        rs, n = self.temp(), self.temp()
        return (f"type({old}) is _str and (type({rs} := {r.text}) is _str or type({rs}) is _float and "
                f"({rs} := _nts({rs})) is not None) and "
                f"(({n} := len({old}) + len({rs})) < {ALLOCATION_CHECK_MIN} or _catroom({n}))"), rs

    def takes_cv(self, e: Any) -> bool:
        """Whether the append ``e`` sets the completion value itself (its value is only that)."""
        if id(e) in self.cv_only:
            self.cv_set.add(id(e))
            return True
        return False

    def append_to(self, e: Any, old: E, r: E, places: Callable[[str], list[tuple[str, str, list[str]]]],
                  general: Callable[[E], object], acc: E | None = None) -> None:
        """NON-SPEC: the end of ``ref += r`` (the expression ``e``) for storage other than a
        Python local (see append_in_place): ``old`` (a temp) was read from it; ``places(rs)``,
        given the name that holds the right side as a string, are (test, store, statements
        after): the test that the storage is one a plain write changes and still holds ``old``,
        and how to write it. When both are strings and a test
        holds, the storage (and the completion value) lets go of the string (``store = None``),
        so that the temp is its only reference and Python appends in place, then takes it back;
        otherwise ``general(old + r)`` stores as the assignment does (``acc``: see
        append_fallback). The temp then lets go too (the next append finds the string held
        once)."""
        test, rs = self.append_test(old.text, r)
        cv = self.takes_cv(e)
        ok = self.temp()
        self.emit(f"{ok} = {test}")
        for i, (where, store, after) in enumerate(places(rs)):
            self.emit(f"{'if' if i == 0 else 'elif'} {ok} and {where}:")
            if cv:
                self.emit(" env.cv = None")
            self.emit(f" {store} = None")
            self.emit(f" {old.text} += {rs}")
            self.emit(f" {store} = {old.text}")
            for line in after:
                self.emit(" " + line)
            if cv:
                self.emit(f" env.cv = {old.text}")
        self.emit("else:")
        self.ind += 1
        v = self.spill(self.append_fallback(old, r, acc))
        general(v)
        if cv:
            self.emit(f"env.cv = {v.text}")
        self.ind -= 1
        self.emit(f"{old.text} = {rs} = None")

    def special_reference(self, m: Any, to_key: bool = True) -> tuple[str, Callable[[str], None]]:
        """A super property or a private member ``m`` as a reference, evaluated now: GetValue of
        it (a Python expression) and PutValue of a value (a statement); ``to_key``: see
        super_reference. (PrivateSet, sec-privateset, comes after the value.) The PutValue maker
        emits the statements that store its value (a Python expression)."""
        if m.object.type == "Super":
            th, base, k = self.super_reference(m, to_key)
            return (f"_superget({th.text}, {base.text}, {k.text})",
                    lambda v: self.emit(f"_superput({th.text}, {base.text}, {k.text}, {v}, {self.strict})"))
        o, pn = self.private_ref(m)
        return self.private_get(o, pn), lambda v: self.private_set(o, pn, v)

    def call_target(self, c: Any) -> E:
        """A call as an assignment or update target in sloppy code (Annex B.3.9): the call is
        evaluated, then a ReferenceError is thrown before anything else of the assignment."""
        v = self.expr(c)
        if v.kind == "expr":
            self.emit(v.text)
        self.emit("_calltarget()")
        return E("None", "const")

    def logical_assignment(self, e: Any) -> E:
        """``a &&= b``, ``a ||= b``, ``a ??= b`` (sec-assignment-operators-runtime-semantics-evaluation):
        the reference once, the right side and the PutValue only when the test lets them run;
        the value is the old one or the assigned one."""
        left = e.left
        ref = None
        if left.type == "Identifier":
            ref = self.dynamic_ref(left.name)
            old = self.spill(self.read_dynamic(ref, left.name) if ref is not None else self.read_name(left.name, left))
        elif left.property.type == "PrivateIdentifier" or left.object.type == "Super":
            get, put = self.special_reference(left)
            old = self.spill(E(get))
        else:
            o = self.spill(self.expr(left.object))
            if left.computed:
                kl, kv = self.capture(lambda: self.expr(left.property))
                self.splice(kl)
                k = self.reference_key(o, kv, self.pos(left))
                old = self.spill(self.get_index(o, k, self.pos(left)))
            else:
                k = E(self.const(python_string_to_js(left.property.name)), "const")
                old = self.spill(self.get_named(o, python_string_to_js(left.property.name), left))
        r = self.temp()
        self.emit(f"{r} = {old.text}")
        if e.operator == "&&=":
            self.emit(f"if {self.truthy(old)}:")
        elif e.operator == "||=":
            self.emit(f"if not {self.truthy(old)}:")
        else:
            self.emit(f"if {old.text} is None or {old.text} is _NULL:")
        self.ind += 1
        if left.type == "Identifier":
            v = self.expr(e.right) if e.range[0] != left.range[0] else self.named_value(e.right, left.name)
            v = self.assign_name(left.name, v, left, ref=ref)
        elif left.property.type == "PrivateIdentifier" or left.object.type == "Super":
            v = self.spill(self.expr(e.right))
            put(v.text)
        else:
            v = self.spill(self.expr(e.right))
            self.put_member(o, k, v, left.computed, left)
        self.emit(f"{r} = {v.text}")
        self.ind -= 1
        return E(r, "name")


_LABELLED_TYPES = ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement",
                   "LabeledStatement", "SwitchStatement")


def _exit_of(fr: _Frame) -> str:
    """How emitted code leaves the Python loop or part of ``fr`` for a jump past it."""
    return "return None" if fr.kind == "part" else "break"


_NAME_TOKEN = re.compile(r"(?<![\w.])[A-Za-z_]\w*")
_YIELD = re.compile(r"\byield\b")
# names that are not the body's locals: keywords, builtins, the namespace's (constants ``k<n>``,
# parts ``_pt<n>``)
_NOT_LOCAL_RE = re.compile(r"k\d+$|_pt\d+$")
_TEMP_NAME = re.compile(r"t\d+$")   # a temporary (FunctionEmitter.temp)


class _ExprHolder:
    """An arrow's expression body seen by the pre-pass as a statement."""

    type = "ExpressionStatement"

    def __init__(self, expression: Any) -> None:
        self.expression = expression


def _walk_no_functions(node: Any) -> Any:
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        for c in children(n):
            if c.type not in _FUNCTION_NODES:
                stack.append(c)


def _plus_operands(v: Any) -> list[Any]:
    """The operands of ``a + b + c ...`` (``((a + b) + c) ...``), in order; [v] for another
    expression."""
    rights = []
    while v.type == "BinaryExpression" and v.operator == "+":
        rights.append(v.right)
        v = v.left
    return [v, *reversed(rights)]


def _append_chain(v: Any, name: str) -> list[Any] | None:
    """``x + y + z ...`` whose first operand is the identifier ``name``: the operands, in order;
    else None."""
    operands = _plus_operands(v)
    first = operands[0]
    if len(operands) == 1 or first.type != "Identifier" or first.name != name:
        return None
    return operands


def _small_int_literal(node: Any) -> int | None:
    """A numeric literal's value as an int when it is an integer below 2**31 in magnitude."""
    if node is None or node.type != "Literal" or type(node.value) not in (int, float):
        return None
    v = node.value
    return int(v) if -2147483648 < v < 2147483648 and v == int(v) else None   # (range first: 1e400 is inf)


def _counter_key(k: Any, name: str) -> bool:
    """Whether ``k`` is ``name``, or ``name`` plus or minus an integer literal (or that literal
    plus ``name``): a key an element access takes the counter's int for (counter_shadow)."""
    if k.type == "Identifier":
        return bool(k.name == name)
    if k.type != "BinaryExpression" or k.operator not in ("+", "-"):
        return False
    if k.left.type == "Identifier" and k.left.name == name:
        return _small_int_literal(k.right) is not None
    return k.operator == "+" and k.right.type == "Identifier" and k.right.name == name and _small_int_literal(k.left) is not None


def _indexes_by(node: Any, name: str) -> bool:
    """Whether ``node`` (nested functions not entered) reads an element ``x[k]`` or calls
    ``x.charCodeAt(k)`` / ``x.charAt(k)``, ``k`` a _counter_key of ``name`` (see
    FunctionEmitter.counter_shadow)."""
    for n in _walk_no_functions(node):
        if n.type == "MemberExpression" and n.computed and _counter_key(n.property, name):
            return True
        if n.type == "CallExpression" and len(n.arguments) == 1 and _counter_key(n.arguments[0], name) \
                and n.callee.type == "MemberExpression" and not n.callee.computed \
                and n.callee.property.type == "Identifier" and n.callee.property.name in ("charCodeAt", "charAt"):
            return True
    return False


def _assigns(node: Any) -> bool:
    """Whether ``node``'s subtree has an assignment or update (of anything)."""
    return any(n.type in ("AssignmentExpression", "UpdateExpression") for n in _walk_no_functions(node))


def _breaks_label(s: Any, label: str) -> bool:
    return any(n.type == "BreakStatement" and n.label is not None and n.label.name == label
               for n in _walk_no_functions(s))


def _continue_in_finally(body: Any) -> bool:
    for n in _walk_no_functions(body):
        if n.type == "TryStatement" and n.finalizer is not None:
            if any(x.type == "ContinueStatement" for x in _walk_no_functions(n)):
                return True
    return False


def _namespace(consts: dict[str, Any]) -> dict[str, Any]:
    ns = dict(_BASE_NAMESPACE)
    ns.update(consts)
    # %Function.prototype.call%'s implementation (registered by a later layer)
    ns["_FCALL"] = SPECIAL_BUILTINS.get("call")
    ns["_FAPPLY"] = SPECIAL_BUILTINS.get("apply")
    return ns


# NON-SPEC: the Math functions emitted calls compute in line (see FunctionEmitter.call): name ->
# (arguments, the index of the built-in's implementation in INLINE_IMPLS, the namespace's _MI)
_MATH_INLINE = {name: (argc, INLINE_NAMES.index(name))
                for name, argc in (("floor", 1), ("ceil", 1), ("abs", 1), ("sqrt", 1), ("max", 2), ("min", 2),
                                   ("round", 1), ("imul", 2))}


# The file names emitted code is compiled under: the stack-trace walker (runtime/stack.py) knows
# an emitted frame by its code's file name, so nothing is registered per emitted function. An
# emitted frame's current call site is found from its line (``position_lines``). A function
# body is also the activation of its function when [[Call]] called it (given=None), not when
# [[Construct]] or a caller of ``code.run`` did; a suspendable body is always its function's
# activation.
_SCRIPT_FILE = "<pyjsvm-emitted-script>"
_FUNCTION_FILE = "<pyjsvm-emitted-function>"
_GENERATOR_FILE = "<pyjsvm-emitted-generator>"
_PARAMS_FILE = "<pyjsvm-emitted-parameters>"
_HELPERS_FILE = "<pyjsvm-emit-helpers>"   # (not an activation: its frames are the caller's)
EMITTED_FILES[_SCRIPT_FILE] = (False, None)
EMITTED_FILES[_FUNCTION_FILE] = (True, "given")
EMITTED_FILES[_GENERATOR_FILE] = (True, None)
EMITTED_FILES[_PARAMS_FILE] = (False, None)


# the locals emitted code reads the global environment through (GlobalEnv.fields)
_LOAD_GLOBAL_FIELDS = "G, GL, GP, GI, GC, GJ = "

# NON-SPEC: the most nodes a body emitted twice, for Number arguments and for any (emit_function_code), has
NUMBER_PARAMS_NODES = 300

# NON-SPEC: the most parameters a plain function's positional entry names (more: ``*args``)
MAX_POSITIONAL = 64
# the argument counts whose call sites use the per-count entries (FunctionCode.e0 ... e5)
MAX_DIRECT_ARGS = 5
# NON-SPEC (speed): the positional parameters of an emitted entry when the function declares fewer
# (see emit_function)
SPARE_DIRECT_ARGS = 3

# NON-SPEC: past this much emitted source a body is emitted again in compact mode, where its
# statement lists are cut into parts (functions) of about PART_SIZE: compile() time grows faster
# than the size of one function (a 100,000-parameter function: seconds)
MAX_EMITTED_SOURCE = 1 << 18
# NON-SPEC: a function's body emitted in parts keeps every inline path up to this much source
# (compile() takes about 1.3 s for 2 MB on the machine this was measured on: Emscripten's
# largest functions in Octane's zlib, 1.3 MB inline, run 1.5x faster so than lean)
MAX_INLINE_SOURCE = 1 << 21
PART_SIZE = 1 << 16
# NON-SPEC: the Python indentation past which a statement or expression is emitted as a part
# (PART_INDENT, or TIGHT_PART_INDENT when compile() rejected the body's nesting), and the
# expression nesting at which a value is spilled to a temporary
PART_INDENT = 32
TIGHT_PART_INDENT = 4
SPILL_EVERY = 12
# NON-SPEC: the longest if/elif chain of a switch's case tests (another chain goes on after it)
SWITCH_CHAIN = 100


_POS_LINE = re.compile(r"( *)pos = (k\d+)$")


def _indentation(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def position_lines(source: str) -> tuple[str, tuple[list[int], list[str | None]]]:
    """NON-SPEC: ``source`` without its position statements (``pos = k<n>``, the call site that
    code after it reaches; see ``set_pos``), and the table of where each one stood: the lines
    from which on (1-based, in the returned text) each constant names the position, in order;
    None where a ``def`` starts (a part's first lines have no position of their own: the frame
    that called it has) and again where it ends. Nothing is stored while the code runs: a stack
    capture looks up its frame's current line (``runtime/stack.emitted_position``). A statement
    left alone in its block becomes ``pass``."""
    lines = source.split("\n")
    out: list[str] = []
    starts: list[int] = []
    names: list[str | None] = []
    defs: list[tuple[int, str | None]] = []   # (indentation of an open def, the name before it)
    current: str | None = None
    for i, line in enumerate(lines):
        if not line.strip():
            out.append(line)
            continue
        ind = _indentation(line)
        while defs and ind <= defs[-1][0]:
            current = defs.pop()[1]
            starts.append(len(out) + 1)
            names.append(current)
        m = _POS_LINE.match(line)
        if m is not None:
            current = m.group(2)
            starts.append(len(out) + 1)
            names.append(current)
            j = i + 1   # the next statement (blank and position lines go)
            while j < len(lines) and (not lines[j].strip() or _POS_LINE.match(lines[j])):
                j += 1
            if (_indentation(lines[j]) if j < len(lines) else 0) < ind:
                out.append(m.group(1) + "pass")
            continue
        if line.startswith("def ", ind):
            defs.append((ind, current))
            current = None
            starts.append(len(out) + 2)
            names.append(None)
        out.append(line)
    return "\n".join(out), (starts, names)


# NON-SPEC (speed): these two test what precedes the name after its first letters, the same
# test as a lookbehind put first (no word character or dot before it), but a pattern that
# starts with a literal lets the matcher skip to its occurrences: 10-200 times faster on
# emitted text, which is searched on every emission of a body
_ENV_NAME = re.compile(r"env(?<![\w.]env)(?!\w)")   # the local ``env`` in a text
_TEMP_TOKEN = re.compile(r"t(?<![\w.]t)\d+(?!\w)")   # a temporary in a line


def share_temps(source: str) -> str:
    """NON-SPEC (speed): ``source`` with each temporary that occurs on one line only renamed
    ``u0``, ``u1``, ... in the order of that line, so that such temporaries of different lines
    share a local. A frame's locals cost at every call (CPython clears each one when the frame
    goes), and most temporaries of an emitted body live within one statement. A temporary on
    two lines (a value kept for a later statement, a loop's, a handler's) keeps its name; a
    line that could capture a name (``lambda``, a comprehension) or holds a string keeps its
    names."""
    lines = source.split("\n")
    where: dict[str, int] = {}   # a temporary's one line, or -1
    for i, line in enumerate(lines):
        kept = "lambda" in line or " for " in line or "'" in line or '"' in line
        for name in _TEMP_TOKEN.findall(line):
            where[name] = -1 if kept or where.get(name, i) != i else i
    for i, line in enumerate(lines):
        names: dict[str, str] = {}

        def rename(m: re.Match[str], i: int = i, names: dict[str, str] = names) -> str:
            t = m.group()
            return names.setdefault(t, "u" + str(len(names))) if where[t] == i else t
        if "t" in line:
            lines[i] = _TEMP_TOKEN.sub(rename, line)
    return "\n".join(lines)


_PART_DEF_TEXT = " def " + EMITTED_PART_PREFIX
_PART_DEF = re.compile(r"( +)def " + EMITTED_PART_PREFIX + r"\d+\(\):$")
_SHARED_NAMES = re.compile(r" +(?:[A-Za-z_]\w* = )+None$")   # a line of FunctionEmitter.part_defs


def part_locals(source: str) -> str:
    """NON-SPEC (speed): ``source`` with each temporary that one part alone uses (see
    FunctionEmitter.part) made that part's own local: out of its ``nonlocal`` line and out of
    the lines that bind the shared names first. A name that a nested function shares with the
    function around it is a cell, which that function makes, fills with None and hands to every
    part it defines each time it is called: a huge body emitted in parts shared thousands of
    temporaries, most of them used by one expression of one part, and spent most of a short
    call making their cells (TypeScript's scanner, 45 us a call). A temporary is assigned in
    the statement that reads it (share_temps relies on that too), so a part's own copy holds
    what the shared one held."""
    if _PART_DEF_TEXT not in source:
        return source
    lines = source.split("\n")
    region = [-1] * len(lines)   # the line of the part's ``def`` that holds a line, or -1
    skip: set[int] = set()       # the nonlocal and shared-name lines
    i = 0
    while i < len(lines):
        m = _PART_DEF.match(lines[i])
        if m is None:
            i += 1
            continue
        ind = len(m.group(1))
        j = i - 1
        while j >= 0 and region[j] == -1 and _SHARED_NAMES.match(lines[j]) and _indentation(lines[j]) == ind:
            skip.add(j)
            j -= 1
        k = i + 1
        if k < len(lines) and lines[k].lstrip(" ").startswith("nonlocal "):
            skip.add(k)
        while k < len(lines) and (not lines[k].strip() or _indentation(lines[k]) > ind):
            region[k] = i
            k += 1
        i = k
    where: dict[str, int] = {}   # a temporary's one part, or -1
    for n, line in enumerate(lines):
        if n in skip or "t" not in line:
            continue
        for name in _TEMP_TOKEN.findall(line):
            r = region[n]
            where[name] = r if where.get(name, r) == r else -1
    own = {name for name, r in where.items() if r != -1}
    if not own:
        return source
    out = []
    for n, line in enumerate(lines):
        if n in skip:
            ind = _indentation(line)
            if line.startswith("nonlocal ", ind):
                kept = [x for x in line[ind + 9:].split(", ") if x not in own]
                if kept:
                    out.append(" " * ind + "nonlocal " + ", ".join(kept))
            else:
                kept = [x for x in line[ind:-len(" = None")].split(" = ") if x not in own]
                if kept:
                    out.append(" " * ind + " = ".join(kept) + " = None")
            continue
        out.append(line)
    return "\n".join(out)


class CodeStore(Protocol):
    """NON-SPEC: where ``build`` keeps compiled emitted code between processes (the ``pyjsvm``
    command's compile cache, host/compile_cache.py): bytes by key, None when absent."""

    def get_emitted(self, key: str) -> bytes | None: ...

    def put_emitted(self, key: str, data: bytes) -> None: ...


# NON-SPEC: the CodeStore ``build`` uses, when the host installed one
CODE_STORE: list[CodeStore | None] = [None]
_STORE_SALT: list[bytes] = []


def _store_key(filename: str, source: str) -> str:
    """The CodeStore key of emitted ``source`` built as ``filename``: a hash of them, of this
    module's text (its passes make the compiled text) and of the Python that compiles it."""
    import hashlib   # (imported where used: start-up loads neither; the host's store is optional)
    import importlib.util
    if not _STORE_SALT:
        h = hashlib.blake2b(digest_size=16)
        h.update(importlib.util.MAGIC_NUMBER + sys.version.encode())
        try:
            with open(__file__, "rb") as f:
                h.update(f.read())
        except OSError:
            h.update(b"?")
        _STORE_SALT.append(h.digest())
    h = hashlib.blake2b(_STORE_SALT[0], digest_size=20)
    h.update(filename.encode() + b"\x00")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _stored_code(store: CodeStore, key: str) -> tuple[Any, Any] | None:
    """The (code, position table) a CodeStore holds under ``key``, or None (absent, or not a
    pair of a code object and a table: written by something else)."""
    data = store.get_emitted(key)
    if data is None:
        return None
    try:
        code, table = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if type(code) is not types.CodeType or type(table) is not tuple or len(table) != 2:
        return None
    return code, table


def build(source: str, consts: dict[str, Any], filename: str) -> Callable[..., Any]:
    """Compile emitted ``source`` (cached by its text: it holds no JS text, only shapes) and bind
    it to its constant table; the namespace's ``_LINES`` is its position table (see
    ``position_lines``). NON-SPEC: with a CodeStore, the compiled code comes from there when a
    process compiled the same text before, and goes there otherwise."""
    cached = _CODE_CACHE.get((filename, source))
    if cached is None:
        store = CODE_STORE[0]
        key = _store_key(filename, source) if store is not None else ""
        found = _stored_code(store, key) if store is not None else None
        if found is not None:
            cached = found
        else:
            check_stop_compiling()
            text, table = position_lines(part_locals(source))
            cached = python_compile(share_temps(text), filename, "exec"), table
            if store is not None:
                store.put_emitted(key, marshal.dumps((cached[0], (list(table[0]), list(table[1])))))
        if len(_CODE_CACHE) > 4096:
            _CODE_CACHE.clear()
        _CODE_CACHE[(filename, source)] = cached
    ns = _namespace(consts)
    ns["_LINES"] = cached[1]
    exec(cached[0], ns)
    return ns["f"]  # type: ignore[no-any-return]


_BASE_NAMESPACE["_INF"] = float("inf")
_BASE_NAMESPACE.update(_mfloor=math.floor, _mceil=math.ceil, _fabs=math.fabs, _msqrt=math.sqrt, _MI=INLINE_IMPLS, _IK=INDEX_KEYS)
_BASE_NAMESPACE["_step"] = report_step
# lean mode's global reads and writes: the inline paths above as two helpers (one text for both)
exec(python_compile("def _gget(G, kn, k):\n GL = G.lex\n GP = G.props\n GI = G.items\n GC = G.cache\n GJ = G.js_values\n"
                    f" return {_global_read('t', 'u', 'c', 'kn', 'k', True)}\n"
                    "def _gput(G, kn, x, k):\n GL = G.lex\n GP = G.props\n GI = G.items\n GC = G.cache\n GJ = G.js_values\n"
                    + "".join(" " * (d + 1) + line + "\n" for d, line in _global_write("c", "u", "kn", "x", "k", True))
                    + " return None\n", _HELPERS_FILE, "exec"), _BASE_NAMESPACE)
_BASE_NAMESPACE.update(_int=int, _bool=bool, _copysign=copysign, _trunc=trunc, _NOC=(object(), None), _HV=HostValue)  # the contextified global's fast paths


class _CellsPair(list):  # type: ignore[type-arg]
    """NON-SPEC: the one-item list of (the last global environment a code ran in, its cells),
    a constant of that code (see Emitter.load_globals): a list, that a weak set can hold (by
    identity)."""

    __hash__ = object.__hash__  # type: ignore[assignment]
    __eq__ = object.__eq__  # type: ignore[assignment]


# the code's pairs, emptied at a full collection (runtime/agent.drop_at_full_collection): a pair
# holds a global environment, hence its realm, in code that outlives the context (a compiled
# script the vm layer's cache shares between contexts)
_CELLS_PAIRS: "weakref.WeakSet[_CellsPair]" = weakref.WeakSet()


def _new_cells_pair() -> _CellsPair:
    pair = _CellsPair([(None, ())])
    _CELLS_PAIRS.add(pair)
    return pair


@drop_at_full_collection
def _drop_cells_pairs() -> None:
    """NON-SPEC: let go of the global environments the code's pairs hold."""
    for pair in list(_CELLS_PAIRS):
        pair[0] = (None, ())


def _gcells(g: Any, pair: list[tuple[Any, tuple[GlobalCell, ...]]], names: tuple[str, ...]) -> tuple[GlobalCell, ...]:
    """NON-SPEC: the cells of ``names`` in global environment ``g``, kept in ``pair`` (see
    Emitter.load_globals)."""
    cells = g.cells_for(names)
    pair[0] = (g, cells)
    return cells


def _gfc(fn: Any, pair: list[tuple[Any, tuple[GlobalCell, ...]]], names: tuple[str, ...]) -> tuple[Any, ...]:
    """NON-SPEC: the global fields and cells an emitted function body loads (see
    Emitter.load_globals), kept on the function object ``fn``."""
    g = fn.env.glob
    p = pair[0]
    r = fn.gfc = g.fields + (p[1] if p[0] is g else _gcells(g, pair, names),)
    fn.gce = r[6]
    return r


def _gfill(cell: GlobalCell, v: Any) -> Any:
    """NON-SPEC: ``v``, which a ContextObject's item holds (read the inline way, no global lexical
    binding of its name), is its cell's value from now on (see GlobalCell)."""
    cell.value = v
    cell.p = cell
    return v


def _gprop(cell: GlobalCell, p: Prop, g: Any) -> Any:
    """NON-SPEC: the value of ``p``, a data property of ``g``'s ordinary global object (read
    the inline way, no global lexical binding of its name), which is the cell's from now on
    (see GlobalCell); a configurable one's until the cell is emptied (PROP_CELLS)."""
    cell.p = p
    if p.flags & C:
        with SITES_LOCK:
            held = PROP_CELLS.get(g.obj)
            if held is None:
                held = PROP_CELLS[g.obj] = []
            held.append(cell)
    return p.value


_BASE_NAMESPACE.update(_gcells=_gcells, _gfc=_gfc, _gfill=_gfill, _gprop=_gprop)
# helpers whose ``pos`` argument names the access site for stack traces
for _helper in (_get_member, get_index, put_member, set_index, _put_new, _reference_key):
    CALL_SITE_CODES.add(_helper.__code__)


def emit_function_code(compiler: Any, fs: Any, node: Any, code: Any, kind: str = "normal") -> bool:
    """Try to give ``code`` an emitted body: sets ``code.run`` (and, for a plain function,
    ``code.fast``) and returns True, or returns False (the caller compiles the body with the
    closure compiler). ``kind``: 'normal', 'generator', 'async' or 'asyncGenerator'. The caller
    chose the tier (``plain_tier``): a plain body comes here when it is compiled in mode 'emit',
    when it has a loop in mode 'tiered', and when a cold body tiers up (``TIER_UP_CALLS``)."""
    # NON-SPEC: a function whose emission failed once is not tried again by this compiler. The
    # functions nested in it were compiled during the attempt and are compiled again by the
    # closure tier: retrying nested failures made that exponential in the nesting depth (a
    # function past MAX_EMITTED_SOURCE, nested eight deep, took minutes)
    declined = getattr(compiler, "emit_declined", None)
    if declined is not None and declined.get(id(node)) is node:
        return False
    stmts = None if fs.expression_body else fs.stmts
    expr_body = node.body if fs.expression_body else None
    memo: dict[str, Any] = {}

    numbers: tuple[tuple[str, ...], Any] | None = None

    def emitter(level: int, tight: bool = False) -> FunctionEmitter:
        ctx = CompileContext(fs.scope, fs.strict, compiler.ctx.source, compiler.ctx.filename, False)
        ctx.tail_calls = fs.tail_calls
        em = FunctionEmitter(compiler, ctx, "function", fs.strict, node.type == "ArrowFunctionExpression", kind)
        em.derived = code.constructor_kind == "derived"
        if kind == "normal" and not code.is_class_constructor:
            em.own_name = node.id.name if getattr(node, "id", None) is not None else code.name
            em.try_number_params = tuple(fs.param_names)
        if numbers is not None:
            em.number_params, em.number_fallback = numbers
            em.number_positions = [fs.param_names.index(p) for p in em.number_params]
        em.set_level(level)
        em.memo = memo
        if tight:
            em.part_limit = TIGHT_PART_INDENT
        return em

    def emit_source(em: FunctionEmitter) -> str:
        if kind != "normal":
            return em.emit_suspendable(fs, stmts, expr_body)
        return em.emit_function(fs, stmts, expr_body, code)

    def attempt(level: int, tight: bool) -> tuple[FunctionEmitter, str, Any, Any]:
        em = emitter(level, tight)
        src = emit_source(em)
        if kind != "normal":
            return (em, src, build(src, em.consts, _GENERATOR_FILE),
                    build(em.param_src, em.consts, _PARAMS_FILE) if em.param_src is not None else None)
        return em, src, build(src, em.consts, _FUNCTION_FILE), None
    try:
        em, src, g, p = _attempts(attempt, 0, 1, 2)
        f = g
    except (Unsupported, SyntaxError, RecursionError, MemoryError, OverflowError) as e:
        if kind != "normal":
            _cannot_compile(compiler, node, e)
        if declined is not None:
            declined[id(node)] = node
        return False
    if em.number_params_found and em.sig is not None and not em.parts:
        # NON-SPEC (speed): parameters whose being Numbers lets the body drop enough operator
        # guards (FunctionEmitter.params_worth_guarding): the body is emitted once more assuming
        # they are, behind one guard of each at entry that calls the body just made otherwise
        numbers = (em.number_params_found, f)
        try:
            em2, src2, g2, _ = _attempts(attempt, 0, 1, 2)
            if em2.sig == em.sig and not em2.parts:
                em, src, f = em2, src2, g2
        except (Unsupported, SyntaxError, RecursionError, MemoryError, OverflowError):
            pass
    code.emitted = src if em.param_src is None else src + em.param_src
    if kind != "normal":
        code.run = partial(_run_suspendable, kind, g, p)
        return True
    n = -1 if em.sig is None else max(SPARE_DIRECT_ARGS, len(em.sig))
    a = em.analysis
    assert a is not None
    code.fast_construct = not a.has_eval and not a.new_target and "new.target" not in a.captured
    code.set_direct(f, n)
    code.fast = _list_entry(f)
    code.run = lambda env, args: f(env.func, env.this, get_agent(), env, args=args)
    code.emitted = src
    return True


def _list_entry(f: Any) -> Callable[[Any, Any, list[Any], Any], Any]:
    """``code.fast``, the entry taking a list, for the emitted entry ``f``."""
    def fast(self: Any, this: Any, args: list[Any], given: Any) -> Any:
        return f(self, this, get_agent(), given, args=args)
    return fast


def _run_suspendable(kind: str, g: Any, p: Any, env: Any, args: list[Any]) -> Any:
    """EvaluateGeneratorBody, EvaluateAsyncGeneratorBody (sec-runtime-semantics-evaluategeneratorbody,
    sec-runtime-semantics-evaluateasyncgeneratorbody): the parameters' initialisation ``p`` (if
    any) runs now, its throw is the call's; EvaluateAsyncFunctionBody
    (sec-runtime-semantics-evaluateasyncfunctionbody): its throw rejects the promise."""
    if p is not None:
        if kind == "async":
            try:
                p(env.func, env.this, args, env)
            except JSThrow as e:
                realm: Any = env.func.realm if env.func is not None else get_agent().realm
                promise, _, reject = new_promise(realm)
                reject.call(None, [e.value])
                return promise
        else:
            p(env.func, env.this, args, env)
    return start_suspendable(kind, env.func, g(env.func, env.this, args, env))


def emit_module_body(compiler: Any, scope: Scope, body: list[Any], top_level_await: bool) -> Callable[[Any], Any] | None:
    """An emitted body for module code (a generator function with a top-level ``await``), or
    None (the closure compiler compiles it)."""
    def emitter(level: int) -> tuple[FunctionEmitter, Callable[[], str]]:
        em = FunctionEmitter(compiler, compiler.ctx, "module", True, False, "async" if top_level_await else "normal")
        em.set_level(level)
        return em, partial(em.emit_module, scope, body)
    return _top_level_body(emitter, "async" if top_level_await else "normal")


def emit_script_body(compiler: Any, scope: Scope, body: list[Any]) -> Callable[[Any], Any] | None:
    """An emitted body for script code, or None (the closure compiler compiles it)."""
    def emitter(level: int) -> tuple[FunctionEmitter, Callable[[], str]]:
        em = FunctionEmitter(compiler, compiler.ctx, "script", compiler.ctx.strict)
        em.set_level(level)
        return em, partial(em.emit_script, scope, body)
    return _top_level_body(emitter)


def emit_eval_body(compiler: Any, scope: Scope, body: list[Any]) -> Callable[[Any], Any] | None:
    """An emitted body for eval code (direct or indirect; ``scope`` is the eval scope), or None
    (the closure compiler compiles it)."""
    def emitter(level: int) -> tuple[FunctionEmitter, Callable[[], str]]:
        em = FunctionEmitter(compiler, compiler.ctx, "eval", compiler.ctx.strict, True)
        em.set_level(level)
        return em, partial(em.emit_eval, scope, body)
    return _top_level_body(emitter)


def _attempts(attempt: Callable[[int, bool], Any], *levels: int) -> Any:
    """``attempt(level, tight)`` (``FunctionEmitter.set_level``): emit and build a body at the
    first of ``levels``, at the next one while its source is too large (the last one never is);
    once more with parts at a smaller nesting (``TIGHT_PART_INDENT``) when compile() rejects the
    nesting of the Python it made (blocks, indentation, brackets)."""
    i, tight = 0, False
    while True:
        try:
            return attempt(levels[i], tight)
        except _TooLarge:
            i += 1
        except (SyntaxError, RecursionError):
            if tight:
                raise
            tight = True


def _cannot_compile(compiler: Any, node: Any, e: BaseException) -> None:
    """NON-SPEC: a suspendable body the emitter cannot compile (it is their only compiler): what
    it does not know is a SyntaxError at ``node``; anything else is nesting past what the engine
    compiles (a RecursionError: a RangeError when a function is first called, a SyntaxError when
    a script or module is compiled)."""
    if isinstance(e, Unsupported):
        raise compiler.error(node, f"Unsupported syntax: {e}") from None
    raise RecursionError("too deeply nested to compile") from None


def _top_level_body(emitter: Callable[[int], tuple[FunctionEmitter, Callable[[], str]]],
                    kind: str = "normal") -> Callable[[Any], Any] | None:
    """Emit and build a script's, module's or eval code's body (in compact mode when it is too large), or
    None (the closure compiler compiles it)."""
    if not emits(kind):
        return None
    memo: dict[str, Any] = {}

    def attempt(level: int, tight: bool) -> tuple[FunctionEmitter, str, Any]:
        em, emit_source = emitter(level)
        em.memo = memo
        if tight:
            em.part_limit = TIGHT_PART_INDENT
        src = emit_source()
        return em, src, build(src, em.consts, _SCRIPT_FILE)
    try:
        em, src, f = _attempts(attempt, 0, 2)
    except (Unsupported, SyntaxError, RecursionError, MemoryError, OverflowError) as e:
        if kind != "normal":
            _cannot_compile(emitter(0)[0].c, None, e)
        return None
    f.emitted = src  # type: ignore[attr-defined]
    return f


_NOT_LOCAL = (frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))
              | frozenset(_BASE_NAMESPACE) | {"_FCALL", "_FAPPLY"})
