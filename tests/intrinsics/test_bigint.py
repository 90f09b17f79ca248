"""Tests of BigInt objects (sec-bigint-objects), differential against node where it helps."""
from __future__ import annotations

import pytest

from tests.helpers import NODE, js_str, node_str

CASES = [
    "BigInt(10)", "BigInt(-0)", "BigInt('  0x1F  ')", "BigInt('0b101')", "BigInt('0o17')", "BigInt('-12')",
    "BigInt('+12')", "BigInt('')", "BigInt(' ')", "BigInt(true)", "BigInt(false)", "BigInt(Object(7n))",
    "BigInt(1e21)", "BigInt(Number.MAX_SAFE_INTEGER)", "BigInt({valueOf() { return 3 }})",
    "BigInt({valueOf() { return '3' }})",
    "BigInt(1.5)", "BigInt(NaN)", "BigInt(Infinity)", "BigInt('1.5')", "BigInt('1e3')", "BigInt('-0x1')",
    "BigInt('0x')", "BigInt('1_000')", "BigInt('12n')", "BigInt(undefined)", "BigInt(null)", "BigInt(Symbol())",
    "BigInt()", "new BigInt(1)", "typeof BigInt(1)",
    "BigInt.asIntN(8, 255n)", "BigInt.asIntN(8, 128n)", "BigInt.asIntN(8, -129n)", "BigInt.asIntN(0, 5n)",
    "BigInt.asIntN(64, 2n**63n)", "BigInt.asIntN(2**53 - 1, -5n)", "BigInt.asIntN(1, -1n)",
    "BigInt.asUintN(8, -1n)", "BigInt.asUintN(0, 5n)", "BigInt.asUintN(64, -1n)", "BigInt.asUintN(2**53 - 1, 5n)",
    "BigInt.asIntN(3, 1)", "BigInt.asIntN(3, '9')",
    "BigInt.asIntN('3', true)", "BigInt.asUintN(NaN, 9n)",
    "(255n).toString(16)", "(-255n).toString(2)", "(123456789012345678901234567890n).toString(36)",
    "(10n).toString(1)", "(10n).toString(37)", "(10n).toString(undefined)", "(0n).toString()",
    "(-0n).toString()", "(5n).toLocaleString()", "Object(5n).toString()", "Object(5n).valueOf() === 5n",
    "BigInt.prototype.valueOf.call(1)", "BigInt.prototype.toString.call({})", "BigInt.prototype.valueOf.call(BigInt.prototype)",
    "Object.prototype.toString.call(1n)", "Object.prototype.toString.call(BigInt.prototype)",
    "BigInt.prototype[Symbol.toStringTag]", "BigInt.length", "BigInt.name", "BigInt.asIntN.length",
    "Object.getOwnPropertyNames(BigInt.prototype).sort().join()",
    "JSON.stringify(Object.getOwnPropertyDescriptor(BigInt, 'prototype'))",
    "Object(1n) + 1n", "Object(2n) == 2n", "1n + '1'", "String((10n ** 40n))", "(2n ** 64n).toString(16)",
    "BigInt(' \\n 42 \\t')",
]


@pytest.mark.skipif(NODE is None, reason="node is not on PATH")
@pytest.mark.parametrize("src", CASES)
def test_against_node(src: str) -> None:
    assert js_str(src) == node_str(src)


def test_huge_bigint_strings() -> None:
    # Python's int/str digit limit must not leak out as a ValueError.
    assert js_str("(10n ** 5000n).toString().length") == "5001"
    assert js_str("BigInt('1' + '0'.repeat(6000)) === 10n ** 6000n") == "true"
    assert js_str("(7n ** 3000n).toString(36) === (7n ** 3000n).toString(36)") == "true"
    assert js_str("BigInt.asUintN(2**53 - 1, -1n)").startswith("THROW RangeError")


def test_radix_round_trip() -> None:
    src = """
    var n = 3n ** 2000n, ok = true;
    for (var r = 2; r <= 36; r++) {
      var s = n.toString(r), back = 0n, R = BigInt(r);
      for (var i = 0; i < s.length; i++) back = back * R + BigInt(parseInt(s[i], r));
      if (back !== n) ok = false;
    }
    ok
    """
    assert js_str(src) == "true"


def test_fixed_expectations() -> None:
    assert js_str("BigInt(1.5)").startswith("THROW RangeError")
    assert js_str("BigInt('x')").startswith("THROW SyntaxError")
    assert js_str("new BigInt(1)").startswith("THROW TypeError")
    assert js_str("BigInt.asUintN(-1, 1n)").startswith("THROW RangeError")
    assert js_str("BigInt.asIntN(2**53, 1n)").startswith("THROW RangeError")
    assert js_str("BigInt.asIntN(64, -(2n ** 63n))") == "-9223372036854775808"
    assert js_str("BigInt.asUintN(64, 2n ** 64n + 3n)") == "3"
    assert js_str("Object.getPrototypeOf(Object(1n)) === BigInt.prototype") == "true"
