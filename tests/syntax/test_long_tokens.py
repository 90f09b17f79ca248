"""Long tokens scanned in chunks (syntax/long_tokens.py): the same tokens and errors as
esprima's character-by-character scanner, linear time, and a run's timeout holds inside one."""
from __future__ import annotations

import time
from typing import Any

from hypothesis import given, settings, strategies as st

import pyjsvm as vm
from esprima.error_handler import ErrorHandler  # type: ignore[import-untyped]
from esprima.scanner import Scanner  # type: ignore[import-untyped]
from pyjsvm.syntax.long_tokens import ORIGINALS

_ALPHABET = ["a", "\\", "'", '"', "`", "$", "{", "}", "\n", "\r", "\u2028", "x", "u", "0", "1", "7", "8", "9",
             "f", "F", "[", "]", "/", "n", " ", "\U0001F600"]


def _scan(method: str, code: str, patched: bool) -> Any:
    scanner = Scanner(code, ErrorHandler())
    try:
        fn = getattr(scanner, method) if patched else ORIGINALS[method].__get__(scanner)
        token = fn()
    except Exception as e:  # an esprima error: compare its message and position
        return ("error", type(e).__name__, str(e), getattr(e, "index", None), getattr(e, "lineNumber", None))
    value = token if isinstance(token, str) else sorted(vars(token).items())
    return (value, scanner.index, scanner.lineNumber, scanner.lineStart, list(scanner.curlyStack))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=30), st.sampled_from(["'", '"', "`", "}", "/", "/["]))
def test_same_tokens_and_errors_as_esprima(body: list[str], opening: str) -> None:
    code = opening + "".join(body)
    method = {"'": "scanStringLiteral", '"': "scanStringLiteral", "`": "scanTemplate", "}": "scanTemplate"}.get(
        opening, "scanRegExpBody")
    assert _scan(method, code, True) == _scan(method, code, False)


def test_examples_match_esprima() -> None:
    for method, code in [("scanStringLiteral", r"'a\x41\u{1F600}\101\0\8\
b'"), ("scanStringLiteral", "'a\u2028b'"), ("scanStringLiteral", "'abc"),
                         ("scanStringLiteral", "'a\\x4'"), ("scanTemplate", "`a${"), ("scanTemplate", "`a\\u{110000}$b`"),
                         ("scanTemplate", "`\r\n\\\r\nx`"), ("scanRegExpBody", "/a[/]b\\/c/g"), ("scanRegExpBody", "/a\nb/"), ("scanRegExpBody", "/a\\"),
                         ("scanStringLiteral", "'a\\"), ("scanTemplate", "`a\\")]:
        assert _scan(method, code, True) == _scan(method, code, False), code


def test_long_literals_are_linear_and_exact() -> None:
    n = 200_000
    t = time.perf_counter()
    assert vm.run_in_new_context("'" + "\\x41" * n + "'") == "A" * n
    assert vm.run_in_new_context("`" + "\\u0042" * n + "`") == "B" * n
    assert vm.run_in_new_context("/" + "\\/" * n + "/.source.length") == 2 * n
    # esprima's scanner took about 5 s for the first alone (quadratic); these take well under
    assert time.perf_counter() - t < 20


def test_timeout_holds_inside_one_huge_token() -> None:
    for src in ("'" + "\\x41" * 1_250_000 + "'", "`" + "\\x41" * 1_250_000 + "`", "/[" + "a" * 3_000_000 + "]/"):
        ctx = vm.create_context({"src": src})
        t = time.perf_counter()
        try:
            vm.run_in_context("eval(src)", ctx, timeout=300)
        except vm.JSError as e:
            assert e.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
        else:
            raise AssertionError("the huge literal ran to the end")
        assert time.perf_counter() - t < 3.0, src[:10]
