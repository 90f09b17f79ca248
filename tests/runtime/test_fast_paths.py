"""The runtime's fast paths give what the full operations give: instanceof through
%Function.prototype%[@@hasInstance], adding a property past a prototype's writable data
property, Function.prototype.apply of an arguments object, << on Numbers, == of like types.
Expected values are node 20's."""
from __future__ import annotations

import shutil
import subprocess

import pytest

import pyjsvm


def run(src: str) -> object:
    return pyjsvm.run_in_new_context(src, pyjsvm.constants.DONT_CONTEXTIFY)


def test_instanceof() -> None:
    assert run("""
        function F() {} var f = new F();
        var n = 0, G = function () {};
        Object.setPrototypeOf(G, { get [Symbol.hasInstance]() { n++; return function (v) { return v === 3 } } });
        var H = function () {}; H.prototype = 1;
        var e; try { ({}) instanceof H } catch (x) { e = x.constructor === TypeError }
        var P = new Proxy(f, { getPrototypeOf(t) { n += 10; return F.prototype } });
        [f instanceof F, f instanceof Object, 1 instanceof F, ({}) instanceof F, Object.create(f) instanceof F,
         P instanceof F, (() => 1) instanceof Function, 3 instanceof G, 4 instanceof G, n, 1 instanceof H, e,
         Object.create(null) instanceof F].join()
    """) == "true,true,false,false,true,true,true,true,false,12,false,true,false"


def test_instanceof_after_the_method_was_remembered() -> None:
    # js_instanceof remembers the last %Function.prototype% seen holding the original
    # @@hasInstance (non-writable, non-configurable): after warm checks, an own @@hasInstance, a
    # changed [[Prototype]], undefined or null as the method and another realm's functions
    src = """
        function F() {} function K() {} var f = new F(), out = [];
        function check(v, C) { return v instanceof C }
        for (var i = 0; i < 5; i++) { check(f, F); check(1, F); check(f, K) }
        Object.defineProperty(K, Symbol.hasInstance, {value: function (v) { return v === 7 }});
        out.push(check(7, K), check(f, K));
        var U = function () {}; Object.defineProperty(U, Symbol.hasInstance, {value: undefined});
        var N = function () {}; Object.defineProperty(N, Symbol.hasInstance, {value: null});
        out.push(check(new U(), U), check(new N(), N), check(f, U));
        var S = function () {}; Object.setPrototypeOf(S, {[Symbol.hasInstance]: function () { return 'yes' }});
        out.push(check(f, S));
        var T = function () {}; Object.setPrototypeOf(T, Object.prototype);
        out.push(check(f, T), check(Object.create(T.prototype), T));
        var fp = Function.prototype, d = Object.getOwnPropertyDescriptor(fp, Symbol.hasInstance);
        out.push(d.writable, d.configurable);
        try { fp[Symbol.hasInstance] = null } catch (e) { out.push(e.name) }
        out.push(check(f, F));
        out.join()"""
    expected = "true,false,true,true,false,true,false,true,false,false,TypeError,true"  # node 20's
    assert run('"use strict";' + src) == expected
    assert pyjsvm.run_in_new_context(src) == expected.replace("TypeError,true", "true")


def test_instanceof_a_derived_class() -> None:
    # js_instanceof looks for @@hasInstance up a derived class's chain of superclasses (each an
    # ECMAScript function) to %Function.prototype%: a static [Symbol.hasInstance] on a
    # superclass, one defined there after warm checks, a superclass whose chain leads to an
    # object with its own, a plain function's chain, and a class over a Proxy must still be found
    src = """
        class Base {} class A extends Base {} class B extends A {} class C extends B {}
        var xs = [new Base, new A, new B, new C, {}, 5], out = [];
        function check(v, K) { return v instanceof K }
        function row(K) { var r = ''; for (var i = 0; i < xs.length; i++) r += check(xs[i], K) ? 1 : 0; return r }
        for (var i = 0; i < 5; i++) out.push(row(C), row(A), row(Base));
        class S extends A { static [Symbol.hasInstance](v) { return v === 5 } } class T extends S {}
        out.push(row(T), row(S));
        Object.defineProperty(A, Symbol.hasInstance, { value: function (v) { return v === Object(v) && !(v instanceof Base) }, configurable: true });
        out.push(row(C), row(B), row(A), row(Base));
        delete A[Symbol.hasInstance];
        out.push(row(C), row(B));
        function F() {} function G() {} Object.setPrototypeOf(G, F); F.prototype; G.prototype = F.prototype;
        Object.setPrototypeOf(F, { [Symbol.hasInstance]: function (v) { return v === 5 } });
        out.push(row(G));
        var log = [];
        class PX extends Base {} Object.setPrototypeOf(PX, new Proxy(Base, { get(t, k, r) { log.push(typeof k); return Reflect.get(t, k, r) } }));
        out.push(row(PX), log.length > 0);
        out.slice(12).join()"""
    expected = "000100,011100,111100,000001,000001,000010,000010,000010,111100,000100,001100,000001,000000,true"  # node 20's
    assert run(src) == expected
    if shutil.which("node"):
        node = subprocess.run(["node", "-p", src], capture_output=True, text=True, timeout=60).stdout.strip()
        assert node == expected


def test_instanceof_a_derived_class_reads_no_superclass(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the walk up the superclasses is in line: no [[Get]] of @@hasInstance on any of them)
    from pyjsvm.runtime.functions import ECMAFunction
    from pyjsvm.runtime.values import SYM_HAS_INSTANCE
    reads: list[object] = []
    real = ECMAFunction.get

    def get(self: ECMAFunction, key: object, receiver: object) -> object:
        if key is SYM_HAS_INSTANCE:
            reads.append(self)
        return real(self, key, receiver)
    monkeypatch.setattr(ECMAFunction, "get", get)
    assert run("""
        class Base {} class A extends Base {} class B extends A {}
        var b = new B, n = 0;
        for (var i = 0; i < 10; i++) n += (b instanceof B) + (b instanceof A) + ({} instanceof B);
        n""") == 20
    assert reads == []


def test_add_past_a_prototype_data_property() -> None:
    assert run("""
        'use strict';
        var proto = { x: 0, get g() { return 1 } };
        Object.defineProperty(proto, 'ro', { value: 5, writable: false });
        var o = Object.create(proto); o.x = 1;
        var threw = false; try { o.ro = 6 } catch (e) { threw = e instanceof TypeError }
        var threw2 = false; try { o.g = 2 } catch (e) { threw2 = e instanceof TypeError }
        var frozen = Object.preventExtensions(Object.create(proto)), threw3 = false;
        try { frozen.x = 3 } catch (e) { threw3 = e instanceof TypeError }
        [o.x, proto.x, Object.keys(o).join('|'), threw, o.ro, threw2, threw3, Object.keys(frozen).length].join()
    """) == "1,0,x,true,5,true,true,0"


def test_apply_of_arguments() -> None:
    assert run("""
        function g(a, b, c) { return [a, b, c, arguments.length].join('/') }
        function f() { return g.apply(this, arguments) }
        function h(a) { 'use strict'; arguments[1] = 9; return g.apply(null, arguments) }
        function k(a, b) { a = 7; return g.apply(null, arguments) }
        function m() { 'use strict'; Object.defineProperty(arguments, '0', { get() { return 'G' } }); return g.apply(null, arguments) }
        function l() { 'use strict'; arguments.length = 1; return g.apply(null, arguments) }
        Object.prototype[2] = 'P';
        var r = [f(1, 2), f(), h(1, 2), k(1, 2), k(1, 2, 3), m(1, 2), l(1, 2), f(1, 2, undefined)].join();
        delete Object.prototype[2];
        r
    """) == "1/2//2,///0,1/9//2,7/2//2,7/2/3/3,G/2//2,1///1,1/2//3"


def test_shift_left() -> None:
    assert run("[1 << 31, -1 << 1, 5 << -1, 2147483647.9 << 1, -2147483648.5 << 0, NaN << 2, 1 << 32, 3 << 33.7, "
               "(-1.5) << 3, 1e10 << 1, 2 ** 40 << 2, 1 << 1e10].join()") == \
        "-2147483648,-2,-2147483648,-2,-2147483648,0,1,6,-8,-1474836480,0,1"


def test_loose_equality() -> None:
    assert run("var o = {}; [null == undefined, null == 0, 1 == '1', 1n == 1, o == o, ({}) == {}, NaN == NaN, "
               "'a' == 'a', true == 1, 1n == 1n, 0 == -0].join()") == \
        "true,false,true,true,true,false,false,true,true,true,true"
