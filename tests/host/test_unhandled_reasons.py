"""How node names the reason of an unhandled rejection that is not an error: V8's
NoSideEffectsToString (runtime._no_side_effects_string), in the UnhandledPromiseRejection that
ends the program (the default mode) and in the warning of ``--unhandled-rejections=warn``. No JS
runs: a getter, a proxy trap or a ``toString`` method is not called. The expected texts are node
20's."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.host.conftest import run_pyjsvm

# (the reason's source, and what node 20 names it)
REASONS = [
    ("'bar'", "bar"), ("42", "42"), ("10n", "10"), ("undefined", "undefined"), ("null", "null"),
    ("Symbol('s')", "Symbol(s)"), ("{a: 1}", "#<Object>"), ("[1, 2]", "[object Array]"),
    ("new Map()", "#<Map>"), ("new (class Foo {})", "#<Foo>"), ("new (function Bar() {})", "#<Bar>"),
    ("Object.create(null)", "[object Object]"), ("({[Symbol.toStringTag]: 'T'})", "#<Object>"),
    ("new Uint8Array(2)", "[object Uint8Array]"), ("new Proxy({}, {get() { throw 1 }})", "#<Object>"),
    ("({toString() { throw 1 }})", "[object Object]"), ("({get constructor() { throw 1 }})", "[object Object]"),
    ("Object.assign(Object.create(Error.prototype), {message: 'm'})", "Error: m"),
    ("function f() { return 1 }", "function f() { return 1 }"), ("Math", "#<Object>"), ("Object.assign(Object.create(null), {[Symbol.toStringTag]: 'T'})", "[object T]"),
    ("Object.create(Object.create({constructor: function Zed() {}}))", "#<Zed>"),
]


def _script(tmp_path: object) -> str:
    lines = [f"Promise.reject({src});" for src, _ in REASONS]
    path = f"{tmp_path}/reasons.js"
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def _warnings(stderr: str) -> list[str]:
    return [w for w in re.findall(r"^\(node:\d+\) UnhandledPromiseRejectionWarning: (.*)$", stderr, re.M)
            if not w.startswith("Unhandled promise rejection.")]


def test_the_warning_names_each_reason(tmp_path: object) -> None:
    r = run_pyjsvm("--unhandled-rejections=warn", _script(tmp_path))
    assert _warnings(r.stderr) == [shown for _, shown in REASONS]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_node_names_them_so(tmp_path: object) -> None:
    n = subprocess.run(["node", "--unhandled-rejections=warn", _script(tmp_path)], capture_output=True, text=True, timeout=60)
    assert _warnings(n.stderr) == [shown for _, shown in REASONS]


@pytest.mark.parametrize("src,shown", [REASONS[6], REASONS[13], REASONS[17], REASONS[19]])
def test_the_error_that_ends_the_program(tmp_path: object, src: str, shown: str) -> None:
    path = f"{tmp_path}/one.js"
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"Promise.reject({src});\n")
    r = run_pyjsvm(path)
    assert r.returncode == 1
    assert f'The promise rejected with the reason "{shown}".' in r.stderr
    assert "code: 'ERR_UNHANDLED_REJECTION'" in r.stderr
