"""An uncaught SyntaxError of eval code or of Function()'s text is printed as node prints it:
``<anonymous_script>:LINE``, that text's line and a caret under the offending token (none at the
end of the input); it showed the line of the call. So is JSON.parse's: the line of the JSON text,
a caret under the error's position (no caret line at the end of the text); it showed the call.
Thrown again by a throw statement, node points at that statement (it showed the text's line).
Compared with node 20 where node is on PATH."""
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
    "JSON.parse('{bad')": "<anonymous_script>:1\n{bad\n ^\n\nSyntaxError: Expected property name or '}' in JSON at position 1",
    'JSON.parse("{\\n  \\"a\\": 1,\\n\\t bad}")':
        "<anonymous_script>:3\n\t bad}\n\t ^\n\nSyntaxError: Expected double-quoted property name in JSON at position 14",
    'JSON.parse("[1,2")': "<anonymous_script>:1\n[1,2\n\nSyntaxError: Expected ',' or ']' after array element in JSON at position 4",
    'JSON.parse("[1,\\n")': "<anonymous_script>:2\n\n\nSyntaxError: Unexpected end of JSON input",
    'JSON.parse("\\"\\\\u12x4\\"")': '<anonymous_script>:1\n"\\u12x4"\n     ^\n\nSyntaxError: Bad Unicode escape in JSON at position 5',
    "JSON.parse(undefined)": '<anonymous_script>:1\nundefined\n^\n\nSyntaxError: "undefined" is not valid JSON',
    'JSON.parse("[1,2,3,4,5,6,7,8,9,10,11,x]")':
        "<anonymous_script>:1\n[1,2,3,4,5,6,7,8,9,10,11,x]\n                         ^\n\n"
        "SyntaxError: Unexpected token 'x', ...\"8,9,10,11,x]\" is not valid JSON",
    "try { JSON.parse('{x') } catch (e) { throw e }":
        "{DIR}/p.js:1\ntry { JSON.parse('{x') } catch (e) { throw e }\n                                     ^\n\n"
        "SyntaxError: Expected property name or '}' in JSON at position 1",
    'try { eval("(") } catch (e) { throw e }':
        '{DIR}/p.js:1\ntry { eval("(") } catch (e) { throw e }\n                              ^\n\n'
        "SyntaxError: Unexpected end of input",
}


def _head(stderr: str) -> str:
    lines = stderr.split("\n")
    end = next(i for i, ln in enumerate(lines) if ln.startswith("SyntaxError:"))
    return "\n".join(lines[:end + 1])


@pytest.mark.parametrize("program", list(CASES))
def test_uncaught_dynamic_syntax_error(program: str, tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(program + "\n", encoding="utf-8")
    r = run_pyjsvm("p.js", cwd=str(tmp_path))
    expected = CASES[program].replace("{DIR}", str(tmp_path))
    assert (_head(r.stderr), r.returncode) == (expected, 1)
    if NODE is not None:
        n = subprocess.run([NODE, "p.js"], capture_output=True, text=True, cwd=str(tmp_path), timeout=60)
        assert (_head(n.stderr), n.returncode) == (expected, 1)
