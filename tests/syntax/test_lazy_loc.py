"""syntax/lazy_loc.py: every node's ``loc`` (made on first use) and ``range`` are what esprima-fork's
own ``finalize`` gives, for ASCII sources, sources with other BMP and astral characters, and
template and string literals spanning lines."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import esprima.parser  # type: ignore[import-untyped]
import pytest

from pyjsvm.syntax import lazy_loc
from pyjsvm.syntax.parse import children, parse_script

CORPUS = sorted((Path(__file__).parent.parent / "compiler" / "corpus").glob("*.js"))

SOURCES = {
    "ascii": "var a = 1;\nfunction f(x, y = 2) {\n  return x + y * a }\nclass C { m() { return `t${f(1)}` } }",
    "bmp": "var é = 'ü';\nfunction ƒ(x) { return x + 'ß' + é }\n/* ŝ */ ƒ(1)",
    "astral": "var s = '\U0001F600' + '\U0001F601';\nfunction g() {\n  return s.length + '\U00010400'.length }\ng()",
    "multiline_literals": "var t = `a\nb\n${1 +\n2}c`;\nvar u = 'x\\\ny';\nt + u",
}


def nodes(n: Any) -> Iterator[Any]:
    yield n
    for c in children(n):
        yield from nodes(c)


def positions(src: str) -> list[tuple[Any, ...]]:
    return [(n.type, tuple(n.range), n.loc.start.line, n.loc.start.column, n.loc.end.line, n.loc.end.column)
            for n in nodes(parse_script(src, "t.js"))]


def eager(src: str) -> list[tuple[Any, ...]]:
    esprima.parser.Parser.finalize = lazy_loc._finalize
    try:
        return positions(src)
    finally:
        esprima.parser.Parser.finalize = lazy_loc.finalize


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_same_positions_as_esprima(name: str) -> None:
    src = SOURCES[name]
    assert positions(src) == eager(src)


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_same_positions_on_the_corpus(path: Path) -> None:
    src = path.read_text()
    assert positions(src) == eager(src)


def test_loc_is_made_on_first_use() -> None:
    program = parse_script("var a = 1;\nvar b = 2", "t.js")
    decl = program.body[1]
    assert "loc" not in decl.__dict__ and decl.__dict__["_pos"] == (2, 0, 2, 9)
    loc = decl.loc
    assert (loc.start.line, loc.start.column, loc.end.line, loc.end.column) == (2, 0, 2, 9)
    assert decl.loc is loc and decl.missing_field is None


def _encoded(src: str) -> bytes:
    from pyjsvm.syntax.tree_codec import encode_program
    return encode_program(parse_script(src, "t.js"))[0]


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_cached_data_encodes_positions_without_making_loc(name: str) -> None:
    # tree_codec's encoder reads the four numbers ``loc`` is made from: the bytes are those of
    # the tree esprima-fork's own finalize makes (with ``loc`` objects), and no node of the
    # encoded tree was given a ``loc``
    from pyjsvm.syntax.tree_codec import encode_program
    src = SOURCES[name]
    program = parse_script(src, "t.js")
    data = encode_program(program)[0]
    esprima.parser.Parser.finalize = lazy_loc._finalize
    try:
        assert data == _encoded(src)
    finally:
        esprima.parser.Parser.finalize = lazy_loc.finalize
    if name == "ascii":
        assert not [n for n in nodes(program) if "loc" in n.__dict__]
