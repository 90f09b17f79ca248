"""``Script.source_map_url`` (Node: ``script.sourceMapURL``): V8's magic comment, found only in
line comments (never in a string, template or block comment), with V8's rules for the white
space around the URL; compared with node where it is on PATH."""
from __future__ import annotations

import json
import subprocess

import pytest

import pyjsvm as vm
from tests.helpers import NODE

# source -> the URL node reports (None: undefined)
CASES: dict[str, str | None] = {
    "1\n//# sourceMappingURL=sourcemap.json": "sourcemap.json",
    "//# sourceMappingURL=a.map\n//# sourceMappingURL=b.map": "b.map",
    "//@ sourceMappingURL=old.map": "old.map",
    "1 //# sourceMappingURL=same-line.map": "same-line.map",
    "`\n//# sourceMappingURL=tpl.map\n`": None,
    "/*\n//# sourceMappingURL=blk.map\n*/": None,
    "'//# sourceMappingURL=in-string.map'": None,
    "x = /\\/\\/# sourceMappingURL=r.map/": None,
    "//# sourceMappingURL=  spaced.map  ": "spaced.map",
    "//# sourceMappingURL=\tx.map\t": "x.map",
    "//#  sourceMappingURL=two-spaces.map": None,
    "//#sourceMappingURL=nospace.map": None,
    "//# sourceMappingURL=a.map b": None,
    "//# sourceMappingURL=a.map\n//# sourceMappingURL=a b": None,
    "//# sourceMappingURL=a.map\n//# sourceMappingURL=": None,
    "//# sourceMappingURL=a.map\n/*# sourceMappingURL=b.map */": "a.map",
    "//# sourceMappingURL=q\"x.map": "q\"x.map",
    "//#\u00a0sourceMappingURL=\u00a0nbsp.map\u00a0": "nbsp.map",
    "//# sourceMappingURL=x.map\n1;": "x.map",
    "1;\n/* //# sourceMappingURL=fake.map */": None,
    "f(`${1}`) /* a\n //# sourceMappingURL=no.map */ // c\n//# sourceMappingURL=yes.map\n\n": "yes.map",
    "var s = '\U0001F600'; //# sourceMappingURL=after-astral.map": "after-astral.map",
    "// only comments\n//# sourceMappingURL=c.map": "c.map",
}


@pytest.mark.parametrize("source", sorted(CASES))
def test_source_map_url(source: str) -> None:
    assert vm.Script(source).source_map_url == CASES[source]


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
def test_source_map_url_against_node() -> None:
    program = ("const vm = require('vm'); const out = {};"
               "for (const s of JSON.parse(require('fs').readFileSync(0, 'utf8'))) out[s] = new vm.Script(s).sourceMapURL ?? null;"
               "process.stdout.write(JSON.stringify(out));")
    r = subprocess.run([NODE or "node", "-e", program], input=json.dumps(list(CASES)), capture_output=True, text=True,
                       timeout=60)
    assert json.loads(r.stdout) == CASES


def test_source_map_url_with_cached_data() -> None:
    source = "function f() {}\n//# sourceMappingURL=cached.map\n"
    data = vm.Script(source).create_cached_data()
    script = vm.Script(source, cached_data=data)
    assert script.cached_data_rejected is False
    assert script.source_map_url == "cached.map"


def test_source_map_url_found_only_when_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # NON-SPEC: a script naming the comment in a string (acorn, source-map) is tokenized whole to
    # find its URL: that is done when the URL is read, never when the script is made or run
    from pyjsvm.api import vm_core

    tokenized: list[str] = []
    real = vm_core.esprima.tokenize
    monkeypatch.setattr(vm_core.esprima, "tokenize", lambda code, *a: tokenized.append(code) or real(code, *a))
    source = "var s = '//# sourceMappingURL=' + 'x.map';\n//# sourceMappingURL=real.map\ns.length"
    assert vm.run_in_new_context(source) == 26
    assert vm.run_in_new_context(source, vm.constants.DONT_CONTEXTIFY) == 26
    script = vm.Script(source)
    assert tokenized == []
    assert script.source_map_url == "real.map"
    assert script.source_map_url == "real.map"
    assert tokenized == [source]
