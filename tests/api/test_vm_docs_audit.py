"""The Python face of the vm API checked item by item against Node's vm documentation
(../shared/reference/node-vm.md), in snake_case: options, defaults, error codes and messages."""
from __future__ import annotations

import pytest

import pyjsvm as vm
from pyjsvm.runtime.jobs import discard_jobs


def test_timeout_keeps_jobs_queued_before_the_run() -> None:
    # timeout: "If execution is terminated, an Error will be thrown" -- for that run only; jobs
    # queued earlier in the same realm still run (pyjsvm drops only the jobs of the run).
    ctx = vm.create_context({"log": []})
    codes = []

    def inner() -> None:
        with pytest.raises(vm.JSError) as e:
            vm.run_in_context("Promise.resolve().then(() => log.push('during')); while (true) {}", ctx, timeout=20)
        codes.append(e.value.code)
    ctx["inner"] = inner
    discard_jobs()
    vm.run_in_context("Promise.resolve().then(() => log.push('before')); inner();", ctx)
    assert codes == ["ERR_SCRIPT_EXECUTION_TIMEOUT"]
    assert ctx["log"] == ["before"]


def _module_error_stack(m: vm.SourceTextModule) -> str:
    m.link(lambda *a: None).result()
    with pytest.raises(vm.JSError) as e:
        m.evaluate().result()
    return e.value.stack


def test_source_text_module_offsets_show_in_stack_traces() -> None:
    # SourceTextModule lineOffset / columnOffset: "the line number offset [and first-line column
    # number offset] that is displayed in stack traces produced by this Module"
    m = vm.SourceTextModule('\nthrow new Error("x")', identifier="lo.mjs", line_offset=10, column_offset=5)
    assert "at lo.mjs:12:7" in _module_error_stack(m)
    m = vm.SourceTextModule('throw new Error("x")', identifier="co.mjs", column_offset=5)
    assert "at co.mjs:1:12" in _module_error_stack(m)
    with pytest.raises(vm.JSError) as e:
        vm.SourceTextModule("\n\nexport export", identifier="se.mjs", line_offset=3)
    assert "se.mjs:6" in e.value.stack


def test_script_filename_and_offsets_show_in_the_stack() -> None:
    # Script filename / lineOffset / columnOffset: "displayed in stack traces produced by this
    # script"; compileFunction's filename default is ''.
    script = vm.Script('function f() {\n  throw new Error("x");\n}\nf();', "myfile.vm", line_offset=10, column_offset=4)
    with pytest.raises(vm.JSError) as e:
        script.run_in_this_context()
    assert e.value.stack.splitlines()[-3:] == ["Error: x", "    at f (myfile.vm:12:9)", "    at myfile.vm:14:1"]
    with pytest.raises(vm.JSError) as e:
        vm.compile_function('\nthrow new Error("y")', [], filename="cf.js", line_offset=5)()
    assert e.value.stack.splitlines()[1] == "    at cf.js:7:7"


def test_source_text_module_import_module_dynamically_is_a_function() -> None:
    # "When importModuleDynamically is vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER: This option
    # is currently not supported for vm.SourceTextModule" (its type there is {Function}).
    with pytest.raises(vm.VMTypeError) as e:
        vm.SourceTextModule("", import_module_dynamically=vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER)
    assert e.value.code == "ERR_INVALID_ARG_TYPE"
    assert str(e.value) == ('The "options.import_module_dynamically" property must be of type function. '
                            "Received vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER")


@pytest.mark.parametrize("option, value, name", [
    ("context_name", 5, "options.context_name"),
    ("context_origin", 5, "options.context_origin"),
    ("context_code_generation", 5, "options.context_code_generation"),
])
def test_run_in_new_context_names_its_own_options(option: str, value: object, name: str) -> None:
    # runInNewContext's contextName / contextOrigin / contextCodeGeneration are checked under
    # their own names (Node: "options.contextName" ...), not createContext's.
    for run in (lambda **kw: vm.run_in_new_context("1", {}, **kw), lambda **kw: vm.Script("1").run_in_new_context({}, **kw)):
        with pytest.raises(vm.VMTypeError) as e:
            run(**{option: value})
        assert e.value.code == "ERR_INVALID_ARG_TYPE"
        assert str(e.value).startswith(f'The "{name}" property must be')


def test_compile_function_default_filename_frame() -> None:
    # compileFunction filename: "Default: ''" -- such a frame shows as V8's "<anonymous>".
    with pytest.raises(vm.JSError) as e:
        vm.compile_function('throw new Error("x")')()
    assert e.value.stack.splitlines()[1] == "    at <anonymous>:1:7"


def test_import_callback_gets_the_phase() -> None:
    # importModuleDynamically(specifier, referrer, importAttributes, phase): the phase is passed
    # to a callback that takes a fourth argument (one that takes three still works).
    seen = []

    def four(specifier: str, referrer: object, attributes: dict[str, str], phase: str) -> vm.SyntheticModule:
        seen.append((specifier, attributes, phase))
        return vm.SyntheticModule([], lambda: None)

    def three(specifier: str, referrer: object, attributes: dict[str, str]) -> vm.SyntheticModule:
        seen.append((specifier, attributes))
        return vm.SyntheticModule([], lambda: None)
    vm.Script('import("a", { with: { type: "json" } })', import_module_dynamically=four).run_in_this_context().result()
    vm.Script('import("b")', import_module_dynamically=three).run_in_this_context().result()
    assert seen == [("a", {"type": "json"}, "evaluation"), ("b", {})]


def test_import_callback_exception_rejects_the_import() -> None:
    # importModuleDynamically: what the callback throws rejects the import() promise (a Python
    # exception as an Error naming its type, as any host callable's; the exception is the cause).
    def callback(*args: object) -> None:
        raise KeyError("secret")
    p = vm.Script('import("x")', import_module_dynamically=callback).run_in_this_context()
    with pytest.raises(vm.JSError) as e:
        p.result()
    assert (e.value.name, e.value.message) == ("Error", "KeyError")
    assert isinstance(e.value.__cause__, KeyError)


def test_synthetic_module_callback_exception_names_its_type() -> None:
    # evaluateCallback: "If [it] throws an exception synchronously, evaluate() returns a promise
    # that will be synchronously rejected with that exception" -- a Python exception as a host
    # callable's (its text only with host_error_detail).
    def callback() -> None:
        raise ValueError("/srv/secret")
    m = vm.SyntheticModule([], callback)
    p = m.evaluate()
    assert p.done() and m.status == "errored"
    with pytest.raises(vm.JSError) as e:
        p.result()
    assert (e.value.name, e.value.message) == ("Error", "ValueError")
    ctx = vm.create_context(host_error_detail=True)
    m = vm.SyntheticModule([], callback, context=ctx)
    with pytest.raises(vm.JSError) as e:
        m.evaluate().result()
    assert e.value.message == "ValueError: /srv/secret"


def test_set_export_of_a_name_not_exported() -> None:
    # syntheticModule.setExport(name, value) of a name not among exportNames: the engine's
    # ReferenceError, as in node (a JS error, no Node error code).
    m = vm.SyntheticModule(["x"], lambda: None)
    with pytest.raises(vm.JSError) as e:
        m.set_export("y", 1)
    assert (e.value.name, e.value.message, e.value.code) == ("ReferenceError", "Export 'y' is not defined in module", None)


def test_context_import_callback_serves_code_without_referrer() -> None:
    # create_context(import_module_dynamically=...): for import() "in this context without a
    # referrer script or module" (eval run by a promise job), called with the context.
    seen = []
    ctx = vm.create_context(import_module_dynamically=lambda s, r, a: (seen.append(r is ctx),
                                                                       vm.SyntheticModule(["x"], lambda: None))[1])

    def script_callback(*args: object) -> None:
        raise AssertionError("the script's callback is not the one")
    p = vm.Script("Promise.resolve(\"import('./m.mjs')\").then(eval)",
                  import_module_dynamically=script_callback).run_in_context(ctx)
    assert list(p.result()) == ["x"] and seen == [True]


def test_a_refused_module_uses_no_default_identifier() -> None:
    # identifier: "Default: 'vm:module(i)' where i is a context-specific ascending index"; as in
    # node, the options are checked before the index is taken, so a module refused for a bad option
    # does not skip one (each module below is in a fresh context: its first index is 0)
    for bad in ({"line_offset": "x"}, {"column_offset": 1.5}, {"cached_data": 1}, {"initialize_import_meta": 1},
                {"import_module_dynamically": 1}):
        ctx = vm.create_context()
        with pytest.raises((vm.VMTypeError, vm.VMRangeError)):
            vm.SourceTextModule("", context=ctx, **bad)
        assert vm.SourceTextModule("", context=ctx).identifier == "vm:module(0)", bad


def test_a_duplicated_export_name_is_named() -> None:
    # node: ERR_INVALID_ARG_VALUE "The property 'exportNames.a' is duplicated. Received 'a'"
    with pytest.raises(vm.VMTypeError) as e:
        vm.SyntheticModule(["a", "b", "a"], lambda: None)
    assert (e.value.code, str(e.value)) == (
        "ERR_INVALID_ARG_VALUE", "The property 'exportNames.a' is duplicated. Received 'a'")


def test_compile_function_import_callback_gets_the_function() -> None:
    # importModuleDynamically(specifier, referrer, ...): "It's the compiled Function for
    # vm.compileFunction" -- the callback was given None in Python
    seen: list[object] = []

    def callback(specifier: str, referrer: object, attributes: dict[str, str]) -> vm.SyntheticModule:
        seen.append(referrer)
        return vm.SyntheticModule(["x"], lambda: None)
    fn = vm.compile_function("return import('m')", import_module_dynamically=callback)
    fn().result()
    assert len(seen) == 1 and seen[0] is fn


def test_a_context_object_made_directly_is_an_ordinary_mapping() -> None:
    # vm.ContextObject() (public) made by hand is an ordinary dict, not a context: is_context,
    # run_in_context and create_context raised AttributeError ('_pyjsvm_context') on it
    plain = vm.ContextObject(a=1)
    assert vm.is_context(plain) is False
    with pytest.raises(vm.VMTypeError) as e:
        vm.run_in_context("a", plain)
    assert e.value.code == "ERR_INVALID_ARG_TYPE"
    assert vm.create_context(plain) is plain and vm.is_context(plain)
    assert vm.run_in_context("a += 1; a", plain) == 2 and plain["a"] == 2


def test_bad_arguments_of_the_proxies_and_to_python() -> None:
    # bad arguments from Python raise a clear TypeError, never one from deep inside the engine:
    # to_python(timeout='x') failed in the timeout runner ("unsupported operand type(s) for /"),
    # proxy[5] = 1 raised KeyError, and array_proxy.insert('x', 1) "'<' not supported"
    obj = vm.run_in_new_context("({a: [1]})")
    assert isinstance(obj, vm.JSObjectProxy)
    arr = obj["a"]
    assert isinstance(arr, vm.JSArrayProxy)
    for bad in ("x", -1, 1.5, object()):
        with pytest.raises((vm.VMTypeError, vm.VMRangeError)) as e:
            vm.to_python(obj, timeout=bad)  # type: ignore[arg-type]
        assert e.value.code in ("ERR_INVALID_ARG_TYPE", "ERR_OUT_OF_RANGE") and "timeout" in str(e.value)
    assert vm.to_python(obj, timeout=100) == {"a": [1]}
    with pytest.raises(TypeError, match="JS property keys are str or symbols, not int"):
        obj[5] = 1  # type: ignore[index]
    with pytest.raises(KeyError):
        obj[5]  # type: ignore[index]  # (a read of a key no JS object has: missing, as in any mapping)
    assert 5 not in obj
    with pytest.raises(TypeError, match="cannot be interpreted as an integer"):
        arr.insert("x", 1)  # type: ignore[arg-type]
    arr.insert(0, 0)
    assert list(arr) == [0, 1]


def test_code_generation_strings_false_refuses_every_eval_call() -> None:
    # codeGeneration.strings false: "any calls to eval or function constructors ... will throw an
    # EvalError" -- an eval of a non-string (or of nothing) too, as in node; it returned the value
    ctx = vm.create_context({}, code_generation={"strings": False})
    for code in ("eval(5)", "eval()", "(0, eval)({})", "[1].map(eval)", "(function () { 'use strict'; return eval(5) })()"):
        with pytest.raises(vm.JSError) as e:
            vm.run_in_context(code, ctx)
        assert (e.value.name, e.value.message) == ("EvalError", "Code generation from strings disallowed for this context")
    assert vm.run_in_new_context("eval(5)") == 5


def test_link_calls_the_linker_once_per_distinct_request() -> None:
    # module.link(linker): one call per distinct request (specifier and attributes), as in node; a
    # linker that makes a new module per call failed with ERR_MODULE_LINK_MISMATCH on a second
    # import of the same specifier
    calls: list[tuple[str, dict[str, str]]] = []

    def linker(specifier: str, referrer: vm.Module, extra: dict[str, dict[str, str]]) -> vm.Module:
        calls.append((specifier, extra["attributes"]))
        return vm.SourceTextModule("export default 1")
    m = vm.SourceTextModule("import a from 'x'; import b from 'x'; import c from 'x' with {type: 'json'}; "
                            "export * from 'x'; import 'y'; export { a, b, c };")
    m.link(linker).result()
    m.evaluate().result()
    assert calls == [("x", {}), ("x", {"type": "json"}), ("y", {})]
    assert m.status == "evaluated" and dict(m.namespace) == {"a": 1, "b": 1, "c": 1}


def test_a_contextified_js_object_proxy_is_freed_with_it() -> None:
    """The context made from a JS object's proxy is carried by the proxy: a module-level table by
    the object kept the object, both realms and the context alive for good (the context's global
    holds the object)."""
    import gc
    import weakref

    from pyjsvm.api.vm import _context_of

    refs = []
    for _ in range(3):
        holder = vm.create_context()
        sandbox = vm.run_in_context("({x: 1})", holder)
        vm.create_context(sandbox)
        assert vm.run_in_context("x + 1", sandbox) == 2
        ctx = _context_of(sandbox)
        assert ctx is not None
        refs.append(weakref.ref(ctx.realm))
        refs.append(weakref.ref(_context_of(holder).realm))  # type: ignore[union-attr]
        del holder, sandbox, ctx
    gc.collect()
    assert [r() for r in refs] == [None] * 6


def test_a_js_object_proxy_can_be_contextified() -> None:
    # createContext(contextObject): "an object that will be contextified" -- from Python, a JS
    # object's proxy is a MutableMapping; create_context returned it without making it a context
    # (is_context False, run_in_context refused it). Now its JS object is the sandbox, as in node.
    holder = vm.create_context()
    sandbox = vm.run_in_context("globalThis.o = {x: 2}; o", holder)
    assert isinstance(sandbox, vm.JSObjectProxy)
    assert vm.create_context(sandbox) is sandbox and vm.is_context(sandbox)
    assert vm.run_in_context("x += 40; var y = 17; typeof Array", sandbox) == "function"
    assert (sandbox["x"], sandbox["y"]) == (42, 17)
    again = vm.run_in_context("o", holder)  # another proxy of the same object
    assert vm.is_context(again) and vm.run_in_context("x", again) == 42
    vm.release_context(sandbox)
    assert not vm.is_context(sandbox)
    with pytest.raises(vm.VMTypeError):
        vm.create_context(vm.run_in_new_context("(function () {})"))
