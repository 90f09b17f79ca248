"""An uncaught error's report points at the ``throw`` statement that threw it last, as node's
does in CommonJS scripts: not where the error was made, nor where an earlier ``throw`` threw it
(runtime/stack.throw_site: an error object keeps its site in a slot, JSErrorObject.throw_site;
any other object in the THROW_SITES weak table). Both tiers: a function with a loop is emitted
at once, one without runs on the closure tier first; node's report is the reference."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.host.conftest import run_pyjsvm

# name -> (the line of the throw that threw last, program)
PROGRAMS = {
    # made on line 2, thrown and caught on line 4, thrown again (uncaught) on line 6
    "cold_error": (6, "function make() { return new TypeError('made here'); }\n"
                   "const e = make();\n"
                   "function first() {\n  throw e; }\n"
                   "try { first(); } catch (x) {\n  throw x; }\n"),
    "emitted_error": (5, "function make() { return new RangeError('made here'); }\n"
                      "function first(e) { for (let i = 0; i < 2; i++) {}\n"
                      "  throw e; }\n"
                      "function again(e) { for (let i = 0; i < 2; i++) {}\n"
                      "        throw e; }\n"
                      "try { first(make()); } catch (x) { again(x); }\n"),
    "subclass_error": (3, "class MyError extends Error {}\n"
                       "function f(e) { for (let i = 0; i < 2; i++) {}\n"
                       "    throw e; }\n"
                       "f(new MyError('sub'));\n"),
    "plain_object": (5, "const o = { toString() { return 'plain'; } };\n"
                     "function f() { for (let i = 0; i < 2; i++) {}\n"
                     "      throw o; }\n"
                     "try { f(); } catch (x) {\n"
                     "  throw x; }\n"),
}


def _report_head(stderr: str) -> list[str]:
    """The file:line, source line and caret lines the report starts with (after the empty
    line node writes first for a thrown value that is no error)."""
    return stderr.lstrip("\n").split("\n")[:3]


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_report_points_at_last_throw(tmp_path: object, name: str) -> None:
    path = f"{tmp_path}/{name}.js"
    with open(path, "w") as f:
        f.write(PROGRAMS[name][1])
    r = run_pyjsvm(path, cwd=str(tmp_path))
    head = _report_head(r.stderr)
    assert head[0] == f"{path}:{PROGRAMS[name][0]}"
    assert head[2].endswith("^") and head[1][len(head[2]) - 1:].startswith("throw")
    if shutil.which("node") is not None:
        n = subprocess.run(["node", path], capture_output=True, text=True, timeout=60)
        assert head == _report_head(n.stderr)
