"""Object and array literals of constants read in one pass (syntax/constant_literals.py): the
tree is the one esprima-fork's own parser makes for the same text (every field, range and
position), errors are its errors, and the fast path is taken where it should be."""
from __future__ import annotations

from typing import Any

import esprima.parser  # type: ignore[import-untyped]
import pytest

import pyjsvm as vm
from pyjsvm.syntax import constant_literals
from pyjsvm.syntax.parse import ParseError, parse_module, parse_script


def _plain(value: Any) -> Any:
    """A node as nested plain data: every field (the private position ones too) and loc, but
    the mark of a literal read in one pass."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    d = getattr(value, "__dict__", None)
    if d is None:
        return value
    if not isinstance(d.get("type"), str):  # (a template element's value, a regex's)
        return type(value).__name__, {k: _plain(v) for k, v in d.items()}
    out = {k: _plain(v) for k, v in d.items() if k not in ("loc", "_constant")}
    loc = value.loc
    out["loc"] = (loc.start.line, loc.start.column, loc.end.line, loc.end.column)
    return out


def _both(parse: Any, source: str) -> tuple[Any, Any]:
    """(the tree with the fast path, the tree esprima-fork makes alone); each a ParseError's text
    when the source does not parse."""
    def one() -> Any:
        try:
            program = parse(source)
        except ParseError as e:
            return str(e)
        program.__dict__.pop("regexp_literals", None)
        return _plain(program)
    fast = one()
    mp = pytest.MonkeyPatch()
    mp.setattr(esprima.parser.Parser, "parseObjectInitializer", constant_literals._parse_object)
    mp.setattr(esprima.parser.Parser, "parseArrayInitializer", constant_literals._parse_array)
    try:
        slow = one()
    finally:
        mp.undo()
    return fast, slow


SOURCES = [
    'module.exports = {\n  "a": 1,\n  b: [1, -2.5, 1e3, 1E-2, 0, true, false, null, "s", \'q\'],\r\n\t"c": {"d": {"e": []}},'
    ' if: 123456789012345678901234567890, null: 1e400, x$_1: -0\r  }\n;x = 1',
    "x = [\n1,\n2,\n]\ny = {a: 1,}",
    "f([1, 2], {a: 'b'})",
    "var o = {a: [[[[1]]]], b: [[], {}], c: 'é'}",     # (a non-ASCII source)
    "a = {x: 1}\n[0]",                                 # (no ASI: a member expression)
    "a = [1]\n/2/i",                                   # (a division after the literal)
    "export default {a: 1, b: [2]}",
    "x = {a: 1, b: function () {}}",                   # (gives up at the function)
    "x = {a: 1, b}",                                   # (shorthand)
    "x = {a: 1, ...y}",
    "x = [1, , 2]",
    "x = {1: 'a', b: 2}",
    "x = {'a': \"esc\\n\"}",
    "x = {a: 1 /* c */, b: 2}",
    "x = {a: 01}",
    "'use strict'; x = {a: 08}",
    "x = {a: 1n, b: 2}",
    "x = [1.5.toString()]",
    "x = [1..toString()]",
    "x = {a: truex}",
    "x = {__proto__: 1, __proto__: 2}",
    "x = {'__proto__': 1, b: 2}",
    "[1] = x",
    "({a: 1} = x)",
    "[[1], 2] = [[3], 4]",
    "({a: {}} = x)",
    "for ([1] of x);",
    "([1]) => 1",
    "x = {a: 1, b: 2",
    "x = [1, 2",
    "x = {a: -}",
    "x = {a: - 1}",
    "x = {a: 'line\\\ncontinued'}",
    "x = {'a\u2028': 1}",
    "x = `${ {a: 1}.a }`",
    "x = {a: 1}`t`",
    "({a: 1, b: [2]} = x)",
    "[{a: 1}] = x",
    "[[1, 2], {a: 3}] = [x]",
    "x = {a: 1, b: {c: 'd'}}; let y; let y;",
    "'use strict'; x = {a: 1, eval: 2, arguments: [3], 'a': 4}",
    "x = {a: [1, 2], b: true}\n++y",
    "x = [1]\n(2)",
    "x = {await: 1, yield: [2], let: 3, static: 4}",
    "async function* f() { x = {await: 1, yield: 2} }",
    "x = {a\u0062: 1}",
    "x = {a: 'x'\n, b\n: 2, c:\n3}",
    "x = {a:\t1\t,\tb: [\t2\t]\t}",
    "x = {a: 1, b: 2}.a\n/ 2 / 1",
    'x = {"a\\"b": "c\\n\\t\\u00e9\\/\\b\\f\\r", "\\u0041": ["\\\\", "\\"", "tab\there"]}',
    'x = ["\\ud83d\\ude00", "\\uD800", "\\\\ud800"]',
    'x = {"__prot\\u006f__": 1, "__proto__": 2}',
    "x = ['\\n', \"\\'\", \"\\x41\", \"\\0\", \"\\u{41}\"]",
    'x = {"a": "\\\n"}',
]


@pytest.mark.parametrize("source", SOURCES)
def test_same_tree_as_esprima(source: str) -> None:
    parse = parse_module if source.startswith("export") else parse_script
    fast, slow = _both(parse, source)
    assert fast == slow


def test_the_fast_path_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[Any] = []
    read = constant_literals.read_constant_literal

    def counting(parser: Any) -> Any:
        node = read(parser)
        taken.append(node is not None)
        return node

    monkeypatch.setattr(constant_literals, "read_constant_literal", counting)
    parse_script('module.exports = {"a": [1, 2, {"b": null}], c: -1, "d\\n": "\\u00e9\\""}; y = [x]; z = {f() {}}')
    # the outer literal in one read; [x] and {f() {}} given back to esprima-fork
    assert taken == [True, False, False]
    # inside a literal given up, those read to their end then are read again, the others not
    taken.clear()
    parse_script('x = {t: {"a": [1, 2]}, u: [[1], function () {}], v: [3]}')
    # (the outer gives up at the function; {"a": ...} is read; u's array, which holds the
    # function, is not tried again, its [1] is; then [3])
    assert taken == [False, True, False, True, True]
    # nested literals that hold what the outer one gave up at are not read again, each to the
    # same place (quadratic in the nesting)
    reads: list[int] = []

    class CountingReader(constant_literals._Reader):
        def __init__(self, *args: Any) -> None:
            reads.append(args[1])
            super().__init__(*args)

    monkeypatch.setattr(constant_literals, "_Reader", CountingReader)
    parse_script("x = " + "[" * 30 + "y" + "]" * 30)
    assert reads == [4]


def test_ascii_leaves_skip_the_utf16_round_trip(monkeypatch: pytest.MonkeyPatch) -> None:
    # (Literal's constructor round-trips a string through UTF-16: a third of the reading time of
    # JetStream's 12 MB FlightPlanner waypoints; the trees stay esprima's, test_same_tree_as_esprima)
    made: list[Any] = []
    init = esprima.nodes.Literal.__init__

    def counting(self: Any, value: Any, raw: str) -> None:
        made.append(value)
        init(self, value, raw)

    monkeypatch.setattr(esprima.nodes.Literal, "__init__", counting)
    program = parse_script('x = {"a": ["b", 1, 2.5, true, null, -2], c: "\u00e9", "d\u00e9": 1, e: "\\u00e9"}')
    assert made == ["\u00e9", "d\u00e9", "\u00e9"]  # (the last: an escape in an ASCII source)
    leaves = program.body[0].expression.right.properties[0].value.elements
    assert [(n.type, n.value, n.raw) for n in leaves[:5]] == [
        ("Literal", "b", '"b"'), ("Literal", 1, "1"), ("Literal", 2.5, "2.5"), ("Literal", True, "true"), ("Literal", None, "null")]


def test_scope_analysis_passes_constants_by(monkeypatch: pytest.MonkeyPatch) -> None:
    from pyjsvm.syntax import scope
    seen: list[Any] = []
    children = scope.children

    def counting(node: Any) -> list[Any]:
        seen.append(node.type)
        return children(node)

    monkeypatch.setattr(scope, "children", counting)
    program = parse_script("x = {" + ", ".join(f"a{i}: [{i}, 'b', {{c: null}}]" for i in range(100)) + "}; y = {z: [w]}")
    info = scope.analyze_body(program.body, False)
    assert "Property" not in seen[:3] and seen.count("Property") == 1 and not info.uses_arguments


def test_values() -> None:
    ctx = vm.create_context()
    src = '({"a": [1, -2.5, 1e3, 0.1, -0, true, null, "s"], if: {"": 1}, "x y": [[]], n: 1e400})'
    assert vm.run_in_context(f"JSON.stringify({src}) + (1 / {src}.a[4])", ctx) == \
        '{"a":[1,-2.5,1000,0.1,0,true,null,"s"],"if":{"":1},"x y":[[]],"n":null}-Infinity'
    # escapes (those JSON has) as JS reads them; a surrogate pair stays two code units
    src = '{"a\\"\\u00e9": ["\\n\\/\\\\", "\\ud83d\\ude00", "\\ud83d"]}'
    assert vm.run_in_context(f"var o = {src}; Object.keys(o)[0] + o['a\"\u00e9'].map(s => s.length)", ctx) == \
        'a"\u00e9' + "3,2,1"
