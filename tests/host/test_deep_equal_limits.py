"""util.isDeepStrictEqual / assert.deepStrictEqual of nests far deeper than node's stack (node:
RangeError): the pairs on the way down were a list searched at every level (two nests 100,000
deep: minutes, unchecked by the timeout); they are a dict now, and each pair compared is a step
of the run's budget (host/util_module.py deep_equal)."""
from __future__ import annotations

from tests.host.conftest import run_pyjsvm

_NESTS = "var a = [], b = []; for (var i = 0; i < 100000; i++) { a = [a]; b = [b] } console.log('built');"


def test_deep_nests_compare_within_the_timeout() -> None:
    code = _NESTS + ("console.log(require('util').isDeepStrictEqual(a, b));"
                     "require('assert').deepStrictEqual(a, b); console.log('asserted')")
    r = run_pyjsvm("--timeout=30000", "-e", code, timeout=60)
    assert (r.stdout, r.stderr, r.returncode) == ("built\ntrue\nasserted\n", "", 0)


def test_each_pair_is_a_step() -> None:
    # building the nests takes about 100,000 steps, comparing them 100,001 more
    r = run_pyjsvm("--step-limit=150000", "-e", _NESTS + "console.log(require('util').isDeepStrictEqual(a, b))",
                   timeout=60)
    assert r.stdout == "built\n" and "ERR_SCRIPT_EXECUTION_STEP_LIMIT" in r.stderr and r.returncode != 0
