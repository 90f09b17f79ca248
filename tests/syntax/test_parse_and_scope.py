"""The front end: esprima-fork parsing with locations, ParseError, and the analysis pass."""
from __future__ import annotations

import pytest

from pyjsvm.syntax.parse import ParseError, parse_script
from pyjsvm.syntax.scope import analyze_body, bound_names, is_strict_body


def test_syntax_error_carries_message_file_line_column() -> None:
    with pytest.raises(ParseError) as info:
        parse_script("var ok = 1;\nvar = 2;", "file.js")
    e = info.value
    assert e.kind == "SyntaxError" and e.filename == "file.js"
    assert e.line == 2 and e.column == 5
    assert "Unexpected token" in e.message


def test_line_offset_is_applied() -> None:
    with pytest.raises(ParseError) as info:
        parse_script("\n)", "f.js", line_offset=10)
    assert info.value.line == 12


def test_nodes_have_ranges_and_locations() -> None:
    p = parse_script("a + b")
    expr = p.body[0].expression
    assert expr.range == [0, 5] and expr.loc.start.line == 1


@pytest.mark.parametrize("src", ['"use strict"; with (a) {}', '"use strict"; var eval;', "break;", "let a; let a;",
                                 "function f() { 'use strict'; 010 }", "a: a: ;"])
def test_early_errors(src: str) -> None:
    with pytest.raises(ParseError):
        parse_script(src)


def test_hoisting_and_facts() -> None:
    p = parse_script("var a; function f() { var inner; } for (var i in o) { var j; } let q; const r = 1;"
                     "if (x) { function g() {} } with (o) {} eval('x'); arguments;")
    info = analyze_body(p.body, False)
    assert info.var_names == ["a", "f", "i", "j"]
    assert [f.id.name for f in info.func_decls] == ["f"]
    assert info.lex_decls == [("q", False), ("r", True)]
    assert [f.id.name for f in info.annexb_funcs] == ["g"]
    assert info.has_with and info.has_direct_eval and info.uses_arguments


def test_nested_functions_are_not_scanned() -> None:
    p = parse_script("function f() { var x; arguments; eval('1'); } this;")
    info = analyze_body(p.body, False)
    assert info.var_names == ["f"] and not info.has_direct_eval and not info.uses_arguments
    assert info.uses_this


def test_arrows_share_this_and_arguments() -> None:
    p = parse_script("() => this; () => arguments;")
    info = analyze_body(p.body, False)
    assert info.uses_this and info.uses_arguments


def test_strictness_from_directive_prologue() -> None:
    assert is_strict_body(parse_script("'a'; 'use strict'; x").body)
    assert not is_strict_body(parse_script("x; 'use strict';").body)


def test_bound_names_of_patterns() -> None:
    p = parse_script("var {a, b: [c, , d = 1], ...e} = o;")
    assert bound_names(p.body[0].declarations[0].id) == ["a", "c", "d", "e"]


def test_deep_nesting_ends_in_a_syntax_error_not_a_crash() -> None:
    # the parser's wrapper of parseBlock (and the other statement-list parsers) called esprima's
    # method with *args, which on CPython 3.11 re-enters the interpreter on the C stack: 30,000
    # nested blocks crashed the process (SIGSEGV) before the recursion limit was reached.
    # Run in a child process: a crash must not take the test run with it
    import os
    import subprocess
    import sys
    from pathlib import Path
    code = ("import pyjsvm as vm\n"
            "for src in ['{' * 30000 + '}' * 30000, '{' * 100000 + '}' * 100000,\n"
            "            'switch(1){case 1:' * 100000 + '}' * 100000, 'function f(){' * 100000 + '}' * 100000,\n"
            "            'class A { static {' * 30000 + '} }' * 30000]:\n"
            "    try:\n"
            "        print(vm.run_in_new_context(src, timeout=60000))\n"
            "    except vm.JSError as e:\n"
            "        print(e.name)\n")
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                       env={**os.environ, "PYTHONPATH": str(root)})
    assert r.returncode == 0, r.stderr[-2000:]
    assert set(r.stdout.split()) <= {"undefined", "SyntaxError", "RangeError"}, r.stdout
