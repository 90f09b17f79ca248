"""Differential fuzz of the emitter's fast paths against node (programs: fuzz_programs.py).

Each example is a program of up to a dozen cases run in one vm context (contextified, or
DONT_CONTEXTIFY), in pyjsvm and in node, with the microtask queue drained after the run; the
records must agree case by case. A failure names the first case that differs and prints its
JS. CI runs a bounded number of examples (``PYJSVM_FUZZ_EXAMPLES``, default 25) from a fixed seed
(``PYJSVM_FUZZ_SEED``, default 5);
for a longer search run for instance

    PYJSVM_FUZZ_EXAMPLES=2000 PYJSVM_FUZZ_RANDOM=1 python3 -m pytest -q tests/compiler/test_fuzz_node.py

(``--hypothesis-seed=N`` picks a random run's seed) or ``python3 -m tests.compiler.test_fuzz_node
N [SECONDS]`` which runs N programs (for at most SECONDS) and writes those that differ to the
current folder; ``PYJSVM_FUZZ_PLACES=flow,sidefx`` draws the expression cases in those places
alone.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings, strategies as st

import pyjsvm as vm
from tests.compiler.fuzz_programs import REPORT, cases, program_text
from tests.helpers import NODE

EXAMPLES = int(os.environ.get("PYJSVM_FUZZ_EXAMPLES", "25"))
RANDOM = bool(os.environ.get("PYJSVM_FUZZ_RANDOM"))
SEED = int(os.environ.get("PYJSVM_FUZZ_SEED", "5"))

NODE_RUNNER = r"""
const vm = require('vm');
const { src, dont, report } = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const ctx = vm.createContext(dont ? vm.constants.DONT_CONTEXTIFY : {}, { microtaskMode: 'afterEvaluate' });
let out;
try { vm.runInContext(src, ctx); out = vm.runInContext(report, ctx); }
catch (e) { out = 'PROGRAM THROWS ' + e.name + ': ' + e.message; }
process.stdout.write(out);
"""


def run_node(src: str, dont_contextify: bool) -> str:
    assert NODE is not None
    r = subprocess.run([NODE, "-e", NODE_RUNNER], input=json.dumps({"src": src, "dont": dont_contextify, "report": REPORT}),
                       capture_output=True, text=True, timeout=120)
    return r.stdout + r.stderr


def run_pyjsvm(src: str, dont_contextify: bool) -> str:
    ctx = vm.create_context(vm.constants.DONT_CONTEXTIFY if dont_contextify else {}, microtask_mode="afterEvaluate")
    try:
        vm.run_in_context(src, ctx, timeout=120_000)
        out = vm.run_in_context(REPORT, ctx)
    except vm.JSError as e:
        return f"PROGRAM THROWS {e}"
    assert isinstance(out, str)
    return out


def first_difference(src: str, ours: str, node: str) -> str | None:
    """None when the records agree, else the first case that differs: its JS and both records."""
    if ours == node:
        return None
    a, b = ours.split("\n"), node.split("\n")
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<missing>"
        y = b[i] if i < len(b) else "<missing>"
        if x != y:
            start = src.find(f"// case {i}:")
            end = src.find("// case ", start + 1)
            case = src[start:end if end >= 0 else None] if start >= 0 else src
            return f"case {i} differs\n{case}\npyjsvm: {x}\nnode:   {y}"
    return "differs"


_settings: dict[str, Any] = {
    "max_examples": EXAMPLES, "deadline": None, "database": None,
    "suppress_health_check": list(HealthCheck),
    "phases": [Phase.explicit, Phase.generate],   # (shrinking through node runs takes long: the case is printed)
}


def _seeded(f: Any) -> Any:
    """``f`` with the fixed seed (PYJSVM_FUZZ_SEED) unless PYJSVM_FUZZ_RANDOM is set."""
    return f if RANDOM else seed(SEED)(f)


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@_seeded
@settings(**_settings)
@given(cases, st.booleans())
def test_same_as_node(program: list[tuple[str, str, list[str]]], dont_contextify: bool) -> None:
    src = program_text(program)
    ours = run_pyjsvm(src, dont_contextify)
    assert not ours.startswith("PROGRAM THROWS"), (ours, src)   # (every case catches its throws)
    diff = first_difference(src, ours, run_node(src, dont_contextify))
    assert diff is None, diff


class _TimeUp(Exception):
    """The search's time is over (ends hypothesis' run at once)."""


def _search(n: int, seconds: float) -> None:
    found = ran = 0
    start = time.monotonic()

    @settings(**{**_settings, "max_examples": n})
    @given(cases, st.booleans())
    def one(program: list[tuple[str, str, list[str]]], dont_contextify: bool) -> None:
        nonlocal found, ran
        if time.monotonic() - start > seconds:
            raise _TimeUp
        ran += 1
        if ran % 25 == 0:
            print("programs run:", ran, flush=True)
        src = program_text(program)
        diff = first_difference(src, run_pyjsvm(src, dont_contextify), run_node(src, dont_contextify))
        if diff is not None:
            found += 1
            with open(f"fuzz_{found}.js", "w", encoding="utf-8") as f:
                f.write(f"// dont_contextify={dont_contextify}\n{src}\n/*\n{diff}\n*/\n")
            print(diff.split("\n")[0], "->", f"fuzz_{found}.js", flush=True)
    try:
        one()
    except _TimeUp:
        pass
    print("programs:", ran, "differing:", found)


if __name__ == "__main__":
    _search(int(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else float("inf"))
