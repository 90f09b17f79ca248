"""NON-SPEC (speed): the parser's step to the next token in one function, and the common tokens
read with one regular expression match.

esprima-fork's ``Parser.nextToken`` is a chain of calls for every token: the budget check
(parse.py), ``collectComments``, ``Scanner.scanComments`` (line_index.py's), ``Scanner.lex``,
its dispatch to ``scanIdentifier`` / ``getIdentifier`` / ``scanPunctuator`` /
``scanNumericLiteral`` / ``scanStringLiteral``, and ``RawToken.__init__`` with its seventeen keyword arguments: about
a third of the time of parsing (a minified library is some 45,000 tokens per 100 KB). Here
``next_token`` does what that chain does, in one frame, for the tokens that are plain ASCII:

- an IdentifierName of ASCII letters, digits, ``$`` and ``_`` not followed by a ``\\`` or a
  non-ASCII character (an escape or a Unicode identifier part: esprima's path), typed as
  ``scanIdentifier`` types it (a keyword, ``null``, ``true`` / ``false``, else an identifier);
- a punctuator (the longest one, as ``scanPunctuator`` finds it: ``?.`` not before a decimal
  digit, ``.`` not before one either, which starts a number), except a ``}`` that closes a
  template substitution (the scanner then reads the template's next part);
- a decimal integer of at most 15 digits without a leading zero, not followed by a digit, ``.``,
  an identifier character, ``\\`` or a non-ASCII character (its value as esprima computes it:
  ``int(float(digits))``, exact at that length);
- a string literal in ``'`` or ``"`` without a backslash or a line terminator (esprima's own
  first step: its value is the text between the quotes);
- white space before a token only when it is a single space (anything else: esprima's
  ``scanComments``).

Every other token (other strings, templates, regular expressions, other numbers, private names,
escapes, Unicode, the end of the source) goes to ``Scanner.lex`` as before. The tokens made here
have the fields ``RawToken`` gives them, and the parser's state after the step (markers,
``hasLineTerminator``, the lookahead, strict-mode reserved words, the token list) is the one
esprima's ``nextToken`` leaves. parse.py installs it; its ``_polled_next_token`` is the chain
this replaces (the tests parse with both and compare the trees).
"""
from __future__ import annotations

import re
from typing import Any

from esprima.messages import Messages  # type: ignore[import-untyped]
from esprima.scanner import _TRIVIA_STARTS, RawToken, Scanner  # type: ignore[import-untyped]
from esprima.token import Token  # type: ignore[import-untyped]

from pyjsvm.syntax.polling import _POLL, PollAbort

_PUNCTUATORS = (
    ">>>=", "...", "===", "!==", ">>>", "<<=", ">>=", "**=", "&&=", "||=", "??=",
    "=>", "==", "!=", "<=", ">=", "<<", ">>", "&&", "||", "??", "?.", "**", "*=", "+=", "-=", "/=",
    "%=", "^=", "|=", "&=", "++", "--",
    "(", ")", "{", "}", "[", "]", ";", ",", "<", ">", "=", "!", "+", "-", "*", "%", "&", "|", "^",
    "/", "~", ":", "?", ".",
)
# (alternatives are tried in order: the longer first; ``?.`` and ``.`` only before a non-digit)
_PUNCTUATOR_RE = "|".join(re.escape(p) + (r"(?![0-9])" if p in ("?.", ".") else "")
                          for p in sorted(_PUNCTUATORS, key=len, reverse=True))
_TOKEN = re.compile(
    r"([A-Za-z_$][A-Za-z0-9_$]*+)(?![\\]|[^\x00-\x7f])"                        # 1: a name
    r"|(" + _PUNCTUATOR_RE + ")"                                              # 2: a punctuator
    r"|((?:0|[1-9][0-9]{0,14}))(?![0-9A-Za-z_$.\\]|[^\x00-\x7f])"             # 3: an integer
    r"|'([^'\\\r\n\u2028\u2029]*+)'"                                            # 4: a string in ''
    r'|"([^"\\\r\n\u2028\u2029]*+)"'                                            # 5: a string in ""
)
_KEYWORDS = frozenset(Scanner.isKeyword.set)
_STRICT_RESERVED = frozenset(Scanner.isStrictModeReservedWord.set)
_WORD_TYPES = {"null": Token.NullLiteral, "true": Token.BooleanLiteral, "false": Token.BooleanLiteral}
_IDENTIFIER = Token.Identifier
_KEYWORD = Token.Keyword
_PUNCTUATOR = Token.Punctuator
_NUMERIC = Token.NumericLiteral
_EOF = Token.EOF
_ESCAPABLE = (Token.Keyword, Token.BooleanLiteral, Token.NullLiteral)
_STRING = Token.StringLiteral


class _Token(RawToken):  # type: ignore[misc]
    """A ``RawToken`` made here: the fields esprima's scanner sets to their defaults for a name
    or a punctuator are class attributes (six stores to make one, not seventeen keyword
    arguments)."""

    bigint = None
    private = False
    invalidEscape = False
    escaped = False
    pattern = None
    flags = None
    regex = None
    octal: bool | None = None
    cooked = None
    head = None
    tail = None

    def __init__(self, type: int, value: Any, lineNumber: int, lineStart: int, start: int, end: int) -> None:  # noqa: A002, N803
        self.type = type
        self.value = value
        self.lineNumber = lineNumber
        self.lineStart = lineStart
        self.start = start
        self.end = end


class _Literal(_Token):
    """A numeric or string literal made here (not a legacy octal one: ``octal`` is False)."""

    octal = False


def _lex(scanner: Any) -> Any:
    """The next token from the scanner's index (white space and comments skipped): the common
    ASCII ones read here, anything else by ``Scanner.lex``."""
    index = scanner.index
    source = scanner.source
    m = _TOKEN.match(source, index)
    if m is None or scanner.ecmaVersion < 2021:
        return scanner.lex()
    kind = m.lastindex or 0
    value: Any = m.group(kind)
    if kind == 1:
        if len(value) == 1:
            typ = _IDENTIFIER
        elif value in _KEYWORDS:
            typ = _KEYWORD
        else:
            typ = _WORD_TYPES.get(value, _IDENTIFIER)
    elif kind == 2:
        typ = _PUNCTUATOR
        if value == "{":
            scanner.curlyStack.append("{")
        elif value == "}":
            stack = scanner.curlyStack
            if stack:
                if stack[-1] == "${":
                    return scanner.lex()  # (a template's middle or tail)
                stack.pop()
    else:
        end = m.end()
        scanner.index = end
        if kind == 3:
            return _Literal(_NUMERIC, int(value), scanner.lineNumber, scanner.lineStart, index, end)
        return _Literal(_STRING, value, scanner.lineNumber, scanner.lineStart, index, end)
    end = m.end()
    scanner.index = end
    return _Token(typ, value, scanner.lineNumber, scanner.lineStart, index, end)


def next_token(self: Any, allowEscaped: bool = False) -> Any:  # noqa: N803 - esprima's name
    """esprima-fork's ``Parser.nextToken`` with the budget check (parse.py), ``collectComments``
    and ``Scanner.lex`` in one frame: returns the lookahead and reads the next token."""
    for check in _POLL:  # (the budget check: out of the parser as PollAbort)
        try:
            check()
        except Exception as e:
            raise PollAbort(e) from None
    token = self.lookahead
    if token.escaped and token.type in _ESCAPABLE and not allowEscaped:
        context = self.context
        sloppy_identifier = not context.strict and token.value in ("let", "yield") and (
            token.value != "yield" or context.allowYield)
        if not sloppy_identifier:
            self.throwUnexpectedToken(token, Messages.InvalidEscapedReservedWord)
    scanner = self.scanner
    index = scanner.index
    last = self.lastMarker
    last.index = index
    last.line = scanner.lineNumber
    last.column = index - scanner.lineStart
    if self.config.comment:
        self.collectComments()
        index = scanner.index
    else:
        source = scanner.source
        if index >= scanner.length or source[index] in _TRIVIA_STARTS:
            ch = source[index] if index < scanner.length else ""
            if ch == " " and index + 1 < scanner.length and source[index + 1] not in _TRIVIA_STARTS:
                index += 1
                scanner.index = index
            else:
                scanner.scanComments()
                index = scanner.index
    start = self.startMarker
    if index != start.index:
        start.index = index
        start.line = scanner.lineNumber
        start.column = index - scanner.lineStart
    following = _lex(scanner)
    self.hasLineTerminator = token.lineNumber != following.lineNumber
    if following.type is _IDENTIFIER and self.context.strict and following.value in _STRICT_RESERVED:
        following.type = _KEYWORD
    self.lookahead = following
    if self.config.tokens and following.type is not _EOF:
        self.tokens.append(self.convertToken(following))
    return token

