"""Tests of Object objects (sec-object-objects) and Annex B's Object.prototype extras."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.interp.agent import AGENT, JSThrow
from pyjsvm.interp.objects import C, E, W, BuiltinFunction, JSObject, JSPrimitiveObject, JSStringObject
from pyjsvm.interp.operations import create_array_from_list
from pyjsvm.interp.values import NULL, SYM_ITERATOR, SYM_TO_STRING_TAG, JSSymbol
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


def _obj(realm: Any, **kw: Any) -> JSObject:
    o = JSObject(realm.object_prototype)
    o.props.update(kw)
    return o


def _static(realm: Any, name: str) -> Any:
    return _get(realm.intrinsics["%Object%"], name)


def _proto(realm: Any, name: str) -> Any:
    return _get(realm.object_prototype, name)


def _fn(realm: Any, impl: Any, name: str = "f") -> Any:
    return BuiltinFunction(realm, lambda r, this, args, nt: impl(this, *args), name, 0)


def test_constructor(realm: Any) -> None:
    O = realm.intrinsics["%Object%"]
    assert _get(O, "length") == 1.0 and _get(O, "prototype") is realm.object_prototype
    assert O.call(None, []).proto is realm.object_prototype
    assert O.call(None, [NULL]).proto is realm.object_prototype
    o = _obj(realm)
    assert O.call(None, [o]) is o and O.construct([o], O) is o
    assert isinstance(O.call(None, ["ab"]), JSStringObject)
    assert isinstance(O.construct([True], O), JSPrimitiveObject)
    # new.target other than Object: OrdinaryCreateFromConstructor
    p = _obj(realm)
    nt = BuiltinFunction(realm, lambda *a: None, "Sub", 0, ctor=True)
    nt.define_builtin("prototype", p, 0)
    made = O.construct([o], nt)
    assert made is not o and made.proto is p


def test_object_prototype_immutable(realm: Any) -> None:
    op = realm.object_prototype
    assert op.set_prototype_of(NULL) is True
    assert op.set_prototype_of(_obj(realm)) is False
    with pytest.raises(JSThrow):
        _static(realm, "setPrototypeOf").call(None, [op, _obj(realm)])


def test_assign(realm: Any) -> None:
    sym = JSSymbol("s")
    src = _obj(realm, a=1.0)
    src.props[sym] = 2.0
    src.define_builtin("hidden", 3.0, W | C)
    t = _obj(realm)
    assert _static(realm, "assign").call(None, [t, None, src, NULL, "xy"]) is t
    assert t.own_property_keys() == ["0", "1", "a", sym]
    with pytest.raises(JSThrow):
        _static(realm, "assign").call(None, [None])
    frozen = _obj(realm, a=0.0)
    _static(realm, "freeze").call(None, [frozen])
    with pytest.raises(JSThrow):
        _static(realm, "assign").call(None, [frozen, src])


def test_create_and_define(realm: Any) -> None:
    p = _obj(realm)
    props = _obj(realm, x=_obj(realm, value=1.0, enumerable=True), y=_obj(realm, get=None))
    o = _static(realm, "create").call(None, [p, props])
    assert o.proto is p
    d = o.get_own_property("x")
    assert (d.value, d.writable, d.enumerable, d.configurable) == (1.0, False, True, False)
    assert o.get_own_property("y").is_accessor()
    assert _static(realm, "create").call(None, [NULL]).proto is None
    with pytest.raises(JSThrow):
        _static(realm, "create").call(None, [1.0])
    with pytest.raises(JSThrow):
        _static(realm, "defineProperty").call(None, [1.0, "a", _obj(realm)])
    with pytest.raises(JSThrow):
        _static(realm, "defineProperty").call(None, [o, "x", _obj(realm, value=2.0)])
    r = _static(realm, "defineProperty").call(None, [o, 5.0, _obj(realm, value="v", writable=True)])
    assert r is o and _get(o, "5") == "v"


def test_keys_values_entries(realm: Any) -> None:
    o = _obj(realm, b=2.0, a=1.0)
    o.props["1"] = "one"
    o.props[JSSymbol()] = 0.0
    o.define_builtin("h", 0.0, W | C)
    assert _static(realm, "keys").call(None, [o]).dense == ["1", "b", "a"]
    assert _static(realm, "values").call(None, [o]).dense == ["one", 2.0, 1.0]
    ent = _static(realm, "entries").call(None, [o])
    assert [e.dense for e in ent.dense] == [["1", "one"], ["b", 2.0], ["a", 1.0]]
    assert _static(realm, "keys").call(None, ["ab"]).dense == ["0", "1"]
    with pytest.raises(JSThrow):
        _static(realm, "keys").call(None, [None])
    names = _static(realm, "getOwnPropertyNames").call(None, [o]).dense
    assert names == ["1", "b", "a", "h"]
    syms = _static(realm, "getOwnPropertySymbols").call(None, [o]).dense
    assert len(syms) == 1 and type(syms[0]) is JSSymbol


def test_integrity(realm: Any) -> None:
    S = lambda n: _static(realm, n)  # noqa: E731
    o = _obj(realm, a=1.0)
    assert S("isFrozen").call(None, [o]) is False and S("isExtensible").call(None, [o]) is True
    assert S("seal").call(None, [o]) is o
    assert S("isSealed").call(None, [o]) is True and S("isFrozen").call(None, [o]) is False
    assert S("freeze").call(None, [o]) is o and S("isFrozen").call(None, [o]) is True
    assert S("isFrozen").call(None, [1.0]) is True and S("isSealed").call(None, ["x"]) is True
    assert S("isExtensible").call(None, [1.0]) is False
    assert S("freeze").call(None, [1.0]) == 1.0 and S("preventExtensions").call(None, ["s"]) == "s"
    p = _obj(realm)
    assert S("preventExtensions").call(None, [p]) is p and not p.extensible


def test_descriptors(realm: Any) -> None:
    o = _obj(realm, a=1.0)
    o.define_builtin("b", 2.0, E)
    d = _static(realm, "getOwnPropertyDescriptor").call(None, [o, "b"])
    assert list(d.props.items()) == [("value", 2.0), ("writable", False), ("enumerable", True), ("configurable", False)]
    assert _static(realm, "getOwnPropertyDescriptor").call(None, [o, "zz"]) is None
    ds = _static(realm, "getOwnPropertyDescriptors").call(None, [o])
    assert list(ds.props) == ["a", "b"]


def test_prototype_functions(realm: Any) -> None:
    op = realm.object_prototype
    S = lambda n: _static(realm, n)  # noqa: E731
    o = _obj(realm)
    assert S("getPrototypeOf").call(None, [o]) is op
    assert S("getPrototypeOf").call(None, [op]) is NULL
    assert S("getPrototypeOf").call(None, ["s"]) is realm.intrinsics["%String.prototype%"]
    p = _obj(realm)
    assert S("setPrototypeOf").call(None, [o, p]) is o and o.proto is p
    with pytest.raises(JSThrow):
        S("setPrototypeOf").call(None, [p, o])  # cycle
    with pytest.raises(JSThrow):
        S("setPrototypeOf").call(None, [o, 1.0])
    with pytest.raises(JSThrow):
        S("setPrototypeOf").call(None, [None, NULL])
    assert S("setPrototypeOf").call(None, [1.0, NULL]) == 1.0
    assert _proto(realm, "isPrototypeOf").call(p, [o]) is True
    assert _proto(realm, "isPrototypeOf").call(op, [o]) is True
    assert _proto(realm, "isPrototypeOf").call(o, [p]) is False
    assert _proto(realm, "isPrototypeOf").call(None, [1.0]) is False


def test_has_own_is(realm: Any) -> None:
    o = _obj(realm, a=1.0)
    o.define_builtin("h", 1.0, W)
    assert _static(realm, "hasOwn").call(None, [o, "a"]) is True
    assert _static(realm, "hasOwn").call(None, [o, "toString"]) is False
    assert _proto(realm, "hasOwnProperty").call(o, ["h"]) is True
    assert _proto(realm, "propertyIsEnumerable").call(o, ["h"]) is False
    assert _proto(realm, "propertyIsEnumerable").call(o, ["a"]) is True
    assert _proto(realm, "hasOwnProperty").call("abc", [1.0]) is True
    with pytest.raises(JSThrow):
        _proto(realm, "hasOwnProperty").call(None, ["a"])
    is_ = _static(realm, "is")
    assert is_.call(None, [0.0, -0.0]) is False and is_.call(None, [float("nan"), float("nan")]) is True
    assert is_.call(None, ["a", "a"]) is True and is_.call(None, [o, _obj(realm)]) is False


def test_to_string(realm: Any) -> None:
    ts = _proto(realm, "toString")
    assert ts.call(None, []) == "[object Undefined]"
    assert ts.call(NULL, []) == "[object Null]"
    assert ts.call(_obj(realm), []) == "[object Object]"
    assert ts.call(create_array_from_list([], realm), []) == "[object Array]"
    assert ts.call(ts, []) == "[object Function]"
    assert ts.call(1.0, []) == "[object Number]"
    assert ts.call("s", []) == "[object String]"
    assert ts.call(True, []) == "[object Boolean]"
    assert ts.call(realm.new_error("TypeError", "x"), []) == "[object Error]"
    tagged = _obj(realm)
    tagged.props[SYM_TO_STRING_TAG] = "Custom"
    assert ts.call(tagged, []) == "[object Custom]"
    tagged.props[SYM_TO_STRING_TAG] = 1.0
    assert ts.call(tagged, []) == "[object Object]"
    assert _proto(realm, "toLocaleString").call(_obj(realm), []) == "[object Object]"
    o = _obj(realm)
    assert _proto(realm, "valueOf").call(o, []) is o
    with pytest.raises(JSThrow):
        _proto(realm, "valueOf").call(None, [])


def test_annex_b(realm: Any) -> None:
    op = realm.object_prototype
    d = op.get_own_property("__proto__")
    assert d.is_accessor() and d.enumerable is False and d.configurable is True
    assert _get(d.get, "name") == "get __proto__" and _get(d.set, "name") == "set __proto__"
    o = _obj(realm)
    assert _get(o, "__proto__") is op
    p = _obj(realm)
    o.set("__proto__", p, o)
    assert o.proto is p
    o.set("__proto__", 1.0, o)  # ignored
    assert o.proto is p
    with pytest.raises(JSThrow):
        d.set.call(None, [p])
    assert d.set.call(1.0, [p]) is None
    g = _fn(realm, lambda this: 42.0)
    _proto(realm, "__defineGetter__").call(o, ["x", g])
    xd = o.get_own_property("x")
    assert xd.get is g and xd.enumerable is True and xd.configurable is True
    assert _get(o, "x") == 42.0
    child = JSObject(o)
    assert _proto(realm, "__lookupGetter__").call(child, ["x"]) is g
    assert _proto(realm, "__lookupSetter__").call(child, ["x"]) is None
    s = _fn(realm, lambda this, v: None)
    _proto(realm, "__defineSetter__").call(o, ["y", s])
    assert _proto(realm, "__lookupSetter__").call(child, ["y"]) is s
    assert _proto(realm, "__lookupGetter__").call(child, ["nothing"]) is None
    with pytest.raises(JSThrow):
        _proto(realm, "__defineGetter__").call(o, ["x", 1.0])


def _iterable(realm: Any, values: list[Any]) -> Any:
    from pyjsvm.interp.iteration import create_iter_result_object
    state = {"closed": False}

    def make_iter(this: Any) -> Any:
        it = _obj(realm)
        pos = [0]

        def nxt(this2: Any, *a: Any) -> Any:
            if pos[0] >= len(values):
                return create_iter_result_object(None, True)
            pos[0] += 1
            return create_iter_result_object(values[pos[0] - 1], False)

        def ret(this2: Any, *a: Any) -> Any:
            state["closed"] = True
            return _obj(realm)
        it.props["next"] = _fn(realm, nxt, "next")
        it.props["return"] = _fn(realm, ret, "return")
        return it
    o = _obj(realm)
    o.props[SYM_ITERATOR] = _fn(realm, make_iter)
    o.props["state"] = state
    return o


def test_from_entries(realm: Any) -> None:
    fe = _static(realm, "fromEntries")
    entries = [create_array_from_list(["a", 1.0], realm), create_array_from_list(["b", 2.0], realm),
               create_array_from_list(["a", 3.0], realm)]
    o = fe.call(None, [_iterable(realm, entries)])
    assert list(o.props.items()) == [("a", 3.0), ("b", 2.0)]
    it = _iterable(realm, [1.0])
    with pytest.raises(JSThrow):
        fe.call(None, [it])
    assert it.props["state"]["closed"] is True
    with pytest.raises(JSThrow):
        fe.call(None, [None])


def test_group_by(realm: Any) -> None:
    gb = _static(realm, "groupBy")
    cb = _fn(realm, lambda this, v, k: "odd" if v % 2 else "even")
    o = gb.call(None, [_iterable(realm, [1.0, 2.0, 3.0]), cb])
    assert o.proto is None
    assert list(o.props) == ["odd", "even"]
    assert _get(o, "odd").dense == [1.0, 3.0] and _get(o, "even").dense == [2.0]
    it = _iterable(realm, [1.0])
    with pytest.raises(JSThrow):
        gb.call(None, [it, 1.0])
    thrower = _fn(realm, lambda this, *a: realm.intrinsics["%ThrowTypeError%"].call(None, []))
    with pytest.raises(JSThrow):
        gb.call(None, [it, thrower])
    assert it.props["state"]["closed"] is True
