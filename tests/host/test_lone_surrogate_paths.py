"""A lone surrogate in a string that goes to the operating system (a path, an argument, an
environment variable) is U+FFFD there, as node encodes it in UTF-8 (host/jsutil.js_os_str):
process.chdir('\\ud800') was a Python traceback, fs and child_process calls 'internal error's.
The expected outputs are node 20's."""
from __future__ import annotations

from pathlib import Path

from tests.host.conftest import run_pyjsvm


def test_paths_arguments_and_environment(tmp_path: Path) -> None:
    src = f"""
    const fs = require('fs'), cp = require('child_process'), out = [];
    const t = (f) => {{ try {{ out.push(String(f())) }} catch (e) {{ out.push(e.code || e.message) }} }};
    t(() => process.chdir('\\ud800'));
    t(() => {{ process.loadEnvFile('\\ud800') }});
    t(() => fs.readdirSync({str(tmp_path)!r} + '/\\ud800'));
    t(() => {{ fs.writeFileSync({str(tmp_path)!r} + '/x\\ud800', 'a'); return fs.readFileSync({str(tmp_path)!r} + '/x\\ufffd', 'utf8') }});
    t(() => cp.execFileSync('echo', ['a\\udc00']).toString().trim() === 'a\\ufffd');
    t(() => cp.spawnSync('\\ud800').error.code);
    t(() => cp.execSync('printf %s "$X"', {{ env: {{ X: '\\ud800b' }} }}).toString() === '\\ufffdb');
    console.log(out.join());
    """
    r = run_pyjsvm("-e", src, cwd=str(tmp_path))
    assert (r.stdout, r.stderr, r.returncode) == ("ENOENT,ENOENT,ENOENT,a,true,ENOENT,true\n", "", 0)
