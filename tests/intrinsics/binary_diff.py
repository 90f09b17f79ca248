"""Differential harness for the binary-data tests: each case is a JS expression whose
JSON.stringify (typed arrays shown as plain arrays, BigInts as strings) is compared with node's."""
from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any, Callable

import pytest

from pyjsvm.compiler.engine import eval_script
from pyjsvm.syntax.utf16 import js_string_to_python
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.operations import safe_describe
from pyjsvm.intrinsics.realm import Realm

PRELUDE = (
    "function show(v) { return JSON.stringify(v, function (k, x) {"
    " if (typeof x === 'bigint') return x.toString() + 'n';"
    " if (typeof x === 'number' && (x !== x || x === 1/0 || x === -1/0 || Object.is(x, -0))) return String(Object.is(x, -0) ? '-0' : x);"
    " if (ArrayBuffer.isView(x) && !(x instanceof DataView)) return Array.from(x);"
    " if (x instanceof ArrayBuffer) return Array.from(new Uint8Array(x));"
    " return x; }); }\n"
)


def node_results(cases: list[str]) -> list[Any] | None:
    if shutil.which("node") is None:
        return None
    prog = PRELUDE + "const out = [];\n" + "\n".join(
        f"try {{ out.push(show({c})); }} catch (e) {{ out.push('THROW ' + e.constructor.name); }}"
        for c in cases) + "\nconsole.log(JSON.stringify(out));"
    res = subprocess.run(["node", "-e", prog], capture_output=True, text=True, timeout=120)
    return list(json.loads(res.stdout))


def ours(case: str) -> Any:
    try:
        v = eval_script(Realm(), PRELUDE + f"show({case})")
    except JSThrow as e:
        return "THROW " + js_string_to_python(safe_describe(e.value)).split(":")[0]
    return None if v is None else js_string_to_python(v)


def node_fixture(cases: list[str]) -> Callable[[], list[Any]]:
    """A module-scoped fixture with node's results for ``cases`` (skips without node)."""
    @pytest.fixture(scope="module")
    def node_out() -> list[Any]:
        res = node_results(cases)
        if res is None:
            pytest.skip("node is not installed")
        return res
    return node_out
