"""An uncaught SyntaxError of eval code or of Function()'s text is printed as node prints it:
``<anonymous_script>:LINE``, that text's line and a caret under the offending token (none at the
end of the input); it showed the line of the call. Compared with node 20 where node is on PATH."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.host.conftest import run_pyjsvm

NODE = shutil.which("node")

# program -> the first lines of the uncaught error's report (up to the message)
CASES = {
    'eval("1 +")': "<anonymous_script>:1\n1 +\n   \n\nSyntaxError: Unexpected end of input",
    'Function("a b")': "<anonymous_script>:3\na b\n  ^\n\nSyntaxError: Unexpected identifier 'b'",
    'new Function("x", "return x +")': "<anonymous_script>:4\n})\n^\n\nSyntaxError: Unexpected token '}'",
    'eval("\\n\\n  foo bar")': "<anonymous_script>:3\n  foo bar\n      ^^^\n\nSyntaxError: Unexpected identifier 'bar'",
    'function f() { (0, eval)("x y") } f()': "<anonymous_script>:1\nx y\n  ^\n\nSyntaxError: Unexpected identifier 'y'",
    "x = [1].map(Function)": "<anonymous_script>:1\n(function anonymous(1,0\n                    ^\n\nSyntaxError: Unexpected number",
}


def _head(stderr: str) -> str:
    lines = stderr.split("\n")
    end = next(i for i, ln in enumerate(lines) if ln.startswith("SyntaxError:"))
    return "\n".join(lines[:end + 1])


@pytest.mark.parametrize("program", list(CASES))
def test_uncaught_dynamic_syntax_error(program: str, tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(program + "\n", encoding="utf-8")
    r = run_pyjsvm("p.js", cwd=str(tmp_path))
    assert (_head(r.stderr), r.returncode) == (CASES[program], 1)
    if NODE is not None:
        n = subprocess.run([NODE, "p.js"], capture_output=True, text=True, cwd=str(tmp_path), timeout=60)
        assert (_head(n.stderr), n.returncode) == (CASES[program], 1)
