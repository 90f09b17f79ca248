"""Scanner.scanComments (syntax/line_index.py) before a token with nothing or one space before
it returns at once, without esprima-fork's own loop; trivia of every other kind still goes
through it, with the same tree."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.syntax import line_index
from pyjsvm.syntax.parse import parse_script


def test_plain_tokens_skip_the_full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = line_index._original_scan_comments

    def counting(self: Any) -> Any:
        calls.append(self.index)
        return original(self)

    monkeypatch.setattr(line_index, "_original_scan_comments", counting)
    source = "a = b + c(d, e);"
    parse_script(source)
    assert all(i >= len(source) - 1 for i in calls)  # (only at the last token and the end)
    calls.clear()
    source = "a = b\n/* c */ + c // d\n;\t e\u00a0= -1\n-->x"
    program = parse_script(source)
    assert len(calls) >= 4
    assert [s.type for s in program.body] == ["ExpressionStatement", "ExpressionStatement"]
    start = source.index("e\u00a0")
    assert program.body[1].range == [start, start + 6]
    assert (program.body[1].loc.start.line, program.body[1].loc.start.column) == (3, start - source.rindex("\n", 0, start) - 1)
