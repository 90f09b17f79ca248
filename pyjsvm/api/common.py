"""What the vm API's modules share: the option validators, ``vm.constants``, the API's type
aliases, the registry of contexts, the guarded runner that turns a timeout or SIGINT into Node's
error, and SyntaxError reporting.

``api/vm.py`` (scripts and contexts) and ``api/modules.py`` (ES modules) both build on this
module; neither imports the other's internals, so the API layer has no import cycle.
"""
from __future__ import annotations

import itertools
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from pyjsvm.api.convert import JSObjectProxy, js_error
from pyjsvm.api.timeouts import check_timeout, run_guarded
from pyjsvm.errors import JSError, invalid_arg_type, out_of_range
from pyjsvm.runtime.agent import AGENT
from pyjsvm.runtime.objects import C, Prop, W
from pyjsvm.syntax.utf16 import python_string_to_js

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm

DEFAULT_FILENAME = "evalmachine.<anonymous>"


# The types the API takes: cached data in any bytes-like form; a context (a contextified mapping,
# or the proxy of a DONT_CONTEXTIFY global); an importModuleDynamically callback or
# constants.USE_MAIN_CONTEXT_DEFAULT_LOADER.
CachedData: TypeAlias = Union[bytes, bytearray, memoryview]
Context: TypeAlias = Mapping[str, Any]
ImportModuleDynamically: TypeAlias = Union[Callable[..., Any], "_Constant"]


class _Constant:
    """A named sentinel of ``vm.constants``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"vm.constants.{self.name}"


class constants:  # noqa: N801 - mirrors Node's ``vm.constants``
    """``vm.constants``: DONT_CONTEXTIFY (as the context object: a context whose global is an
    ordinary object) and USE_MAIN_CONTEXT_DEFAULT_LOADER (an ``import_module_dynamically``
    value: ``import()`` then resolves like the main context's, e.g. the ``pyjsvm`` command's
    ES module loader)."""

    DONT_CONTEXTIFY = _Constant("DONT_CONTEXTIFY")
    USE_MAIN_CONTEXT_DEFAULT_LOADER = _Constant("USE_MAIN_CONTEXT_DEFAULT_LOADER")


# --- contexts ----------------------------------------------------------------------------------

@dataclass(eq=False)
class _Context:
    """What the vm layer keeps about one context."""

    realm: "Realm"
    name: str
    origin: str
    contextified: bool
    microtask_mode: str | None = None


class ContextObject(dict[str, Any]):
    """The mapping ``create_context()`` returns when given no object: a dict that carries its
    context (so it needs no registry entry and is freed like any other object)."""

    _pyjsvm_context: _Context

    def __repr__(self) -> str:
        return f"ContextObject({dict.__repr__(self)})"


_REGISTRY: dict[int, tuple[Any, _Context]] = {}
# Every context's realm while it lives (vm.measure_memory's detailed mode lists them).
_CONTEXT_REALMS: "weakref.WeakSet[Realm]" = weakref.WeakSet()
_REGISTRY_LOCK = threading.Lock()
_context_counter = itertools.count(1)


def _context_of(obj: Any) -> _Context | None:
    if type(obj) is ContextObject:
        return obj._pyjsvm_context
    if isinstance(obj, JSObjectProxy):
        ctx = obj._realm.host_defined.get("pyjsvm.context")
        if isinstance(ctx, _Context) and obj._obj is ctx.realm.global_object and not ctx.contextified:
            return ctx
        return None
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
    """``vm.isContext(object)``: whether ``obj`` was contextified by ``create_context`` (or is the
    global proxy of a DONT_CONTEXTIFY context)."""
    if obj is None or isinstance(obj, (bool, int, float, str, bytes)):
        raise invalid_arg_type("object", "of type object", obj)
    return _context_of(obj) is not None


def release_context(obj: object) -> None:
    """NON-NODE (pyjsvm): forget the context of a contextified mapping so that the mapping and
    its realm can be freed; ``obj`` is an ordinary mapping again afterwards."""
    with _REGISTRY_LOCK:
        entry = _REGISTRY.get(id(obj))
        if entry is not None and entry[0] is obj:
            del _REGISTRY[id(obj)]


def _check_str(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise invalid_arg_type(name, "of type string", value)
    return value


def _check_bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise invalid_arg_type(name, "of type boolean", value)
    return value


def _check_int32(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise invalid_arg_type(name, "of type number", value)
    if isinstance(value, float) and not value.is_integer():
        raise out_of_range(name, "an integer", value)
    if not -2**31 <= value < 2**31:
        raise out_of_range(name, ">= -2147483648 && <= 2147483647", value)
    return int(value)


def _not_yet(option: str, value: Any, default: Any = None) -> None:
    """Options of later issues: accepted in the signature, refused when used."""
    if value is not default:
        raise NotImplementedError(f"the {option!r} option is not supported yet (it arrives with a later issue)")


# --- running ---------------------------------------------------------------------------------

# The timeout option's validation and the guarded runner live in ``api/timeouts.py`` (calls from
# Python through ``convert.py`` use them too).
_check_timeout = check_timeout
_run_with_timeout = run_guarded


# --- errors ----------------------------------------------------------------------------------

def _syntax_error(e: Any, code: str, line_offset: int, realm: "Realm", display: bool) -> JSError:
    """A ParseError as JSError: a SyntaxError (or early ReferenceError) object of ``realm`` whose stack names the file,
    line and column (with the offending source line and a caret, like Node's displayErrors)."""
    kind = str(getattr(e, "kind", None) or "SyntaxError")  # a few early errors are ReferenceErrors
    message = str(getattr(e, "message", None) or e)
    filename = str(getattr(e, "filename", "") or "")
    line = int(getattr(e, "line", 0) or 0)
    column = int(getattr(e, "column", 0) or 0)
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        err = realm.new_error(kind, python_string_to_js(message))
    finally:
        AGENT.realm = saved
    at = f"    at {filename}:{line}:{column}"
    stack = f"{kind}: {message}\n{at}"
    if display:
        lines = code.splitlines()
        idx = line - 1 - line_offset
        if 0 <= idx < len(lines):
            src = lines[idx]
            caret = " " * max(0, column - 1) + "^"
            stack = f"{filename}:{line}\n{src}\n{caret}\n\n{stack}"
    err.props["stack"] = Prop(python_string_to_js(stack), W | C)
    return js_error(err, realm, stack=stack)
