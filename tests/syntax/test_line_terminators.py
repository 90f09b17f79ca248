"""A line continuation inside a string literal is not a line terminator between tokens."""
import pytest

import pyjsvm


def test_accessor_named_by_a_string_with_a_line_continuation() -> None:
    src = "class C { get 'a\\\nb'() { return 1 } static set 'c\\\nd'(v) {} };" \
          "var o = { get 'e\\\nf'() { return 2 } };" \
          "[typeof Object.getOwnPropertyDescriptor(C.prototype, 'ab').get," \
          " typeof Object.getOwnPropertyDescriptor(C, 'cd').set, o.ef].join()"
    assert pyjsvm.run_in_new_context(src) == "function,function,2"


def test_a_real_line_terminator_still_separates_get_from_its_key() -> None:
    # `get` then a newline: a field named get, then a method named by the string (as node)
    src = "class C { get\n'a\\\nb'() { return 3 } }; [Object.hasOwn(C.prototype, 'ab'), new C().get].join()"
    assert pyjsvm.run_in_new_context(src) == "true,"


def test_no_line_terminator_after_a_multi_line_string() -> None:
    # the string ends on the line of `++`: a postfix ++ on a literal, an early SyntaxError
    with pytest.raises(pyjsvm.JSError) as info:
        pyjsvm.run_in_new_context("var y = 1; var x = 'a\\\nb' ++y")
    assert "SyntaxError" in str(info.value)


def test_return_and_throw_of_a_string_with_a_line_continuation() -> None:
    src = "function f() { return 'a\\\nb' }\nfunction g() { throw 'c\\\nd' }\n" \
          "var r; try { g() } catch (e) { r = e } f() + r"
    assert pyjsvm.run_in_new_context(src) == "abcd"
