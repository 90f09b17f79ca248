"""Python-side helpers with no ``node:vm`` counterpart: calling a JS function with a receiver and
a time limit, deep copies of JS values as plain Python data, and JSON serialisation of what
crosses from JS (see ``pyjsvm.api.convert`` for the conversion table)."""
from __future__ import annotations

from typing import Any

from pyjsvm.api.convert import (
    JSArrayProxy, JSFunctionProxy, JSObjectProxy, JSValue, PythonData, call_function, deep_to_python, json_default,
    undefined,
)
from pyjsvm.api.validators import check_timeout

__all__ = ["call", "to_python", "json_default"]


def call(fn: JSFunctionProxy, *args: Any, this: Any = undefined, timeout: int | None = None) -> JSValue:
    """Call the JS function ``fn`` with ``args`` (converted to JS) and receiver ``this``
    (default ``undefined``), as one evaluation: the promise jobs it queues run before it
    returns, and ``timeout`` (milliseconds) covers the call and those jobs, raising
    ``pyjsvm.JSError`` with code ``'ERR_SCRIPT_EXECUTION_TIMEOUT'``. Same as
    ``fn(*args, this=this, timeout=timeout)``::

        >>> import pyjsvm as vm
        >>> ctx = vm.create_context()
        >>> _ = vm.run_in_context("function spin() { for (;;) {} }", ctx)
        >>> try:
        ...     vm.call(ctx["spin"], timeout=50)
        ... except vm.JSError as e:
        ...     print(e.code)
        ERR_SCRIPT_EXECUTION_TIMEOUT
    """
    result: JSValue = call_function(fn, args, this, timeout)
    return result


def to_python(value: JSValue, *, timeout: int | None = None) -> PythonData:
    """A deep copy of ``value`` (anything a vm call returned) as plain Python data: JS objects
    become ``dict`` (own enumerable string keys), arrays ``list``, Maps ``dict``, Sets ``set``,
    ArrayBuffers, typed arrays and DataViews ``bytes``; Dates ``datetime`` as always; functions
    and promises stay proxies; Python values handed in earlier come back as they are. A cycle
    in JS is the same cycle in Python. Reading properties runs getters and proxy traps:
    ``timeout`` (milliseconds) bounds the whole copy. A Map key or Set element that is an object
    raises ``JSError`` (TypeError), since a dict cannot be a key::

        >>> import pyjsvm as vm
        >>> data = vm.to_python(vm.run_in_new_context("var o = {tags: new Set(['a']), n: 1}; o.me = o; o"))
        >>> data["tags"], data["n"], data["me"] is data
        ({'a'}, 1, True)
    """
    t = check_timeout(timeout, "timeout")
    if isinstance(value, (JSObjectProxy, JSArrayProxy)):
        return deep_to_python(value.js_object, value._realm, t)
    plain: PythonData = value  # a primitive, or a Python value handed in earlier: already plain
    return plain
