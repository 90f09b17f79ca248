"""The parts of ``worker_threads``, ``cluster``, ``v8`` and ``dns`` pyjsvm does not have fail with a
node-style error (their working parts are node_cases/v8_workers_cluster.js and dns_lookup.js)."""
from __future__ import annotations

from pathlib import Path

from tests.host.conftest import run_pyjsvm

SCRIPT = r"""
const tryIt = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
tryIt(() => new (require('worker_threads').Worker)('./w.js'));
tryIt(() => require('cluster').fork());
tryIt(() => require('v8').serialize({}));
const dns = require('dns');
dns.resolve4('example.com', (e) => console.log(e.code, e.syscall, e.hostname, e.message));
dns.promises.resolveMx('example.com').catch((e) => console.log('rejected', e.code, e.syscall));
"""


def test_unsupported_parts_throw_node_errors(tmp_path: Path) -> None:
    (tmp_path / "t.js").write_text(SCRIPT, encoding="utf-8")
    r = run_pyjsvm("t.js", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "Error ERR_PYJSVM_WORKERS_UNSUPPORTED Worker threads are not supported by pyjsvm",
        "Error ERR_PYJSVM_CLUSTER_UNSUPPORTED cluster.fork() is not supported by pyjsvm",
        "Error ERR_METHOD_NOT_IMPLEMENTED The serialize() method is not implemented",
        "rejected ENOTIMP queryMx",
        "ENOTIMP queryA example.com queryA ENOTIMP example.com"]
