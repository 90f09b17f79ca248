"""NON-SPEC (V8): sloppy `function`s have own `arguments` (null, non-writable, non-configurable)
and `caller`; `f.caller` while f runs is the sloppy function that called it, never a strict
function (sec-forbidden-extensions), null from a built-in, strict code or script code. Compared
with node 20 (`vm.runInNewContext`) on both compiler tiers. V8's `caller` is a data property
whose value changes, which the invariants of [[GetOwnProperty]] forbid
(sec-invariants-of-the-essential-internal-methods); ours is a non-configurable accessor, the one
place where we differ from node on purpose (SPEC_CASES)."""
from __future__ import annotations

import pytest

from tests.helpers import NODE, both_tiers, js_str, node_str

CASES = [
    # which functions have the own properties, and where they sit among the others
    "Object.getOwnPropertyNames(function () {}).join()",
    "[() => 1, { m() {} }.m, function* () {}, async function () {}, class {}, function () { 'use strict'; }]"
    ".map(f => f.hasOwnProperty('caller') + '/' + f.hasOwnProperty('arguments')).join()",
    "JSON.stringify(Object.getOwnPropertyDescriptor(function () {}, 'arguments'))",
    "Object.getOwnPropertyNames(new Function('return 1')).join()",
    # the value while running
    "function a() { return b(); } function b() { return b.caller; } a() === a",
    "function b() { return b.caller; } String(b())",
    "function b() { return b.caller; } String([1].map(b)[0])",
    "function b() { return b.caller; } String((function () { 'use strict'; return b(); })())",
    "function o() { return i(); } function i() { return i.caller.caller; } String(o())",
    "function b() { return b.caller; } var g = function () { return b(); }; g() === g",
    "function b() { return b.caller; } function r(n) { return n ? r(n - 1) : b(); } r(3) === r",
    "function f() {} f.caller = 5; [String(f.caller), String(f.arguments)].join()",
    "'use strict'; function f() {} try { f.caller; 'no throw' } catch (e) { e.constructor.name }",
    "function f() {} f.x = 1; Object.getOwnPropertyNames(f).join()",
    "function f() {} Object.freeze(f); Object.isFrozen(f) + ',' + Object.getOwnPropertyNames(f).join()",
]


@pytest.mark.parametrize("src", CASES)
def test_legacy_caller_and_arguments_as_node(src: str) -> None:
    on, off = both_tiers(js_str, src)
    assert on == off
    if NODE is not None:
        assert on == node_str(src)


SPEC_CASES = [
    ("var d = Object.getOwnPropertyDescriptor(function () {}, 'caller');"
     " [typeof d.get, d.set, d.enumerable, d.configurable, d.get.name].join()",
     "function,,false,false,get caller"),
    # the getter is one per realm and answers for the function it is called on
    ("function b() { return Object.getOwnPropertyDescriptor(b, 'caller').get.call(b); }"
     " function a() { return b(); } [a() === a, Object.getOwnPropertyDescriptor(a, 'caller').get"
     " === Object.getOwnPropertyDescriptor(b, 'caller').get].join()", "true,true"),
    # test262 built-ins/Object/internals/DefineOwnProperty/consistent-value-function-caller.js
    ("function f() { return Reflect.getOwnPropertyDescriptor(f, 'caller'); } function g() { return f(); }"
     " [Reflect.defineProperty(f, 'caller', { writable: false, configurable: false }),"
     " Reflect.getOwnPropertyDescriptor(f, 'caller').get === g().get, delete f.caller].join()",
     "false,true,false"),
]


@pytest.mark.parametrize("src, expected", SPEC_CASES)
def test_legacy_caller_is_an_accessor(src: str, expected: str) -> None:
    on, off = both_tiers(js_str, src)
    assert on == off == expected
