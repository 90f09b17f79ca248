"""What the differential fuzz of the built-ins (test_builtin_fuzz_node.py) found, one JS snippet
each with the outcome it must have: node's (checked against node when it is on PATH), or the
spec's where node 20 is the one that is wrong (NODE_DIFFERS says why)."""
from __future__ import annotations

import pytest

from tests.helpers import NODE, js_str, node_str

CASES: dict[str, tuple[str, str]] = {
    # ECMA-402's Array.prototype.toLocaleString and %TypedArray%.prototype.toLocaleString pass
    # « locales, options » to each element's toLocaleString (the invalid tag is a RangeError)
    "array toLocaleString passes locales": (
        "try { [1].toLocaleString(' 12 ') } catch (e) { e.constructor.name }", "RangeError"),
    "typed array toLocaleString passes locales": (
        "try { new Float64Array([1]).toLocaleString(' 12 ') } catch (e) { e.constructor.name }", "RangeError"),
    "toLocaleString arguments seen by the elements": (
        "var seen = []; var o = { toLocaleString(...a) { seen.push(a.length, a[0], a[1]); return 'x' } };"
        "[o, o].toLocaleString('de', 7) + seen.join()", "x,x2,de,7,2,de,7"),
}

NODE_DIFFERS: dict[str, str] = {}


@pytest.mark.parametrize("name", list(CASES))
def test_outcome(name: str) -> None:
    src, expected = CASES[name]
    assert js_str(src) == expected


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", [n for n in CASES if n not in NODE_DIFFERS])
def test_node_agrees(name: str) -> None:
    src, expected = CASES[name]
    assert node_str(src) == expected
