"""``using`` / ``await using`` declarations (pyjsvm/syntax/using.py): what parses, what is an early
SyntaxError, and that ``using`` stays an identifier elsewhere."""
from __future__ import annotations

import pytest

from pyjsvm.syntax.parse import ParseError, parse_module, parse_script

VALID_SCRIPTS = [
    "{ using x = a, y = b; }",
    "function f() { using x = null; }",
    "using = 1",
    "var using; using[x] = 1",
    "{ using\nlet = 1 }",                       # ASI: `using; let = 1`
    "function f() { using\nx = 1 }",
    "async function f() { await using\nx }",    # `await using; x`
    "for (using x of y);",
    "var using, of; for (using of of [1]);",    # `using` is the loop target, `of [1]` the iterable
    "for (using x = a; x; x = 1);",
    "async function f() { await using x = a; for (await using x of y); for await (using x of y); }",
    "async function f() { for (await using of of []); }",
    "class C { static { using x = null; } }",
    "class C { static { (() => { using await = null; }); } }",
    "switch (1) { case 1: { using x = null; } }",
    "label: { using x = a }",
    "for (using in x);",
    "for (using; ;);",
    "{ using async = a, of = b, yield = c }",
]

INVALID_SCRIPTS = [
    "using x = a",                              # top level of a script
    "await using x = a",
    "{ using [] = a }",
    "{ using {} = a }",
    "{ using x = a, [y] = b }",
    "{ using x; }",                              # initializer required
    "for (using x in y);",
    "for (using x = 1 of y);",
    "function f() { for (using x; ;); }",
    "switch (1) { case 1: using x = null; }",
    "switch (1) { default: using x = null; }",
    "class C { static { using await = null; } }",
    "{ using let = null }",
    "{ using x = 1, x = 2 }",
    "{ using x = a; let x; }",
    "{ using x = a; var x; }",
    "function f() { await using x = a }",       # not in an async function
    "if (1) using x = a;",
    "label: using x = a;",
    "async function f() { for (await using x in y); }",
    "'use strict'; { using eval = 1 }",
]


@pytest.mark.parametrize("src", VALID_SCRIPTS)
def test_valid(src: str) -> None:
    parse_script(src)


@pytest.mark.parametrize("src", INVALID_SCRIPTS)
def test_early_errors(src: str) -> None:
    with pytest.raises(ParseError):
        parse_script(src)


def test_modules() -> None:
    parse_module("using x = a; await using y = b; { await using z = c; }")
    for src in ("export using x = a;", "export await using x = a;"):
        with pytest.raises(ParseError):
            parse_module(src)


def test_tree_shape() -> None:
    decl = parse_script("{ using x = a, y = b; }").body[0].body[0]
    assert (decl.type, decl.kind, decl.using) == ("VariableDeclaration", "const", "using")
    assert [d.id.name for d in decl.declarations] == ["x", "y"]
    loop = parse_script("async function f() { for await (await using x of y); }").body[0].body.body[0]
    assert (loop.type, loop.left.using, loop.left.declarations[0].init) == ("ForOfStatement", "await using", None)
    assert getattr(parse_script("let z = 1").body[0], "using", None) is None
    assert parse_script("var using, of; for (using of of [1]);").body[1].left.type == "Identifier"
