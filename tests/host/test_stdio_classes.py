"""process.stdin/stdout/stderr have node's classes for what their descriptors are: fs.ReadStream
(stdin from a file or /dev/null), net.Socket (a pipe), tty.ReadStream/tty.WriteStream (a
terminal, driven on a pty), SyncWriteStream (stdout to a file); and ``require('tty')``.
Each run is compared with node 20's output for the same kind of descriptor."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
const chain = (o) => { const out = []; for (let p = Object.getPrototypeOf(o); p; p = Object.getPrototypeOf(p)) out.push(p.constructor.name); return out.join(' > '); };
const s = process.stdin, tty = require('tty');
console.log(s.constructor.name, s.isTTY, s.fd, typeof s.setRawMode, chain(s));
for (const w of [process.stdout, process.stderr]) console.log(w.constructor.name, w.isTTY, w.fd, chain(w));
console.log(s instanceof require('stream').Readable, s instanceof require('stream').Duplex, s instanceof tty.ReadStream,
  process.stdout instanceof tty.WriteStream);
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(99), tty.isatty(-1), tty.isatty('0'), tty.isatty(1.5));
if (s.isTTY) process.exit(0);
let n = 0; s.on('data', (d) => { n += d.length; }); s.on('end', () => console.log('read', n));
"""


def _engines(script: Path) -> list[tuple[str, list[str], dict[str, str]]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    out = [("pyjsvm", [sys.executable, "-m", "pyjsvm.host.cli", str(script)], env)]
    if shutil.which("node"):
        out.insert(0, ("node", ["node", str(script)], env))
    return out


def _run(kind: str, cmd: list[str], env: dict[str, str], tmp: Path) -> str:
    data = tmp / "input.txt"
    data.write_text("line one\nline two\n")
    out_file = tmp / "out.txt"
    if kind == "file":
        with open(data) as f:
            return subprocess.run(cmd, stdin=f, capture_output=True, text=True, env=env, timeout=120).stdout
    if kind == "null":
        return subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env,
                              timeout=120).stdout
    if kind == "pipe":
        return subprocess.run(cmd, input=data.read_text(), capture_output=True, text=True, env=env,
                              timeout=120).stdout
    # stdout (and stderr) to a file
    with open(data) as f, open(out_file, "w") as o:
        subprocess.run(cmd, stdin=f, stdout=o, stderr=o, env=env, timeout=120)
    return out_file.read_text()


@pytest.mark.parametrize("kind", ["file", "null", "pipe", "stdout-file"])
def test_stdio_classes(kind: str, tmp_path: Path) -> None:
    script = tmp_path / "stdio.js"
    script.write_text(SCRIPT)
    outputs = {name: _run(kind, cmd, env, tmp_path) for name, cmd, env in _engines(script)}
    ours = outputs["pyjsvm"]
    expected = {"file": "ReadStream undefined 0 undefined ReadStream > Readable",
                "null": "ReadStream undefined 0 undefined ReadStream > Readable",
                "pipe": "Socket undefined 0 undefined Socket > Duplex",
                "stdout-file": "ReadStream undefined 0 undefined ReadStream > Readable"}[kind]
    assert ours.startswith(expected), ours
    if kind == "stdout-file":
        assert "SyncWriteStream undefined 1 SyncWriteStream > Writable" in ours
    if "node" in outputs:
        assert ours == outputs["node"]


def test_stdio_classes_on_a_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    script = tmp_path / "stdio.js"
    script.write_text(SCRIPT)
    outputs = {}
    for name, cmd, env in _engines(script):
        outputs[name] = pexpect.run(" ".join(cmd), env=env, timeout=120).decode().replace("\r\n", "\n")
    ours = outputs["pyjsvm"]
    assert ours.startswith("ReadStream true 0 function ReadStream > Socket > Duplex > Readable"), ours
    assert "WriteStream true 1 WriteStream > Socket > Duplex" in ours
    assert "true true false false false false" in ours  # fds 0 and 1 are the terminal
    if "node" in outputs:
        assert ours == outputs["node"]
