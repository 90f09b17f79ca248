"""The membrane between contexts (pyjsvm.api.membrane): a value of context A handed to context B
by the host never gives B a path to A's intrinsics or global object."""
from __future__ import annotations

import pytest

import pyjsvm as vm

# what B tries, for a value `v` that came from A: each must not reach A's global
ESCAPES = [
    "v.constructor.constructor('return this')().secret",
    "v.__proto__.constructor.constructor('return this')().secret",
    "Object.getPrototypeOf(v).constructor.constructor('return this')().secret",
    "(v.toString || Object.prototype.toString).constructor('return this')().secret",
    "v.__proto__.__proto__.constructor.constructor('return this')().secret",
]


@pytest.fixture()
def two() -> tuple[dict, dict]:
    a = vm.create_context({"secret": "A"})
    b = vm.create_context({})
    return a, b


@pytest.mark.parametrize("source", [
    "new TypeError('x')", "new Error('e', {cause: {c: 1}})", "({a: 1})", "[1, 2]", "new Date(0)",
    "new Map([[1, 2]])", "new Set([1])", "new Uint8Array(3)", "new ArrayBuffer(2)", "(function f() {})",
    "(class K {})", "Promise.resolve(1)", "new (class K { m() {} })()", "Object.create(null)",
    "(() => { try { null.x } catch (e) { return e } })()", "/re/g", "new Proxy(function () {}, {})",
])
@pytest.mark.parametrize("escape", ESCAPES)
def test_no_escape_through_a_handed_value(two: tuple[dict, dict], source: str, escape: str) -> None:
    a, b = two
    b["v"] = vm.run_in_context(source, a)
    r = vm.run_in_context(f"try {{ {escape} }} catch (x) {{ 'caught ' + x.name }}", b)
    assert r != "A"


def test_errors_are_recreated_in_the_receiving_realm(two: tuple[dict, dict]) -> None:
    a, b = two
    b["e"] = vm.run_in_context("var e = new RangeError('big', {cause: 'why'}); e.extra = [1]; e", a)
    assert vm.run_in_context(
        "[e instanceof RangeError, e.message, e.cause, e.extra instanceof Array, e.stack.split('\\n')[0]]", b
    ) == [True, "big", "why", True, "RangeError: big"]
    b["c"] = vm.run_in_context("class MyError extends Error {}; MyError.prototype.name = 'MyError'; new MyError('m')", a)
    assert vm.run_in_context("[c instanceof Error, c.name, String(c)]", b) == [True, "MyError", "MyError: m"]


def test_a_thrown_error_crosses_back(two: tuple[dict, dict]) -> None:
    a, b = two
    b["f"] = vm.run_in_context("(function () { throw new SyntaxError('from A') })", a)
    r = vm.run_in_context("try { f() } catch (x) { [x instanceof SyntaxError, x.message,"
                          " x.constructor.constructor('return typeof secret')()] }", b)
    assert r == [True, "from A", "undefined"]
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context("f()", b)
    assert info.value.name == "SyntaxError"


def test_jserror_values_cross_like_other_values(two: tuple[dict, dict]) -> None:
    a, b = two
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context("null.x", a)
    b["err"] = info.value.value
    assert vm.run_in_context("[err instanceof TypeError, err.constructor.constructor('return this')().secret]", b) == [
        True, vm.undefined]


def test_functions_wrap_and_arguments_cross_the_other_way(two: tuple[dict, dict]) -> None:
    a, b = two
    b["f"] = vm.run_in_context(
        "(function (o, cb) { return [Object.getPrototypeOf(o) === Object.prototype, o.z, cb(2)] })", a)
    assert vm.run_in_context("f({z: 1}, x => x * 3)", b) == [True, 1, 6]
    # the callback handed to A is a function of A that calls B's: it does not give A B's realm
    b["g"] = vm.run_in_context("(function (cb) { return cb.constructor === Function })", a)
    assert vm.run_in_context("g(() => 1)", b) is True
    # one wrapper per function: identity holds; handed back, it is the original
    fn = vm.run_in_context("globalThis.orig = function orig() {}; orig", a)
    b["f1"] = fn
    b["f2"] = fn
    assert vm.run_in_context("f1 === f2 && f1.name === 'orig' && f1 instanceof Function", b) is True
    a["back"] = vm.run_in_context("f1", b)
    assert vm.run_in_context("back === orig", a) is True


def test_constructors_construct_across(two: tuple[dict, dict]) -> None:
    a, b = two
    b["K"] = vm.run_in_context("(class K { constructor(n) { this.n = n } })", a)
    assert vm.run_in_context("var k = new K(4); [k.n, Object.getPrototypeOf(k) === Object.prototype]", b) == [4, True]


def test_getters_are_not_run_and_not_copied(two: tuple[dict, dict]) -> None:
    a, b = two
    b["o"] = vm.run_in_context("globalThis.ran = 0; ({ get g() { ran++; return globalThis }, d: 1 })", a)
    assert vm.run_in_context("[Object.keys(o).join(), typeof o.g, o.d]", b) == ["d", "undefined", 1]
    assert vm.run_in_context("ran", a) == 0


def test_promises_settle_in_the_receiving_realm(two: tuple[dict, dict]) -> None:
    a, b = two
    b["p"] = vm.run_in_context("Promise.resolve({v: 5})", a)
    vm.run_in_context("var out; p.then(v => { out = [v.v, v.constructor === Object, p instanceof Promise] })", b)
    assert vm.run_in_context("out", b) == [5, True, True]
    b["q"] = vm.run_in_context("Promise.reject(new TypeError('no'))", a)
    vm.run_in_context("var why; q.catch(e => { why = [e instanceof TypeError, e.message,"
                      " e.constructor.constructor('return this')().secret] })", b)
    assert vm.run_in_context("why", b) == [True, "no", vm.undefined]
    # a pending promise settles after A's jobs ran
    b["r"] = vm.run_in_context("new Promise(res => { globalThis.done = res })", a)
    vm.run_in_context("var got = 'pending'; r.then(v => { got = v.constructor.constructor('return this')().secret })", b)
    vm.run_in_context("done({})", a)
    vm.run_in_context("0", b)
    assert vm.run_in_context("got", b) is vm.undefined


def test_copies_keep_cycles_shapes_and_deep_data(two: tuple[dict, dict]) -> None:
    a, b = two
    b["c"] = vm.run_in_context("var c = {n: 1, list: [1, , 3]}; c.self = c; c.twice = [c.list, c.list]; c", a)
    assert vm.run_in_context("[c.self === c, c.list.length, 1 in c.list, c.twice[0] === c.twice[1]]", b) == [
        True, 3, False, True]
    b["deep"] = vm.run_in_context("var d = {}; for (let i = 0; i < 20000; i++) d = {d}; d", a)
    assert vm.run_in_context("var n = 0, x = deep; while (x.d) { x = x.d; n++ } n", b) == 20000
    # (a typed array or Date at the top level becomes Python data; inside an object it crosses)
    b["bin"] = vm.run_in_context("({u: new Uint16Array([1, 2, 3]).subarray(1), d: new Date(5)})", a)
    assert vm.run_in_context("var u = bin.u; [u instanceof Uint16Array, u.length, u[1], u.buffer.byteLength,"
                             " bin.d instanceof Date, +bin.d]", b) == [True, 2, 3, 4, True, 5]
    b["m"] = vm.run_in_context("new Map([[{k: 1}, new Set(['s'])]])", a)
    assert vm.run_in_context("var [[k, s]] = m; [k.k, s instanceof Set, s.has('s')]", b) == [1, True, True]


def test_a_proxy_object_cannot_cross(two: tuple[dict, dict]) -> None:
    a, b = two
    b["px"] = vm.run_in_context("new Proxy({}, { ownKeys() { throw 1 } })", a)
    with pytest.raises(vm.JSError) as info:
        vm.run_in_context("px", b)
    assert info.value.name == "TypeError"
    f = vm.run_in_context("(x => x)", b)
    with pytest.raises(TypeError):
        f(vm.run_in_context("new Proxy({}, {})", a))


def test_python_callables_returning_foreign_values(two: tuple[dict, dict]) -> None:
    a, b = two
    stash = vm.run_in_context("({ fn: Function })", a)
    b["leak"] = lambda: stash["fn"]
    assert vm.run_in_context("leak()('return typeof secret')()", b) == "undefined"
    b["give"] = lambda: stash
    # A's intrinsics are B's own on the other side (a wrapper of A's Function would evaluate in A)
    assert vm.run_in_context("var F = give().fn; [F === Function, F('return typeof secret')()]", b) == [
        True, "undefined"]
    b["ev"] = vm.run_in_context("({e: eval, g: (function* () {}).constructor, p: Object.prototype})", a)
    assert vm.run_in_context("[ev.e === eval, ev.e('typeof secret'), ev.g('yield typeof secret')().next().value,"
                             " ev.p === Object.prototype]", b) == [True, "undefined", "undefined", True]


def test_host_values_seen_by_a_context_cross_as_themselves(two: tuple[dict, dict]) -> None:
    a, b = two
    data = {"n": 1}
    items = [1, 2]
    calls: list[int] = []
    a["h"] = {"d": data, "l": items, "f": lambda x: calls.append(x) or x + 1}
    b["h"] = vm.run_in_context("({d: h.d, l: h.l, f: h.f})", a)
    assert vm.run_in_context("h.d.n = 2; h.l.push(3); [h.f(1), h.f instanceof Function, h.d instanceof Object]", b) == [
        2, True, True]
    assert data == {"n": 2} and items == [1, 2, 3] and calls == [1]
