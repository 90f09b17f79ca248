"""The parser's step to the next token in one frame (syntax/fast_tokens.py) and the start
positions of nodes taken from their first token (line_index._start_node): every tree is the one
esprima-fork's own chain (parse.py's ``_polled_next_token``, positions from the line index) makes
for the same text, node for
node with every field and position, and every error is the same error, on hand-written sources
of every kind of token, a sample of test262's language tests and the benchmark programs."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Callable, Iterator

import esprima.parser  # type: ignore[import-untyped]
import pytest

from pyjsvm.syntax import fast_tokens, line_index, line_terminators, parse
from pyjsvm.syntax.parse import ParseError, parse_module, parse_script

ROOT = Path(__file__).resolve().parents[2]
TEST262 = Path(os.environ.get("TEST262_DIR", "/work/test262-src"))


def _plain(value: Any) -> Any:
    """A node as nested plain data: its class, every field (the private position ones too) and loc."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    d = getattr(value, "__dict__", None)
    if d is None:
        return repr(value) if isinstance(value, float) else value  # (NaN)
    out = {k: _plain(v) for k, v in d.items() if k != "loc"}
    out["__class__"] = type(value).__name__
    if isinstance(d.get("type"), str):
        loc = value.loc
        out["loc"] = (loc.start.line, loc.start.column, loc.end.line, loc.end.column)
    return out


def _tree(parser: Callable[[str], Any], source: str) -> Any:
    try:
        program = parser(source)
    except ParseError as e:
        return ("error", e.kind, e.message, e.line, e.column, e.length)
    regexps = program.__dict__.pop("regexp_literals", [])
    return _plain(program), [r.range for r in regexps]


def _with_esprima_tokens(monkeypatch: pytest.MonkeyPatch, parser: Callable[[str], Any], source: str) -> Any:
    with monkeypatch.context() as m:
        m.setattr(esprima.parser.Parser, "nextToken", parse._polled_next_token)
        m.setattr(line_terminators, "_original_next_token", parse._polled_next_token)
        m.setattr(esprima.parser.Parser, "startNode", line_index._located_start_node)
        return _tree(parser, source)


def _same(monkeypatch: pytest.MonkeyPatch, parser: Callable[[str], Any], source: str) -> None:
    assert esprima.parser.Parser.nextToken is fast_tokens.next_token
    assert esprima.parser.Parser.startNode is line_index._start_node
    fast = _tree(parser, source)
    assert fast == _with_esprima_tokens(monkeypatch, parser, source), source[:200]


SOURCES = [
    "", " ", "\n", "/* c */",
    "a = b + c(d, e); x = '' + \"\" + 'it''s' + \"q\"\"\";",
    "a.b.c; a?.b; a?.[1]; a?.(2); x ?.5 : 1; x?.5:.5; .5 + 5. + 1.5e3 + 1e-7 + 0.0",
    "x >>>= 1; x >>= 1; x <<= 1; x **= 2; x &&= y; x ||= y; x ??= y; a === b !== c == d != e",
    "a => 1; (a, b) => { return a ** b }; [...a]; ({...a}); a++ + ++b - --c - d--; !~-+x",
    "a <= b >= c < d > e << f >> g >>> h & i | j ^ k && l || m ?? n; a % b / c * d",
    "0; 7; 123456789012345; 1234567890123456; 12345678901234567890; 08; 09.5; 010; 0x1F; 0b11; 0o7",
    "1n; 0x1n; 1_000; 1_0.5; 5..toString(); 1e400; 00; 0.5e+3; .5e-3",
    "a\\u0062; ab\\u0063; st\\u0061tic; abc\u00e9; \\u0061b; \\u{62}c; a\u00e9; \u00e9a; $_$; _0; x\u200c; \u2118",
    "`a${b}c${`d${e}f`}g`; tag`x${y}`; `\\u{61}`; a = {b: `${ {c: 1}.c }`}",
    "a = /x/g; b = a / 2 / c; } ; ",
    "if (a) /re/.test(b); x = y\n/z/g; {} /x/; a\n++b",
    "var yield, let, static, implements, package, async, await, of, get, set;",
    "'use strict'; var implements;",
    "'use strict'; yield = 1",
    "function* g() { yield\n1; yield* g(); }",
    "async function f() { await x; for await (const y of z); }",
    "class A extends B { #p = 1; static #q; get #r() {} m() { return this.#p + #q in this; } }",
    "label: for (;;) { break label; continue label }",
    "a\n-->comment\nb <!-- also\n/* x\n */ --> c\nd",
    "a = 'x\\\ny'; return",
    "x = 'a\\\nb'.length + `c\nd`.length; y = `e\r\nf` + 1; z = 'g\u2028h'[0]\n`i\n`(j)",
    "s = 'plain' + \"dq\" + 'with \\n escape' + '\\x41\\u0042\\101' + '\u2028'",
    "x = null; y = true; z = false; this; new.target; typeof void delete a.b",
    "switch (x) { case 1: default: }; try {} catch { } finally {}; do ; while (0)",
    "a = b\n(c)\n[d]\n`e`",
    "x = {a, b: 1, [c]: 2, d() {}, get e() {}, set f(v) {}, async *g() {}, 'h': 3, 4: 5}",
    "import('x'); import.meta",
    "\t a \u00a0 b \ufeff c\u2029d\r\ne\rf",
    "#!/usr/bin/env node\nx",
    "a = {x: 1, y: [2, 3, {z: 'q'}]}",
    "f(a,)",
    "a \\u0069f",
    "({a} = b); [a, b] = [b, a]; for (const [k, v] of m) ;",
    "x = 1 +",
    "a b",
    "x = 1.5.5",
    "x = 3in y",
    "x = 3x",
    "@",
    "a = #x",
    "'unterminated",
    "`unterminated ${",
    "}",
    "x = 0777; 'use strict'",
    "function f() { 'use strict'; 010 }",
    "let let = 1",
    "for (let of of x);",
    "a ?? b || c",
    "new a.b.c()(d)?.e",
]

MODULE_SOURCES = [
    "import a, {b as c} from 'x'; export default 1; export const d = 2; export {d as e}",
    "await x; export * as ns from 'y'",
    "a\n-->b",
    "import source x from 'y'",
]


@pytest.mark.parametrize("source", SOURCES)
def test_scripts(monkeypatch: pytest.MonkeyPatch, source: str) -> None:
    _same(monkeypatch, parse_script, source)


@pytest.mark.parametrize("source", MODULE_SOURCES)
def test_modules(monkeypatch: pytest.MonkeyPatch, source: str) -> None:
    _same(monkeypatch, parse_module, source)


def test_fast_path_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """The common tokens do not go to esprima's Scanner.lex."""
    calls: list[int] = []
    original = esprima.scanner.Scanner.lex

    def counting(self: Any) -> Any:
        calls.append(self.index)
        return original(self)

    monkeypatch.setattr(esprima.scanner.Scanner, "lex", counting)
    source = "var a = b.c(d, 1) >>> 2; if (x) { y = !z }"
    parse_script(source)
    assert calls == [len(source)]  # (the end of the source only)


def sample_of_test262() -> Iterator[tuple[str, bool, bool]]:
    """Every 15th file of test262's test/language (sorted), for a spread over every syntax: its
    text, whether it is a module and whether it runs only as strict code."""
    root = TEST262 / "test" / "language"
    files = sorted(p for p in root.rglob("*.js") if "_FIXTURE" not in p.name)
    for path in files[::15]:
        text = path.read_text(encoding="utf-8")
        meta = re.search(r"/\*---(.*?)---\*/", text, re.S)
        flags = meta.group(1) if meta else ""
        yield text, bool(re.search(r"flags:.*\bmodule\b", flags)), bool(re.search(r"flags:.*\bonlyStrict\b", flags))


@pytest.mark.skipif(not (TEST262 / "test" / "language").is_dir(), reason="TEST262_DIR: a test262 checkout")
def test_test262_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    n = 0
    for text, module, only_strict in sample_of_test262():
        if module:
            _same(monkeypatch, parse_module, text)
        else:
            _same(monkeypatch, parse_script, '"use strict";\n' + text if only_strict else text)
        n += 1
    assert n > 1000


def test_benchmark_programs(monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted((ROOT / "benchmarks" / "programs").glob("*.js"))
    assert files
    for path in files:
        _same(monkeypatch, parse_script, path.read_text(encoding="utf-8"))
