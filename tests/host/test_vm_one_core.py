"""One core behind both faces of ``node:vm`` (issue 15): the Python API (``pyjsvm.api.vm``,
``pyjsvm.api.modules``) and ``require('node:vm')`` (``pyjsvm.host.node_vm``) both go through
``pyjsvm.api.vm_core``. Each table below runs the same inputs from Python and from JS (in one
process, with the JS side's functions called as JS calls them) and asks for the same outcome:
value, or error name, message, code and displayErrors arrow. A few checks need the two sides to
share state that each used to keep for itself (the live contexts, module identifiers) or a
behaviour only one side had (``on_step`` tracing, ``breakOnSigint`` on module evaluation)."""
from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

import pyjsvm as vm
from pyjsvm.api.common import ARROWS
from pyjsvm.api.convert import to_python
from pyjsvm.compiler.engine import eval_script
from pyjsvm.host.runtime import HostOptions, NodeHost
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.operations import call

_HOST: list[Any] = []


def _node_vm() -> tuple[Any, JSObject]:
    """The host realm and its ``require('node:vm')`` exports (made once)."""
    if not _HOST:
        host = NodeHost(options=HostOptions(experimental_vm_modules=True))  # (the module classes)
        _HOST.append((host.realm, host.modules.load_builtin("vm")))
    realm, exports = _HOST[0]
    return realm, exports


def _js_value(source: str) -> Any:
    """A JS value of the host realm from a JSON-like literal (undefined for None)."""
    realm, _ = _node_vm()
    if source is None:
        return None
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        return eval_script(realm, f"({source})")
    finally:
        AGENT.realm = saved


def _js_call(name: str, *args: Any, this: Any = None) -> Any:
    """``vm[name](...args)`` (or ``this[name]``) called as JS calls it; a throw comes back as
    ``('throw', name, message, code, arrow)``."""
    realm, exports = _node_vm()
    target = exports if this is None else this
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        return ("ok", _plain(to_python(call(target.get(name, target), target, list(args)), realm)))
    except JSThrow as e:
        return _js_thrown(e.value)
    finally:
        AGENT.realm = saved


def _js_thrown(err: Any) -> tuple[Any, ...]:
    if not isinstance(err, JSObject):
        return ("throw value", _plain(err))

    def field(key: str) -> Any:
        v = err.get(key, err)
        return None if v is None else str(v)
    return ("throw", field("name"), field("message"), field("code"), ARROWS.get(err))


def _py(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, ...]:
    try:
        return ("ok", _plain(fn(*args, **kwargs)))
    except vm.JSError as e:
        if not isinstance(e.js_value, JSObject):
            return ("throw value", _plain(e.value))
        arrow = ARROWS.get(e.js_value)
        if arrow is not None:
            assert e.stack.startswith(arrow)  # the Python side shows it at the head of its stack
        return ("throw", e.name, e.message, e.code, arrow)


def _plain(value: Any) -> Any:
    """A value as plain Python (JS Numbers that are integers as int) to compare."""
    if hasattr(value, "to_python"):
        value = value.to_python()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# (code, sandbox, options as Python keywords, the same options as Node's)
SCRIPTS: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]]] = [
    ("x * 2", {"x": 21}, {}, {}),
    ("var y = 2; x + y + ''", {"x": 1}, {}, {}),
    ("[typeof globalThis, typeof x, this === globalThis]", {"x": "s"}, {}, {}),
    ("\n\nthrow new TypeError('boom')", {}, {"filename": "file.js"}, {"filename": "file.js"}),
    ("\n\nthrow new TypeError('boom')", {}, {"filename": "file.js", "display_errors": False},
     {"filename": "file.js", "displayErrors": False}),
    ("var a = 1;\n  a.b.c = 2;", {}, {"filename": "t.js", "line_offset": 3}, {"filename": "t.js", "lineOffset": 3}),
    ("var x = (;", {}, {"filename": "s.js"}, {"filename": "s.js"}),
    ("x = ", {}, {"display_errors": False}, {"displayErrors": False}),
    ("let q = 1; let q = 2;", {}, {}, {}),
    ("throw 42", {}, {}, {}),
    ("while (true) {}", {}, {"timeout": 30}, {"timeout": 30}),
    # the stack overflow comes long before the timeout (30 ms raced it on a loaded machine)
    ("function f() { f(); f(); } f()", {}, {"timeout": 20000}, {"timeout": 20000}),
    ("eval('1 + 1')", {}, {"context_code_generation": {"strings": False}},
     {"contextCodeGeneration": {"strings": False}}),
    ("var out = []; Promise.resolve().then(() => out.push('job')); out.push('sync'); out", {},
     {"microtask_mode": "afterEvaluate"}, {"microtaskMode": "afterEvaluate"}),
    ("Promise.resolve().then(() => { for (;;) {} }); 'queued'", {},
     {"microtask_mode": "afterEvaluate", "timeout": 30}, {"microtaskMode": "afterEvaluate", "timeout": 30}),
    ("//# sourceMappingURL=a.map\nnew Date(0).getTime()", {}, {}, {}),
]


@pytest.mark.parametrize("code,sandbox,py_options,js_options", SCRIPTS)
def test_run_in_new_context_same_outcome_from_both_sides(code: str, sandbox: dict[str, Any],
                                                        py_options: dict[str, Any],
                                                        js_options: dict[str, Any]) -> None:
    python_side = _py(vm.run_in_new_context, code, dict(sandbox), **py_options)
    js_side = _js_call("runInNewContext", code, _js_value(json.dumps(sandbox)), _js_value(json.dumps(js_options)))
    assert python_side == js_side
    if "filename" in py_options and py_options.get("display_errors", True) and python_side[0] == "throw":
        assert python_side[4] is not None  # an arrow, recorded by the one run both sides use


@pytest.mark.parametrize("code,sandbox,py_options,js_options", SCRIPTS[:8])
def test_script_object_same_outcome_from_both_sides(code: str, sandbox: dict[str, Any], py_options: dict[str, Any],
                                                    js_options: dict[str, Any]) -> None:
    """``new vm.Script`` then ``runInContext``: compiled by the same ScriptCode on both sides."""
    compile_keys = {"filename", "line_offset"}
    py_compile = {k: v for k, v in py_options.items() if k in compile_keys}
    try:
        script = vm.Script(code, **py_compile)
    except vm.JSError as e:
        python_side = _py(lambda: (_ for _ in ()).throw(e))
    else:
        ctx = vm.create_context(dict(sandbox))
        python_side = _py(script.run_in_context, ctx,
                          **{k: v for k, v in py_options.items() if k not in compile_keys})
        assert script.source_map_url is None
    realm, exports = _node_vm()
    js_compile = {k: v for k, v in js_options.items() if k in ("filename", "lineOffset")}
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        try:
            from pyjsvm.runtime.operations import construct
            js_script = construct(exports.get("Script", exports), [code, _js_value(json.dumps(js_compile))])
        except JSThrow as e:
            js_side = _js_thrown(e.value)
        else:
            sb = _js_value(json.dumps(sandbox))
            call(exports.get("createContext", exports), exports, [sb])
            run_options = {k: v for k, v in js_options.items() if k not in ("filename", "lineOffset")}
            js_side = _js_call("runInContext", sb, _js_value(json.dumps(run_options)), this=js_script)
    finally:
        AGENT.realm = saved
    assert python_side == js_side


FUNCTIONS = [
    ("return a + b + offset", ["a", "b"], [{"offset": 10}], [1, 2]),
    ("return typeof offset", [], [], []),
    ("return (", [], [], []),
    ("throw new RangeError('r' + n)", ["n"], [], [7]),
    ("'use strict'; return this === undefined", [], [], []),
]


@pytest.mark.parametrize("body,params,extensions,args", FUNCTIONS)
def test_compile_function_same_outcome_from_both_sides(body: str, params: list[str], extensions: list[dict[str, Any]],
                                                       args: list[Any]) -> None:
    try:
        fn = vm.compile_function(body, params, context_extensions=extensions)
    except vm.JSError as e:
        python_side = ("throw", e.name, e.message, e.code)
    else:
        python_side = _py(fn, *args)[:4]
    made = _js_call("compileFunction", body, _js_value(json.dumps(params)),
                    _js_value(json.dumps({"contextExtensions": extensions})))
    if made[0] == "throw":
        js_side = made[:4]
    else:
        realm, exports = _node_vm()
        js_fn = exports  # compileFunction again, to hold the JS function itself
        saved = AGENT.realm
        AGENT.realm = realm
        try:
            js_fn = call(exports.get("compileFunction", exports), exports,
                         [body, _js_value(json.dumps(params)), _js_value(json.dumps({"contextExtensions": extensions}))])
            try:
                js_side = ("ok", _plain(to_python(call(js_fn, None, [float(a) for a in args]), realm)))
            except JSThrow as e:
                js_side = _js_thrown(e.value)[:4]
        finally:
            AGENT.realm = saved
    assert python_side == js_side


def test_code_cache_made_on_one_side_is_accepted_on_the_other() -> None:
    code = "var t = 0; for (var i = 0; i < 4; i++) t += i; t"
    produced = vm.Script(code, produce_cached_data=True).cached_data
    assert produced
    realm, exports = _node_vm()
    from pyjsvm.host.jsutil import bytes_to_buffer
    from pyjsvm.runtime.operations import construct
    options = _js_value("{}")
    options.set("cachedData", bytes_to_buffer(realm, produced), options)
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        s = construct(exports.get("Script", exports), [code, options])
        assert s.get("cachedDataRejected", s) is False
        js_cache = s.get("createCachedData", s)
        buffer = call(js_cache, s, [])
    finally:
        AGENT.realm = saved
    from pyjsvm.host.jsutil import view_bytes
    again = vm.Script(code, cached_data=view_bytes(realm, buffer, "cachedData"))
    assert again.cached_data_rejected is False
    assert again.run_in_new_context() == 6


def test_measure_memory_lists_the_same_contexts_from_both_sides() -> None:
    """The detailed report counts every live context, whichever side made it (each side used to
    count only its own)."""
    keep = [vm.create_context({"n": 1}), vm.create_context()]
    py_report = asyncio.run(vm.measure_memory(mode="detailed", execution="eager"))
    realm, exports = _node_vm()
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        promise = call(exports.get("measureMemory", exports), exports, [_js_value("{mode: 'detailed', execution: 'eager'}")])
    finally:
        AGENT.realm = saved
    js_report = vm.JSPromiseProxy(promise, realm).result(timeout=1000)
    js_report = js_report.to_python()
    assert set(js_report) == {"total", "current", "other"}
    assert set(js_report["total"]) == {"jsMemoryEstimate", "jsMemoryRange"}
    assert len(js_report["other"]) == len(py_report["other"]) >= len(keep)
    del keep


def test_module_identifiers_and_statuses_come_from_one_core() -> None:
    realm, exports = _node_vm()
    from pyjsvm.runtime.operations import construct
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        js_module = construct(exports.get("SourceTextModule", exports), ["export const a = 1;"])
        first = str(js_module.get("identifier", js_module))
    finally:
        AGENT.realm = saved
    py_module = vm.SourceTextModule("export const a = 1;")
    n = int(first[len("vm:module("):-1])
    assert py_module.identifier == f"vm:module({n + 1})"  # one counter for the main context

    # the same module lifecycle, same statuses and errors
    py_module.link(lambda *a: None).result()
    py_module.evaluate().result()
    with pytest.raises(vm.VMError) as caught:
        py_module.create_cached_data()
    AGENT.realm = realm
    try:
        assert str(js_module.get("status", js_module)) == "unlinked"
        call(js_module.get("instantiate", js_module), js_module, [])
        promise = call(js_module.get("evaluate", js_module), js_module, [])
        vm.JSPromiseProxy(promise, realm).result(timeout=1000)
        assert str(js_module.get("status", js_module)) == py_module.status == "evaluated"
        try:
            call(js_module.get("createCachedData", js_module), js_module, [])
            raise AssertionError("no error")
        except JSThrow as e:
            thrown = _js_thrown(e.value)
    finally:
        AGENT.realm = saved
    assert thrown[2:4] == (str(caught.value), caught.value.code)


@pytest.mark.parametrize("code", [
    "export default 1; throw new Error('in module');",
    "import { missing } from 'dep'; export { missing };",
    "export const x = await new Promise(r => r(5));",
    "for (;;) {}",
])
def test_module_evaluation_same_outcome_from_both_sides(code: str) -> None:
    dep_code = "export const present = 1;"
    py_dep = vm.SourceTextModule(dep_code)
    py_module = vm.SourceTextModule(code)
    python_side: tuple[Any, ...]
    try:
        py_module.link(lambda *a: py_dep).result()
        py_module.evaluate(timeout=30).result(timeout=1000)
        python_side = ("ok", _plain(dict(py_module.namespace)), py_module.status)
    except vm.JSError as e:
        python_side = ("throw", e.name, e.message, e.code, py_module.status)
    realm, exports = _node_vm()
    from pyjsvm.runtime.operations import construct
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        cls = exports.get("SourceTextModule", exports)
        js_dep = construct(cls, [dep_code])
        js_module = construct(cls, [code])
        requests = js_module.get("moduleRequests", js_module)
        from pyjsvm.runtime.operations import create_list_from_array_like
        links = [js_dep for _ in create_list_from_array_like(requests)]
        from pyjsvm.host.jsutil import new_array
        call(js_module.get("linkRequests", js_module), js_module, [new_array(realm, links)])
        try:
            call(js_module.get("instantiate", js_module), js_module, [])
            promise = call(js_module.get("evaluate", js_module), js_module, [_js_value("{timeout: 30}")])
            vm.JSPromiseProxy(promise, realm).result(timeout=1000)
            namespace = to_python(js_module.get("namespace", js_module), realm)
            js_side = ("ok", _plain(dict(namespace)), str(js_module.get("status", js_module)))
        except JSThrow as e:
            js_side = _js_thrown(e.value)[:4] + (str(js_module.get("status", js_module)),)
        except vm.JSError as e:
            js_side = ("throw", e.name, e.message, e.code, str(js_module.get("status", js_module)))
    finally:
        AGENT.realm = saved
    assert python_side == js_side


def test_on_step_traces_scripts_from_both_sides() -> None:
    """A realm with an ``on_step`` hook traces the scripts run in it whichever side compiled
    them (the JS side's scripts used to run untraced)."""
    realm, exports = _node_vm()
    seen: list[tuple[int, int]] = []
    realm.host_defined["pyjsvm.on_step"] = lambda line, column: seen.append((line, column))
    try:
        code = "var stepA = 1;\nvar stepB = 2;"
        vm.run_in_this_context(code)
        python_side = list(seen)
        seen.clear()
        assert _js_call("runInThisContext", code)[0] == "ok"
        js_side = list(seen)
    finally:
        del realm.host_defined["pyjsvm.on_step"]
    assert python_side == js_side == [(1, 1), (2, 1)]


def test_break_on_sigint_is_validated_on_module_evaluate_from_both_sides() -> None:
    """``breakOnSigint`` reaches module evaluation from JS as from Python (one runner)."""
    py_module = vm.SyntheticModule([], lambda: None)
    with pytest.raises(vm.VMTypeError) as caught:
        py_module.evaluate(break_on_sigint="yes")  # type: ignore[arg-type]
    realm, exports = _node_vm()
    from pyjsvm.runtime.operations import construct
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        fn = eval_script(realm, "(function () {})")
        js_module = construct(exports.get("SyntheticModule", exports), [_js_value("[]"), fn])
        promise = call(js_module.get("evaluate", js_module), js_module, [_js_value("{breakOnSigint: 'yes'}")])
        with pytest.raises(vm.JSError) as js_caught:
            vm.JSPromiseProxy(promise, realm).result(timeout=1000)
        ok = call(js_module.get("evaluate", js_module), js_module, [_js_value("{breakOnSigint: true}")])
        vm.JSPromiseProxy(ok, realm).result(timeout=1000)
    finally:
        AGENT.realm = saved
    assert caught.value.code == js_caught.value.code == "ERR_INVALID_ARG_TYPE"
    assert "breakOnSigint" in js_caught.value.message and "break_on_sigint" in str(caught.value)


def test_linking_twice_fails_alike_from_both_sides() -> None:
    py_module = vm.SourceTextModule("export const a = 1;")
    py_module.link(lambda *a: None).result()
    with pytest.raises(vm.VMError) as caught:
        py_module.link(lambda *a: None).result()
    realm, exports = _node_vm()
    from pyjsvm.runtime.operations import construct
    saved = AGENT.realm
    AGENT.realm = realm
    try:
        js_module = construct(exports.get("SourceTextModule", exports), ["export const a = 1;"])
        linker = eval_script(realm, "(function () {})")
        vm.JSPromiseProxy(call(js_module.get("link", js_module), js_module, [linker]), realm).result(timeout=1000)
        again = call(js_module.get("link", js_module), js_module, [linker])
        with pytest.raises(vm.JSError) as js_caught:
            vm.JSPromiseProxy(again, realm).result(timeout=1000)
    finally:
        AGENT.realm = saved
    assert (js_caught.value.code, js_caught.value.message) == (caught.value.code, str(caught.value))
    assert caught.value.code == "ERR_VM_MODULE_ALREADY_LINKED"
