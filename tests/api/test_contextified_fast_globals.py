"""The compiled fast paths for global identifiers of a context over a plain dict (GlobalEnv.items,
read and written in place by emitted code and by the closure compiler) against the general path:
the same programs over a dict subclass (which the fast paths never touch: every access goes
through the mapping protocol) and reads through ``globalThis[name]`` (the object's [[Get]])."""
from __future__ import annotations

import collections
import subprocess
import json
import math
from typing import Any, Callable

import pytest
from hypothesis import given, settings, strategies as st

import pyjsvm
from pyjsvm.api.contextified import ContextifiedGlobal
from pyjsvm.api.vm import _context_of
from pyjsvm.compiler import emit
from pyjsvm.runtime.objects import JSObject
from tests.helpers import NODE


class SubDict(dict):  # type: ignore[type-arg]
    """A dict subclass: not a plain dict, so the context over it takes the general path."""

    def __getitem__(self, k: Any) -> Any:
        return super().__getitem__(k)


def tiers(fn: Callable[[], Any]) -> list[Any]:
    """``fn()`` with the emitting tier on, then off (the closure compiler)."""
    old = emit.set_enabled(True)
    try:
        on = fn()
        emit.set_enabled(False)
        return [on, fn()]
    finally:
        emit.set_enabled(old)


def fast_items(ctx: Any) -> bool:
    c = _context_of(ctx)
    assert c is not None
    g = c.realm.global_object
    return isinstance(g, ContextifiedGlobal) and g.global_items is not None


def outcome(src: str, ctx: Any) -> Any:
    try:
        return ("ok", pyjsvm.run_in_context(src, ctx))
    except pyjsvm.JSError as e:
        return ("throw", str(e).split(":")[0])


def py_key(v: Any) -> Any:
    """A value as a comparable key that tells -0.0 from 0.0, NaN from NaN, int from float."""
    if isinstance(v, float):
        return ("float", repr(v), math.copysign(1.0, v))
    return (type(v).__name__, repr(v))


# A description of x computed in JS, read three ways: by the top-level script, by a function
# (emitted body), and through globalThis (the object's [[Get]], the general path).
READ_SRC = """
(function () {
  function d(v) {
    var t = typeof v;
    if (t === 'number') return 'number ' + (Object.is(v, -0) ? '-0' : String(v));
    if (t === 'object' || t === 'function') return t + ' ' + (v === null ? 'null' : Object.keys(v).join('|'));
    return t + ' ' + String(v);
  }
  function inFunction() { return [d(x), x === x || x !== x, typeof x]; }
  return JSON.stringify([inFunction(), d(globalThis.x), inFunction(), typeof x, x === globalThis.x || x !== x]);
})()
"""

_MAX = 2 ** 53
_scalars = (st.none() | st.just(pyjsvm.undefined) | st.booleans()
            | st.integers(-_MAX - 3, _MAX + 3) | st.integers(-(2 ** 70), 2 ** 70)
            | st.sampled_from([0, 1, -1, 2 ** 30, -(2 ** 30), 2 ** 31, _MAX, -_MAX, _MAX + 1, -_MAX - 1])
            | st.floats() | st.sampled_from([-0.0, 0.0, math.inf, -math.inf, math.nan, 2.0 ** 53, 2.0 ** 60])
            | st.text(max_size=4) | st.sampled_from(["", "a", "\u00e9", "\U0001F600", "\ud800"]))
_values = _scalars | st.lists(_scalars, max_size=3) | st.dictionaries(st.sampled_from("abc"), _scalars, max_size=2)


EDGE_VALUES = [0, -1, 2 ** 30, -(2 ** 30), 2 ** 31, _MAX, -_MAX, _MAX + 1, -_MAX - 1, 2 ** 70, -0.0, math.nan,
               math.inf, 2.0 ** 60, True, "", "\u00e9", "\U0001F600", None, pyjsvm.undefined, [1, 2], {"a": 1}]


@pytest.mark.parametrize("value", EDGE_VALUES, ids=repr)
def test_edge_reads_agree_with_the_general_path(value: Any) -> None:
    check_read(value)


@settings(max_examples=80, deadline=None)
@given(_values)
def test_reads_agree_with_the_general_path(value: Any) -> None:
    check_read(value)


def check_read(value: Any) -> None:
    plain = {"x": value}
    sub = SubDict(x=value)
    ctx_plain, ctx_sub = pyjsvm.create_context(plain), pyjsvm.create_context(sub)
    assert fast_items(ctx_plain) and not fast_items(ctx_sub)
    fast = tiers(lambda: outcome(READ_SRC, ctx_plain))
    general = tiers(lambda: outcome(READ_SRC, ctx_sub))
    assert fast[0] == fast[1] == general[0] == general[1], (value, fast, general)
    if fast[0][0] == "ok":
        parts = json.loads(fast[0][1])
        assert parts[0] == parts[2] and parts[0][0] == parts[1]  # fast read == [[Get]]
        assert parts[-1] is True


_numbers = (st.floats() | st.sampled_from([-0.0, 0.0, 2.0 ** 53, -(2.0 ** 53), 2.0 ** 53 + 2, 2.0 ** 60, 0.5,
                                           math.inf, -math.inf, math.nan, 1e300, 5e-324])
            | st.integers(-_MAX, _MAX).map(float))
_written = _numbers | st.booleans() | st.text(max_size=3) | st.none()

WRITE_SRC = """
x = src;                                       // top level
(function () { y = src; })();                  // a function's body
(function () { 'use strict'; z = src; })();    // strict
w = 0; w = src;                                // an item written twice
"""


@settings(max_examples=80, deadline=None)
@given(_written)
def test_writes_store_what_the_general_path_stores(value: Any) -> None:
    """A write of a JS value (here: the conversion of ``src``) stores the same Python value in
    the dict (type, sign of zero, NaN) as the general path; the value read back is the same."""
    def run(make: Callable[[], Any]) -> list[Any]:
        d = make()
        d.update(src=value, x=1, y=1, z=1)
        ctx = pyjsvm.create_context(d)
        pyjsvm.run_in_context(WRITE_SRC, ctx)
        back = pyjsvm.run_in_context("[x, y, z, w].map(function (v) { return Object.is(v, src); }).join()", ctx)
        return [py_key(d[k]) for k in "xyzw"] + [back]
    for fast, general in zip(tiers(lambda: run(dict)), tiers(lambda: run(SubDict))):
        assert fast == general, (value, fast, general)
        assert fast[0] == fast[1] == fast[2] == fast[3]
        assert fast[4] == "true,true,true,true"


def test_writes_convert_numbers_like_the_mapping_object() -> None:
    d: dict[str, Any] = {"a": 0, "b": 0, "c": 0, "e": 0, "f": 0, "g": 0}
    ctx = pyjsvm.create_context(d)

    def run() -> None:
        pyjsvm.run_in_context("""(function () {
            a = 2 ** 53; b = 2 ** 53 + 2; c = -0; e = NaN; f = 3; g = -(2 ** 53); })()""", ctx)
    for _ in tiers(run):
        assert d["a"] == 2 ** 53 and type(d["a"]) is int
        assert d["b"] == 2.0 ** 53 + 2 and type(d["b"]) is float
        assert type(d["c"]) is float and math.copysign(1.0, d["c"]) == -1.0
        assert type(d["e"]) is float and d["e"] != d["e"]
        assert d["f"] == 3 and type(d["f"]) is int
        assert d["g"] == -(2 ** 53) and type(d["g"]) is int


def test_the_host_sees_each_write_during_the_run() -> None:
    for where in ("top", "function"):
        d: dict[str, Any] = {"n": 0, "seen": []}

        def peek() -> None:
            d["seen"].append(d["n"])
        d["peek"] = peek
        loop = "for (var i = 0; i < 4; i++) { n = n + 1.5; peek(); n = n + 0.5; peek(); }"
        src = loop if where == "top" else "(function () { " + loop + " })()"

        def run() -> list[Any]:
            d["n"], d["seen"] = 0, []
            pyjsvm.run_in_context(src, pyjsvm.create_context(d))
            return list(d["seen"])
        for seen in tiers(run):
            assert seen == [1.5, 2, 3.5, 4, 5.5, 6, 7.5, 8]
            assert [type(v) for v in seen] == [float, int] * 4


def test_host_changes_between_calls_are_seen() -> None:
    """One compiled function, called again after the host deletes, adds or replaces the item."""
    d: dict[str, Any] = {"x": 1}
    ctx = pyjsvm.create_context(d)
    pyjsvm.run_in_context("function r() { return typeof x === 'undefined' ? 'none' : typeof x + ' ' + String(x); }"
                          "function w(v) { x = v; }", ctx)

    def call() -> Any:
        return outcome("r()", ctx)[1]
    assert call() == "number 1"
    d["x"] = "\u00e9"
    assert call() == "string \u00e9"
    del d["x"]
    assert call() == "none"
    d["x"] = [1, 2]
    assert call() == "object 1,2"
    first = pyjsvm.run_in_context("x", ctx)
    assert pyjsvm.run_in_context("x === x", ctx) is True and first == [1, 2]
    d["x"] = 2 ** 60
    assert outcome("r()", ctx) == ("throw", "RangeError")
    d["x"] = True
    assert call() == "boolean true"
    pyjsvm.run_in_context("w(7.25)", ctx)
    assert d["x"] == 7.25
    del d["x"]
    pyjsvm.run_in_context("w(2)", ctx)  # a new item: through the object's [[Set]]
    assert d["x"] == 2 and type(d["x"]) is int


def test_object_items_keep_their_identity_and_the_cache_lets_go() -> None:
    d: dict[str, Any] = {}
    ctx = pyjsvm.create_context(d)
    g = _context_of(ctx).realm.global_object  # type: ignore[union-attr]

    def run() -> None:
        assert pyjsvm.run_in_context("""var o = {a: 1}; var keep = o;
            (function () { return o === keep && o === globalThis.o && o === o; })()""", ctx) is True
        assert "o" in g.cache
        pyjsvm.run_in_context("(function () { o = 5; })()", ctx)
        assert d["o"] == 5 and not isinstance(g.cache.get("o", (None, None))[1], JSObject)  # the object let go
    tiers(run)


def test_shadowing_and_builtins_inside_functions() -> None:
    d: dict[str, Any] = {"Array": 3}
    ctx = pyjsvm.create_context(d)

    def run() -> Any:
        d.clear()
        d["Array"] = 3
        pyjsvm.run_in_context("delete globalThis.acc", ctx)
        return pyjsvm.run_in_context("""(function () {
            var a = Array + 1;                      // the item shadows the built-in
            delete globalThis.Array;
            var b = typeof Array;                   // the built-in again
            NaN = 5; undefined = 1;                 // read-only built-ins: no item appears
            Object.defineProperty(globalThis, 'acc', {get: function () { return 41; }, set: function (v) { this.got = v; },
                                                      configurable: true});
            acc = 9;
            return [a, b, String(NaN), typeof undefined, acc, got];
        })()""", ctx)
    for r in tiers(run):
        assert r == [4, "function", "NaN", "undefined", 41, 9]
        assert "NaN" not in d and "undefined" not in d and "acc" not in d


def test_read_only_item_and_global_let_inside_functions() -> None:
    d: dict[str, Any] = {"ro": 1, "q": 2}
    ctx = pyjsvm.create_context(d)
    pyjsvm.run_in_context("Object.defineProperty(globalThis, 'ro', {writable: false});", ctx)

    def run() -> Any:
        return pyjsvm.run_in_context("""(function () {
            ro = 2;
            var strict = (function () { 'use strict'; try { ro = 3; return 'no error'; } catch (e) { return e.name; } })();
            return [ro, strict];
        })()""", ctx)
    for r in tiers(run):
        assert r == [1, "TypeError"] and d["ro"] == 1
    ctx2 = pyjsvm.create_context({"q": 2})
    pyjsvm.run_in_context("let q = 'lexical'; function rq() { return q; } function wq() { q = 5.5; }", ctx2)
    assert pyjsvm.run_in_context("wq(); rq()", ctx2) == 5.5
    assert ctx2["q"] == 2  # the global let shadows the item


@pytest.mark.parametrize("make", [lambda: collections.ChainMap({}, {"n": 1}), SubDict, dict],
                         ids=["chainmap", "subclass", "dict"])
def test_other_mappings_take_the_general_path(make: Callable[[], Any]) -> None:
    m = make()
    m["n"] = 1
    ctx = pyjsvm.create_context(m)
    assert fast_items(ctx) is (type(m) is dict)

    def run() -> Any:
        m["n"] = 1
        return pyjsvm.run_in_context("(function () { for (var i = 0; i < 3; i++) n = n * 2 + 0.5; return n; })()", ctx)
    for r in tiers(run):
        assert r == m["n"] == 11.5 and type(m["n"]) is float


def test_non_ascii_names() -> None:
    d: dict[str, Any] = {"\u00e9t\u00e9": 1, "\U0001F600": 2}
    ctx = pyjsvm.create_context(d)

    def run() -> Any:
        d["\u00e9t\u00e9"] = 1
        return pyjsvm.run_in_context("(function () { \u00e9t\u00e9 = \u00e9t\u00e9 + 1; return [\u00e9t\u00e9,"
                                     " globalThis['\\ud83d\\ude00']]; })()", ctx)
    for r in tiers(run):
        assert r == [2, 2] and d["\u00e9t\u00e9"] == 2 and type(d["\u00e9t\u00e9"]) is int


def test_cross_realm_items() -> None:
    other = pyjsvm.create_context()
    obj = pyjsvm.run_in_context("({v: 1})", other)
    src = "(function () { return [o === o, o === globalThis.o, o.v, o instanceof Object, typeof o].join(); })()"
    fast = tiers(lambda: pyjsvm.run_in_context(src, pyjsvm.create_context({"o": obj})))
    general = tiers(lambda: pyjsvm.run_in_context(src, pyjsvm.create_context(SubDict(o=obj))))
    assert fast == general and fast[0].startswith("true,true,1,")


def test_an_accessor_defined_over_a_built_in_hides_it() -> None:
    """As in Node: a getter defined on globalThis under a built-in's name (after the built-in
    was read once, so it is an ordinary data property by then) is what the name reads."""
    src = ("Math.floor(1); Object.defineProperty(globalThis, 'Math', {get: function () { return 5; },"
           " configurable: true}); [Math, globalThis.Math, (function () { return Math; })()].join()")
    for make in (dict, SubDict):
        assert tiers(lambda: pyjsvm.run_in_context(src, pyjsvm.create_context(make()))) == ["5,5,5"] * 2


def test_objects_written_in_a_loop_convert_to_one_proxy_each_and_the_table_is_swept() -> None:
    """An object assigned to a global shows in the dict as its proxy: the same proxy for the same
    object under any key, read back as the same object; proxies of objects that died are swept
    from the table (it stays bounded however many objects a loop converts)."""
    from pyjsvm.api import convert
    d: dict[str, Any] = {"o": None, "p": None, "keep": []}
    ctx = pyjsvm.create_context(d)

    def run() -> None:
        assert pyjsvm.run_in_context("""(function () {
            for (var i = 0; i < 6000; i++) { o = {i: i}; }
            p = o; var q = []; q.push(o);
            keep = q;
            return o === p && p === keep[0] && o.i === 5999; })()""", ctx) is True
        assert d["o"] is d["p"] and d["p"] is d["keep"][0] and d["o"]["i"] == 5999
    tiers(run)
    assert pyjsvm.run_in_context("o === p", ctx) is True
    # proxies that died leave dead entries, swept once the table has grown past the mark
    objs = [JSObject() for _ in range(3000)]
    proxies = [convert.to_python(o) for o in objs]
    assert all(convert._PROXIES[id(o)]() is p for o, p in zip(objs, proxies))
    del proxies
    assert sum(r() is None for r in convert._PROXIES.values()) >= 3000
    convert._proxies_swept_at = len(convert._PROXIES)
    last = JSObject()
    last_proxy = convert.to_python(last)
    assert all(r() is not None for r in convert._PROXIES.values())
    assert convert.to_python(last) is last_proxy
    assert convert._proxies_swept_at >= 1024


def test_null_and_undefined_items_read_back_as_written() -> None:
    d: dict[str, Any] = {"a": 1, "b": 1}
    ctx = pyjsvm.create_context(d)

    def run() -> Any:
        out = pyjsvm.run_in_context("""(function () {
            a = null; b = undefined; var r = [a === null, b === undefined, typeof a, typeof b];
            a = 'x'; b = true; r.push(a, b); a = null; r.push(a); return r.join(); })()""", ctx)
        return out, d["a"], d["b"]
    for out, a, b in tiers(run):
        assert out == "true,true,object,undefined,x,true,"
        assert a is None and b is True


def test_writes_stay_inline_when_another_item_is_read_only() -> None:
    # (the emitted inline write leaves the Number's cache entry, GC; the general path drops it:
    # with one read-only item, every other write took the general path, several times slower)
    d: dict[str, Any] = {"ro": 1}
    ctx = pyjsvm.create_context(d)
    g = _context_of(ctx).realm.global_object  # type: ignore[union-attr]
    pyjsvm.run_in_context("Object.defineProperty(globalThis, 'ro', {writable: false}); var n = 0;", ctx)
    assert g.attrs

    def run() -> Any:
        g.cache.pop("n", None)
        r = pyjsvm.run_in_context("for (var i = 0; i < 3; i++) { n = i + 0.5; ro = 7; } [n, ro]", ctx)
        assert (g.cache.get("n") == (2.5, 2.5)) is emit.enabled()
        return r
    for r in tiers(run):
        assert r == [2.5, 1] and d["n"] == 2.5 and d["ro"] == 1


REDECLARED = """var vm = require('vm'); var c = vm.createContext();
for (var i = 0; i < 2; i++) vm.runInContext('function f() { return 1 } var v = 2; f(); v = 3;', c);
console.log(vm.runInContext(`var d = Object.getOwnPropertyDescriptor(globalThis, 'f');
    var e = Object.getOwnPropertyDescriptor(globalThis, 'v');
    JSON.stringify([d.writable, d.enumerable, d.configurable, e.configurable, delete globalThis.f,
                    typeof f, delete globalThis.v, v])`, c));"""


def test_a_function_declared_again_in_a_context_stays_configurable_as_in_node() -> None:
    ctx = pyjsvm.create_context()
    for _ in range(2):
        pyjsvm.run_in_context("function f() { return 1 } var v = 2; f(); v = 3;", ctx)
    ours = pyjsvm.run_in_context("""var d = Object.getOwnPropertyDescriptor(globalThis, 'f');
        var e = Object.getOwnPropertyDescriptor(globalThis, 'v');
        JSON.stringify([d.writable, d.enumerable, d.configurable, e.configurable, delete globalThis.f,
                        typeof f, delete globalThis.v, v])""", ctx)
    assert ours == '[true,true,true,true,false,"function",false,3]'
    if NODE is not None:
        r = subprocess.run([NODE, "-e", REDECLARED], capture_output=True, text=True, timeout=60)
        assert r.stdout.strip() == ours
