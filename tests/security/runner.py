"""The sandbox corpus runner: each case runs in a fresh process (forked from a server process
that imported pyjsvm once, so a case costs milliseconds, not an interpreter start) and is
checked on its outcome, its wall time and its peak RSS growth. A crash (a signal), a hang (the
case's time limit plus a margin), a Python exception that escaped the engine, or memory growth
past the limit fails the case.

Run it as part of the test suite (tests/security/test_corpus.py) or alone:
``python -m tests.security.runner [name-substring ...]`` prints a table with the measurements.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
import traceback
from dataclasses import dataclass, field
from typing import Any

# outcome kinds a case may expect
OK = "ok"              # completed; ``value`` (when given) is the result
RANGE = "range"        # JSError RangeError (stack, size, memory limits)
TIMEOUT = "timeout"    # the run's timeout fired (JSError ERR_SCRIPT_EXECUTION_TIMEOUT)
JSERR = "jserror"      # any JSError
OK_OR_RANGE = "ok-or-range"
TIMEOUT_OR_RANGE = "timeout-or-range"
OK_OR_TIMEOUT = "ok-or-timeout"  # ends within its timeout: a result, or the timeout fired in time
ANY_JS = "any-js"      # a result or any JSError: no crash, hang or Python exception


@dataclass
class Case:
    """One corpus case: JS ``code`` run with ``vm.run_in_new_context(code, timeout=...)``, or
    Python ``py`` run with ``vm`` and ``run`` in scope (its value is the variable ``result``)."""

    name: str
    expect: str
    code: str | None = None
    py: str | None = None
    value: Any = None
    timeout: int | None = 2000       # ms, for ``code`` (None: no timeout)
    seconds: float = 10.0            # wall-time limit for the whole case
    rss_mb: float = 300.0            # peak RSS growth limit
    message: str | None = None       # substring of the error message
    known: str | None = None         # a known failure, not fixed yet: why (the test is an xfail)
    tags: tuple[str, ...] = field(default_factory=tuple)


def _peak_rss_kb() -> int:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:  # pragma: no cover - not Linux
        pass
    import resource
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _child(case: Case, conn: Any) -> None:
    import pyjsvm as vm
    rss0 = _peak_rss_kb()
    t0 = time.monotonic()
    outcome: dict[str, Any] = {}
    try:
        if case.code is not None:
            value = vm.run_in_new_context(case.code, timeout=case.timeout)
        else:
            ns: dict[str, Any] = {"vm": vm, "run": lambda c, **k: vm.run_in_new_context(c, **{"timeout": 2000, **k})}
            exec(case.py or "", ns)  # noqa: S102 - the corpus is ours
            value = ns.get("result")
        outcome = {"kind": OK, "value": _plain(value)}
    except vm.JSError as e:
        msg = str(e)
        kind = TIMEOUT if getattr(e, "code", None) == "ERR_SCRIPT_EXECUTION_TIMEOUT" else (
            RANGE if getattr(e, "name", "") == "RangeError" else JSERR)
        outcome = {"kind": kind, "message": msg[:300]}
    except BaseException as e:  # noqa: BLE001 - an escape is what we look for
        outcome = {"kind": "python:" + type(e).__name__, "message": (str(e)[:200] + "\n" + traceback.format_exc()[-600:])}
    outcome["seconds"] = time.monotonic() - t0
    outcome["rss_mb"] = (_peak_rss_kb() - rss0) / 1024
    conn.send(outcome)
    conn.close()
    os._exit(0)


def _plain(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"<int of {value.bit_length()} bits>"
    if value is None or isinstance(value, (bool, int, float, str)):
        return value if not isinstance(value, str) else value[:200]
    return repr(type(value))


_CTX: Any = None


def _context() -> Any:
    global _CTX
    if _CTX is None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        _CTX = multiprocessing.get_context(method)
        if method == "forkserver":
            _CTX.set_forkserver_preload(["pyjsvm"])
    return _CTX


def run_case(case: Case) -> dict[str, Any]:
    """Run ``case`` in a fresh process; returns its outcome with ``passed`` and ``why``."""
    ctx = _context()
    recv, send = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_child, args=(case, send))
    t0 = time.monotonic()
    p.start()
    send.close()
    outcome: dict[str, Any] | None = None
    limit = case.seconds + 5.0
    if recv.poll(limit):
        try:
            outcome = recv.recv()
        except EOFError:
            outcome = None
    p.join(5.0 if outcome is not None else 0.1)
    if p.is_alive():
        p.kill()
        p.join()
        if outcome is None:
            return {"kind": "hang", "passed": False, "why": f"no result after {limit:.0f}s",
                    "seconds": time.monotonic() - t0}
    if outcome is None:
        return {"kind": "crash", "passed": False, "why": f"exit code {p.exitcode}", "seconds": time.monotonic() - t0}
    why = _check(case, outcome)
    outcome["passed"] = why is None
    outcome["why"] = why
    return outcome


def _check(case: Case, out: dict[str, Any]) -> str | None:
    kind = out["kind"]
    if case.expect == ANY_JS:
        if kind not in (OK, RANGE, JSERR, TIMEOUT):
            return f"expected a result or a JSError, got {kind}: {out.get('message', '')[:200]}"
    elif case.expect == OK_OR_TIMEOUT:
        if kind not in (OK, TIMEOUT):
            return f"expected {case.expect}, got {kind}: {out.get('message', out.get('value'))!s:.200}"
        if kind == TIMEOUT:
            return _check_time(case, out)
    elif case.expect in (OK_OR_RANGE, TIMEOUT_OR_RANGE):
        if kind not in (RANGE, OK if case.expect == OK_OR_RANGE else TIMEOUT):
            return f"expected {case.expect}, got {kind}: {out.get('message', out.get('value'))!s:.200}"
    elif kind != case.expect:
        return f"expected {case.expect}, got {kind}: {out.get('message', out.get('value'))!s:.300}"
    if case.expect == OK and case.value is not None and out.get("value") != case.value:
        return f"expected value {case.value!r}, got {out.get('value')!r}"
    if case.message is not None and case.message not in out.get("message", ""):
        return f"expected message with {case.message!r}, got {out.get('message')!r}"
    return _check_time(case, out)


def _check_time(case: Case, out: dict[str, Any]) -> str | None:
    if out["seconds"] > case.seconds:
        return f"took {out['seconds']:.1f}s (limit {case.seconds}s)"
    if out["rss_mb"] > case.rss_mb:
        return f"peak RSS grew {out['rss_mb']:.0f} MiB (limit {case.rss_mb} MiB)"
    return None


def main(argv: list[str]) -> int:
    from tests.security.corpus import CASES
    failed = 0
    for case in CASES:
        if argv and not any(a in case.name for a in argv):
            continue
        out = run_case(case)
        failed += not out["passed"]
        mark = "ok  " if out["passed"] else "FAIL"
        print(f"{mark} {case.name:45s} {out['kind']:14s} {out.get('seconds', 0):6.2f}s "
              f"{out.get('rss_mb', 0):7.1f}MiB {out.get('why') or ''}", flush=True)
    print(f"{failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
