"""The agent: execution state shared by all realms of one Python thread (sec-agents).

Holds the running realm, the JS call depth and the interrupt budget checked at loop back-edges
and calls. ``JSThrow`` is the Python exception that carries a thrown JS value (a throw
completion, sec-completion-record-specification-type).
"""
from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterator, NoReturn

if TYPE_CHECKING:
    from pyjsvm.intrinsics.realm import Realm


class JSThrow(Exception):
    """A throw completion: ``value`` is the thrown JS value."""

    # How ``str()`` describes the thrown value (a debugging aid). runtime/operations, which
    # imports this module, installs its safe_describe here; until then it is ``repr``.
    describe: ClassVar[Callable[[Any], str]] = repr

    def __init__(self, value: Any) -> None:
        super().__init__(value)
        self.value = value

    def __str__(self) -> str:
        return JSThrow.describe(self.value)


class Interrupted(BaseException):
    """NON-SPEC: raised at a budget check when the host asked to stop (timeout). It is a
    BaseException so that no JS ``catch`` (which only catches ``JSThrow``) can swallow it."""

    def __init__(self, reason: str = "timeout") -> None:
        super().__init__(reason)
        self.reason = reason


class Agent:
    """Engine state (one agent per process: JS runs on one Python thread at a time; a timer
    thread may set ``stop`` to interrupt it)."""

    realm: "Realm | None"
    depth: int
    max_depth: int
    stop: bool
    stop_reason: str

    def __init__(self) -> None:
        self.realm = None
        self.depth = 0
        self.max_depth = 10500
        self.stop = False
        self.stop_reason = "timeout"
        # NON-SPEC: EvaluateImportCall, installed by ``pyjsvm.modules`` (a later layer than the
        # compiler that emits import()): hook(referrer record, specifier, options, phase) -> promise
        self.import_dynamically: Any = None

    def poll(self) -> None:
        """The budget check, for code that polls rather than reading ``stop`` inline (the
        RegExp matcher)."""
        if self.stop:
            self.interrupt()

    def interrupt(self) -> NoReturn:
        """Called when ``stop`` was seen set at a budget check."""
        self.stop = False
        raise Interrupted(self.stop_reason)


AGENT = Agent()


def current_realm() -> "Realm":
    realm = AGENT.realm
    assert realm is not None, "no running realm"
    return realm


def throw_error(kind: str, message: str) -> NoReturn:
    """Throw a new native error of ``kind`` ('TypeError', 'RangeError', ...) made in the
    running realm."""
    raise JSThrow(current_realm().new_error(kind, message))


def throw_type_error(message: str) -> NoReturn:
    throw_error("TypeError", message)


def throw_range_error(message: str) -> NoReturn:
    throw_error("RangeError", message)


def throw_syntax_error(message: str) -> NoReturn:
    throw_error("SyntaxError", message)


def throw_reference_error(message: str) -> NoReturn:
    throw_error("ReferenceError", message)


# --- process settings the engine needs while JS runs ------------------------------------------

# NON-SPEC: each JS call uses several Python frames; the JS depth limit (AGENT.max_depth) is what
# stops runaway recursion, so Python's own limit must be well above it while JS runs. BigInt <->
# string conversions have no digit limit in JS. Both are process-wide settings: they are changed
# only while engine code is on the stack (importing pyjsvm changes nothing) and restored after.
ENGINE_RECURSION_LIMIT = 200_000
_limits_lock = threading.Lock()
_limits_users = 0
_limits_saved: tuple[int, int] = (0, 0)


@contextmanager
def engine_limits() -> Iterator[None]:
    """Raise the recursion limit and lift the int/str digit limit while the block runs
    (re-entrant and thread-safe: the outermost exit restores the host's settings)."""
    global _limits_users, _limits_saved
    with _limits_lock:
        if _limits_users == 0:
            _limits_saved = (sys.getrecursionlimit(), sys.get_int_max_str_digits())
            if _limits_saved[0] < ENGINE_RECURSION_LIMIT:
                sys.setrecursionlimit(ENGINE_RECURSION_LIMIT)
            sys.set_int_max_str_digits(0)
        _limits_users += 1
    try:
        yield
    finally:
        with _limits_lock:
            _limits_users -= 1
            if _limits_users == 0:
                sys.setrecursionlimit(_limits_saved[0])
                sys.set_int_max_str_digits(_limits_saved[1])
