"""``https``/``tls`` servers where node 20 is not the reference: pyjsvm has no TLS servers, so
their ``listen`` fails with an 'error' event (code ERR_PYJSVM_TLS_UNSUPPORTED) on the next tick,
never with a traceback; a client's bad ``ca`` is a JS error too (node_cases/https_tls_surface.js
and test_tls_client.py have the rest)."""
from __future__ import annotations

from pathlib import Path

from tests.host.conftest import run_pyjsvm

SCRIPT = r"""
const https = require('https'), tls = require('tls');
const log = [];
const srv = https.createServer({}, () => {});
srv.on('error', (e) => log.push('server error ' + e.code + ' ' + e.message));
srv.listen(0);
const tsrv = tls.createServer(() => {});
tsrv.on('error', (e) => log.push('tls server error ' + e.code));
tsrv.listen(0);
const s = tls.connect({ host: 'localhost', port: 9, ca: 'not a certificate' });
s.on('error', (e) => log.push('bad ca ' + (e instanceof Error) + ' ' + e.code));
setTimeout(() => console.log(log.join('\n')), 20);
"""


def test_tls_servers_fail_with_an_error_event(tmp_path: Path) -> None:
    (tmp_path / "t.js").write_text(SCRIPT, encoding="utf-8")
    r = run_pyjsvm("t.js", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "server error ERR_PYJSVM_TLS_UNSUPPORTED listen: TLS servers are not supported by pyjsvm",
        "tls server error ERR_PYJSVM_TLS_UNSUPPORTED",
        "bad ca true EPROTO"]


def test_unhandled_tls_error_is_a_js_error(tmp_path: Path) -> None:
    (tmp_path / "t.js").write_text("require('https').createServer().listen(0);", encoding="utf-8")
    r = run_pyjsvm("t.js", cwd=str(tmp_path))
    assert r.returncode == 1
    assert "ERR_PYJSVM_TLS_UNSUPPORTED" in r.stderr and "Traceback" not in r.stderr
