"""A line continuation inside a string literal is not a line terminator between tokens."""
import pytest

import pyjsvm


def test_accessor_named_by_a_string_with_a_line_continuation() -> None:
    src = "class C { get 'a\\\nb'() { return 1 } static set 'c\\\nd'(v) {} };" \
          "var o = { get 'e\\\nf'() { return 2 } };" \
          "[typeof Object.getOwnPropertyDescriptor(C.prototype, 'ab').get," \
          " typeof Object.getOwnPropertyDescriptor(C, 'cd').set, o.ef].join()"
    assert pyjsvm.run_in_new_context(src) == "function,function,2"


def test_a_real_line_terminator_after_get_before_a_multi_line_key() -> None:
    # `get` then a newline: no semicolon is inserted before a key, a getter (as node; see
    # tests/syntax/test_class_accessors.py)
    src = "class C { get\n'a\\\nb'() { return 3 } };" \
          "[typeof Object.getOwnPropertyDescriptor(C.prototype, 'ab').get, new C().ab, 'get' in new C()].join()"
    assert pyjsvm.run_in_new_context(src) == "function,3,false"


def test_no_line_terminator_after_a_multi_line_string() -> None:
    # the string ends on the line of `++`: a postfix ++ on a literal, an early SyntaxError
    with pytest.raises(pyjsvm.JSError) as info:
        pyjsvm.run_in_new_context("var y = 1; var x = 'a\\\nb' ++y")
    assert "SyntaxError" in str(info.value)


def test_return_and_throw_of_a_string_with_a_line_continuation() -> None:
    src = "function f() { return 'a\\\nb' }\nfunction g() { throw 'c\\\nd' }\n" \
          "var r; try { g() } catch (e) { r = e } f() + r"
    assert pyjsvm.run_in_new_context(src) == "abcd"
