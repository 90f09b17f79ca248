"""A class getter or setter whose name is on the line after ``get`` / ``set``.

MethodDefinition : ``get ClassElementName ( ) { FunctionBody }`` (and ``set``,
sec-method-definitions) has no [no LineTerminator here] after ``get``: in a class body
``get<newline>x() {}`` is a getter named ``x``, as it is in an object literal. Automatic
semicolon insertion (sec-rules-of-automatic-semicolon-insertion) ends a field named ``get``
there only when the token on the next line cannot follow ``get`` in a MethodDefinition:
``get<newline>*x() {}`` is the field ``get`` and the generator method ``x``, while
``get<newline>x = 1`` is a SyntaxError (``x`` may follow ``get``, then ``=`` may not follow
``get x``).

NON-SPEC (parser extension): esprima-fork's parseClassElement takes ``get`` / ``set`` for a
field name whenever a line terminator follows it, so a getter or setter written that way
became a field and a method of the accessor's name. This module wraps parseClassElement and
parseObjectPropertyKey: right after the element's first key is parsed, when it is the
identifier ``get`` or ``set`` (not escaped, not computed) and the next token can begin a ClassElementName (an
IdentifierName, a string or numeric literal, ``[`` or a private name), the parser's
"a line terminator precedes the next token" flag is cleared, so that esprima's test goes on to
parse an accessor. The flag is set again by the next token read.
"""
from __future__ import annotations

from typing import Any

from esprima.parser import Parser  # type: ignore[import-untyped]
from esprima.token import Token  # type: ignore[import-untyped]

_original_class_element = Parser.parseClassElement
_original_property_key = Parser.parseObjectPropertyKey

# the token types that begin a ClassElementName other than ``[`` and a private name
_NAME_TOKENS = frozenset((Token.Identifier, Token.Keyword, Token.BooleanLiteral, Token.NullLiteral,
                          Token.StringLiteral, Token.NumericLiteral))


def _begins_class_element_name(token: Any) -> bool:
    if token.type in _NAME_TOKENS or getattr(token, "private", False):
        return True
    return token.type is Token.Punctuator and token.value == "["


def _class_element(self: Any, has_constructor: Any) -> Any:
    self._class_element_key = True  # the next parseObjectPropertyKey is the element's first key
    try:
        return _original_class_element(self, has_constructor)
    finally:
        self._class_element_key = False


def _property_key(self: Any) -> Any:
    first = getattr(self, "_class_element_key", False)
    self._class_element_key = False  # keys inside this one (a computed key's) are not the element's
    token = self.lookahead
    key = _original_property_key(self)
    # (``[get]`` and ``g\u0065t`` are no accessor keyword: their field ends at the line terminator)
    if first and self.hasLineTerminator and token.type is Token.Identifier and not token.escaped \
            and token.value in ("get", "set") and _begins_class_element_name(self.lookahead):
        self.hasLineTerminator = False
    return key


Parser.parseClassElement = _class_element
Parser.parseObjectPropertyKey = _property_key
