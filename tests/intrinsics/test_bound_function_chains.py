"""A chain of a hundred thousand bound functions (each bound to the one before) is a legal value:
making it, calling it, constructing with it and GetFunctionRealm on it must neither overflow
the C stack (a Python frame a link crashed the interpreter: run in a child process here) nor
take time quadratic in its length; and a chain of any length keeps the spec's this, arguments
and newTarget."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers import assert_tiers_and_node_agree

# each link's "name" redefined: else the names grow ("bound bound ... f"), quadratic memory
CHAIN = ("var f0 = function () { return [typeof this, this, arguments.length, new.target === f0]; };"
         " var p = f0; for (let i = 0; i < 1e5; i++) { p = p.bind(i, i);"
         " Object.defineProperty(p, 'name', {value: 0}); }")

CHILD = r'''
import json, sys
import pyjsvm as vm
chain = sys.argv[1]
out = []
for expr in ["1", "JSON.stringify(p())", "JSON.stringify(new p())",
             "p.prototype = 1; Object.getPrototypeOf(Reflect.construct(Object, [], p)) === Object.prototype",
             "[1].map(p).length"]:
    out.append(vm.run_in_new_context(chain + expr, {}, timeout=60000))
print(json.dumps(out))
'''


def test_a_long_chain_of_bound_functions() -> None:
    r = subprocess.run([sys.executable, "-c", CHILD, CHAIN], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == ('[1, "[\\"object\\",0,100000,false]", "[\\"object\\",{},100000,true]", true, 1]')


@pytest.mark.parametrize("src", [
    "(() => { var p = function (a, b, c) { return [a, b, c, arguments.length].join(); };"
    " return p.bind(null, 1).bind(null, 2)(3, 4); })()",
    "(() => { var p = function () { return typeof this + this; }; return p.bind(1).bind(2).bind(3)(); })()",
    "(() => { function F() { this.nt = new.target; } const B = F.bind(null).bind(null);"
    " const o = new B(); const o2 = Reflect.construct(B, [], B); const o3 = Reflect.construct(B, [], Array);"
    " return [o.nt === F, o2.nt === F, o3.nt === Array, Object.getPrototypeOf(o3) === Array.prototype].join(); })()",
    "(() => { function F() { return new.target; } const B1 = F.bind(null); const B2 = B1.bind(null);"
    " return [Reflect.construct(B2, [], B1) === F, Reflect.construct(B2, [], B2) === F].join(); })()",
    "(() => { const { proxy, revoke } = Proxy.revocable(function () {}, {}); const b = proxy.bind(null).bind(null);"
    " revoke(); try { Reflect.construct(function () {}, [], b); return 'ok'; } catch (e) { return e.constructor.name; } })()",
    "(() => { const b = Math.max.bind(null, 5).bind(null, 7); try { new b(); } catch (e) { return [e.constructor.name, b(1)].join(); } })()",
    "(() => { class C { constructor(x, y) { this.x = [x, y]; } } const B = C.bind(null, 1).bind(null, 2);"
    " const o = new B(); return [o.x, o instanceof C, o instanceof B].join(); })()",
    "(() => { class C {} const B = C.bind(null).bind(null); try { B(); } catch (e) { return e.constructor.name; } })()",
])
def test_short_chains_agree_with_node(src: str) -> None:
    assert_tiers_and_node_agree(src)


# a chain whose names are left as bind makes them (no defineProperty): "bound " a hundred
# thousand times before "f0", and instanceof through it (a recursion a link before)
NAMED_CHAIN = "function f0() {} var p = f0; for (let i = 0; i < 1e5; i++) p = p.bind(null);"


def test_instanceof_and_names_through_a_long_chain() -> None:
    exprs = ["[{} instanceof p, new f0() instanceof p, Object.create(f0.prototype) instanceof p].join()",
             "[p.name.length, p.name.startsWith('bound bound '), p.name.endsWith(' f0'),"
             " p.name === 'bound '.repeat(1e5) + 'f0', p.length].join()"]
    child = ("import json, sys\nimport pyjsvm as vm\n"
             f"print(json.dumps([vm.run_in_new_context({NAMED_CHAIN!r} + e, {{}}, timeout=60000) for e in {exprs!r}]))")
    r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == '["false,true,true", "600002,true,true,true,0"]'


@pytest.mark.parametrize("src", [
    # a name past the length made eagerly, bound again and again: exact value and attributes
    "(() => { var q = function f() {}; for (var i = 0; i < 60; i++) q = q.bind(null, 1);"
    " var d = Object.getOwnPropertyDescriptor(q, 'name');"
    " return [d.value === 'bound '.repeat(60) + 'f', d.writable, d.enumerable, d.configurable,"
    " Reflect.ownKeys(q).join(' '), q.length].join(); })()",
    "(() => { var q = function f() {}; for (var i = 0; i < 60; i++) q = q.bind();"
    " var a = q.bind(); delete a.name; var b = q.bind(); Object.defineProperty(b, 'name', {value: 'x'});"
    " var c = q.bind(); Object.freeze(c); var d = q.bind(); d.name = 1;"
    " return [a.name, Reflect.ownKeys(a).join(' '), b.name, Object.isFrozen(c), c.name.length,"
    " Object.getOwnPropertyDescriptor(c, 'name').configurable, d.name.length].join(); })()",
    "(() => { 'use strict'; var q = function f() {}; for (var i = 0; i < 60; i++) q = q.bind();"
    " try { q.name = 1; } catch (e) { return e.constructor.name + q.name.length; } })()",
    # the target's name redefined after binding does not change the bound function's
    "(() => { var q = function f() {}; for (var i = 0; i < 60; i++) q = q.bind();"
    " var r = q.bind(); Object.defineProperty(q, 'name', {value: 'g'}); return r.name.length + q.bind().name; })()",
    # @@hasInstance on a target of the chain is still called, with the target as this
    "(() => { function F() {} var B = F.bind().bind(); var seen = [];"
    " Object.defineProperty(F, Symbol.hasInstance, {value: function (v) { seen.push(this === F, v); return 1; }});"
    " return [({}) instanceof B, seen].join(); })()",
    "(() => { var B = (function () {}).bind().bind(); B.prototype; var t = B.bind();"
    " Object.defineProperty(B, Symbol.hasInstance, {value: undefined}); try { return ({}) instanceof t; }"
    " catch (e) { return e.constructor.name; } })()",
    "(() => { function F() {} F.prototype = 1; var B = F.bind().bind();"
    " try { return ({}) instanceof B; } catch (e) { return e.constructor.name; } })()",
])
def test_bound_names_and_instanceof_agree_with_node(src: str) -> None:
    assert_tiers_and_node_agree(src)
