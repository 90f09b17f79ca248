"""The run_in_* functions reuse a compiled script for the same source (vm_core.ScriptCache, like
V8's compilation cache): what runs must be exactly what a fresh compile would run, in every
context, and only what nothing else went into is reused."""
from __future__ import annotations

from typing import Any, Iterator

import pytest

import pyjsvm as vm
from pyjsvm.api import vm_core
from pyjsvm.api.vm_core import SCRIPTS
from pyjsvm.compiler import emit, engine


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    SCRIPTS.clear()
    yield
    SCRIPTS.clear()


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources compile_script parses from now on."""
    seen: list[str] = []
    real = engine.parse_script

    def counting(source: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(source)
        return real(source, *args, **kwargs)
    monkeypatch.setattr(engine, "parse_script", counting)
    return seen


COUNTER = "var runs = (typeof runs === 'number' ? runs : 0) + 1; function f(x) { return x * 2 + runs } [runs, f(20)]"


def test_the_same_source_is_parsed_once_and_each_new_context_is_fresh(parses: list[str]) -> None:
    for _ in range(4):
        assert vm.run_in_new_context(COUNTER) == [1, 41]
    assert parses == [COUNTER]
    ctx = vm.create_context()
    assert [vm.run_in_context(COUNTER, ctx) for _ in range(3)] == [[1, 41], [2, 42], [3, 43]]
    assert vm.run_in_new_context(COUNTER, vm.constants.DONT_CONTEXTIFY) == [1, 41]
    assert parses == [COUNTER]


def test_functions_are_new_objects_in_each_context() -> None:
    src = "function f() { return 1 } f"
    a, b = vm.create_context(), vm.create_context()
    fa, fb = vm.run_in_context(src, a), vm.run_in_context(src, b)
    assert vm.run_in_context("f === globalThis.f", a) is True
    b["other"] = fa
    assert vm.run_in_context("other !== f && other() === f()", b) is True
    assert fa() == fb() == 1


def test_a_function_hot_in_one_run_is_compiled_in_the_next() -> None:
    src = "function g(n) { return n + 1 } var s = 0; for (var i = 0; i < 10; i++) s = g(s); [s, g]"
    old = emit.set_mode("tiered")
    try:
        s1, g1 = vm.run_in_new_context(src)
        s2, g2 = vm.run_in_new_context(src)
    finally:
        emit.set_mode(old)
    assert s1 == s2 == 10 and g1 is not g2
    f1, f2 = g1._obj, g2._obj
    assert f1 is not f2 and f1.realm is not f2.realm
    # one FunctionCode, which the first run tiered up: the second run called it emitted
    assert f1.code is f2.code and f1.code.emitted is not None
    assert g2(1) == 2


def test_filename_offsets_and_mode_are_part_of_the_key(parses: list[str]) -> None:
    src = "new Error('x').stack.split('\\n')[1]"
    first = vm.run_in_new_context(src, filename="a.js")
    assert "a.js:1:" in first
    assert "b.js:1:" in vm.run_in_new_context(src, filename="b.js")
    assert "a.js:3:" in vm.run_in_new_context(src, filename="a.js", line_offset=2)
    assert vm.run_in_new_context(src, filename="a.js") == first
    assert len(parses) == 3
    old = emit.set_mode("closure")
    try:
        vm.run_in_new_context(src, filename="a.js")
    finally:
        emit.set_mode(old)
    assert len(parses) == 4


def test_scripts_with_a_dynamic_import_callback_or_cached_data_are_not_reused(parses: list[str]) -> None:
    src = "1 + 1"
    assert vm.run_in_new_context(src, import_module_dynamically=lambda *a: None) == 2
    assert vm.run_in_new_context(src, import_module_dynamically=lambda *a: None) == 2
    data = vm.Script(src, produce_cached_data=True).cached_data
    assert data
    assert vm.run_in_new_context(src, cached_data=data) == 2
    assert len(SCRIPTS) == 0
    # and vm.Script always compiles its own
    vm.Script(src)
    vm.Script(src)
    assert len(SCRIPTS) == 0


def test_a_tagged_template_gets_a_new_site_per_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    """GetTemplateObject: one template object per Parse Node and realm. Two run_in_context
    calls parse twice, so the second gets a new object (node 20 / V8 gives the same one: its
    compilation cache shares the site; the spec does not). The script is kept all the same
    (js-yaml's String.raw, lit-html, graphql-tag): a new context, whose template objects are
    new anyway, reuses it; a run in a context it ran in compiles it anew."""
    from pyjsvm.api import vm_core

    compiled: list[str] = []
    real = vm_core.compile_script_cached
    monkeypatch.setattr(vm_core, "compile_script_cached", lambda code, *a: compiled.append(code) or real(code, *a))
    src = "function tag(s) { return s }; var t = tag`x${1}`; globalThis.first = globalThis.first || t; first === t"
    ctx = vm.create_context()
    assert vm.run_in_context(src, ctx) is True
    assert vm.run_in_context(src, ctx) is False
    assert vm.run_in_context(src, ctx) is False
    assert len(SCRIPTS) == 1 and len(compiled) == 1
    for plain in (False, True):
        other = vm.create_context(vm.constants.DONT_CONTEXTIFY) if plain else vm.create_context()
        assert vm.run_in_context(src, other) is True
        assert vm.run_in_new_context(src) is True
    assert len(compiled) == 1
    # a Script made by the user is one parse: the same object in every run
    script = vm.Script(src)
    assert script.run_in_context(ctx) is False
    assert script.run_in_new_context() is True
    again = vm.create_context()
    assert [script.run_in_context(again), script.run_in_context(again)] == [True, True]
    # an untagged template literal is no reason not to reuse
    vm.run_in_new_context("`a${1}b`")
    assert len(SCRIPTS) == 2


def test_syntax_errors_are_raised_every_time_and_not_kept() -> None:
    for _ in range(2):
        with pytest.raises(vm.JSError) as e:
            vm.run_in_new_context("var = 1")
        assert e.value.name == "SyntaxError"
    assert len(SCRIPTS) == 0


def test_the_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vm_core.ScriptCache, "MAX_SCRIPTS", 3)
    monkeypatch.setattr(vm_core.ScriptCache, "MAX_CHARS", 40)
    for i in range(6):
        vm.run_in_new_context(f"{i} + 1")
    assert len(SCRIPTS) == 3
    vm.run_in_new_context("'" + "x" * 30 + "'")  # 32 chars: the older ones go
    assert len(SCRIPTS) == 2
    vm.run_in_new_context("'" + "y" * 50 + "'")  # longer than the whole budget: not kept
    assert len(SCRIPTS) == 2


def test_the_tagged_template_scan_skips_constant_literals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a kept script has a tagged template is found by a walk of its tree that does not
    enter constant literals (a data file's: a fifth of its load); the answer is unchanged."""
    from pyjsvm.syntax.constant_literals import is_constant_literal

    walked: list[Any] = []
    real = vm_core.children
    monkeypatch.setattr(vm_core, "children", lambda node: walked.append(node) or real(node))
    data = "[" + ",".join(f"{{\"k{i}\": [{i}, \"v`{i}\", true, null]}}" for i in range(50)) + "]"
    for src, tagged in ((f"var data = {data}; String.raw`a${{data.length}}`", True),
                        (f"var data = {data}; `a${{data.length}}`", False)):
        compiled = engine.compile_script(src)
        walked.clear()
        assert vm_core._has_tagged_template(compiled.program) is tagged
        assert walked and not any(is_constant_literal(n) for n in walked)
