"""What a bare start-up loads (issue 17: ``pyjsvm -e 0`` as fast as it can be).

The modules behind ``structuredClone`` and the inspector's Date, RegExp and Map/Set formatting
are imported when first used: a program that needs none of them does not pay for importing
them. Each check runs the command in a fresh interpreter and lists the pyjsvm modules it loaded.
(The emitter stays imported at start-up: imported on first use, its import -- 140-170 ms when
compiled from source -- would fall inside the first timed run that emits, an async function's
say, and count against its ``timeout``.)
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

LAZY = ["pyjsvm.host.structured_clone", "pyjsvm.intrinsics.date",
        "pyjsvm.intrinsics.regexp", "pyjsvm.intrinsics.map_set"]


def loaded_after(argv: list[str]) -> set[str]:
    """The pyjsvm modules loaded after ``pyjsvm <argv>`` ran in a fresh interpreter."""
    prog = ("import json, sys\nfrom pyjsvm.host.cli import main\n"
            f"code = main({argv!r})\n"
            "print(json.dumps([code, sorted(m for m in sys.modules if m.startswith('pyjsvm'))]))")
    out = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    code, mods = json.loads(out.stdout.splitlines()[-1])
    assert code == 0
    return set(mods)


def test_a_bare_start_up_loads_none_of_them() -> None:
    loaded = loaded_after(["-e", "0"])
    assert "pyjsvm.host.inspect" in loaded
    assert not loaded & set(LAZY), sorted(loaded & set(LAZY))


@pytest.mark.parametrize("src, needs", [
    ("structuredClone(new Map([[1, 2]]))", "pyjsvm.host.structured_clone"),
    ("console.log(new Date(0))", "pyjsvm.intrinsics.date"),
    ("console.log(/a/g)", "pyjsvm.intrinsics.regexp"),
    ("console.log(new Set([1]))", "pyjsvm.intrinsics.map_set"),
])
def test_each_is_loaded_by_a_program_that_uses_it(src: str, needs: str) -> None:
    assert needs in loaded_after(["-e", src])


def test_printing_what_the_lazy_modules_format() -> None:
    prog = ("console.log(new Map([[1, new Date(0)]]).set(/a\\//g, new Set([Symbol.for('x')])));"
            "console.log(structuredClone(new Map([[1, [2]]])))")
    out = subprocess.run([sys.executable, "-m", "pyjsvm.host.cli", "-e", prog], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout == ("Map(2) {\n  1 => 1970-01-01T00:00:00.000Z,\n  /a\\//g => Set(1) { Symbol(x) }\n}\n"
                          "Map(1) { 1 => [ 2 ] }\n")
