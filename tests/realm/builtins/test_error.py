"""Tests of Error objects (sec-error-objects)."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.interp.agent import AGENT, JSThrow
from pyjsvm.interp.objects import JSErrorObject, JSObject
from pyjsvm.realm.realm import Realm

NATIVE = ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")


@pytest.fixture
def realm() -> Any:
    r = Realm()
    saved = AGENT.realm
    AGENT.realm = r
    yield r
    AGENT.realm = saved


def _get(o: Any, key: Any) -> Any:
    return o.get(key, o)


def _desc(o: Any, key: Any) -> Any:
    d = o.get_own_property(key)
    return None if d is None else (d.value, d.writable, d.enumerable, d.configurable)


def test_error_constructor(realm: Any) -> None:
    E = realm.intrinsics["%Error%"]
    e = E.construct(["boom"], E)
    assert isinstance(e, JSErrorObject)
    assert e.proto is realm.intrinsics["%Error.prototype%"]
    assert _desc(e, "message") == ("boom", True, False, True)
    assert e.own_property_keys() == ["stack", "message"]
    stack = _get(e, "stack")
    assert type(stack) is str and stack.startswith("Error: boom")
    assert e.get_own_property("stack").enumerable is False
    # Called as a function, no message
    e2 = E.call(None, [])
    assert isinstance(e2, JSErrorObject) and e2.get_own_property("message") is None
    assert _get(e2, "message") == ""


def test_error_cause(realm: Any) -> None:
    E = realm.intrinsics["%Error%"]
    opts = JSObject(realm.object_prototype)
    opts.props["cause"] = 42.0
    e = E.construct(["m", opts], E)
    assert _desc(e, "cause") == (42.0, True, False, True)
    e2 = E.construct(["m", JSObject(realm.object_prototype)], E)
    assert e2.get_own_property("cause") is None


def test_error_prototype(realm: Any) -> None:
    ep = realm.intrinsics["%Error.prototype%"]
    assert not isinstance(ep, JSErrorObject)
    assert _desc(ep, "name") == ("Error", True, False, True)
    assert _desc(ep, "message") == ("", True, False, True)
    to_string = _get(ep, "toString")
    o = JSObject(realm.object_prototype)
    assert to_string.call(o, []) == "Error"
    o.props["name"] = ""
    o.props["message"] = "m"
    assert to_string.call(o, []) == "m"
    o.props["name"] = "N"
    assert to_string.call(o, []) == "N: m"
    with pytest.raises(JSThrow):
        to_string.call(1.0, [])


def test_native_errors(realm: Any) -> None:
    E = realm.intrinsics["%Error%"]
    ep = realm.intrinsics["%Error.prototype%"]
    for kind in NATIVE:
        C = realm.intrinsics[f"%{kind}%"]
        p = realm.intrinsics[f"%{kind}.prototype%"]
        assert C.proto is E and p.proto is ep
        assert _get(C, "length") == 1.0 and _get(C, "name") == kind
        assert _get(p, "name") == kind and _get(p, "message") == ""
        assert _get(p, "constructor") is C
        assert p.get_own_property("toString") is None
        e = C.call(None, ["x"])
        assert e.proto is p
        assert _get(e, "stack").startswith(kind + ": x")
        assert _get(_get(ep, "toString"), "call") is not None
    # realm.new_error stays compatible
    err = realm.new_error("RangeError", "bad")
    assert err.proto is realm.intrinsics["%RangeError.prototype%"]


def _iterable(realm: Any, values: list[Any]) -> Any:
    """A JS iterable over ``values`` built from Python (no dependency on Array iterators)."""
    from pyjsvm.interp.iteration import create_iter_result_object
    from pyjsvm.interp.objects import BuiltinFunction
    from pyjsvm.interp.values import SYM_ITERATOR

    def make_iter(r: Any, this: Any, args: list[Any], nt: Any) -> Any:
        it = JSObject(r.object_prototype)
        pos = [0]

        def nxt(r2: Any, this2: Any, args2: list[Any], nt2: Any) -> Any:
            if pos[0] >= len(values):
                return create_iter_result_object(None, True)
            pos[0] += 1
            return create_iter_result_object(values[pos[0] - 1], False)
        it.props["next"] = BuiltinFunction(r, nxt, "next", 0)
        return it
    o = JSObject(realm.object_prototype)
    o.props[SYM_ITERATOR] = BuiltinFunction(realm, make_iter, "[Symbol.iterator]", 0)
    return o


def test_aggregate_error(realm: Any) -> None:
    AE = realm.intrinsics["%AggregateError%"]
    assert _get(AE, "length") == 2.0
    assert AE.proto is realm.intrinsics["%Error%"]
    errs = _iterable(realm, [1.0, 2.0])
    opts = JSObject(realm.object_prototype)
    opts.props["cause"] = "c"
    e = AE.construct([errs, "msg", opts], AE)
    assert e.own_property_keys() == ["stack", "message", "cause", "errors"]
    arr = _get(e, "errors")
    assert arr is not errs and arr.dense == [1.0, 2.0]
    assert e.get_own_property("errors").enumerable is False
    with pytest.raises(JSThrow):
        AE.call(None, [1.0])


def test_capture_stack_trace(realm: Any) -> None:
    E = realm.intrinsics["%Error%"]
    cst = _get(E, "captureStackTrace")
    o = JSObject(realm.object_prototype)
    o.props["message"] = "hi"
    assert cst.call(E, [o]) is None
    assert _desc(o, "stack")[1:] == (True, False, True)
    assert _get(o, "stack").startswith("Error: hi")
    with pytest.raises(JSThrow):
        cst.call(E, [1.0])
    o2 = JSObject(realm.object_prototype)
    o2.extensible = False
    with pytest.raises(JSThrow):
        cst.call(E, [o2])
