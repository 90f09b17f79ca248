"""Shared test helpers: run JS in a fresh realm and look at the result from Python."""
from __future__ import annotations

import shutil
import subprocess
from typing import Any

from pyjsvm.runtime.agent import JSThrow
from pyjsvm.syntax.utf16 import js_string_to_python
from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import compile_script, eval_script
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.functions import ECMAFunction
from pyjsvm.runtime.operations import safe_describe, to_string
from pyjsvm.intrinsics.realm import Realm

NODE = shutil.which("node")


def js(src: str) -> Any:
    """Run ``src`` in a fresh realm and return the raw completion value."""
    return eval_script(Realm(), src)


def js_str(src: str) -> str:
    """Run ``src`` and describe the outcome as a string: String(value) for primitives,
    'THROW Name: message' for an uncaught throw."""
    try:
        v = eval_script(Realm(), src)
    except JSThrow as e:
        return "THROW " + js_string_to_python(safe_describe(e.value))
    if isinstance(v, JSObject):
        return "[object]" if not v.is_callable else "[function]"
    return js_string_to_python(to_string(v))


NODE_DESCRIBE = (
    "const vm = require('vm');"
    "let out;"
    "try { const v = vm.runInNewContext(require('fs').readFileSync(0, 'utf8'));"
    " out = (typeof v === 'object' && v !== null) ? '[object]' : typeof v === 'function' ? '[function]' : String(v); }"
    "catch (e) { out = 'THROW ' + e.name + ': ' + e.message; }"
    "process.stdout.write(out);"
)


def node_str(src: str) -> str:
    """The same description computed by node (requires node on PATH)."""
    assert NODE is not None
    r = subprocess.run([NODE, "-e", NODE_DESCRIBE], input=src, capture_output=True, text=True, timeout=60)
    return r.stdout


def both_tiers(runner: Any, src: str) -> tuple[str, str]:
    """``runner(src)`` with the emitting tier (pyjsvm/compiler/emit.py) on, then off."""
    old = emit.set_enabled(True)
    try:
        on = runner(src)
        emit.set_enabled(False)
        off = runner(src)
    finally:
        emit.set_enabled(old)
    return on, off


def assert_tiers_and_node_agree(src: str) -> str:
    """``src``'s value described (js_str) with the emitting tier on and off, which must agree,
    and with node's where node is installed; returns it."""
    on, off = both_tiers(js_str, src)
    assert on == off
    if NODE is not None:
        assert on == node_str(src)
    return on


def emitted_function(src: str, name: str) -> Any:
    """Run ``src`` in a fresh realm with every plain body emitted; the global function ``name``
    it defines (an ECMAFunction whose ``code.emitted`` holds its Python source once called)."""
    realm = Realm()
    old = emit.set_enabled(True)
    try:
        compile_script(src).run(realm)
    finally:
        emit.set_enabled(old)
    f = realm.global_object.get(name, realm.global_object)
    assert isinstance(f, ECMAFunction)
    return f


def lower_string_limit(monkeypatch: Any, limit: int) -> None:
    """The longest string lowered to ``limit`` code units for one test: in runtime/operators
    (check_string_length, concat_room) and in intrinsics/string, which reads it too."""
    import pyjsvm.intrinsics.string as string_module
    import pyjsvm.runtime.operators as operators_module
    monkeypatch.setattr(string_module, "MAX_STRING_LENGTH", limit)
    monkeypatch.setattr(operators_module, "MAX_STRING_LENGTH", limit)


def value_or_error_name(src: str) -> object:
    """``src``'s value in a new context, or the name of the JS error it throws."""
    import pyjsvm as vm
    try:
        return vm.run_in_new_context(src, {})
    except vm.JSError as e:
        return str(e).split(":")[0]
