"""The sandbox corpus as tests: each case in a fresh process (see runner.py), checked on its
outcome, time and memory. Cases that take long on purpose (deep recursion at 10,000 levels,
huge compilations) are marked ``slow`` and run only with PYJSVM_SECURITY_FULL=1 (or
``python -m tests.security.runner``), to keep CI time reasonable."""
from __future__ import annotations

import os

import pytest

from tests.security.corpus import CASES
from tests.security.runner import Case, run_case

FULL = os.environ.get("PYJSVM_SECURITY_FULL") == "1"
SLOW_SECONDS = 20.0


def _param(case: Case) -> object:
    marks: list[pytest.MarkDecorator] = []
    if case.known is not None:
        marks.append(pytest.mark.xfail(reason=case.known, strict=False))
    if case.seconds > SLOW_SECONDS and not FULL:
        marks.append(pytest.mark.skip(reason="slow corpus case: PYJSVM_SECURITY_FULL=1 runs it"))
    return pytest.param(case, id=case.name, marks=marks)


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 100
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: Case) -> None:
    out = run_case(case)
    assert out["passed"], f"{case.name}: {out.get('why')}"
