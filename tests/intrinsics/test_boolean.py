"""Tests of Boolean objects (sec-boolean-objects)."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import JSObject, JSPrimitiveObject
from pyjsvm.intrinsics.realm import Realm


@pytest.fixture
def realm() -> Any:
    r = Realm()
    saved = AGENT.realm
    AGENT.realm = r
    yield r
    AGENT.realm = saved


def _get(o: Any, key: str) -> Any:
    return o.get(key, o)


def test_boolean_call_and_construct(realm: Any) -> None:
    B = realm.intrinsics["%Boolean%"]
    assert B.call(None, []) is False
    assert B.call(None, [1.0]) is True
    assert B.call(None, [""]) is False
    o = B.construct([0.0], B)
    assert isinstance(o, JSPrimitiveObject) and o.primitive is False
    assert o.proto is realm.intrinsics["%Boolean.prototype%"]
    assert _get(B, "length") == 1.0 and _get(B, "name") == "Boolean"


def test_boolean_prototype_is_boolean_object(realm: Any) -> None:
    bp = realm.intrinsics["%Boolean.prototype%"]
    assert isinstance(bp, JSPrimitiveObject) and bp.primitive is False
    assert _get(bp, "valueOf").call(bp, []) is False
    assert _get(bp, "toString").call(True, []) == "true"
    assert _get(bp, "constructor") is realm.intrinsics["%Boolean%"]


def test_this_boolean_value_type_error(realm: Any) -> None:
    bp = realm.intrinsics["%Boolean.prototype%"]
    with pytest.raises(JSThrow):
        _get(bp, "valueOf").call(1.0, [])
    with pytest.raises(JSThrow):
        _get(bp, "toString").call(JSPrimitiveObject(bp, 1.0), [])

JS_CASES = [
    "[Boolean(), Boolean(0), Boolean(''), Boolean('0'), Boolean({}), Boolean(NaN), Boolean(1n), Boolean(0n), Boolean(Symbol())]",
    "(() => { const b = new Boolean(false); return [typeof b, b.valueOf(), !!b, b.toString(), b instanceof Boolean, Object.prototype.toString.call(b)]; })()",
    "[Boolean.prototype.valueOf(), Boolean.prototype.toString(), Object.prototype.toString.call(Boolean.prototype)]",
    "[true.toString(), false.valueOf(), Boolean.length, Boolean.name]",
    "(() => { try { Boolean.prototype.toString.call(1); } catch (e) { return e.constructor.name; } })()",
    "(() => { try { Boolean.prototype.valueOf.call({}); } catch (e) { return e.constructor.name; } })()",
    "(() => { class B extends Boolean {} const b = new B(1); return [b.valueOf(), b instanceof B, b instanceof Boolean]; })()",
    "Object.getOwnPropertyNames(Boolean.prototype).sort()",
    "(() => { const b = Object(true); return [typeof b, b.valueOf(), b == true, b === true]; })()",
]


# --- JS snippets, compared with node when available --------------------------------------------

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


_NODE: dict[str, Any] = {}
# Expected results where node v20 differs from the current spec (e.g. features it lacks).
KNOWN: dict[str, Any] = {}


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
    want = KNOWN.get(case, expected[JS_CASES.index(case)])
    r = Realm()
    import re
    for name in set(re.findall(r"\b(Date|Proxy|Reflect|BigInt|Map|Set|Promise|RegExp)\b|/x/|\b1n\b", case)):
        if name and engine.eval_script(r, "typeof " + name) == "undefined":
            pytest.skip(f"{name} is not implemented yet")
    try:
        have = engine.eval_script(r, f"JSON.stringify({case})")
    except JSThrow as e:
        ctor = e.value.get("constructor", e.value) if isinstance(e.value, JSObject) else None
        have = "THROW " + (ctor.get("name", ctor) if ctor is not None else str(e.value))
    if have == "THROW SyntaxError" and want != have:
        pytest.skip("not supported by the compiler yet")
    assert have == want, case
