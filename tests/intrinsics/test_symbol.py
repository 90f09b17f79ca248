"""Tests of Symbol objects (sec-symbol-objects)."""
from __future__ import annotations

from typing import Any

import pytest

from jsutil_mathjson import call, error_name, gprop, make_realm
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import JSObject, JSPrimitiveObject, Prop
from pyjsvm.runtime.operations import to_object
from pyjsvm.runtime.values import SYM_ITERATOR, SYM_TO_PRIMITIVE, SYM_TO_STRING_TAG, WELL_KNOWN_SYMBOLS, JSSymbol
from pyjsvm.intrinsics.realm import Realm

R = make_realm()


def proto_fn(key: Any) -> Any:
    sp = R.intrinsics["%Symbol.prototype%"]
    return sp.props[key].value


def type_error(f: Any, *a: Any) -> None:
    with pytest.raises(JSThrow) as ei:
        f(*a)
    assert error_name(ei.value) == "TypeError"


def test_symbol_function() -> None:
    S = gprop(R, "Symbol")
    assert S.props["length"].value == 0.0 and S.props["name"].value == "Symbol"
    assert S.is_constructor  # has [[Construct]], which throws
    s = S.call(None, ["desc"])
    assert type(s) is JSSymbol and s.description == "desc"
    assert S.call(None, []).description is None
    assert S.call(None, [None]).description is None
    assert S.call(None, [1.0]).description == "1"
    assert S.call(None, ["x"]) is not S.call(None, ["x"])
    type_error(S.construct, [], S)
    type_error(S.call, None, [JSSymbol("y")])  # ToString(symbol) throws
    assert S.props["prototype"].flags == 0


def test_well_known_symbols() -> None:
    S = gprop(R, "Symbol")
    for name, sym in WELL_KNOWN_SYMBOLS.items():
        p = S.props[name]
        assert type(p) is Prop and p.flags == 0 and p.value is sym
    assert Realm().intrinsics["%Symbol%"].props["iterator"].value is SYM_ITERATOR


def test_registry_shared_between_realms() -> None:
    a = call(R, "Symbol.for", "app")
    assert call(R, "Symbol.for", "app") is a
    r2 = make_realm()
    assert call(r2, "Symbol.for", "app") is a
    assert call(r2, "Symbol.keyFor", a) == "app"
    assert call(R, "Symbol.keyFor", JSSymbol("app")) is None
    assert call(R, "Symbol.keyFor", SYM_ITERATOR) is None
    type_error(call, R, "Symbol.keyFor", "app")
    assert call(R, "Symbol.for").description == "undefined"
    for name, length in (("for", 1), ("keyFor", 1)):
        f = gprop(R, "Symbol." + name)
        assert f.props["length"].value == length and f.props["name"].value == name


def test_prototype() -> None:
    sp = R.intrinsics["%Symbol.prototype%"]
    assert type(sp) is JSObject and sp.proto is R.object_prototype
    assert sp.props["constructor"].value is gprop(R, "Symbol")
    assert sp.props[SYM_TO_STRING_TAG].value == "Symbol" and sp.props[SYM_TO_STRING_TAG].flags == 4
    tp = sp.props[SYM_TO_PRIMITIVE]
    assert tp.flags == 4 and tp.value.props["name"].value == "[Symbol.toPrimitive]"
    assert tp.value.props["length"].value == 1.0
    s = JSSymbol("d")
    wrapper = to_object(s)
    assert isinstance(wrapper, JSPrimitiveObject) and wrapper.proto is sp
    assert proto_fn("toString").call(s, []) == "Symbol(d)"
    assert proto_fn("toString").call(wrapper, []) == "Symbol(d)"
    assert proto_fn("valueOf").call(wrapper, []) is s
    assert tp.value.call(wrapper, ["number"]) is s
    assert proto_fn("toString").call(JSSymbol(), []) == "Symbol()"
    getter = sp.props["description"].getter
    assert getter.props["name"].value == "get description"
    assert getter.call(s, []) == "d" and getter.call(JSSymbol(), []) is None and getter.call(JSSymbol(""), []) == ""
    for f in (proto_fn("toString"), proto_fn("valueOf"), getter, tp.value):
        type_error(f.call, "str", [])
        type_error(f.call, JSObject(None), [])


SYMBOL_SNIPPETS = [
    "Symbol('x').toString()", "Symbol().description", "Symbol('').description", "Symbol(undefined).description",
    "Symbol(null).description", "typeof Symbol()", "new Symbol()", "Symbol.for('a') === Symbol.for('a')",
    "Symbol.keyFor(Symbol.for('k'))", "Symbol.keyFor(Symbol.iterator)", "Symbol.keyFor('x')",
    "Object(Symbol('w')).description", "Object(Symbol('w')) == Object(Symbol('w'))",
    "Symbol.prototype.toString.call(Object(Symbol('o')))", "Symbol.iterator.toString()",
    "Object.prototype.toString.call(Symbol())", "Symbol() + ''", "`${Symbol()}`", "+Symbol()",
    "Symbol.length", "Symbol.for.length", "Object.getOwnPropertyDescriptor(Symbol, 'iterator').writable",
    "Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive).configurable",
    "Symbol.prototype[Symbol.toPrimitive].name", "(() => { class X extends Symbol {}; return typeof X })()",
    "(() => { class X extends Symbol {}; try { new X() } catch (e) { return e.name } })()",
    "Reflect.construct(function () {}, [], Symbol) instanceof Object",
    "Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.name",
]


@pytest.fixture(scope="module")
def symbol_node() -> list[str]:
    from jsutil_mathjson import node_results
    return node_results(SYMBOL_SNIPPETS)


@pytest.mark.parametrize("index", range(len(SYMBOL_SNIPPETS)))
def test_differential_node(index: int, symbol_node: list[str]) -> None:
    from jsutil_mathjson import engine_result
    assert engine_result(SYMBOL_SNIPPETS[index]) == symbol_node[index], SYMBOL_SNIPPETS[index]
