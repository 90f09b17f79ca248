"""``fetch`` of the ``pyjsvm`` command against a Python ``http.server`` run by the test itself
(a thread of this process, port 0: no network): the response head comes before the body,
a body sent in chunks over time arrives as a stream, and the event loop stays alive while a
request is in flight. The same script run by node 20 (when on PATH) gives the same output."""
from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from tests.host.conftest import run_pyjsvm


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # (quiet)
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/slow":
            # chunked, one piece every 50 ms: fetch resolves at the head, the body streams
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (b"one ", b"two ", b"three"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.flush()
                time.sleep(0.05)
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/gzip":
            self._send(200, gzip.compress("zipped \u00e9".encode()), {"Content-Encoding": "gzip",
                                                                       "Content-Type": "text/plain; charset=utf-8"})
        elif self.path == "/moved":
            self._send(301, b"", {"Location": "/json"})
        else:
            self._send(200, b'{"path": "%s", "agent": "%s"}' % (self.path.encode(),
                                                                 self.headers.get("User-Agent", "").encode()),
                       {"Content-Type": "application/json", "X-Twice": "a", "Set-Cookie": "k=v"})

    def do_POST(self) -> None:
        n = int(self.headers.get("Content-Length", "0"))
        data = self.rfile.read(n)
        self._send(201, data[::-1], {"Content-Type": self.headers.get("Content-Type", "")})


SCRIPT = r"""
const base = process.argv[2];
(async () => {
  const started = Date.now();
  const r = await fetch(base + '/slow');
  const reader = r.body.getReader();
  const pieces = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pieces.push(new TextDecoder().decode(value));
  }
  console.log(r.status, r.headers.get('content-type'), pieces.join(''), pieces.length > 1);
  const j = await fetch(base + '/json');
  console.log(j.headers.get('x-twice'), j.headers.getSetCookie(), await j.json());
  const m = await fetch(base + '/moved');
  console.log(m.status, m.redirected, new URL(m.url).pathname);
  const g = await fetch(base + '/gzip');
  console.log(await g.text());
  const p = await fetch(base + '/post', { method: 'POST', body: new Uint8Array([1, 2, 3]), headers: { 'content-type': 'x/y' } });
  console.log(p.status, p.statusText, p.headers.get('content-type'), [...new Uint8Array(await p.arrayBuffer())]);
  console.log(Date.now() - started >= 100);
})();
"""

EXPECTED = """\
200 text/plain one two three true
a [ 'k=v' ] { path: '/json', agent: 'node' }
200 true /json
zipped \u00e9
201 Created x/y [ 3, 2, 1 ]
true
"""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_against_a_python_server(server: str, tmp_path: Path) -> None:
    (tmp_path / "f.js").write_text(SCRIPT, encoding="utf-8")
    r = run_pyjsvm("f.js", server, cwd=str(tmp_path))
    assert r.stdout == EXPECTED, r.stderr
    assert r.returncode == 0


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_fetch_against_a_python_server_as_node(server: str, tmp_path: Path) -> None:
    (tmp_path / "f.js").write_text(SCRIPT, encoding="utf-8")
    n = subprocess.run(["node", "f.js", server], capture_output=True, text=True, cwd=tmp_path, timeout=60,
                       stdin=subprocess.DEVNULL, env=dict(os.environ, NO_COLOR="1"))
    assert n.stdout == EXPECTED, n.stderr


def test_a_request_http_client_refuses_is_reported_not_raised() -> None:
    """The worker posts an error for what http.client raises ValueError for (a method with a
    control character, which the JS side never sends), so that the fetch settles."""
    from pyjsvm.host.node.fetch import _Job, _run
    events: list[tuple[object, ...]] = []
    _run("G\nET", "http://127.0.0.1:9/", [], None, "follow", _Job(), lambda *a: events.append(a))
    assert [e[0] for e in events] == ["error"]
