"""Hypothesis fuzzing of source text: random token sequences, deep nesting and mutated programs
must end in a result or a ``JSError`` -- never another Python exception, a hang or a crash.

Quick by default (a few dozen examples per strategy); ``PYJSVM_FUZZ_EXAMPLES=N`` runs N each
(e.g. 2000 for a long run)."""
from __future__ import annotations

import os
import time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pyjsvm as vm

EXAMPLES = int(os.environ.get("PYJSVM_FUZZ_EXAMPLES", "40"))
MAX_DEPTH = 3000 if "PYJSVM_FUZZ_EXAMPLES" in os.environ else 600
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="PYJSVM_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=list(HealthCheck), database=None)
RUN_TIMEOUT_MS = 100
WALL_LIMIT_S = 20.0  # per example: compilation is not under the run's timeout, so check it here

KEYWORDS = ("var let const function function* async await yield return if else for while do break "
            "continue switch case default try catch finally throw new delete typeof instanceof in of "
            "class extends super this null undefined true false void with debugger import export static get set").split()
PUNCT = ("{ } ( ) [ ] ; , < > <= >= == != === !== + - * / % ** ++ -- << >> >>> & | ^ ! ~ && || ?? ? : = += -= *= "
         "/= %= **= <<= >>= >>>= &= |= ^= &&= ||= ??= => . ... ?. #").split()
IDENTS = ["a", "b", "x", "f", "o", "arguments", "eval", "Symbol", "Proxy", "Array", "Object", "Reflect",
          "constructor", "prototype", "__proto__", "toString", "valueOf", "length", "then", "globalThis"]
LITERALS = ["0", "1", "-1", "1e308", "0x10", "1n", "2n", "NaN", "Infinity", "'s'", '"\\u{1F600}"', "`t`",
            "`${a}`", "/a+/g", "/(?<n>x)\\k<n>/u", "[]", "{}", "1.5", "'\\ud800'", "09", "0b1", "0o7"]
TOKENS = KEYWORDS + PUNCT + IDENTS + LITERALS + ["\n", " ", "/*c*/", "// c\n"]

VALID = [
    "function f(n) { return n < 2 ? n : f(n - 1) + f(n - 2) } f(10)",
    "var o = {a: 1, get b() { return this.a }, [Symbol.iterator]: function* () { yield 1 }}; [...o, o.b]",
    "class A { #p = 1; static s() { return new A().#p } } A.s()",
    "let s = 0; for (const [k, v] of new Map([[1, 2]])) s += k + v; s",
    "async function g() { await null; return 1 } g().then(x => x)",
    "try { null.x } catch ({message}) { message } finally { 1 }",
    "label: for (var i = 0; i < 3; i++) { switch (i) { case 1: continue label; default: break } }",
    "JSON.parse(JSON.stringify({a: [1, {b: 2}]})).a[1].b",
    "'abc'.replace(/b/g, m => m.toUpperCase()).padStart(5, '-')",
    "var {a = 1, ...r} = {b: 2}; [a, r.b]",
]


def run(src: str) -> Any:
    """Run ``src``; a result or a JSError is fine, anything else fails the test."""
    t0 = time.monotonic()
    try:
        vm.run_in_new_context(src, timeout=RUN_TIMEOUT_MS)
    except vm.JSError:
        pass
    elapsed = time.monotonic() - t0
    assert elapsed < WALL_LIMIT_S, f"took {elapsed:.1f} s: {src[:200]!r}"


@FUZZ
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=40))
def test_random_token_sequences(tokens: list[str]) -> None:
    run(" ".join(tokens))


OPENERS = [("(", ")"), ("[", "]"), ("{", "}"), ("x => ", ""), ("!", ""), ("-", ""), ("a ? ", " : 0"),
           ("function f() { return ", " }"), ("{a: ", "}"), ("`${", "}`"), ("(class { m() { return ", " } })"),
           ("async () => await ", ""), ("[...", "]"), ("if (1) ", ""), ("try { ", " } catch {}"),
           ("new ", "()"), ("typeof ", ""), ("eval('", "')")]


@FUZZ
@given(st.lists(st.sampled_from(range(len(OPENERS))), min_size=1, max_size=4),
       st.integers(min_value=1, max_value=MAX_DEPTH), st.booleans(), st.sampled_from(["1", "x", "", "a.b", "yield"]))
def test_deep_nesting(kinds: list[int], depth: int, closed: bool, core: str) -> None:
    pairs = [OPENERS[kinds[i % len(kinds)]] for i in range(depth)]
    src = "".join(o for o, _ in pairs) + core + ("".join(c for _, c in reversed(pairs)) if closed else "")
    run(src)


@FUZZ
@given(st.sampled_from(VALID), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["del", "ins", "dup"]),
                                                  st.sampled_from(TOKENS)), min_size=1, max_size=6))
def test_mutated_programs(base: str, edits: list[tuple[int, str, str]]) -> None:
    src = base
    for pos, op, tok in edits:
        i = pos % (len(src) + 1)
        if op == "del":
            src = src[:i] + src[i + 1:]
        elif op == "ins":
            src = src[:i] + tok + src[i:]
        else:
            src = src[:i] + src[i:i + 8] + src[i:]
    run(src)


@FUZZ
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_arbitrary_text(text: str) -> None:
    run(text)
