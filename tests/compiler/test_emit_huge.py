"""Huge single statements and expressions are emitted (issue 17): array literals of thousands of
elements (object literals, holes, spread), object literals of thousands of properties (accessors,
computed keys, ``__proto__:``, spread), long ``+``, ``,``, ``&&`` and template chains, calls with
thousands of arguments, huge switches and deeply nested expressions give node's results on both
tiers, plainly and with a ``yield``/``await`` in their elements inside generator and async bodies,
and the emitted source grows linearly with them (an operand held in a temporary is not copied
again for every later operand: a literal of n object literals was n**2 lines)."""
from __future__ import annotations

from typing import Any, Callable

import pytest

import pyjsvm
from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.jobs import run_jobs
from pyjsvm.runtime.operations import to_string
from pyjsvm.syntax.utf16 import js_string_to_python
from tests.helpers import NODE, both_tiers, node_str

pytestmark = pytest.mark.usefixtures("emitter_on")  # tests/compiler/conftest.py

# the checksum of an array's own elements and length (holes count apart)
SUM = "function sum(r) { var a = 0, h = 0; for (var i = 0; i < r.length; i++) { if (!(i in r)) h++;" \
      " else a = (a * 31 + String(r[i]).length + (typeof r[i] === 'number' ? r[i] : 7)) % 1000003; } " \
      "return r.length + ':' + h + ':' + a; }"


def shapes(n: int, y: Callable[[str], str]) -> dict[str, str]:
    """Function bodies (a local ``x`` is 1) whose one statement is huge: ``y(v)`` is where a
    body may suspend (``(yield v)``, ``(await v)``, or just ``(v)``) and gives ``v`` back."""
    def some(i: int, v: str) -> str:
        return y(v) if i % 7 == 3 else v
    objects = ", ".join(f"{{ name: 'K{i}', rating: {some(i, str(i % 5))} }}" for i in range(n))
    elems = ", ".join("" if i % 9 == 4 else f"...[{i}, {some(i, str(-i))}]" if i % 11 == 2 else some(i, str(i))
                      for i in range(n))
    props = ", ".join(f"['c{i}' + x]: {some(i, str(i))}" if i % 13 == 5
                      else f"get g{i}() {{ return {i}; }}" if i % 17 == 6
                      else "__proto__: proto" if i == n // 2
                      else f"...{{ s{i}: {i} }}" if i % 19 == 7
                      else f"k{i}: {some(i, str(i))}" for i in range(n))
    chain = " + ".join(some(i, f"'{i % 10}'" if i % 3 else str(i)) for i in range(n))
    args = ", ".join(some(i, str(i)) for i in range(n))
    comma = ", ".join(f"s = (s * 7 + {some(i, str(i))}) % 1009" for i in range(n))
    tmpl = "".join(f"a${{{some(i, str(i))}}}" for i in range(n))
    ands = " && ".join(some(i, str(i + 1)) for i in range(n))
    deep = "x"
    for i in range(min(n, 1000)):
        deep = f"x + {y('1') if i % 2 else '1'} * ({deep}) % 1009"
    cases = "".join(f"case {some(i, str(i))}: r.push({i}); {'break; ' if i % 3 else ''}" for i in range(n))
    return {
        "array_of_objects": f"var r = [{objects}]; return r.length + ':' + r.reduce((a, o, i) =>"
                            " (a * 31 + o.name.length + o.rating + i) % 1000003, 0);",
        "array_with_holes_and_spread": f"var r = [{elems}]; return sum(r);",
        "object_literal": f"var proto = {{ p: 1 }}; var o = {{{props}}}; var ks = Object.keys(o);"
                          " return ks.length + ':' + ks.slice(-3).join() + ':' + (Object.getPrototypeOf(o) === proto)"
                          f" + ':' + o.k{n - 1} + ':' + o.g6"
                          " + ':' + ks.reduce((a, k) => (a * 31 + k.length + (typeof o[k] === 'number' ? o[k] : 0)) % 1000003, 0);",
        "plus_chain": f"var v = {chain}; return v.length + ':' + v.slice(-20);",
        "call_arguments": f"function g() {{ return sum(arguments); }} return g({args});",
        "comma_chain": f"var s = 0; return ({comma}, s);",
        "template": f"var v = `{tmpl}`; return v.length + ':' + v.slice(-20);",
        "and_chain": f"return {ands};",
        "deep_expression": f"return {deep};",
        "switch": f"var r = []; for (var j = {n - 5}; j < {n}; j++) switch (j) {{ {cases} }} return r.join();",
    }


KINDS = {"plain": ("function f() ", "(v)", "out = f();"),
         "generator": ("function* f() ", "(yield v)",
                       "var it = f(), st = it.next(); while (!st.done) st = it.next(st.value); out = st.value;"),
         "async": ("async function f() ", "(await v)", "f().then(v => { out = v }, e => { out = 'THROW ' + e });")}


def program(shape: str, kind: str, n: int) -> str:
    head, wrap, call = KINDS[kind]
    body = shapes(n, lambda v: wrap.replace("v", v))[shape]
    return f"{SUM} var out; {head}{{ var x = 1; {body} }} {call}"


def run(src: str) -> tuple[str, Any]:
    """``src``'s ``out`` and ``f``'s emitted source (None: the emitter did not compile it)."""
    realm = Realm()
    eval_script(realm, src)
    run_jobs()
    g = realm.global_object
    out = g.get("out", g)
    return js_string_to_python(to_string(out)), getattr(g.get("f", g).code, "emitted", None)


N = 2100   # past MAX_EMITTED_SOURCE inline: emitted in compact mode, in parts
_EXPECTED: dict[str, str] = {}


def expected(shape: str) -> str:
    """node's result for the plain program (the closure tier's without node)."""
    if shape not in _EXPECTED:
        src = program(shape, "plain", N)
        if NODE is not None:
            _EXPECTED[shape] = node_str(src + " out")
        else:
            old = emit.set_enabled(False)
            try:
                _EXPECTED[shape] = run(src)[0]
            finally:
                emit.set_enabled(old)
    return _EXPECTED[shape]


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("shape", list(shapes(1, str)))
def test_huge_statements_are_emitted_with_their_results(shape: str, kind: str) -> None:
    out, emitted = run(program(shape, kind, N))
    assert out == expected(shape)
    assert emitted is not None, "the emitter did not compile the body"
    if kind != "plain":
        assert "yield" in emitted


@pytest.mark.parametrize("shape", list(shapes(1, str)))
def test_huge_statements_on_the_closure_tier(shape: str) -> None:
    old = emit.set_enabled(False)
    try:
        out, emitted = run(program(shape, "plain", N))
    finally:
        emit.set_enabled(old)
    assert out == expected(shape)
    assert emitted is None


@pytest.mark.parametrize("kind", ["plain", "generator"])
@pytest.mark.parametrize("shape", list(shapes(1, str)))
def test_emitted_source_grows_linearly(shape: str, kind: str) -> None:
    """Twice the elements, about twice the source (not four times)."""
    sizes = []
    for n in (150, 300):
        out, emitted = run(program(shape, kind, n))
        assert emitted is not None
        sizes.append(len(emitted))
    assert sizes[1] < 2.6 * sizes[0], sizes


def test_huge_script_statement() -> None:
    """The test262 shape (stability-2048-elements.js): a 2,048-element array of object literals
    at the top of a script, compiled by the emitter."""
    n = 2048
    src = "var array = [" + ", ".join(f"{{ name: 'K{i}', rating: {i % 5} }}" for i in range(n)) + "];" \
          " array.sort((a, b) => b.rating - a.rating);" \
          " array.map(o => o.rating).join('').slice(408, 412) + array.slice(408, 412).map(o => o.name).join()"
    built: list[str] = []
    orig = emit.build

    def build(source: str, consts: dict[str, Any], filename: str) -> Any:
        built.append(filename)
        return orig(source, consts, filename)
    emit.build = build   # type: ignore[assignment]
    try:
        out = pyjsvm.run_in_new_context(src)
    finally:
        emit.build = orig   # type: ignore[assignment]
    assert out == "4333K2044,K3,K8,K13"
    assert emit._SCRIPT_FILE in built


def test_errors_in_huge_statements_point_at_their_element() -> None:
    """A throw in the middle of a huge literal names the same place on both tiers."""
    elems = ",\n".join("missing" if i == 1500 else f"{{ a: {i} }}" for i in range(3000))
    src = f"function f() {{\n  return [\n{elems}];\n}}\nvar where; try {{ f(); }} catch (e) {{ where = e.stack; }} where"
    on, off = both_tiers(lambda s: pyjsvm.run_in_new_context(s, filename="big.js"), src)
    assert on == off
    assert "big.js:1503:1" in on


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_switch_of_thousands_of_cases(kind: str) -> None:
    """5,000 case tests (a flat elif chain of 5,000 nested past what compile() takes: the
    generator's call was a RangeError, the plain function went to the closure tier), a yield in
    some tests and cases, and fall-through across the chains and parts."""
    head, wrap, call = KINDS[kind]
    y = wrap.replace("v", "{}").format
    n = 5000
    cases = "".join(f"case {y(i) if i == 2990 else i}: r.push({y(i) if i % 400 == 9 else i}); "
                    f"{'break; ' if i % 3 else ''}" for i in range(n))
    body = f"var r = []; for (var j of [0, 7, 9, 1000, 2998, 2999, 4999, 6000, -1]) switch (j) {{ {cases}" \
           " default: r.push('d'); } return r.join();"
    out, emitted = run(f"var out; {head}{{ {body} }} {call}")
    assert out == "0,1,7,9,10,1000,2998,2999,4999,d,d"   # node
    assert emitted is not None and "def _pt" in emitted


@pytest.mark.parametrize("kind", list(KINDS))
def test_three_thousand_nested_literals_in_an_expression(kind: str) -> None:
    """``[x + (yield 1) * (...)][0]`` nested 3,000 deep: the emitter's recursion overflowed the
    C stack (a segmentation fault); NumberLocals walked each literal's subtree again (n**2)."""
    head, wrap, call = KINDS[kind]
    e = "x"
    for _ in range(3000):
        e = f"[x + {wrap.replace('v', '1')} * ({e})][0]"
    out, emitted = run(f"var out; {head}{{ var x = 1; return {e}; }} {call}")
    assert out == "3001"
    assert emitted is not None
