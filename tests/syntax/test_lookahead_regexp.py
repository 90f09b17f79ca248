"""The parser extensions look tokens ahead with a context-free scanner (``_peek`` in
pyjsvm/syntax/phase_imports.py: after ``for``, ``await``, ``import``, ``using``), which reads a
``/`` as division: a regular expression literal in reach whose body is no sequence of tokens
(``/\\s/``, ``/"/``) must not make the lookahead, and so the parse, fail."""
from __future__ import annotations

import pytest

from pyjsvm.syntax.parse import ParseError, parse_module, parse_script
from tests.helpers import NODE, js_str, node_str

SCRIPTS = [
    r"for (var t = /\s/, r = 1; t.test(' '); ) break;",   # from prettier's markdown plugin
    r"for (let t = /\d/;;) break;",
    r"for (var t = /a\/b/ in {}) ;",
    r"for (;/\s/.test(' ');) break;",
    r"for (x of /\w/.exec('a'));",
    r"for (`${/\s/}`;;) break;",
    r"async function f(x) { return await /\s/.exec(x); }",
    r"""async function f() { await /"/; await /'/; await /`/; }""",
    r"import(/\s/.source).catch(() => {});",
]


@pytest.mark.parametrize("src", SCRIPTS)
def test_parses(src: str) -> None:
    parse_script(src)


def test_module_top_level_await() -> None:
    parse_module(r"await /\s/.exec('x');")


def test_still_syntax_errors() -> None:
    for src in ("using\n/\\s/", "for (var t = /\\s/;;"):
        with pytest.raises(ParseError):
            parse_script(src)


RUNS = [
    r"var n = 0; for (var re = /\s/g, s = 'a b c'; re.exec(s);) n++; n",
    r"var out = []; for (let re = /\d+/g, m; (m = re.exec('1 22 333'));) out.push(m[0]); out.join('|')",
]


@pytest.mark.parametrize("src", RUNS)
def test_runs(src: str) -> None:
    got = js_str(src)
    if NODE:
        assert got == node_str(src)
    assert got in ("2", "1|22|333")
