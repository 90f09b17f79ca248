"""The agent's ``async_context`` (the AsyncContext proposal's mapping, node:async_hooks' frames):
a promise reaction runs in the context that registered it (then, await), other jobs in the
context that queued them, and a drain of the job queue leaves the context it found."""
from __future__ import annotations

from typing import Any

import pyjsvm as vm
from pyjsvm.runtime.agent import get_agent
from pyjsvm.runtime.jobs import enqueue_job, run_jobs


def _context() -> tuple[Any, list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def set_ctx(v: Any) -> None:
        get_agent().async_context = None if v is vm.undefined else v

    def rec(label: str) -> None:
        seen.append((label, get_agent().async_context))
    return vm.create_context({"setCtx": set_ctx, "rec": rec}), seen


def test_reactions_run_in_the_context_that_registered_them() -> None:
    ctx, seen = _context()
    vm.run_in_context("""
      let resolve; const p = new Promise(r => { resolve = r; });
      setCtx('A'); p.then(() => rec('then-A'));
      setCtx('B'); p.then(() => rec('then-B')).then(() => rec('chained-B'));
      (async () => { setCtx('C'); await p; rec('await-C'); setCtx('D'); await null; rec('await-D'); })();
      setCtx('R'); resolve();
      Promise.resolve().then(() => rec('settled-R'));
      setCtx(undefined);
      Promise.resolve().then(() => rec('none'));
    """, ctx)
    assert seen == [("then-A", "A"), ("then-B", "B"), ("await-C", "C"), ("settled-R", "R"), ("none", None),
                    ("chained-B", "B"), ("await-D", "D")]
    assert get_agent().async_context is None


def test_thenable_job_and_plain_jobs_take_the_running_context() -> None:
    ctx, seen = _context()
    vm.run_in_context("""
      setCtx('T');
      Promise.resolve({ then(ok) { rec('thenable'); ok(); } });
      setCtx(undefined);
    """, ctx)
    assert seen == [("thenable", "T")]
    agent = get_agent()
    got: list[Any] = []
    agent.async_context = "queued"
    enqueue_job(lambda: got.append(agent.async_context), None)
    agent.async_context = "outer"
    run_jobs()
    assert got == ["queued"]
    assert agent.async_context == "outer"   # the drain restores what it found
    agent.async_context = None
