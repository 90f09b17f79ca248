"""Helpers shared by the Math / JSON / global functions / Symbol tests."""
from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest

from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import JSArray, JSObject
from pyjsvm.runtime.values import NULL
from pyjsvm.intrinsics.realm import Realm

NODE = shutil.which("node")


def make_realm() -> Realm:
    r = Realm()
    AGENT.realm = r
    return r


def gprop(realm: Realm, path: str) -> Any:
    """Read a dotted path from the global object, e.g. 'Math.max'."""
    o: Any = realm.global_object
    for part in path.split("."):
        o = o.get(part, o)
    return o


def call(realm: Realm, path: str, *args: Any, this: Any = None) -> Any:
    AGENT.realm = realm
    return gprop(realm, path).call(this, list(args))


def error_name(exc: JSThrow) -> str:
    v = exc.value
    return str(v.get("name", v)) if isinstance(v, JSObject) else repr(v)


def to_py(v: Any) -> Any:
    """Convert a JS value made of plain data to Python (objects -> dict, arrays -> list)."""
    if v is NULL:
        return None
    if isinstance(v, JSArray):
        return [to_py(v.get(str(i), v)) for i in range(v.length)]
    if isinstance(v, JSObject):
        return {k: to_py(v.get(k, v)) for k in v.own_property_keys() if type(k) is str}
    return v


def utf16(s: str) -> str:
    """A Python string as a JS string of UTF-16 code units."""
    b = s.encode("utf-16-le", "surrogatepass")
    return "".join(chr(b[i] | (b[i + 1] << 8)) for i in range(0, len(b), 2))


def js_string_to_python(s: str) -> str:
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def eval_js(realm: Realm, source: str) -> Any:
    """Run JS with the engine, skipping the test while the engine does not exist yet."""
    try:
        from pyjsvm.compiler.engine import eval_script  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        pytest.skip("pyjsvm.compiler.engine.eval_script not available yet")
    AGENT.realm = realm
    return eval_script(realm, source)


def node_eval(source: str) -> str:
    """The output of ``console.log`` calls of ``source`` run by node."""
    if NODE is None:
        pytest.skip("node not installed")
    out = subprocess.run([NODE, "-e", source], capture_output=True, text=True, timeout=30)
    return out.stdout


_WRAP = """(function () {
  try {
    var v = (%s);
    return typeof v + ':' + (Object.is(v, -0) ? '-0' : typeof v === 'symbol' ? v.toString() : String(v));
  } catch (e) {
    return 'throw:' + (e && e.constructor && e.constructor.name);
  }
})()"""


def node_results(snippets: list[str]) -> list[str]:
    """Run each snippet (an expression) in node, formatted as ``type:String(value)``."""
    import json
    body = "var __out = [];\n" + "".join("__out.push(" + (_WRAP % s) + ");\n" for s in snippets)
    body += "console.log(JSON.stringify(__out));"
    out = node_eval(body)
    return [utf16(x) for x in json.loads(out)]


def engine_result(snippet: str) -> Any:
    """The snippet's formatted result in pyjsvm; skips when it needs a global or syntax that
    another part of the engine does not provide yet."""
    import re
    realm = make_realm()
    for name in set(re.findall(r"\b(Date|Proxy|Reflect|BigInt|Map|Set|Promise)\b", snippet)):
        if eval_js(realm, "typeof " + name) == "undefined":
            pytest.skip(f"{name} is not implemented yet")
    try:
        return eval_js(realm, _WRAP % snippet)
    except JSThrow as e:  # a SyntaxError from the compiler
        pytest.skip(f"not supported by the compiler yet: {e}")
