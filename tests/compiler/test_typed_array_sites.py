"""Typed-array element and length sites of compiled code on both tiers (the emitter's inline
paths in emit.py get_index / put_member / get_named, the closure tier's expressions.get_index /
set_index) where node cannot be asked: immutable buffers (not in node 20), and what the emitted
code of a site is (the differential corpus, tests/compiler/corpus/typed_array_*.js, checks
the values against node)."""
from __future__ import annotations

import re

import pytest

from pyjsvm.compiler.engine import eval_script
from pyjsvm.intrinsics.realm import Realm
from tests.helpers import both_tiers, js_str

pytestmark = pytest.mark.usefixtures("eager_compilation")  # tests/compiler/conftest.py

SITES = """
function c1(o, k) { o[k] = 1; return o[k]; }
function c200(o, k) { o[k] = 200; return o[k]; }
function i32(o, k, x) { o[k] = x | 0; return o[k]; }
function any(o, k, x) { o[k] = x; return o[k]; }
function len(o) { return o.length; }
"""


@pytest.mark.parametrize("ta", ["Uint8Array", "Int32Array", "Float64Array", "Float32Array"])
def test_immutable_buffer_writes_ignored_or_throw(ta: str) -> None:
    src = SITES + f"""
    var m = new {ta}(new {ta}([5, 6, 7]).buffer.transferToImmutable());
    var r = [c1(m, 0), c200(m, 1), i32(m, 2, 9), any(m, 0, 2.5), len(m), len(m)];
    (function () {{ 'use strict';
      [function (k) {{ m[k] = 1; }}, function (k) {{ m[k] = 3 | 0; }}, function (k) {{ m[k] = 0.5; }}].forEach(function (f) {{
        try {{ f(0); r.push('stored'); }} catch (e) {{ r.push(e.constructor.name); }}
        try {{ f(3); r.push('ignored'); }} catch (e) {{ r.push(e.constructor.name); }}
      }});
    }})();
    r.join()"""
    want = "5,6,7,5,3,3,TypeError,ignored,TypeError,ignored,TypeError,ignored"
    assert both_tiers(js_str, src) == (want, want)


@pytest.mark.usefixtures("emitter_on")
def test_emitted_sites() -> None:
    """The inline paths a site gets: a constant in 0..127 stored as an int with no bounds
    test, other integral constants as ints within the bounds, an int32 result truncated, any
    other value converted by the array's fast_conv; the length read from the fast view under
    the epoch guard."""
    realm = Realm()
    eval_script(realm, SITES + "function num(o, k, x) { o[k] = x * 0.5; }")
    code = {name: realm.global_object.get(name, realm.global_object).code.emitted
            for name in ("c1", "c200", "i32", "any", "num", "len")}

    def store(name: str) -> tuple[str, str]:
        """The typed-array branch of the site's element write: its test and its store."""
        lines = code[name].split("\n")
        at = next(n for n, line in enumerate(lines) if line.lstrip().startswith("elif") and "_TA" in line)
        return lines[at], lines[at + 1].strip()

    test, put = store("c1")
    assert "fast_lo" not in test and re.fullmatch(r"t\d+\.fast\[t\d+\] = k\d+", put)
    test, put = store("c200")
    assert "fast_lo" in test and re.fullmatch(r"t\d+\.fast\[t\d+\] = k\d+", put)
    test, put = store("i32")
    assert "fast_lo" in test and put.endswith("= _trunc(t6)")
    test, put = store("any")
    assert "type(t6) is _float" in test and put.endswith(".fast_conv(t6)")
    test, put = store("num")  # x * 0.5 is a Number (or it threw): no type test
    assert "type(t6)" not in test and put.endswith(".fast_conv(t6)")
    assert ".fast_n) >= 0.0 and" in code["len"] and "len_epoch == _EP[0]" in code["len"]

def test_length_of_every_view_kind_on_both_tiers() -> None:
    src = SITES + """
    var b = new ArrayBuffer(8, { maxByteLength: 16 });
    var views = [new Uint8Array(b), new Uint8ClampedArray(b, 1), new BigInt64Array(b), new Float16Array(b, 2, 2),
                 new Int32Array(new ArrayBuffer(12)), new Float64Array(new ArrayBuffer(8).transferToImmutable())];
    var r = [views.map(len).join()];
    b.resize(3); r.push(views.map(len).join());
    b.resize(16); r.push(views.map(len).join());
    r.join(' ')"""
    want = "8,7,1,2,3,1 3,2,0,0,3,1 16,15,2,2,3,1"
    assert both_tiers(js_str, src) == (want, want)
