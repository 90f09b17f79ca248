"""``https``/``tls`` where node 20 is not the reference: pyjsvm has no TLS, so connections,
requests and servers fail with an 'error' event (code ERR_PYJSVM_TLS_UNSUPPORTED) on the next
tick, then 'close', and never with a traceback (node_cases/https_tls_surface.js has the rest)."""
from __future__ import annotations

from pathlib import Path

from tests.host.conftest import run_pyjsvm

SCRIPT = r"""
const https = require('https'), tls = require('tls');
const log = [];
const req = https.get('https://127.0.0.1:9/x?y', { headers: { 'X-A': '1' } }, () => log.push('response?'));
log.push('sync ' + req.getHeader('x-a') + ' ' + req.method + ' ' + req.path);
req.on('error', (e) => log.push('req error ' + e.code + ' ' + e.message + ' ' + (e instanceof Error)));
req.on('close', () => log.push('req close'));
const s = tls.connect({ host: 'example.com', port: 443, rejectUnauthorized: false }, () => log.push('connect?'));
s.on('error', (e) => log.push('tls error ' + e.code + ' ' + e.message));
s.on('close', () => log.push('tls close'));
const srv = https.createServer({}, () => {});
srv.on('error', (e) => log.push('server error ' + e.code));
srv.listen(0);
const tsrv = tls.createServer(() => {});
tsrv.on('error', (e) => log.push('tls server error ' + e.code));
tsrv.listen(0);
setTimeout(() => console.log(log.join('\n')), 20);
"""


def test_tls_fails_with_an_error_event(tmp_path: Path) -> None:
    (tmp_path / "t.js").write_text(SCRIPT, encoding="utf-8")
    r = run_pyjsvm("t.js", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "sync 1 GET /x?y",
        "req error ERR_PYJSVM_TLS_UNSUPPORTED request to https://127.0.0.1:9/x?y: TLS is not supported by pyjsvm true",
        "req close",
        "server error ERR_PYJSVM_TLS_UNSUPPORTED",
        "tls server error ERR_PYJSVM_TLS_UNSUPPORTED",
        "tls error ERR_PYJSVM_TLS_UNSUPPORTED connect example.com:443: TLS is not supported by pyjsvm",
        "tls close"]


def test_unhandled_tls_error_is_a_js_error(tmp_path: Path) -> None:
    (tmp_path / "t.js").write_text("require('https').get('https://localhost/');", encoding="utf-8")
    r = run_pyjsvm("t.js", cwd=str(tmp_path))
    assert r.returncode == 1
    assert "ERR_PYJSVM_TLS_UNSUPPORTED" in r.stderr and "Traceback" not in r.stderr
