"""Syntax errors are worded as V8 (so node) words them, with the offending token's length for
node's ``^^^`` caret; checked against node's ``vm.Script`` where node is on PATH."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pyjsvm.syntax.parse import ParseError, parse_script

CASES = [
    ("let x = ;", "Unexpected token ';'", 1),
    ("foo bar", "Unexpected identifier 'bar'", 3),
    ('let s = "abc\nfoo";', "Invalid or unexpected token", 4),
    ("if (1) {", "Unexpected end of input", 1),
    ("var y = 2 3", "Unexpected number", 1),
    ('x = 5 "s"', "Unexpected string", 3),
    ("var enum = 1", "Unexpected reserved word", 4),
    ('"use strict"; var let = 1', "Unexpected strict mode reserved word", 3),
    ("class { }", "Unexpected token '{'", 1),
    ("@", "Invalid or unexpected token", 1),
    ("a = {b c}", "Unexpected identifier 'c'", 1),
    ("f(,)", "Unexpected token ','", 1),
    ("x = ]", "Unexpected token ']'", 1),
]


def _message(src: str) -> ParseError:
    with pytest.raises(ParseError) as info:
        parse_script(src, "t.js")
    return info.value


@pytest.mark.parametrize("src,message,length", CASES)
def test_v8_wording(src: str, message: str, length: int) -> None:
    e = _message(src)
    assert (e.message, e.length) == (message, length)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_same_messages_as_node() -> None:
    prog = ("const vm = require('vm'); const out = [];"
            "for (const s of JSON.parse(process.argv[1])) { try { new vm.Script(s); out.push(null); }"
            " catch (e) { out.push(e.message); } } console.log(JSON.stringify(out));")
    sources = [c[0] for c in CASES]
    r = subprocess.run(["node", "-e", prog, json.dumps(sources)], capture_output=True, text=True, timeout=60)
    assert json.loads(r.stdout) == [_message(s).message for s in sources]
