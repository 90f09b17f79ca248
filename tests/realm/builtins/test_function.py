"""Tests of Function objects (sec-function-objects) and bound functions
(sec-bound-function-exotic-objects)."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.interp.agent import AGENT, JSThrow
from pyjsvm.interp.objects import BuiltinFunction, JSObject
from pyjsvm.interp.operations import create_array_from_list, instance_of
from pyjsvm.interp.values import NULL, SYM_HAS_INSTANCE
from pyjsvm.realm.builtins.function import BoundFunction
from pyjsvm.realm.realm import Realm


@pytest.fixture
def realm() -> Any:
    r = Realm()
    saved = AGENT.realm
    AGENT.realm = r
    yield r
    AGENT.realm = saved


def _get(o: Any, key: Any) -> Any:
    return o.get(key, o)


def _fp(realm: Any, name: Any) -> Any:
    return _get(realm.function_prototype, name)


def _recorder(realm: Any, name: str = "rec", length: int = 3, ctor: bool = False) -> Any:
    def impl(r: Any, this: Any, args: list[Any], nt: Any) -> Any:
        if nt is not None:
            o = JSObject(_get(nt, "prototype"))
            o.props["args"] = create_array_from_list(list(args), r)
            return o
        return create_array_from_list([this] + list(args), r)
    f = BuiltinFunction(realm, impl, name, length, ctor=ctor)
    if ctor:
        p = JSObject(realm.object_prototype)
        f.define_builtin("prototype", p, 1)
    return f


def test_function_prototype_shape(realm: Any) -> None:
    fp = realm.function_prototype
    F = realm.intrinsics["%Function%"]
    assert _get(fp, "constructor") is F
    assert _get(F, "prototype") is fp and _get(F, "length") == 1.0
    for name, length in (("apply", 2.0), ("bind", 1.0), ("call", 1.0), ("toString", 0.0)):
        f = _get(fp, name)
        assert _get(f, "length") == length and _get(f, "name") == name
    hi = fp.get_own_property(SYM_HAS_INSTANCE)
    assert (hi.writable, hi.enumerable, hi.configurable) == (False, False, False)
    assert _get(hi.value, "name") == "[Symbol.hasInstance]"
    tte = realm.intrinsics["%ThrowTypeError%"]
    for key in ("caller", "arguments"):
        d = fp.get_own_property(key)
        assert d.get is tte and d.set is tte and d.enumerable is False and d.configurable is True
        with pytest.raises(JSThrow):
            _get(fp, key)


def test_call_and_apply(realm: Any) -> None:
    f = _recorder(realm)
    assert _fp(realm, "call").call(f, ["t", 1.0, 2.0]).dense == ["t", 1.0, 2.0]
    assert _fp(realm, "apply").call(f, ["t"]).dense == ["t"]
    assert _fp(realm, "apply").call(f, ["t", NULL]).dense == ["t"]
    arr = create_array_from_list([1.0, 2.0], realm)
    assert _fp(realm, "apply").call(f, ["t", arr]).dense == ["t", 1.0, 2.0]
    with pytest.raises(JSThrow):
        _fp(realm, "apply").call(f, ["t", 1.0])
    with pytest.raises(JSThrow):
        _fp(realm, "call").call(JSObject(realm.object_prototype), [])


def test_bind(realm: Any) -> None:
    f = _recorder(realm, "foo", 3, ctor=True)
    b = _fp(realm, "bind").call(f, ["T", 1.0])
    assert isinstance(b, BoundFunction)
    assert b.bound_target is f and b.bound_this == "T" and b.bound_args == [1.0]
    assert _get(b, "name") == "bound foo" and _get(b, "length") == 2.0
    assert b.own_property_keys() == ["length", "name"]
    assert b.get_own_property("prototype") is None
    assert b.call("ignored", [2.0]).dense == ["T", 1.0, 2.0]
    assert b.is_constructor and b.realm is realm
    o = b.construct([5.0], b)
    assert o.proto is _get(f, "prototype") and _get(o, "args").dense == [1.0, 5.0]
    assert instance_of(o, b)
    # bound of bound
    bb = _fp(realm, "bind").call(b, [None, 7.0, 8.0, 9.0])
    assert _get(bb, "name") == "bound bound foo" and _get(bb, "length") == 0.0
    assert bb.call(None, []).dense == ["T", 1.0, 7.0, 8.0, 9.0]
    # non-constructor target
    nb = _fp(realm, "bind").call(_recorder(realm), [None])
    assert not nb.is_constructor
    with pytest.raises(JSThrow):
        _fp(realm, "bind").call(JSObject(realm.object_prototype), [])


def test_bind_length_edge_cases(realm: Any) -> None:
    f = _recorder(realm)
    f.props["length"] = float("inf")
    f.props["name"] = 5.0
    b = _fp(realm, "bind").call(f, [None, 1.0])
    assert _get(b, "length") == float("inf") and _get(b, "name") == "bound "
    f.props["length"] = -float("inf")
    assert _get(_fp(realm, "bind").call(f, [None]), "length") == 0.0
    f.props["length"] = "3"
    assert _get(_fp(realm, "bind").call(f, [None]), "length") == 0.0
    f.props["length"] = 3.7
    assert _get(_fp(realm, "bind").call(f, [None, 1.0]), "length") == 2.0
    del f.props["length"]
    assert _get(_fp(realm, "bind").call(f, [None]), "length") == 0.0


def test_to_string(realm: Any) -> None:
    ts = _fp(realm, "toString")
    assert ts.call(_recorder(realm, "foo"), []) == "function foo() { [native code] }"
    b = _fp(realm, "bind").call(_recorder(realm, "foo"), [None])
    assert ts.call(b, []) == "function () { [native code] }"
    assert ts.call(realm.intrinsics["%ThrowTypeError%"], []) == "function () { [native code] }"
    sym_fn = realm.function_prototype.get_own_property(SYM_HAS_INSTANCE).value
    assert ts.call(sym_fn, []) == "function [Symbol.hasInstance]() { [native code] }"
    with pytest.raises(JSThrow):
        ts.call(JSObject(realm.object_prototype), [])


def test_has_instance(realm: Any) -> None:
    hi = _get(realm.function_prototype, SYM_HAS_INSTANCE)
    f = _recorder(realm, ctor=True)
    o = JSObject(_get(f, "prototype"))
    assert hi.call(f, [o]) is True
    assert hi.call(f, [JSObject(realm.object_prototype)]) is False
    assert hi.call(f, [1.0]) is False
    assert hi.call(JSObject(realm.object_prototype), [o]) is False
