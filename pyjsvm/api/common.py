"""What the vm API's modules share: the option validators, ``vm.constants``, the API's type
aliases, the registry of contexts, the displayErrors arrows (``ARROWS``) and the Python side's
errors for compile errors and JS throws.

``api/vm.py`` (scripts and contexts) and ``api/modules.py`` (ES modules) both build on this
module; neither imports the other's internals, so the API layer has no import cycle.
"""
from __future__ import annotations

import math
import re
import sys
import threading
import weakref
from collections.abc import Callable, ItemsView, Iterator, Mapping, ValuesView
from reprlib import recursive_repr
from pyjsvm.syntax.record import record
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from pyjsvm.api.convert import MAX_EXACT_INT, JSObjectProxy, js_error, to_python, undefined
from pyjsvm.api.validators import check_bool, check_int32, check_str, check_timeout
from pyjsvm.errors import JSError, invalid_arg_type
from pyjsvm.runtime.agent import AGENT
from pyjsvm.runtime.objects import C, JSObject, Prop, W
from pyjsvm.runtime.stack import throw_site
from pyjsvm.runtime.environments import GlobalCell, HostValue
from pyjsvm.runtime.values import NULL
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js

MAX_EXACT_NUMBER = float(MAX_EXACT_INT)

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

DEFAULT_FILENAME = "evalmachine.<anonymous>"

# Errors that carry a Node "arrow" (file:line, source line, caret): recorded by a run or a
# compilation with displayErrors (``api/vm_core.py``), shown in front of the Python-side stack
# and printed by the ``pyjsvm`` command above an uncaught error.
ARROWS: "weakref.WeakKeyDictionary[JSObject, str]" = weakref.WeakKeyDictionary()
# Thrown objects whose own ``stack`` the JS face of node:vm has prefixed with their arrow
# (displayErrors, ``host/node_vm.py``): the ``pyjsvm`` command prints no second arrow above them.
DECORATED: "weakref.WeakSet[JSObject]" = weakref.WeakSet()


# The types the API takes: cached data in any bytes-like form; a context (a contextified mapping,
# or the proxy of a DONT_CONTEXTIFY global); an importModuleDynamically callback or
# constants.USE_MAIN_CONTEXT_DEFAULT_LOADER.
CachedData: TypeAlias = Union[bytes, bytearray, memoryview]
Context: TypeAlias = Mapping[str, Any]


class _Constant:
    """A named sentinel of ``vm.constants``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"vm.constants.{self.name}"


# (defined after _Constant so that the alias holds no forward reference)
ImportModuleDynamically: TypeAlias = Union[Callable[..., Any], _Constant]


class constants:  # noqa: N801 - mirrors Node's ``vm.constants``
    """Sentinels of the vm API (Node: ``vm.constants``): ``DONT_CONTEXTIFY``, given to
    ``create_context`` instead of a mapping, makes a context whose global is an ordinary JS object
    (the result is a ``JSObjectProxy`` of it); ``USE_MAIN_CONTEXT_DEFAULT_LOADER``, as an
    ``import_module_dynamically`` value, makes ``import()`` resolve like the main context's (e.g.
    the ``pyjsvm`` command's ES module loader).

        >>> import pyjsvm as vm
        >>> g = vm.create_context(vm.constants.DONT_CONTEXTIFY)
        >>> vm.run_in_context("var x = 1; Object.getPrototypeOf(globalThis) === Object.prototype", g)
        True
        >>> g["x"]
        1
    """

    DONT_CONTEXTIFY = _Constant("DONT_CONTEXTIFY")
    USE_MAIN_CONTEXT_DEFAULT_LOADER = _Constant("USE_MAIN_CONTEXT_DEFAULT_LOADER")


# --- contexts ----------------------------------------------------------------------------------

@record(eq=False)
class _Context:
    """What the vm layer keeps about one context."""

    realm: "Realm"
    name: str
    origin: str
    contextified: bool
    microtask_mode: str | None = None


class _ItemsView(ItemsView[str, Any]):
    """``ContextObject.items()``: a live view, as ``dict.items()`` (converted values)."""

    def __reversed__(self) -> Iterator[tuple[str, Any]]:
        m: Any = self._mapping  # type: ignore[attr-defined]
        return ((k, m[k]) for k in reversed(m))

    def __repr__(self) -> str:
        return f"dict_items({list(self)!r})"


class _ValuesView(ValuesView[Any]):
    """``ContextObject.values()``: a live view, as ``dict.values()`` (converted values)."""

    def __reversed__(self) -> Iterator[Any]:
        m: Any = self._mapping  # type: ignore[attr-defined]
        return (m[k] for k in reversed(m))

    def __repr__(self) -> str:
        return f"dict_values({list(self)!r})"


class ContextObject(dict[str, Any]):
    """The mapping ``create_context()`` returns when given no object: a dict that carries its
    context (so it needs no registry entry and is freed like any other object).

        >>> import pyjsvm as vm
        >>> ctx = vm.create_context()
        >>> _ = vm.run_in_context("var greeting = 'hi'", ctx)
        >>> ctx
        ContextObject({'greeting': 'hi'})

    NON-SPEC: no Python code but the user's sees its values, so they are kept as JS values
    (``_js``: key -> JS value, the store of its global, ``api/contextified.ContextStore``, read and
    written in place by compiled code like an ordinary global's properties) and converted when
    Python reads them, through the methods below (a ``dict`` subclass's ``__iter__`` makes
    ``dict(ctx)``, ``{**ctx}`` and ``json.dumps`` read them so too). The dict itself holds the
    same keys, in the same order (its values are None, not used), so that ``len``, ``in`` and
    ``keys()`` need no override. ``_py``: key -> (JS value, Python value), the Python value of
    an item as Python wrote it or first read it while the item still holds that JS value (objects
    keep their identity, ``5.0`` stays a float); JS writes drop the entry. ``_cells``: the
    ``GlobalCell`` of each item compiled code reads (runtime/environments.GlobalCell): every write
    here clears the item's. A value Python writes
    that is not a primitive is converted for JS when JS first reads it (a ``HostValue`` until
    then), as the items of any other mapping are. A ``ContextObject`` made otherwise
    (``ContextObject()``, ``copy.copy``) is an ordinary dict (``_js`` None)."""

    _pyjsvm_context: _Context
    _js: "dict[str, Any] | None" = None
    _py: "dict[str, tuple[Any, Any]]"
    _cells: "dict[str, GlobalCell]"

    def _hold_js_values(self) -> None:
        """Make this empty dict the holder of a new context's items as JS values."""
        self._js = {}
        self._py = {}
        self._cells = {}

    def _drop_cell(self, key: Any) -> None:
        c = self._cells.get(key)
        if c is not None:
            c.p = None

    def _to_python(self, key: Any, v: Any) -> Any:
        """The Python value of item ``key``, whose JS value is ``v``."""
        c = self._py.get(key)
        if c is not None and c[0] is v:
            return c[1]
        t = type(v)
        if t is float:
            if v.is_integer() and -MAX_EXACT_NUMBER <= v <= MAX_EXACT_NUMBER and (v or math.copysign(1.0, v) > 0.0):
                return int(v)
            return v
        if t is str:
            return v if v.isascii() else js_string_to_python(v)
        if t is bool:
            return v
        if v is None:
            return undefined
        if v is NULL:
            return None
        if t is HostValue:
            return v.value
        py = to_python(v, self._pyjsvm_context.realm)
        self._py[key] = (v, py)  # (its identity kept while the item holds the object)
        return py

    def _to_js(self, key: Any, py: Any) -> Any:
        """The JS value to hold for ``py`` written from Python to item ``key``."""
        t = type(py)
        if t is str:
            return py if py.isascii() else python_string_to_js(py)
        if t is bool:
            return py
        if t is int and -MAX_EXACT_INT <= py <= MAX_EXACT_INT:
            return float(py)
        if t is float:
            if py.is_integer():
                self._py[key] = (py, py)  # it reads back as written, a float
            return py
        if py is None:
            return NULL
        if py is undefined:
            return None
        return HostValue(py)

    def _snapshot(self) -> dict[str, Any]:
        js = self._js
        assert js is not None
        return {k: self._to_python(k, js[k]) for k in dict.keys(self)}

    def __getitem__(self, key: Any) -> Any:
        js = self._js
        if js is None:
            return dict.__getitem__(self, key)
        dict.__getitem__(self, key)  # (a KeyError as a dict's)
        return self._to_python(key, js[key])

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self:
            return self[key]
        return default

    def __setitem__(self, key: Any, value: Any) -> None:
        js = self._js
        if js is None:
            dict.__setitem__(self, key, value)
            return
        self._py.pop(key, None)
        j = self._to_js(key, value)
        if key not in self:
            dict.__setitem__(self, key, None)
        js[key] = j
        self._drop_cell(key)

    def __delitem__(self, key: Any) -> None:
        dict.__delitem__(self, key)
        if self._js is not None:
            self._js.pop(key, None)
            self._py.pop(key, None)
            self._drop_cell(key)

    def __iter__(self) -> Iterator[str]:
        # (overridden: ``dict(ctx)`` and ``{**ctx}`` then read the items through __getitem__)
        return dict.__iter__(self)

    def values(self) -> ValuesView[Any]:  # type: ignore[override]
        return _ValuesView(self) if self._js is not None else dict.values(self)

    def items(self) -> ItemsView[str, Any]:  # type: ignore[override]
        return _ItemsView(self) if self._js is not None else dict.items(self)

    def pop(self, key: Any, *default: Any) -> Any:
        if key not in self:
            if default:
                return default[0]
            raise KeyError(key)
        v = self[key]
        del self[key]
        return v

    def popitem(self) -> tuple[str, Any]:
        if not self:
            raise KeyError("popitem(): dictionary is empty")
        key = next(reversed(dict.keys(self)))
        return key, self.pop(key)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key in self:
            return self[key]
        self[key] = default
        return default

    def update(self, *args: Any, **kwargs: Any) -> None:
        if self._js is None:
            dict.update(self, *args, **kwargs)
            return
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def __ior__(self, other: Any) -> "ContextObject":  # type: ignore[override,misc]
        self.update(other)
        return self

    def clear(self) -> None:
        dict.clear(self)
        if self._js is not None:
            self._js.clear()
            self._py.clear()
            for c in self._cells.values():
                c.p = None

    def copy(self) -> dict[str, Any]:
        return self._snapshot() if self._js is not None else dict(dict.items(self))

    def __eq__(self, other: object) -> bool:
        mine = self._snapshot() if self._js is not None else dict(dict.items(self))
        if isinstance(other, ContextObject):
            other = other.copy()
        return mine == other

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None

    def __reduce_ex__(self, protocol: Any) -> Any:
        # copy.copy: a ContextObject that names the same context, holding the items as Python values
        state = {k: v for k, v in self.__dict__.items() if k == "_pyjsvm_context"}
        return (ContextObject, (), state or None, None, iter(list(self.items())))

    @recursive_repr("{...}")
    def __repr__(self) -> str:
        return f"ContextObject({dict.__repr__(self.copy())})"


_REGISTRY: dict[int, tuple[Any, _Context]] = {}
# Every context's realm while it lives (vm.measure_memory's detailed mode lists them).
_CONTEXT_REALMS: "weakref.WeakSet[Realm]" = weakref.WeakSet()
_REGISTRY_LOCK = threading.Lock()
_SWEEP_AT = [16]  # sweep the registry when it reaches this size (then twice the survivors)


def register_context(mapping: Any, ctx: _Context) -> None:
    """Remember the context of a contextified mapping that cannot carry it (see vm.py)."""
    if isinstance(mapping, JSObjectProxy):
        # (a JS object given as a proxy, ``create_context(proxy)``: the proxy carries it, and one
        # JS object has one proxy while that lives (convert._PROXIES), so every proxy of it names
        # the context; a module-level table by the object kept both alive for good, as the
        # context's global holds the object)
        mapping._sandbox = ctx
        return
    with _REGISTRY_LOCK:
        _REGISTRY[id(mapping)] = (mapping, ctx)
        if len(_REGISTRY) >= _SWEEP_AT[0]:
            _sweep_registry()
            _SWEEP_AT[0] = max(16, 2 * len(_REGISTRY))


def _internal_refs(mapping: Any, ctx: _Context) -> int:
    """How many references to ``mapping`` the context itself holds (the registry entry, its
    global object and the mapping store inside it, the global environment's item dict and its
    fields tuple, an import() loader). One this misses keeps the context (a leak, never a context lost)."""
    n = 1  # the registry's tuple
    g = ctx.realm.global_object
    n += (getattr(g, "mapping", None) is mapping) + (getattr(g, "global_items", None) is mapping)
    store = getattr(g, "mapping_store", None)  # the MappingObject the global keeps its items in
    n += store is not None and store is not g and getattr(store, "mapping", None) is mapping
    genv = ctx.realm.host_defined.get("global_env")
    n += genv is not None and getattr(genv, "items", None) is mapping
    fields = getattr(genv, "fields", None)  # (GlobalEnv.fields: the item dict again)
    n += fields is not None and fields[3] is mapping
    loader = ctx.realm.host_defined.get("pyjsvm.host_loader")
    n += getattr(getattr(loader, "__self__", None), "owner", None) is mapping
    return n


def _sweep_registry() -> None:
    """NON-SPEC (CPython): drop the contexts whose mapping nothing outside the context refers to
    any more -- the host dropped it, so no one can run code in that context again (Node frees
    such a context with its object; a plain dict cannot be weakly referenced, so its reference
    count tells). A mapping reachable only through a cycle stays registered (a leak, never a
    context lost while the host can still name it)."""
    getrefcount = getattr(sys, "getrefcount", None)
    if getrefcount is None:  # pragma: no cover - not CPython: contexts live until released
        return
    for key, entry in list(_REGISTRY.items()):
        mapping, ctx = entry
        # references here: getrefcount's argument, ``mapping``, and ``entry`` via the tuple
        # (counted in _internal_refs); the list of items holds the tuple, not the mapping
        if getrefcount(mapping) - 2 <= _internal_refs(mapping, ctx):
            del _REGISTRY[key]
        del mapping, ctx, entry


def _context_of(obj: Any) -> _Context | None:
    if type(obj) is ContextObject:
        # (a ContextObject made directly, ``vm.ContextObject()``, is an ordinary dict: no context)
        ctx: _Context | None = getattr(obj, "_pyjsvm_context", None)
        return ctx
    if isinstance(obj, JSObjectProxy):
        ctx = obj._realm.host_defined.get("pyjsvm.context")
        if isinstance(ctx, _Context) and obj._obj is ctx.realm.global_object and not ctx.contextified:
            return ctx
        sandbox: _Context | None = getattr(obj, "_sandbox", None)
        return sandbox
    entry = _REGISTRY.get(id(obj))
    if entry is not None and entry[0] is obj:
        return entry[1]
    return None


def _require_context(obj: Any, name: str = "contextifiedObject") -> _Context:
    ctx = _context_of(obj)
    if ctx is None:
        raise invalid_arg_type(name, "an instance of vm.Context", obj)
    return ctx


def is_context(obj: object) -> bool:
    """Whether ``obj`` was made a context by ``create_context`` (or is the global proxy of a
    DONT_CONTEXTIFY context); Node: ``vm.isContext``.

        >>> import pyjsvm as vm
        >>> d = {}
        >>> vm.is_context(d), vm.is_context(vm.create_context(d))
        (False, True)
    """
    if obj is None or isinstance(obj, (bool, int, float, str, bytes)):
        raise invalid_arg_type("object", "of type object", obj)
    return _context_of(obj) is not None


def release_context(obj: object) -> None:
    """Forget the context of a contextified mapping so that the mapping and its realm can be
    freed; ``obj`` is an ordinary mapping again afterwards (a pyjsvm extension: plain dicts cannot
    be weakly referenced, so a context made from one lives until released). The ``ContextObject``
    that ``create_context()`` makes and the proxy of a ``DONT_CONTEXTIFY`` global carry their
    context and are freed with their last reference: they stay contexts.

        >>> import pyjsvm as vm
        >>> d = vm.create_context({})
        >>> vm.release_context(d)
        >>> vm.is_context(d)
        False
    """
    if isinstance(obj, JSObjectProxy):
        obj._sandbox = None
        return
    with _REGISTRY_LOCK:
        entry = _REGISTRY.get(id(obj))
        if entry is not None and entry[0] is obj:
            del _REGISTRY[id(obj)]


# The validators are one set for the Python API and node:vm (``api/validators.py``).
_check_str = check_str
_check_bool = check_bool
_check_int32 = check_int32


# --- running ---------------------------------------------------------------------------------

# The timeout option's validation lives in ``api/timeouts.py``'s neighbour ``validators.py``; the
# runner in ``api/timeouts.py``, the run itself in ``api/vm_core.py``.
_check_timeout = check_timeout


# --- errors ----------------------------------------------------------------------------------

def parse_error_object(e: Any, realm: "Realm") -> Any:
    """The SyntaxError (or early ReferenceError) object of ``realm`` for a ParseError ``e``:
    one home for the Python API and ``require('node:vm')``."""
    kind = str(getattr(e, "kind", None) or "SyntaxError")  # a few early errors are ReferenceErrors
    message = str(getattr(e, "message", None) or e)
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        return realm.new_error(kind, python_string_to_js(message))
    finally:
        AGENT.realm = saved


# the line terminators of JS source (sec-line-terminators); str.splitlines also splits at \v,
# \f, \x1c-\x1e and \x85, which are not
JS_LINES = re.compile("\r\n|[\n\r\u2028\u2029]")


def error_source_arrow(location: str, source_line: str, column: int, length: int = 1) -> str:
    """NON-SPEC (Node's GetErrorSource): the location, the source line and ``length`` carets from
    the error's column (1-based; none past the line's end, as at the end of the input); the space
    before them keeps the line's tabs, so that they line up with a tab-indented line as node's do."""
    start = max(0, column - 1)
    pad = "".join("\t" if ch == "\t" else " " for ch in source_line[:start])
    return f"{location}\n{source_line}\n{pad}{'^' * max(0, min(length, len(source_line) - start))}\n"


def source_arrow(filename: str, code: str, line_offset: int, line: int, column: int,
                 column_offset: int = 0, length: int = 1) -> str | None:
    """Node's displayErrors header: ``file:line``, the source line and carets under ``column``
    (``error_source_arrow``), or None when ``line`` is not a line of ``code``. The carets
    point into the line as printed: on the first line, whose columns ``column_offset`` shifted,
    they stand where the position is in the text (as Node's do)."""
    lines = JS_LINES.split(code)
    idx = line - 1 - line_offset
    if not 0 <= idx < len(lines):
        return None
    if idx == 0:
        column -= column_offset
    return error_source_arrow(f"{filename}:{line}", lines[idx], column, length)


def thrown_arrow(value: Any, filename: str, code: str, line_offset: int, column_offset: int = 0) -> str | None:
    """The displayErrors header for a value thrown while a script ran: where it was thrown
    (runtime/stack.throw_site) or made, when that is a line of this script."""
    site = throw_site(value)
    frames = getattr(value, "frames", None) if isinstance(value, JSObject) else None
    if site is not None:
        where, line, column = site
    elif frames:
        _name, where, line, column = frames[0][:4]
    else:
        return None
    return source_arrow(filename, code, line_offset, line, column, column_offset) if where == filename else None


def python_syntax_error(thrown: Any, realm: "Realm") -> JSError:
    """A compile error (``vm_core.CompileError``: the thrown SyntaxError or early ReferenceError
    object and its ParseError) as JSError, whose stack names the file, line and column, after
    the source arrow when one was recorded (displayErrors, like Node's); the error object's own
    ``stack`` is the same text."""
    err = thrown.value
    e = thrown.parse_error
    kind = str(getattr(e, "kind", None) or "SyntaxError")
    message = str(getattr(e, "message", None) or e)
    filename = str(getattr(e, "filename", "") or "")
    line = int(getattr(e, "line", 0) or 0)
    column = int(getattr(e, "column", 0) or 0)
    stack = f"{kind}: {message}\n    at {filename}:{line}:{column}"
    arrow = ARROWS.get(err)
    if arrow is not None:
        stack = f"{arrow}\n{stack}"
    err.props["stack"] = Prop(python_string_to_js(stack), W | C)
    return js_error(err, realm, stack=stack)


def python_runtime_error(value: Any, realm: "Realm", display_errors: bool) -> JSError:
    """A JS throw out of a run as JSError; with ``display_errors``, the source arrow recorded
    for it (where a script threw it) heads its Python-side ``stack``."""
    err = js_error(value, realm)
    if display_errors and isinstance(value, JSObject):
        arrow = ARROWS.get(value)
        if arrow is not None:
            err.stack = f"{arrow}\n{err.stack}"
    return err
