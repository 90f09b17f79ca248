"""``typeof x === 'string'`` and its kin (``==``, ``!==``, ``!=``, the literal on either side):
the emitter tests the value's Python type in line for 'string', 'number', 'boolean',
'undefined', 'function' and 'object' (compiler/emit._TYPEOF_TESTS), falling back to typeof's
string for what a class does not decide. Every kind of value against every literal, on both
tiers and against node; an [[IsHTMLDDA]] object; the operand evaluated once; the inline test
taken (typeof's calls counted)."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.compiler import emit
from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from pyjsvm.runtime.exotic.html_dda import create_html_dda_object
from pyjsvm.runtime.operations import create_data_property, to_string
from pyjsvm.syntax.utf16 import js_string_to_python
from tests.helpers import assert_tiers_and_node_agree, js_str

pytestmark = pytest.mark.usefixtures("eager_compilation")

VALUES = ("['s', '', 0, -0, NaN, 1.5, true, false, undefined, null, {}, [], function () {}, () => 1, class K {},"
          " Math.max, Math.max.bind(null), new Proxy(function () {}, {}), new Proxy({}, {}), Symbol('y'), 10n,"
          " new Date(0), /r/, new String('w'), Object(1n), (function () { return arguments })(), new Map(),"
          " new Uint8Array(2), new Error('e'), Object.create(null)]")

CASE = """(function () {
  var vals = %s, out = [], n = 0;
  function f(v) { return [typeof v === 'string', typeof v == 'number', 'boolean' === typeof v, typeof v !== 'undefined',
                          'function' != typeof v, typeof v === 'object', typeof v === 'symbol', typeof v === 'bigint',
                          typeof v === 'nonsense', typeof v === 'Object'].map(Number).join('') }
  for (var r = 0; r < 3; r++) out.push(vals.map(f).join());
  out.push(typeof undeclared === 'undefined', typeof undeclared !== 'function', 'undefined' == typeof undeclared);
  function next() { n++; return n }
  out.push(typeof next() === 'number', typeof next() !== 'string', n);
  if (typeof next === 'function' && typeof vals === 'object' && !(typeof null !== 'object')) out.push('if');
  return out.join('|') })()""" % VALUES


def test_typeof_tests_agree() -> None:
    assert not assert_tiers_and_node_agree(CASE).startswith("THROW")


def test_an_html_dda_object_is_undefined_to_the_tests() -> None:
    src = ("function f(v) { return [typeof v === 'undefined', typeof v === 'object', typeof v === 'function',"
           " typeof v !== 'undefined'].join() } var out; for (var i = 0; i < 3; i++) out = f(dda); out")
    for on in (True, False):
        old = emit.set_enabled(on)
        try:
            realm = Realm()
            create_data_property(realm.global_object, "dda", create_html_dda_object(realm))
            assert js_string_to_python(to_string(eval_script(realm, src))) == "true,false,false,false"
        finally:
            emit.set_enabled(old)


def test_the_inline_tests_call_no_typeof(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    real = emit._BASE_NAMESPACE["_typeof"]

    def counted(v: Any) -> Any:
        calls[0] += 1
        return real(v)
    monkeypatch.setitem(emit._BASE_NAMESPACE, "_typeof", counted)
    src = ("function f(v) { return typeof v === 'string' || typeof v == 'number' || typeof v === 'boolean' }"
           " function g(v) { return typeof v === 'function' && typeof {} === 'object' && typeof v !== 'undefined' }"
           " var n = 0; for (var i = 0; i < 20; i++) n += f('s') + f(1) + f(true) + f(null) + g(f) + g(Math.max); n")
    assert js_str(src) == "100"
    assert calls[0] == 0
