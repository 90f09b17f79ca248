"""``create_context()``'s ``ContextObject``: its items are kept as JS values (the store of its
global, ``api/contextified.ContextStore``, read and written in place by compiled code) and
converted when Python reads them. Seen from Python it must behave exactly as a context over a
plain dict does (where every JS write is converted at once): every scenario here runs on both and
compares what Python sees, on both tiers and in compact mode."""
from __future__ import annotations

import copy
import json
import math
import threading
import time
from typing import Any, Callable, Iterator

import pytest

import pyjsvm
from pyjsvm.api.contextified import ContextifiedGlobal, ContextStore
from pyjsvm.api.vm import _context_of
from pyjsvm.compiler import emit


@pytest.fixture(params=["emitted", "closures", "compact"])
def tier(request: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Both tiers, and emitted code in compact mode (global access through _gget/_gput)."""
    old = emit.set_enabled(request.param != "closures")
    if request.param == "compact":
        monkeypatch.setattr(emit, "MAX_EMITTED_SOURCE", 200)
    try:
        yield request.param
    finally:
        emit.set_enabled(old)


def global_of(ctx: Any) -> ContextifiedGlobal:
    g = _context_of(ctx).realm.global_object  # type: ignore[union-attr]
    assert isinstance(g, ContextifiedGlobal)
    return g


def key(v: Any) -> Any:
    """A comparable description of a Python value: its type and repr (-0.0, NaN, int vs float)."""
    if isinstance(v, float):
        return ("float", repr(v), math.copysign(1.0, v))
    if isinstance(v, memoryview):
        return ("memoryview", bytes(v))
    return (type(v).__name__, repr(v))


def both(scenario: Callable[[Any], Any]) -> Any:
    """``scenario`` over a plain dict's context and over a ContextObject: what Python sees must be
    the same."""
    plain = scenario(pyjsvm.create_context({}))
    ctx = pyjsvm.create_context()
    assert type(ctx) is pyjsvm.ContextObject and global_of(ctx).js_values
    mine = scenario(ctx)
    assert mine == plain
    return mine


def test_a_context_object_holds_js_values_in_its_store() -> None:
    ctx = pyjsvm.create_context()
    g = global_of(ctx)
    assert isinstance(g.store, ContextStore) and g.global_items is ctx._js
    pyjsvm.run_in_context("var n = 3, s = 'x'", ctx)
    assert ctx._js == {"n": 3.0, "s": "x"} and type(ctx._js["n"]) is float
    assert ctx["n"] == 3 and type(ctx["n"]) is int
    assert global_of(pyjsvm.create_context({})).js_values is False


PROGRAM = """
var n = 0, f = 0.5, z = -0, s = 'a', t = '\\u00e9', b = true, big = 0, o = {k: 1}, a = [1, 2], u, nul = null;
var inf = 0, nan = 0, fn = function () { return 1; };
for (var i = 0; i < 3; i++) { n = n + 2; }
f = f * 3; z = -0; s = s + 'b'; t = t + 'x'; b = !b; inf = 1 / 0; nan = 0 / 0; big = 2 ** 53 + 2;
(function () { n = n + 0.5; n = n + 0.5; })();
"""


def test_python_sees_what_js_wrote(tier: str) -> None:
    def scenario(ctx: Any) -> Any:
        pyjsvm.run_in_context(PROGRAM, ctx)
        seen = [(k, key(v)) for k, v in ctx.items()]
        assert ctx["o"] is ctx["o"] and ctx["fn"] is ctx["fn"]  # one proxy for one object
        assert list(ctx) == list(ctx.keys()) == [k for k, _ in seen] and len(ctx) == len(seen)
        return seen, json.dumps({k: v for k, v in dict(ctx).items() if k not in ("o", "a", "fn", "u")}), \
            [key(v) for v in {**ctx}.values()], [key(v) for v in ctx.values()]
    seen = both(scenario)[0]
    assert ("n", ("int", "7")) in seen and ("u", ("Undefined", "undefined")) in seen


def test_python_sees_each_write_during_the_run(tier: str) -> None:
    def scenario(ctx: Any) -> Any:
        seen: list[Any] = []
        ctx["peek"] = lambda: seen.append((key(ctx["n"]), key(ctx.get("n")), key(dict(ctx)["n"])))
        pyjsvm.run_in_context("var n = 0; for (var i = 0; i < 3; i++) { n = n + 1.5; peek(); n = n + 0.5; peek(); }"
                              "(function () { n = 'x'; peek(); n = null; peek(); n = {}; peek(); n = 1; peek(); })()",
                              ctx)
        return seen
    seen = both(scenario)
    assert seen[:2] == [(("float", "1.5", 1.0),) * 3, (("int", "2"),) * 3]


def test_python_writes_read_back_as_written(tier: str) -> None:
    class Thing:
        pass
    thing, lst, dct, fn, raw = Thing(), [1, 2], {"k": 1}, (lambda: 3), b"xyz"

    def scenario(ctx: Any) -> Any:
        values = {"i": 5, "fl": 5.0, "h": 0.5, "nz": -0.0, "big": 2 ** 60, "thing": thing, "lst": lst, "dct": dct,
                  "fn": fn, "raw": raw, "none": None, "undef": pyjsvm.undefined, "t": True, "e": "\u00e9", "st": {1}}
        for k, v in values.items():
            ctx[k] = v
        out = [key(ctx[k]) for k in values]
        assert all(ctx[k] is v for k, v in values.items() if k not in ("i", "h", "nz", "big", "t", "e"))
        js = pyjsvm.run_in_context("[typeof i, fl + 1, typeof lst, lst.length, dct.k, fn(), raw.length, none, typeof undef,"
                                   " e.length]", ctx)
        out.append(list(js))
        for name, err in (("big", "RangeError"), ("thing", "TypeError")):
            with pytest.raises(pyjsvm.JSError, match=err):
                pyjsvm.run_in_context(f"(function () {{ return {name}; }})()", ctx)
        # read from JS: the Python values are still the ones Python wrote
        assert ctx["lst"] is lst and ctx["dct"] is dct and ctx["fn"] is fn and ctx["raw"] is raw
        assert ctx["thing"] is thing and ctx["big"] == 2 ** 60
        # JS writes the same values back: now they are its conversions, as over a plain dict
        pyjsvm.run_in_context("fl = fl; raw = raw; lst = lst; st = st; (function () { h = h; i = i; })()", ctx)
        out += [key(ctx[k]) for k in ("fl", "raw", "h", "i", "st")]
        assert ctx["lst"] is lst
        return out
    out = both(scenario)
    assert out[1] == ("float", "5.0", 1.0) and out[-5] == ("int", "5")


def test_js_objects_keep_their_identity_and_compare(tier: str) -> None:
    ctx = pyjsvm.create_context()
    pyjsvm.run_in_context("var o = {a: 1}; var p = o; var l = [o];", ctx)
    o = ctx["o"]
    assert o is ctx["p"] and o is ctx["l"][0] and ctx.get("o") is o
    del o
    assert id(ctx["o"]) == id(ctx["o"]) and ctx["o"] is ctx["p"]
    ctx["q"] = ctx["o"]
    assert pyjsvm.run_in_context("q === o && (function () { return q === p; })()", ctx) is True
    pyjsvm.run_in_context("o = 1", ctx)
    assert "o" not in ctx._py  # the entry of the object it held is dropped


def test_every_dict_method() -> None:
    ctx = pyjsvm.create_context()
    pyjsvm.run_in_context("var a = 1, b = 'x', c = null, d = 2.5", ctx)
    plain = {"a": 1, "b": "x", "c": None, "d": 2.5}
    assert ctx == plain and plain == ctx and not (ctx != plain) and ctx != {"a": 1.5}
    assert ctx == pyjsvm.create_context(dict(plain)) or True  # (a dict context compares by content too)
    other = pyjsvm.create_context()
    pyjsvm.run_in_context("var a = 1, b = 'x', c = null, d = 2.5", other)
    assert ctx == other and not ctx != other
    assert repr(ctx) == "ContextObject({'a': 1, 'b': 'x', 'c': None, 'd': 2.5})" and str(ctx) == repr(ctx)
    assert dict(ctx) == plain and {**ctx} == plain and ctx.copy() == plain and type(ctx.copy()) is dict
    assert repr(ctx.items()) == repr(plain.items()) and repr(ctx.values()) == repr(plain.values())
    assert list(reversed(ctx.items())) == list(reversed(plain.items())) and ctx.items() == plain.items()
    assert list(reversed(ctx.values())) == list(reversed(plain.values())) and list(reversed(ctx)) == list(reversed(plain))
    assert (lambda **kw: kw)(**ctx) == plain and dict(ctx.items()) == plain and list(ctx.values()) == list(plain.values())
    assert ctx | {"e": 1} == {**plain, "e": 1} and {"e": 1} | ctx == {"e": 1, **plain}
    assert json.dumps(ctx) == json.dumps(plain) and json.dumps(ctx, indent=1) == json.dumps(plain, indent=1)
    assert ctx.get("a") == 1 and ctx.get("zz") is None and ctx.get("zz", 7) == 7
    with pytest.raises(KeyError):
        ctx["zz"]
    assert ctx.setdefault("a", 9) == 1 and ctx.setdefault("e", 4.0) == 4.0 and type(ctx["e"]) is float
    assert pyjsvm.run_in_context("e + a", ctx) == 5
    assert ctx.pop("e") == 4.0 and ctx.pop("e", "gone") == "gone" and "e" not in ctx
    with pytest.raises(KeyError):
        ctx.pop("e")
    ctx.update({"f": 1}, g=2)
    ctx.update([("h", 3)])
    ctx |= {"i": [1]}
    assert list(ctx)[-4:] == ["f", "g", "h", "i"] and pyjsvm.run_in_context("f + g + h + i[0]", ctx) == 7
    assert ctx.popitem() == ("i", [1]) and pyjsvm.run_in_context("typeof i", ctx) == "undefined"
    del ctx["h"]
    assert pyjsvm.run_in_context("typeof h", ctx) == "undefined" and "h" not in ctx._js
    c = copy.copy(ctx)
    assert c == ctx and c is not ctx and _context_of(c) is _context_of(ctx)
    c["a"] = 100
    assert ctx["a"] == 1
    ctx.clear()
    assert len(ctx) == 0 and ctx == {} and pyjsvm.run_in_context("typeof a", ctx) == "undefined"
    with pytest.raises(KeyError):
        ctx.popitem()
    ctx["window"] = ctx
    assert repr(ctx) == "ContextObject({'window': {...}})"
    assert pyjsvm.run_in_context("window === globalThis", ctx) is True
    assert isinstance(ctx, dict) and pyjsvm.is_context(ctx)


def test_a_context_object_made_by_hand_is_a_dict() -> None:
    d = pyjsvm.ContextObject(a=1.0)
    d["b"] = 2
    assert d["a"] == 1.0 and type(d["a"]) is float and d == {"a": 1.0, "b": 2} and d.pop("b") == 2
    assert repr(d) == "ContextObject({'a': 1.0})" and d.copy() == {"a": 1.0} and d.get("a") == 1.0


def test_javascript_deletes_and_defines(tier: str) -> None:
    def scenario(ctx: Any) -> Any:
        ctx["x"] = 1
        r = pyjsvm.run_in_context("""var keep = 1; delete globalThis.x;
            Object.defineProperty(globalThis, 'ro', {value: 2, writable: false, enumerable: true, configurable: true});
            ro = 3; (function () { ro = 4; })(); keep = 2;
            [typeof x, ro, Object.keys(globalThis).join()]""", ctx)
        return list(r), dict(ctx), list(ctx)
    assert both(scenario)[0] == ["undefined", 2, "keep,ro"]


def test_a_thread_writes_while_js_runs(tier: str) -> None:
    ctx = pyjsvm.create_context()
    pyjsvm.run_in_context("var stop = false, n = 0", ctx)

    def later() -> None:
        time.sleep(0.2)
        ctx["stop"] = True
    th = threading.Thread(target=later)
    th.start()
    try:
        n = pyjsvm.run_in_context("while (!stop) { n = n + 1; } (function () { return stop; })()", ctx, timeout=20000)
    finally:
        th.join()
    assert n is True and ctx["stop"] is True and type(ctx["n"]) is int and ctx["n"] > 0


def test_global_lexical_declarations_shadow_items(tier: str) -> None:
    def scenario(ctx: Any) -> Any:
        ctx["q"] = 2
        r = pyjsvm.run_in_context("var v = 1; let q = 'lexical'; function rq() { return q; } function wq() { q = 5.5; }"
                                  "eval('var w = 3'); let Array; [q, Array, typeof this.Array, v, w]", ctx)
        pyjsvm.run_in_context("let w = 'w'; let v2 = v;", ctx)
        r2 = pyjsvm.run_in_context("wq(); [rq(), q, w, (function () { return [w, q]; })()]", ctx)
        return list(r), list(r2)[:3], list(list(r2)[3]), {k: key(v) for k, v in ctx.items()}
    assert both(scenario)[:3] == (["lexical", pyjsvm.undefined, "function", 1, 3], [5.5, 5.5, "w"], ["w", 5.5])
