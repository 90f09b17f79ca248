"""Lines of the source, found without a step per line (NON-SPEC: parser and scanner extensions).

esprima-fork's ``Parser.__init__`` lists where every line of the source starts (a Python int per
line terminator, found one regex match at a time) before it reads the first token, and
``startNode`` bisects that list. That step ran before any budget check and grew with the number
of lines: ``eval('\\n'.repeat(2**24))`` spent about a minute in it past a 1 s timeout, and a
list for 2**29 terminators would need about 20 GiB. Here the parser is made over the empty
source and then given the real one (``init_parser``: the rest of esprima's ``__init__`` is
repeated), and ``startNode`` asks a ``LineIndex``: the line and the line start at every
``PIECE``-th code unit (checkpoints made forward, as far as the tokens reached, with the budget
checked between runs of pieces), and from the checkpoint to the token the terminators counted
and the last one found with ``str.count`` / ``str.rfind``.

The scanner met each line terminator between tokens in a step of a Python loop, and each one in
a multi-line comment as a regex match (seconds for 2**22 of them, again each time the same
trivia was scanned): a run of white space and line terminators is skipped in one match up to the
start of its last terminator (``_scan_comments``: the scanner still sees that one, which starts
a line for an Annex B ``-->`` comment), and a comment's terminators are counted
(``_skip_multi_line_comment``). A line terminator is LF, CR, LS or PS, and CR LF counts once
(sec-line-terminators).
"""
from __future__ import annotations

import re
from typing import Any

from esprima.character import LINE_TERMINATOR, WHITE_SPACE  # type: ignore[import-untyped]
from esprima.parser import Marker, Parser, RawToken  # type: ignore[import-untyped]
from esprima.scanner import _TRIVIA_STARTS, Comment, Position, Scanner, SourceLocation  # type: ignore[import-untyped]
from esprima.token import Token  # type: ignore[import-untyped]

from pyjsvm.syntax.polling import PollAbort, poll

__all__ = ["LineIndex", "init_parser"]

#: code units between two checkpoints
PIECE = 1 << 10
#: checkpoints made between two budget checks
_PIECES_PER_POLL = 1 << 10


def _count_terminators(code: str, a: int, b: int) -> int:
    """The line terminators that start in [a, b) of ``code`` (a CR LF counted at its CR)."""
    n = (code.count("\n", a, b) + code.count("\r", a, b) - code.count("\r\n", a, b)
         + code.count("\u2028", a, b) + code.count("\u2029", a, b))
    if 0 < a < b and code[a] == "\n" and code[a - 1] == "\r":
        n -= 1  # the LF of a CR LF whose CR is before a
    return n


def _last_terminator_end(code: str, a: int, b: int) -> int:
    """The position after the last line terminator character in [a, b), or -1."""
    last = max(code.rfind("\n", a, b), code.rfind("\r", a, b), code.rfind("\u2028", a, b), code.rfind("\u2029", a, b))
    return last + 1 if last >= 0 else -1


class LineIndex:
    """The 1-based line and the line start of positions in ``code``: ``locate(position)``."""

    __slots__ = ("code", "lines", "starts")

    def __init__(self, code: str) -> None:
        self.code = code
        # checkpoint k: the line of position k * PIECE, and where that line starts
        self.lines = [1]
        self.starts = [0]

    def locate(self, position: int) -> tuple[int, int]:
        """(line, line start) of ``position`` (a token's start: never the LF of a CR LF)."""
        code = self.code
        k = position // PIECE
        lines, starts = self.lines, self.starts
        while len(lines) <= k:
            j = len(lines)
            a = (j - 1) * PIECE
            lines.append(lines[-1] + _count_terminators(code, a, a + PIECE))
            end = _last_terminator_end(code, a, a + PIECE)
            starts.append(end if end >= 0 else starts[-1])
            if not j % _PIECES_PER_POLL:
                try:
                    poll()
                except Exception as e:  # (as the polled nextToken: out of the parser as PollAbort)
                    raise PollAbort(e) from None
        a = k * PIECE
        end = _last_terminator_end(code, a, position)
        return lines[k] + _count_terminators(code, a, position), end if end >= 0 else starts[k]


def _located_start_node(self: Any, token: Any, lastLineStart: int = 0) -> Any:  # noqa: N803 - esprima's name
    """Parser.startNode: a Marker at the token's start, its line and column from the index."""
    line, line_start = self._line_index.locate(token.start)
    return Marker(index=token.start, line=line, column=token.start - line_start)


def _start_node(self: Any, token: Any, lastLineStart: int = 0) -> Any:  # noqa: N803 - esprima's name
    """Parser.startNode. NON-SPEC (speed): a token that ends on the line it starts on (its line
    start, where the scanner stood when it ended, is not after its start) has its line and
    line start already; only a token that spans lines (a string with a line continuation, a
    template) is located with the index (``_located_start_node``). (Line 0 is the scanner's
    line of an empty source: located too.)"""
    start = token.start
    line_start = token.lineStart
    line = token.lineNumber
    if line and line_start <= start:
        return Marker(index=start, line=line, column=start - line_start)
    line, line_start = self._line_index.locate(start)
    return Marker(index=start, line=line, column=start - line_start)


#: sources shorter than this are given to esprima's __init__ as they are (its list of line
#: starts is short, and making a parser twice cost a fifth more: 65,536 evals of a line)
SHORT_SOURCE = 1 << 12


def init_parser(parser: Any, original_init: Any, code: Any, options: Any, delegate: Any) -> None:
    """``original_init`` (esprima's Parser.__init__) over the empty source, then the real one in
    its place: a new scanner, the first token read again, and no list of line starts."""
    if len(code) < SHORT_SOURCE:
        original_init(parser, code, options, delegate)
        parser._line_index = LineIndex(code)
        return
    original_init(parser, "", options, delegate)
    empty = parser.scanner
    scanner = Scanner(code, parser.errorHandler)
    scanner.positionEncoding = empty.positionEncoding
    scanner.ecmaVersion = empty.ecmaVersion
    scanner.isModule = empty.isModule
    scanner.trackComment = empty.trackComment
    parser.scanner = scanner
    parser._line_index = LineIndex(code)
    # the end of esprima's __init__ again, over the real scanner
    parser.lookahead = RawToken(type=Token.EOF, value="", lineNumber=scanner.lineNumber, lineStart=0, start=0, end=0)
    parser.hasLineTerminator = False
    parser.tokens = []
    parser.startMarker = Marker(index=0, line=scanner.lineNumber, column=0)
    parser.lastMarker = Marker(index=0, line=scanner.lineNumber, column=0)
    parser.nextToken()
    parser.lastMarker = Marker(index=scanner.index, line=scanner.lineNumber, column=scanner.index - scanner.lineStart)


_TRIVIA_RUN = re.compile("[" + re.escape("".join(sorted(WHITE_SPACE | LINE_TERMINATOR))) + "]+")
_original_scan_comments = Scanner.scanComments


def _scan_comments(self: Any) -> Any:
    """Scanner.scanComments, a run of white space and line terminators skipped at once up to
    the start of its last line terminator first."""
    source = self.source
    index = self.index
    # NON-SPEC (speed): before most tokens there is nothing or one space, and no comment
    if index + 1 >= self.length:
        return _original_scan_comments(self)
    ch = source[index]
    if ch not in _TRIVIA_STARTS:
        return []
    if ch == " " and source[index + 1] not in _TRIVIA_STARTS:
        self.index = index + 1
        return []
    if ch in WHITE_SPACE or ch in LINE_TERMINATOR:
        end = _TRIVIA_RUN.match(source, index).end()  # type: ignore[union-attr] # (a run of at least its first)
        last = _last_terminator_end(source, index, end) - 1   # the last terminator character
        if last > 0 and source[last] == "\n" and source[last - 1] == "\r":
            last -= 1  # (a CR LF: its CR)
        if last > index:
            lines = _count_terminators(source, index, last)
            if lines:
                self.lineNumber += lines
                self.lineStart = _last_terminator_end(source, index, last)
            self.index = last
    return _original_scan_comments(self)


def _skip_multi_line_comment(self: Any) -> Any:
    """Scanner.skipMultiLineComment, its line terminators counted rather than matched one by one."""
    source = self.source
    start = self.index - 2
    start_line, start_column = self.lineNumber, start - self.lineStart
    end = source.find("*/", self.index)
    closed = end != -1
    body_end = end if closed else self.length
    lines = _count_terminators(source, self.index, body_end)
    if lines:
        self.lineNumber += lines
        self.lineStart = _last_terminator_end(source, self.index, body_end)
    self.index = end + 2 if closed else self.length
    comments = []
    if self.trackComment:
        comments.append(Comment(
            multiLine=True, slice=[start + 2, body_end], range=[start, self.index],
            loc=SourceLocation(start=Position(line=start_line, column=start_column),
                               end=Position(line=self.lineNumber, column=self.index - self.lineStart))))
    if not closed:
        self.tolerateUnexpectedToken()
    return comments


Parser.startNode = _start_node
Scanner.scanComments = _scan_comments
Scanner.skipMultiLineComment = _skip_multi_line_comment
