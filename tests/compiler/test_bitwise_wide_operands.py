"""Bitwise operators and shifts of Numbers past the int32 range (sums of uint32 words in hash
code: ``W[i] = s0 + W[i - 7] + s1 + W[i - 16]`` then ``W[i] << 25``), whose ToInt32 / ToUint32
the emitted code computes inline for any finite Number (emit.py binary, ``~`` in
e_UnaryExpression): on both tiers and against node, with NaN, the infinities, -0, values
past 2**53, negative ones, shift counts past 31, and operands that are not Numbers."""
from __future__ import annotations

from tests.helpers import assert_tiers_and_node_agree


def test_bitwise_operators_of_wide_numbers() -> None:
    src = r"""
    var xs = [0, -0, 1, -1, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296, 4294967297,
              6442450943.5, -6442450943.5, 1e15 + 3, -(1e15 + 3), 9007199254740993, 1e20, -1e20, 1.5e300,
              NaN, Infinity, -Infinity, 0.5, -0.5, 33, -33, '4294967298', null, undefined, true, {valueOf: function () { return 4294967299; }}];
    function ops(a, b) {
      var s = a + 0, t = b * 1;   // (Numbers, or NaN: the emitter knows them as Numbers)
      return [a & b, a | b, a ^ b, a << b, a >> b, a >>> b, ~a, ~~a, a >>> 0, a | 0, a << 25, a >> 7, a >>> 18,
              (a << 25) | (a >>> 7), s & t, s | t, s ^ t, s << t, s >> t, s >>> t, ~s, s << 3, s << 0, a << 0, s >> 0, s ^ 0, s >> 35, s >>> 33,
              s & 0xff, s ^ 0xffffffff, 0x80000000 | s, (s + t) | 0, (s + t) >> 0].map(function (v) { return Object.is(v, -0) ? '-0' : String(v); }).join();
    }
    var out = [];
    for (var i = 0; i < xs.length; i++) {
      var row = [];
      for (var j = 0; j < xs.length; j += 3) row.push(typeof xs[i] === 'object' && xs[i] ? 'o' : ops(xs[i], xs[j]));
      out.push(ops(xs[i], xs[(i * 7) % xs.length]), row.join(';'));
    }
    var w = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a], h = 0;
    for (var n = 0; n < 64; n++) {
      var x = w[n + 1 & 3] + w[n + 2 & 3] + (w[n & 3] >>> 3), y = w[n + 3 & 3];
      w[n & 3] = ((x << 25) | (x >>> 7)) ^ ((x << 14) | (x >>> 18)) ^ (y >>> 10) ^ ~x;
      h = (h + w[n & 3]) | 0;
    }
    out.push(h, w.join());
    out.push(~1n, ~'x', ~'12', ~{valueOf: function () { return -4294967296.5; }}, (5n << 70n) ^ 3n);
    out.join(' | ')
    """
    assert_tiers_and_node_agree(src)
