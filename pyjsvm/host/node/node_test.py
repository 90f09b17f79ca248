"""``node:test`` (only under the ``node:`` scheme, as in node), node 20's test runner for a
program run by ``pyjsvm file.js``, written in JS (``node_test_js.py``).

NON-SPEC (node). ``test``/``it``, ``describe``/``suite``, ``before``/``after``/``beforeEach``/
``afterEach`` (in suites, at top level (``before`` there runs at once, as in node 20) and on a
test's context), ``t.test`` subtests and ``test()`` called inside a running test (run one after
another, the first at once; cancelled when they outlive their parent's function, which waits for
them where node goes on to the next test), the ``skip``/``todo``/``only``/
``timeout`` options and ``t.skip()``/``t.todo()``/``t.diagnostic()``, async tests and ``done``
callbacks, uncaught exceptions and unhandled rejections failing the test they come from (or
reported as the run's diagnostics), ``mock.fn``/``mock.method``/``getter``/``setter`` and
``t.mock`` (restored after the test), and node 20's TAP reporter on stdout with its summary and
exit code 1 on failure.
Left out: ``run()`` (throws ERR_METHOD_NOT_IMPLEMENTED), the ``--test`` command and its file
discovery, ``--test-only`` (``only`` gives node's diagnostic and runs everything, as node does
without the option), ``concurrency``, other reporters, ``mock.timers``; failure stacks list
pyjsvm's frames, not node's runner's."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import load_js
from pyjsvm.host.node.node_test_js import NODE_TEST_SOURCE

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_test_module"]


def make_test_module(host: "NodeHost") -> Any:
    """``require('node:test')``."""
    return load_js(host.realm, "node:test", NODE_TEST_SOURCE, host.js_helpers({}))
