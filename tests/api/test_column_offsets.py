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
