"""The parser of eval code marked as esprima.parseScript marks its own (parse.EVAL_AS_FACADE):
the tree (every field and position) and every early error are those of the unmarked parser with
esprima's structural validator, on sources with non-ASCII and astral characters, in every eval
context, and on a sample of test262's language tests; and the marked parser makes ``loc``
lazily in a non-ASCII source (the speed it is for)."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.syntax import parse
from pyjsvm.syntax.parse import ParseError, parse_eval_script
from tests.syntax.test_fast_tokens import TEST262, sample_of_test262


def _plain(value: Any) -> Any:
    """A node as nested plain data: its class, every field and loc (made now or already), but
    the mark of a literal of constants read in one pass (constant_literals.py, which the marked
    parser takes in a non-ASCII source too, as parseScript's: its tests compare its trees)."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    d = getattr(value, "__dict__", None)
    if d is None:
        return repr(value) if isinstance(value, float) else value
    out = {k: _plain(v) for k, v in d.items() if k not in ("loc", "_pos", "_constant")}
    out["__class__"] = type(value).__name__
    if isinstance(d.get("type"), str):
        loc = value.loc
        out["loc"] = (loc.start.line, loc.start.column, loc.end.line, loc.end.column)
    return out


def _tree(source: str, *context: Any) -> Any:
    try:
        program = parse_eval_script(source, *context)
    except ParseError as e:
        return ("error", e.kind, e.message, e.line, e.column)
    regexps = program.__dict__.pop("regexp_literals", [])
    return _plain(program), [r.range for r in regexps]


def _same(monkeypatch: pytest.MonkeyPatch, source: str, *context: Any) -> None:
    assert parse.EVAL_AS_FACADE == [True]
    marked = _tree(source, *context)
    with monkeypatch.context() as m:
        m.setattr(parse, "EVAL_AS_FACADE", [False])
        assert marked == _tree(source, *context), source[:200]


SOURCES = [
    "var a = 'caf\u00e9'; a.length + b",
    "x = '\U0001F600'; y = x + \u00e9 + z; function f(\u00e9) { return \u00e9 * 2 }",
    "/* \u00e9\u00e9\u00e9 */ a\n  .b\n  .c(\u00e9)",
    "\u00e9 = 1;\n`t\u00e9${\u00e9}`;\n/\u00e9+/u.test(\u00e9)",
    "new.target",
    "super.x",
    "super()",
    "() => new.target",
    "function f() { return new.target }",
    "class A extends B { constructor() { super(); super.x } }",
    "return 1",
    "let a; let a;",
    "'use strict'; with (a) {}",
    "yield = 1; await = 2",
    "\u00e9 +",
    "a \U0001F600",
    "this.#x",
    "class C { #x; m() { return this.#x } }",
    "for (const x of y) { label: function g() {} }",
    "if (a) function h() {}",
]
CONTEXTS = [
    (False, False, False, False),
    (True, False, False, False),
    (False, True, False, False),
    (False, True, True, False),
    (True, True, True, True),
]


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("source", SOURCES)
def test_sources(monkeypatch: pytest.MonkeyPatch, source: str, context: tuple[bool, ...]) -> None:
    _same(monkeypatch, source, *context)


def test_private_names(monkeypatch: pytest.MonkeyPatch) -> None:
    _same(monkeypatch, "this.#x + \u00e9", False, True, True, False, frozenset({"x"}))
    _same(monkeypatch, "this.#y", False, True, True, False, frozenset({"x"}))


def test_lazy_loc_in_a_non_ascii_source() -> None:
    program = parse_eval_script("a = '\u00e9'; b.c(d)", False, False, False, False)
    statement = program.body[1]
    assert "loc" not in statement.__dict__ and statement.__dict__["_pos"] == (1, 9, 1, 15)
    assert (statement.loc.start.column, statement.loc.end.column) == (9, 15)


@pytest.mark.skipif(not (TEST262 / "test" / "language").is_dir(), reason="TEST262_DIR: a test262 checkout")
def test_test262_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    n = 0
    for text, module, only_strict in sample_of_test262():
        if not module:
            _same(monkeypatch, text, only_strict, False, False, False)
            n += 1
    assert n > 1000
