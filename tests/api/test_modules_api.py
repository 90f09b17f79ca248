"""vm.SourceTextModule / vm.SyntheticModule / vm.Module and import_module_dynamically, as
../shared/reference/node-vm.md documents them (snake_case)."""
from __future__ import annotations

import asyncio
from typing import Any, Callable

import pytest

import pyjsvm as vm


def linked(code: str, deps: dict[str, vm.Module] | None = None, **kw: Any) -> vm.SourceTextModule:
    m = vm.SourceTextModule(code, **kw)
    m.link_requests([(deps or {})[r.specifier] for r in m.module_requests])
    return m


def test_issue_example() -> None:
    ctx = vm.create_context({"secret": 42})
    root = vm.SourceTextModule('import s from "foo"; export const doubled = s * 2;', context=ctx, identifier="root")
    foo = vm.SourceTextModule("export default secret;", context=ctx)
    assert root.status == "unlinked" and root.identifier == "root" and root.context is ctx
    root.link_requests([foo])
    foo.link_requests([])
    root.instantiate()
    assert root.status == "linked" and foo.status == "linked"
    asyncio.run(root.evaluate())
    assert root.namespace["doubled"] == 84 and root.status == "evaluated"


def test_default_identifier_and_requests() -> None:
    ctx = vm.create_context()
    m = vm.SourceTextModule('import a from "foo"; import b from "foo"; import c from "./bar.js" with {type: "json"};'
                            'export * as ns from "q";', context=ctx)
    assert m.identifier.startswith("vm:module(")
    assert [r.specifier for r in m.module_requests] == ["foo", "foo", "./bar.js", "q"]
    assert m.module_requests[2].attributes == {"type": "json"}
    assert m.module_requests[0] == {"specifier": "foo", "attributes": {}, "phase": "evaluation"}
    assert m.dependency_specifiers == ["foo", "./bar.js", "q"]
    with pytest.raises(AttributeError):
        m.module_requests[0].specifier = "x"  # type: ignore[misc]


def test_live_bindings_cycle_and_namespace() -> None:
    a = vm.SourceTextModule('import {count, inc} from "b"; export const seen = []; seen.push(count); inc(); '
                            'seen.push(count); export function fromA() { return "a"; }')
    b = vm.SourceTextModule('import {fromA} from "a"; export let count = 0; export function inc() { count++; }'
                            'export const viaA = () => fromA();')
    a.link_requests([b])
    b.link_requests([a])
    a.instantiate()
    a.evaluate().result()
    assert list(a.namespace["seen"]) == [0, 1]
    ns = b.namespace
    assert ns["viaA"]() == "a"
    assert list(ns.keys()) == ["count", "inc", "viaA"]
    assert vm.run_in_this_context("(ns) => Object.prototype.toString.call(ns)")(ns) == "[object Module]"
    assert vm.run_in_this_context("(ns) => { 'use strict'; try { ns.count = 1 } catch (e) { return e.constructor.name } }")(ns) == "TypeError"


def test_imports_are_immutable_and_tdz() -> None:
    dep = linked("export let x = 1;")
    m = linked('import {x} from "d"; x = 2;', {"d": dep})
    m.instantiate()
    with pytest.raises(vm.JSError, match="constant"):
        m.evaluate().result()
    assert m.status == "errored" and m.error["name"] == "TypeError"
    a = vm.SourceTextModule('import {y} from "b"; export const z = 1; export const got = y;')
    b = vm.SourceTextModule('import {z} from "a"; export const y = z;')
    a.link_requests([b])
    b.link_requests([a])
    a.instantiate()
    with pytest.raises(vm.JSError, match="before initialization"):
        a.evaluate().result()


def test_missing_export_is_syntax_error() -> None:
    dep = linked("export const x = 1;")
    m = linked('import {nope} from "d";', {"d": dep})
    with pytest.raises(vm.JSError) as e:
        m.instantiate()
    assert e.value.name == "SyntaxError" and "nope" in e.value.message
    assert m.status == "unlinked"


def test_ambiguous_star_exports() -> None:
    a = linked("export const x = 1;")
    b = linked("export const x = 2;")
    star = linked('export * from "a"; export * from "b"; export const y = 3;', {"a": a, "b": b})
    star.instantiate()
    star.evaluate().result()
    assert dict(star.namespace) == {"y": 3}
    m = linked('import {x} from "s";', {"s": star})
    with pytest.raises(vm.JSError, match="conflicting star exports"):
        m.instantiate()


def test_top_level_await_order() -> None:
    log: list[str] = []
    ctx = vm.create_context({"log": log})
    a = vm.SourceTextModule('log.push("a1"); await null; log.push("a2");', context=ctx)
    b = vm.SourceTextModule('log.push("b");', context=ctx)
    root = vm.SourceTextModule('import "a"; import "b"; log.push("root");', context=ctx)
    a.link_requests([])
    b.link_requests([])
    root.link_requests([a, b])
    root.instantiate()
    assert a.has_top_level_await() and not root.has_top_level_await() and root.has_async_graph()
    p = root.evaluate()
    asyncio.run(p)
    assert log == ["a1", "b", "a2", "root"]
    assert root.status == "evaluated"


def test_rejected_async_dependency() -> None:
    a = linked("await 0; throw new RangeError('late');")
    root = linked('import "a";', {"a": a})
    root.instantiate()
    with pytest.raises(vm.JSError, match="late"):
        asyncio.run(root.evaluate())
    assert root.status == "errored" and a.status == "errored"
    with pytest.raises(vm.JSError, match="late"):
        root.evaluate().result()


def test_synthetic_module() -> None:
    source = '{ "a": 1 }'
    holder: dict[str, Any] = {}

    def evaluate() -> None:
        holder["m"].set_export("default", vm.run_in_this_context(f"({source})"))
    s = vm.SyntheticModule(["default"], evaluate)
    holder["m"] = s
    m = linked('import data from "json"; export const a = data.a;', {"json": s})
    m.instantiate()
    asyncio.run(m.evaluate())
    assert m.namespace["a"] == 1
    with pytest.raises(vm.JSError) as e:
        s.set_export("nope", 1)
    assert e.value.name == "ReferenceError"
    with pytest.raises(TypeError):
        vm.SyntheticModule("x", evaluate)  # type: ignore[arg-type]


def test_link_with_linker() -> None:
    ctx = vm.create_context({"secret": 42})
    root = vm.SourceTextModule('import s from "foo"; export const doubled = s * 2;', context=ctx)

    async def linker(specifier: str, referencing: vm.Module, extra: dict[str, Any]) -> vm.Module:
        assert referencing is root and extra["attributes"] == {}
        return vm.SourceTextModule("export default secret;", context=ctx)

    async def main() -> None:
        await root.link(linker)
        assert root.status == "linked"
        await root.evaluate()
    asyncio.run(main())
    assert root.namespace["doubled"] == 84


def test_errors_and_codes() -> None:
    m = vm.SourceTextModule("export const a = 1;")
    with pytest.raises(vm.VMError) as e:
        _ = m.namespace
    assert e.value.code == "ERR_VM_MODULE_STATUS"
    with pytest.raises(vm.VMError) as e:
        _ = m.error
    assert e.value.code == "ERR_VM_MODULE_STATUS"
    with pytest.raises(vm.VMError) as e:
        m.evaluate().result()
    assert e.value.code == "ERR_VM_MODULE_STATUS"
    m.link_requests([])
    with pytest.raises(vm.VMError) as e:
        m.link_requests([])
    assert e.value.code == "ERR_VM_MODULE_ALREADY_LINKED"
    two = vm.SourceTextModule('import "x";')
    with pytest.raises(vm.VMError) as e:
        two.link_requests([])
    assert e.value.code == "ERR_MODULE_LINK_MISMATCH"
    other = vm.SourceTextModule("", context=vm.create_context())
    with pytest.raises(vm.VMError) as e:
        two.link_requests([other])
    assert e.value.code == "ERR_VM_MODULE_DIFFERENT_CONTEXT"
    unlinked = vm.SourceTextModule('import "x";')
    with pytest.raises(vm.JSError) as je:
        unlinked.instantiate()
    assert je.value.code == "ERR_VM_MODULE_LINK_FAILURE"
    with pytest.raises(vm.JSError) as je:
        vm.SourceTextModule("export {a}; export {a}; let a;")
    assert je.value.name == "SyntaxError"
    with pytest.raises(TypeError):
        vm.SourceTextModule(1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        vm.SourceTextModule("", context={})
    with pytest.raises(TypeError):
        vm.Module()
    assert isinstance(vm.SourceTextModule("").create_cached_data(), bytes)
    done = linked("")
    done.instantiate()
    done.evaluate().result()
    with pytest.raises(vm.VMError) as e:
        done.create_cached_data()
    assert e.value.code == "ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA"


def test_import_meta() -> None:
    ctx = vm.create_context({"secret": 42})
    seen: list[Any] = []

    def init(meta: Any, module: Any) -> None:
        seen.append(module)
        meta["prop"] = {}
    m = vm.SourceTextModule("Object.getPrototypeOf(import.meta.prop).secret = secret; export const p = Object.getPrototypeOf(import.meta);",
                            context=ctx, initialize_import_meta=init)
    m.link_requests([])
    m.instantiate()
    asyncio.run(m.evaluate())
    assert seen == [m] and m.namespace["p"] is None
    with pytest.raises(vm.JSError) as e:
        vm.Script("import.meta")
    assert e.value.name == "SyntaxError"


def test_dynamic_import_callbacks() -> None:
    dep = linked("export const v = 7;")
    calls: list[Any] = []

    def importer(specifier: str, referrer: Any, attributes: dict[str, str]) -> vm.Module:
        calls.append((specifier, referrer, attributes))
        return dep
    script = vm.Script("import('dep', {with: {type: 'x'}}).then(ns => globalThis.v = ns.v)", import_module_dynamically=importer)
    ctx = vm.create_context()
    script.run_in_context(ctx)
    assert ctx["v"] == 7 and calls == [("dep", script, {"type": "x"})]
    ctx2 = vm.create_context()
    vm.run_in_context("import('x').catch(e => { globalThis.code = e.code; globalThis.name = e.name })", ctx2)
    assert ctx2["code"] == "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING" and ctx2["name"] == "TypeError"
    # the context's callback serves code without a referrer: here a function that Function()
    # made with no JS running (called from Python); an indirect eval in a script has the
    # script's referrer (GetActiveScriptOrModule), as in node
    ctx3 = vm.create_context(import_module_dynamically=lambda s, r, a: dep)
    vm.run_in_context("Function", ctx3)("return import('x').then(ns => globalThis.v = ns.v)")()
    assert ctx3["v"] == 7
    vm.run_in_context("(0, eval)('import(\"x\")').catch(e => globalThis.code = e.code)", ctx3)
    assert ctx3["code"] == "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING"
    fn = vm.compile_function("return import('y')", import_module_dynamically=lambda s, r, a: dep)
    assert fn() is not None
    m = linked("export const p = import('dep');", import_module_dynamically=lambda s, r, a: dep.namespace)
    m.instantiate()
    m.evaluate().result()
    assert vm.run_in_this_context("(p) => p.then(ns => ns.v)")(m.namespace["p"]) is not None


def test_evaluate_timeout() -> None:
    m = linked("while (true) {}")
    m.instantiate()
    with pytest.raises(vm.JSError) as e:
        m.evaluate(timeout=50)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


def test_timeout_of_a_continuation_errors_the_module() -> None:
    # microtaskMode 'afterEvaluate': the body's continuation after its await runs inside
    # evaluate()'s timeout; the stop errors the module and its importer with the timeout error
    # (they stayed 'evaluated', the module's error unreadable)
    ctx = vm.create_context(microtask_mode="afterEvaluate")
    dep = vm.SourceTextModule("await 0; while (true);", context=ctx)
    m = vm.SourceTextModule("import 'dep';", context=ctx)
    m.link(lambda s, r, a: dep).result()
    with pytest.raises(vm.JSError) as e:
        m.evaluate(timeout=30).result()
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    assert (m.status, dep.status) == ("errored", "errored")
    assert dep.error["code"] == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    with pytest.raises(vm.JSError) as e:
        m.evaluate().result()
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


def test_source_phase_import_of_a_source_text_module_is_a_syntax_error() -> None:
    dep = linked("export const v = 1;")
    m = linked('import source s from "dep";', {"dep": dep})
    assert m.module_requests[0].phase == "source"
    with pytest.raises(vm.JSError) as e:
        m.instantiate()
    assert e.value.name == "SyntaxError"
    ctx = vm.create_context(import_module_dynamically=lambda s, r, a: dep)
    # (code without a referrer, which the context's callback serves: see test_dynamic_import_callbacks)
    vm.run_in_context("Function", ctx)("return import.source('dep').catch(e => { globalThis.name = e.name })")()
    assert ctx["name"] == "SyntaxError"


def test_a_module_nobody_holds_is_collected() -> None:
    """No registry keeps Module objects alive after their last user lets go."""
    import gc
    import weakref
    m = vm.SourceTextModule("export const a = 1")
    ref = weakref.ref(m)
    m.link(lambda *a: None)
    m.evaluate()
    del m
    gc.collect()
    assert ref() is None


def test_synthetic_module_is_linked_when_made() -> None:
    """The documentation (v24.8+): set_export needs no link(); evaluate() runs without link()."""
    s = vm.SyntheticModule(["x", "y"], lambda: s.set_export("y", 2))
    assert s.status == "linked"
    s.set_export("x", 1)
    assert s.namespace["x"] == 1 and s.namespace["y"] is vm.undefined
    s.evaluate().result()
    assert s.status == "evaluated" and dict(s.namespace) == {"x": 1, "y": 2}
    assert s.link(lambda *a: None).result() is None  # nothing to link: a settled promise
    with pytest.raises(vm.JSError) as e:
        s.set_export("z", 1)
    assert e.value.name == "ReferenceError"


def test_module_members_on_the_wrong_receiver() -> None:
    stm = vm.SourceTextModule("export default 1;")
    syn = vm.SyntheticModule(["x"], lambda: None)
    calls: list[tuple[str, Callable[[], object]]] = [
        ("Module", lambda: vm.Module.status.fget(object())),  # type: ignore[attr-defined]
        ("Module", lambda: vm.Module.namespace.fget({})),  # type: ignore[attr-defined]
        ("Module", lambda: vm.Module.link(None, print)),  # type: ignore[arg-type]
        ("Module", lambda: vm.Module.evaluate(1)),  # type: ignore[arg-type]
        ("SourceTextModule", lambda: vm.SourceTextModule.link_requests(syn, [])),  # type: ignore[arg-type]
        ("SourceTextModule", lambda: vm.SourceTextModule.instantiate(syn)),  # type: ignore[arg-type]
        ("SourceTextModule", lambda: vm.SourceTextModule.module_requests.fget(syn)),  # type: ignore[attr-defined]
        ("SyntheticModule", lambda: vm.SyntheticModule.set_export(stm, "x", 1)),  # type: ignore[arg-type]
    ]
    for cls, call in calls:
        with pytest.raises(vm.VMTypeError) as e:
            call()
        assert e.value.code == "ERR_INVALID_ARG_TYPE"
        assert str(e.value).startswith(f'The "this" argument must be an instance of {cls}. Received ')
    with pytest.raises(TypeError, match="^Module is not a constructor$"):
        vm.Module()


def test_link_twice_is_already_linked() -> None:
    m = vm.SourceTextModule("export default 1;")
    m.link(lambda *a: None).result()
    with pytest.raises(vm.VMError) as e:
        m.link(lambda *a: None).result()
    assert e.value.code == "ERR_VM_MODULE_ALREADY_LINKED"


def test_evaluate_timeout_errors_the_modules_it_stopped() -> None:
    # Node: the timed-out module and the dependency that looped end 'errored' (error null), and
    # evaluating again rejects at once instead of finding them 'evaluating' for good.
    d = linked("export let x = 1; while (true) {}")
    r = linked('import "d";', {"d": d})
    r.instantiate()
    with pytest.raises(vm.JSError) as e:
        r.evaluate(timeout=50)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    assert (r.status, d.status) == ("errored", "errored")
    assert d.error is None
    with pytest.raises(vm.JSError):
        r.evaluate().result(timeout=1000)


def test_unknown_import_attributes_reach_the_linker_and_the_import_callback() -> None:
    # Node: the linker / importModuleDynamically callback is the host that decides which
    # attributes it supports; the engine rejected keys other than 'type' itself.
    seen: list[Any] = []
    dep = vm.SyntheticModule(["default"], lambda: dep.set_export("default", 5))

    def linker(specifier: str, referrer: Any, extra: dict[str, Any]) -> vm.Module:
        seen.append(extra["attributes"])
        return dep
    m = vm.SourceTextModule('import a from "x" with { foo: "bar" }; export default a;')
    m.link(linker).result()
    m.evaluate().result()
    assert (m.namespace["default"], seen) == (5, [{"foo": "bar"}])

    def callback(specifier: str, referrer: Any, attributes: dict[str, str]) -> vm.Module:
        seen.append(attributes)
        return dep
    script = vm.Script('import("y", { with: { foo: "baz" } }).then(ns => ns.default)',
                       import_module_dynamically=callback)
    assert script.run_in_this_context().result() == 5
    assert seen[-1] == {"foo": "baz"}


def test_synthetic_module_is_evaluating_during_its_callback() -> None:
    seen: list[str] = []

    def callback() -> None:
        seen.append(s.status)
        with pytest.raises(vm.VMError) as e:
            s.evaluate().result()
        seen.append(e.value.code)
    s = vm.SyntheticModule(["a"], callback)
    s.evaluate().result()
    assert seen == ["evaluating", "ERR_VM_MODULE_STATUS"] and s.status == "evaluated"


def test_evaluate_timeout_errors_a_synthetic_module() -> None:
    s = vm.SyntheticModule(["a"], lambda: vm.run_in_this_context("while (true) {}"))
    with pytest.raises(vm.JSError) as e:
        s.evaluate(timeout=50)
    assert e.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
    assert s.status == "errored" and s.error is None


def test_module_errors_are_shaped_like_nodes() -> None:
    # Node's internal errors: the stack starts 'Kind [CODE]: message', code is own enumerable
    m = vm.SourceTextModule('import "a";')
    m.link_requests([vm.SourceTextModule('import "b";')])
    with pytest.raises(vm.JSError) as e:
        m.instantiate()
    assert e.value.code == "ERR_VM_MODULE_LINK_FAILURE"
    assert e.value.stack.startswith("Error [ERR_VM_MODULE_LINK_FAILURE]: request for 'b' is not linked")
    script = vm.Script("import('x').catch(e => [e.stack.split('\\n')[0], Object.keys(e).join()])",
                       import_module_dynamically=lambda *args: 5)
    assert list(script.run_in_this_context().result()) == [
        "TypeError [ERR_VM_MODULE_NOT_MODULE]: Provided module is not an instance of Module", "code"]


def test_import_callback_raising_a_python_value_rejects_with_it_converted() -> None:
    # ``raise JSError(value)`` in importModuleDynamically with a Python value: the import()
    # rejects with the value converted (a JS array here), not with the Python list itself
    def cb(specifier: str, referrer: object, attributes: object) -> None:
        raise vm.JSError([1, 2])
    ctx = vm.create_context({})
    s = vm.Script('import("x").then(() => "ok", e => Array.isArray(e) + JSON.stringify(e))', import_module_dynamically=cb)
    p = s.run_in_context(ctx)
    assert repr(p) == "<JSPromiseProxy Promise { 'true[1,2]' }>"
