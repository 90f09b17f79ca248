"""``on_step`` tracing (compiler.core.tracing) on both tiers: the emitted code calls the hook
before the same statements, in the same order and with the same positions, as the closure
compiler's (StatementCompiler.traced) -- for every corpus program, plainly and as the body of a
generator and of an async function (test_suspend_matrix.wrap; such bodies are emitted on both
settings of the switch, so they are checked against the same body in a plain function on the
closure tier), promise jobs included."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import compile_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.functions import ECMAFunction
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.runtime.operations import safe_describe
from pyjsvm.syntax.utf16 import js_string_to_python
from tests.compiler.test_suspend_matrix import SCRIPT_ONLY, wrap

# (recursion.js overflows the stack, at a depth that differs between the tiers)
CORPUS = [p for p in sorted((Path(__file__).parent / "corpus").glob("*.js")) if p.stem != "recursion"]


def traced(src: str) -> tuple[str, list[tuple[int, int]], Realm]:
    """Run ``src`` as a script traced by ``on_step`` (promise jobs too): its outcome, the steps."""
    realm = Realm()
    steps: list[tuple[int, int]] = []
    realm.host_defined["pyjsvm.on_step"] = lambda line, column: steps.append((line, column))
    try:
        v = compile_script(src, "<traced>", trace=True).run(realm)
        run_jobs()
        out = js_string_to_python(safe_describe(v))
    except JSThrow as e:
        out = "THROW " + js_string_to_python(safe_describe(e.value))
    return out, steps, realm


def both(src: str) -> tuple[Any, Any]:
    old = emit.set_enabled(True)
    try:
        on = traced(src)[:2]
        emit.set_enabled(False)
        off = traced(src)[:2]
    finally:
        emit.set_enabled(old)
    return on, off


def shaped(src: str, shape: str) -> str:
    """``src`` as script code, or wrapped as the body of a generator, of an async function or of
    a plain function whose ``(0,    N)`` stand where the others have ``(yield N)`` / ``(await N)``
    (so that every statement of the body has the same position in the three)."""
    if shape == "generator":
        return ("var __it = (function* () {\n" + wrap(src, "yield") + "\n}).call(this);\n"
                "var __r = __it.next(); while (!__r.done) __r = __it.next(__r.value); __r.value")
    if shape == "async":
        return "(async function () {\n" + wrap(src, "await") + "\n}).call(this)"
    if shape == "function":
        return "(function () {\n" + wrap(src, "0,   ") + "\n}).call(this)"
    return src


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
@pytest.mark.parametrize("shape", ["script", "generator", "async"])
def test_the_same_steps_on_both_tiers(path: Path, shape: str) -> None:
    """Script code on both tiers; a suspendable body (emitted whatever the switch says, its nested
    plain functions on both tiers) against the same body in a plain function on the closure
    tier: the same steps inside the body, in the same order."""
    src = path.read_text()
    on, off = both(shaped(src, shape))
    assert on[1], "nothing was traced"
    assert on == off
    if shape != "script" and path.stem not in SCRIPT_ONLY:
        body = range(2, 2 + shaped(src, "function").count("\n"))
        old = emit.set_enabled(False)
        try:
            plain = traced(shaped(src, "function"))[1]
        finally:
            emit.set_enabled(old)
        steps = [s for s in on[1] if s[0] in body]
        assert steps == [s for s in plain if s[0] in body]


def test_traced_code_is_emitted_and_the_steps_are_the_statements() -> None:
    old = emit.set_enabled(True)
    try:
        out, steps, realm = traced("function f(n) {\n  var s = 0;\n  for (var i = 0; i < n; i++) {\n"
                                   "    s += i;\n  }\n  return s;\n}\nf(2)")
    finally:
        emit.set_enabled(old)
    f = realm.global_object.get("f", realm.global_object)
    assert isinstance(f, ECMAFunction)
    assert f.code.emitted is not None and "_step(" in f.code.emitted
    assert out == "1"
    assert steps == [(8, 1), (2, 3), (3, 3), (4, 5), (4, 5), (6, 3)]


def test_the_hook_can_stop_emitted_code() -> None:
    class Stop(Exception):
        pass
    realm = Realm()
    seen: list[int] = []

    def hook(line: int, column: int) -> None:
        seen.append(line)
        if len(seen) > 50:
            raise Stop()
    realm.host_defined["pyjsvm.on_step"] = hook
    old = emit.set_enabled(True)
    try:
        code = compile_script("function spin() {\n  for (;;) {\n    try { } finally { }\n  }\n}\nspin()", trace=True)
        with pytest.raises(Stop):
            code.run(realm)
    finally:
        emit.set_enabled(old)
    assert seen[:4] == [6, 2, 3, 3]
