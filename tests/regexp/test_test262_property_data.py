"""Check every generated property-escape test of test262 (built-ins/RegExp/property-escapes/
generated, Unicode 17 data from unicode-property-escapes-tests) directly against the RegExp
layer: parse the code points each test builds and run its patterns through the parser and
matcher, without the JS harness (whose string building dominates the test262 run time).
Opt-in (several minutes): set PYJSVM_PROPERTY_DATA=1 and TEST262_DIR to a test262 checkout."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from pyjsvm.regexp.matcher import Matcher
from pyjsvm.regexp.parser import parse_pattern

_DIR = Path(os.environ.get("TEST262_DIR", "/nonexistent")) / "test/built-ins/RegExp/property-escapes/generated"
_FILES = sorted(_DIR.glob("*.js")) if _DIR.is_dir() and os.environ.get("PYJSVM_PROPERTY_DATA") else []

_BUILD = re.compile(r"const (\w+) = buildString\(\{\s*loneCodePoints: \[([^\]]*)\],\s*ranges: \[(.*?)\]\s*\}\);", re.S)
_TEST = re.compile(r"testPropertyEscapes\(\s*/(.*?)/(\w*),\s*(\w+),", re.S)


def _u16(cps: list[int]) -> str:
    out = []
    for c in cps:
        if c > 0xFFFF:
            c -= 0x10000
            out.append(chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF)))
        else:
            out.append(chr(c))
    return "".join(out)


def _build(lone: str, ranges: str) -> str:
    cps = [int(x, 16) for x in re.findall(r"0x([0-9A-Fa-f]+)", lone)]
    bounds = [int(x, 16) for x in re.findall(r"0x([0-9A-Fa-f]+)", ranges)]
    for lo, hi in zip(bounds[::2], bounds[1::2]):
        cps.extend(range(lo, hi + 1))
    return _u16(cps)


@pytest.mark.skipif(not _FILES, reason="opt-in: PYJSVM_PROPERTY_DATA=1 and TEST262_DIR")
@pytest.mark.parametrize("path", _FILES, ids=lambda p: p.name)
def test_property_escape_file(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    strings = {m.group(1): _build(m.group(2), m.group(3)) for m in _BUILD.finditer(text)}
    tests = _TEST.findall(text)
    assert strings and tests
    for source, flags, var in tests:
        s = strings[var]
        m = Matcher(parse_pattern(source, flags), flags)
        r = m.search(s, 0, False, True)
        assert r is not None and r[1] == len(s), f"/{source}/{flags} on {var}"
