"""The vm API's argument validators: one set for the Python API (``pyjsvm.api``) and for
``require('node:vm')`` (``pyjsvm.host.node_vm``), with Node's error codes and messages.

Each validator takes a value as its side holds it and a ``Side`` that says how that side shows
a value in a message; the conversion happens at the edges. The Python API passes Python values
(the default side, ``PYTHON``). The JS side passes JS values as the engine holds them -- a
String is ``str``, a Number ``float``, a Boolean ``bool``, undefined ``None``, null ``NULL``,
an object a ``JSObject`` -- which the same tests accept or refuse (a JS value is never an
``int``), and its own ``Side`` (Node's ``Received ...`` text, ``inspect`` formatting); it
turns the ``VMTypeError`` / ``VMRangeError`` raised here into a Node error of its realm.

    >>> from pyjsvm.api.validators import check_int32
    >>> check_int32(7.0, "options.lineOffset")
    7
    >>> check_int32(1.5, "options.lineOffset")
    Traceback (most recent call last):
    ...
    pyjsvm.errors.VMRangeError: The value of "options.lineOffset" is out of range. It must be an integer. Received 1.5
"""
from __future__ import annotations

from collections.abc import Mapping
from pyjsvm.syntax.record import record
from typing import Any, Callable

from pyjsvm.errors import VMRangeError, VMTypeError, describe_received, invalid_arg_type
from pyjsvm.errors import out_of_range as errors_out_of_range

__all__ = ["Side", "PYTHON", "check_str", "check_bool", "check_int32", "check_timeout", "check_one_of",
           "check_microtask_mode", "check_memory_options", "check_code_generation"]


@record(frozen=True)
class Side:
    """How one side of the API shows values in Node's messages: ``received`` is the
    ``Received ...`` tail of ERR_INVALID_ARG_TYPE, ``shown`` the value after ``Received`` in
    ERR_OUT_OF_RANGE and ERR_INVALID_ARG_VALUE, ``absent`` the name of "not given" in a list of
    allowed values (``None`` / ``undefined``)."""

    received: Callable[[Any], str]
    shown: Callable[[Any], str]
    absent: str


PYTHON = Side(describe_received, repr, "None")


def invalid_type(name: str, expected: str, value: Any, side: Side = PYTHON) -> VMTypeError:
    """Node's ERR_INVALID_ARG_TYPE for a value of ``side``."""
    return invalid_arg_type(name, expected, value, side.received)


def out_of_range(name: str, rng: str, value: Any, side: Side = PYTHON) -> VMRangeError:
    """Node's ERR_OUT_OF_RANGE for a value of ``side``."""
    return errors_out_of_range(name, rng, value, side.shown)


def check_str(value: Any, name: str, side: Side = PYTHON) -> str:
    """A string (Node's validateString)."""
    if not isinstance(value, str):
        raise invalid_type(name, "of type string", value, side)
    return value


def check_bool(value: Any, name: str, side: Side = PYTHON) -> bool:
    """A boolean (Node's validateBoolean)."""
    if not isinstance(value, bool):
        raise invalid_type(name, "of type boolean", value, side)
    return value


def _check_integer(value: Any, name: str, low: int, high: int, side: Side) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise invalid_type(name, "of type number", value, side)
    if isinstance(value, float) and not value.is_integer():  # NaN and the infinities too
        raise out_of_range(name, "an integer", value, side)
    if not low <= value <= high:
        raise out_of_range(name, f">= {low} && <= {high}", value, side)
    return int(value)


def check_int32(value: Any, name: str, side: Side = PYTHON) -> int:
    """An integer in the int32 range (Node's validateInt32: lineOffset, columnOffset)."""
    return _check_integer(value, name, -2**31, 2**31 - 1, side)


def check_timeout(value: Any, name: str = "options.timeout", side: Side = PYTHON) -> int | None:
    """A ``timeout`` option: absent (None), or an integer number of milliseconds in
    1..4294967295 (Node's validateUint32 with positive); a float with no fraction counts."""
    if value is None:
        return None
    return _check_integer(value, name, 1, 4294967295, side)


def check_one_of(value: Any, name: str, allowed: tuple[Any, ...], side: Side = PYTHON,
                 absent_allowed: bool = False) -> Any:
    """One of ``allowed`` (Node's validateOneOf: ERR_INVALID_ARG_VALUE); with
    ``absent_allowed``, None (undefined) too, and the message lists it."""
    if (absent_allowed and value is None) or any(type(value) is type(a) and value == a for a in allowed):
        return value
    listed = ", ".join(side.shown(a) for a in allowed) + (f", {side.absent}" if absent_allowed else "")
    raise VMTypeError(f"The property '{name}' must be one of: {listed}. Received {side.shown(value)}",
                      "ERR_INVALID_ARG_VALUE")


def check_microtask_mode(value: Any, name: str, side: Side = PYTHON) -> str | None:
    """createContext's ``microtaskMode``: absent or ``'afterEvaluate'``."""
    mode: str | None = check_one_of(value, name, ("afterEvaluate",), side, absent_allowed=True)
    return mode


def check_memory_options(mode: Any, execution: Any, side: Side = PYTHON, prefix: str = "options.") -> tuple[str, str]:
    """measureMemory's ``mode`` ('summary' | 'detailed') and ``execution`` ('default' |
    'eager')."""
    m: str = check_one_of(mode, prefix + "mode", ("summary", "detailed"), side)
    e: str = check_one_of(execution, prefix + "execution", ("default", "eager"), side)
    return m, e


def check_code_generation(value: Any, name: str, get: Callable[[Any, str], Any] | None = None,
                          side: Side = PYTHON) -> bool:
    """createContext's ``codeGeneration`` ({strings, wasm}, each absent or a boolean): whether
    ``eval`` and ``Function`` may compile strings. ``get`` reads a field of the value (None when
    absent); without it the value is a Python ``Mapping``."""
    if get is None:
        if not isinstance(value, Mapping):
            raise invalid_type(name, "of type dict", value, side)
        fields: Mapping[str, Any] = value
        get = lambda o, key: fields.get(key)  # noqa: E731
    strings = get(value, "strings")
    wasm = get(value, "wasm")
    if strings is not None:
        check_bool(strings, name + ".strings", side)
    if wasm is not None:
        check_bool(wasm, name + ".wasm", side)
    return strings is not False
