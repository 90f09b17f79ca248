"""Lines and columns from syntax/line_index.py: no list of line starts, the same positions (node's)
for every kind of line terminator, in short sources and in long ones (past SHORT_SOURCE, where
the parser is made over the empty source first)."""
from __future__ import annotations

import pytest

import pyjsvm
from pyjsvm.syntax import line_index
from pyjsvm.syntax.parse import parse_script

_PAD = " " * (line_index.SHORT_SOURCE + 3 * line_index.PIECE)


def _position(body: str) -> str:
    """file:line:column of a ReferenceError thrown by eval'd code, from its stack."""
    src = "try { eval(" + repr(body) + ") } catch (e) { e.stack.split('\\n')[1].split('<anonymous>:').pop().slice(0, -1) }"
    return str(pyjsvm.run_in_new_context(src))


# (expected values from node 20)
@pytest.mark.parametrize("body, expected", [
    ("\r\n\n\u2028\r\r\n  x;\n  null.x", "6:3"),
    ("/*\r\n\n*/\u2028\r\r\n /*\n*/ x;\n  null.x", "7:4"),
    ("a\u2029b\rc", "1:1"),
    ("1;\n\n   \t\u00a0 // c\r\n    x", "4:5"),
    ("`a\nb` + '\\\n' + x", "3:5"),
])
@pytest.mark.parametrize("pad", ["", "long"])
def test_positions_after_line_terminators(body: str, expected: str, pad: str) -> None:
    if pad:  # the same lines, after a long run of spaces on the first one (a longer column)
        first, _, _ = expected.partition(":")
        column = int(expected.split(":")[1]) + (len(_PAD) if first == "1" else 0)
        expected = f"{first}:{column}"
        body = _PAD + body
    assert _position(body) == expected


def test_an_annex_b_close_comment_after_a_run_of_line_terminators() -> None:
    # the scanner still sees the run's last terminator: --> starts a comment at a line's start
    assert pyjsvm.run_in_new_context("eval('var a = 1\\n\\n \\u2028  \\r\\n   --> comment\\n a')") == 1


def test_no_list_of_line_starts() -> None:
    from esprima.parser import Parser  # type: ignore[import-untyped]
    assert Parser("\n" * (1 << 16) + "x")._lineStarts == [0]
    program = parse_script("\n" * (1 << 16) + "x", "f.js")
    assert program.body[0].loc.start.line == (1 << 16) + 1


def test_the_index_is_made_as_far_as_the_tokens_reach() -> None:
    index = line_index.LineIndex("a\n" * 100_000)
    assert index.locate(10) == (6, 10)
    assert len(index.lines) == 1
    assert index.locate(199_998) == (100_000, 199_998)
    assert len(index.lines) == 199_998 // line_index.PIECE + 1
