"""Differential tests on generated programs (program_generator.py): each seed's program runs on
both tiers and in node; the records must match. The seeds here are a fixed sample; to search
further, run ``python3 -m tests.compiler.test_generated_programs FIRST LAST`` (it prints the seeds
whose records differ and writes their programs to the current folder)."""
from __future__ import annotations

import sys

import pytest

from tests.compiler.program_generator import program
from tests.helpers import NODE, both_tiers, js_str, node_str

SEEDS = range(24)


@pytest.mark.parametrize("seed", SEEDS)
def test_tiers_agree(seed: int) -> None:
    on, off = both_tiers(js_str, program(seed))
    assert on == off
    assert not on.startswith("THROW"), on   # (the program's own try blocks catch everything)
    assert on.count("\n") > 40, on          # (a program that records little tests little)


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("seed", SEEDS)
def test_same_as_node(seed: int) -> None:
    src = program(seed)
    assert js_str(src) == node_str(src)


def _search(first: int, last: int) -> None:
    for seed in range(first, last):
        src = program(seed)
        on, off = both_tiers(js_str, src)
        if on != off or NODE is not None and on != node_str(src):
            with open(f"generated_{seed}.js", "w", encoding="utf-8") as f:
                f.write(src)
            print("differs:", seed, flush=True)


if __name__ == "__main__":
    _search(int(sys.argv[1]), int(sys.argv[2]))
