"""Stack-trace positions of emitted frames (compiler/emit.position_lines: the call site of a
frame is looked up from its current line, nothing is stored while it runs): the same frames as
the closure tier's and node's, from calls in branches, loops, switch cases, finally blocks,
generators and async functions resumed after a suspension, parts of deeply nested bodies."""
from __future__ import annotations

import pytest

import pyjsvm
from pyjsvm.compiler import emit
from tests.helpers import NODE, node_str

# each program's completion value: the frames of the stacks it caught in its own code, joined
COLLECT = ("var out = []; function grab(e) { out.push(String(e.stack).split('\\n').filter("
           "function (l) { return l.indexOf('evalmachine') >= 0; }).join('|')); }\n")

CASES = {
    "branches": """
function thrower(x) { return x.no.such; }
function pick(x) {
  if (x > 1) {
    if (x > 2) { return thrower(x); } else { return [thrower(x)]; }
  } else {
    var y = x + 1;
    return { v: thrower(y) };
  }
}
for (var i = 0; i < 4; i++) { try { pick(i); } catch (e) { grab(e); } }
out.join('#')""",
    "loops": """
function boom(i) { if (i === 2) { null.x; } return i; }
function run() {
  var s = 0;
  for (var i = 0; i < 5; i++) {
    s += boom(i);
    s += 1;
  }
  return s;
}
function runWhile() {
  var i = 0;
  while (boom(i) < 10) { i++; }
}
function runDo() { var i = 0; do { i++; } while (boom(i) < 3); }
try { run(); } catch (e) { grab(e); }
try { runWhile(); } catch (e) { grab(e); }
try { runDo(); } catch (e) { grab(e); }
out.join('#')""",
    "switch_and_finally": """
function fail() { undefinedName; }
function sw(k) {
  switch (k) {
    case 1: fail(); break;
    case 2:
    case 3: k++; fail();
    default: return fail();
  }
}
function fin() {
  try { return 1; } finally { fail(); }
}
function nested() {
  try { fail(); } catch (e) { grab(e); }
  try { sw(1); } catch (e) { grab(e); }
  fail();
}
for (var k = 1; k < 5; k++) { try { sw(k); } catch (e) { grab(e); } }
try { fin(); } catch (e) { grab(e); }
try { nested(); } catch (e) { grab(e); }
out.join('#')""",
    "generators": """
function fail(v) { if (v === 3) { throw new Error('three'); } return v; }
function* gen() {
  var a = yield 1;
  fail(a);
  var b = yield 2;
  fail(b);
}
var it = gen(); it.next(); it.next(0);
try { it.next(3); } catch (e) { grab(e); }
function* loop() { for (var i = 0; ; i++) { fail(yield i); } }
var l = loop(); l.next(); l.next(1); l.next(2);
try { l.next(3); } catch (e) { grab(e); }
out.join('#')""",
    "after_many_calls": """
function id(x) { return x; }
function f(o) {
  var a = id(1), b = id(2), c = id(3);
  var d = id(a) + id(b) + id(c);
  return id(d) + o.p.q + id(4);
}
for (var i = 0; i < 3; i++) { try { f({}); } catch (e) { grab(e); } }
out.join('#')""",
}


def _run(src: str, emitting: bool) -> str:
    old = emit.set_enabled(emitting)
    try:
        return str(pyjsvm.run_in_new_context(COLLECT + src))
    finally:
        emit.set_enabled(old)


@pytest.mark.parametrize("name", sorted(CASES))
def test_positions_match_the_closure_tier_and_node(name: str) -> None:
    src = CASES[name]
    emitted = _run(src, True)
    assert emitted.count("evalmachine") >= 6
    assert emitted == _run(src, False)
    if NODE is not None:
        assert emitted == node_str(COLLECT + src)


def test_async_positions_after_an_await() -> None:
    """An async function's frame after it resumed: the call site it reached then."""
    src = ("async function f() { await null; helper(); }\nfunction helper() { null.x; }\n"
           "var seen; f().catch(function (e) { seen = String(e.stack).split('\\n').slice(1, 3).join('|'); });\n")
    ctx = pyjsvm.create_context()
    old = emit.set_enabled(True)
    try:
        pyjsvm.run_in_context(src, ctx, filename="a.js")
    finally:
        emit.set_enabled(old)
    assert ctx["seen"] == "    at helper (a.js:2:26)|    at f (a.js:1:34)"   # (node's)


def test_position_table_of_emitted_source() -> None:
    """``position_lines`` takes the position statements out: a statement alone in its block
    becomes ``pass``; a def's lines start with no position and the enclosing one comes back
    after it."""
    src = "def f():\n pos = k1\n if x:\n  pos = k2\n else:\n  pos = k3\n def _pt0():\n  a()\n  pos = k4\n  b()\n c()\n"
    text, (starts, names) = emit.position_lines(src)
    assert "pos" not in text
    assert text.splitlines()[2:4] == ["  pass", " else:"]
    compile(text, "<t>", "exec")

    def at(line: int) -> str | None:
        i = max(j for j, s in enumerate(starts) if s <= line)
        return names[i]
    lines = text.splitlines()
    assert at(lines.index("  a()") + 1) is None
    assert at(lines.index("  b()") + 1) == "k4"
    assert at(lines.index(" c()") + 1) == "k3"
