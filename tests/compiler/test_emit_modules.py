"""Module code on the emitting tier (compiler/emit.py ``emit_module``): module graphs give the same
results with the emitter on and off (live bindings, TDZ, imports, top-level await, ``using``,
``export default``, ``import.meta``), and the module body really is emitted."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm as vm
from pyjsvm.compiler import emit
from pyjsvm.compiler.module_code import compile_module
from pyjsvm.compiler import Compiler


# these tests are about the emitting tier: it is on unless a test turns it off
pytestmark = pytest.mark.usefixtures("emitter_on")


def run_graph(sources: dict[str, str]) -> str:
    """Evaluate module ``main`` of ``sources`` in a new context; its ``result`` export as text, or
    the error it throws as ``name: message``."""
    ctx = vm.create_context()
    made: dict[str, Any] = {}

    def load(spec: str, referrer: Any = None, extra: Any = None) -> Any:
        if spec not in made:
            made[spec] = vm.SourceTextModule(sources[spec], context=ctx, identifier=spec,
                                             initialize_import_meta=lambda meta, m: meta.__setitem__("url", "u:" + spec))
        return made[spec]

    main = load("main")
    try:
        main.link(load).result()
        main.evaluate().result()
        return str(main.namespace["result"])
    except vm.JSError as e:
        return f"{e.name}: {e.message}"


def both(sources: dict[str, str]) -> tuple[str, str]:
    on = run_graph(sources)
    old = emit.set_enabled(False)
    try:
        off = run_graph(sources)
    finally:
        emit.set_enabled(old)
    return on, off


GRAPHS: dict[str, dict[str, str]] = {
    "live_bindings": {
        "main": """import { count, inc, default as d } from 'a'; import * as ns from 'a';
            var log = [count]; inc(); log.push(count, ns.count); for (let i = 0; i < 5; i++) inc();
            log.push(count, d(), typeof ns.inc);
            export const result = log.join();""",
        "a": """export let count = 0; export function inc() { count++ }
            export default function () { return count * 10 }""",
    },
    "top_level_loops": {
        "main": """var s = 0; const fs = [];
            for (let i = 0; i < 2000; i++) { s = (s + i * 3) % 1000003; if (i % 7 === 0) s ^= 5; if (i < 3) fs.push(() => i) }
            outer: for (var a = 0; a < 5; a++) { for (var b = 0; b < 5; b++) { if (b == 3) continue outer; if (a == 4) break outer; s += b } }
            switch (s % 3) { case 0: s += 1; case 1: s += 2; break; default: s += 4 }
            export const result = [s, fs.map(f => f()).join('|'), a, b].join();""",
    },
    "tdz_before_declaration": {
        "main": """function early() { return value } let r; try { early() } catch (e) { r = e.name }
            let value = 1; export const result = r + ',' + early();""",
    },
    "tdz_in_cycle": {
        "main": """import { b } from 'b'; export let a = 'A'; export const result = b;""",
        "b": """import { a } from 'main'; let seen; try { seen = a } catch (e) { seen = e.name } export const b = seen;""",
    },
    "assign_to_import": {
        "main": """import { x } from 'a'; let r = []; try { x = 2 } catch (e) { r.push(e.name) }
            import * as ns from 'a'; try { ns = 1 } catch (e) { r.push(e.name) }
            try { ns.x = 1 } catch (e) { r.push(e.name) } export const result = r.join() + x;""",
        "a": "export var x = 1;",
    },
    "const_assignment": {
        "main": """const c = 1; let r; try { c = 2 } catch (e) { r = e.constructor.name } export const result = r + c;""",
    },
    "export_default_expression": {
        "main": """import d, { k } from 'a'; export const result = [d.name, d(), k].join();""",
        "a": """export default (function () { return 7 }); export const k = typeof this;""",
    },
    "export_default_class": {
        "main": """import C from 'a'; export const result = new C().m() + C.name;""",
        "a": """export default class { m() { return 'm' } }""",
    },
    "top_level_await": {
        "main": """import { v } from 'a'; let log = [];
            for (let i = 0; i < 3; i++) log.push(await Promise.resolve(i * v));
            try { await Promise.reject(new Error('no')) } catch (e) { log.push(e.message) } finally { log.push('fin') }
            export const result = log.join();""",
        "a": """export const v = await new Promise(r => r(5));""",
    },
    "top_level_await_throws": {
        "main": """let x = await 1; throw new TypeError('thrown after ' + x); export const result = 1;""",
    },
    "using_at_top_level": {
        "main": """var log = []; export let result;
            { using a = { [Symbol.dispose]() { log.push('a') } }; log.push('in') }
            using b = { [Symbol.dispose]() { log.push('b'); } };
            log.push('end'); result = log.join();""",
    },
    "import_meta_and_this": {
        "main": """export const result = [import.meta.url, typeof this, this === undefined].join();""",
    },
    "closures_see_module_bindings": {
        "main": """let n = 1; var v = 2; function get() { return n + v } const arrow = () => { n = 10; return get() };
            class K { static s() { return v } }
            export const result = [get(), arrow(), n, K.s()].join();""",
    },
    "runtime_error_position": {
        "main": """let o; export const result = 1; o.x;""",
    },
}


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_module_graphs_same_with_and_without_emitter(name: str) -> None:
    on, off = both(GRAPHS[name])
    assert on == off


def test_module_results() -> None:
    """Outcomes node 20 gives for the same sources run as .mjs files (``using``, which node 20
    lacks, as the spec orders it: the block's resource at the block's end, the module's after
    ``result`` was computed)."""
    assert run_graph(GRAPHS["live_bindings"]) == "0,1,1,6,60,function"
    assert run_graph(GRAPHS["tdz_before_declaration"]) == "ReferenceError,1"
    assert run_graph(GRAPHS["assign_to_import"]) == "TypeError,TypeError,TypeError1"
    assert run_graph(GRAPHS["export_default_expression"]) == "default,7,undefined"
    assert run_graph(GRAPHS["top_level_await"]) == "0,5,10,no,fin"
    assert run_graph(GRAPHS["top_level_await_throws"]) == "TypeError: thrown after 1"
    assert run_graph(GRAPHS["using_at_top_level"]) == "in,a,end"
    assert run_graph(GRAPHS["closures_see_module_bindings"]) == "3,12,10,2"


@pytest.mark.parametrize("src,tla", [("var s = 0; for (var i = 0; i < 3; i++) s += i; export { s }", False),
                                     ("export const x = await 1; for (const y of [1]) {}", True)])
def test_module_body_is_emitted(src: str, tla: bool) -> None:
    code = compile_module(Compiler, src, "m.mjs")
    assert code.has_top_level_await is tla
    assert getattr(code.body, "emitted", None) is not None
    assert "while" in code.body.emitted or "for" in code.body.emitted


@pytest.mark.parametrize("src,tla", [("var s = 0; for (var i = 0; i < 3; i++) s += i; export { s }", False),
                                     ("export const x = await 1; for (const y of [1]) {}", True)])
def test_with_the_tier_off_only_module_code_with_top_level_await_is_emitted(src: str, tla: bool) -> None:
    """``PYJSVM_EMIT=0`` switches off the emitter for code that cannot suspend: module code with a
    top-level await is emitted either way (the emitter is the only compiler of suspendable code)."""
    old = emit.set_enabled(False)
    try:
        code = compile_module(Compiler, src, "m.mjs")
        assert (getattr(code.body, "emitted", None) is not None) is tla
        assert run_graph(GRAPHS["top_level_await"]) == "0,5,10,no,fin"
        assert run_graph(GRAPHS["top_level_await_throws"]) == "TypeError: thrown after 1"
    finally:
        emit.set_enabled(old)


def test_export_default_expression_with_top_level_await_is_emitted() -> None:
    """`export default AssignmentExpression;` in a module with a top-level await: the emitter
    evaluates it (an await in it suspends the body; an anonymous function is named "default"),
    with the tier for plain code on and off."""
    graph = {"main": "import d from 'a'; import e from 'b'; export const result = [d, e.name, e()].join();",
             "a": "export default await Promise.resolve(7);",
             "b": "await 0; export default (() => 8);"}
    assert run_graph(graph) == "7,default,8"
    old = emit.set_enabled(False)
    try:
        assert run_graph(graph) == "7,default,8"
    finally:
        emit.set_enabled(old)
