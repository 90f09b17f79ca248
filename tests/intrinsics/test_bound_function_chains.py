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
