"""Python <-> JS values at the API boundary.

This table is the contract (the README's "From Python" section repeats it; ``tests/api/
test_conversions.py`` enforces every row):

=============================  ==============================================================
JS -> Python                   (``to_python``; shallow: objects stay live proxies)
=============================  ==============================================================
undefined                      ``pyjsvm.undefined`` (a falsy sentinel, distinct from None)
null                           ``None``
Boolean                        ``bool``
Number                         ``int`` when integral, not -0 and within +-2**53; else ``float``
String                         ``str`` (surrogate pairs joined; a lone surrogate stays as is)
BigInt                         ``pyjsvm.BigInt``, an ``int`` subclass (so ``10n`` and ``10``
                               stay distinguishable)
Symbol                         the engine's ``JSSymbol`` (opaque; hand it back to pass it on)
Date                           ``datetime.datetime``, aware, in UTC (a copy; an invalid Date or
                               one outside years 1..9999 stays a ``JSObjectProxy``)
Promise                        ``JSPromiseProxy``: awaitable, ``result(timeout=)``
Array                          ``JSArrayProxy``: a live ``MutableSequence`` view
ArrayBuffer                    ``memoryview`` of its bytes (writable, no copy; empty once
                               detached)
typed array, DataView          ``memoryview`` of the view's bytes, cast to the element format
                               (``b B h H i I q Q f d``; bytes for Uint8Clamped, Float16,
                               DataView)
function                       ``JSFunctionProxy``: callable (``this=``, ``timeout=``),
                               ``new()`` constructs, also a Mapping
other objects (Map, Set ...)   ``JSObjectProxy``: a live ``MutableMapping`` view of the
                               object's properties
=============================  ==============================================================

=============================  ==============================================================
Python -> JS                   (``to_js``)
=============================  ==============================================================
``None`` / ``undefined``       null / undefined
``bool``                       Boolean
``int``                        Number when ``-2**53 <= i <= 2**53``; outside that range
                               ``ValueError`` (a RangeError when JS asked for the value): wrap
                               it as ``pyjsvm.BigInt(i)`` for a BigInt, or ``float(i)`` for an
                               approximate Number -- never a silent loss of digits
``pyjsvm.BigInt``              BigInt
``float``                      Number
``str``                        String of UTF-16 code units
``datetime.datetime``          Date (aware only; a naive datetime raises ``TypeError``;
                               microseconds are truncated to milliseconds)
``bytearray``                  Uint8Array over an ArrayBuffer sharing its bytes
``bytes``, ``memoryview``      Uint8Array over a copy
``set``, ``frozenset``         a new Set of the converted elements (a copy)
a proxy                        the original JS object (identity kept)
``Mapping``                    a live JS object backed by it (``MappingObject``)
``list`` / ``tuple``           a live JS Array backed by it (``PyListArray``; read-only for a
                               tuple)
coroutine, ``asyncio.Future``  a Promise settled by its outcome (needs a running asyncio loop)
other callables                a JS function (``PyFunction``)
anything else                  ``TypeError``
=============================  ==============================================================

Deep copies: ``proxy.to_python()`` (or ``pyjsvm.to_python(value)``) turns a JS value into plain
Python data: objects become ``dict``, arrays ``list``, Maps ``dict``, Sets ``set``, binary data
``bytes``, with cycles kept as cycles; functions and promises stay proxies.
``json.dumps(value, default=pyjsvm.json_default)`` serialises proxies as ``JSON.stringify`` would.

Identity: a JS object always gets the same proxy while that proxy is alive, and a Python
container or callable gets the same JS wrapper in a realm while that wrapper is alive (both
caches are keyed by ``id()`` of an object the value keeps alive, so ids cannot be reused).
Proxies of mutable JS objects compare by content with dicts and lists and are therefore
unhashable; function and promise proxies compare and hash by identity.

Security: JS reaches a Python object only through the wrappers above, which use the mapping,
sequence and call protocols; nothing here looks up an attribute whose name JS chose.
"""
from __future__ import annotations

import datetime
import math
import operator
import re
import sys
import threading
import weakref
from collections.abc import Coroutine, Mapping, MutableMapping, MutableSequence, Sequence
import time
from typing import TYPE_CHECKING, Any, cast, Callable, Generator, Iterator, NoReturn, TypeAlias, TypeVar, Union, overload

from pyjsvm.errors import JSError, PyjsvmError, invalid_arg_type
from pyjsvm.runtime.agent import AGENT, Interrupted, JSThrow, engine_limits, host_limit_enter, host_limit_exit
from pyjsvm.runtime.objects import (
    A, C, E, W, WEC, BuiltinFunction, JSArray, JSFunctionBase, JSObject, PropertyDescriptor, array_index,
    Prop, ordered_keys, ordinary_define_own_property, ordinary_set, validate_and_apply_property_descriptor,
)
from pyjsvm.runtime.values import MISSING, NULL, JSBigInt, JSSymbol
from pyjsvm.syntax.digits import int_to_decimal
from pyjsvm.runtime.operations import to_display
from pyjsvm.intrinsics.realm import main_realm
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js
from pyjsvm.runtime.agent import ITEM_PIECE, check_stop, throw_range_error, throw_type_error
from pyjsvm.runtime.numeric import number_to_string
from pyjsvm.runtime.stack import JSErrorObject, format_stack
from pyjsvm.runtime.operations import is_array, safe_describe
from pyjsvm.runtime.operations import call, delete_property_or_throw, invoke, length_of_array_like, set_
from pyjsvm.runtime.operations import peek_data_property
from pyjsvm.runtime.exotic.typed_array import JSTypedArray
from pyjsvm.runtime.jobs import enqueue_job, host_promise_rejection_tracker
from pyjsvm.runtime.promise import FULFILLED, PENDING, JSPromise, new_promise, watch_settlement
from pyjsvm.api.timeouts import evaluation, run_guarded
from pyjsvm.api.validators import check_timeout
from pyjsvm.api.membrane import DATE, HOST_VALUE_TO, MAP_SET, cross_realm, is_date, is_map, is_set
from pyjsvm.errors import VMError
from pyjsvm.runtime.buffers import JSArrayBuffer, JSDataView, UINT8, get_view_byte_length, is_view_out_of_bounds, typed_array_length_or_none

if TYPE_CHECKING:
    import asyncio

    from pyjsvm.intrinsics.realm import Realm

__all__ = [
    "undefined", "Undefined", "to_python", "to_js", "js_string_to_python", "python_string_to_js",
    "JSObjectProxy", "JSArrayProxy", "JSFunctionProxy", "PyFunction", "PyListArray", "js_error",
    "run_js", "call_python", "to_js_or_throw", "JSValue", "PythonData",
]

_T = TypeVar("_T")


class Undefined:
    """The type of ``pyjsvm.undefined``, JS ``undefined`` seen from Python (None is JS null); a
    falsy singleton.

        >>> import pyjsvm as vm
        >>> vm.run_in_new_context("[].x") is vm.undefined, vm.run_in_new_context("null") is None
        (True, True)
    """

    __slots__ = ()
    _instance: "Undefined | None" = None

    def __new__(cls) -> "Undefined":
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "undefined"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        return "undefined"


undefined = Undefined()


class BigInt(int):
    """A JS BigInt seen from Python: an ``int`` that remembers it was a BigInt, so that ``10n``
    and ``10`` stay distinguishable (and a BigInt handed back to JS is a BigInt again).

    Arithmetic gives plain ``int`` results, as for any ``int`` subclass; wrap a result again to
    pass it as a BigInt::

        >>> import pyjsvm as vm
        >>> n = vm.run_in_new_context("2n ** 64n")
        >>> n, isinstance(n, int)
        (BigInt(18446744073709551616), True)
        >>> vm.run_in_new_context("typeof n", {"n": vm.BigInt(n + 1)})
        'bigint'
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"BigInt({int_to_decimal(int(self))})"  # (past the host's int/str digit limit too)


# The range of integers a Number holds exactly (Number.MAX_SAFE_INTEGER + 1).
MAX_EXACT_INT = 2 ** 53

# --- strings -------------------------------------------------------------------------------



# --- describing thrown values ----------------------------------------------------------------

def describe_thrown_value(v: Any) -> tuple[str, str, str, str | None]:
    """(name, message, stack, code) of a thrown value, read without running JS code (what
    ``JSError`` shows)."""
    if isinstance(v, JSObject):
        name = peek_data_property(v, "name")
        msg = peek_data_property(v, "message")
        stack = peek_data_property(v, "stack")
        if stack is None and isinstance(v, JSErrorObject) and v.lazy_stack:
            # a stack V8 formats on first read: its text (the frames with the file names and
            # positions of the vm options) without running Error.prepareStackTrace
            stack = format_stack(v)
        code = peek_data_property(v, "code")
        n = name if type(name) is str else ("Error" if type(msg) is str else "")
        m = msg if type(msg) is str else ""
        if not n and not m:
            m = "[object " + v.class_name + "]"
        return (js_string_to_python(n), js_string_to_python(m),
                js_string_to_python(stack) if type(stack) is str else "",
                js_string_to_python(code) if type(code) is str else None)
    if type(v) is str:
        return "", js_string_to_python(v), "", None
    if not _is_engine_value(v):
        # a Python value a host callable raised as ``JSError(value)``: its text (the value
        # crosses into JS converted, see thrown_by_host)
        try:
            return "", str(v), "", None
        except Exception:  # NON-SPEC: a value whose __str__ misbehaves
            return "", object.__repr__(v), "", None
    return "", js_string_to_python(to_display(v)), "", None


def _is_engine_value(v: Any) -> bool:
    """NON-SPEC: whether ``v`` is a JS value in the engine's representation (a Number as a
    float, a String as a str, a Boolean, undefined as None, null, a Symbol, a BigInt, an
    object)."""
    t = type(v)
    return t is float or t is str or t is bool or v is None or v is NULL or t is JSSymbol or t is JSBigInt \
        or isinstance(v, JSObject)


def thrown_by_host(v: Any, realm: "Realm") -> Any:
    """NON-SPEC: the JS value a host callable throws by raising ``JSError(v)``: ``v`` itself
    where it is a JS value in the engine's representation (a JSError caught from JS and raised
    again; a String's Python str made UTF-16, which leaves an engine string as it is), else
    ``v`` converted as a returned value is (a Python int, list, dict, a proxy of a JS object);
    a value that cannot cross throws a TypeError, as it would returned."""
    if type(v) is str:
        return python_string_to_js(v)
    if _is_engine_value(v):
        return v
    return to_js_or_throw(v, realm)


# --- running JS on behalf of Python ----------------------------------------------------------

# Python exceptions that became JS errors inside a Python callback, keyed by that JS error: when
# the error comes back out to Python, the JSError's __cause__ is the original exception.
_PY_CAUSES: "weakref.WeakKeyDictionary[JSObject, BaseException]" = weakref.WeakKeyDictionary()


def js_error(value: Any, realm: "Realm | None" = None, **fields: Any) -> "JSError":
    """A ``pyjsvm.JSError`` for a thrown JS value (``fields`` override name/message/stack/code)."""
    err = JSError(value, realm=realm, **fields)
    if isinstance(value, JSObject):
        try:
            cause = _PY_CAUSES.get(value)
        except TypeError:
            cause = None
        if cause is not None:
            err.__cause__ = cause
    return err


def run_js(realm: "Realm", fn: Callable[..., Any], *args: Any) -> Any:
    """Run ``fn(*args)`` (engine code: a proxy's read, write, delete or key listing, which may
    run getters and proxy traps) with ``realm`` as the running realm, under the limits of its
    context (``step_limit``, ``memory_limit``: a getter that never returns ends as a run in the
    context would); a JS throw becomes ``pyjsvm.JSError``."""
    host = realm.host_defined
    try:
        if "pyjsvm.step_limit" in host or "pyjsvm.memory_limit" in host:
            return run_guarded(realm, lambda: fn(*args), None)
        agent = AGENT
        saved = agent.realm
        agent.realm = realm
        try:
            with engine_limits():
                return fn(*args)
        finally:
            agent.realm = saved
    except JSThrow as e:
        err = js_error(e.value, realm)
        raise err from err.__cause__


# --- JS -> Python ----------------------------------------------------------------------------

# NON-SPEC: the proxy made for each JS object (by id), so that one object always converts to the
# same proxy. A proxy holds its object, so while a proxy lives its object's id cannot be reused;
# a dead entry is swept when the table has doubled since the last sweep (a WeakValueDictionary's
# per-entry callbacks cost about ten times a plain weak reference: a contextified global that is
# assigned a new object in a loop converts each one).
_PROXIES: "dict[int, weakref.ref[JSObjectProxy | JSArrayProxy]]" = {}
_proxies_swept_at = 1024


def _remember_proxy(o: JSObject, p: "JSObjectProxy | JSArrayProxy") -> None:
    global _proxies_swept_at
    if len(_PROXIES) >= _proxies_swept_at:
        # (list() copies the table in one step: a comprehension over it, switched out for a
        # thread that converts too, would fail with "dictionary changed size")
        for k in [k for k, r in list(_PROXIES.items()) if r() is None]:
            _PROXIES.pop(k, None)
        _proxies_swept_at = max(1024, 2 * len(_PROXIES))
    _PROXIES[id(o)] = weakref.ref(p)


def _proxy_of(o: JSObject) -> "JSObjectProxy | JSArrayProxy | None":
    r = _PROXIES.get(id(o))
    return r() if r is not None else None


def to_python(v: Any, realm: "Realm | None" = None) -> JSValue:
    """Convert a JS value to Python (see the module docstring). ``realm`` is the realm whose
    code the proxies run in (default: a function's own realm, else the running realm)."""
    t = type(v)
    if t is float:
        if v.is_integer() and -9007199254740992.0 <= v <= 9007199254740992.0 and (
                v != 0.0 or math.copysign(1.0, v) > 0.0):
            return int(v)
        number: float = v
        return number
    if t is str:
        return js_string_to_python(v)
    if t is bool:
        flag: bool = v
        return flag
    if v is None:
        return undefined
    if v is NULL:
        return None
    if isinstance(v, JSObject):
        return _object_to_python(v, realm)
    if t is JSBigInt:
        return BigInt(v.value)
    if t is JSSymbol:
        symbol: JSSymbol = v
        return symbol
    raise TypeError(f"not a JS value: {type(v).__name__}")


def _binary_to_python(o: JSObject) -> memoryview | None:
    """NON-SPEC: the bytes of an ArrayBuffer, typed array or DataView as a memoryview (None for
    other objects)."""
    if type(o) is JSArrayBuffer:
        return memoryview(o.data if o.data is not None else bytearray())
    if isinstance(o, JSTypedArray):
        n = typed_array_length_or_none(o)
        d = o.buffer.data
        if n is None or d is None:
            return memoryview(bytearray())
        view = memoryview(d)[o.byte_offset:o.byte_offset + n * o.etype.size]
        fmt = o.etype.code if o.etype.name not in ("Uint8C", "Float16") else "B"
        return view.cast(fmt) if fmt != "B" else view  # type: ignore[call-overload]
    if isinstance(o, JSDataView):
        if is_view_out_of_bounds(o) or o.buffer.data is None:
            return memoryview(bytearray())
        return memoryview(o.buffer.data)[o.byte_offset:o.byte_offset + get_view_byte_length(o)]
    return None


def _bytes_to_js(v: Any, realm: "Realm") -> JSObject:
    """NON-SPEC: a Uint8Array for Python bytes-like data (a bytearray is shared, others copied)."""
    data = v if type(v) is bytearray else bytearray(v)
    buf = JSArrayBuffer(realm.intrinsics["%ArrayBuffer.prototype%"], data)
    ta = JSTypedArray(realm.intrinsics["%Uint8Array.prototype%"], "Uint8Array", UINT8)
    ta.attach(buf, 0, len(data))
    return ta


def _object_to_python(o: JSObject, realm: "Realm | None") -> JSValue:
    t = type(o)
    p: JSObjectProxy | JSArrayProxy | None = _proxy_of(o)
    if t is JSObject or t is JSArray:
        # NON-SPEC fast path: an ordinary object or array is none of the special cases below
        if p is None:
            p = (JSObjectProxy if t is JSObject else JSArrayProxy)(o, realm or AGENT.realm or main_realm())
            _remember_proxy(o, p)
        return p
    mv = _binary_to_python(o)
    if mv is not None:
        return mv
    if isinstance(o, MappingObject):
        return o.mapping
    if isinstance(o, PyListArray):
        return o.items
    if isinstance(o, PyFunction):
        return o.py_callable
    if p is not None:
        return p
    if isinstance(o, JSFunctionBase):
        r = getattr(o, "realm", None) or realm
    else:
        r = realm
    if r is None:
        r = AGENT.realm or main_realm()
    if is_date(o):
        when = _date_to_python(o)
        if when is not None:
            return when
    if o.is_callable:
        p = JSFunctionProxy(o, r)
    elif isinstance(o, JSPromise):
        p = JSPromiseProxy(o, r)
    elif isinstance(o, JSArray):
        p = JSArrayProxy(o, r)
    else:
        p = JSObjectProxy(o, r)
    _remember_proxy(o, p)
    return p


class _ProxyBase:
    """Common state of the proxies: the JS object and the realm its operations run in."""

    __slots__ = ("_obj", "_realm", "__weakref__")
    _obj: JSObject
    _realm: "Realm"

    def __init__(self, obj: JSObject, realm: "Realm") -> None:
        self._obj = obj
        self._realm = realm

    @property
    def js_object(self) -> JSObject:
        """The JS object this proxy stands for."""
        return self._obj

    def _key(self, key: Any, write: bool = False) -> Any:
        """The JS property key of a Python key: a str or a JSSymbol. Another key is missing
        (KeyError) for a read, as in any mapping; a write with it raises TypeError."""
        if type(key) is str:
            return key if key.isascii() else python_string_to_js(key)
        if isinstance(key, JSSymbol):
            return key
        if isinstance(key, str):
            return python_string_to_js(str(key))
        if write:
            raise TypeError(f"JS property keys are str or symbols, not {type(key).__name__}")
        raise KeyError(key)


class JSObjectProxy(_ProxyBase, Mapping[str, "JSValue"]):
    """A live ``MutableMapping`` view of a JS object: reads and writes go to the object itself.

    ``proxy[key]`` reads like JS ``obj[key]`` (inherited properties and getters included);
    iteration and ``len`` use the own enumerable string keys, like ``Object.keys``. Setting an
    item assigns as strict-mode JS does (a read-only property raises ``JSError`` TypeError);
    ``del`` deletes an own property. ``to_python()`` makes a plain deep copy; ``repr`` shows
    the content without running JS. It compares equal to a dict with the same items and is
    unhashable, like a dict.

        >>> import pyjsvm as vm
        >>> user = vm.run_in_new_context("({name: 'Ada', tags: ['x']})")
        >>> user["name"], list(user), user == {"name": "Ada", "tags": ["x"]}
        ('Ada', ['name', 'tags'], True)
        >>> user["age"] = 36
        >>> user
        <JSObjectProxy { name: 'Ada', tags: [ 'x' ], age: 36 }>
    """

    # (``_sandbox``: the context made from this proxy by ``create_context(proxy)``, see
    # api/common.register_context; unset otherwise)
    __slots__ = ("_sandbox",)
    _sandbox: Any

    def __getitem__(self, key: str | JSSymbol) -> "JSValue":
        k = self._key(key)
        o = self._obj

        def get() -> Any:
            if not o.has_property(k):
                raise KeyError(key)
            return o.get(k, o)
        return to_python(run_js(self._realm, get), self._realm)

    def __setitem__(self, key: Any, value: Any) -> None:
        k = self._key(key, True)
        v = to_js(value, self._realm)
        run_js(self._realm, set_, self._obj, k, v, True)

    def __delitem__(self, key: Any) -> None:
        k = self._key(key)
        o = self._obj

        def delete() -> None:
            if o.get_own_property(k) is None:
                raise KeyError(key)
            delete_property_or_throw(o, k)
        run_js(self._realm, delete)

    def _keys(self) -> list[str]:
        o = self._obj

        def keys() -> list[str]:
            out = []
            for k in o.own_property_keys():
                if type(k) is str:
                    d = o.get_own_property(k)
                    if d is not None and d.enumerable is True:
                        out.append(js_string_to_python(k))
            return out
        result: list[str] = run_js(self._realm, keys)
        return result

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def __contains__(self, key: object) -> bool:
        try:
            k = self._key(key)
        except KeyError:
            return False
        result: bool = run_js(self._realm, self._obj.has_property, k)
        return result

    # MutableMapping's mixins, spelled out (the Mapping base keeps __slots__ simple).
    def update(self, other: Any = (), **kw: Any) -> None:
        """Set each item of ``other`` (a mapping or pairs) and of ``kw``."""
        items = other.items() if isinstance(other, Mapping) else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    @overload
    def pop(self, key: str | JSSymbol, /) -> "JSValue": ...
    @overload
    def pop(self, key: str | JSSymbol, default: _T, /) -> "JSValue | _T": ...
    def pop(self, key: str | JSSymbol, /, *default: Any) -> Any:
        """Remove ``key`` and return its value (or ``default`` when absent, else ``KeyError``)."""
        try:
            v = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return v

    @overload
    def setdefault(self, key: str | JSSymbol) -> "JSValue": ...
    @overload
    def setdefault(self, key: str | JSSymbol, default: _T) -> "JSValue | _T": ...
    def setdefault(self, key: str | JSSymbol, default: Any = None) -> Any:
        """``self[key]``, first set to ``default`` when absent (then ``default`` itself is
        returned, as ``dict.setdefault`` does)."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {inspect_value(self._obj)}>"

    # A live view of a mutable object that compares equal to dicts by content: unhashable, like
    # a dict (function and promise proxies compare and hash by identity).
    __hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _ProxyBase):
            return other._obj is self._obj
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def to_python(self, *, timeout: int | None = None) -> "PythonData":
        """A deep copy as plain Python data (see ``pyjsvm.to_python``)::

            >>> import pyjsvm as vm
            >>> vm.run_in_new_context("({a: [1, {b: 2n}], d: new Date(0)})").to_python()
            {'a': [1, {'b': BigInt(2)}], 'd': datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)}
        """
        return deep_to_python(self._obj, self._realm, timeout)


MutableMapping.register(JSObjectProxy)


class JSArrayProxy(_ProxyBase, MutableSequence["JSValue"]):
    """A live ``MutableSequence`` view of a JS array (``len`` is its ``length``; negative
    indices and slices read as in Python; ``append``/``insert``/``del`` change the array itself).
    It compares equal to a list with the same items and is unhashable, like a list.

        >>> import pyjsvm as vm
        >>> arr = vm.run_in_new_context("[1, 2, 3]")
        >>> arr.append(4); arr[-1], arr[1:3], arr == [1, 2, 3, 4]
        (4, [2, 3], True)
    """

    __slots__ = ()

    def __len__(self) -> int:
        n: int = run_js(self._realm, length_of_array_like, self._obj)
        return n

    def _index(self, key: Any, n: int) -> int:
        # as a list does: a TypeError for a key that is not an integer (``__index__``)
        if not hasattr(type(key), "__index__"):
            raise TypeError(f"JS array indices must be integers or slices, not {type(key).__name__}")
        i: int = key.__index__()
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("JS array index out of range")
        return i

    def __getitem__(self, i: Any) -> Any:
        o = self._obj
        n = len(self)
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(n))]
        j = self._index(i, n)
        return to_python(run_js(self._realm, o.get, str(j), o), self._realm)

    def __setitem__(self, i: Any, value: Any) -> None:
        if isinstance(i, slice):
            raise TypeError("slice assignment is not supported on a JS array")
        j = self._index(i, len(self))
        run_js(self._realm, set_, self._obj, str(j), to_js(value, self._realm), True)

    def __delitem__(self, i: Any) -> None:
        if isinstance(i, slice):
            raise TypeError("slice deletion is not supported on a JS array")
        j = self._index(i, len(self))
        self._splice(j, 1)

    def insert(self, i: int, value: Any) -> None:
        """Insert ``value`` before index ``i`` (``Array.prototype.splice``)."""
        i = operator.index(i)  # (a TypeError for what is not an integer, as list.insert's)
        n = len(self)
        if i < 0:
            i = max(0, i + n)
        self._splice(min(i, n), 0, to_js(value, self._realm))

    def _splice(self, *args: Any) -> None:
        run_js(self._realm, invoke, self._obj, "splice", [float(a) if type(a) is int else a for a in args])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _ProxyBase):
            return other._obj is self._obj
        if isinstance(other, (list, tuple, JSArrayProxy)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<JSArrayProxy {inspect_value(self._obj)}>"

    def to_python(self, *, timeout: int | None = None) -> "PythonData":
        """A deep copy as a plain Python list (see ``pyjsvm.to_python``)::

            >>> import pyjsvm as vm
            >>> vm.run_in_new_context("[1, 'two', [3]]").to_python()
            [1, 'two', [3]]
        """
        return deep_to_python(self._obj, self._realm, timeout)


class _ByIdentity:
    """Equality and hashing by the JS object's identity (for proxies that have no content to
    compare: functions, promises)."""

    __slots__ = ()
    _obj: JSObject

    __hash__ = object.__hash__

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _ProxyBase):
            return other._obj is self._obj
        return NotImplemented


class JSFunctionProxy(_ByIdentity, JSObjectProxy):  # type: ignore[misc]
    """A JS function seen from Python.

    Calling it calls the function: the arguments are converted to JS, the result back to
    Python, and a JS throw raises ``pyjsvm.JSError``. ``this=`` sets the receiver (default
    ``undefined``); ``timeout=`` (milliseconds) interrupts the call, and the promise jobs it
    queued, with ``JSError`` code ``'ERR_SCRIPT_EXECUTION_TIMEOUT'``. Those jobs run before the
    call returns, as after a ``run_in_context``. ``new(*args)`` constructs. Function proxies
    compare and hash by identity::

        >>> import pyjsvm as vm
        >>> ctx = vm.create_context()
        >>> _ = vm.run_in_context("function greet(who) { return this.greeting + ', ' + who; }", ctx)
        >>> ctx["greet"]("Ada", this={"greeting": "Hello"}, timeout=100)
        'Hello, Ada'
    """

    __slots__ = ()

    def __call__(self, *args: Any, this: Any = undefined, timeout: int | None = None) -> "JSValue":
        return call_function(self, args, this, timeout)

    def new(self, *args: Any, timeout: int | None = None) -> "JSValue":
        """``new F(...args)``: construct an instance (converted to Python); ``timeout`` as for a
        call::

            >>> import pyjsvm as vm
            >>> Point = vm.run_in_new_context("(class Point { constructor(x) { this.x = x; } })")
            >>> Point.new(3)["x"]
            3
        """
        r = self._realm
        t = check_timeout(timeout, "timeout")
        js_args = [to_js(a, r) for a in args]
        f = self._obj

        def construct() -> Any:
            if not f.is_constructor:
                throw_type_error("not a constructor")
            return f.construct(js_args, f)  # type: ignore[attr-defined,unused-ignore]
        return to_python(_run_call(r, construct, t), r)

    def __repr__(self) -> str:
        return f"<JSFunctionProxy {inspect_value(self._obj)}>"


def _run_call(realm: "Realm", fn: Callable[[], Any], timeout: int | None) -> Any:
    """Run ``fn`` (engine code) as one evaluation in ``realm``: its jobs run before it returns,
    all within ``timeout`` ms; a JS throw becomes ``JSError``."""
    try:
        return run_guarded(realm, evaluation(realm, fn), timeout)
    except JSThrow as e:
        err = js_error(e.value, realm)
        raise err from err.__cause__


def call_function(fn: Any, args: Sequence[Any], this: Any = undefined, timeout: int | None = None) -> JSValue:
    """Call ``fn`` (a ``JSFunctionProxy``) with ``args`` and receiver ``this`` as one evaluation
    (see ``JSFunctionProxy``); ``pyjsvm.call`` is the public spelling."""
    if not isinstance(fn, JSFunctionProxy):
        # a VMTypeError (a TypeError and a PyjsvmError) as the api's other argument checks give
        raise invalid_arg_type("fn", "a JS function (JSFunctionProxy)", fn)
    r = fn._realm
    t = check_timeout(timeout, "timeout")
    js_args = [to_js(a, r) for a in args]
    js_this = to_js(this, r)
    return to_python(_run_call(r, lambda: call(fn._obj, js_this, js_args), t), r)


class JSPromiseProxy(_ByIdentity, JSObjectProxy):  # type: ignore[misc]
    """A JS promise seen from Python: awaitable from asyncio, and settled synchronously by
    ``result(timeout=)``.

    Awaiting it (``await p``, or ``await p.wait(timeout=ms)``) runs the queued JS jobs, then,
    while the promise is still pending, sleeps until it settles (other tasks run meanwhile; a
    Python coroutine or future handed to JS, see ``pyjsvm.to_js``, settles its JS promise from
    the loop when it finishes, JS run from another thread may settle it too). It returns the fulfilled value (converted to Python) or raises the
    rejection as ``pyjsvm.JSError``. Promise proxies compare and hash by identity::

        >>> import asyncio, pyjsvm as vm
        >>> p = vm.run_in_new_context("Promise.resolve(20).then(x => x + 22)")
        >>> asyncio.run(p.wait(timeout=100))
        42
        >>> p.result()
        42
    """

    __slots__ = ()

    @property
    def state(self) -> str:
        """``'pending'``, ``'fulfilled'`` or ``'rejected'``."""
        state: str = self._obj.state  # type: ignore[attr-defined]
        return state

    def done(self) -> bool:
        """Whether the promise has settled (no job is run to find out)."""
        return self.state != PENDING

    def result(self, timeout: int | None = None) -> "JSValue":
        """Run queued JS jobs until the promise settles, within ``timeout`` ms; return its value
        or raise its rejection as ``JSError``. A promise that is still pending when no queued job
        is left (it waits for something outside JS, such as a Python future) raises ``VMError``
        with code ``'ERR_VM_PROMISE_PENDING'``; JS jobs running past the timeout raise the
        ``JSError`` timeout of every call."""
        t = check_timeout(timeout, "timeout")
        drain_jobs(self._realm, t)
        if self.done():
            return self._outcome()
        raise VMError("The promise is still pending and no queued JS job can settle it",
                      "ERR_VM_PROMISE_PENDING")

    async def wait(self, timeout: int | None = None) -> "JSValue":
        """Await the promise, within ``timeout`` ms in all: JS jobs running past it raise the
        ``JSError`` timeout of every call; the promise still pending at the deadline while no JS
        runs raises ``TimeoutError``. While nothing queued in this thread can settle it, the
        task sleeps until the promise settles (by JS running on another thread, or the jobs a
        finished Python awaitable queued): no polling."""
        t = check_timeout(timeout, "timeout")
        deadline = None if t is None else time.monotonic() + t / 1000.0
        import asyncio  # imported where used: a second of start-up for programs that never await
        loop = asyncio.get_running_loop()
        promise = self._obj
        assert isinstance(promise, JSPromise)
        while True:
            left = None if deadline is None else max(1, int((deadline - time.monotonic()) * 1000.0))
            drain_jobs(self._realm, left)
            if self.done():
                return self._outcome()
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError(f"The promise did not settle within {t}ms")
            woken: asyncio.Future[None] = loop.create_future()

            def wake(fut: "asyncio.Future[None]" = woken) -> None:
                # called where the promise settles: any thread, inside the engine
                if not loop.is_closed():
                    try:
                        loop.call_soon_threadsafe(_wake, fut)
                    except RuntimeError:  # the loop closed meanwhile
                        pass
            unwatch = watch_settlement(promise, wake)
            timer = None if deadline is None else loop.call_later(max(0.0, deadline - time.monotonic()), _wake, woken)
            with _WAITS_LOCK:
                _WAITS.setdefault(loop, set()).add(woken)
            try:
                await woken
            finally:
                unwatch()
                if timer is not None:
                    timer.cancel()
                with _WAITS_LOCK:
                    waits = _WAITS.get(loop)
                    if waits is not None:
                        waits.discard(woken)
                        if not waits:
                            del _WAITS[loop]

    def __await__(self) -> Generator[Any, None, "JSValue"]:
        return self.wait().__await__()

    def _outcome(self) -> "JSValue":
        p = self._obj
        if p.state == FULFILLED:  # type: ignore[attr-defined]
            return to_python(p.result, self._realm)  # type: ignore[attr-defined]
        if not p.is_handled:  # type: ignore[attr-defined]
            # Python took the rejection: it is handled now (no unhandled-rejection report).
            host_promise_rejection_tracker(p, "handle")
            p.is_handled = True  # type: ignore[attr-defined]
        err = js_error(p.result, self._realm)  # type: ignore[attr-defined]
        raise err from err.__cause__

    def __repr__(self) -> str:
        return f"<JSPromiseProxy {inspect_value(self._obj)}>"


# What JS values become in Python (see the module docstring): None is null, ``undefined`` is
# undefined, Numbers are int or float, BigInts BigInt, valid Dates datetime, objects live proxies (or the very Python
# mapping, list or callable that was handed in).
JSValue: TypeAlias = Union[None, bool, int, float, str, Undefined, BigInt, datetime.datetime, memoryview,
                           JSObjectProxy, JSArrayProxy, JSFunctionProxy, JSPromiseProxy, JSSymbol,
                           Mapping[Any, Any], Sequence[Any], Callable[..., Any]]

# What a deep copy (``to_python()``, ``pyjsvm.to_python``) gives: plain data all the way down
# (dict, list, set, bytes and the primitives of JSValue); functions, promises, an invalid Date
# and the Python containers or callables handed in earlier stay as they are.
PythonData: TypeAlias = Union[None, bool, int, float, str, Undefined, BigInt, datetime.datetime, bytes, JSSymbol,
                              "dict[Any, PythonData]", "list[PythonData]", "set[Any]",
                              JSObjectProxy, JSFunctionProxy, JSPromiseProxy,
                              Mapping[Any, Any], Sequence[Any], Callable[..., Any]]


def drain_jobs(realm: "Realm", timeout: int | None) -> None:
    """Run the queued JS jobs (``realm``'s own queue, then the agent's) within ``timeout`` ms,
    unless JS is already running on this thread (then the outer evaluation runs them)."""
    _run_call(realm, lambda: None, timeout)


def _wake(fut: "asyncio.Future[None]") -> None:
    if not fut.done():
        fut.set_result(None)


# The sleeping ``JSPromiseProxy.wait`` calls of each event loop (the future each sleeps on).
_WAITS: "dict[asyncio.AbstractEventLoop, set[asyncio.Future[None]]]" = {}
_WAITS_LOCK = threading.Lock()


# Python awaitables handed to JS, kept alive until they finish.
_PENDING_AWAITABLES: "set[asyncio.Future[Any]]" = set()


def _future_type() -> "type | tuple[()]":
    """``asyncio.Future`` once asyncio is imported (before, no value can be one)."""
    asyncio: Any = sys.modules.get("asyncio")
    return () if asyncio is None else cast(type, asyncio.Future)


def awaitable_to_js(aw: "Coroutine[Any, Any, Any] | asyncio.Future[Any]", realm: "Realm") -> JSObject:
    """NON-SPEC: a JS promise of ``realm`` settled by a Python coroutine or ``asyncio.Future``
    (the coroutine is scheduled as a task on the running loop). A result is converted to JS; an
    exception rejects the promise with a JS Error naming it (a ``JSError`` with its JS value); a
    cancellation rejects with an Error 'CancelledError'. The promise settles in a JS job, run with
    the jobs it leads to as soon as the awaitable finishes (in the loop's done callback, under the
    context's lock and limits). Needs a running asyncio event loop in
    this thread (``TypeError`` otherwise)."""
    import asyncio  # imported where used (see JSPromiseProxy.wait)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        if isinstance(aw, Coroutine):
            aw.close()  # never awaited: close it rather than leak a warning
        raise TypeError("A coroutine or asyncio.Future can be passed to JavaScript only while an "
                        "asyncio event loop runs in this thread") from None
    fut = asyncio.ensure_future(aw)
    _PENDING_AWAITABLES.add(fut)
    promise, resolve, reject = new_promise(realm)

    def settle(f: "asyncio.Future[Any]") -> None:
        _PENDING_AWAITABLES.discard(f)

        def steps() -> None:
            if f.cancelled():
                call(reject, None, [realm.new_error("Error", "CancelledError: the Python awaitable was cancelled")])
                return
            exc = f.exception()
            if exc is not None:
                call(reject, None, [_python_error_value(exc, realm)])
                return
            try:
                value = to_js_or_throw(f.result(), realm)
            except JSThrow as e:
                call(reject, None, [e.value])
                return
            call(resolve, None, [value])
        # As a job: resolving may run JS (a thenable's ``then`` getter), which runs under the
        # context's lock and limits like any evaluation, then the queue is drained at once
        # (the jobs do not wait for the next call from Python).
        enqueue_job(steps, realm)
        _drain_after_settle(realm, f.get_loop())
    fut.add_done_callback(settle)
    return promise


def _drain_after_settle(realm: "Realm", loop: "asyncio.AbstractEventLoop") -> None:
    """NON-SPEC: run the jobs a finished Python awaitable queued (this runs in a done callback,
    on the loop that owns the future, whose thread's queue holds them). When tasks of this loop
    are waiting for JS promises, they are woken and run the jobs, within their own timeouts (as
    Node's vm timeout covers the microtasks of its run); otherwise the jobs run here at once, as
    one evaluation in ``realm``: under its lock, step and memory limits, with no timeout (none
    was asked for; like Node's microtasks outside a vm run). Inside a running evaluation on
    this thread (a nested loop) the outer evaluation runs them. A limit that ends the drain is
    reported to the loop's exception handler: there is no caller to raise it to."""
    with _WAITS_LOCK:
        waits = list(_WAITS.get(loop, ()))
    if waits:
        for fut in waits:
            _wake(fut)
        return
    try:
        drain_jobs(realm, None)
    except PyjsvmError as e:
        loop.call_exception_handler({
            "message": "pyjsvm: the JS jobs queued by a finished Python awaitable were stopped",
            "exception": e,
        })


def describe_exception(exc: BaseException, detail: bool = True) -> str:
    """NON-SPEC: ``"TypeName: message"`` of a host exception for a JS error message (only
    ``"TypeName"`` without ``detail``); an exception whose ``__str__`` (or class name)
    misbehaves gives what could be read, never a Python exception of its own."""
    try:
        name = type(exc).__name__
        if not isinstance(name, str):
            name = "Exception"
    except Exception:
        name = "Exception"
    if not detail:
        return name
    try:
        message = str(exc)
    except Exception:
        return f"{name}: <unprintable {name}>"
    return f"{name}: {message}" if message else name


def _python_error_value(exc: BaseException, realm: "Realm") -> Any:
    """The JS value a Python exception becomes: a ``JSError``'s own JS value, else an Error of
    ``realm`` naming it (the JSError a Python caller later sees has it as ``__cause__``)."""
    if isinstance(exc, JSError):
        return exc.js_value
    # The message names the exception's type; its text (which may hold paths, hosts, data) only
    # when the context was made with host_error_detail=True. Python callers still get the
    # exception itself as the JSError's __cause__.
    detail = realm.host_defined.get("pyjsvm.host_error_detail", False)
    err = realm.new_error("Error", python_string_to_js(describe_exception(exc, detail)))
    _PY_CAUSES[err] = exc
    return err


# --- describing and copying JS values ------------------------------------------------------

_INSPECT_ITEMS = 20      # items shown per array, object, Map or Set before "... N more"
_INSPECT_STRING = 120    # characters shown of a string
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def inspect_value(v: Any, depth: int = 2) -> str:
    """NON-SPEC: a short description of a JS value in the style of Node's ``util.inspect``
    (``{ a: 1, b: [Array] }``), for ``repr`` of proxies. It never runs JS code (getters show as
    ``[Getter]``, a JS Proxy as ``[Proxy]``), shows at most ``_INSPECT_ITEMS`` items per
    container and ``depth`` levels of nesting, and marks cycles ``[Circular]``."""
    stack: list[JSObject] = []

    def prim(x: Any) -> str:
        if x is None:
            return "undefined"
        if x is NULL:
            return "null"
        t = type(x)
        if t is bool:
            return "true" if x else "false"
        if t is float:
            return number_to_string(x)
        if t is str:
            text = js_string_to_python(x)
            if len(text) > _INSPECT_STRING:
                text = text[:_INSPECT_STRING] + "..."
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"
        if t is JSBigInt:
            return f"{x.decimal()}n"
        if t is JSSymbol:
            return js_string_to_python(x.descriptive_string())
        return "?"

    def key_text(k: Any) -> str:
        if type(k) is JSSymbol:
            return "[" + js_string_to_python(k.descriptive_string()) + "]"
        text = js_string_to_python(k)
        return text if _IDENTIFIER.match(text) else prim(k)

    def items_text(parts: list[str], more: int, open_: str, close: str) -> str:
        if more > 0:
            parts.append(f"... {more} more item{'s' if more > 1 else ''}")
        return f"{open_} {', '.join(parts)} {close}" if parts else f"{open_}{close}"

    def value(x: Any, level: int) -> str:
        if not isinstance(x, JSObject):
            return prim(x)
        if any(x is s for s in stack):
            return "[Circular]"
        stack.append(x)
        try:
            return obj(x, level)
        except Exception:  # a host mapping that failed, a namespace binding in its TDZ ...
            return f"[{x.class_name}]"
        finally:
            stack.pop()

    def prop_text(o: JSObject, k: Any, level: int) -> str | None:
        d = o.get_own_property(k)
        if d is None or d.enumerable is not True:
            return None
        if d.is_accessor():
            kind = "Getter/Setter" if d.get not in (None, MISSING) and d.set not in (None, MISSING) else (
                "Getter" if d.get not in (None, MISSING) else "Setter")
            return f"{key_text(k)}: [{kind}]"
        return f"{key_text(k)}: {value(d.value, level + 1)}"

    def obj(o: JSObject, level: int) -> str:
        if o.is_proxy:
            return "[Proxy]"
        if o.is_callable:
            name = peek_data_property(o, "name")
            return f"[Function: {js_string_to_python(name)}]" if type(name) is str and name else \
                "[Function (anonymous)]"
        if isinstance(o, JSErrorObject):
            return "[" + safe_describe(o) + "]"
        if is_date(o):
            when = _date_to_python(o)
            return when.isoformat(timespec="milliseconds").replace("+00:00", "Z") if when else "Invalid Date"
        if isinstance(o, JSPromise):
            if o.state == PENDING:
                return "Promise { <pending> }"
            shown = value(o.result, level + 1)
            return f"Promise {{ {'<rejected> ' if o.state != FULFILLED else ''}{shown} }}"
        mv = _binary_to_python(o)
        if mv is not None:
            if isinstance(o, JSTypedArray):
                vals = mv.tolist()
                return items_text([number_to_string(float(n)) for n in vals[:_INSPECT_ITEMS]],
                                  len(vals) - _INSPECT_ITEMS, f"{o.name}({len(vals)}) [", "]")
            return f"{o.class_name} {{ byteLength: {mv.nbytes} }}"
        if level > depth:
            return "[Array]" if isinstance(o, JSArray) else f"[{o.class_name}]"
        if isinstance(o, JSArray):
            n = int(o.length)
            parts = []
            for i in range(min(n, _INSPECT_ITEMS)):
                d = o.get_own_property(str(i))
                if d is None:
                    parts.append("<empty>")
                elif d.is_accessor():
                    parts.append("[Getter]")
                else:
                    parts.append(value(d.value, level + 1))
            return items_text(parts, n - _INSPECT_ITEMS, "[", "]")
        if is_map(o):
            table = o.map_data
            keys = [(i, k) for i, k in enumerate(table.keys) if k is not MAP_SET.EMPTY]
            parts = [f"{value(k, level + 1)} => {value(table.values[i], level + 1)}" for i, k in keys[:_INSPECT_ITEMS]]
            return items_text(parts, len(keys) - _INSPECT_ITEMS, f"Map({len(keys)}) {{", "}")
        if is_set(o):
            members = [k for k in o.set_data.keys if k is not MAP_SET.EMPTY]
            parts = [value(k, level + 1) for k in members[:_INSPECT_ITEMS]]
            return items_text(parts, len(members) - _INSPECT_ITEMS, f"Set({len(members)}) {{", "}")
        shown_props: list[str] = []
        more = 0
        for k in o.own_property_keys():
            if len(shown_props) < _INSPECT_ITEMS:
                text = prop_text(o, k, level)
                if text is not None:
                    shown_props.append(text)
            else:
                d = o.get_own_property(k)
                more += d is not None and d.enumerable is True
        parts = shown_props
        prefix = "" if o.class_name == "Object" else o.class_name + " "
        return prefix + items_text(parts, more, "{", "}")

    try:
        with engine_limits():
            return value(v, 0)
    except Exception:
        return "[object]"


def deep_to_python(v: Any, realm: "Realm", timeout: int | None = None) -> PythonData:
    """A deep copy of JS value ``v`` as plain Python data (see ``pyjsvm.to_python``), made within
    ``timeout`` ms (reading properties runs getters and proxy traps)."""
    memo: dict[int, Any] = {}

    def conv(x: Any) -> Any:
        if not isinstance(x, JSObject):
            return to_python(x, realm)
        done = memo.get(id(x), _ABSENT)
        if done is not _ABSENT:
            return done
        if is_date(x) or x.is_callable or isinstance(x, (JSPromise, MappingObject, PyListArray)):
            return to_python(x, realm)
        mv = _binary_to_python(x)
        if mv is not None:
            memo[id(x)] = data = mv.tobytes()
            return data
        if is_map(x):
            d: dict[Any, Any] = {}
            memo[id(x)] = d
            table = x.map_data
            for i, k in enumerate(list(table.keys)):
                if k is not MAP_SET.EMPTY:
                    d[hashable(conv(k), "Map key")] = conv(table.values[i])
            return d
        if is_set(x):
            s: set[Any] = set()
            memo[id(x)] = s
            for k in list(x.set_data.keys):
                if k is not MAP_SET.EMPTY:
                    s.add(hashable(conv(k), "Set element"))
            return s
        if is_array(x):
            lst: list[Any] = []
            memo[id(x)] = lst
            for i in range(int(length_of_array_like(x))):
                lst.append(conv(x.get(str(i), x)))
            return lst
        out: dict[str, Any] = {}
        memo[id(x)] = out
        for k in x.own_property_keys():
            if type(k) is str:
                d2 = x.get_own_property(k)
                if d2 is not None and d2.enumerable is True:
                    out[js_string_to_python(k)] = conv(x.get(k, x))
        return out

    def hashable(x: Any, what: str) -> Any:
        try:
            hash(x)
        except TypeError:
            throw_type_error(f"a {what} that is an object or array has no Python equivalent "
                             f"(it would be an unhashable {type(x).__name__})")
        return x

    try:
        data: PythonData = run_guarded(realm, lambda: conv(v), timeout)
        return data
    except JSThrow as e:
        err = js_error(e.value, realm)
        raise err from err.__cause__


def json_default(o: Any) -> Any:
    """A ``default=`` for ``json.dumps`` that serialises what crosses from JS as
    ``JSON.stringify`` would: object proxies as objects, array proxies as arrays, ``undefined``,
    functions and symbols as null, a datetime as its ISO string with milliseconds and ``Z``
    (``Date.prototype.toJSON``), binary data as a list of numbers, a set as a list. Getters run
    without a time limit: use ``to_python(timeout=...)`` first for objects of untrusted code.

        >>> import json, pyjsvm as vm
        >>> json.dumps(vm.run_in_new_context("({when: new Date(0), list: [1, 2n]})"), default=vm.json_default)
        '{"when": "1970-01-01T00:00:00.000Z", "list": [1, 2]}'
    """
    if isinstance(o, JSFunctionProxy) or o is undefined or isinstance(o, JSSymbol):
        return None
    if isinstance(o, JSPromiseProxy):
        return {}
    if isinstance(o, (JSObjectProxy, JSArrayProxy)):
        return o.to_python()
    if isinstance(o, datetime.datetime):
        return o.astimezone(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    if isinstance(o, memoryview):
        return o.tolist()
    if isinstance(o, (bytes, bytearray)):
        return list(o)
    if isinstance(o, (set, frozenset)):
        return list(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


# --- Python -> JS ----------------------------------------------------------------------------

def _wrappers(realm: "Realm") -> "weakref.WeakValueDictionary[int, JSObject]":
    w = realm.host_defined.get("pyjsvm.wrappers")
    if w is None:
        w = realm.host_defined["pyjsvm.wrappers"] = weakref.WeakValueDictionary()
    return w  # type: ignore[no-any-return,unused-ignore]


def to_js(v: Any, realm: "Realm") -> Any:
    """Convert a Python value to JS for ``realm`` (see the module docstring); raises
    ``TypeError`` for a value that cannot cross."""
    t = type(v)
    if t is str:
        return python_string_to_js(v)
    if t is int:
        return _int_to_number(v)
    if t is float or t is bool:
        return v
    if v is None:
        return NULL
    if v is undefined:
        return None
    if isinstance(v, _ProxyBase):
        if v._realm is realm:
            return v._obj
        # an object of another context: it crosses the membrane (never as itself)
        return cross_realm(v._obj, v._realm, realm)
    if isinstance(v, bool):
        return bool(v)
    if isinstance(v, BigInt):
        return JSBigInt(int(v))
    if isinstance(v, int):
        return _int_to_number(int(v))
    if isinstance(v, float):
        return float(v)
    if isinstance(v, str):
        return python_string_to_js(str(v))
    if t is JSSymbol or t is JSBigInt or isinstance(v, JSObject):
        return v
    if isinstance(v, (bytes, memoryview)):
        return _bytes_to_js(v, realm)
    if isinstance(v, datetime.datetime):
        return _datetime_to_js(v, realm)
    if isinstance(v, (set, frozenset)):
        return _set_to_js(v, realm)
    if isinstance(v, Coroutine):
        return awaitable_to_js(v, realm)
    if isinstance(v, _future_type()):
        return awaitable_to_js(cast("asyncio.Future[Any]", v), realm)
    cache = _wrappers(realm)
    w = cache.get(id(v))
    if w is not None:
        return w
    if isinstance(v, bytearray):
        w = _bytes_to_js(v, realm)
    elif isinstance(v, Mapping):
        store = realm.global_object.contextified_object
        if isinstance(store, MappingObject) and store.mapping is v:
            return realm.global_object  # a context's own contextified object is its global `this` (as in Node)
        w = MappingObject(realm.object_prototype, v, realm)
    elif isinstance(v, (list, tuple)):
        w = PyListArray(realm, v)
    elif callable(v):
        w = PyFunction(realm, v)
    else:
        raise TypeError(f"Cannot pass a value of type {t.__name__} to JavaScript")
    cache[id(v)] = w
    return w


def _int_to_number(v: int) -> float:
    """A Python int as a Number: exact within +-2**53, else ``ValueError`` (see the table)."""
    if -MAX_EXACT_INT <= v <= MAX_EXACT_INT:
        return float(v)
    raise ValueError(f"int {v} is outside the range of exact Numbers (+-2**53): pass "
                     f"pyjsvm.BigInt(value) for a BigInt or float(value) for an approximate Number")


def _datetime_to_js(v: datetime.datetime, realm: "Realm") -> JSObject:
    """NON-SPEC: an aware ``datetime`` as a Date of ``realm`` (milliseconds since the epoch,
    microseconds truncated)."""
    if v.tzinfo is None or v.utcoffset() is None:
        raise TypeError("Cannot pass a naive datetime to JavaScript: give it a tzinfo "
                        "(e.g. datetime.timezone.utc)")
    delta = v - _EPOCH
    ms = (delta.days * 86_400_000 + delta.seconds * 1000 + delta.microseconds // 1000)
    return DATE.JSDateObject(realm.intrinsics["%Date.prototype%"], float(ms))  # type: ignore[no-any-return]


def _date_to_python(o: Any) -> datetime.datetime | None:
    """NON-SPEC: a Date's time value as an aware UTC ``datetime`` (None when invalid or outside
    what ``datetime`` holds)."""
    t = o.date_value
    if t != t:
        return None
    try:
        return _EPOCH + datetime.timedelta(milliseconds=t)
    except OverflowError:
        return None


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def _set_to_js(v: "set[Any] | frozenset[Any]", realm: "Realm") -> JSObject:
    """NON-SPEC: a new Set of ``realm`` holding the converted elements (in iteration order)."""
    s = MAP_SET.JSSet(realm.intrinsics["%Set.prototype%"])
    for item in v:
        s.set_data.add(MAP_SET.canonicalize_keyed_collection_key(to_js(item, realm)))
    return s  # type: ignore[no-any-return]


def to_js_or_throw(v: Any, realm: "Realm") -> Any:
    """``to_js`` for values that reach JS while it runs: a value that cannot cross throws a JS
    TypeError (a JS RangeError for an int out of range) that the script can catch, instead of a
    Python exception."""
    try:
        return to_js(v, realm)
    except TypeError as e:
        throw_type_error(str(e))
    except ValueError as e:
        throw_range_error(str(e))


class PyFunction(BuiltinFunction):
    """A Python callable as a JS function of one realm. Arguments are converted to Python and
    the result back to JS; ``this`` is not passed. A ``pyjsvm.JSError`` raised by the callable
    re-throws its JS value; any other ``Exception`` becomes a JS ``Error`` of the calling realm
    whose message names the Python exception (``BaseException``s such as a timeout or
    KeyboardInterrupt pass through)."""

    __slots__ = ("py_callable",)

    def __init__(self, realm: "Realm", fn: Callable[..., Any]) -> None:
        try:
            name = getattr(fn, "__name__", "")
        except Exception:  # NON-SPEC: a callable whose attribute lookup misbehaves has no name
            name = ""

        def impl(realm: "Realm", this: Any, args: list[Any], new_target: Any) -> Any:
            return call_python(fn, realm, args)
        BuiltinFunction.__init__(self, realm, impl, python_string_to_js(name) if isinstance(name, str) else "", 0)
        self.py_callable = fn


def call_python(fn: Callable[..., Any], realm: "Realm", args: list[Any]) -> Any:
    """Call a Python callable from JS (see ``PyFunction``)."""

    try:
        py_args = [to_python(a, realm) for a in args]
        saved = host_limit_enter()  # the host's recursion limit for host code
        try:
            result = fn(*py_args)
        finally:
            host_limit_exit(saved)
    except JSError as e:
        raise JSThrow(thrown_by_host(e.js_value, realm)) from None
    except JSThrow:
        raise
    except Exception as e:  # every other Python error becomes a JS Error
        raise JSThrow(_python_error_value(e, AGENT.realm or realm)) from None
    return to_js_or_throw(result, realm)


# NON-SPEC: how far JS may grow a host list at once (``l.length = 2**32 - 1`` would otherwise
# make Python allocate four billion slots)
MAX_HOST_LIST_GROWTH = 1 << 24


class PyListArray(JSArray):
    """A Python list (or, read-only, a tuple) as a live JS Array of one realm.

    Elements are read from and written to the list (converted on each access); writing past
    the end extends the list with ``undefined``; ``length`` follows ``len()``. Deleting an
    element stores ``undefined`` (a list has no holes). Elements are always plain data
    properties: defining one with other attributes (e.g. ``Object.freeze``) fails. Other
    properties (``arr.foo = 1``) live on the JS side only."""

    __slots__ = ("items", "readonly", "realm")
    simple_props = False

    def __init__(self, realm: "Realm", items: "list[Any] | tuple[Any, ...]") -> None:
        JSObject.__init__(self, realm.array_prototype)
        self.dense = None
        self.items = items
        self.realm = realm
        self.readonly = isinstance(items, tuple)
        self.length_writable = not self.readonly
        if self.readonly:
            self.extensible = False

    @property  # type: ignore[override,unused-ignore]
    def length(self) -> int:
        return self._len()

    @length.setter
    def length(self, n: int) -> None:
        self._resize(n)

    def _len(self) -> int:
        """len() of the host list; a host list whose __len__ fails or lies is a JS error."""
        try:
            n = len(self.items)
        except Exception as e:  # NON-SPEC: a misbehaving host object is a JS error
            raise JSThrow(_python_error_value(e, self.realm)) from None
        if type(n) is not int or n < 0:  # pragma: no cover - len() itself checks this
            throw_type_error("a host list reported an invalid length")
        if n > 2**32 - 1:  # NON-SPEC: no Array is longer (a __len__ of 2**40: Object.keys ran out of memory)
            throw_range_error("Invalid array length: a host list reported more than 2**32 - 1 elements")
        return n

    def _resize(self, n: int) -> None:
        items = self.items
        if isinstance(items, list):
            try:
                if n < len(items):
                    del items[n:]
                elif n > len(items):
                    if n - len(items) > MAX_HOST_LIST_GROWTH:
                        throw_range_error("Invalid array length: a host list grows by at most "
                                          f"{MAX_HOST_LIST_GROWTH} elements at once")
                    items.extend([undefined] * (n - len(items)))
            except (JSThrow, Interrupted):
                raise
            except Exception as e:
                raise JSThrow(_python_error_value(e, self.realm)) from None

    def _elem(self, i: int) -> Any:
        try:
            v = self.items[i]
        except Exception as e:  # NON-SPEC: a misbehaving host object is a JS error
            raise JSThrow(_python_error_value(e, self.realm)) from None
        return to_js_or_throw(v, self.realm)

    def _put(self, i: int, value: Any) -> bool:
        items = self.items
        if not isinstance(items, list):
            return False
        v = to_python(value, self.realm)
        n = self._len()
        if i >= n and (not self.extensible or not self.length_writable):
            return False
        if i - n >= MAX_HOST_LIST_GROWTH:
            # (as _resize: l[2**32 - 2] = 1 made a list of 2**32 - 1 items, a MemoryError that
            # left the engine)
            throw_range_error("Invalid array length: a host list grows by at most "
                              f"{MAX_HOST_LIST_GROWTH} elements at once")
        try:
            if i < n:
                items[i] = v
                return True
            if i > n:
                items.extend([undefined] * (i - n))
            items.append(v)
        except Exception as e:  # NON-SPEC: a misbehaving host object is a JS error
            raise JSThrow(_python_error_value(e, self.realm)) from None
        return True

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        if key == "length":
            return PropertyDescriptor(value=float(self._len()), writable=self.length_writable,
                                      enumerable=False, configurable=False)
        i = array_index(key)
        if 0 <= i < self._len():
            ro = self.readonly
            return PropertyDescriptor(value=self._elem(i), writable=not ro, enumerable=True, configurable=not ro)
        return JSObject.get_own_property(self, key)

    def has_property(self, key: Any) -> bool:
        if key == "length":
            return True
        i = array_index(key)
        if 0 <= i < self._len():
            return True
        if key in self.props:
            return True
        p = self.proto
        return p is not None and p.has_property(key)

    def get(self, key: Any, receiver: Any) -> Any:
        if key == "length":
            return float(self._len())
        i = array_index(key)
        if 0 <= i < self._len():
            return self._elem(i)
        return JSObject.get(self, key, receiver)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        if receiver is self and type(key) is str:
            i = array_index(key)
            if 0 <= i < self._len():
                stored: bool = self._put(i, value)
                return stored
        return ordinary_set(self, key, value, receiver)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        if key == "length":
            if self.readonly:
                return validate_and_apply_property_descriptor(None, key, False, desc, self.get_own_property(key))
            return self.array_set_length(desc)
        i = array_index(key)
        if i >= 0:
            if desc.is_accessor() or desc.writable is False or desc.enumerable is False or desc.configurable is False:
                return False
            if i >= self._len() and (not self.extensible or not self.length_writable):
                return False
            if self.readonly:
                return False
            if desc.value is MISSING:
                return i < self._len() or self._put(i, None)
            return self._put(i, desc.value)
        return ordinary_define_own_property(self, key, desc)

    def _grow(self, new_len: int, limit: int = 0) -> None:
        self._resize(new_len)  # (the Python list holds every element: no limit applies)

    def _shrink(self, new_len: int) -> bool:
        self._resize(new_len)
        return True

    def delete(self, key: Any) -> bool:
        i = array_index(key)
        if 0 <= i < self._len():
            if self.readonly:
                return False
            try:
                self.items[i] = undefined  # type: ignore[index]
            except Exception as e:
                raise JSThrow(_python_error_value(e, self.realm)) from None
            return True
        if key == "length":
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self) -> list[Any]:
        n = self._len()
        keys: list[Any] = []
        for start in range(0, n, ITEM_PIECE):  # (NON-SPEC: in pieces, the budget checked between)
            check_stop()
            keys.extend(map(str, range(start, min(n, start + ITEM_PIECE))))
        return keys + ["length"] + ordered_keys(self.props)

    def prevent_extensions(self) -> bool:
        self.extensible = False
        return True


JSError.describe_value = staticmethod(describe_thrown_value)
JSError.convert_value = staticmethod(to_python)


_ABSENT: Any = object()


def _flags_of(desc: PropertyDescriptor, default: int = 0) -> int:
    """The W/E/C flags a data descriptor asks for, absent fields taken from ``default``."""
    f = 0
    for field, bit in ((desc.writable, W), (desc.enumerable, E), (desc.configurable, C)):
        if field is MISSING:
            f |= default & bit
        elif field is True:
            f |= bit
    return f


class MappingObject(JSObject):
    """A Python ``Mapping`` as a live JS object of one realm (see the module docstring)."""

    __slots__ = ("mapping", "realm", "attrs", "cache", "mutable")
    simple_props = False

    def __init__(self, proto: JSObject | None, mapping: Mapping[Any, Any], realm: "Realm") -> None:
        JSObject.__init__(self, proto)
        self.mapping = mapping
        self.realm = realm
        self.mutable = isinstance(mapping, MutableMapping)
        self.attrs: dict[str, int] = {}        # JS key -> W|E|C flags, when not all three
        self.cache: dict[Any, tuple[Any, Any]] = {}  # Python key -> (Python value, JS value)

    # --- the mapping side -------------------------------------------------------------------
    def _host_error(self, e: Exception) -> NoReturn:
        raise JSThrow(_python_error_value(e, self.realm)) from None

    def _contains(self, pk: Any) -> bool:
        try:
            return pk in self.mapping
        except Exception as e:
            self._host_error(e)

    def _lookup(self, key: str) -> Any:
        """The JS value of mapping item ``key`` (a JS string), or _ABSENT."""
        pk = key if key.isascii() else js_string_to_python(key)
        try:
            v = self.mapping.get(pk, _ABSENT)
        except Exception as e:
            self._host_error(e)
        t = type(v)
        if t is float or t is bool:
            return v
        if t is int and -MAX_EXACT_INT <= v <= MAX_EXACT_INT:
            return float(v)
        if t is str:
            return v if v.isascii() else python_string_to_js(v)
        if v is _ABSENT:
            return _ABSENT
        c = self.cache.get(pk)
        if c is not None and c[0] is v:
            return c[1]
        j = to_js_or_throw(v, self.realm)
        self.cache[pk] = (v, j)
        return j

    def _store(self, key: str, value: Any) -> bool:
        """Write JS ``value`` to mapping item ``key`` (a JS string)."""
        return self._store_py_key(key if key.isascii() else js_string_to_python(key), value)

    def _store_py_key(self, pk: Any, value: Any) -> bool:
        if not self.mutable:
            return False
        t = type(value)
        # NON-SPEC fast paths for the common primitives (same results as to_python).
        if t is float:
            py = int(value) if value.is_integer() and -9007199254740992.0 <= value <= 9007199254740992.0 and (
                value or math.copysign(1.0, value) > 0.0) else value
        elif t is str:
            py = value if value.isascii() else js_string_to_python(value)
        elif value is NULL:
            py = None
        elif t is JSObject or t is JSArray:
            py = _object_to_python(value, self.realm)
        else:
            py = to_python(value, self.realm)
        try:
            self.mapping[pk] = py  # type: ignore[index]
        except Exception as e:
            self._host_error(e)
        if isinstance(value, JSObject) or value is NULL or value is None:
            # (null and undefined too: the Python None or undefined read back as they were)
            self.cache[pk] = (py, value)
        elif self.cache:
            # The entry of an object this key held before would keep that object alive.
            self.cache.pop(pk, None)
        return True

    def _remove(self, key: str) -> bool:
        if not self.mutable:
            return False
        pk = key if key.isascii() else js_string_to_python(key)
        try:
            del self.mapping[pk]  # type: ignore[attr-defined]
        except KeyError:
            pass
        except Exception as e:
            self._host_error(e)
        self.cache.pop(pk, None)
        self.attrs.pop(key, None)
        return True

    def _item_desc(self, key: str, v: Any) -> PropertyDescriptor:
        f = self.attrs.get(key, WEC) if self.attrs else WEC
        return PropertyDescriptor(value=v, writable=bool(f & W), enumerable=bool(f & E), configurable=bool(f & C))

    # --- internal methods -------------------------------------------------------------------
    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        if type(key) is str:
            v = self._lookup(key)
            if v is not _ABSENT:
                return self._item_desc(key, v)
        return JSObject.get_own_property(self, key)

    def has_property(self, key: Any) -> bool:
        if type(key) is str:
            try:
                if (key if key.isascii() else js_string_to_python(key)) in self.mapping:
                    return True
            except Exception as e:
                self._host_error(e)
        if key in self.props:
            return True
        p = self.get_prototype_of()
        return isinstance(p, JSObject) and p.has_property(key)

    def get(self, key: Any, receiver: Any) -> Any:
        if type(key) is str:
            v = self._lookup(key)
            if v is not _ABSENT:
                return v
        return JSObject.get(self, key, receiver)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        if receiver is self and type(key) is str:
            pk = key if key.isascii() else js_string_to_python(key)
            try:
                present = pk in self.mapping
            except Exception as e:
                self._host_error(e)
            if present:
                if self.attrs and not self.attrs.get(key, WEC) & W:
                    return False
                written: bool = self._store_py_key(pk, value)
                return written
            stored = self.props.get(key, MISSING)
            if stored is not MISSING and self._shadow_on_write(stored):
                written = self._store(key, value)
                return written
        # A new property, or one reached through the prototype chain: the spec's path, which
        # ends in define_own_property below when a property is created.
        return ordinary_set(self, key, value, receiver)

    def _shadow_on_write(self, stored: Any) -> bool:
        """NON-SPEC: whether assigning to this own ordinary (``props``) property writes the
        mapping instead (only the contextified global's writable built-ins do)."""
        return False

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        if type(key) is not str:
            return ordinary_define_own_property(self, key, desc)
        v = self._lookup(key)
        if v is not _ABSENT:
            # An item of the mapping.
            current = self._item_desc(key, v)
            if not validate_and_apply_property_descriptor(None, key, self.extensible, desc, current):
                return False
            if desc.is_accessor():
                if not self._remove(key):
                    return False
                flags = _flags_of(desc, _flags_of(current)) & (E | C)
                g = desc.get if desc.get is not MISSING else None
                s = desc.set if desc.set is not MISSING else None
                self.props[key] = Prop(None, flags | A, g, s)
                return True
            flags = _flags_of(desc, _flags_of(current))
            if desc.value is not MISSING and not self._store(key, desc.value):
                return False
            self._set_attrs(key, flags)
            return True
        if key in self.props:
            # An accessor (or, on the contextified global, a built-in): an ordinary property.
            return ordinary_define_own_property(self, key, desc)
        # 2. A new property (ValidateAndApplyPropertyDescriptor with current undefined).
        if not self.extensible:
            return False
        if desc.is_accessor():
            return ordinary_define_own_property(self, key, desc)
        if not self._store(key, desc.value if desc.value is not MISSING else None):
            return False
        self._set_attrs(key, _flags_of(desc))
        return True

    def _set_attrs(self, key: str, flags: int) -> None:
        if flags == WEC:
            if self.attrs:
                self.attrs.pop(key, None)
        else:
            self.attrs[key] = flags

    def delete(self, key: Any) -> bool:
        if type(key) is str and self._contains(key if key.isascii() else js_string_to_python(key)):
            if self.attrs and not self.attrs.get(key, WEC) & C:
                return False
            return self._remove(key)
        return JSObject.delete(self, key)

    def own_property_keys(self) -> list[Any]:
        keys: dict[Any, None] = {}
        try:
            it = iter(self.mapping)
        except Exception as e:
            self._host_error(e)
        n = 0
        while True:
            # NON-SPEC: the budget checked as the keys come (a mapping whose iteration never
            # ended hung Object.keys(globalThis) past its timeout)
            n += 1
            if not n & 4095:
                check_stop()
            try:
                k = next(it)
            except StopIteration:
                break
            except Exception as e:
                self._host_error(e)
            if isinstance(k, str):
                keys[python_string_to_js(str(k))] = None
        for k in self.props:
            keys[k] = None
        return ordered_keys(keys)


def _host_value_to(x: JSObject, dst: "Realm") -> Any:
    """The membrane's view of a host wrapper (see ``pyjsvm.api.membrane.HOST_VALUE_TO``): the
    Python value itself, handed to ``dst``."""
    if isinstance(x, PyFunction):
        return to_js(x.py_callable, dst)
    if isinstance(x, MappingObject):
        return to_js(x.mapping, dst)
    if isinstance(x, PyListArray):
        return to_js(x.items, dst)
    return None


HOST_VALUE_TO[0] = _host_value_to
