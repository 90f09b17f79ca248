"""``stack.frame_line`` (a frame's current line from its code's ranges, made once per code
object) agrees with ``f_lineno`` on every frame of the stack, for emitted functions, parts,
generators and the closure tier, so error positions are what they were; and error stacks still
point at the right JS lines."""
from __future__ import annotations

import dis
import sys
from typing import Any

import pyjsvm
from pyjsvm.api.vm import _require_context
from pyjsvm.runtime.objects import BuiltinFunction
from pyjsvm.runtime.stack import code_line, frame_line

SRC = """
function deep(k) { if (k) { var r = deep(k - 1); return r } return probe() }
function* gen() { yield deep(2); yield probe() }
var out = [];
for (var i = 0; i < 6; i++) { out.push(deep(3)); for (var v of gen()) out.push(v) }
[1, 2].map(function (x) { return probe() });
(function () { 'use strict'; return new Array(3).fill(0).map(() => probe()) })();
out.length"""


def test_frame_line_is_f_lineno_on_every_frame() -> None:
    ctx = pyjsvm.create_context()
    realm = _require_context(ctx).realm
    seen: list[tuple[Any, Any]] = []

    def probe(realm: Any, this: Any, args: list[Any], nt: Any) -> Any:
        f: Any = sys._getframe(1)
        while f is not None:
            seen.append((frame_line(f), f.f_lineno))
            f = f.f_back
        return 1.0
    realm.global_object.props["probe"] = BuiltinFunction(realm, probe, "probe", 0)
    assert pyjsvm.run_in_context(SRC, ctx) == 18
    assert len(seen) > 500
    assert all(a == b for a, b in seen)


def test_code_line_is_each_instructions_line() -> None:
    # every instruction of every emitted code object of a run (nested ones too: parts,
    # generators' bodies), against dis's positions
    from pyjsvm.compiler import emit
    codes: list[Any] = []
    real = emit.build

    def build(source: str, consts: Any, filename: str) -> Any:
        fn = real(source, consts, filename)
        codes.append(fn.__code__)
        return fn
    emit.build = build
    try:
        ctx = pyjsvm.create_context()
        _require_context(ctx).realm.global_object.props["probe"] = BuiltinFunction(
            _require_context(ctx).realm, lambda *a: 1.0, "probe", 0)
        pyjsvm.run_in_context(SRC, ctx)
    finally:
        emit.build = real
    checked = 0
    while codes:
        code = codes.pop()
        codes.extend(c for c in code.co_consts if hasattr(c, "co_lines"))
        for ins in dis.get_instructions(code):
            assert code_line(code, ins.offset) == ins.positions.lineno, (code, ins)
            checked += 1
    assert checked > 2000


def test_error_stacks_point_at_their_lines() -> None:
    src = ("function a(k) {\n  if (k) return b(k - 1)\n  return new Error('e').stack\n}\n"
           "function b(k) {\n  var s = a(k)\n  return s\n}\n"
           "var r; for (var i = 0; i < 6; i++) r = b(2); r")
    stack = pyjsvm.run_in_new_context(src, filename="t.js")
    lines = [ln.strip() for ln in stack.splitlines()[1:]]
    assert lines[:4] == ["at a (t.js:3:10)", "at b (t.js:6:11)", "at a (t.js:2:17)", "at b (t.js:6:11)"], stack
