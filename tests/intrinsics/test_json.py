"""Tests of the JSON object (sec-json-object)."""
from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pyjsvm as vm
from jsutil_mathjson import call, error_name, js_string_to_python, gprop, make_realm, to_py, utf16
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.objects import BuiltinFunction, JSArray, JSObject, JSPrimitiveObject, JSStringObject, Prop
from pyjsvm.runtime.operations import create_array_from_list
from pyjsvm.runtime.values import NULL, SYM_TO_STRING_TAG, JSBigInt, JSSymbol
from pyjsvm.intrinsics.json import quote_json_string

R = make_realm()


def parse(text: str, *rest: Any) -> Any:
    return call(R, "JSON.parse", text, *rest)


def stringify(*args: Any) -> Any:
    return call(R, "JSON.stringify", *args)


def fn(impl: Any, name: str = "f") -> BuiltinFunction:
    return BuiltinFunction(R, lambda realm, this, args, nt: impl(this, *args), name, 0)


def obj(**kw: Any) -> JSObject:
    o = JSObject(R.object_prototype)
    o.props.update(kw)
    return o


def arr(*items: Any) -> JSArray:
    return create_array_from_list(list(items), R)


def syntax_error(text: str) -> str:
    with pytest.raises(JSThrow) as ei:
        parse(text)
    assert error_name(ei.value) == "SyntaxError"
    return str(ei.value.value.get("message", ei.value.value))


def test_object_shape() -> None:
    J = gprop(R, "JSON")
    assert J.props[SYM_TO_STRING_TAG].value == "JSON" and J.props[SYM_TO_STRING_TAG].flags == 4
    for name, length in (("parse", 2), ("stringify", 3), ("rawJSON", 1), ("isRawJSON", 1)):
        f = J.props[name].value
        assert f.props["length"].value == length and f.props["name"].value == name
    assert type(R.global_object.props["JSON"]) is Prop


# --- parse -----------------------------------------------------------------------------------

def test_parse_values() -> None:
    assert to_py(parse('{"a":[1,2.5,-0,1e3,true,false,null,"x\\u0041\\n\\/"]}')) == \
        {"a": [1.0, 2.5, 0.0, 1000.0, True, False, None, "xA\n/"]}
    assert math.copysign(1, parse("-0")) < 0
    assert parse("1e400") == float("inf")
    assert parse(' \t\n\r"s" ') == "s"
    assert parse('"\\ud800"') == "\ud800"
    assert parse('"\u2028"') == "\u2028"
    assert parse(1.0) == 1.0  # ToString(text)


def test_parse_duplicate_keys_and_proto() -> None:
    o = parse('{"a":1,"b":2,"a":3,"__proto__":[1]}')
    assert list(o.own_property_keys()) == ["a", "b", "__proto__"]
    assert o.get("a", o) == 3.0
    assert o.proto is R.object_prototype
    assert isinstance(o.props["__proto__"], JSArray)


def test_parse_deep_nesting() -> None:
    v = parse("[" * 20000 + "]" * 20000)
    depth = 0
    while isinstance(v, JSArray) and v.length:
        v = v.get("0", v)
        depth += 1
    assert depth == 19999


@pytest.mark.parametrize("text", [
    "", " ", "{", "}", "[1,]", "[,1]", "{,}", '{"a":1,}', "1 2", '"\x01"', '"abc', "[1", '{"a" 1}', '{"a":1',
    '"\\x"', '"\\u12"', "-", "1.", "1e", "01", "+1", ".5", "0x10", "tru", "nul", "NaN", "Infinity", "undefined",
    "{'a':1}", "{a:1}", "[1,,2]", "\u00a01", "\ufeff1", "'a'", "\"\t\"", "[1 2]", "// c\n1", "1.e5",
])
def test_parse_syntax_errors(text: str) -> None:
    assert syntax_error(text)


def test_parse_error_messages() -> None:
    assert syntax_error("") == "Unexpected end of JSON input"
    assert syntax_error("[1,]") == "Unexpected token ']', \"[1,]\" is not valid JSON"
    assert syntax_error("1 2") == "Unexpected non-whitespace character after JSON at position 2"
    assert syntax_error('{"a" 1}') == "Expected ':' after property name in JSON at position 5"


def test_reviver_order_this_and_deletion() -> None:
    seen: list[Any] = []

    def reviver(this: Any, key: Any, value: Any, context: Any = None) -> Any:
        src = context.get("source", context) if isinstance(context, JSObject) else None
        seen.append((key, src))
        if key == "drop":
            return None
        if type(value) is float:
            return value * 2
        return value
    v = parse('{"a":[1,{"b":2}],"drop":5,"c":"s"}', fn(reviver))
    assert to_py(v) == {"a": [2.0, {"b": 4.0}], "c": "s"}
    assert seen == [("0", "1"), ("b", "2"), ("1", None), ("a", None), ("drop", "5"), ("c", '"s"'), ("", None)]


def test_reviver_array_deletion_leaves_hole() -> None:
    v = parse("[1,2,3]", fn(lambda this, k, val, ctx=None: None if k == "1" else val))
    assert v.length == 3 and v.get_own_property("1") is None


def test_reviver_source_only_for_unmodified_values() -> None:
    sources: list[Any] = []

    def reviver(this: Any, key: Any, value: Any, context: Any) -> Any:
        sources.append(context.get("source", context))
        if key == "0":
            this.set("1", 99.0, this)  # modify a sibling before it is visited
        return value
    parse("[1.0, 2]", fn(reviver))
    assert sources == ["1.0", None, None]


def test_non_callable_reviver_ignored() -> None:
    assert to_py(parse("[1]", 5.0)) == [1.0]


# --- stringify -------------------------------------------------------------------------------

def test_stringify_primitives() -> None:
    assert stringify(None) is None
    assert stringify(NULL) == "null"
    assert stringify(True) == "true"
    assert stringify(float("nan")) == "null" and stringify(float("-inf")) == "null"
    assert stringify(-0.0) == "0" and stringify(1e21) == "1e+21" and stringify(0.1) == "0.1"
    assert stringify("a\"\\\b\f\n\r\t\x01\x1f") == '"a\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f"'
    assert stringify(JSSymbol("x")) is None
    assert stringify(fn(lambda this: None)) is None


def test_well_formed_stringify() -> None:
    assert stringify("\ud800") == '"\\ud800"'
    assert stringify("\udc00\ud800") == '"\\udc00\\ud800"'
    assert stringify("\ud83d\ude00") == '"\ud83d\ude00"'
    assert stringify("a\ud83dz") == '"a\\ud83dz"'
    assert quote_json_string("\u2028") == '"\u2028"'


def test_stringify_objects_and_arrays() -> None:
    o = obj(a=1.0, b=arr(None, fn(lambda this: None), JSSymbol("s"), 2.0), c=None)
    o.props[JSSymbol("k")] = 1.0
    o.props["hidden"] = Prop(1.0, 1)
    assert stringify(o) == '{"a":1,"b":[null,null,null,2]}'
    assert stringify(obj(**{"2": 1.0, "b": 2.0, "1": 3.0})) == '{"1":3,"2":1,"b":2}'
    assert stringify(arr()) == "[]" and stringify(obj()) == "{}"


def test_stringify_gap() -> None:
    v = obj(a=arr(1.0, obj()), b=obj(c=arr()))
    assert stringify(v, None, 2.0) == '{\n  "a": [\n    1,\n    {}\n  ],\n  "b": {\n    "c": []\n  }\n}'
    assert stringify(arr(1.0), None, 20.0) == "[\n" + " " * 10 + "1\n]"
    assert stringify(arr(1.0), None, "abcdefghijklmnop") == "[\nabcdefghij1\n]"
    assert stringify(arr(1.0), None, 0.5) == "[1]"
    assert stringify(arr(1.0), None, JSPrimitiveObject(R.intrinsics["%Number.prototype%"], 1.0)) == "[\n 1\n]"
    assert stringify(arr(1.0), None, JSStringObject(R.intrinsics["%String.prototype%"], "--")) == "[\n--1\n]"
    assert stringify(arr(1.0), None, True) == "[1]"
    assert stringify(obj(a=None), None, 2.0) == "{}"


def test_stringify_replacer_function() -> None:
    calls: list[Any] = []

    def replacer(this: Any, key: Any, value: Any) -> Any:
        calls.append(key)
        if key == "b":
            return None
        if type(value) is float:
            return value + 1
        return value
    assert stringify(obj(a=1.0, b=2.0, c=arr(3.0)), fn(replacer)) == '{"a":2,"c":[4]}'
    assert calls == ["", "a", "b", "c", "0"]


def test_stringify_replacer_array() -> None:
    num_obj = JSPrimitiveObject(R.intrinsics["%Number.prototype%"], 1.0)
    str_obj = JSStringObject(R.intrinsics["%String.prototype%"], "b")
    plist = arr("b", 1.0, num_obj, str_obj, True, NULL, obj(), "a", "b")
    v = obj(a=1.0, b=2.0, c=3.0, **{"1": "one"})
    assert stringify(v, plist) == '{"b":2,"1":"one","a":1}'
    assert stringify(arr(obj(b=1.0, z=2.0)), arr("b")) == '[{"b":1}]'


def test_stringify_to_json_and_wrappers() -> None:
    v = obj(d=obj(toJSON=fn(lambda this, key: "key:" + key)))
    assert stringify(v) == '{"d":"key:d"}'
    wrappers = arr(JSPrimitiveObject(R.intrinsics["%Number.prototype%"], 5.0),
                   JSPrimitiveObject(R.intrinsics["%Boolean.prototype%"], False),
                   JSStringObject(R.intrinsics["%String.prototype%"], "s"))
    assert stringify(wrappers) == '[5,false,"s"]'


def test_stringify_errors() -> None:
    a = arr()
    a.set("0", a, a)
    with pytest.raises(JSThrow) as ei:
        stringify(a)
    assert error_name(ei.value) == "TypeError"
    with pytest.raises(JSThrow) as ei:
        stringify(JSBigInt(1))
    assert error_name(ei.value) == "TypeError"
    # The same object twice (not a cycle) is fine.
    shared = obj(x=1.0)
    assert stringify(arr(shared, shared)) == '[{"x":1},{"x":1}]'


def test_stringify_getter_deleting_later_key() -> None:
    o = obj()

    def getter(this: Any) -> Any:
        this.delete("b")
        return 1.0
    o.props["a"] = Prop(None, 2 | 4 | 8, fn(getter), None)
    o.props["b"] = 2.0
    assert stringify(o) == '{"a":1}'


def test_raw_json() -> None:
    raw = call(R, "JSON.rawJSON", "1e1000")
    assert call(R, "JSON.isRawJSON", raw) is True and call(R, "JSON.isRawJSON", obj()) is False
    assert raw.proto is None and not raw.extensible
    assert stringify(arr(raw, call(R, "JSON.rawJSON", '"x"'))) == '[1e1000,"x"]'
    for bad in ("", "[1]", "{}", " 1", "1 ", "tru"):
        with pytest.raises(JSThrow) as ei:
            call(R, "JSON.rawJSON", bad)
        assert error_name(ei.value) == "SyntaxError"


# --- properties against Python's json ----------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | \
    st.floats(allow_nan=False, allow_infinity=False) | st.text()
json_data = st.recursive(json_scalars, lambda children: st.lists(children, max_size=5)
                         | st.dictionaries(st.text(max_size=5), children, max_size=5), max_leaves=30)


def js_to_utf8_data(v: Any) -> Any:
    if isinstance(v, str):
        return js_string_to_python(v)
    if isinstance(v, list):
        return [js_to_utf8_data(x) for x in v]
    if isinstance(v, dict):
        return {js_string_to_python(k): js_to_utf8_data(x) for k, x in v.items()}
    return v


@given(json_data)
@settings(max_examples=200, deadline=None)
def test_prop_parse_matches_python_json(data: Any) -> None:
    text = utf16(json.dumps(data, ensure_ascii=False))
    assert js_to_utf8_data(to_py(parse(text))) == data
    text_ascii = json.dumps(data)
    assert js_to_utf8_data(to_py(parse(text_ascii))) == data


@given(json_data, st.sampled_from([None, 2.0, "\t"]))
@settings(max_examples=200, deadline=None)
def test_prop_stringify_round_trip(data: Any, space: Any) -> None:
    v = parse(json.dumps(data))
    out = stringify(v, None, space)
    assert json.loads(js_string_to_python(out), parse_int=float) == data
    if space is not None:
        # Same layout as Python's json with indent when the numbers print alike.
        assert stringify(parse(out)) == stringify(v)


JSON_SNIPPETS = [
    "JSON.stringify({a: [1, 'x', null, undefined, function () {}], b: undefined, c: new Date(0)})",
    "JSON.stringify([new Number(3), new String('s'), new Boolean(false), Object(Symbol())])",
    "JSON.stringify({b: 1, a: 2, 1: 3}, ['a', 1, 'a'], '  ')",
    "JSON.stringify({a: {b: [1, {}]}}, null, 4)",
    "JSON.stringify({a: 1, b: [2]}, function (k, v) { return typeof v === 'number' ? v + 1 : v })",
    "JSON.stringify('\\ud800\\udc00\\udc00\\u2028\\x7f\\x1f')",
    "JSON.stringify({toJSON(k) { return 'key=' + k }})",
    "JSON.stringify(1n)", "JSON.stringify({a: 1n})",
    "(() => { const a = []; a.push(a); return JSON.stringify(a) })()",
    "JSON.stringify(Object.create({inherited: 1}, {own: {value: 2, enumerable: true}, hidden: {value: 3}}))",
    "JSON.stringify([,1], null, '-----------------')",
    "JSON.stringify(new Proxy({a: 1}, {}))", "JSON.stringify(new Proxy([1, 2], {}))",
    "JSON.stringify(-0)", "JSON.stringify([NaN, Infinity, 1e21, 1e-7])",
    "JSON.stringify({[Symbol()]: 1, s: Symbol()})",
    "JSON.parse('{\"__proto__\": 1}').__proto__",
    "Object.getPrototypeOf(JSON.parse('{\"__proto__\": []}')) === Object.prototype",
    "JSON.parse('[1, 2, 3]', function (k, v) { return k === '1' ? undefined : v }).length",
    "1 in JSON.parse('[1, 2, 3]', function (k, v) { return k === '1' ? undefined : v })",
    "JSON.stringify(JSON.parse('{\"a\": {\"b\": 1}, \"c\": [true]}', function (k, v) { return typeof v === 'object' ? v : [k, v] }))",
    "JSON.parse('\"\\\\ud83d\\\\ude00\"').length", "JSON.parse(' -0 ')", "JSON.parse('1E+2')",
    "JSON.parse('[')", "JSON.parse('{\"a\":1,}')", "JSON.parse(\"'x'\")", "JSON.parse('\"\\t\"')",
    "JSON.parse(undefined)", "JSON.parse('null')", "JSON.parse(null)", "JSON.parse({toString() { return '[7]' }})[0]",
    "Object.prototype.toString.call(JSON)", "JSON.stringify.length + JSON.parse.length",
    "JSON.stringify({a: 1}, null, new Number(3))", "JSON.stringify([1], null, new String('ab'))",
    "JSON.stringify({a: 1, b: 2}, [new String('b')])",
    "JSON.stringify({get a() { delete this.b; return 1 }, b: 2})",
    # plain data (intrinsics/json._plain_text) and the values that send it back to the steps
    "JSON.stringify({a: undefined, b: [undefined, null, true], 2: 'x', 1: 'y', z: -0, n: NaN, i: -Infinity, e: 1e21})",
    "(() => { const o = {a: {b: [1]}}, p = {a: {b: 1}}; const first = JSON.stringify(o); Object.prototype.toJSON = function (k) { return 'T' + k }; const r = [first, JSON.stringify(o), JSON.stringify([1]), JSON.stringify(p), JSON.stringify([p])]; delete Object.prototype.toJSON; return r.join('|') })()",
    "(() => { Array.prototype.toJSON = function () { return 'A' }; const r = JSON.stringify({a: [1], b: {c: []}}); delete Array.prototype.toJSON; return r })()",
    "(() => { Array.prototype[0] = 'p'; const r = JSON.stringify([, 1]) + JSON.stringify({a: [, , ]}); delete Array.prototype[0]; return r })()",
    "(() => { const o = {a: {}}; o.a.b = [o]; try { return JSON.stringify(o) } catch (e) { return e.constructor.name } })()",
    "(() => { const s = {x: [1]}; return JSON.stringify({a: s, b: [s, s], c: {d: s}}) })()",
    "JSON.stringify({f: function () {}, a: [function () {}, Symbol('x'), undefined], s: Symbol('x'), [Symbol('k')]: 1})",
    "JSON.stringify({a: 1, b: {get c() { return 2 }, d: 3}, e: [4, {get f() { return [5] }}]})",
    "JSON.stringify([Object.defineProperty({a: 1}, 'h', {value: 2}), Object.defineProperty({}, 'ro', {value: 3, enumerable: true})])",
    r"JSON.stringify({'\ud800': '\udfff\n\u0000\\\"', k: '\u00e9\ud83d\ude00', '\u2028': '\x7f', '\u001f': 1})",
    "JSON.stringify([new Date(0), /re/g, new Map([[1, 2]]), new Number(1), Object(1n) instanceof Object])",
    "(() => { class A extends Array {} const a = A.of(1, 2); a.extra = 3; return JSON.stringify({a, b: Object.assign([1], {x: 1})}) })()",
    "JSON.stringify(Object.create(null, {a: {value: 1, enumerable: true, writable: true, configurable: true}}))",
    # long values, escaped piece by piece (intrinsics/json._escape_piece): pieces with and without
    # surrogates, a pair and a lone half at and across a piece's edge (65536 code units)
    "(() => { const parts = ['a', '\"', '\\\\', '\\n', '\\u0001', '\\u001f', '\\b', '\\ud83d\\ude00', 'é', '\\t'];"
    " let s = ''; for (let i = 0; i < 70000; i++) s += parts[(i * 7) % parts.length];"
    " const t = 'x'.repeat(65535) + '\\ud83d\\ude00' + 'y'.repeat(65534) + '\\ud800' + '\\\\'.repeat(65537) + '\\udc00';"
    " const u = '\"\\n'.repeat(40000) + '\\u2028';"
    " return [s, s.split('\\ud83d\\ude00').join(''), t, u].map(v => { const j = JSON.stringify(v); let h = 0;"
    " for (let i = 0; i < j.length; i++) h = (h * 31 + j.charCodeAt(i)) % 1000000007;"
    " return j.length + ':' + h + ':' + (JSON.parse(j) === v) }).join() })()",
]


@pytest.fixture(scope="module")
def json_node() -> list[str]:
    from jsutil_mathjson import node_results
    return node_results(JSON_SNIPPETS)


@pytest.mark.parametrize("index", range(len(JSON_SNIPPETS)))
def test_differential_node(index: int, json_node: list[str]) -> None:
    from jsutil_mathjson import engine_result
    assert engine_result(JSON_SNIPPETS[index]) == json_node[index], JSON_SNIPPETS[index]


def test_parse_of_deep_nesting_does_not_overflow_the_c_stack() -> None:
    # json.loads (the fast path) recursed on the C stack under the engine's grant of Python
    # frames: 100,000 nested arrays or objects crashed the process (SIGSEGV); it now stops at
    # JSON_C_DEPTH levels and the hand-written parser, which keeps its own stack, takes over.
    # Run in a child process: a crash must not take the test run with it
    import os
    import subprocess
    import sys
    from pathlib import Path
    code = ("import pyjsvm as vm\n"
            "print(vm.run_in_new_context('JSON.parse(\"[\".repeat(100000) + \"]\".repeat(100000)).length'))\n"
            "print(vm.run_in_new_context('var o = JSON.parse(\"{\\\\\"a\\\\\":\".repeat(100000) + \"1\" + \"}\".repeat(100000));"
            " for (var i = 0; i < 100000; i++) o = o.a; o'))\n")
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PYTHONPATH": str(root)})
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.split() == ["1", "1"]


def test_stringify_of_a_string_past_the_length_limit_throws_range_error_in_time() -> None:
    # 2**28 quotes escape to 2**29 + 2 code units, past the limit: the RangeError comes after one
    # pass of str.replace per piece (about 3 s here), where a callback per quote took 48 s
    src = "try { JSON.stringify('\"'.repeat(2**28)); 'no error' } catch (e) { e.name + ': ' + e.message }"
    assert vm.run_in_new_context(src, {}, timeout=40000) == "RangeError: Invalid string length"
