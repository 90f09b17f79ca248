"""``-e``/``-p`` code and the REPL see the built-in modules as globals (``vm``, ``fs``, ``os``,
...), as Node has them (node's own test-vm-api-handles-getter-errors.js runs
``node -e "vm.createScript(...)"``); a program read from stdin does not. Each is a lazy,
non-enumerable accessor that an assignment replaces by an ordinary global."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.host.conftest import run_pyjsvm

HAVE_NODE = shutil.which("node") is not None

SHAPE = """
const d = Object.getOwnPropertyDescriptor(globalThis, 'vm');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(vm === require('vm'), fs === require('node:fs'), typeof os.platform);
console.log(typeof _http_agent, 'fs/promises' in globalThis, Object.keys(globalThis).includes('path'));
path = 5;
console.log(path, JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'path')));
"""
SHAPE_OUT = ["function function false true", "true true function", "undefined false false",
             '5 {"value":5,"writable":true,"enumerable":true,"configurable":true}']


def test_eval_code_sees_the_modules() -> None:
    r = run_pyjsvm("-e", SHAPE)
    assert (r.stdout.splitlines(), r.stderr, r.returncode) == (SHAPE_OUT, "", 0)
    if HAVE_NODE:
        n = subprocess.run(["node", "-e", SHAPE], capture_output=True, text=True, timeout=60)
        assert n.stdout.splitlines() == SHAPE_OUT


@pytest.mark.parametrize("args, expected", [
    (["-p", "typeof vm"], "object"),
    (["--input-type=module", "-e", "console.log(typeof util)"], "object"),
    (["-e", "import 'node:fs'; console.log(typeof util)"], "object"),  # (detected as a module)
    (["-e", "var fs = 1; let os = 2; console.log(fs + os)"], "3"),  # declarations win
])
def test_forms(args: list[str], expected: str) -> None:
    r = run_pyjsvm(*args)
    assert (r.stdout.strip(), r.returncode) == (expected, 0), r.stderr


@pytest.mark.parametrize("args", [[], ["--input-type=module"]])
def test_stdin_does_not(args: list[str]) -> None:
    r = run_pyjsvm(*args, "-", stdin="console.log(typeof vm)")
    assert (r.stdout.strip(), r.returncode) == ("undefined", 0), r.stderr


def test_repl_sees_them() -> None:
    r = run_pyjsvm("-i", stdin="typeof vm\n")
    assert "'object'" in r.stdout, r.stdout + r.stderr
