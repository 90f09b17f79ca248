"""NON-SPEC: the budget check of the parser (a run's timeout holds while its code is parsed).

The runtime installs its check here (``set_parse_poll``; this layer comes before the runtime);
the parser calls it at every token (parse.py) and every few thousand characters inside one long
token (long_tokens.py). It raises to abandon the parse.
"""
from __future__ import annotations

from typing import Callable

_POLL: list[Callable[[], None]] = []


def set_parse_poll(poll: Callable[[], None]) -> None:
    """NON-SPEC: install the check that every token of every parse makes (one for all threads:
    it reads the running thread's own state)."""
    _POLL[:] = [poll]


class PollAbort(BaseException):
    """NON-SPEC: carries an exception the budget check raised (a JS error, such as the
    RangeError of a memory limit) out of the parser, past its handlers of parser failures."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error


def poll() -> None:
    """NON-SPEC: the installed budget check (nothing before the runtime installs one), for the
    analysis after parsing."""
    for check in _POLL:
        check()
