"""Column offsets in the Python API's errors (JSError.stack): the displayErrors arrow's caret
stands under the error's place in the printed line, as Node's does, although the stack's
``file:line:column`` counts the offset (node's test-vm-context.js checks the same for
vm.runInContext); compile_function's offset shifts its body's first line (node's
test-vm-basic.js)."""
from __future__ import annotations

import pytest

import pyjsvm as vm


def stack_of(f: object) -> list[str]:
    with pytest.raises(vm.JSError) as info:
        f()  # type: ignore[operator]
    return info.value.stack.split("\n")


def test_runtime_error_on_the_first_line() -> None:
    lines = stack_of(lambda: vm.run_in_new_context(" null.x", {}, filename="a.js", column_offset=9))
    assert lines[:3] == ["a.js:1", " null.x", "      ^"]
    assert lines[-1] == "    at a.js:1:16"


def test_later_lines_are_not_shifted() -> None:
    lines = stack_of(lambda: vm.run_in_new_context("\n null.x", {}, filename="a.js", column_offset=9, line_offset=4))
    assert lines[:3] == ["a.js:6", " null.x", "      ^"]


def test_syntax_error_on_the_first_line() -> None:
    lines = stack_of(lambda: vm.Script(" a b", filename="b.js", column_offset=9))
    assert lines[:3] == ["b.js:1", " a b", "   ^"]
    assert lines[-1] == "    at b.js:1:13"


def test_compile_function_column_offset() -> None:
    f = vm.compile_function('throw new Error("x")', [], column_offset=3)
    assert stack_of(f)[-1] == "    at <anonymous>:1:10"
    g = vm.compile_function('\nthrow new Error("x")', [], column_offset=3, line_offset=1)
    assert stack_of(g)[-1] == "    at <anonymous>:3:7"


def test_syntax_error_arrow_spans_the_token_keeps_tabs_and_ends_at_the_input() -> None:
    # Node's arrow (GetErrorSource): a caret under each character of the offending token, the
    # line's tabs kept before them, and no caret at the end of the input; the lines are the
    # source's (U+000B is no line terminator: the error stays on line 2)
    assert stack_of(lambda: vm.Script("foo bar baz", filename="t.js"))[:3] == ["t.js:1", "foo bar baz", "    ^^^"]
    assert stack_of(lambda: vm.Script("\tx y", filename="t.js"))[:3] == ["t.js:1", "\tx y", "\t  ^"]
    assert stack_of(lambda: vm.Script("a = {", filename="t.js"))[:3] == ["t.js:1", "a = {", "     "]
    assert stack_of(lambda: vm.Script("1\n\x0b x y", filename="t.js"))[:3] == ["t.js:2", "\x0b x y", "    ^"]
