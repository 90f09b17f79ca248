"""Conversions at the API boundary (pyjsvm.api.convert), tested without running JS source."""
from __future__ import annotations

import math
from typing import Any

import pytest

import pyjsvm
from pyjsvm.api.convert import JSArrayProxy, JSFunctionProxy, JSObjectProxy, PyFunction, PyListArray, to_js, to_python
from pyjsvm.syntax.utf16 import js_string_to_python, python_string_to_js
from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import BuiltinFunction, JSArray, JSObject
from pyjsvm.runtime.values import NULL, JSBigInt
from pyjsvm.api.convert import MappingObject
from pyjsvm.intrinsics.realm import Realm


@pytest.fixture(scope="module")
def realm() -> Realm:
    return Realm()


@pytest.fixture(autouse=True)
def running(realm: Realm):  # type: ignore[no-untyped-def]
    saved = AGENT.realm
    AGENT.realm = realm
    yield
    AGENT.realm = saved


def test_numbers_to_python() -> None:
    assert to_python(1.0) == 1 and type(to_python(1.0)) is int
    assert type(to_python(1.5)) is float
    assert type(to_python(2.0 ** 53)) is int
    z = to_python(-0.0)
    assert type(z) is float and math.copysign(1.0, z) < 0
    assert type(to_python(0.0)) is int
    assert to_python(math.inf) == math.inf and type(to_python(math.inf)) is float
    assert math.isnan(to_python(math.nan))


def test_primitives_to_python() -> None:
    assert to_python(None) is pyjsvm.undefined
    assert to_python(NULL) is None
    assert to_python(True) is True
    assert to_python(JSBigInt(10 ** 30)) == 10 ** 30
    assert pyjsvm.undefined is not None and not pyjsvm.undefined and repr(pyjsvm.undefined) == "undefined"


def test_strings() -> None:
    assert js_string_to_python("\ud83d\ude00") == "\U0001F600"
    assert js_string_to_python("a\ud83d") == "a\ud83d"  # lone surrogate kept
    assert js_string_to_python("\ude00\ud83d") == "\ude00\ud83d"  # reversed pair stays two units
    assert python_string_to_js("\U0001F600x") == "\ud83d\ude00x"
    assert python_string_to_js("é") == "é"
    assert to_python("\ud83d\ude00") == "\U0001F600"


def test_python_primitives_to_js(realm: Realm) -> None:
    assert to_js(1, realm) == 1.0 and type(to_js(1, realm)) is float
    with pytest.raises(ValueError, match="BigInt"):
        to_js(10 ** 400, realm)  # never a silent loss of digits (see the conversion table)
    assert to_js(True, realm) is True
    assert to_js(None, realm) is NULL
    assert to_js(pyjsvm.undefined, realm) is None
    assert to_js("\U0001F600", realm) == "\ud83d\ude00"


def test_unsupported_types(realm: Realm) -> None:
    with pytest.raises(TypeError):
        to_js(1j, realm)
    with pytest.raises(TypeError):
        to_js(object(), realm)


def test_wrapper_identity(realm: Realm) -> None:
    d = {"a": 1}
    w = to_js(d, realm)
    assert isinstance(w, MappingObject) and to_js(d, realm) is w
    assert to_python(w) is d
    lst = [1, 2]
    a = to_js(lst, realm)
    assert isinstance(a, PyListArray) and to_js(lst, realm) is a and to_python(a) is lst
    f = len
    jf = to_js(f, realm)
    assert isinstance(jf, PyFunction) and to_js(f, realm) is jf and to_python(jf) is f
    other = Realm()
    assert to_js(d, other) is not w  # each realm has its own wrapper


def test_proxy_identity(realm: Realm) -> None:
    o = JSObject(realm.object_prototype)
    p = to_python(o, realm)
    assert isinstance(p, JSObjectProxy)
    assert to_python(o, realm) is p
    assert to_js(p, realm) is o
    arr = JSArray(realm.array_prototype, [1.0, 2.0])
    ap = to_python(arr, realm)
    assert isinstance(ap, JSArrayProxy) and to_js(ap, realm) is arr


def test_object_proxy_is_live(realm: Realm) -> None:
    o = JSObject(realm.object_prototype)
    o.props["a"] = 1.0
    p = to_python(o, realm)
    assert p["a"] == 1 and dict(p) == {"a": 1} and len(p) == 1 and "a" in p
    p["b"] = [1, 2]
    assert isinstance(o.props["b"], PyListArray)
    o.props["c"] = "x"
    assert p["c"] == "x"
    del p["a"]
    assert "a" not in o.props
    with pytest.raises(KeyError):
        p["zzz"]
    assert p == {"b": [1, 2], "c": "x"} or dict(p)["c"] == "x"


def test_array_proxy(realm: Realm) -> None:
    arr = JSArray(realm.array_prototype, [1.0, 2.5, "x"])
    p = to_python(arr, realm)
    assert len(p) == 3 and p[0] == 1 and p[1] == 2.5 and p[-1] == "x" and p[0:2] == [1, 2.5]
    p[0] = 7
    assert arr.dense is not None and arr.dense[0] == 7.0
    assert list(p) == [7, 2.5, "x"] and p == [7, 2.5, "x"]
    with pytest.raises(IndexError):
        p[3]


def test_function_proxy(realm: Realm) -> None:
    def impl(r, this, args, nt):  # type: ignore[no-untyped-def]
        return args[0] + args[1]
    fn = BuiltinFunction(realm, impl, "add", 2)
    p = to_python(fn, realm)
    assert isinstance(p, JSFunctionProxy)
    assert p(1, 2) == 3 and type(p(1, 2)) is int


def test_function_proxy_throw(realm: Realm) -> None:
    def impl(r, this, args, nt):  # type: ignore[no-untyped-def]
        raise JSThrow(r.new_error("RangeError", "nope"))
    p = to_python(BuiltinFunction(realm, impl, "bad", 0), realm)
    with pytest.raises(pyjsvm.JSError) as info:
        p()
    assert info.value.name == "RangeError" and info.value.message == "nope"


def test_python_callable_from_js(realm: Realm) -> None:
    seen = []

    def cb(a, b=None):  # type: ignore[no-untyped-def]
        seen.append((a, b))
        return {"sum": a + (b or 0)}
    jf = to_js(cb, realm)
    r = jf.call(None, [1.0, 2.0])
    assert isinstance(r, MappingObject) and r.get("sum", r) == 3.0
    assert seen == [(1, 2)] and type(seen[0][0]) is int


def test_python_exception_becomes_js_error(realm: Realm) -> None:
    def boom() -> None:
        raise ValueError("bad value")
    jf = to_js(boom, realm)
    with pytest.raises(JSThrow) as info:
        jf.call(None, [])
    err = info.value.value
    assert isinstance(err, JSObject)
    msg = err.get("message", err)
    assert msg == "ValueError"  # the type only: the text may hold host details
    assert err.proto is realm.intrinsics["%Error.prototype%"]
    realm.host_defined["pyjsvm.host_error_detail"] = True  # create_context(host_error_detail=True)
    try:
        with pytest.raises(JSThrow) as info:
            jf.call(None, [])
    finally:
        del realm.host_defined["pyjsvm.host_error_detail"]
    assert info.value.value.get("message", info.value.value) == "ValueError: bad value"


def test_jserror_from_callable_rethrows_value(realm: Realm) -> None:
    err = realm.new_error("TypeError", "inner")

    def f() -> None:
        raise pyjsvm.JSError(err)
    with pytest.raises(JSThrow) as info:
        to_js(f, realm).call(None, [])
    assert info.value.value is err


@pytest.mark.parametrize("raised, expected", [
    (5, ["number", "5", "5"]),
    (2**80, ["object", "RangeError", "{}"]),
    ([1, 2], ["object", "1,2", "[1,2]"]),
    ({"a": 1}, ["object", "[object Object]", '{"a":1}']),
    (object(), ["object", "TypeError", "{}"]),
    ("\U0001F4A5", ["string", "\U0001F4A5", '"\U0001F4A5"']),
    (None, ["undefined", "undefined", None]),
])
def test_jserror_of_a_python_value_throws_it_converted(raised: object, expected: list[object]) -> None:
    # a host callable's ``raise JSError(value)`` with a Python value: JS catches the value
    # converted as a returned one would be (or the TypeError/RangeError a returned one gives),
    # never the Python object itself; describing the JSError does not recurse either
    def f() -> None:
        raise pyjsvm.JSError(raised)
    assert pyjsvm.JSError(raised).message == ("undefined" if raised is None else str(raised))
    ctx = pyjsvm.create_context({"f": f})
    got = pyjsvm.run_in_context(
        "try { f(); 'none' } catch (e) { [typeof e, e instanceof Error ? e.name : String(e), JSON.stringify(e)] }", ctx)
    assert list(got) == [expected[0], expected[1], expected[2] if expected[2] is not None else pyjsvm.undefined]


def test_list_backed_array(realm: Realm) -> None:
    lst = [1, "a"]
    a = to_js(lst, realm)
    assert a.get("length", a) == 2.0 and a.get("1", a) == "a"
    assert a.set("2", 3.0, a) and lst == [1, "a", 3]
    assert a.set("5", True, a) and lst == [1, "a", 3, pyjsvm.undefined, pyjsvm.undefined, True]
    assert a.set("length", 2.0, a) and lst == [1, "a"]
    assert a.own_property_keys() == ["0", "1", "length"]
    assert a.delete("0") and lst[0] is pyjsvm.undefined


def test_tuple_is_read_only(realm: Realm) -> None:
    t = (1, 2)
    a = to_js(t, realm)
    assert a.get("0", a) == 1.0
    assert not a.set("0", 5.0, a)
    assert not a.set("2", 5.0, a)
    assert not a.delete("0")
    assert t == (1, 2)


def test_mapping_object_wraps_nested(realm: Realm) -> None:
    d = {"inner": {"x": 1}}
    o = to_js(d, realm)
    i1 = o.get("inner", o)
    assert i1 is o.get("inner", o)  # identity on repeated reads
    assert i1.set("x", 5.0, i1) and d["inner"]["x"] == 5
    assert o.set("new", "v", o) and d["new"] == "v"
    assert o.delete("new") and "new" not in d


@pytest.mark.parametrize("key", ["x", 1.5, None, b"x", [], {}, object()])
def test_array_proxy_rejects_a_non_integer_index_as_a_list_does(key: Any) -> None:
    # a['x'] raised AttributeError ('str' object has no attribute '__index__') from inside the api
    a = pyjsvm.run_in_new_context("[1, 2, 3]")
    with pytest.raises(TypeError, match="indices must be integers"):
        a[key]
    with pytest.raises(TypeError, match="indices must be integers"):
        a[key] = 1
    with pytest.raises(TypeError, match="indices must be integers"):
        del a[key]
    assert a[True] == 2 and a[-1] == 3


@pytest.mark.parametrize("fn", [None, 1, "f", lambda: 1, [], pyjsvm.undefined])
def test_call_of_a_non_function_is_a_vm_type_error(fn: Any) -> None:
    # a plain TypeError came out of pyjsvm.call; the api's argument errors are VMTypeErrors
    with pytest.raises(pyjsvm.VMTypeError) as e:
        pyjsvm.call(fn)
    assert isinstance(e.value, TypeError) and isinstance(e.value, pyjsvm.PyjsvmError)
    assert e.value.code == "ERR_INVALID_ARG_TYPE"
