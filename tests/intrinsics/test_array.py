"""Tests of Array objects (sec-array-objects): constructor, Array.prototype methods on arrays,
holes and generic array-likes, species, iterators."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import C, W, BuiltinFunction, JSArray, JSObject, Prop, PropertyDescriptor
from pyjsvm.runtime.values import MISSING, NULL, SYM_ITERATOR, SYM_SPECIES, SYM_TO_STRING_TAG, SYM_UNSCOPABLES
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.syntax.utf16 import js_string_to_python

INF = float("inf")
NAN = float("nan")


@pytest.fixture
def realm() -> Any:
    r = Realm()
    saved = AGENT.realm
    AGENT.realm = r
    yield r
    AGENT.realm = saved


def _get(o: Any, key: Any) -> Any:
    return o.get(key, o)


def arr(realm: Any, *vals: Any) -> JSArray:
    return JSArray(realm.array_prototype, [float(v) if type(v) is int else v for v in vals])


def m(realm: Any, name: Any) -> Any:
    return _get(realm.array_prototype, name)


def call(realm: Any, name: str, this: Any, *args: Any) -> Any:
    return m(realm, name).call(this, list(args))


def fn(realm: Any, impl: Any, name: str = "f", ctor: bool = False) -> Any:
    return BuiltinFunction(realm, lambda r, this, args, nt: impl(this, *args), name, 0, ctor=ctor)


def elems(a: Any) -> list[Any]:
    """Python list of a's elements (MISSING for holes) through the generic internal methods."""
    n = int(_get(a, "length"))
    return [_get(a, str(i)) if a.has_property(str(i)) else MISSING for i in range(n)]


def array_like(realm: Any, *vals: Any, length: Any = None) -> JSObject:
    o = JSObject(realm.object_prototype)
    for i, v in enumerate(vals):
        if v is not MISSING:
            o.props[str(i)] = float(v) if type(v) is int else v
    o.props["length"] = float(len(vals)) if length is None else length
    return o


def throws(kind: str, f: Any, *args: Any) -> None:
    with pytest.raises(JSThrow) as ei:
        f(*args)
    err = ei.value.value
    assert _get(_get(err, "constructor"), "name") == kind


class LoggingObject(JSObject):
    """An ordinary object that logs its internal method calls (observable operation order)."""

    __slots__ = ("log",)
    simple_props = False

    def __init__(self, proto: Any) -> None:
        JSObject.__init__(self, proto)
        self.log: list[str] = []

    def has_property(self, key: Any) -> bool:
        self.log.append(f"has {key}")
        return JSObject.has_property(self, key)

    def get(self, key: Any, receiver: Any) -> Any:
        self.log.append(f"get {key}")
        return JSObject.get(self, key, receiver)

    def set(self, key: Any, value: Any, receiver: Any) -> bool:
        self.log.append(f"set {key}")
        from pyjsvm.runtime.objects import ordinary_set
        return ordinary_set(self, key, value, receiver)

    def delete(self, key: Any) -> bool:
        self.log.append(f"delete {key}")
        return JSObject.delete(self, key)


def logged(realm: Any, *vals: Any) -> LoggingObject:
    o = LoggingObject(realm.object_prototype)
    for i, v in enumerate(vals):
        if v is not MISSING:
            o.props[str(i)] = float(v) if type(v) is int else v
    o.props["length"] = float(len(vals))
    return o


# --- constructor and statics --------------------------------------------------------------------

def test_constructor(realm: Any) -> None:
    A = realm.intrinsics["%Array%"]
    assert _get(A, "length") == 1.0 and _get(A, "name") == "Array"
    assert _get(A, "prototype") is realm.array_prototype
    assert _get(realm.array_prototype, "constructor") is A
    assert _get(realm.global_object, "Array") is A
    assert elems(A.call(None, [])) == []
    a = A.call(None, [3.0])
    assert _get(a, "length") == 3.0 and elems(a) == [MISSING] * 3
    assert elems(A.construct(["3"], A)) == ["3"]
    assert elems(A.call(None, [1.0, 2.0])) == [1.0, 2.0]
    throws("RangeError", A.call, None, [-1.0])
    throws("RangeError", A.call, None, [1.5])
    throws("RangeError", A.call, None, [NAN])
    big = A.call(None, [4294967295.0])
    assert _get(big, "length") == 4294967295.0
    # new.target's prototype
    p = JSObject(realm.object_prototype)
    nt = fn(realm, lambda this: None, "Sub", ctor=True)
    nt.define_builtin("prototype", p, 0)
    assert A.construct([], nt).proto is p
    # a non-object prototype falls back to the realm of new.target
    nt2 = fn(realm, lambda this: None, "Sub2", ctor=True)
    nt2.define_builtin("prototype", 1.0, 0)
    assert A.construct([], nt2).proto is realm.array_prototype


def test_is_array_of_from(realm: Any) -> None:
    A = realm.intrinsics["%Array%"]
    assert _get(A, "isArray").call(A, [arr(realm)]) is True
    assert _get(A, "isArray").call(A, [realm.array_prototype]) is True
    assert _get(A, "isArray").call(A, [array_like(realm)]) is False
    of = _get(A, "of")
    assert _get(of, "length") == 0.0
    assert elems(of.call(A, [1.0, "a"])) == [1.0, "a"]
    assert elems(of.call(None, [1.0])) == [1.0]
    frm = _get(A, "from")
    assert _get(frm, "length") == 1.0
    assert elems(frm.call(A, [arr(realm, 1, 2, 3)])) == [1.0, 2.0, 3.0]
    assert elems(frm.call(A, ["ab"])) == ["a", "b"] if "%String.prototype%" in realm.intrinsics else True
    assert elems(frm.call(A, [array_like(realm, 1, MISSING, 3)])) == [1.0, None, 3.0]
    double = fn(realm, lambda this, v, k: v * 2 + k)
    assert elems(frm.call(A, [arr(realm, 1, 2), double])) == [2.0, 5.0]
    assert elems(frm.call(A, [array_like(realm, 1, 2), double])) == [2.0, 5.0]
    throws("TypeError", frm.call, A, [arr(realm), 1.0])
    # species getter
    g = A.props[SYM_SPECIES].getter
    assert _get(g, "name") == "get [Symbol.species]" and g.call(5.0, []) == 5.0


def test_from_iterator_closes_on_mapper_throw(realm: Any) -> None:
    A = realm.intrinsics["%Array%"]
    aip = realm.intrinsics["%ArrayIteratorPrototype%"]
    closed: list[int] = []
    aip.define_builtin("return", fn(realm, lambda this: closed.append(1) or JSObject(realm.object_prototype)))

    def boom(this: Any, v: Any, k: Any) -> Any:
        raise JSThrow("boom")
    with pytest.raises(JSThrow):
        _get(A, "from").call(A, [arr(realm, 1, 2), fn(realm, boom)])
    assert closed == [1]


def test_from_custom_constructor(realm: Any) -> None:
    A = realm.intrinsics["%Array%"]
    made: list[Any] = []

    def ctor_impl(r: Any, this: Any, args: list[Any], nt: Any) -> Any:
        o = JSObject(r.object_prototype)
        made.append(list(args))
        return o
    C_ = BuiltinFunction(realm, ctor_impl, "C", 0, ctor=True)
    res = _get(A, "from").call(C_, [array_like(realm, 7, 8)])
    assert made == [[2.0]] and _get(res, "length") == 2.0 and _get(res, "1") == 8.0
    res = _get(A, "from").call(C_, [arr(realm, 7, 8)])
    assert made[-1] == [] and _get(res, "length") == 2.0
    res = _get(A, "of").call(C_, [1.0])
    assert made[-1] == [1.0] and _get(res, "0") == 1.0


# --- property attributes ------------------------------------------------------------------------

LENGTHS = {
    "at": 1, "concat": 1, "copyWithin": 2, "entries": 0, "every": 1, "fill": 1, "filter": 1, "find": 1,
    "findIndex": 1, "findLast": 1, "findLastIndex": 1, "flat": 0, "flatMap": 1, "forEach": 1, "includes": 1,
    "indexOf": 1, "join": 1, "keys": 0, "lastIndexOf": 1, "map": 1, "pop": 0, "push": 1, "reduce": 1,
    "reduceRight": 1, "reverse": 0, "shift": 0, "slice": 2, "some": 1, "sort": 1, "splice": 2,
    "toLocaleString": 0, "toReversed": 0, "toSorted": 1, "toSpliced": 2, "toString": 0, "unshift": 1,
    "values": 0, "with": 2,
}


def test_method_lengths_and_names(realm: Any) -> None:
    ap = realm.array_prototype
    for name, n in LENGTHS.items():
        f = _get(ap, name)
        assert _get(f, "length") == float(n), name
        assert _get(f, "name") == name
        d = ap.get_own_property(name)
        assert d.writable is True and d.enumerable is False and d.configurable is True
    assert _get(ap, SYM_ITERATOR) is _get(ap, "values")
    assert realm.intrinsics["%Array.prototype.values%"] is _get(ap, "values")
    u = _get(ap, SYM_UNSCOPABLES)
    assert u.proto is None and _get(u, "flat") is True and _get(u, "toSpliced") is True
    assert _get(u, "map") is None
    d = ap.get_own_property(SYM_UNSCOPABLES)
    assert d.writable is False and d.configurable is True
    assert type(ap) is JSArray and _get(ap, "length") == 0.0


# --- methods -------------------------------------------------------------------------------------

def test_at(realm: Any) -> None:
    a = arr(realm, 1, 2, 3)
    assert call(realm, "at", a, 0.0) == 1.0
    assert call(realm, "at", a, -1.0) == 3.0
    assert call(realm, "at", a, 3.0) is None
    assert call(realm, "at", a, -4.0) is None
    assert call(realm, "at", a, -INF) is None
    assert call(realm, "at", array_like(realm, "x", "y"), 1.9) == "y"


def test_concat(realm: Any) -> None:
    a = arr(realm, 1, 2)
    r = call(realm, "concat", a, arr(realm, 3, MISSING, 5), 6.0, array_like(realm, 7))
    assert elems(r) == [1.0, 2.0, 3.0, MISSING, 5.0, 6.0, _get(r, "6")]
    assert _get(r, "length") == 7.0 and isinstance(_get(r, "6"), JSObject)
    # spreadable array-like
    from pyjsvm.runtime.values import SYM_IS_CONCAT_SPREADABLE
    al = array_like(realm, "a", MISSING, "c")
    al.props[SYM_IS_CONCAT_SPREADABLE] = True
    r = call(realm, "concat", arr(realm), al)
    assert elems(r) == ["a", MISSING, "c"]
    # an array made non-spreadable
    b = arr(realm, 1)
    b.props[SYM_IS_CONCAT_SPREADABLE] = False
    r = call(realm, "concat", arr(realm), b)
    assert elems(r) == [b]
    # trailing holes keep the length
    r = call(realm, "concat", arr(realm, 1, MISSING), arr(realm, MISSING))
    assert _get(r, "length") == 3.0


def test_copy_within(realm: Any) -> None:
    assert elems(call(realm, "copyWithin", arr(realm, 1, 2, 3, 4, 5), 0.0, 3.0)) == [4.0, 5.0, 3.0, 4.0, 5.0]
    assert elems(call(realm, "copyWithin", arr(realm, 1, 2, 3, 4, 5), 1.0, 0.0)) == [1.0, 1.0, 2.0, 3.0, 4.0]
    assert elems(call(realm, "copyWithin", arr(realm, 1, 2, 3, 4, 5), -2.0, -3.0, -1.0)) == [1.0, 2.0, 3.0, 3.0, 4.0]
    o = array_like(realm, 1, MISSING, 3, 4)
    call(realm, "copyWithin", o, 2.0, 0.0)
    assert elems(o) == [1.0, MISSING, 1.0, MISSING]
    lo = logged(realm, 1, 2, 3)
    call(realm, "copyWithin", lo, 1.0, 0.0, 2.0)
    assert lo.log == ["get length", "has 1", "get 1", "set 2", "has 0", "get 0", "set 1"]


def test_every_some_foreach(realm: Any) -> None:
    a = arr(realm, 1, MISSING, 3)
    seen: list[Any] = []
    cb = fn(realm, lambda this, v, k, o: seen.append((this, v, k, o is a)) or True)
    assert call(realm, "every", a, cb, "T") is True
    assert seen == [("T", 1.0, 0.0, True), ("T", 3.0, 2.0, True)]
    assert call(realm, "some", a, fn(realm, lambda this, v, k, o: v == 3.0)) is True
    assert call(realm, "some", a, fn(realm, lambda this, v, k, o: v == 4.0)) is False
    assert call(realm, "every", a, fn(realm, lambda this, v, k, o: 0.0)) is False
    throws("TypeError", call, realm, "forEach", a, 1.0)
    # callback mutates the array: length fixed at the start, deleted elements skipped
    b = arr(realm, 1, 2, 3, 4)
    out: list[Any] = []

    def mutate(this: Any, v: Any, k: Any, o: Any) -> None:
        out.append(v)
        if k == 0.0:
            call(realm, "push", o, 9.0)
            call(realm, "pop", o)
            call(realm, "pop", o)
    assert call(realm, "forEach", b, fn(realm, mutate)) is None
    assert out == [1.0, 2.0, 3.0]
    c = arr(realm, 1, 2, 3)

    def mutate2(this: Any, v: Any, k: Any, o: Any) -> None:
        out.append(v)
        if k == 0.0:
            o.set("1", "x", o)
            o.define_own_property("2", PropertyDescriptor(get=fn(realm, lambda this: "g"), configurable=True))
    out.clear()
    call(realm, "forEach", c, fn(realm, mutate2))
    assert out == [1.0, "x", "g"]
    lo = logged(realm, 1, MISSING)
    call(realm, "forEach", lo, fn(realm, lambda this, v, k, o: None))
    assert lo.log == ["get length", "has 0", "get 0", "has 1"]


def test_fill(realm: Any) -> None:
    assert elems(call(realm, "fill", arr(realm, 1, 2, 3), 0.0)) == [0.0, 0.0, 0.0]
    assert elems(call(realm, "fill", arr(realm, 1, 2, 3), 0.0, 1.0)) == [1.0, 0.0, 0.0]
    assert elems(call(realm, "fill", arr(realm, 1, 2, 3), 0.0, -2.0, -1.0)) == [1.0, 0.0, 3.0]
    assert elems(call(realm, "fill", arr(realm, MISSING, MISSING), 7.0)) == [7.0, 7.0]
    assert elems(call(realm, "fill", array_like(realm, 1, 2), "z", 1.0)) == [1.0, "z"]


def test_filter_map(realm: Any) -> None:
    a = arr(realm, 1, MISSING, 3, 4)
    r = call(realm, "filter", a, fn(realm, lambda this, v, k, o: v > 1))
    assert elems(r) == [3.0, 4.0] and r.proto is realm.array_prototype
    r = call(realm, "map", a, fn(realm, lambda this, v, k, o: v * 10))
    assert elems(r) == [10.0, MISSING, 30.0, 40.0]
    r = call(realm, "map", array_like(realm, 1, 2), fn(realm, lambda this, v, k, o: k))
    assert elems(r) == [0.0, 1.0] and type(r) is JSArray
    throws("TypeError", call, realm, "map", a, None)
    # map when the callback deletes later elements
    b = arr(realm, 1, 2, 3)
    r = call(realm, "map", b, fn(realm, lambda this, v, k, o: o.delete("2") and v))
    assert elems(r) == [1.0, 2.0, MISSING]


def test_species(realm: Any) -> None:
    a = arr(realm, 1, 2, 3)
    made: list[Any] = []

    def ctor_impl(r: Any, this: Any, args: list[Any], nt: Any) -> Any:
        made.append(list(args))
        return JSObject(r.object_prototype)
    C_ = BuiltinFunction(realm, ctor_impl, "C", 0, ctor=True)
    ctor_obj = JSObject(realm.object_prototype)
    ctor_obj.props[SYM_SPECIES] = C_
    a.props["constructor"] = ctor_obj
    r = call(realm, "map", a, fn(realm, lambda this, v, k, o: v))
    assert made == [[3.0]] and type(r) is JSObject and _get(r, "2") == 3.0
    r = call(realm, "slice", a, 1.0)
    assert made[-1] == [2.0] and _get(r, "length") == 2.0 and _get(r, "0") == 2.0
    r = call(realm, "splice", a, 0.0, 1.0)
    assert made[-1] == [1.0] and _get(r, "0") == 1.0 and elems(a) == [2.0, 3.0]
    r = call(realm, "filter", a, fn(realm, lambda this, v, k, o: True))
    assert made[-1] == [0.0]
    r = call(realm, "concat", a)
    assert made[-1] == [0.0] and _get(r, "length") == 2.0
    # null species -> plain array; non-constructor species -> TypeError
    ctor_obj.props[SYM_SPECIES] = NULL
    assert type(call(realm, "slice", a)) is JSArray
    ctor_obj.props[SYM_SPECIES] = 1.0
    throws("TypeError", call, realm, "slice", a)
    a.props["constructor"] = 1.0
    throws("TypeError", call, realm, "slice", a)
    a.props["constructor"] = None
    assert type(call(realm, "slice", a)) is JSArray
    # non-arrays always get a plain array
    al = array_like(realm, 1)
    al.props["constructor"] = ctor_obj
    assert type(call(realm, "slice", al)) is JSArray


def test_species_cross_realm(realm: Any) -> None:
    other = Realm()
    a = arr(realm, 1, 2)
    a.props["constructor"] = other.intrinsics["%Array%"]
    r = call(realm, "slice", a)
    assert r.proto is realm.array_prototype


def test_find_family(realm: Any) -> None:
    a = arr(realm, 1, MISSING, 3, 4)
    seen: list[Any] = []
    pred = fn(realm, lambda this, v, k, o: seen.append(v) or (v is not None and v > 2))
    assert call(realm, "find", a, pred) == 3.0
    assert seen == [1.0, None, 3.0]
    assert call(realm, "findIndex", a, pred) == 2.0
    assert call(realm, "findLast", a, pred) == 4.0
    assert call(realm, "findLastIndex", a, pred) == 3.0
    never = fn(realm, lambda this, v, k, o: False)
    assert call(realm, "find", a, never) is None
    assert call(realm, "findIndex", a, never) == -1.0
    assert call(realm, "findLastIndex", a, never) == -1.0
    throws("TypeError", call, realm, "find", a)


def test_flat_flatmap(realm: Any) -> None:
    inner = arr(realm, 2, arr(realm, 3, arr(realm, 4)))
    a = arr(realm, 1, MISSING, inner)
    r = call(realm, "flat", a)
    assert elems(r)[:2] == [1.0, 2.0] and _get(r, "length") == 3.0
    r = call(realm, "flat", a, INF)
    assert elems(r) == [1.0, 2.0, 3.0, 4.0]
    r = call(realm, "flat", a, 0.0)
    assert _get(r, "length") == 2.0
    r = call(realm, "flat", a, -5.0)
    assert _get(r, "length") == 2.0
    r = call(realm, "flatMap", arr(realm, 1, 2), fn(realm, lambda this, v, k, o: arr(realm, v, arr(realm, k))))
    assert elems(r)[:1] == [1.0] and _get(r, "length") == 4.0 and type(_get(r, "1")) is JSArray
    throws("TypeError", call, realm, "flatMap", a)


def test_includes_index_of(realm: Any) -> None:
    a = arr(realm, 1, NAN, "a", MISSING, True, -0.0)
    assert call(realm, "includes", a, NAN) is True
    assert call(realm, "indexOf", a, NAN) == -1.0
    assert call(realm, "includes", a, None) is True  # hole reads undefined
    assert call(realm, "indexOf", a, None) == -1.0   # holes are skipped
    assert call(realm, "indexOf", a, 1.0) == 0.0
    assert call(realm, "indexOf", a, True) == 4.0
    assert call(realm, "indexOf", a, 0.0) == 5.0
    assert call(realm, "includes", a, 0.0) is True
    assert call(realm, "indexOf", a, "a", 3.0) == -1.0
    assert call(realm, "indexOf", a, "a", -4.0) == 2.0
    assert call(realm, "indexOf", a, "a", -100.0) == 2.0
    assert call(realm, "indexOf", a, 1.0, INF) == -1.0
    assert call(realm, "includes", a, 1.0, INF) is False
    assert call(realm, "lastIndexOf", a, 1.0) == 0.0
    assert call(realm, "lastIndexOf", arr(realm, 1, 2, 1), 1.0) == 2.0
    assert call(realm, "lastIndexOf", arr(realm, 1, 2, 1), 1.0, -2.0) == 0.0
    assert call(realm, "lastIndexOf", arr(realm, 1, 2, 1), 1.0, -INF) == -1.0
    assert call(realm, "lastIndexOf", arr(realm, 1, 2, 1), 1.0, None) == 0.0  # undefined -> 0
    o = JSObject(realm.object_prototype)
    b = arr(realm, 1, o)
    assert call(realm, "indexOf", b, o) == 1.0 and call(realm, "includes", b, o) is True
    al = array_like(realm, "x", MISSING, "y")
    assert call(realm, "indexOf", al, "y") == 2.0
    assert call(realm, "includes", al, None) is True
    assert call(realm, "lastIndexOf", al, "x") == 0.0
    # a hole with an inherited element
    realm.array_prototype.define_own_property("3", PropertyDescriptor(value="P", writable=True, enumerable=True, configurable=True))
    assert call(realm, "indexOf", a, "P") == 3.0
    assert call(realm, "includes", a, "P") is True


def test_join_tostring(realm: Any) -> None:
    a = arr(realm, 1, None, NULL, "s", MISSING, 2.5)
    assert call(realm, "join", a) == "1,,,s,,2.5"
    assert call(realm, "join", a, "-") == "1---s--2.5"
    assert call(realm, "join", a, None) == "1,,,s,,2.5"
    assert call(realm, "toString", a) == "1,,,s,,2.5"
    assert call(realm, "join", arr(realm)) == ""
    assert call(realm, "join", array_like(realm, 1, 2), "+") == "1+2"
    # cycles join as ''
    c = arr(realm, 1)
    call(realm, "push", c, c, 2.0)
    assert call(realm, "join", c) == "1,,2"
    # toString falls back to Object.prototype.toString
    o = array_like(realm, 1)
    o.props["join"] = 1.0
    s = call(realm, "toString", o)
    assert s == "[object Object]"
    throws("RangeError", call, realm, "join", realm.intrinsics["%Array%"].call(None, [4294967295.0]))


def test_to_locale_string(realm: Any) -> None:
    o = JSObject(realm.object_prototype)
    o.props["toLocaleString"] = fn(realm, lambda this, locales, options: "L" if locales is None and options is None else "?")  # (ECMA-402: « locales, options »)
    a = arr(realm, o, None, o)
    assert call(realm, "toLocaleString", a) == "L,,L"


def test_push_pop_shift_unshift(realm: Any) -> None:
    a = arr(realm, 1, 2)
    assert call(realm, "push", a, 3.0, 4.0) == 4.0
    assert elems(a) == [1.0, 2.0, 3.0, 4.0]
    assert call(realm, "pop", a) == 4.0 and _get(a, "length") == 3.0
    assert call(realm, "shift", a) == 1.0 and elems(a) == [2.0, 3.0]
    assert call(realm, "unshift", a, 0.0, 1.0) == 4.0 and elems(a) == [0.0, 1.0, 2.0, 3.0]
    e = arr(realm)
    assert call(realm, "pop", e) is None and call(realm, "shift", e) is None
    # generic objects
    o = array_like(realm, "a", "b")
    assert call(realm, "push", o, "c") == 3.0 and _get(o, "length") == 3.0 and _get(o, "2") == "c"
    assert call(realm, "pop", o) == "c" and _get(o, "length") == 2.0 and not o.has_property("2")
    assert call(realm, "shift", o) == "a" and elems(o) == ["b"]
    assert call(realm, "unshift", o, "z") == 2.0 and elems(o) == ["z", "b"]
    o2 = JSObject(realm.object_prototype)
    assert call(realm, "pop", o2) is None and _get(o2, "length") == 0.0
    # length over 2^53 - 1
    big = array_like(realm, length=2.0**53 - 1)
    throws("TypeError", call, realm, "push", big, 1.0)
    throws("TypeError", call, realm, "unshift", big, 1.0)
    assert call(realm, "unshift", big) == 2.0**53 - 1
    # non-writable length
    f = arr(realm, 1)
    f.define_own_property("length", PropertyDescriptor(writable=False))
    throws("TypeError", call, realm, "push", f, 2.0)
    throws("TypeError", call, realm, "pop", f)
    throws("TypeError", call, realm, "shift", f)
    # holes
    h = arr(realm, MISSING, 1, MISSING)
    assert call(realm, "shift", h) is None and elems(h) == [1.0, MISSING]
    h = arr(realm, MISSING, 1)
    call(realm, "unshift", h, 0.0)
    assert elems(h) == [0.0, MISSING, 1.0]
    lo = logged(realm, 1, MISSING)
    call(realm, "unshift", lo, 9.0)
    assert lo.log == ["get length", "has 1", "delete 2", "has 0", "get 0", "set 1", "set 0", "set length"]


def test_push_setter_on_prototype(realm: Any) -> None:
    got: list[Any] = []
    realm.array_prototype.define_own_property("1", PropertyDescriptor(
        get=None, set=fn(realm, lambda this, v: got.append(v)), configurable=True))
    a = arr(realm, 0)
    call(realm, "push", a, 5.0)
    assert got == [5.0] and _get(a, "length") == 2.0 and not a.get_own_property("1")


def test_reduce(realm: Any) -> None:
    a = arr(realm, 1, MISSING, 3, 4)
    add = fn(realm, lambda this, acc, v, k, o: acc + v)
    assert call(realm, "reduce", a, add) == 8.0
    assert call(realm, "reduce", a, add, 10.0) == 18.0
    assert call(realm, "reduceRight", a, add) == 8.0
    cat = fn(realm, lambda this, acc, v, k, o: acc + str(int(v)))
    assert call(realm, "reduceRight", a, cat, "") == "431"
    throws("TypeError", call, realm, "reduce", arr(realm), add)
    throws("TypeError", call, realm, "reduce", arr(realm, MISSING, MISSING), add)
    assert call(realm, "reduce", arr(realm), add, 5.0) == 5.0
    throws("TypeError", call, realm, "reduce", a, 1.0)


def test_reverse(realm: Any) -> None:
    assert elems(call(realm, "reverse", arr(realm, 1, 2, 3))) == [3.0, 2.0, 1.0]
    assert elems(call(realm, "reverse", arr(realm, 1, MISSING, 3, MISSING))) == [MISSING, 3.0, MISSING, 1.0]
    o = array_like(realm, 1, MISSING, 3, MISSING)
    call(realm, "reverse", o)
    assert elems(o) == [MISSING, 3.0, MISSING, 1.0]
    lo = logged(realm, 1, MISSING)
    call(realm, "reverse", lo)
    assert lo.log == ["get length", "has 0", "get 0", "has 1", "delete 0", "set 1"]


def test_slice(realm: Any) -> None:
    a = arr(realm, 1, 2, 3, 4, 5)
    assert elems(call(realm, "slice", a, 1.0, 3.0)) == [2.0, 3.0]
    assert elems(call(realm, "slice", a, -2.0)) == [4.0, 5.0]
    assert elems(call(realm, "slice", a, 3.0, 1.0)) == []
    assert elems(call(realm, "slice", a)) == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert elems(call(realm, "slice", a, -INF, INF)) == [1.0, 2.0, 3.0, 4.0, 5.0]
    r = call(realm, "slice", arr(realm, 1, MISSING, MISSING))
    assert elems(r) == [1.0, MISSING, MISSING]
    r = call(realm, "slice", array_like(realm, 1, MISSING, 3), 1.0)
    assert elems(r) == [MISSING, 3.0]


def test_sort(realm: Any) -> None:
    a = arr(realm, 3, 1, None, MISSING, 10, 2)
    call(realm, "sort", a)
    assert elems(a) == [1.0, 10.0, 2.0, 3.0, None, MISSING]
    num = fn(realm, lambda this, x, y: x - y)
    b = arr(realm, 3, 1, 10, 2)
    call(realm, "sort", b, num)
    assert elems(b) == [1.0, 2.0, 3.0, 10.0]
    # stability
    pairs = [arr(realm, k % 3, k) for k in range(30)]
    c = arr(realm, *pairs)
    call(realm, "sort", c, fn(realm, lambda this, x, y: _get(x, "0") - _get(y, "0")))
    got = [(_get(p, "0"), _get(p, "1")) for p in elems(c)]
    assert got == sorted(got, key=lambda t: t[0])
    assert [t[1] for t in got if t[0] == 1.0] == sorted(t[1] for t in got if t[0] == 1.0)
    # comparator returning NaN / non-numbers
    d = arr(realm, 2, 1)
    call(realm, "sort", d, fn(realm, lambda this, x, y: NAN))
    assert elems(d) == [2.0, 1.0]
    # comparator throwing propagates; array unchanged
    e = arr(realm, 2, 1)

    def boom(this: Any, x: Any, y: Any) -> Any:
        raise JSThrow("x")
    with pytest.raises(JSThrow):
        call(realm, "sort", e, fn(realm, boom))
    assert elems(e) == [2.0, 1.0]
    throws("TypeError", call, realm, "sort", e, 1.0)
    throws("TypeError", call, realm, "sort", None, 1.0)
    # generic object with holes
    o = array_like(realm, "b", MISSING, "a", None)
    call(realm, "sort", o)
    assert elems(o) == ["a", "b", None, MISSING]
    # comparator mutating the array
    f = arr(realm, 3, 2, 1)

    def mut(this: Any, x: Any, y: Any) -> Any:
        call(realm, "push", f, 99.0)
        return x - y
    call(realm, "sort", f, fn(realm, mut))
    assert elems(f)[:3] == [1.0, 2.0, 3.0]
    # strings by code units
    g = arr(realm, "\ud83d\ude00", "\uffff", "a")
    call(realm, "sort", g)
    assert elems(g) == ["a", "\ud83d\ude00", "\uffff"]


def test_to_sorted_reversed_spliced_with(realm: Any) -> None:
    a = arr(realm, 3, MISSING, 1)
    r = call(realm, "toSorted", a)
    assert elems(r) == [1.0, 3.0, None] and elems(a) == [3.0, MISSING, 1.0]
    throws("TypeError", call, realm, "toSorted", a, 1.0)
    assert elems(call(realm, "toReversed", a)) == [1.0, None, 3.0]
    assert elems(call(realm, "toSpliced", arr(realm, 1, 2, 3), 1.0, 1.0, "x", "y")) == [1.0, "x", "y", 3.0]
    assert elems(call(realm, "toSpliced", arr(realm, 1, 2, 3), 1.0)) == [1.0]
    assert elems(call(realm, "toSpliced", arr(realm, 1, 2, 3))) == [1.0, 2.0, 3.0]
    assert elems(call(realm, "toSpliced", array_like(realm, 1, MISSING, 3), 0.0, 1.0)) == [None, 3.0]
    assert elems(call(realm, "with", arr(realm, 1, 2, 3), -1.0, "z")) == [1.0, 2.0, "z"]
    assert elems(call(realm, "with", array_like(realm, 1, MISSING), 0.0, "z")) == ["z", None]
    throws("RangeError", call, realm, "with", arr(realm, 1), 1.0, 0.0)
    throws("RangeError", call, realm, "with", arr(realm, 1), -2.0, 0.0)
    throws("RangeError", call, realm, "toReversed", array_like(realm, length=2.0**32))
    throws("TypeError", call, realm, "toSpliced", array_like(realm, length=2.0**53 - 1), 0.0, 0.0, 1.0)


def test_splice(realm: Any) -> None:
    a = arr(realm, 1, 2, 3, 4, 5)
    r = call(realm, "splice", a, 1.0, 2.0)
    assert elems(r) == [2.0, 3.0] and elems(a) == [1.0, 4.0, 5.0]
    r = call(realm, "splice", a, 1.0, 0.0, "a", "b")
    assert elems(r) == [] and elems(a) == [1.0, "a", "b", 4.0, 5.0]
    r = call(realm, "splice", a, -1.0)
    assert elems(r) == [5.0] and elems(a) == [1.0, "a", "b", 4.0]
    r = call(realm, "splice", a)
    assert elems(r) == [] and _get(a, "length") == 4.0
    o = array_like(realm, 1, 2, 3, MISSING)
    r = call(realm, "splice", o, 1.0, 1.0)
    assert elems(r) == [2.0] and elems(o) == [1.0, 3.0, MISSING]
    o = array_like(realm, 1, 2)
    r = call(realm, "splice", o, 0.0, 1.0, "x", "y", "z")
    assert elems(o) == ["x", "y", "z", 2.0] and type(r) is JSArray


def test_iterators(realm: Any) -> None:
    a = arr(realm, "a", MISSING)
    aip = realm.intrinsics["%ArrayIteratorPrototype%"]
    assert aip.proto is realm.intrinsics["%Iterator.prototype%"]
    assert _get(aip, SYM_TO_STRING_TAG) == "Array Iterator"
    nxt = _get(aip, "next")
    assert _get(nxt, "length") == 0.0 and _get(nxt, "name") == "next"

    def drain(it: Any) -> list[Any]:
        out = []
        while True:
            r = nxt.call(it, [])
            if _get(r, "done"):
                return out
            v = _get(r, "value")
            out.append(elems(v) if isinstance(v, JSArray) else v)
    assert drain(call(realm, "values", a)) == ["a", None]
    assert drain(call(realm, "keys", a)) == [0.0, 1.0]
    assert drain(call(realm, "entries", a)) == [[0.0, "a"], [1.0, None]]
    # array-like this; growth during iteration is seen; done is sticky
    o = array_like(realm, "x")
    it = call(realm, "values", o)
    assert _get(nxt.call(it, []), "value") == "x"
    o.props["1"] = "y"
    o.props["length"] = 2.0
    assert _get(nxt.call(it, []), "value") == "y"
    assert _get(nxt.call(it, []), "done") is True
    o.props["length"] = 5.0
    assert _get(nxt.call(it, []), "done") is True
    throws("TypeError", nxt.call, JSObject(realm.object_prototype), [])
    throws("TypeError", nxt.call, 1.0, [])
    # values on a primitive this
    if "%String.prototype%" in realm.intrinsics:
        assert drain(call(realm, "values", "ab")) == ["a", "b"]


def test_generic_order_of_operations(realm: Any) -> None:
    lo = logged(realm, 1, 2)
    call(realm, "includes", lo, 5.0)
    assert lo.log == ["get length", "get 0", "get 1"]
    lo = logged(realm, 1, MISSING)
    call(realm, "indexOf", lo, 5.0)
    assert lo.log == ["get length", "has 0", "get 0", "has 1"]
    lo = logged(realm, 1, 2)
    call(realm, "pop", lo)
    assert lo.log == ["get length", "get 1", "delete 1", "set length"]
    lo = logged(realm, 1, 2)
    call(realm, "push", lo, 3.0)
    assert lo.log == ["get length", "set 2", "set length"]
    lo = logged(realm, "b", MISSING, "a")
    call(realm, "sort", lo)
    assert lo.log == ["get length", "has 0", "get 0", "has 1", "has 2", "get 2", "set 0", "set 1", "delete 2"]
    lo = logged(realm, 1, 2, 3)
    call(realm, "splice", lo, 0.0, 1.0)
    assert lo.log == ["get length", "has 0", "get 0", "has 1", "get 1", "set 0", "has 2", "get 2", "set 1",
                      "delete 2", "set length"]


def test_frozen_array_methods(realm: Any) -> None:
    from pyjsvm.runtime.operations import set_integrity_level
    a = arr(realm, 3, 1, 2)
    set_integrity_level(a, "frozen")
    throws("TypeError", call, realm, "push", a, 1.0)
    throws("TypeError", call, realm, "sort", a)
    throws("TypeError", call, realm, "reverse", a)
    throws("TypeError", call, realm, "fill", a, 0.0)
    assert elems(call(realm, "toSorted", a)) == [1.0, 2.0, 3.0]
    assert elems(a) == [3.0, 1.0, 2.0]


def test_sparse_large(realm: Any) -> None:
    a = arr(realm)
    a.define_own_property("100000", PropertyDescriptor(value=1.0, writable=True, enumerable=True, configurable=True))
    a.define_own_property("10000000", PropertyDescriptor(value=2.0, writable=True, enumerable=True, configurable=True))
    assert _get(a, "length") == 10000001.0
    assert call(realm, "at", a, -1.0) == 2.0
    p = Prop(None, C)
    assert p.flags == C and W  # keep imports used


# --- JS snippets, compared with node when available --------------------------------------------

JS_CASES = [
    "[1, 2, 3].map(x => x * 2)",
    "[3, 1, 2].sort()",
    "[10, 9, 1, 100].sort()",
    "[10, 9, 1, 100].sort((a, b) => a - b)",
    "[, 1, undefined, 0].sort()",
    "[1, [2, [3, [4]]]].flat(Infinity)",
    "[1, 2, 3].flatMap(x => [x, [x]])",
    "Array.from({length: 3}, (_, i) => i * i)",
    "Array.from('a\\ud83d\\ude00b')",
    "Array.from(new Set([1, 2, 2, 3]))",
    "Array.of(7, 8)",
    "Array(3).length",
    "Array('3')",
    "[1, 2, 3, 4, 5].copyWithin(0, 3)",
    "[1, 2, 3].fill(0, 1)",
    "[1, 2, 3].includes(NaN)",
    "[NaN].includes(NaN)",
    "[NaN].indexOf(NaN)",
    "[1, 2, 1].lastIndexOf(1)",
    "[1, 2, 3].reduce((a, b) => a + b)",
    "[1, 2, 3].reduceRight((a, b) => a + '' + b)",
    "[1, 2, 3].reverse()",
    "(() => { const a = [1, 2, 3]; const r = a.splice(1, 1, 'x', 'y'); return [a, r]; })()",
    "[1, 2, 3].toSpliced(0, 1)",
    "[3, 2, 1].toSorted()",
    "[1, 2, 3].toReversed()",
    "[1, 2, 3].with(-1, 9)",
    "[1, [2, [3]]].toString()",
    "[1, null, undefined, 2].join('-')",
    "[...[1, 2, 3].entries()]",
    "[...[1, 2, 3].keys()]",
    "[...[, 'a'].values()]",
    "Object.prototype.toString.call([].values())",
    "Object.keys(Array.prototype[Symbol.unscopables]).sort()",
    "Array.prototype.concat.call(1, 2)",
    "[].concat([1], 2, [[3]])",
    "(() => { const a = [1, 2, 3]; const out = []; a.forEach((x, i) => { out.push(x); if (i === 0) a.pop(); }); return out; })()",
    "(() => { const a = []; a[5] = 1; return [a.length, a.indexOf(undefined), a.includes(undefined), 1 in a.slice()]; })()",
    "Array.prototype.slice.call({length: 3, 0: 'a', 2: 'c'})",
    "Array.prototype.map.call('abc', c => c + c)",
    "(() => { class MyArr extends Array {} const m = new MyArr(1, 2, 3).map(x => x); return [m instanceof MyArr, m.length]; })()",
    "(() => { try { [].reduce((a, b) => a); } catch (e) { return e.constructor.name; } })()",
    "(() => { try { new Array(-1); } catch (e) { return e.constructor.name; } })()",
    "(() => { try { [1].with(5, 0); } catch (e) { return e.constructor.name; } })()",
    "(() => { const a = [1, 2, 3]; try { a.sort(() => { throw 1; }); } catch (e) { return a; } })()",
    "Array.prototype.push.call({length: 2 ** 53 - 1}, ...[]) ",
    "(() => { const o = {length: 2}; Array.prototype.push.call(o, 'x'); return o; })()",
    "(() => { const a = [1]; a.push(a); return a.join(); })()",
    "[1, 2, 3].at(-1)",
    "[1, 2, 3, 4].findLast(x => x % 2)",
    "[1, 2, 3, 4].findLastIndex(x => x > 5)",
    "Array.isArray(new Proxy([], {}))",
    "[0, -0].map(x => Object.is(x, -0))",
    "Array.prototype.length",
    "[Array.prototype.values === Array.prototype[Symbol.iterator], Array[Symbol.species] === Array]",
    "[].keys().__proto__ === [][Symbol.iterator]().__proto__",
    "Object.getOwnPropertyNames(Object.getPrototypeOf([][Symbol.iterator]()))",
    "Array.from({length: 2, 0: 'x', 1: 'y'}).concat(Array.of())",
]


def _engine() -> Any:
    try:
        from pyjsvm.compiler import engine
    except ImportError:
        return None
    return engine if hasattr(engine, "eval_script") else None


def _node_results(cases: list[str]) -> list[Any] | None:
    import json
    import shutil
    import subprocess
    if shutil.which("node") is None:
        return None
    prog = "const out = [];\n" + "\n".join(
        f"try {{ out.push(JSON.stringify({c})); }} catch (e) {{ out.push('THROW ' + e.constructor.name); }}"
        for c in cases) + "\nconsole.log(JSON.stringify(out));"
    res = subprocess.run(["node", "-e", prog], capture_output=True, text=True, timeout=60)
    return json.loads(res.stdout)


@pytest.mark.parametrize("case", JS_CASES)
def test_js_against_node(case: str) -> None:
    engine = _engine()
    if engine is None:
        pytest.skip("eval_script is not available yet")
    expected = _NODE.get("results")
    if expected is None:
        got = _node_results(JS_CASES)
        if got is None:
            pytest.skip("node is not on PATH")
        _NODE["results"] = expected = got
    want = expected[JS_CASES.index(case)]
    r = Realm()
    try:
        have = js_string_to_python(engine.eval_script(r, f"JSON.stringify({case})"))
    except JSThrow as e:
        ctor = _get(e.value, "constructor") if isinstance(e.value, JSObject) else None
        have = "THROW " + (_get(ctor, "name") if ctor is not None else str(e.value))
    assert have == want, case


_NODE: dict[str, Any] = {}


# --- Array.fromAsync (sec-array.fromasync) --------------------------------------------------

FROM_ASYNC = r"""
var log = [];
async function* g() { yield 1; yield Promise.resolve(2); yield 3; }
Array.fromAsync(g(), function (x, i) { return x * 10 + i; }).then(function (a) { log.push(JSON.stringify(a)); });
Array.fromAsync([Promise.resolve(4), 5]).then(function (a) { log.push(JSON.stringify(a)); });
Array.fromAsync({length: 2, 0: 'a', 1: Promise.resolve('b')}).then(function (a) { log.push(JSON.stringify(a)); });
Array.fromAsync([1], 5).catch(function (e) { log.push('mapper:' + e.constructor.name); });
Array.fromAsync(null).catch(function (e) { log.push('null:' + e.constructor.name); });
function C() { this.args = Array.prototype.slice.call(arguments); }
Array.fromAsync.call(C, [1, 2]).then(function (a) { log.push('C:' + (a instanceof C) + a.length + JSON.stringify(a.args)); });
var it = { [Symbol.asyncIterator]() { return {
  next() { return Promise.resolve({value: 1, done: false}); },
  return() { log.push('closed'); return {}; } }; } };
Array.fromAsync(it, function () { throw new Error('boom'); }).catch(function (e) { log.push(e.message); });
"""


def test_array_from_async_settles_like_the_spec_says() -> None:
    import pyjsvm
    ctx = pyjsvm.create_context()
    pyjsvm.run_in_context(FROM_ASYNC, ctx)
    log = sorted(pyjsvm.run_in_context("log", ctx))
    assert log == sorted(['[10,21,32]', '[4,5]', '["a","b"]', 'mapper:TypeError', 'null:TypeError',
                          'C:true2[]', 'closed', 'boom'])


def test_array_from_async_is_an_async_builtin() -> None:
    """A bad mapper rejects the promise instead of throwing; length is 1."""
    import pyjsvm
    assert pyjsvm.run_in_new_context(
        "var p = Array.fromAsync([], 1); [p instanceof Promise, Array.fromAsync.length]") == [True, 1]


# --- sort with a comparator: list.sort in C, re-entered from JS --------------------------------

NESTED_SORT = """
var depth = 0, deepest = 0;
function cmp(a, b) {
  depth++;
  if (depth > deepest) deepest = depth;
  if (depth < LIMIT) [2, 1].sort(cmp);
  depth--;
  return a - b;
}
var sorted = [3, 1, 2].sort(cmp);
[sorted.join(), deepest];
"""


@pytest.mark.parametrize("limit", [10, 3000])
def test_a_comparator_that_sorts_again_nests_without_crashing(limit: int) -> None:
    """Each nested sort re-enters the interpreter from list.sort's C code: thousands of levels
    are counted against the C-stack budget (agent.c_reentry), never a crash."""
    import pyjsvm
    got = pyjsvm.run_in_new_context(NESTED_SORT.replace("LIMIT", str(limit)))
    assert got == ["1,2,3", limit]


def test_a_comparator_that_sorts_forever_gets_a_range_error() -> None:
    import pyjsvm
    src = ("function cmp(a, b) { [2, 1].sort(cmp); return a - b }"
           "try { [2, 1].sort(cmp) } catch (e) { e.constructor.name + ': ' + e.message }")
    assert pyjsvm.run_in_new_context(src) == "RangeError: Maximum call stack size exceeded"


def test_a_comparator_that_never_returns_is_stopped_by_the_timeout() -> None:
    import pyjsvm
    with pytest.raises(pyjsvm.JSError) as info:
        pyjsvm.run_in_new_context("var a = []; for (var i = 0; i < 100; i++) a.push(i);"
                                  "a.sort(function () { for (;;) {} })", timeout=200)
    assert "timed out" in str(info.value)


COMPARATOR_CASES = [
    # ToNumber of the result (valueOf called), NaN as 0, stability on equal keys
    "[5, 1, 4].sort((a, b) => ({ valueOf() { return a - b } })).join()",
    "[3, 1, 2, NaN, undefined, , 5].sort((a, b) => a - b)",
    "Array.from({length: 40}, (_, i) => ({k: i % 3, i})).sort((x, y) => x.k - y.k).map(o => o.i).join()",
    "Array.from({length: 40}, (_, i) => i).sort(() => NaN).join()",
    "(() => { const log = []; try { [1, 2, 3].sort((a, b) => { log.push(a); throw new Error('stop') }) }"
    " catch (e) { return [e.message, log.length] } })()",
    "(() => { const a = [3, 2, 1]; a.sort((x, y) => { a.length = 0; return x - y }); return a })()",
    "new Float64Array([3, -1, 2, 0.5]).sort((a, b) => b - a).join()",
]


@pytest.mark.parametrize("src", COMPARATOR_CASES)
def test_comparator_sorts_agree_with_node(src: str) -> None:
    import json
    import shutil
    import subprocess
    import pyjsvm
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    expected = json.loads(subprocess.run(["node", "-e", f"console.log(JSON.stringify({src}))"],
                                         capture_output=True, text=True, check=True).stdout)
    got = pyjsvm.run_in_new_context(f"JSON.stringify({src})")
    assert json.loads(got) == expected


def test_from_an_array_like_into_a_new_array() -> None:
    """Array.from of an array-like (``{length: n}``) into %Array%: its fast path (a list, the
    mapper through its emitted entry) gives what node gives: getters and the mapper in order, a
    throw midway, holes read as undefined, ToLength, the mapper's this, subclass and non-Array
    constructors on the general path; on both tiers."""
    from pathlib import Path
    from tests.helpers import assert_tiers_and_node_agree
    src = (Path(__file__).parent / "array_from_array_likes.js").read_text(encoding="utf-8")
    assert assert_tiers_and_node_agree(src).startswith('[[0,2,4,6,8],["a",null,"c"],[null,"b",null],["map0","get1"')


def test_from_an_array_like_honours_the_timeout() -> None:
    """4,194,304 reads of an array-like with no mapper: no JS runs, the loop checks the budget."""
    import pyjsvm as vm
    with pytest.raises(vm.JSError) as err:
        vm.run_in_new_context("Array.from({length: 4194304}).length", timeout=200)
    assert err.value.code == "ERR_SCRIPT_EXECUTION_TIMEOUT"
