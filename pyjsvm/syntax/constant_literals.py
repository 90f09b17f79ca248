"""NON-SPEC (speed): object and array literals of constants parsed in one pass over the text.

A data file (``module.exports = {...}``, a table in a library) is mostly object and array
literals whose leaves are strings, numbers, ``true``, ``false`` and ``null``. esprima-fork parses
each leaf through a dozen nested grammar functions and makes a token object for every
punctuator (about 10 us a token). Here, when the parser meets ``{`` or ``[`` where an
ObjectLiteral or ArrayLiteral starts (sec-object-initializer, sec-array-initializer), the text
from there is read with regular expressions as long as it has that JSON-like shape: keys that are
ASCII identifier names or strings, values that are strings without line terminators (and in ``""``
only with the escapes JSON has),
decimal numbers (with a ``-`` before them: a UnaryExpression, as the grammar has it), ``true``,
``false``, ``null`` and such literals again, separated by ASCII white space. The nodes are the
ones esprima-fork makes for that text (same classes, fields, order, ``range`` and position), and
the parser then goes on after the closing bracket. Anything else in the literal (a
comment, an identifier value, a method, a spread, a hole, a computed, shorthand or numeric key,
an escape JSON lacks or one of a surrogate,
``__proto__``, a non-ASCII source whose columns need converting) makes it give up at once and
leave the literal to esprima-fork, which reports any error as before.
"""
from __future__ import annotations

import math
import re
from json.decoder import scanstring  # type: ignore[attr-defined] # (JSON string decoding, not in the stubs)
from typing import Any

import esprima.nodes  # type: ignore[import-untyped]
import esprima.parser  # type: ignore[import-untyped]

from pyjsvm.syntax.polling import PollAbort, poll

Nodes = esprima.nodes
_WS = re.compile(r"[ \t\r\n]*")
_NOT_AFTER = r"(?![A-Za-z0-9_$\\]|[^\x00-\x7f])"
# a string in "": without line terminators, and only the escapes JSON has (1: its text)
_DQ = r'"((?:[^"\\\r\n\u2028\u2029]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*)"'
# one leaf: a string (1, 2: its text in "" or ''; '' without escapes), a decimal number (3: a
# minus sign, 4: the number; not followed by ``.``, a name character or a digit),
# ``true``/``false``/``null`` (5)
_LEAF = re.compile(_DQ + r"|'([^'\\\r\n\u2028\u2029]*)'"
                   r"|(-?)((?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)(?![.])" + _NOT_AFTER +
                   r"|(true|false|null)" + _NOT_AFTER)
# a property's key (1: a name, 2: a string, 3: the text of a string in "") and the colon, on one line
_KEY = re.compile("(?:([A-Za-z_$][A-Za-z0-9_$]*)" + _NOT_AFTER +
                  "|(" + _DQ + r"|'[^'\\\r\n\u2028\u2029]*'))[ \t]*:[ \t]*")
# an escape of a surrogate code unit (JSON's decoder joins a pair into one character; the
# engine's strings keep UTF-16 code units)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abAB]")
_WORDS = {"true": True, "false": False, "null": None}
# nesting deeper than this is left to esprima-fork (and its limits)
_MAX_DEPTH = 200
# leaves read between two budget checks
_POLL_LEAVES = 2048


class _GiveUp(Exception):
    """The text is not a literal of constants of the shape read here."""


def _place(node: Any, start: int, end: int, line: int, column: int, end_line: int, end_column: int) -> None:
    """``Parser.finalize`` for the plain-column case (syntax/lazy_loc.py): the node spans
    [start, end), from (line, column) to (end_line, end_column)."""
    d = node.__dict__
    d["_start"] = start
    d["_end"] = end
    d["_line"] = line
    d["_column"] = column
    d["range"] = [start, end]
    d["_pos"] = (line, column, end_line, end_column)


_Literal = Nodes.Literal


def _literal(value: Any, raw: str) -> Any:
    """``Nodes.Literal(value, raw)``. NON-SPEC (speed): that constructor round-trips a string
    value through UTF-16 (joining a surrogate pair into one character), two codec calls that took
    a third of the time a 12 MB data file (JetStream's FlightPlanner waypoints) spent here; a
    value other than a string, or an ASCII string, comes out of it as it went in, so its node is
    made directly (the same fields, in the same order)."""
    if type(value) is str and not value.isascii():
        return _Literal(value, raw)
    node = _Literal.__new__(_Literal)
    d = node.__dict__
    d["type"] = "Literal"
    d["value"] = value
    d["raw"] = raw
    return node


def _string_value(raw: str) -> str:
    """The value of a string literal read by ``_DQ`` or without escapes (its quotes included)."""
    if "\\" not in raw:
        return raw[1:-1]
    if _SURROGATE_ESCAPE.search(raw):
        raise _GiveUp
    return scanstring(raw, 1, False)[0]  # (JSON's escapes mean in JS what they mean in JSON)


def _number(raw: str) -> Any:
    """esprima-fork's value of a decimal literal: the float, as an int when integral."""
    value = float(raw)
    if math.isfinite(value) and value.is_integer():
        return int(value)
    return value


class _Reader:
    """One attempt at a literal: the source, where it is, the line it is on."""

    def __init__(self, source: str, index: int, line: int, line_start: int) -> None:
        self.source = source
        self.i = index
        self.line = line
        self.line_start = line_start
        self.leaves = 0
        self.completed: set[int] = set()  # the starts of the containers read to their end

    def skip_space(self) -> None:
        src = self.source
        i = self.i
        m = _WS.match(src, i)
        end = m.end() if m is not None else i
        if end != i:
            run = src[i:end]
            breaks = run.count("\n") + run.count("\r") - run.count("\r\n")
            if breaks:
                self.line += breaks
                self.line_start = i + max(run.rfind("\n"), run.rfind("\r")) + 1
            self.i = end

    def value(self, depth: int) -> Any:
        """The node of the value at the reader's position (ParseError-free: _GiveUp otherwise)."""
        src = self.source
        i = self.i
        m = _LEAF.match(src, i)
        if m is None:
            if src[i] == "{" or src[i] == "[":
                if depth >= _MAX_DEPTH:
                    raise _GiveUp
                return self.container(depth + 1)
            raise _GiveUp
        self.leaves += 1
        if not self.leaves % _POLL_LEAVES:
            try:
                poll()
            except Exception as e:
                raise PollAbort(e) from None
        end = self.i = m.end()
        line = self.line
        column = i - self.line_start
        end_column = end - self.line_start
        number = m.group(4)
        if number is not None:
            if m.group(3):
                # -n: the UnaryExpression of the grammar around the NumericLiteral
                argument = _literal(_number(number), number)
                _place(argument, i + 1, end, line, column + 1, line, end_column)
                node = Nodes.UnaryExpression("-", argument)
            else:
                node = _literal(_number(number), number)
        else:
            raw = m.group()
            word = m.group(5)
            node = _literal(_WORDS[word] if word is not None else _string_value(raw), raw)
        _place(node, i, end, line, column, line, end_column)
        return node

    def container(self, depth: int) -> Any:
        src = self.source
        start = self.i
        line, column = self.line, start - self.line_start
        is_object = src[start] == "{"
        closing = "}" if is_object else "]"
        self.i += 1
        items: list[Any] = []
        append = items.append
        while True:
            if src[self.i] in " \t\r\n":
                self.skip_space()
            if src[self.i] == closing:
                break
            append(self.property(depth) if is_object else self.value(depth))
            ch = src[self.i]
            if ch in " \t\r\n":
                self.skip_space()
                ch = src[self.i]
            if ch == ",":
                self.i += 1
                continue
            if ch != closing:
                raise _GiveUp
            break
        end = self.i = self.i + 1
        node = Nodes.ObjectExpression(items) if is_object else Nodes.ArrayExpression(items)
        _place(node, start, end, line, column, self.line, end - self.line_start)
        self.completed.add(start)
        return node

    def property(self, depth: int) -> Any:
        src = self.source
        start = self.i
        m = _KEY.match(src, start)
        if m is None:
            raise _GiveUp  # (a key and its colon on two lines, too, are left to esprima-fork)
        line = self.line
        column = start - self.line_start
        name = m.group(1)
        if name is not None:
            key = Nodes.Identifier(name)
            key_end = m.end(1)
        else:
            raw = m.group(2)
            name = _string_value(raw)
            key = _literal(name, raw)
            key_end = m.end(2)
        if name == "__proto__":
            raise _GiveUp  # (its duplicates are an early error: esprima-fork's to report)
        _place(key, start, key_end, line, column, line, key_end - self.line_start)
        self.i = m.end()
        if src[self.i] in " \t\r\n":
            self.skip_space()
        value = self.value(depth)
        node = Nodes.Property("init", key, False, value, False, False)
        end = self.i
        _place(node, start, end, line, column, self.line, end - self.line_start)
        return node


def _plain_columns(parser: Any) -> bool:
    """Whether nodes take offsets and columns as they are (lazy_loc.finalize's own condition),
    and the parser keeps no tokens or comments of its own."""
    scanner = parser.scanner
    config = parser.config
    return bool((scanner._sourceIsAscii or config.positionEncoding == "scalar"
                 or scanner._utf16IsIdentity and parser._ownedByFacade)
                and not parser.delegate and not config.source and config.loc and config.range
                and not config.tokens and not config.comment)


def read_constant_literal(parser: Any) -> Any:
    """The node of the literal of constants that starts at the parser's lookahead (``{`` or
    ``[``), with the parser moved past it; None (the parser untouched) when it is not one."""
    token = parser.lookahead
    if not _plain_columns(parser):
        return None
    marker = parser.startMarker
    start = token.start
    if marker.index != start:
        return None
    # Inside a literal given up at ``failed``, only the literals read to their end then are tried
    # again (each once more): the others hold the failure (or lie too deep), and trying each
    # nested one in turn read the same text again and again (quadratic in the nesting).
    failed, completed = parser.__dict__.get("_constant_failed", (-1, None))
    if start < failed and (completed is None or start not in completed):
        return None
    reader = _Reader(parser.scanner.source, start, marker.line, marker.index - marker.column)
    try:
        node = reader.container(1)
    except (_GiveUp, IndexError):
        parser._constant_failed = (reader.i, reader.completed)
        return None
    if not reader.leaves:
        return None  # (``[]``, ``{}``, ``[[]]``: they may be destructuring patterns)
    node._constant = True  # (what the scope analysis may pass by, see ``is_constant_literal``)
    # esprima-fork goes on from the closing bracket: it is read as the lookahead, then consumed
    scanner = parser.scanner
    scanner.index = reader.i - 1
    scanner.lineNumber = reader.line
    scanner.lineStart = reader.line_start
    parser.nextToken()
    parser.nextToken()
    # a literal leaf is neither an assignment target nor a binding element (as parsePrimaryExpression)
    parser.context.isAssignmentTarget = False
    parser.context.isBindingElement = False
    return node


def is_constant_literal(node: Any) -> bool:
    """Whether ``node`` is a literal read here and still one (not reinterpreted as a
    destructuring pattern): nothing below it declares or references anything.

    (esprima-fork's tree validator still walks it: a wrapper of its ``visit`` that passed such a
    literal by added a Python frame a level, and a 100,000-term chain that the validator walks
    recursively ran out of frames.)"""
    d = getattr(node, "__dict__", None)
    return d is not None and d.get("_constant") is True and d.get("type") in ("ObjectExpression", "ArrayExpression")


_parse_object = esprima.parser.Parser.parseObjectInitializer
_parse_array = esprima.parser.Parser.parseArrayInitializer


def _object_initializer(self: Any) -> Any:
    node = read_constant_literal(self)
    return node if node is not None else _parse_object(self)


def _array_initializer(self: Any) -> Any:
    node = read_constant_literal(self)
    return node if node is not None else _parse_array(self)


esprima.parser.Parser.parseObjectInitializer = _object_initializer
esprima.parser.Parser.parseArrayInitializer = _array_initializer
