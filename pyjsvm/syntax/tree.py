"""The objects of an ESTree decoded from cached data (``tree_codec.py``): nodes that read like
esprima-fork's (a missing attribute reads as None, ``range`` and ``loc`` as the parser sets them)
and ``LazyBody``, a function body left encoded until the function is first called."""
from __future__ import annotations

from typing import Any, Callable


class Position:
    __slots__ = ("line", "column")

    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column


class SourceLocation:
    __slots__ = ("start", "end", "source")

    def __init__(self, start: Position, end: Position) -> None:
        self.start = start
        self.end = end
        self.source = None


class Node:
    """An ESTree node: ``type``, then its fields in esprima-fork's order (``children`` walks
    them in that order), ``range`` and a private ``_pos`` (line, column, end line, end column)
    from which ``loc`` is made on first use."""

    def __getattr__(self, name: str) -> Any:
        if name == "loc":
            line, column, end_line, end_column = self.__dict__["_pos"]
            loc = SourceLocation(Position(line, column), Position(end_line, end_column))
            self.__dict__["loc"] = loc
            return loc
        if name[:2] == "__":
            raise AttributeError(name)
        return None  # like esprima-fork's nodes: an absent field reads as None

    def __repr__(self) -> str:
        return f"<Node {self.__dict__.get('type')} {self.__dict__.get('range')}>"


class RegExpValue:
    """A regular expression literal's ``regex`` field."""

    __slots__ = ("pattern", "flags")

    def __init__(self, pattern: str, flags: str) -> None:
        self.pattern = pattern
        self.flags = flags


class TemplateValue:
    """A TemplateElement's ``value`` field: ``raw`` and ``cooked`` (None when the escape is invalid)."""

    __slots__ = ("raw", "cooked")

    def __init__(self, raw: str, cooked: str | None) -> None:
        self.raw = raw
        self.cooked = cooked


class LazyBody:
    """A function's body not decoded yet. It carries what is needed before the body is looked
    at -- the results of the body's scope analysis that the function's header and the enclosing
    function's analysis use: ``facts`` = (has a "use strict" directive, uses this/super/new.target,
    uses arguments, contains a direct eval). ``materialize()`` decodes and validates the body.

    It has no ``type``, so walkers that look for child nodes (``children``) pass it by."""

    __slots__ = ("facts", "decode")
    type = None

    def __init__(self, facts: tuple[bool, bool, bool, bool], decode: Callable[[], Any]) -> None:
        self.facts = facts
        self.decode = decode

    def materialize(self) -> Any:
        return self.decode()
