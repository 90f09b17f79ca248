"""Long tokens: string literals with escapes, template literals and regular expression literals
scanned in chunks, with the budget check between chunks.

NON-SPEC (scanner extension): esprima-fork checks the budget once per token (parse.py), and
scans a string literal with escapes, a template literal or a RegExp literal one character at a
time, appending to a string (quadratic: a 5 MB literal of ``\\x41`` escapes took over a minute,
no timeout could stop it). Here the runs of plain characters are found with one regular
expression search each and collected in a list; escapes are read as esprima reads them; and
every ``POLL_CHARS`` characters the installed budget check runs (``polling.poll`` through
``_poll``), so a run's timeout holds inside one huge token. A RegExp literal's pattern is
checked by the compiler (its parser polls), not by esprima's validator.
Tokens and errors (messages, positions) are the ones esprima's scanner gives.
"""
from __future__ import annotations

import re
from typing import Any

import esprima.regexp_validator as regexp_validator  # type: ignore[import-untyped]
import esprima.scanner as scanner  # type: ignore[import-untyped]
from esprima.scanner import Character, Messages, RawToken, Scanner, Token  # type: ignore[import-untyped]

from pyjsvm.syntax.polling import PollAbort, poll

#: characters scanned between two budget checks inside one token
POLL_CHARS = 1 << 14

_STRING_STOPS = {"'": re.compile(r"['\\\r\n\u2028\u2029]"), '"': re.compile(r'["\\\r\n\u2028\u2029]')}
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\x0b"}
_TEMPLATE_STOPS = re.compile(r"[`$\\\r\n\u2028\u2029]")
_REGEXP_STOPS = re.compile(r"[\\\[\]/\r\n\u2028\u2029]")


def _poll() -> None:
    try:
        poll()
    except Exception as e:
        raise PollAbort(e) from None


def _plain_run(stops: "re.Pattern[str]", source: str, index: int, length: int, out: list[str] | None,
               polled: int) -> tuple[int, int]:
    """The position of the next character ``stops`` matches from ``index`` (``length`` at the
    end of the source), the plain characters before it appended to ``out``; the budget check
    runs when ``POLL_CHARS`` characters have passed since ``polled``. Returns (stop, polled)."""
    m = stops.search(source, index)
    stop = length if m is None or m.start() >= length else m.start()
    if out is not None and stop > index:
        out.append(source[index:stop])
    if stop - polled >= POLL_CHARS:
        polled = stop
        _poll()
    return stop, polled


def _scan_string_literal(self: Any) -> Any:
    """esprima's ``Scanner.scanStringLiteral`` in chunks."""
    source = self.source
    length = self.length
    start = self.index
    quote = source[start]
    stops = _STRING_STOPS[quote]
    index = start + 1
    polled = index
    parts: list[str] = []
    octal = False
    while True:
        stop, polled = _plain_run(stops, source, index, length, parts, polled)
        if stop >= length:
            break  # unterminated
        ch = source[stop]
        index = stop + 1
        if ch == quote:
            self.index = index
            return RawToken(type=Token.StringLiteral, value="".join(parts), octal=octal,
                            lineNumber=self.lineNumber, lineStart=self.lineStart, start=start, end=index)
        if ch in "\r\n":
            break  # unterminated
        if ch != "\\":  # U+2028 / U+2029 (ES2019's JSON superset)
            self.index = index
            self.requireFeature(2019, "JSON-superset string literals")
            self.lineNumber += 1
            self.lineStart = index
            parts.append(ch)
            continue
        ch = source[index]
        index += 1
        self.index = index
        if Character.isLineTerminator(ch):  # a line continuation
            self.lineNumber += 1
            if ch == "\r" and source[self.index] == "\n":
                self.index += 1
            self.lineStart = self.index
        elif ch == "u":
            if source[self.index] == "{":
                self.index += 1
                parts.append(self.scanUnicodeCodePointEscape())
            else:
                unescaped = self.scanHexEscape(ch)
                if not unescaped:
                    self.throwUnexpectedToken()
                parts.append(unescaped)
        elif ch == "x":
            unescaped = self.scanHexEscape(ch)
            if not unescaped:
                self.throwUnexpectedToken(Messages.InvalidHexEscapeSequence)
            parts.append(unescaped)
        elif ch in _SIMPLE_ESCAPES:
            parts.append(_SIMPLE_ESCAPES[ch])
        elif ch in ("8", "9"):
            parts.append(ch)
            octal = True
        elif ch and Character.isOctalDigit(ch):
            oct_to_dec = self.octalToDecimal(ch)
            octal = oct_to_dec.octal or octal
            parts.append(chr(oct_to_dec.code))
        else:
            parts.append(ch)
        index = self.index
    self.index = start
    self.throwUnexpectedToken()


def _scan_template(self: Any) -> Any:
    """esprima's ``Scanner.scanTemplate`` in chunks."""
    self.requireFeature(2015, "Template literals")
    source = self.source
    length = self.length
    start = self.index
    head = source[start] == "`"
    tail = False
    cooked: list[str] = []
    invalid = False
    index = start + 1
    polled = index
    raw_end = -1
    if not head and self.curlyStack:
        self.curlyStack.pop()
    while True:
        stop, polled = _plain_run(_TEMPLATE_STOPS, source, index, length, cooked, polled)
        if stop >= length:
            self.index = length
            self.throwUnexpectedToken()
        ch = source[stop]
        index = stop + 1
        if ch == "`":
            tail = True
            raw_end = stop
            break
        if ch == "$":
            if source[index] == "{":
                raw_end = stop
                index += 1
                self.curlyStack.append("${")
                break
            cooked.append(ch)
            continue
        if ch == "\\":
            if index >= length:
                self.index = index
                self.throwUnexpectedToken()
            ch = source[index]
            index += 1
            if Character.isLineTerminator(ch):
                if ch == "\r" and source[index] == "\n":
                    index += 1
                self.lineNumber += 1
                self.lineStart = index
            elif ch in _SIMPLE_ESCAPES:
                cooked.append(_SIMPLE_ESCAPES[ch])
            elif ch in "123456789" or ch == "0" and Character.isDecimalDigit(source[index]):
                invalid = True
            elif ch == "0":
                cooked.append("\0")
            elif ch in "xu":
                escape_start = index
                if ch == "u" and source[index] == "{":
                    index += 1
                    digits_start = index
                    while Character.isHexDigit(source[index]):
                        index += 1
                    digits = source[digits_start:index]
                    if digits and source[index] == "}" and int(digits, 16) <= 0x10FFFF:
                        index += 1
                        cooked.append(chr(int(digits, 16)))
                    else:
                        invalid = True
                else:
                    size = 2 if ch == "x" else 4
                    digits = source[index:index + size]
                    if len(digits) == size and all(Character.isHexDigit(d) for d in digits):
                        index += size
                        cooked.append(chr(int(digits, 16)))
                    else:
                        invalid = True
                        index = escape_start
            else:
                cooked.append(ch)
        else:  # a line terminator
            if ch == "\r" and source[index] == "\n":
                index += 1
            self.lineNumber += 1
            self.lineStart = index
            cooked.append("\n" if ch in "\r\n" else ch)
    self.index = index
    raw = source[start + 1:raw_end].replace("\r\n", "\n").replace("\r", "\n")
    if invalid and self.ecmaVersion < 2018:
        self.tolerateUnexpectedToken("Invalid escape sequence in template literal")
    return RawToken(type=Token.Template, value=raw, cooked=None if invalid else "".join(cooked),
                    invalidEscape=invalid, head=head, tail=tail, lineNumber=self.lineNumber,
                    lineStart=self.lineStart, start=start, end=index)


def _scan_regexp_body(self: Any) -> str:
    """esprima's ``Scanner.scanRegExpBody`` in chunks: the pattern between the slashes."""
    source = self.source
    length = self.length
    start = self.index
    assert source[start] == "/", "Regular expression literal must start with a slash"
    index = start + 1
    polled = index
    class_marker = False
    while True:
        stop, polled = _plain_run(_REGEXP_STOPS, source, index, length, None, polled)
        if stop >= length:
            self.index = max(index, length)  # past the end after a final backslash, as esprima
            break
        ch = source[stop]
        index = stop + 1
        if ch == "\\":
            ch = source[index]
            index += 1
            if Character.isLineTerminator(ch):
                self.index = index
                self.throwUnexpectedToken(Messages.UnterminatedRegExp)
        elif Character.isLineTerminator(ch):
            self.index = index
            self.throwUnexpectedToken(Messages.UnterminatedRegExp)
        elif class_marker:
            if ch == "]":
                class_marker = False
        elif ch == "/":
            self.index = index
            return str(source[start + 1:stop])
        elif ch == "[":
            class_marker = True
    self.throwUnexpectedToken(Messages.UnterminatedRegExp)
    raise AssertionError("unreachable")  # pragma: no cover - throwUnexpectedToken raises


def _pattern_checked_later(pattern: Any, flags: Any = "", ecma_version: Any = 2026) -> None:
    """NON-SPEC (speed): esprima's ``validate_regexp`` left out. A RegExp literal's early errors
    (sec-regular-expression-literals-static-semantics-early-errors) are the engine's own pattern
    parser's: the compiler checks every literal of a parse before it runs or defers anything
    (compiler.functions.deferred_compilation), so esprima's validator checked each literal a
    second time (and the compiler a third), and its message lacked the pattern and the reason."""


def _no_pattern_features(pattern: Any, flags: Any = "") -> dict[str, int]:
    """NON-SPEC (speed): esprima's ``regexp_features`` (the editions a pattern's syntax needs),
    which its tree validator calls on each literal, parsing the pattern once more and raising on
    an invalid one: every parse here is of the latest edition, and the compiler checks the
    pattern (see ``_pattern_checked_later``)."""
    return {}


#: esprima's own scanner methods (the differential tests compare with them)
ORIGINALS = {"scanStringLiteral": Scanner.scanStringLiteral, "scanTemplate": Scanner.scanTemplate,
             "scanRegExpBody": Scanner.scanRegExpBody}

Scanner.scanStringLiteral = _scan_string_literal
Scanner.scanTemplate = _scan_template
Scanner.scanRegExpBody = _scan_regexp_body
scanner.validate_regexp = _pattern_checked_later
regexp_validator.regexp_features = _no_pattern_features
