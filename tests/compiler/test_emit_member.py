"""Emitted reads of ``o.name``: the inline path for a primitive string's method (a data
property of %String.prototype%) is emitted only for the names %String.prototype% has
(``emit.STRING_METHOD_NAMES``); any other name read on a string goes the general way, and gets
the same value, on both tiers and in node."""
from __future__ import annotations

import pytest

from pyjsvm.compiler import emit
from tests.helpers import NODE, both_tiers, emitted_function, js, js_str, node_str

pytestmark = pytest.mark.usefixtures("eager_compilation")


def test_the_names_are_string_prototypes() -> None:
    names = js("Object.getOwnPropertyNames(String.prototype).filter(n => n !== 'length').join()")
    assert emit.STRING_METHOD_NAMES == frozenset(names.split(","))


CASES = {
    "methods": "(function (s) { var r = []; for (var i = 0; i < 3; i++) r.push(s.charAt(i), s.slice(i), s.toUpperCase()); return r.join() })('abc')",
    "added": "String.prototype.twice = function () { return this + this }; (function (s) { return s.twice() + typeof s.nope })('ab')",
    "replaced": "String.prototype.trim = function () { return 'mine' }; (function (s) { return s.trim() })(' x ')",
    "strict-this": "'use strict'; String.prototype.me = function () { return [typeof this, this.length, this.me === String.prototype.me, this.pos] }; 'xyz'.me().join()",
    "objects": "(function (o) { var r = 0; for (var i = 0; i < 3; i++) r += o.pos + o.inherited; return r })(Object.create({inherited: 10}, {pos: {value: 1, enumerable: true}}))",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_both_tiers_agree(name: str) -> None:
    on, off = both_tiers(js_str, CASES[name])
    assert on == off


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("name", sorted(CASES))
def test_node_agrees(name: str) -> None:
    assert both_tiers(js_str, CASES[name])[0] == node_str(CASES[name])


def _emitted(src: str, name: str) -> str:
    text = emitted_function(src, name).code.emitted
    assert text is not None
    return text


def test_only_string_method_names_get_the_string_path() -> None:
    with_method = _emitted("function f(o) { return o.charCodeAt(0) } f('a')", "f")
    without = _emitted("function f(o) { return o.pos } f({})", "f")
    # the constant table holds the intrinsic's name only where the string path was emitted
    assert "G.realm.intrinsics[" in with_method
    assert "G.realm.intrinsics[" not in without


def test_value_reads_inline_only_the_own_property() -> None:
    # a value read: the own hit in line, anything else _getm; a callee: the prototype chain too
    value = _emitted("function f(o) { return o.pos } f({})", "f")
    callee = _emitted("function f(o) { return o.next() } f({next() { return 1 }})", "f")
    assert ".proto" not in value and "_getm(" in value
    assert ".proto" in callee


PROTO_CASES = [
    # data on the prototype (and its prototype), an accessor, absent, a method read as a value,
    # an own Prop (non-writable), arrays, functions and primitives as bases
    """(function () {
      function A() { this.own = 1 } A.prototype.shared = 2; A.prototype.m = function () { return this.own };
      function B() { A.call(this) } B.prototype = Object.create(A.prototype); B.prototype.deep = 3;
      Object.defineProperty(B.prototype, 'acc', {get() { return this.own + 10 }});
      var b = new B(), o = Object.defineProperty({}, 'ro', {value: 4}), r = [];
      for (var i = 0; i < 3; i++) r.push(b.own, b.shared, b.deep, b.acc, b.absent, typeof b.m, b.m === A.prototype.m,
                                         o.ro, [1, 2].foo, typeof [].map, typeof A.call, (5).toFixed === Number.prototype.toFixed,
                                         'ab'.nope, Object.create(null).x);
      return r.join() })()""",
    # callees (the prototype's hit first, then an own property, then the grandparent's): one
    # call site meets a method on the prototype, an own one (plain, a data Prop, an accessor),
    # the grandparent's, one replaced, shadowed, deleted, a changed prototype, a built-in's own
    # (Math.floor), an array's and a string's, and no method at all
    """(function () {
      function A() {} A.prototype.m = function () { return 'A' };
      function B() {} B.prototype = Object.create(A.prototype);
      var a = new A(), b = new B(), own = {m: function () { return 'own' }};
      var prop = Object.defineProperty({}, 'm', {value: function () { return 'prop' }});
      var acc = Object.defineProperty({}, 'm', {get() { return function () { return 'acc' } }});
      var pacc = Object.create(Object.defineProperty({}, 'm', {get() { return function () { return 'pacc' } }}));
      var mid = Object.create(Object.create({m: function () { return 'gp' }}, {m: {get() { return function () { return 'mid' } }}}));
      var arr = [1, 2]; arr.m = function () { return 'arr' + this.length };
      var r = [];
      function call(o) { try { return o.m() } catch (e) { return e.constructor.name } }
      for (var i = 0; i < 4; i++) {
        r.push(call(a), call(b), call(own), call(prop), call(acc), call(pacc), call(mid), call(arr), call({}),
               call(Object.create(null)), Math.floor(2.5), [3].concat([4]).length, 'ab'.charAt(1));
        if (i === 1) { A.prototype.m = function () { return 'A2' }; b.m = function () { return 'b' } }
        if (i === 2) { delete b.m; Object.setPrototypeOf(a, {m: function () { return 'set' }}); Math.floor = function () { return 'f' } }
      }
      try { Object.prototype.m = 5; r.push(call({})) } finally { delete Object.prototype.m }
      return r.join() })()""",
]


@pytest.mark.parametrize("src", PROTO_CASES)
def test_prototype_reads_agree(src: str) -> None:
    on, off = both_tiers(js_str, src)
    assert on == off
    if NODE is not None:
        assert on == node_str(src)
