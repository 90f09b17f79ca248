"""NON-SPEC: which compiler tier plain code (code that cannot suspend) is compiled for: the
mode (``PYJSVM_EMIT``, ``set_mode``) and the tier-up policy the closure compiler follows.

It is apart from the emitter (emit.py) so that choosing a tier does not import the emitter: a
program whose code all stays on the cold tier (``pyjsvm -e 0``, a script without loops) never
loads it.
"""
from __future__ import annotations

import os

# NON-SPEC: the tier plain code (code that cannot suspend) is compiled for, ``PYJSVM_EMIT``:
# "tiered" (the default; any value but 0 and 1) -- a body without a loop starts on the closure
# compiler (the cold tier: it compiles several times faster, and most code runs once or a few
# times) and is emitted after TIER_UP_CALLS calls (functions.FunctionCompiler.tier_up), a body
# with a loop is emitted at once (it runs hot on its first call, and nothing replaces a running
# activation); "emit" (PYJSVM_EMIT=1) -- every plain body emitted when compiled; "closure"
# (PYJSVM_EMIT=0) -- every plain body on the closure compiler, never emitted.
MODES = ("tiered", "emit", "closure")
_MODE = {"0": "closure", "1": "emit"}.get(os.environ.get("PYJSVM_EMIT", "tiered"), "tiered")
# NON-SPEC: the calls a cold function body runs on the closure tier before it is emitted (the
# call that reaches it finishes there). Measured (CPU, see CONTRIBUTING "Which tier stays"):
# test262's Array.prototype.map + class elements syntax ran fastest with 4 (2 and 8 were
# 10-40% slower), lodash's load 0.140 s with 2, 0.112 s with 4, 0.099 s with 8
TIER_UP_CALLS = 4


def mode() -> str:
    """The tier plain code is compiled for: 'tiered', 'emit' or 'closure' (see ``_MODE``)."""
    return _MODE


def set_mode(new: str) -> str:
    """Compile plain code from now on in mode ``new`` ('tiered', 'emit' or 'closure'); returns
    the old mode. Code compiled before keeps its tier (and a cold body still tiers up)."""
    global _MODE
    if new not in MODES:
        raise ValueError(f"unknown compiler mode {new!r}")
    old = _MODE
    _MODE = new
    return old


def set_enabled(on: bool | str) -> str:
    """``set_mode("emit")`` for True, ``set_mode("closure")`` for False (a mode string as is);
    returns the old mode, which restores it when passed back."""
    return set_mode(on if isinstance(on, str) else "emit" if on else "closure")


def enabled() -> bool:
    """Whether plain bodies may be emitted at all (every mode but 'closure'); suspendable bodies
    (generators, async functions, module code with a top-level ``await``) are emitted either
    way (see ``emits``)."""
    return _MODE != "closure"


def emits(kind: str) -> bool:
    """Whether a body of ``kind`` ('normal', or a suspendable kind: 'generator', 'async',
    'asyncGenerator') may be emitted: a suspendable one always (the emitter is the only
    compiler of suspendable code), a plain one unless the mode is 'closure'."""
    return _MODE != "closure" or kind != "normal"


def plain_tier(has_loop: bool) -> str:
    """The tier a plain body (function, script, eval or module code without a top-level
    ``await``) is compiled for now: 'emit', 'closure', or 'cold' (the closure compiler, emitted
    after TIER_UP_CALLS calls; for code that runs once, as script code, the same as 'closure')."""
    if _MODE == "tiered":
        return "emit" if has_loop else "cold"
    return _MODE
