"""``$262.agent`` on pyjsvm (test262/agents.py): agents are threads with realms of their own that
share a SharedArrayBuffer's memory with the test; Atomics.wait blocks an agent until the test's
Atomics.notify, Atomics.waitAsync promises settle in the agent that waited.

Agents need the engine's running state per thread; before that, the host gives no ``agent``."""
from __future__ import annotations

import json

import pytest

from test262.agents import agents_supported
from test262.engines import PyjsvmEngine

pytestmark = pytest.mark.skipif(not agents_supported(), reason="pyjsvm keeps no per-thread running state yet")

# The test side: start agents with `body` (run in each agent's broadcast callback, `a` an Int32Array
# over the shared buffer, index 1 counting the agents that run), wait until they all run, then `main`.
PROGRAM = """
var a = new Int32Array(new SharedArrayBuffer(16));
for (var k = 0; k < %(agents)d; k++) {
  $262.agent.start('$262.agent.receiveBroadcast(function (sab) {' +
    'var a = new Int32Array(sab); Atomics.add(a, 1, 1);' + %(body)s + '});');
}
$262.agent.broadcast(a.buffer);
// (an agent that died never counts itself)
until(function () { return Atomics.load(a, 1) === %(agents)d; }, function () { return 'the agents did not start'; });
function until(done, what) {  // try done() every ms until true, or an Error (what() + ' in time') after `patience` ms
  var deadline = $262.agent.monotonicNow() + %(patience)d;
  while (!done()) {
    if ($262.agent.monotonicNow() > deadline) throw new Error(what() + ' in time');
    $262.agent.sleep(1);
  }
}
function report() {  // a report (none from an agent that died: an Error)
  var r;
  until(function () { return (r = $262.agent.getReport()) !== null; }, function () { return 'no report from the agents'; });
  return r;
}
function notifyAll(n) {  // notify until n waiters were woken
  var woken = 0;
  until(function () { return (woken += Atomics.notify(a, 0)) >= n; }, function () { return 'woke ' + woken + ' of ' + n + ' waiters'; });
  return woken;
}
%(main)s
"""


def run(body: str, main: str, agents: int = 1, patience: int = 60_000) -> list[str]:
    engine = PyjsvmEngine()
    realm = engine.new_realm()
    try:
        script = engine.compile(PROGRAM % {"agents": agents, "body": json.dumps(body), "main": main, "patience": patience}, "agents.js")
        try:
            engine.run(script, realm)
        except Exception as exc:
            # an agent's own failure (kept in its thread) says more than the test's
            errors = [repr(a.error) for a in realm.agents.agents if a.error is not None]
            raise AssertionError(f"{exc}; the agents' errors: {errors or 'none'}") from exc
        return engine.prints(realm)
    finally:
        engine.release(realm)


def test_wait_is_woken_by_notify_from_the_test() -> None:
    out = run("$262.agent.report(Atomics.wait(a, 0, 0)); $262.agent.leaving();",
              "print(notifyAll(2)); print(report()); print(report());", agents=2)
    assert out == ["2", "ok", "ok"]


def test_wait_times_out_and_not_equal() -> None:
    out = run("var t = $262.agent.monotonicNow(); var r = Atomics.wait(a, 0, 0, 30);"
              "$262.agent.report(r + ' ' + ($262.agent.monotonicNow() - t >= 30));"
              "$262.agent.report(Atomics.wait(a, 0, 1)); $262.agent.leaving();",
              "print(report()); print(report());")
    assert out == ["timed-out true", "not-equal"]


def test_agent_sees_the_tests_stores() -> None:
    out = run("while (Atomics.load(a, 2) === 0) ; $262.agent.report(Atomics.exchange(a, 2, 7)); $262.agent.leaving();",
              "Atomics.store(a, 2, 5); print(report()); print(Atomics.load(a, 2));")
    assert out == ["5", "7"]


def test_read_modify_writes_are_atomic_between_agents() -> None:
    out = run("for (var i = 0; i < 2000; i++) Atomics.add(a, 3, 1); $262.agent.report('done'); $262.agent.leaving();",
              "for (var i = 0; i < 2000; i++) Atomics.add(a, 3, 1);"
              "report(); report(); report(); print(Atomics.load(a, 3));", agents=3)
    assert out == ["8000"]


def test_wait_async_in_an_agent_settles_there() -> None:
    out = run("Atomics.waitAsync(a, 0, 0).value.then(function (v) { $262.agent.report('async ' + v); $262.agent.leaving(); });"
              "Atomics.waitAsync(a, 2, 0, 20).value.then(function (v) { $262.agent.report('timer ' + v); });",
              "print(report()); print(notifyAll(1)); print(report());")
    assert out == ["timer timed-out", "1", "async ok"]


def test_an_agent_that_fails_shows_its_error_instead_of_a_hang() -> None:
    with pytest.raises(AssertionError, match=r"no report from the agents in time.*TypeError.*nope"):
        run("null.nope; $262.agent.report('never');", "print(report());", patience=300)


def test_an_agent_that_dies_before_counting_itself_or_waiting_shows_its_error() -> None:
    # the test's own spins (for the agents to count themselves, for waiters to wake) give up
    # after `patience` too: an agent whose script fails never counts itself, one whose
    # callback throws never waits (both spun for ever before, a hang with no error)
    with pytest.raises(AssertionError, match=r"agents did not start in time.*SyntaxError"):
        run("}", "print(report());", patience=300)
    with pytest.raises(AssertionError, match=r"woke 0 of 1 waiters in time.*JSError\('1'\)"):
        run("throw 1", "print(notifyAll(1));", patience=300)
