"""util.inspect / console.log of values nested far deeper than node's stack: node stops each where
its stack overflows with a marker (handleMaxCallStackSize), pyjsvm at a fixed depth
(host/inspect.py); each level's text holds all the levels below, so an unbounded nest took
cubic time, unchecked by the run's timeout."""
from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from tests.host.conftest import run_pyjsvm

_DEEP = """
const util = require('util');
let a = [];
for (let i = 0; i < 100000; i++) a = [a];
let o = Object.create(null);
for (let i = 0; i < 100000; i++) { const p = Object.create(null); p.o = o; o = p; }
for (const v of [a, o]) {
  const s = util.inspect(v, { depth: Infinity });
  console.log(s.match(/\\[(\\[Object: null prototype\\]|Array): Inspection [^\\]]*\\]/)[0]);
}
"""
_MARKERS = ("[Array: Inspection interrupted prematurely. Maximum call stack size exceeded.]\n"
            "[[Object: null prototype]: Inspection interrupted prematurely. Maximum call stack size exceeded.]\n")


def test_deep_nest_stops_with_node_marker() -> None:
    r = run_pyjsvm("-e", _DEEP, timeout=90)
    assert (r.stdout, r.stderr, r.returncode) == (_MARKERS, "", 0)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_deep_nest_marker_against_node() -> None:
    # (the array only: node 20's overflow in the object's nest may land in its key's RegExp,
    # a SyntaxError it throws instead)
    code = _DEEP.replace("[a, o]", "[a]")
    n = subprocess.run(["node", "-e", code], capture_output=True, text=True, timeout=60)
    assert n.stdout == _MARKERS.splitlines(keepends=True)[0]


def test_timeout_holds_inside_inspect() -> None:
    # one inspection of ten nests 1,000 deep: seconds of work inside util.inspect, where no JS
    # runs; the 300 ms timeout must stop it, not wait for the JS after it
    code = ("let a = []; for (let i = 0; i < 1000; i++) a = [a];"
            "require('util').inspect(new Array(10).fill(a), { depth: Infinity }).length")
    t = time.monotonic()
    run_pyjsvm("-e", "1")
    start_up = time.monotonic() - t
    t = time.monotonic()
    r = run_pyjsvm("--timeout=300", "-e", code, timeout=90)
    spent = time.monotonic() - t - start_up
    assert "ERR_SCRIPT_EXECUTION_TIMEOUT" in r.stderr and r.returncode != 0
    assert spent < 4.0, spent
