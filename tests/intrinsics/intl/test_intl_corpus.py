"""Intl against node: each corpus file (numbers, dates, collation, plurals) prints one line per
case; its ``.stdout`` beside it is what node 20 (ICU 78, CLDR 48) printed for it
(regenerate: ``node tests/intrinsics/intl/NAME.js > tests/intrinsics/intl/NAME.stdout``).
Every line must match, except the known differences listed below with their reasons."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[2]

# (corpus, line index) -> why pyjsvm differs from node there
KNOWN_DIFFERENCES = {
    # node 20's PluralRules resolvedOptions predates the spec's notation/rounding fields, and ICU
    # resolves en-US to "en" (its plural data locale); we report the requested available locale.
    ("plurals", 9): "resolvedOptions fields and locale",
}


def run_corpus(name: str) -> tuple[list[str], list[str]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "pyjsvm.host.cli", str(HERE / f"{name}.js")],
                          capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    expected = (HERE / f"{name}.stdout").read_text(encoding="utf-8").splitlines()
    return expected, proc.stdout.splitlines()


@pytest.mark.parametrize("name", ["numbers", "dates", "collation", "plurals"])
def test_corpus_matches_node(name: str) -> None:
    expected, got = run_corpus(name)
    assert len(got) == len(expected)
    bad = [(i, e, g) for i, (e, g) in enumerate(zip(expected, got))
           if e != g and (name, i) not in KNOWN_DIFFERENCES]
    assert not bad, "\n".join(f"line {i}\n node: {e}\n ours: {g}" for i, e, g in bad[:5])
    # the known differences are still differences (else they should leave the list)
    for (corpus, i) in KNOWN_DIFFERENCES:
        if corpus == name:
            assert expected[i] != got[i]
