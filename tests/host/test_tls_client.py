"""TLS clients (``tls.connect``, ``https.get``) against a local TLS server with a self-signed
certificate made by ``openssl`` (skipped without it): verified with ``ca``, refused as node
refuses it without (DEPTH_ZERO_SELF_SIGNED_CERT), accepted with ``rejectUnauthorized: false``;
then ``https.createServer`` and ``tls.createServer`` served to pyjsvm's own clients. The
expected lines are node 20's for the same scripts and server. Bad certificates are JS errors."""
from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path

import pytest

from tests.host.conftest import run_pyjsvm

SCRIPT = r"""
const https = require('https'), tls = require('tls'), fs = require('fs');
const port = +process.argv[2];
const ca = fs.readFileSync('cert.pem');
const steps = [
  (next) => https.get('https://localhost:' + port + '/a?b', { ca }, (res) => {
    let t = ''; res.on('data', (d) => t += d); res.on('end', () => { console.log('ca:', res.statusCode, t); next(); });
  }).on('error', (e) => { console.log('ca error', e.code, e.message); next(); }),
  (next) => https.get({ host: 'localhost', port, path: '/x' }, (res) => { console.log('default?', res.statusCode); next(); })
    .on('error', (e) => { console.log('default error', e.code, e.message); next(); }),
  (next) => https.get({ host: 'localhost', port, path: '/nocheck', rejectUnauthorized: false }, (res) => {
    let t = ''; res.on('data', (d) => t += d); res.on('end', () => { console.log('insecure:', res.statusCode, t); next(); });
  }).on('error', (e) => { console.log('insecure error', e.code, e.message); next(); }),
  (next) => {
    const s = tls.connect({ host: 'localhost', port, ca: ca.toString() }, () => {
      console.log('secureConnect', s.authorized, s.encrypted);
      s.end('GET /tls HTTP/1.1\r\nHost: localhost\r\n\r\n');
    });
    let t = '';
    s.on('data', (d) => t += d);
    s.on('end', () => { console.log(t.split('\r\n').pop()); next(); });
    s.on('error', (e) => { console.log('tls error', e.code, e.message); next(); });
  },
];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
"""


def _serve(ctx: ssl.SSLContext, listener: socket.socket) -> None:
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        try:
            with ctx.wrap_socket(conn, server_side=True) as t:
                data = b""
                while b"\r\n\r\n" not in data:
                    d = t.recv(4096)
                    if not d:
                        break
                    data += d
                body = b"secure hello " + data.split(b"\r\n")[0]
                t.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
        except OSError:
            pass   # (a client that refused the certificate)


def _certificate(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not on PATH")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out",
                    "cert.pem", "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
                   cwd=tmp_path, check=True, capture_output=True)


def test_tls_clients_against_a_self_signed_server(tmp_path: Path) -> None:
    _certificate(tmp_path)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(tmp_path / "cert.pem"), str(tmp_path / "key.pem"))
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    threading.Thread(target=_serve, args=(ctx, listener), daemon=True).start()
    try:
        (tmp_path / "t.js").write_text(SCRIPT, encoding="utf-8")
        r = run_pyjsvm("t.js", str(listener.getsockname()[1]), cwd=str(tmp_path), timeout=60)
    finally:
        listener.close()
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "ca: 200 secure hello GET /a?b HTTP/1.1",
        "default error DEPTH_ZERO_SELF_SIGNED_CERT self-signed certificate",
        "insecure: 200 secure hello GET /nocheck HTTP/1.1",
        "secureConnect true true",
        "secure hello GET /tls HTTP/1.1"]


SERVERS = r"""
const https = require('https'), tls = require('tls'), fs = require('fs');
const key = fs.readFileSync('key.pem'), cert = fs.readFileSync('cert.pem');
const server = https.createServer({ key, cert }, (req, res) => {
  res.end(`hello ${req.method} ${req.url} over ${req.socket.encrypted}`);
});
server.on('tlsClientError', (e) => console.log('tlsClientError', typeof e.code));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  https.get({ host: 'localhost', port, path: '/p?q', ca: cert }, (res) => {
    let t = ''; res.on('data', (d) => t += d);
    res.on('end', () => {
      console.log(res.statusCode, t);
      https.get({ host: 'localhost', port, path: '/' }, () => {}).on('error', (e) => {
        console.log('untrusted', e.code);
        const ts = tls.createServer({ key, cert }, (socket) => {
          socket.end('tls says hi, ' + socket.encrypted);
        });
        ts.listen(0, () => {
          const c = tls.connect(ts.address().port, 'localhost', { ca: cert }, () => console.log('authorized', c.authorized));
          let t2 = ''; c.on('data', (d) => t2 += d);
          c.on('end', () => { console.log(t2); c.end(); ts.close(); server.close(); });
        });
      });
    });
  });
});
"""


def test_tls_servers(tmp_path: Path) -> None:
    _certificate(tmp_path)
    (tmp_path / "t.js").write_text(SERVERS, encoding="utf-8")
    r = run_pyjsvm("t.js", cwd=str(tmp_path), timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "200 hello GET /p?q over true",
        "untrusted DEPTH_ZERO_SELF_SIGNED_CERT",
        "tlsClientError string",
        "authorized true",
        "tls says hi, true"]


BAD = r"""
const tls = require('tls');
const s = tls.connect({ host: 'localhost', port: 9, ca: 'not a certificate' });
s.on('error', (e) => console.log('bad ca', e instanceof Error, e.code));
const srv = tls.createServer({ cert: 'not a certificate', key: 'nor a key' });
srv.on('error', (e) => console.log('bad cert', e instanceof Error, e.code));
srv.listen(0);
"""


def test_bad_certificates_are_js_errors(tmp_path: Path) -> None:
    (tmp_path / "t.js").write_text(BAD, encoding="utf-8")
    r = run_pyjsvm("t.js", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert sorted(r.stdout.splitlines()) == ["bad ca true EPROTO", "bad cert true EPROTO"]
