"""Differential tests: every program in corpus/ runs in pyjsvm and in node; outputs must match."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import NODE, js_str, node_str

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.js"))


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_same_as_node(path: Path) -> None:
    src = path.read_text()
    assert js_str(src) == node_str(src)
