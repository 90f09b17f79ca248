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

from typing import TYPE_CHECKING, Any, Callable, ClassVar

if TYPE_CHECKING:  # the api layer defines what JS values become in Python (never imported at run time)
    from pyjsvm.api.convert import JSValue

__all__ = ["PyjsvmError", "JSError", "VMError", "VMTypeError", "VMRangeError", "invalid_arg_type", "out_of_range",
           "describe_received"]

# (name, message, stack, code) of a thrown JS value.
Description = tuple[str, str, str, "str | None"]


class PyjsvmError(Exception):
    """The root of every exception pyjsvm raises: ``except pyjsvm.PyjsvmError`` catches them all.

        >>> import pyjsvm as vm
        >>> try:
        ...     vm.run_in_new_context("throw 1")
        ... except vm.PyjsvmError as e:
        ...     print(type(e).__name__)
        JSError
    """


def _describe_plain(v: Any) -> tuple[str, str, str, str | None]:
    """(name, message, stack, code) of a thrown value before the api layer is loaded: a
    primitive's text. ``pyjsvm.api.convert`` installs the full describer."""
    return "", "" if v is None else str(v), "", None


class JSError(PyjsvmError):
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

    Example::

        >>> import pyjsvm as vm
        >>> try:
        ...     vm.run_in_new_context("null.x")
        ... except vm.JSError as e:
        ...     print(e.name, "|", e.message)
        TypeError | Cannot read properties of null (reading 'x')
        >>> try:
        ...     vm.run_in_new_context("while (true) {}", timeout=20)
        ... except vm.JSError as e:
        ...     print(e.code)
        ERR_SCRIPT_EXECUTION_TIMEOUT
    """

    js_value: Any
    realm: Any  # the realm whose code threw (its proxies run there)
    name: str
    message: str
    stack: str
    code: str | None

    # NON-SPEC: errors.py is a leaf of the package, so how a JS value is described and
    # converted is installed by the api layer (``pyjsvm.api.convert``) when it is imported.
    describe_value: ClassVar[Callable[[Any], Description]] = staticmethod(_describe_plain)
    convert_value: ClassVar[Callable[[Any, Any], "JSValue"]] = staticmethod(lambda value, realm: value)

    def __init__(self, js_value: Any, *, name: str | None = None, message: str | None = None,
                 stack: str | None = None, code: str | None = None, realm: Any = None) -> None:
        self.js_value = js_value
        self.realm = realm
        n, m, s, c = JSError.describe_value(js_value)
        self.name = n if name is None else name
        self.message = m if message is None else message
        head = f"{self.name}: {self.message}" if self.name and self.message else (self.name or self.message)
        self.stack = stack if stack is not None else (s if s else head)
        self.code = code if code is not None else c
        super().__init__(head)

    @property
    def value(self) -> "JSValue":
        """The thrown value converted to Python (objects become live proxies): a ``JSValue``."""
        return JSError.convert_value(self.js_value, self.realm)

    def __str__(self) -> str:
        head = f"{self.name}: {self.message}" if self.name and self.message else (self.name or self.message)
        return head


class VMError(PyjsvmError):
    """A misuse of the vm API that is not an argument's type or range, with Node's error
    ``code`` (``'ERR_VM_MODULE_STATUS'``...).

        >>> import pyjsvm as vm
        >>> try:
        ...     vm.SourceTextModule("export const a = 1;").namespace
        ... except vm.VMError as e:
        ...     print(e.code)
        ERR_VM_MODULE_STATUS
    """

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class VMTypeError(PyjsvmError, TypeError):
    """A wrong argument type given to the vm API (Node's ``ERR_INVALID_ARG_TYPE``...); also a
    ``TypeError``.

        >>> import pyjsvm as vm
        >>> try:
        ...     vm.run_in_new_context(42)
        ... except TypeError as e:
        ...     print(e.code)
        ERR_INVALID_ARG_TYPE
    """

    def __init__(self, message: str, code: str = "ERR_INVALID_ARG_TYPE") -> None:
        super().__init__(message)
        self.code = code


class VMRangeError(PyjsvmError, ValueError):
    """An argument out of range for the vm API (Node's ``ERR_OUT_OF_RANGE``...); also a
    ``ValueError``.

        >>> import pyjsvm as vm
        >>> try:
        ...     vm.run_in_new_context("1", timeout=0)
        ... except ValueError as e:
        ...     print(e.code)
        ERR_OUT_OF_RANGE
    """

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


def invalid_arg_type(name: str, expected: str, value: Any,
                     received: Callable[[Any], str] = describe_received) -> VMTypeError:
    """Node's ERR_INVALID_ARG_TYPE: ``The "name" argument must be <expected>. Received ...``
    (``property`` for a dotted name). ``expected`` is e.g. 'of type string' or 'an instance of
    vm.Context'; ``received`` gives the ``Received ...`` tail (default: for a Python value)."""
    kind = "property" if "." in name else "argument"
    return VMTypeError(f'The "{name}" {kind} must be {expected}. {received(value)}')


def out_of_range(name: str, rng: str, value: Any, shown: Callable[[Any], str] = repr) -> VMRangeError:
    """Node's ERR_OUT_OF_RANGE: ``The value of "name" is out of range. It must be <rng>.
    Received <shown(value)>``."""
    return VMRangeError(f'The value of "{name}" is out of range. It must be {rng}. Received {shown(value)}')
