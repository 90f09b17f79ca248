"""[[Call]] of ECMAScript function objects (sec-ecmascript-function-objects-call-thisargument-argumentslist)."""
import pyjsvm as vm


def test_class_constructor_call_throws_type_error_of_its_own_realm() -> None:
    a = vm.create_context()
    b = vm.create_context()
    # the raw engine objects (``js_object``) are shared as they are, as in Node: proxies handed
    # over would cross the membrane (pyjsvm.api.membrane) and hide the realm this test checks
    b["C"] = vm.run_in_context("(class C {})", a).js_object
    b["TE_A"] = vm.run_in_context("TypeError", a).js_object
    result = vm.run_in_context(
        "try { C(); 'no error' } catch (e) { [e instanceof TE_A, e instanceof TypeError, e.message].join() }", b)
    assert result == "true,false,Class constructor C cannot be invoked without 'new'"
