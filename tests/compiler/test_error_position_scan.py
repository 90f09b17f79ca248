"""Run-time error positions (compiler/core.py ``error_position`` / ``assign_op_position``) are
found by scanning only the gap between a sub-expression's end and the token (``(``, ``[``, the
assignment operator), not the whole node from its start: the same positions as the full scan,
and a scan that does not grow with nesting (an IIFE's call scanned its whole body; nested IIFEs
and long ``a[0](0)[1](1)...`` chains rescanned their prefixes)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pyjsvm.compiler import core
from pyjsvm.compiler.core import ScopeResolver
from pyjsvm.syntax.parse import ParseError, children, parse_script

ROOT = Path(__file__).resolve().parent.parent.parent


class _Ctx:
    def __init__(self, source: str) -> None:
        self.source = source
        self.filename = "corpus.js"


class Resolver(ScopeResolver):
    def __init__(self, source: str, line_offset: int = 0, column_offset: int = 0) -> None:
        self.ctx = _Ctx(source)  # type: ignore[assignment]
        self.line_offset = line_offset
        self.column_offset = column_offset


class FullScan(Resolver):
    """The scan as it was: always from the start of the node the error belongs to."""

    def offset_position(self, anchor: Any, offset: int, after: Any = None) -> tuple[int, int]:
        return super().offset_position(anchor, offset)


def walk(node: Any) -> list[Any]:
    out, stack = [], [node]
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(children(n))
    return out


def positions(resolver: ScopeResolver, program: Any) -> list[Any]:
    out = []
    for n in walk(program):
        if n.type in ("MemberExpression", "CallExpression", "AssignmentExpression"):
            out.append((n.type, n.range, resolver.error_position(n)))
        if n.type == "AssignmentExpression" and n.left.type == "Identifier":
            out.append(("target", n.left.range, resolver.assign_op_position(n.left)))
        if n.type == "UpdateExpression" and not n.prefix and n.argument.type == "Identifier":
            out.append(("update", n.argument.range, resolver.assign_op_position(n.argument)))
    return out


TRICKY = [
    "(function () {\n  var a = 1;\r\n  b = 2;\r  c\u2028.d\u2029(e)\n})\n  /* x\n y */ (\n1)",
    "a\n.b\n[c\r\n]\n(d)\n/*\n*/ (e) // f\n(g)\n = 3",
    "x = (((f)))\n\n(1); y\t+=\u2028 2; z ??=\r\n3; o?.\np\n(1)?.[\n2]",
    "(() => (() => (() => 1)\n)\n())\n()()",
    "'\ud83d\ude00'; q = \"\ud83d\ude00\"\n.r\n(s)\n[t] = u; v++; w\n--",
    "new F(a)\n(b)\n.c`t${d\n}`\n[e](f)",
]


def corpus() -> list[tuple[str, str]]:
    files = sorted(ROOT.joinpath("tests").rglob("*.js")) + sorted(ROOT.joinpath("benchmarks").rglob("*.js"))
    out = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8", errors="replace")) for p in files]
    return out + [(f"tricky{i}", src) for i, src in enumerate(TRICKY)]


def test_positions_equal_the_full_scan_on_a_corpus() -> None:
    compared = 0
    for name, src in corpus():
        try:
            program = parse_script(src)
        except ParseError:
            continue  # modules and deliberate syntax errors
        for offsets in ((0, 0), (3, 7)):
            new, old = positions(Resolver(src, *offsets), program), positions(FullScan(src, *offsets), program)
            assert new == old, name
            compared += len(new)
    assert compared > 5000


def scanned(src: str, monkeypatch: pytest.MonkeyPatch, resolver: type[Resolver] = Resolver) -> int:
    """Characters the position scans step over to place every error position of ``src``."""
    total = [0]
    advance = core.advance_position

    def counting(s: str, start: int, end: int, line: int, col0: int) -> tuple[int, int]:
        total[0] += max(0, min(end, len(s)) - start)
        return advance(s, start, end, line, col0)
    monkeypatch.setattr(core, "advance_position", counting)
    positions(resolver(src), parse_script(src))
    monkeypatch.setattr(core, "advance_position", advance)
    return total[0]


def nested_iifes(depth: int) -> str:
    body = "x.y.z = g(1);"
    for _ in range(depth):
        body = "(function () { var v = 1; %s })();" % body
    return body


def chain(n: int) -> str:
    return "a" + "".join("\n[%d](%d)" % (i, i) for i in range(n)) + " = 1;"


def test_the_scan_does_not_grow_with_nesting(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the gaps before each '(' / '[' / operator are scanned: a constant number of characters
    # per position, however deep the nesting or long the chain (the full scan stepped over
    # 10,000+ characters for 25 nested IIFEs and 200,000+ for a chain of 200 subscripts and calls).
    for depth in (10, 25):
        assert scanned(nested_iifes(depth), monkeypatch) <= 2 * (depth + 1)
        assert scanned(nested_iifes(depth), monkeypatch, FullScan) > 5 * depth * depth
    for n in (50, 200):
        assert scanned(chain(n), monkeypatch) <= 4 * n + 4
        assert scanned(chain(n), monkeypatch, FullScan) > 5 * n * n
