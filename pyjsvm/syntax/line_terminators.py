"""Line terminators between tokens, for a string literal that spans lines.

A string literal may contain a LineContinuation (a backslash before a line terminator,
sec-literals-string-literals); that line terminator is part of the token, not a
LineTerminator between tokens. esprima-fork records a token's line where the scanner stands
when the token ends, and decides "a line terminator precedes the next token" by comparing
those lines. So a string literal that spans lines looked as if a line terminator preceded it:
``return 'a\\<newline>b'`` returned undefined, ``throw 'a\\<newline>b'`` was a SyntaxError, and
``get 'a\\<newline>b'() {}`` in a class or object literal became a field named ``get`` and a
method (test262 language/statements/class/accessor-name-inst/literal-string-line-continuation.js).

NON-SPEC (parser extension): for a source text that has a line continuation (nothing else pays
for it), the parser's scanner notes the line each string literal starts on, and after each token
the parser compares the previous token's (end) line with that start line.
"""
from __future__ import annotations

from types import MethodType
from typing import Any

from esprima.parser import Parser  # type: ignore[import-untyped]
from esprima.scanner import Scanner  # type: ignore[import-untyped]

from pyjsvm.syntax.line_index import init_parser

_original_init = Parser.__init__
_original_next_token = Parser.nextToken
_original_scan_string = Scanner.scanStringLiteral

_LINE_CONTINUATIONS = ("\\\n", "\\\r", "\\\u2028", "\\\u2029")


def _scan_string_literal(self: Any) -> Any:
    line = self.lineNumber
    token = _original_scan_string(self)
    if token.lineNumber != line:
        token.startLineNumber = line
    return token


def _next_token(self: Any, allowEscaped: bool = False) -> Any:
    token = _original_next_token(self, allowEscaped)
    start = getattr(self.lookahead, "startLineNumber", None)
    if start is not None:
        self.hasLineTerminator = token.lineNumber != start
    return token


def _init(self: Any, code: Any, options: Any = None, delegate: Any = None) -> None:
    # (made over the empty source, then given this one: line_index.py)
    if isinstance(code, str) and "\\" in code and any(lc in code for lc in _LINE_CONTINUATIONS):
        # instance attributes: only this parser takes the slower path
        self.nextToken = MethodType(_next_token, self)
        init_parser(self, _original_init, code, options, delegate)
        self.scanner.scanStringLiteral = MethodType(_scan_string_literal, self.scanner)
    else:
        init_parser(self, _original_init, code, options, delegate)


Parser.__init__ = _init
