"""Number keys on ordinary objects and arrays: a read that misses the receiver's own properties
(compiler/expressions.get_index and get_inherited_index: an ordinary object's element by an
array index, an array's hole or a read past its end, looked up along the prototype chain with
the key made once) and every path around it -- writes, compound assignments, ``in``, delete,
enumeration order, a getter or a plain value on Object.prototype or Array.prototype, prototypes
that are arrays, Proxies, typed arrays or String objects, frozen objects, strings as receivers,
and the Numbers that are no array index (1.5, -0, NaN, 1e21, 2**32 - 1, -1, Infinity), whose
key is ToString's (sec-topropertykey). Both tiers and node agree."""
from __future__ import annotations

import random

import pytest

from tests.helpers import assert_tiers_and_node_agree

# the keys as Numbers, and a function of the site under test run over all of them, many times
# (a site that ran with one receiver kind keeps working when the next one comes)
_KEYS = "[0, 1, 2, 7, 1.5, -0, NaN, 1e21, 4294967294, 4294967295, -1, Infinity, 4095, 4096, 70000, 2**31]"
_RUN = """
  function show(v) { return typeof v === 'function' ? 'fn' : String(v) }
  var keys = """ + _KEYS + """;
  function each(f) {
    // (a string, not an array, collects the results: the cases put index accessors on the
    // prototypes an array's push would meet)
    var out;
    for (var round = 0; round < 3; round++) {
      out = '';
      for (var j = 0; j < keys.length; j++) {
        try { out += ',' + show(f(keys[j])) } catch (e) { out += ',' + e.constructor.name }
      }
    }
    return out.slice(1);
  }
"""

CASES = {
    "read_own_and_missing": """
      var o = {0: 'a', 2: 'c', 4096: 'big', 4294967294: 'max', 4294967295: 'over', '1.5': 'half',
               '-1': 'neg', '1e+21': 'exp', NaN: 'nan', Infinity: 'inf', 70000: 's'};
      return each(function (k) { return o[k] })""",
    "read_missing_from_null_prototype": """
      var o = Object.create(null); o[1] = 'one'; o[70000] = 'far';
      return each(function (k) { return o[k] })""",
    "plain_value_on_object_prototype": """
      Object.prototype[7] = 'proto7'; Object.prototype[70000] = 'proto70000';
      var o = {1: 'one'}, a = [0, , 2];
      var r = each(function (k) { return o[k] }) + ' | ' + each(function (k) { return a[k] });
      delete Object.prototype[7]; delete Object.prototype[70000];
      return r + ' | ' + each(function (k) { return o[k] }) + ' | ' + each(function (k) { return a[k] })""",
    "getter_on_object_prototype": """
      var o = {1: 'one'}, hits = 0, same = true;
      var before = each(function (k) { return o[k] });
      Object.defineProperty(Object.prototype, '2', { get() { hits++; same = same && this === o; return 'got' }, configurable: true });
      Object.defineProperty(Object.prototype, '4096', { get() { return 'got4096' }, configurable: true });
      var during = each(function (k) { return o[k] }) + ' ' + each(function (k) { return [9][k] });
      delete Object.prototype[2]; delete Object.prototype[4096];
      return before + ' | ' + during + ' | ' + hits + same + ' | ' + each(function (k) { return o[k] })""",
    "getter_on_array_prototype_for_a_hole": """
      var a = [0, , 2, , 4, 5, 6, , 8], seen = '';
      var before = each(function (k) { return a[k] });
      Object.defineProperty(Array.prototype, '7', { get() { seen += this === a; return 'hole7' }, configurable: true });
      var during = each(function (k) { return a[k] });
      delete Array.prototype[7];
      return before + ' | ' + during + ' | ' + seen + ' | ' + each(function (k) { return a[k] })""",
    "array_prototypes": """
      var o = Object.create([10, , 30]); o[5] = 'own';
      var b = Object.create(o);
      var sparse = []; sparse[100000] = 'far'; var s = Object.create(sparse);
      var big = [1, , 3]; big[4294967295] = 'no index'; big[-1] = 'neg'; big[1e21] = 'exp'; big['1.5'] = 'half';
      return each(function (k) { return o[k] }) + ' | ' + each(function (k) { return b[k] }) + ' | ' + each(function (k) { return s[k] }) +
        ' | ' + each(function (k) { return big[k] }) + ' | ' + each(function (k) { return Object.create(big)[k] })""",
    "proxy_prototype_and_receiver": """
      var log = [];
      var p = new Proxy({2: 'target2'}, { get(t, k, r) { log.push(typeof k + k + (r === o)); return 'trap' + k } });
      var o = Object.create(p); o[1] = 'own';
      var direct = new Proxy({}, { get(t, k) { return typeof k + ':' + k } });
      return each(function (k) { return o[k] }) + ' | ' + each(function (k) { return direct[k] }) + ' | ' + log.slice(0, 16).join(' ')""",
    "typed_array_receiver_and_prototype": """
      var ta = new Uint8Array([5, 6, 7]), f = new Float64Array([1.5, -0]);
      var o = Object.create(ta); o[0] = 'own0';
      return each(function (k) { return ta[k] }) + ' | ' + each(function (k) { return 1 / f[k] }) + ' | ' +
        each(function (k) { return o[k] })""",
    "string_object_prototype_and_string_receiver": """
      var o = Object.create(new String('abc')); o[3] = 'own3';
      var s = 'xyz';
      return each(function (k) { return o[k] }) + ' | ' + each(function (k) { return s[k] }) + ' | ' +
        each(function (k) { return 'abc'.charAt(0)[k] })""",
    "other_exotic_receivers": """
      function args() { return arguments }
      var ar = args('a0', 'a1');
      var fn = function () {}; fn[1] = 'f1';
      var re = /x/; re[2] = 'r2';
      return each(function (k) { return ar[k] }) + ' | ' + each(function (k) { return fn[k] }) + ' | ' +
        each(function (k) { return re[k] }) + ' | ' + each(function (k) { return (5)[k] })""",
    "writes_and_compound_assignment": """
      var o = {}, a = [1, 2];
      return each(function (k) { o[k] = 'w' + k; a[k] = 'a' + k; return o[k] + a[k] }) + ' | ' +
        each(function (k) { o[k] += '+'; return o[k] }) + ' | ' +
        each(function (k) { o[k] = (o[k] || 0) + 1; return o[k] }) + ' | ' +
        JSON.stringify(o) + ' ' + a.length""",
    "counting_char_codes": """
      var counts = {}, text = '';
      for (var i = 0; i < 3000; i++) text += String.fromCharCode(32 + (i * 7919) % 9000);
      for (var r = 0; r < 3; r++)
        for (var i = 0; i < text.length; i++) { var c = text.charCodeAt(i); counts[c] = (counts[c] || 0) + 1 }
      var keys = Object.keys(counts);
      return keys.length + ' ' + keys.slice(0, 5) + ' ' + keys.slice(-3) + ' ' + counts[32] + ' ' + counts[9031]""",
    "in_and_delete": """
      var o = {1: 'x', 4096: 'y', '1.5': 'z', '-0': 'mz', 4294967295: 'w'};
      Object.prototype[7] = 'p';
      var r = each(function (k) { return k in o }) + ' | ' + each(function (k) { return k in [0, , 2] }) + ' | ' +
        each(function (k) { return delete o[k] }) + ' | ' + JSON.stringify(o) + ' ' + Object.keys(o);
      delete Object.prototype[7]; return r""",
    "frozen_and_non_writable": """
      var f = Object.freeze({1: 'one', 70000: 'far'}), fa = Object.freeze([1, , 3]);
      var ro = Object.defineProperty({}, '2', { value: 'ro', writable: false });
      Object.defineProperty(Object.prototype, '7', { value: 'proto-ro', writable: false, configurable: true });
      var sloppy = each(function (k) { f[k] = 'new'; fa[k] = 'new'; ro[k] = 'new'; var o = {}; o[k] = 'new'; return f[k] + fa[k] + ro[k] + o[k] });
      var strict = each(function (k) { 'use strict'; var o = {}; o[k] = 'new'; ro[k] = 'new'; return o[k] });
      var strict2 = each(function (k) { 'use strict'; fa[k] = 'n'; return fa[k] });
      delete Object.prototype[7];
      return sloppy + ' | ' + strict + ' | ' + strict2""",
    "setter_on_object_prototype": """
      var log = '';
      Object.defineProperty(Object.prototype, '7', { set(v) { log += v + ';' }, get() { return 'g7' }, configurable: true });
      var o = {};
      var r = each(function (k) { o[k] = 'v' + k; return o[k] });
      delete Object.prototype[7];
      return r + ' | ' + log + ' | ' + Object.keys(o)""",
    "enumeration_order": """
      var o = {};
      var ks = ['b', 10, 2, 4294967295, 4294967294, '01', 1.5, -0, 'a', 70000, 4096, 0, -1, 1e21, NaN, 3];
      for (var i = 0; i < ks.length; i++) o[ks[i]] = i;
      var forin = []; for (var k in o) forin.push(k);
      return Object.keys(o).join() + ' | ' + forin.join() + ' | ' + JSON.stringify(o) + ' | ' +
        Object.getOwnPropertyNames(o).join() + ' | ' + Reflect.ownKeys(o).length""",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_number_keys_agree(name: str) -> None:
    out = assert_tiers_and_node_agree("(function () {" + _RUN + CASES[name] + "})()")
    assert not out.startswith("THROW") and out.count("|") == CASES[name].count("' | '")


def _order_program(seed: int) -> str:
    """A generated table of objects: each gets keys of every kind (array indices small and
    large, 2**32 - 1 and 2**32 - 2, negative, fractional and exponent Numbers, numeric-looking
    strings that are no index, names) written and deleted in a random order; the program returns
    each object's Object.keys, for-in order and JSON text."""
    rng = random.Random(seed)
    pool = ["0", "1", "7", "10", "4095", "4096", "65536", "4294967294", "4294967295", "4294967296",
            "-1", "1.5", "-0", "1e21", "NaN", "Infinity", "2**31", "9007199254740993"]
    strs = ["'01'", "'a'", "'b'", "'1.50'", "'-0'", "' 1'", "'x9'"]
    lines = ["var out = [];"]
    for n in range(40):
        lines.append("var o = {};")
        for _ in range(rng.randint(1, 14)):
            k = rng.choice(pool + strs)
            if rng.random() < 0.15:
                lines.append(f"delete o[{k}];")
            else:
                lines.append(f"o[{k}] = {n};")
        lines.append("var f = []; for (var k in o) f.push(k); out.push(Object.keys(o).join() + '/' + f.join() + '/' + JSON.stringify(o));")
    lines.append("return out.join('\\n');")
    return "(function () {" + "\n".join(lines) + "})()"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_key_orders_agree(seed: int) -> None:
    out = assert_tiers_and_node_agree(_order_program(seed))
    assert out.count("\n") == 39 and "4294967295" in out
