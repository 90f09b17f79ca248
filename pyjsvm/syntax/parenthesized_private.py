"""A parenthesized private name is a SyntaxError: ``(#x) in o``.

RelationalExpression : PrivateIdentifier ``in`` ShiftExpression (sec-relational-operators) is
the one place an expression may hold a PrivateIdentifier; ParenthesizedExpression :
``( Expression )`` (sec-primary-expression) cannot derive one, so ``(#x) in o`` and
``((#x)) in o`` do not parse (as node: "Unexpected identifier '#x'").

NON-SPEC (parser extension): esprima-fork parses ``#x`` as a primary expression anywhere and its
validator checks where a PrivateIdentifier node stands; the ESTree keeps no parentheses, so
``(#x) in o`` passed as ``#x in o``. This module wraps parseGroupExpression: a group whose
expression is a PrivateIdentifier throws, pointing at the name.
"""
from __future__ import annotations

from typing import Any

from esprima.parser import Parser  # type: ignore[import-untyped]

_original_group = Parser.parseGroupExpression


def _group_expression(self: Any) -> Any:
    scanner = self.scanner
    after_paren = (scanner.index, scanner.lineNumber, scanner.lineStart)  # the scanner is past the (
    expr = _original_group(self)
    if getattr(expr, "type", None) == "PrivateIdentifier":
        # the name is the first token after the (: read it again, to point the error at it
        scanner.index, scanner.lineNumber, scanner.lineStart = after_paren
        scanner.scanComments()
        token = scanner.lex()
        column = self.externalColumn(token.start, token.start - token.lineStart) + 1
        raise self.errorHandler.createError(self.externalOffset(token.start), token.lineNumber, column,
                                            "Unexpected identifier")
    return expr


Parser.parseGroupExpression = _group_expression
