"""Python-side exceptions of the public API.

- ``JSError``: a JS exception that reached Python (a JS ``throw``, a syntax error, a timeout).
  ``.js_value`` is the thrown JS value itself, ``.value`` the same value converted to Python
  (a live proxy for an object), and ``.name`` / ``.message`` / ``.stack`` / ``.code`` describe
  it the way Node shows an uncaught error.
- ``VMTypeError`` / ``VMRangeError``: bad arguments given to the vm API; they are ``TypeError`` /
  ``ValueError`` for Python and carry Node's error ``code`` (``'ERR_INVALID_ARG_TYPE'``,
  ``'ERR_OUT_OF_RANGE'``...).
"""
from __future__ import annotations

from typing import Any

from pyjsvm.runtime.objects import A, JSObject, Prop
from pyjsvm.runtime.values import MISSING

__all__ = ["JSError", "VMTypeError", "VMRangeError", "invalid_arg_type", "out_of_range", "describe_received"]


def _peek(obj: JSObject, key: str) -> Any:
    """NON-SPEC: read a data property along the prototype chain without running any JS code
    (no getters, no proxy traps), so that describing an error can never throw again."""
    o: JSObject | None = obj
    seen = 0
    while o is not None and seen < 100:
        stored = o.props.get(key, MISSING)
        if stored is not MISSING:
            if type(stored) is Prop:
                return None if stored.flags & A else stored.value
            return stored
        if o.is_proxy:
            return None
        o = o.proto
        seen += 1
    return None


class JSError(Exception):
    """A JS exception seen from Python.

    Attributes:
        js_value: the raw thrown JS value (engine representation).
        value: the thrown value converted to Python (``pyjsvm.api.convert.to_python``).
        name: the error's ``name`` ('TypeError', 'SyntaxError', ...), '' for a thrown primitive.
        message: the error's ``message``, or the thrown primitive as a string.
        stack: the ``stack`` text (``Name: message`` then ``    at ...`` lines naming file and
            line); for a syntax error, the file, line and column of the error.
        code: a Node error code (``'ERR_SCRIPT_EXECUTION_TIMEOUT'``) or the thrown object's
            string ``code`` property, else None.
    """

    js_value: Any
    realm: Any = None  # the realm whose code threw (its proxies run there)
    name: str
    message: str
    stack: str
    code: str | None

    def __init__(self, js_value: Any, *, name: str | None = None, message: str | None = None,
                 stack: str | None = None, code: str | None = None) -> None:
        self.js_value = js_value
        n, m, s, c = _describe(js_value)
        self.name = n if name is None else name
        self.message = m if message is None else message
        head = f"{self.name}: {self.message}" if self.name and self.message else (self.name or self.message)
        self.stack = stack if stack is not None else (s if s else head)
        self.code = code if code is not None else c
        super().__init__(head)

    @property
    def value(self) -> Any:
        """The thrown value converted to Python (objects become live proxies)."""
        from pyjsvm.api.convert import to_python
        return to_python(self.js_value, self.realm)

    def __str__(self) -> str:
        head = f"{self.name}: {self.message}" if self.name and self.message else (self.name or self.message)
        return head


def _describe(v: Any) -> tuple[str, str, str, str | None]:
    """(name, message, stack, code) of a thrown value, read without running JS code."""
    if isinstance(v, JSObject):
        name = _peek(v, "name")
        msg = _peek(v, "message")
        stack = _peek(v, "stack")
        code = _peek(v, "code")
        n = name if type(name) is str else ("Error" if type(msg) is str else "")
        m = msg if type(msg) is str else ""
        if not n and not m:
            m = "[object " + v.class_name + "]"
        from pyjsvm.api.convert import js_string_to_python
        return (js_string_to_python(n), js_string_to_python(m),
                js_string_to_python(stack) if type(stack) is str else "",
                js_string_to_python(code) if type(code) is str else None)
    from pyjsvm.runtime.operations import to_display
    from pyjsvm.api.convert import js_string_to_python
    if type(v) is str:
        return "", js_string_to_python(v), "", None
    return "", js_string_to_python(to_display(v)), "", None


class VMTypeError(TypeError):
    """A wrong argument type given to the vm API (Node's ``ERR_INVALID_ARG_TYPE``...)."""

    def __init__(self, message: str, code: str = "ERR_INVALID_ARG_TYPE") -> None:
        super().__init__(message)
        self.code = code


class VMRangeError(ValueError):
    """An argument out of range for the vm API (Node's ``ERR_OUT_OF_RANGE``...)."""

    def __init__(self, message: str, code: str = "ERR_OUT_OF_RANGE") -> None:
        super().__init__(message)
        self.code = code


def describe_received(value: Any) -> str:
    """The ``Received ...`` tail of Node's argument errors, for a Python value."""
    if value is None:
        return "Received None"
    if isinstance(value, bool):
        return f"Received type boolean ({'true' if value else 'false'})"
    if isinstance(value, (int, float)):
        return f"Received type number ({value!r})"
    if isinstance(value, str):
        shown = value if len(value) <= 28 else value[:25] + "..."
        return f"Received type string ({shown!r})"
    if callable(value) and hasattr(value, "__name__"):
        return f"Received function {getattr(value, '__name__')}"
    return f"Received an instance of {type(value).__name__}"


def invalid_arg_type(name: str, expected: str, value: Any) -> VMTypeError:
    """Node's ERR_INVALID_ARG_TYPE: ``The "name" argument must be <expected>. Received ...``.
    ``expected`` is e.g. 'of type string' or 'an instance of vm.Context'."""
    kind = "property" if "." in name else "argument"
    return VMTypeError(f'The "{name}" {kind} must be {expected}. {describe_received(value)}')


def out_of_range(name: str, rng: str, value: Any) -> VMRangeError:
    """Node's ERR_OUT_OF_RANGE: ``The value of "name" is out of range. It must be <rng>.``"""
    return VMRangeError(f'The value of "{name}" is out of range. It must be {rng}. Received {value!r}')
