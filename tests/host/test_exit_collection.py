"""The ``pyjsvm`` command does not run the cyclic collector over what the program left alive once
the program has ended (the process exits next): restoring the host's thresholds as engine_limits
ends used to start a collection of every young object there, 0.6-0.9 s after loading a large
data file."""
from __future__ import annotations

import subprocess
import sys

from tests.host.conftest import CASES

# the command's main() as the console script calls it (sys.argv, sys.exit), with a note of every
# collection that starts after the program's own work (_main) has returned
_WRAPPER = """
import atexit, gc, sys
from pyjsvm.host import cli
ended = []
late = []
main = cli._main

def _main(args):
    code = main(args)
    # what a large program leaves young at its end (alive, as a loaded library's tree is)
    ended.append([[i] for i in range(60_000)])
    return code

cli._main = _main
gc.callbacks.append(lambda phase, info: ended and phase == "start" and late.append(info["generation"]))
atexit.register(lambda: sys.stderr.write(f"late collections: {late}\\n"))
sys.argv = ["pyjsvm", "-e", sys.argv[1]]
cli.main()
"""


def test_no_collection_after_the_program_ends() -> None:
    program = "globalThis.keep = [" + ",".join(f"{{a{i}: [{i}, 'x{i}', {{b: {i}}}]}}" for i in range(3000)) + "];" \
              " console.log(keep.length)"
    r = subprocess.run([sys.executable, "-c", _WRAPPER, program], capture_output=True, text=True,
                       cwd=CASES, timeout=300, stdin=subprocess.DEVNULL)
    assert (r.stdout, r.returncode) == ("3000\n", 0), r.stderr
    assert "late collections: []\n" in r.stderr
