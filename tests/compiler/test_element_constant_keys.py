"""Element sites keyed by an integral Number literal (``s[0]``, ``w[15] ^= x``, emit.py
int_key: the key's int is emitted, nothing truncates it at run time) and the typed-array
branch of compound assignment and update (``a[i] += x``, ``a[i]++``, emit.py
own_number_test): on both tiers and against node, in the cases a fast path could get wrong --
holes and accessors on the prototype chain, prototypes the program changed, proxies, strings,
keys past the int32 range, typed-array wrapping, clamping and rounding, NaN and -0, keys out
of bounds, shrunk buffers."""
from __future__ import annotations

import pytest

from tests.helpers import assert_tiers_and_node_agree


def test_constant_index_reads_and_writes() -> None:
    src = r"""
    var out = [];
    function rw(s, h) {
      var r = [];
      for (var n = 0; n < 2; n++) {
        r.push(s[0], s[1], s[3], s[1.5], s[-1], s[2147483647], s[4294967295]);
        s[0] = h; s[3] = h + 1; s[2147483647] = 'big'; s[4294967295] = 'huge';
        s[1] ^= h; s[2] += 'x';
        r.push(s[0], s[1], s[2], s[3]);
      }
      return r.map(String).join();
    }
    var log = [];
    Object.defineProperty(Array.prototype, 3, {get: function () { log.push('get3'); return 'proto3'; },
                                               set: function (v) { log.push('set3 ' + v); }, configurable: true});
    out.push(rw([1, 2], 5), log.join());
    log = [];
    out.push(rw([1, 2, , ], 6), log.join());
    delete Array.prototype[3];
    out.push(rw([7, 8, 9, 10, 11], 3));
    var withProto = [1, , 3]; Object.setPrototypeOf(withProto, {1: 40, 0: 'shadowed'});
    out.push(rw(withProto, 2));
    var seen = [];
    var p = new Proxy([1, 2, 3, 4], {get: function (t, k) { seen.push('get ' + String(k)); return t[k]; },
                                   set: function (t, k, v) { seen.push('set ' + String(k)); t[k] = v; return true; }});
    out.push(rw(p, 1), seen.join());
    out.push(rw({0: 1, 1: 2, length: 2}, 4));
    var frozen = Object.freeze([1, 2, 3, 4]);
    out.push(rw(frozen, 9));
    function str(s) { var r = []; for (var n = 0; n < 2; n++) r.push(s[0], s[2], s[5], s.charCodeAt(1), s.charCodeAt(7), s.charAt(0)); return r.join(); }
    out.push(str('abc'), str('\ud83d\ude00!'));
    String.prototype[5] = 'p5';
    out.push(str('abc'));
    function args() { var r = []; for (var n = 0; n < 2; n++) { r.push(arguments[0], arguments[2]); arguments[0] += 1; } return r.join(); }
    out.push(args(1, 2), args());
    out.join(' | ')
    """
    assert_tiers_and_node_agree(src)


@pytest.mark.parametrize("ta", ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
                                "Int32Array", "Uint32Array", "Float32Array", "Float64Array"])
def test_typed_array_compound_assignment_and_update(ta: str) -> None:
    src = """
    function ops(a, x, k) {
      var r = [];
      for (var n = 0; n < 3; n++) {
        r.push(a[0] += x, a[1] -= x, a[2] *= x, a[3] /= x, a[4] %= 7, a[5] |= x, a[6] ^= x, a[7] <<= 3, a[k] += x);
        r.push(a[0]++, ++a[1], a[2]--, --a[3], a[k]++, a[9] += 1, a[9]++, a[-1] += 1, a[1.5] += 1);
        for (var i = 0; i < 4; i++) { a[i] += 0.1; a[i + 4]++; }
        r.push(Object.is(a[0], -0), Array.prototype.join.call(a));
      }
      return r.map(String).join();
    }
    var T = TA_NAME, out = [];
    out.push(ops(new T([250, 127, -3, 100, 1000, 65535, 255, 2147483647, 9]), 10, 8));
    out.push(ops(new T([0, 1, 2, 3, 4, 5, 6, 7, 8]), NaN, 2));
    out.push(ops(new T([-0, 1, 2, 3, 4, 5, 6, 7, 8]), -0, 0));
    out.push(ops(new T([1, 2, 3, 4, 5, 6, 7, 8, 9]), 1e300, 3));
    out.push(ops(new T([1, 2, 3, 4, 5, 6, 7, 8, 9]), 0.3, -0));
    T.prototype[0] = 'proto'; Object.defineProperty(T.prototype, 1, {get: function () { return 'g'; }, set: function () { throw 1; }});
    out.push(ops(new T(9), 2, 4));
    var b = new ArrayBuffer(9 * T.BYTES_PER_ELEMENT, {maxByteLength: 32 * T.BYTES_PER_ELEMENT}), v = new T(b);
    out.push(ops(v, 3, 1));
    b.resize(2 * T.BYTES_PER_ELEMENT);
    out.push(ops(v, 3, 1));
    out.join(' | ')
    """.replace("TA_NAME", ta)
    assert_tiers_and_node_agree(src)


def test_bigint_typed_array_compound_assignment() -> None:
    src = """
    function ops(a, x) {
      var r = [];
      for (var n = 0; n < 2; n++) { r.push(a[0] += x, a[1]++, a[2] *= x); try { a[0] += 1; } catch (e) { r.push(e.name); } }
      return r.map(String).join();
    }
    [ops(new BigInt64Array([9223372036854775807n, 1n, -2n]), 1n), ops(new BigUint64Array([0n, 18446744073709551615n, 3n]), 2n)].join(' | ')
    """
    assert_tiers_and_node_agree(src)


def test_int_expression_keys() -> None:
    # keys that are the Number of a Python int expression (``t[x & 255]``, ``t[~x]``): read
    # with that int, the generic path given its Number
    src = r"""
    function idx(t, x) {
      x = x | 0;
      var r = [];
      for (var n = 0; n < 2; n++) r.push(t[x & 7], t[(x >>> 28) & 3], t[~x], t[x >> 1 & 3], t[x << 1 & 7], t[x & -1], t[~x & 3]);
      return r.map(function (v) { return Object.is(v, -0) ? '-0' : String(v); }).join();
    }
    var seen = [];
    Object.defineProperty(Array.prototype, 5, {get: function () { seen.push('get5'); return 'p5'; }, configurable: true});
    var holes = [0, , 2, , 4];
    var obj = {0: 'a', 1: 'b', 2: 'c', '-1': 'minus one', '-2': 'minus two', length: 3};
    var proxy = new Proxy([9, 8, 7, 6], {get: function (t, k) { seen.push(String(k)); return t[k]; }});
    var out = [];
    [1, 2, 3, 0, -1, -2, 0x7fffffff, -0x80000000, 0xf0000001].forEach(function (x) {
      out.push(idx(holes, x), idx('abcdefgh', x), idx(new Int16Array([-1, 2, -3, 4, 5, 6, 7, 8]), x),
               idx(new Float32Array([0.1, -0, 3.5]), x), idx(obj, x), idx(proxy, x), idx(Object.setPrototypeOf([1], {2: 'q'}), x));
    });
    delete Array.prototype[5];
    out.push(seen.join());
    out.join(' | ')
    """
    assert_tiers_and_node_agree(src)
