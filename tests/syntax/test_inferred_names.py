"""V8's inferred names (syntax/inferred_names.py): an anonymous function assigned to a property
shows in stack traces under a name made from the assignment's target, also when its tree comes
from cached data (tree_codec decodes it), and its ``name`` property stays ""."""
from __future__ import annotations

import pytest

import pyjsvm
from pyjsvm.syntax.parse import parse_script

SOURCE = """
function P() {}
P.prototype.get = function () { return new Error().stack.split('\\n')[1].trim().split(' ')[1]; };
const o = { a: {} };
o.a['b'] = () => new Error().stack.split('\\n')[1].trim().split(' ')[1];
[new P().get(), o.a.b(), P.prototype.get.name, o.a.b.name]
"""


def _inferred(src: str) -> str | None:
    program = parse_script(src)
    right = program.body[0].expression.right
    return getattr(right, "inferred_name", None)


@pytest.mark.parametrize("src, name", [
    ("a.b.c = function () {}", "a.b.c"),
    ("A.prototype.m = function () {}", "A.m"),
    ("this.m = () => 1", "m"),
    ("x[k] = function () {}", "x.<computed>"),
    ("x['k'] = function () {}", "x.k"),
    ("x[0] = function () {}", "x.<computed>"),
    ("f().g = function () {}", "g"),
    ("a.b = function named() {}", None),
    ("a = function () {}", None),
    ("a.b = class {}", None),
    ("a.b += function () {}", "a.b"),
])
def test_inferred(src: str, name: str | None) -> None:
    assert _inferred(src) == name


def test_this_property_in_a_named_function() -> None:
    """``this.m = function () {}`` right in function K is K.m, whatever the receiver; in an
    arrow function inside K, m (as V8 names them)."""
    src = ("function K() { this.m = function () { return new Error().stack.split('\\n')[1].trim(); };"
           " const f = () => { this.n = function () { return new Error().stack.split('\\n')[1].trim(); }; }; f(); }"
           " const o = {}; K.call(o); [o.m(), o.n()]")
    m, n = pyjsvm.run_in_new_context(src, filename="k.js")
    assert m.startswith("at K.m (k.js:1:") and n.startswith("at Object.n (k.js:1:")


def test_stack_names_fresh_and_from_cached_data() -> None:
    fresh = pyjsvm.Script(SOURCE, filename="s.js", produce_cached_data=True)
    assert fresh.cached_data is not None
    expected = ["P.get", "o.a.b", "", ""]
    assert fresh.run_in_context(pyjsvm.create_context()) == expected
    cached = pyjsvm.Script(SOURCE, filename="s.js", cached_data=fresh.cached_data)
    assert not cached.cached_data_rejected
    assert cached.run_in_context(pyjsvm.create_context()) == expected
