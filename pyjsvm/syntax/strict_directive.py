"""The token after a "use strict" directive is read as strict mode code.

In strict mode code ``implements``, ``interface``, ``let``, ``package``, ``private``,
``protected``, ``public``, ``static`` and ``yield`` are no Identifier (sec-identifiers-static-
semantics-early-errors), from the first token after the directive prologue on: in
``"use strict"; package`` or ``function f() { "use strict"; static.x }`` the name is a
SyntaxError (as node).

NON-SPEC (parser extension): esprima-fork turns such a name into a keyword as it reads each
token in strict mode code, but the token after the prologue had been read (as the lookahead)
before the directive made the code strict, so it stayed an identifier: the early error was
missed and the name was looked up at run time. This module wraps parseDirectivePrologues and
gives that lookahead the type the parser's nextToken gives such a token in strict mode code.
"""
from __future__ import annotations

from typing import Any

from esprima.parser import Parser  # type: ignore[import-untyped]
from esprima.token import Token  # type: ignore[import-untyped]

_original_prologues = Parser.parseDirectivePrologues


def _directive_prologues(self: Any) -> Any:
    body = _original_prologues(self)
    token = self.lookahead
    if self.context.strict and token.type is Token.Identifier and self.scanner.isStrictModeReservedWord(token.value):
        token.type = Token.Keyword  # (as nextToken does in strict mode code)
    return body


Parser.parseDirectivePrologues = _directive_prologues
