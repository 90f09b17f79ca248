"""The contextified global object (pyjsvm.api.contextified) through its internal methods."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm
from pyjsvm.runtime.agent import AGENT
from pyjsvm.runtime.objects import A, JSObject, Prop, PropertyDescriptor
from pyjsvm.api.contextified import ContextifiedGlobal
from pyjsvm.api.vm import _context_of


def global_of(ctx: Any) -> ContextifiedGlobal:
    c = _context_of(ctx)
    assert c is not None
    g = c.realm.global_object
    assert isinstance(g, ContextifiedGlobal)
    AGENT.realm = c.realm
    return g


def test_reads_and_writes_go_to_the_mapping() -> None:
    d: dict[str, Any] = {"x": 2}
    g = global_of(pyjsvm.create_context(d))
    assert g.get("x", g) == 2.0
    assert g.set("x", 42.0, g) and d["x"] == 42 and type(d["x"]) is int
    assert g.set("fresh", "v", g) and d["fresh"] == "v"
    d["py"] = 1.5
    assert g.get("py", g) == 1.5 and g.has_property("py")
    assert g.delete("py") and "py" not in d


def test_var_declaration_shape() -> None:
    d: dict[str, Any] = {}
    g = global_of(pyjsvm.create_context(d))
    # CreateGlobalVarBinding: {value: undefined, writable, enumerable, configurable: false}; as in
    # Node, the contextified object's property reports configurable (it is the object's own
    # ordinary property) while the declared global cannot be deleted
    assert g.define_own_property("y", PropertyDescriptor(value=None, writable=True, enumerable=True, configurable=False))
    assert d == {"y": pyjsvm.undefined}
    assert g.set("y", 17.0, g) and d["y"] == 17
    desc = g.get_own_property("y")
    assert desc is not None and desc.configurable is True and desc.writable is True
    assert not g.delete("y") and d["y"] == 17


def test_builtins_fall_through() -> None:
    d: dict[str, Any] = {}
    g = global_of(pyjsvm.create_context(d))
    arr = g.get("Array", g)
    assert isinstance(arr, JSObject) and arr.is_callable
    assert g.get("globalThis", g) is g
    assert "Array" not in d
    # assigning to a writable built-in writes the mapping, which then shadows it (like Node)
    assert g.set("Array", 1.0, g) and d["Array"] == 1
    assert g.get("Array", g) == 1.0
    del d["Array"]
    assert g.get("Array", g) is arr


def test_read_only_builtins_stay_read_only() -> None:
    d: dict[str, Any] = {}
    g = global_of(pyjsvm.create_context(d))
    if "NaN" not in g.props:
        pytest.skip("global value properties not installed yet")
    assert not g.set("NaN", 1.0, g)
    assert "NaN" not in d


def test_cannot_be_made_non_extensible() -> None:
    g = global_of(pyjsvm.create_context({}))
    assert g.prevent_extensions() is False
    assert g.is_extensible()


def test_identity_of_converted_values() -> None:
    inner = {"a": 1}
    d = {"o": inner, "l": [1, 2], "f": len}
    g = global_of(pyjsvm.create_context(d))
    for k in ("o", "l", "f"):
        assert g.get(k, g) is g.get(k, g)
    realm = g.store.realm
    o = JSObject(realm.object_prototype)
    assert g.set("js", o, g)
    assert g.get("js", g) is o
    assert pyjsvm.api.convert.to_js(d["js"], realm) is o


def test_accessor_properties_live_on_the_js_side() -> None:
    d: dict[str, Any] = {"x": 1}
    g = global_of(pyjsvm.create_context(d))
    getter = g.get("Object", g)  # any function will do as a getter object here
    assert g.define_own_property("x", PropertyDescriptor(get=getter, configurable=True))
    assert "x" not in d
    stored = g.store.props["x"]  # on the contextified object (the mapping's JS side), as in Node
    assert type(stored) is Prop and stored.flags & A
    assert g.get_own_property("x") is not None and g.get_own_property("x").get is getter


def test_own_keys() -> None:
    d: dict[str, Any] = {"b": 1, "a": 2, "3": 0}
    g = global_of(pyjsvm.create_context(d))
    keys = g.own_property_keys()
    assert keys[:3] == ["3", "b", "a"]
    assert "Array" in keys


def test_astral_keys() -> None:
    d: dict[str, Any] = {"\U0001F600": 1}
    g = global_of(pyjsvm.create_context(d))
    assert g.get("\ud83d\ude00", g) == 1.0
    assert "\ud83d\ude00" in g.own_property_keys()
    assert g.set("\ud83d\ude01", 2.0, g) and d["\U0001F601"] == 2


def test_unconvertible_value_throws_js_type_error() -> None:
    from pyjsvm.runtime.agent import JSThrow
    d: dict[str, Any] = {"bad": object()}
    g = global_of(pyjsvm.create_context(d))
    with pytest.raises(JSThrow):
        g.get("bad", g)


def test_the_contextified_object_is_the_global_this() -> None:
    """Node's identity: a context's own contextified object, seen inside, is its global ``this``
    (``ctx.window = ctx; this === window``); another context sees it as an ordinary object."""
    import pyjsvm as vm
    ctx = vm.create_context({})
    ctx["window"] = ctx
    assert vm.run_in_context("this === window && window === globalThis", ctx) is True
    vm.run_in_context("window.x = 5", ctx)
    assert ctx["x"] == 5
    other = vm.create_context({"a": ctx})
    assert vm.run_in_context("a === globalThis", other) is False
    assert vm.run_in_context("a.x", other) == 5


# --- compiled global reads and writes over a plain dict (GlobalEnv.items) --------------------

class LoggingDict(dict):  # type: ignore[type-arg]
    """A dict whose item writes are seen: compiled code must go through the mapping protocol."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[str, Any]] = []

    def __setitem__(self, k: Any, v: Any) -> None:
        self.log.append((k, v))
        super().__setitem__(k, v)


def test_fast_global_path_only_for_plain_dicts() -> None:
    assert global_of(pyjsvm.create_context({})).global_items is not None
    assert global_of(pyjsvm.create_context()).global_items is not None
    assert global_of(pyjsvm.create_context(LoggingDict())).global_items is None


@pytest.mark.parametrize("make", [dict, LoggingDict], ids=["dict", "subclass"])
def test_global_writes_reach_the_mapping_at_once(make: Any) -> None:
    d = make()
    d["seen"] = []
    ctx = pyjsvm.create_context(d)
    src = """
    var n = 0, f = 0.5, z = -0, s = 'a', t = '\\u00e9', b = true, big = 0, o = {}, inf = 0;
    for (var i = 0; i < 3; i++) { n = n + 2; seen.push(n); }
    f = f * 3; z = -0; s = s + 'b'; t = t + 'x'; b = !b; inf = 1 / 0;
    o = [1, 2]; o = 5;
    """
    pyjsvm.run_in_context(src, ctx)
    assert d["seen"] == [2, 4, 6] and d["n"] == 6 and type(d["n"]) is int
    assert d["f"] == 1.5 and type(d["f"]) is float
    assert type(d["z"]) is float and str(d["z"]) == "-0.0"
    assert d["s"] == "ab" and d["t"] == "\u00e9x" and d["b"] is False
    assert d["inf"] == float("inf") and d["o"] == 5
    if isinstance(d, LoggingDict):
        # every write went through the mapping's __setitem__, converted: the initialiser, three assignments
        assert [v for k, v in d.log if k == "n"][-4:] == [0, 2, 4, 6]


def test_global_reads_see_python_writes_and_conversions() -> None:
    d: dict[str, Any] = {"big": 2**53 + 1, "i": 7, "u": "\u00e9", "fn": None}
    ctx = pyjsvm.create_context(d)
    assert pyjsvm.run_in_context("[i + 0.5, typeof i, u.length, fn]", ctx) == [7.5, "number", 1, None]
    with pytest.raises(pyjsvm.JSError, match="RangeError"):
        pyjsvm.run_in_context("big", ctx)  # not an exact Number: the conversion's error, as without the fast path
    pyjsvm.run_in_context("i = 2 ** 60; big = 2 ** 53", ctx)
    assert type(d["i"]) is float and d["i"] == 2.0**60 and type(d["big"]) is int
    d["i"] = 8
    assert pyjsvm.run_in_context("i * 2", ctx) == 16
    pyjsvm.run_in_context("var obj = {k: 1}; function same() { return obj === globalThis.obj; }", ctx)
    assert pyjsvm.run_in_context("obj === obj && same()", ctx) is True
    d["obj"] = 3  # replacing the object from Python: JS sees the new value, not a cached one
    assert pyjsvm.run_in_context("obj", ctx) == 3


def test_global_writes_respect_attributes() -> None:
    d: dict[str, Any] = {}
    ctx = pyjsvm.create_context(d)
    src = """
    var ro = 1;
    Object.defineProperty(globalThis, 'ro', {writable: false});
    ro = 2;
    var strict = (function () { 'use strict'; try { ro = 3; return 'no error'; } catch (e) { return e.name; } })();
    Object.defineProperty(globalThis, 'acc', {get: function () { return 41; }, set: function (v) { this.got = v; }, configurable: true});
    acc = 9;
    [ro, strict, acc, got]
    """
    assert pyjsvm.run_in_context(src, ctx) == [1, "TypeError", 41, 9]
    assert d["ro"] == 1 and d["got"] == 9 and "acc" not in d


def test_builtins_read_and_shadowed_through_the_fast_path() -> None:
    d: dict[str, Any] = {}
    ctx = pyjsvm.create_context(d)
    assert pyjsvm.run_in_context("typeof Math.max + typeof undeclared", ctx) == "functionundefined"
    with pytest.raises(pyjsvm.JSError):
        pyjsvm.run_in_context("undeclared", ctx)
    pyjsvm.run_in_context("Array = 5", ctx)
    assert d["Array"] == 5 and pyjsvm.run_in_context("Array + 1", ctx) == 6


# The two sides of the vm API share the contextified global (api/contextified.py): the same probes
# give the same answers over a Python mapping and over a JS sandbox (node:vm, run by the command).
PROBES = [
    "this === window", "var c = 1; delete c", "typeof c", "function f() {}; delete f", "typeof f",
    "Object.defineProperty(globalThis, 'acc', {get() { return 7; }, configurable: true}); acc",
    "globalThis[Symbol.for('s')] = 3; globalThis[Symbol.for('s')]", "globalThis[0] = 'zero'; globalThis[0]",
    "Object.keys(globalThis).join()", "Object.defineProperty(globalThis, 'ro', {value: 1, writable: false}); ro = 2; ro",
    "'use strict'; try { undeclared = 1; } catch (e) { e.name }", "Array = 5; typeof Array", "NaN = 1; String(NaN)",
    "JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'c'))",
    "Object.setPrototypeOf(globalThis, null); Object.getPrototypeOf(globalThis)",
    "try { Object.freeze(globalThis); } catch (e) { e.name }",
]


def test_one_contextified_global_for_python_and_node_vm(tmp_path: Any) -> None:
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    ctx = pyjsvm.create_context({"a": 1})
    ctx["window"] = ctx
    assert type(global_of(ctx)) is ContextifiedGlobal
    to_str = pyjsvm.run_in_new_context("(x) => String(x)")
    assert isinstance(to_str, pyjsvm.JSFunctionProxy)
    python_side = [to_str(pyjsvm.run_in_context(p, ctx)) for p in PROBES]
    script = tmp_path / "probes.js"
    script.write_text(
        "const vm = require('node:vm'); const sb = {a: 1}; sb.window = sb; vm.createContext(sb);\n"
        f"console.log(JSON.stringify({json.dumps(PROBES)}.map(p => String(vm.runInContext(p, sb)))));\n")
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "-m", "pyjsvm.host.cli", str(script)], capture_output=True, text=True,
                       timeout=300, env={**os.environ, "PYTHONPATH": str(root)})
    assert r.returncode == 0, r.stderr
    js_side = json.loads(r.stdout)
    assert python_side == js_side
    assert python_side[:5] == ["true", "false", "number", "false", "function"]
