"""The scans of emitted Python text that run on every emission of a body (emit.py's
``_ENV_NAME``, ``_TEMP_TOKEN``): they find what the plain patterns with a lookbehind first find,
and do it without testing that lookbehind at every character of a long body."""
from __future__ import annotations

import random
import re

from pyjsvm.compiler import emit

# the definitions: a name not preceded by a word character or a dot
ENV_REF = re.compile(r"(?<![\w.])env(?!\w)")
TEMP_REF = re.compile(r"(?<![\w.])t\d+(?!\w)")


def test_same_matches_as_the_lookbehind_patterns() -> None:
    rng = random.Random(56)
    alphabet = "envt019._ (\n=:\u00e9\u0663Zx"
    samples = ["env", "env.vars", "self.env", "xenv", "env1", " env ", "(env)", "t1", "t12a", ".t3", "at4", "t5.x",
               "u = t7 + t8", "\u00e9t9", "\u0663env"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    for s in samples:
        assert [m.span() for m in emit._ENV_NAME.finditer(s)] == [m.span() for m in ENV_REF.finditer(s)], s
        assert [m.span() for m in emit._TEMP_TOKEN.finditer(s)] == [m.span() for m in TEMP_REF.finditer(s)], s


def test_scans_start_with_their_literal() -> None:
    # the speed property, stated without timing it (speed is measured in benchmarks/, never
    # asserted in tests): a pattern that starts with its literal lets the matcher skip to the
    # candidates; one that starts with the lookbehind tests it at every character (10x and 200x
    # slower on a long body, measured when the patterns changed)
    assert emit._ENV_NAME.pattern.startswith("env")
    assert emit._TEMP_TOKEN.pattern.startswith("t")
