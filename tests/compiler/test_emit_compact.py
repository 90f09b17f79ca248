"""Bodies whose emitted source would pass emit.MAX_EMITTED_SOURCE are emitted again in compact
mode (in parts), a function's body with its inline paths while that stays under
emit.MAX_INLINE_SOURCE, else lean (global reads and writes through ``_gget``/``_gput``, member
reads through ``_getm``/``_geti``), instead of falling back to the closure tier; both tiers must
agree on what they compute."""
from __future__ import annotations

from typing import Any

import pytest

import pyjsvm as vm
from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import compile_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.agent import JSThrow
from pyjsvm.runtime.functions import ECMAFunction
from pyjsvm.runtime.operations import safe_describe
from pyjsvm.syntax.utf16 import js_string_to_python

N = 1000
GLOBALS = "".join(f"var g{i} = {i};\n" for i in range(50)) + "var o = { p: 1, q: [1, 2, 3] };\n"
# 1,000 statements reading and writing globals (and reading members): ~5 MB emitted inline
BODY = "\n".join(f"  g{i % 50} = g{(i + 7) % 50} + {i % 13} + o.q[{i % 3}];" for i in range(N))
SRC = GLOBALS + "function big() {\n" + BODY + "\n  return g0 + g1 * 2 + g49;\n}\n"


def expected() -> float:
    g = [float(i) for i in range(50)]
    q = [1.0, 2.0, 3.0]
    for i in range(N):
        g[i % 50] = g[(i + 7) % 50] + i % 13 + q[i % 3]
    return g[0] + g[1] * 2 + g[49]


def run_big(emitting: bool, context: Any = None) -> tuple[Any, Any]:
    old = emit.set_enabled(emitting)
    try:
        ctx = vm.create_context(context if context is not None else {})
        vm.run_in_context(SRC, ctx)
        return vm.run_in_context("big() + big()", ctx), ctx
    finally:
        emit.set_enabled(old)


def test_a_huge_function_runs_emitted_in_compact_mode() -> None:
    realm = Realm()
    old = emit.set_enabled(True)
    try:
        compile_script(SRC + "big()").run(realm)
    finally:
        emit.set_enabled(old)
    f = realm.global_object.get("big", realm.global_object)
    assert isinstance(f, ECMAFunction)
    assert f.code.emitted is not None and "_gget(" in f.code.emitted and "_gput(" in f.code.emitted
    assert len(f.code.emitted) <= emit.MAX_EMITTED_SOURCE


@pytest.mark.parametrize("store", ["object", "dict"])
def test_a_large_function_is_emitted_in_parts_with_its_inline_paths(store: str) -> None:
    # 150 of the statements: ~0.7 MB inline, past MAX_EMITTED_SOURCE, under MAX_INLINE_SOURCE
    n = 150
    body = "\n".join(BODY.split("\n")[:n])
    src = GLOBALS + "function mid() {\n" + body + "\n  return g0 + g1 * 2 + g49;\n}\n"
    outs = []
    for emitting in (True, False):
        old = emit.set_enabled(emitting)
        try:
            ctx = vm.create_context({} if store == "dict" else None)
            vm.run_in_context(src, ctx)
            outs.append((vm.run_in_context("mid() + mid()", ctx), [ctx[f"g{i}"] for i in range(50)]))
            text = vm.run_in_context("mid", ctx)._obj.code.emitted
            if emitting:
                assert text is not None and "def _pt" in text
                # the inline global and element reads (GP.get, .dense), not the lean helpers
                assert len(text) > emit.MAX_EMITTED_SOURCE and "_gget(" not in text and "_gput(" not in text
                assert "GP.get(" in text and ".dense) is not None" in text
        finally:
            emit.set_enabled(old)
    g = [float(i) for i in range(50)]
    for _ in range(2):
        for i in range(n):
            g[i % 50] = g[(i + 7) % 50] + i % 13 + [1.0, 2.0, 3.0][i % 3]
    assert outs[0] == outs[1]
    assert outs[0][1] == [int(v) for v in g]


@pytest.mark.parametrize("store", ["object", "dict"])
def test_compact_mode_computes_what_both_tiers_and_python_compute(store: str) -> None:
    # "dict": a contextified global over a Python dict (the GI/GC paths of _gget/_gput)
    on, ctx_on = run_big(True, {} if store == "dict" else None)
    off, ctx_off = run_big(False, {} if store == "dict" else None)
    # (the second call starts from the globals the first left)
    assert on == off
    assert [ctx_on[f"g{i}"] for i in range(50)] == [ctx_off[f"g{i}"] for i in range(50)]


def test_the_first_call_gives_the_python_result() -> None:
    old = emit.set_enabled(True)
    try:
        assert vm.run_in_new_context(SRC + "big()") == expected()
    finally:
        emit.set_enabled(old)


def test_errors_in_compact_code_point_at_their_statement() -> None:
    src = GLOBALS + "function big() {\n" + BODY + "\n  return missing + 1;\n}\n" + \
        "var where; try { big(); } catch (e) { where = e.name + ': ' + e.message + ' ' + e.stack.split('\\n')[1]; } where"
    outs = []
    for emitting in (True, False):
        old = emit.set_enabled(emitting)
        try:
            try:
                outs.append(js_string_to_python(safe_describe(compile_script(src, "big.js").run(Realm()))))
            except JSThrow as e:  # pragma: no cover - the script catches
                outs.append("THROW " + js_string_to_python(safe_describe(e.value)))
        finally:
            emit.set_enabled(old)
    assert outs[0] == outs[1]
    assert "ReferenceError: missing is not defined" in outs[0] and f"big.js:{53 + N}:" in outs[0]


def test_a_huge_script_body_is_emitted_in_compact_mode() -> None:
    src = GLOBALS + BODY.replace("  ", "") + "\ng0 + g1 * 2 + g49"
    old = emit.set_enabled(True)
    try:
        script = compile_script(src)
    finally:
        emit.set_enabled(old)
    assert getattr(script.body, "emitted", None) is not None and "_gget(" in script.body.emitted
    assert script.run(Realm()) == expected()


def test_every_binary_operator_and_member_reads_in_compact_mode() -> None:
    ops = ["+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^", "===", "!==", "==", "!=",
           "<", ">", "<=", ">=", "in", "instanceof"]
    pairs = ["g1, g2", "'3', g4", "g5, '5'", "o, g1", "'a', 'b'", "'p', o", "o, Object", "null, undefined"]
    tests = "\n".join("  try { " + " ".join(f"out.push(({p.split(', ')[0]}) {op} ({p.split(', ')[1]}));" for p in pairs)
                       + " } catch (e) { out.push(e.name); }" for op in ops) + \
        "\n  out.push('abc'.length, g1.toFixed(1), [1, 2][1], 'xy'[1], o.q.length);" + \
        "\n  try { null.x; } catch (e) { out.push(e.message); }"
    body = "\n".join(BODY.split("\n")[:600])
    src = GLOBALS + "var out = [];\nfunction big() {\n" + body + "\n" + tests + "\n  return out.join();\n}\nbig()"
    results = []
    for emitting in (True, False):
        old = emit.set_enabled(emitting)
        try:
            realm = Realm()
            results.append(js_string_to_python(safe_describe(compile_script(src).run(realm))))
            f = realm.global_object.get("big", realm.global_object)
            assert isinstance(f, ECMAFunction)
            assert (f.code.emitted is not None and "_gget(" in f.code.emitted) == emitting
        finally:
            emit.set_enabled(old)
    assert results[0] == results[1]


def test_part_locals_keeps_shared_only_what_two_places_use() -> None:
    src = "\n".join([
        "def f(self):",
        " pos = t1 = t2 = t3 = t4 = None",
        " def _pt0():",
        "  nonlocal pos, t1, t2, t4",
        "  t1 = 1",
        "  t2 = t1 + 1",
        "  t4 = t2",
        "  return None",
        " def _pt1():",
        "  nonlocal t3, t4",
        "  t3 = 5",
        "  return t3 + t4",
        " _pt0()",
        " return _pt1()",
    ])
    out = emit.part_locals(src)
    # t1 and t2 are _pt0's own, t3 _pt1's; t4 is shared by the two parts; pos is no temporary
    assert "  nonlocal pos, t4" in out.split("\n") and "  nonlocal t4" in out.split("\n")
    assert " pos = t4 = None" in out.split("\n")
    ns: dict[str, Any] = {}
    exec(out, ns)
    assert ns["f"](None) == 7
    assert emit.part_locals("def f():\n return 1\n") == "def f():\n return 1\n"


# a function past MAX_EMITTED_SOURCE (so emitted in parts) whose values cross parts every way:
# loops, a switch, labels, try/finally, closures over its locals, and a generator's yields
_PARTS_BODY = "\n".join(
    f"  if (k % {i % 7 + 2} === 0) {{ acc = (acc * 31 + o.q[{i % 3}] + {i}) % 1000003; }}"
    f" else {{ try {{ if (acc % {i % 5 + 3} === 1) throw new Error('e{i}'); acc += g{i % 50}; }}"
    f" catch (e) {{ acc += e.message.length; }} finally {{ fs.push(function () {{ return acc + {i}; }}); }} }}"
    for i in range(260))
_PARTS_SRC = GLOBALS + (
    "function parted(n) {\n  var acc = 1, fs = [], seen = 0;\n  outer: for (var k = 0; k < n; k++) {\n"
    + _PARTS_BODY +
    "\n    switch (acc % 4) { case 0: seen++; case 1: seen += 2; break; default: if (k > 5) break outer; }\n  }\n"
    "  return [acc, seen, fs.length, fs[3](), fs[fs.length - 1]()].join(',');\n}\n"
    "function* partedGen(n) {\n  var acc = 1, fs = [];\n  for (var k = 0; k < n; k++) {\n"
    + _PARTS_BODY.replace("acc += g", "acc += yield g") +
    "\n  }\n  return acc;\n}\n"
    "function runGen() { var it = partedGen(3), r, s = 0, i = 0; while (!(r = it.next(i++ % 9)).done) s = (s + r.value) % 1000; return s + ':' + r.value; }\n"
    "[parted(3), parted(20), runGen()].join('|')")


def test_parts_with_their_own_locals_compute_what_the_closure_tier_does() -> None:
    outs, texts, cells = [], [], 0
    for emitting in (True, False):
        old = emit.set_enabled(emitting)
        try:
            ctx = vm.create_context()
            outs.append(vm.run_in_context(_PARTS_SRC, ctx))
            if emitting:
                texts = [vm.run_in_context(name, ctx)._obj.code.emitted for name in ("parted", "partedGen")]
                cells = len(vm.run_in_context("parted", ctx)._obj.code.direct.__code__.co_cellvars)
        finally:
            emit.set_enabled(old)
    assert outs[0] == outs[1]
    assert outs[0].split("|")[2].count(":") == 1
    for text in texts:
        assert text is not None and "def _pt" in text
        # the emitted source still lists every name its parts touch; what compile() gets shares
        # only the ones used in more than one place
        assert len(emit.part_locals(text)) < len(text) * 0.9
    # the body compiled makes a cell for each name its parts share, not for each temporary
    shared = {n for line in texts[0].split("\n") if line.startswith(" ") and not line.startswith("  ")
              and line.endswith(" = None") for n in line.split(" = ")[:-1]}
    assert 0 < cells < len(shared) / 10
