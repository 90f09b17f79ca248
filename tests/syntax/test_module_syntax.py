"""Module static semantics (pyjsvm.syntax.modules): entries and the early errors esprima lacks."""
from __future__ import annotations

import pytest

from pyjsvm.compiler.engine import compile_module_code
from pyjsvm.syntax.modules import ALL, ALL_BUT_DEFAULT, NAMESPACE_OBJECT
from pyjsvm.syntax.parse import ParseError


def test_entries() -> None:
    c = compile_module_code('import d, {a as b, "x y" as z} from "m" with {type: "json"}; import * as ns from "n";'
                            'export {ns as re}; export * from "s"; export * as all from "t"; export {q as "s t"} from "u";'
                            'export default 1; export function f() {}')
    assert [r.specifier for r in c.requested_modules] == ["m", "n", "s", "t", "u"]
    assert c.requested_modules[0].attributes == (("type", "json"),)
    assert [(e.import_name, e.local_name) for e in c.import_entries] == [
        ("default", "d"), ("a", "b"), ("x y", "z"), (NAMESPACE_OBJECT, "ns")]
    assert [(e.export_name, e.local_name) for e in c.local_export_entries] == [("default", "*default*"), ("f", "f")]
    assert [(e.export_name, e.import_name) for e in c.indirect_export_entries] == [("re", ALL), ("all", ALL), ("s t", "q")]
    assert [e.import_name for e in c.star_export_entries] == [ALL_BUT_DEFAULT]
    assert not c.has_top_level_await and compile_module_code("await 0;").has_top_level_await


@pytest.mark.parametrize("src", [
    'export {a as "x"}; export {b as "x"}; let a, b;',
    'export {a as "\\uD800"}; let a;',
    'import {a} from "m"; let a;',
    'import {a} from "m"; import {b as a} from "n";',
    'import {a} from "m"; var a;',
    'import x from "m" with {type: "json", type: "json"};',
    'export {"a"};',
    "new.target",
    "import.meta = 1;",
    "let await = 1;",
])
def test_early_errors(src: str) -> None:
    with pytest.raises(ParseError):
        compile_module_code(src)


def test_source_phase_imports_parse() -> None:
    from pyjsvm.syntax.modules import SOURCE
    from pyjsvm.syntax.parse import parse_script
    c = compile_module_code('import source x from "m"; import source from "n"; import source from from "o"; export {x};')
    assert [(r.specifier, r.phase) for r in c.requested_modules] == [("m", "source"), ("n", "evaluation"),
                                                                     ("o", "source")]
    assert [(e.import_name, e.local_name) for e in c.import_entries] == [(SOURCE, "x"), ("default", "source"),
                                                                         (SOURCE, "from")]
    assert [e.local_name for e in c.local_export_entries] == ["x"]
    assert parse_script('import.source("x")').body[0].expression.phase == "source"
    for bad in ('new import.source("x")', "import.source()", 'function f() { import source x from "m"; }'):
        with pytest.raises(ParseError):
            parse_script(bad) if "function" not in bad else compile_module_code(bad)


def test_import_defer_parses() -> None:
    from pyjsvm.syntax.parse import parse_script
    c = compile_module_code('import defer * as ns from "m"; import defer from "n";')
    assert [(r.specifier, r.phase) for r in c.requested_modules] == [("m", "defer"), ("n", "evaluation")]
    assert [(e.import_name, e.local_name) for e in c.import_entries] == [(NAMESPACE_OBJECT, "ns"), ("default", "defer")]
    assert parse_script('import.defer("x")').body[0].expression.phase == "defer"
    with pytest.raises(ParseError):
        compile_module_code('import defer {a} from "m";')
