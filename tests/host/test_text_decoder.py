"""TextDecoder where node 20 is not the reference (node_cases/text_decoder.js has the rest):
windows-1252 (the labels latin1, ascii, iso-8859-1 ...) decodes bytes 0x80-0x9F by the Encoding
Standard's index, as browsers do (node 20 decodes them as ISO-8859-1)."""
from __future__ import annotations

from tests.host.conftest import run_pyjsvm


def test_windows_1252_high_bytes_are_the_encoding_standards() -> None:
    src = ("for (const l of ['windows-1252', 'latin1', 'ascii']) console.log(JSON.stringify(Array.from("
           "new TextDecoder(l).decode(new Uint8Array([0x80, 0x81, 0x8d, 0x93, 0x9f, 0xe9])), c => c.charCodeAt(0))))")
    r = run_pyjsvm("-e", src)
    assert r.stdout.splitlines() == ["[8364,129,141,8220,376,233]"] * 3, r.stderr
