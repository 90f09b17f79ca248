"""Tests of ShadowRealm (sec-shadowrealm-objects, the ShadowRealm proposal) and wrapped function
exotic objects (sec-wrapped-function-exotic-objects), through the vm API as users meet them.

node 20 has no ShadowRealm: the expected values come from the proposal's algorithms."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm as vm


def run(src: str, **options: Any) -> Any:
    ctx = vm.create_context(vm.constants.DONT_CONTEXTIFY, **options)
    return vm.run_in_context(src, ctx)


def test_evaluate_from_python() -> None:
    assert vm.run_in_new_context('new ShadowRealm().evaluate("1+1")') == 2
    assert vm.run_in_context('new ShadowRealm().evaluate("\'a\' + 1")', vm.create_context()) == "a1"


def test_the_constructor_and_prototype() -> None:
    assert run("""[typeof ShadowRealm, ShadowRealm.length, ShadowRealm.name,
        Object.prototype.toString.call(new ShadowRealm()),
        Object.getOwnPropertyDescriptor(ShadowRealm.prototype, Symbol.toStringTag).configurable,
        ShadowRealm.prototype.evaluate.length, ShadowRealm.prototype.importValue.length].join()""") == \
        "function,0,ShadowRealm,[object ShadowRealm],true,1,2"
    assert run("try { ShadowRealm(); 'no' } catch (e) { e.constructor === TypeError }") is True
    # a subclass instance has the [[ShadowRealm]] slot; an ordinary object does not
    assert run("class S extends ShadowRealm {}; new S().evaluate('3')") == 3
    assert run("""try { ShadowRealm.prototype.evaluate.call({}, '1'); 'no' }
        catch (e) { e instanceof TypeError }""") is True


def test_each_realm_has_its_own_intrinsics() -> None:
    assert run("""
        var r = new ShadowRealm();
        var inner = r.evaluate('Array.prototype.polluted = 1; [].polluted');
        [inner, [].polluted, r.evaluate('typeof polluted'), r.evaluate('[].constructor === Array'),
         r.evaluate('Array') === Array, typeof r.evaluate('Array'),
         r.evaluate('globalThis.x = 5; x'), typeof x,
         new ShadowRealm().evaluate('[].polluted')].join()""") == "1,,undefined,true,false,function,5,undefined,"


def test_global_object_is_ordinary_and_var_persists_let_does_not() -> None:
    assert run("""
        var r = new ShadowRealm();
        r.evaluate('var v = 1; let l = 2; function f() { return 3 }');
        [r.evaluate('typeof v'), r.evaluate('typeof l'), r.evaluate('f()'),
         r.evaluate('Object.getPrototypeOf(globalThis) === Object.prototype'),
         r.evaluate('"use strict"; var s = 1; typeof s'), r.evaluate('typeof s'),
         r.evaluate('this === globalThis')].join()""") == "number,undefined,3,true,number,undefined,true"


def test_functions_cross_wrapped_both_ways() -> None:
    assert run("""
        var r = new ShadowRealm();
        var twice = r.evaluate('(function twice(cb, x) { return cb(cb(x)) })');
        [twice(x => x + 1, 1), twice.name, twice.length,
         Object.getPrototypeOf(twice) === Function.prototype, Object.getOwnPropertyNames(twice).join('/'),
         r.evaluate('(cb) => typeof cb')(function () {}),
         r.evaluate('(cb) => cb instanceof Function')(function () {}),
         r.evaluate('(function () { "use strict"; return typeof this })').call(7),
         (() => { try { r.evaluate('(function () {})').call({}); return 'crossed' }
                  catch (e) { return e.constructor === TypeError } })()].join()""") == \
        "3,twice,2,true,length/name,function,true,number,true"


def test_wrapping_makes_a_new_function_each_time() -> None:
    assert run("""
        var r = new ShadowRealm();
        r.evaluate('var f = function () {}; var same = (g) => { globalThis.seen = globalThis.seen || g; return seen === g }');
        var f1 = r.evaluate('f'), f2 = r.evaluate('f');
        [f1 === f2, r.evaluate('same')(f1), r.evaluate('same')(f1)].join()""") == "false,true,false"


def test_wrapped_function_has_no_construct() -> None:
    assert run("""
        var F = new ShadowRealm().evaluate('(function F() {})');
        try { new F(); 'constructed' } catch (e) { e.constructor === TypeError }""") is True


def test_objects_do_not_cross() -> None:
    assert run("""
        var r = new ShadowRealm();
        var results = [];
        for (var src of ['({})', '[]', 'globalThis', 'Object.prototype', 'new Proxy({}, {})']) {
          try { r.evaluate(src); results.push('crossed') } catch (e) { results.push(e.constructor === TypeError) }
        }
        var takes = r.evaluate('(o) => o');
        try { takes({}); results.push('crossed') } catch (e) { results.push(e.constructor === TypeError) }
        try { r.evaluate('() => ({})')(); results.push('crossed') } catch (e) { results.push(e.constructor === TypeError) }
        results.join()""") == "true,true,true,true,true,true,true"


def test_primitives_cross_as_they_are() -> None:
    assert run("""
        var r = new ShadowRealm();
        var s = Symbol('s');
        [r.evaluate('1.5'), r.evaluate('"str"'), r.evaluate('10n') === 10n, r.evaluate('null'), r.evaluate(''),
         typeof r.evaluate('Symbol.iterator'), r.evaluate('Symbol.iterator') === Symbol.iterator,
         r.evaluate('(x) => typeof x')(s), r.evaluate('(x) => x')(s) === s].join()""") == \
        "1.5,str,true,,,symbol,true,symbol,true"


def test_errors_crossing_become_type_errors_of_the_receiving_realm() -> None:
    out = run("""
        var r = new ShadowRealm();
        var out = [];
        try { r.evaluate('throw new RangeError("inner")') } catch (e) {
          out.push(e.constructor === TypeError, e.message) }
        try { r.evaluate('(') } catch (e) { out.push(e.constructor === SyntaxError) }
        try { r.evaluate(1) } catch (e) { out.push(e.constructor === TypeError) }
        try { r.evaluate('() => { throw 7 }')() } catch (e) { out.push(e.constructor === TypeError, e.message) }
        try { r.evaluate('(f) => { try { f() } catch (e) { return e instanceof TypeError } }')(() => { throw {} }) }
        catch (e) { out.push('escaped') }
        out.push(r.evaluate('(f) => { try { f() } catch (e) { return e instanceof TypeError } }')(() => { throw {} }));
        try { r.evaluate('new.target') } catch (e) { out.push(e.constructor === SyntaxError) }
        out""")
    assert list(out) == [True, "Error crossing the ShadowRealm boundary: RangeError: inner", True, True, True,
                         "Error crossing the ShadowRealm boundary: 7", True, True]


def test_errors_are_from_the_realm_of_the_functions_used() -> None:
    # the evaluate of another realm reports in that realm ($262.createRealm's case)
    assert run("""
        var other = new ShadowRealm();
        var realm = new ShadowRealm();
        var OtherTypeError = realm.evaluate('TypeError');
        try { realm.evaluate('globalThis') } catch (e) { e.constructor === TypeError }""") is True


def test_wrapped_function_of_a_revoked_proxy_throws_a_type_error() -> None:
    assert run("""
        var r = new ShadowRealm();
        var fn = r.evaluate('globalThis.rp = Proxy.revocable(() => 1, {}); rp.proxy');
        r.evaluate('rp.revoke()');
        try { fn(); 'called' } catch (e) { e.constructor === TypeError }""") is True


def test_copy_name_and_length_failures_are_type_errors() -> None:
    assert run("""
        var r = new ShadowRealm();
        var out = [];
        try { r.evaluate("var f = () => {}; Object.defineProperty(f, 'name', { get() { throw 1 } }); f") }
        catch (e) { out.push(e.constructor === TypeError) }
        out.push(r.evaluate("var g = function () {}; Object.defineProperty(g, 'length', { value: -Infinity }); g").length);
        out.push(r.evaluate("var h = function () {}; Object.defineProperty(h, 'length', { value: Infinity }); h").length);
        out.push(r.evaluate("var k = function () {}; Object.defineProperty(k, 'name', { value: 3 }); k").name);
        out.join()""") == "true,0,Infinity,"


def test_nested_shadow_realms() -> None:
    assert run("""
        var r = new ShadowRealm();
        r.evaluate('var inner = new ShadowRealm(); inner.evaluate("var deep = 42"); (k) => inner.evaluate(k)')('deep')
    """) == 42


def test_code_generation_strings_disallowed_carries_over() -> None:
    assert run("""
        try { new ShadowRealm().evaluate('1') } catch (e) { e.constructor.name }""",
               code_generation={"strings": False}) == "EvalError"


def test_limits_of_the_context_apply_inside() -> None:
    ctx = vm.create_context(vm.constants.DONT_CONTEXTIFY, step_limit=10_000)
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context("new ShadowRealm().evaluate('for (;;) {}')", ctx)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_STEP_LIMIT"
    # a deterministic context's ShadowRealm replays too
    src = "var r = new ShadowRealm(); [r.evaluate('Math.random()'), r.evaluate('Date.now()')].join()"
    first = run(src, deterministic=True, seed=3)
    assert first == run(src, deterministic=True, seed=3)
    assert first.endswith(",0")


def test_timeout_interrupts_a_shadow_realm_loop() -> None:
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context("new ShadowRealm().evaluate('while (true) {}')", vm.create_context(), timeout=200)
    assert info.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"


def test_import_value_loads_into_the_shadow_realm() -> None:
    referrers: list[Any] = []

    def loader(specifier: str, referrer: Any, attributes: dict[str, str]) -> Any:
        referrers.append(referrer)
        return vm.SourceTextModule(
            "export const f = () => typeof marker; export const obj = {}; export default 'd';",
            context=referrer, identifier=specifier)

    ctx = vm.create_context(vm.constants.DONT_CONTEXTIFY, import_module_dynamically=loader)
    vm.run_in_context("""
        var r = new ShadowRealm(); r.evaluate('globalThis.marker = 1');
        var out = [];
        r.importValue('m', 'f').then(f => out.push(f()), e => out.push('rejected'));
        r.importValue('m', 'default').then(v => out.push(v));
        r.importValue('m', 'obj').then(null, e => out.push(e.constructor === TypeError));
        r.importValue('m', 'missing').then(null, e => out.push(e.constructor === TypeError));
        try { r.importValue('m', 1) } catch (e) { out.push('sync ' + e.constructor.name) }
    """, ctx)
    assert list(vm.run_in_context("out", ctx)) == ["sync TypeError", "number", "d", True, True]
    # the callback is called with the ShadowRealm's own context, not the creator's
    assert referrers and all(vm.is_context(r) and r is not ctx for r in referrers)
    assert referrers[0]["marker"] == 1


def test_import_value_without_a_loader_rejects_with_a_type_error() -> None:
    ctx = vm.create_context()
    vm.run_in_context("""var out; new ShadowRealm().importValue('./x.mjs', 'x')
        .then(null, e => { out = e.constructor === TypeError })""", ctx)
    assert ctx["out"] is True



def test_memory_limit_counts_what_a_shadow_realm_keeps() -> None:
    from pyjsvm.api.common import _require_context
    from pyjsvm.intrinsics.realm import Realm
    from pyjsvm.runtime.memory import measure_live
    ctx = vm.create_context(vm.constants.DONT_CONTEXTIFY)
    vm.run_in_context("var r = new ShadowRealm()", ctx)
    realm = _require_context(ctx).realm
    before = measure_live(realm, (Realm,))
    # kept by the ShadowRealm's global only: the creating context holds no path to it
    vm.run_in_context("r.evaluate('globalThis.keep = \"x\".repeat(2e6); 1')", ctx)
    assert measure_live(realm, (Realm,)) - before > 2_000_000
    # and the limit of the context applies to what JS allocates inside
    ctx = vm.create_context(vm.constants.DONT_CONTEXTIFY, memory_limit=20_000_000)
    message = vm.run_in_context("""
        var r = new ShadowRealm(), message = 'no limit';
        try { r.evaluate('globalThis.keep = []; for (var i = 0; i < 2e6; i++) keep.push({ i }); 1') }
        catch (e) { message = e.message }
        message""", ctx, timeout=60_000)
    assert "RangeError: Memory limit of 20000000 bytes exceeded" in message


def test_a_recursion_across_the_boundary_unwinds_in_linear_time() -> None:
    # Each crossing of the unwinding error is a new TypeError. Its message named the error
    # it copied, itself such a copy: 10,000 crossings made messages of every length up to
    # half a megabyte; and it was raised inside the except clause, holding the caught
    # exception (and every frame it had unwound) as its context, which the collector
    # traversed again and again (45 s). Now the first error is described once, and no
    # crossing holds the one before.
    src = """
    var r = new ShadowRealm();
    var g = r.evaluate('(function g(cb, n) { if (n > 400) throw new RangeError("deep"); return cb(n); })');
    function cb(n) { return g(cb, n + 1); }
    var m; try { cb(0); } catch (e) { m = e.constructor.name + ': ' + e.message; } m
    """
    assert run(src) == "TypeError: Error crossing the ShadowRealm boundary: RangeError: deep"


def test_a_copied_error_holds_no_context() -> None:
    from pyjsvm.intrinsics.realm import Realm
    from pyjsvm.compiler.engine import eval_script
    from pyjsvm.runtime.agent import JSThrow, engine_limits
    realm = Realm()
    with engine_limits():
        f = eval_script(realm, "new ShadowRealm().evaluate('(function () { throw 1; })')")
        with pytest.raises(JSThrow) as caught:
            f.call(None, [])
        assert caught.value.__context__ is None
        with pytest.raises(JSThrow) as caught:
            eval_script(realm, "new ShadowRealm().evaluate('throw 2')")
        assert caught.value.__context__ is None


def test_a_changed_message_of_a_copy_is_described_as_it_is() -> None:
    src = """
    var r = new ShadowRealm();
    var g = r.evaluate('(function g(f) { try { f(); } catch (e) { e.message = "changed"; throw e; } })');
    var m; try { g(function () { throw 1; }); } catch (e) { m = e.message; } m
    """
    assert run(src) == "Error crossing the ShadowRealm boundary: TypeError: changed"
