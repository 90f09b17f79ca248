"""Tests of Error objects (sec-error-objects)."""
from __future__ import annotations

from typing import Any

import pytest

from pyjsvm.runtime.agent import AGENT, JSThrow
from pyjsvm.runtime.objects import JSObject
from pyjsvm.runtime.stack import JSErrorObject
from pyjsvm.intrinsics.realm import Realm
from tests.helpers import assert_tiers_and_node_agree

NATIVE = ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")


@pytest.fixture
def realm() -> Any:
    r = Realm()
    saved = AGENT.realm
    AGENT.realm = r
    yield r
    AGENT.realm = saved


def _get(o: Any, key: Any) -> Any:
    return o.get(key, o)


def _desc(o: Any, key: Any) -> Any:
    d = o.get_own_property(key)
    return None if d is None else (d.value, d.writable, d.enumerable, d.configurable)


def test_error_constructor(realm: Any) -> None:
    E = realm.intrinsics["%Error%"]
    e = E.construct(["boom"], E)
    assert isinstance(e, JSErrorObject)
    assert e.proto is realm.intrinsics["%Error.prototype%"]
    assert _desc(e, "message") == ("boom", True, False, True)
    assert e.own_property_keys() == ["stack", "message"]
    stack = _get(e, "stack")
    assert type(stack) is str and stack.startswith("Error: boom")
    assert e.get_own_property("stack").enumerable is False
    # Called as a function, no message
    e2 = E.call(None, [])
    assert isinstance(e2, JSErrorObject) and e2.get_own_property("message") is None
    assert _get(e2, "message") == ""


def test_error_cause(realm: Any) -> None:
    E = realm.intrinsics["%Error%"]
    opts = JSObject(realm.object_prototype)
    opts.props["cause"] = 42.0
    e = E.construct(["m", opts], E)
    assert _desc(e, "cause") == (42.0, True, False, True)
    e2 = E.construct(["m", JSObject(realm.object_prototype)], E)
    assert e2.get_own_property("cause") is None


def test_error_prototype(realm: Any) -> None:
    ep = realm.intrinsics["%Error.prototype%"]
    assert not isinstance(ep, JSErrorObject)
    assert _desc(ep, "name") == ("Error", True, False, True)
    assert _desc(ep, "message") == ("", True, False, True)
    to_string = _get(ep, "toString")
    o = JSObject(realm.object_prototype)
    assert to_string.call(o, []) == "Error"
    o.props["name"] = ""
    o.props["message"] = "m"
    assert to_string.call(o, []) == "m"
    o.props["name"] = "N"
    assert to_string.call(o, []) == "N: m"
    with pytest.raises(JSThrow):
        to_string.call(1.0, [])


def test_native_errors(realm: Any) -> None:
    E = realm.intrinsics["%Error%"]
    ep = realm.intrinsics["%Error.prototype%"]
    for kind in NATIVE:
        C = realm.intrinsics[f"%{kind}%"]
        p = realm.intrinsics[f"%{kind}.prototype%"]
        assert C.proto is E and p.proto is ep
        assert _get(C, "length") == 1.0 and _get(C, "name") == kind
        assert _get(p, "name") == kind and _get(p, "message") == ""
        assert _get(p, "constructor") is C
        assert p.get_own_property("toString") is None
        e = C.call(None, ["x"])
        assert e.proto is p
        assert _get(e, "stack").startswith(kind + ": x")
        assert _get(_get(ep, "toString"), "call") is not None
    # realm.new_error stays compatible
    err = realm.new_error("RangeError", "bad")
    assert err.proto is realm.intrinsics["%RangeError.prototype%"]


def _iterable(realm: Any, values: list[Any]) -> Any:
    """A JS iterable over ``values`` built from Python (no dependency on Array iterators)."""
    from pyjsvm.runtime.iteration import create_iter_result_object
    from pyjsvm.runtime.objects import BuiltinFunction
    from pyjsvm.runtime.values import SYM_ITERATOR

    def make_iter(r: Any, this: Any, args: list[Any], nt: Any) -> Any:
        it = JSObject(r.object_prototype)
        pos = [0]

        def nxt(r2: Any, this2: Any, args2: list[Any], nt2: Any) -> Any:
            if pos[0] >= len(values):
                return create_iter_result_object(None, True)
            pos[0] += 1
            return create_iter_result_object(values[pos[0] - 1], False)
        it.props["next"] = BuiltinFunction(r, nxt, "next", 0)
        return it
    o = JSObject(realm.object_prototype)
    o.props[SYM_ITERATOR] = BuiltinFunction(realm, make_iter, "[Symbol.iterator]", 0)
    return o


def test_aggregate_error(realm: Any) -> None:
    AE = realm.intrinsics["%AggregateError%"]
    assert _get(AE, "length") == 2.0
    assert AE.proto is realm.intrinsics["%Error%"]
    errs = _iterable(realm, [1.0, 2.0])
    opts = JSObject(realm.object_prototype)
    opts.props["cause"] = "c"
    e = AE.construct([errs, "msg", opts], AE)
    assert e.own_property_keys() == ["stack", "message", "cause", "errors"]
    arr = _get(e, "errors")
    assert arr is not errs and arr.dense == [1.0, 2.0]
    assert e.get_own_property("errors").enumerable is False
    with pytest.raises(JSThrow):
        AE.call(None, [1.0])


def test_capture_stack_trace(realm: Any) -> None:
    E = realm.intrinsics["%Error%"]
    cst = _get(E, "captureStackTrace")
    o = JSObject(realm.object_prototype)
    o.props["message"] = "hi"
    assert cst.call(E, [o]) is None
    assert _desc(o, "stack")[1:] == (True, False, True)
    assert _get(o, "stack").startswith("Error: hi")
    with pytest.raises(JSThrow):
        cst.call(E, [1.0])
    o2 = JSObject(realm.object_prototype)
    o2.extensible = False
    with pytest.raises(JSThrow):
        cst.call(E, [o2])

JS_CASES = [
    "(() => { const e = new Error('m'); return [e.message, e.name, String(e), Object.getOwnPropertyNames(e), e instanceof Error, Object.prototype.toString.call(e)]; })()",
    "(() => { const e = Error('m', {cause: 0}); return [Object.getOwnPropertyNames(e), e.cause, Object.getOwnPropertyDescriptor(e, 'cause')]; })()",
    "(() => { const e = new Error(undefined, {}); return [Object.getOwnPropertyNames(e), 'cause' in e, e.message]; })()",
    "Object.getOwnPropertyDescriptor(new Error('x'), 'message')",
    "(() => { const d = Object.getOwnPropertyDescriptor(new Error('x'), 'stack'); return [typeof d.value, d.writable, d.enumerable, d.configurable]; })()",
    "new Error('boom').stack.split('\\n')[0]",
    "new TypeError('bad').stack.split('\\n')[0]",
    "new Error({toString() { return 'zz'; }}).message",
    "(() => { const log = []; new Error({toString() { log.push('msg'); return ''; }}, {get cause() { log.push('cause'); return 1; }}); return log; })()",
    "(() => { const e = new RangeError('r'); return [e.name, e.message, String(e), e instanceof RangeError, e instanceof Error, e.constructor === RangeError]; })()",
    "['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'AggregateError'].map(n => [n, globalThis[n].length, Object.getPrototypeOf(globalThis[n]) === Error, Object.getPrototypeOf(globalThis[n].prototype) === Error.prototype, globalThis[n].prototype.name, globalThis[n].prototype.message, Object.getOwnPropertyNames(globalThis[n].prototype).sort()])",
    "Object.getOwnPropertyNames(Error.prototype).sort()",
    "[Error.length, Error.name, Error.prototype.toString.length, Object.prototype.toString.call(Error.prototype)]",
    "[Error.prototype.toString.call({name: 'N', message: 'M'}), Error.prototype.toString.call({name: '', message: 'M'}), Error.prototype.toString.call({name: 'N', message: ''}), Error.prototype.toString.call({}), Error.prototype.toString.call({name: undefined, message: undefined})]",
    "(() => { try { Error.prototype.toString.call(1); } catch (e) { return e.constructor.name; } })()",
    "(() => { const e = new AggregateError([1, 2], 'agg', {cause: 'c'}); return [e.errors, e.message, e.cause, e.name, Object.getOwnPropertyNames(e), Object.getOwnPropertyDescriptor(e, 'errors').enumerable]; })()",
    "(() => { try { new AggregateError(1); } catch (e) { return e.constructor.name; } })()",
    "AggregateError(new Set(['a'])).errors",
    "(() => { class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } } const e = new MyErr('x'); return [String(e), e instanceof MyErr, e instanceof Error, Object.prototype.toString.call(e)]; })()",
    "(() => { class MyErr extends TypeError {} const e = new MyErr('y'); return [e.name, e.message, Object.getPrototypeOf(Object.getPrototypeOf(e)) === TypeError.prototype]; })()",
    "(() => { const o = {message: 'hi'}; Error.captureStackTrace(o); return [typeof o.stack, o.stack.split('\\n')[0], Object.getOwnPropertyDescriptor(o, 'stack').enumerable]; })()",
    "(() => { try { Error.captureStackTrace(1); } catch (e) { return e.constructor.name; } })()",
    "(() => { try { null.x; } catch (e) { return [e instanceof TypeError, e.constructor === TypeError, typeof e.stack]; } })()",
    "(() => { try { undefinedVariable; } catch (e) { return [e.name, e instanceof ReferenceError]; } })()",
    "Error.prototype.message === '' && Error.prototype.name === 'Error'",
    "(() => { function F() {} F.prototype = 1; const e = Reflect.construct(Error, ['q'], F); return Object.getPrototypeOf(e) === Error.prototype; })()",
    # create_error's fast path (newTarget the constructor itself) and the cases it leaves to
    # OrdinaryCreateFromConstructor; InstallErrorCause; the message's conversion first
    "(() => { function P() {} const r = []; for (const C of [Error, TypeError, RangeError, SyntaxError, AggregateError]) { const e = C === AggregateError ? Reflect.construct(C, [[], 'm'], P) : Reflect.construct(C, ['m'], P); r.push(Object.getPrototypeOf(e) === P.prototype, e.message, Object.prototype.toString.call(e)); } return r; })()",
    "(() => { class E extends RangeError {} const e = new E('s'); const f = new RangeError('t'); const g = RangeError('u'); return [Object.getPrototypeOf(e) === E.prototype, Object.getPrototypeOf(f) === RangeError.prototype, Object.getPrototypeOf(g) === RangeError.prototype, e.name, f.message, g.message]; })()",
    "(() => { const log = []; const opts = new Proxy({}, {has(t, k) { log.push('has ' + k); return true; }, get(t, k) { log.push('get ' + String(k)); return 'c'; }}); const e = new Error({toString() { log.push('msg'); return 'm'; }}, opts); return [e.message, e.cause, log, Object.getOwnPropertyNames(e)]; })()",
    "(() => { const r = []; for (const o of [undefined, null, 'cause', 5, {}, {cause: undefined}, {__proto__: {cause: 7}}]) { const e = new TypeError('x', o); r.push('cause' in e, String(e.cause)); } for (const m of [undefined, 1.5, null, true, {}]) r.push(new Error(m).message, Object.getOwnPropertyNames(new Error(m)).join()); return r; })()",
    "(() => { try { new Error(Symbol('s')); } catch (e) { return e.constructor.name; } })()",
    # the frames captured (Error.stackTraceLimit read as a data property)
    "(() => { function a() { return new Error('x'); } function b() { return a(); } function c() { return new TypeError('y'); } function F() { this.e = c(); } return [b().stack.split('\\n').slice(1, 3).map(l => l.trim().split(' ')[1]), new F().e.stack.split('\\n').slice(1, 3).map(l => l.trim().split(' (')[0])]; })()",
    "(() => { function a() { return new Error('x'); } function b() { return a(); } const r = []; const d = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit'); try { for (const v of [1, 0, 2.5, -1, NaN]) { Error.stackTraceLimit = v; r.push(b().stack.split('\\n').length); } let n = 0; Object.defineProperty(Error, 'stackTraceLimit', {get() { n++; return 1; }, configurable: true}); b(); r.push(n); } finally { Object.defineProperty(Error, 'stackTraceLimit', d); } return r; })()",
    "Error.captureStackTrace.length",
    # constructorOpt: the frames up to its topmost call are left out, all of them when it is absent
    "(() => { function inner() { const o = {}; Error.captureStackTrace(o, inner); return o.stack; } function outer() { return inner(); } return outer().split('\\n')[1].trim().split(' ')[1]; })()",
    "(() => { function nope() {} const o = {message: 'm'}; Error.captureStackTrace(o, nope); return o.stack; })()",
    "(() => { class E extends Error { constructor() { super('x'); Error.captureStackTrace(this, this.constructor); } } function make() { return new E(); } return make().stack.split('\\n')[1].trim().split(' ')[1]; })()",
    "(() => { const o = {}; Error.captureStackTrace(o, 5); return o.stack.split('\\n').length > 1; })()",
    # Error.prepareStackTrace(error, callSites) (V8): the value of stack, made on its first read
    "(() => { Error.prepareStackTrace = (e, s) => [e.message, Array.isArray(s), s.length > 0, typeof s[0].getFileName(), s[0].getFunctionName(), typeof s[0].getLineNumber(), typeof s[0].getColumnNumber(), s[0].isNative(), s[0].isEval(), s[0].isConstructor(), s[0].getMethodName(), s[0].isToplevel(), s[0].getEvalOrigin(), s[0].getPromiseIndex()]; try { function named() { return new TypeError('m').stack; } return named(); } finally { Error.prepareStackTrace = undefined; } })()",
    "(() => { const e = new Error('early'); Error.prepareStackTrace = (x, s) => 'late:' + x.message; try { return [e.stack, e.stack, Object.getOwnPropertyDescriptor(e, 'stack').value]; } finally { Error.prepareStackTrace = undefined; } })()",
    "(() => { Error.prepareStackTrace = () => { throw new RangeError('in hook'); }; try { return new Error('x').stack; } finally { Error.prepareStackTrace = undefined; } })()",
    "(() => { Error.prepareStackTrace = (e) => ({ obj: e.message }); try { return new Error('o').stack; } finally { Error.prepareStackTrace = undefined; } })()",
    "(() => { Error.prepareStackTrace = () => 'outer:' + new Error('inner').stack.split('\\n')[0]; try { return new Error('z').stack; } finally { Error.prepareStackTrace = undefined; } })()",
    "(() => { Error.prepareStackTrace = (e, s) => s; try { function f() { const o = {}; Error.captureStackTrace(o); return o.stack; } const s = f(); return [Array.isArray(s), s[0].getFunctionName(), String(s[0]).startsWith('f ('), Object.prototype.toString.call(s[0]), Object.keys(s[0])]; } finally { Error.prepareStackTrace = undefined; } })()",
    "(() => { Error.prepareStackTrace = (e, s) => s; let s; try { const o = {}; Error.captureStackTrace(o); s = o.stack; } finally { Error.prepareStackTrace = undefined; } return Object.getOwnPropertyNames(Object.getPrototypeOf(s[0])).sort(); })()",
    "(() => { Error.prepareStackTrace = 'not a function'; try { return new Error('d').stack.split('\\n')[0]; } finally { Error.prepareStackTrace = undefined; } })()",
    # frames are named when the stack is first read (V8's debug name then): a function renamed
    # after the error was made shows its new name; a thrown TypeError's frames likewise
    "(() => { function f() { return new Error('x'); } const e = f(); Object.defineProperty(f, 'name', {value: 'g'}); return e.stack.split('\\n')[1].trim().split(' ')[1]; })()",
    "(() => { function h() { try { null.x; } catch (e) { return e; } } const e = h(); Object.defineProperty(h, 'name', {value: 'k'}); return e.stack.split('\\n')[1].trim().split(' ')[1]; })()",
    "(() => { function K() {} K.prototype.m = function m() { return new RangeError('r'); }; const e = new K().m(); return [e.stack.split('\\n')[1].trim().split(' ')[1], e.stack.split('\\n').length > 2]; })()",
]


# --- JS snippets, compared with node when available --------------------------------------------

def _engine() -> Any:
    try:
        from pyjsvm.compiler import engine
    except ImportError:
        return None
    return engine if hasattr(engine, "eval_script") else None


def _node_results(cases: list[str]) -> list[Any] | None:
    import json
    import shutil
    import subprocess
    if shutil.which("node") is None:
        return None
    prog = "const out = [];\n" + "\n".join(
        f"try {{ out.push(JSON.stringify({c})); }} catch (e) {{ out.push('THROW ' + e.constructor.name); }}"
        for c in cases) + "\nconsole.log(JSON.stringify(out));"
    res = subprocess.run(["node", "-e", prog], capture_output=True, text=True, timeout=60)
    return json.loads(res.stdout)


_NODE: dict[str, Any] = {}
# Expected results where node v20 differs from the current spec (e.g. features it lacks).
KNOWN: dict[str, Any] = {}


@pytest.mark.parametrize("case", JS_CASES)
def test_js_against_node(case: str) -> None:
    engine = _engine()
    if engine is None:
        pytest.skip("eval_script is not available yet")
    expected = _NODE.get("results")
    if expected is None:
        got = _node_results(JS_CASES)
        if got is None:
            pytest.skip("node is not on PATH")
        _NODE["results"] = expected = got
    want = KNOWN.get(case, expected[JS_CASES.index(case)])
    r = Realm()
    import re
    for name in set(re.findall(r"\b(Date|Proxy|Reflect|BigInt|Map|Set|Promise|RegExp)\b|/x/|\b1n\b", case)):
        if name and engine.eval_script(r, "typeof " + name) == "undefined":
            pytest.skip(f"{name} is not implemented yet")
    try:
        have = engine.eval_script(r, f"JSON.stringify({case})")
    except JSThrow as e:
        ctor = e.value.get("constructor", e.value) if isinstance(e.value, JSObject) else None
        have = "THROW " + (ctor.get("name", ctor) if ctor is not None else str(e.value))
    if have == "THROW SyntaxError" and want != have:
        pytest.skip("not supported by the compiler yet")
    assert have == want, case


def test_is_error(realm: Any) -> None:
    E = realm.intrinsics["%Error%"]
    is_error = _get(E, "isError")
    assert _get(is_error, "length") == 1.0
    assert is_error.call(E, [E.call(None, [])]) is True
    assert is_error.call(E, [realm.new_error("TypeError", "x")]) is True
    assert is_error.call(E, [JSObject(realm.intrinsics["%Error.prototype%"])]) is False
    assert is_error.call(E, [realm.intrinsics["%Error.prototype%"]]) is False
    assert is_error.call(E, [1.0]) is False and is_error.call(E, []) is False


def test_seal_and_freeze_keep_a_lazily_formatted_stack_sealed() -> None:
    """The stack is formatted on first read (as V8 does); Object.seal/freeze must change the
    property that stays, so the error remains sealed/frozen after the stack is read."""
    import pyjsvm as vm
    result = vm.run_in_new_context(
        "var e = new Error('x'); Object.seal(e); var f = new TypeError('y'); Object.freeze(f);"
        "[Object.isSealed(e), Object.isFrozen(f), typeof e.stack, Object.isSealed(e), f.stack.split('\\n')[0]]")
    assert list(result) == [True, True, "string", True, "TypeError: y"]


def test_call_site_prototype_is_made_on_first_use() -> None:
    # (no global names %CallSite.prototype%: a realm makes it only when a hook receives call sites)
    import pyjsvm
    from pyjsvm.api.vm import _require_context

    ctx = pyjsvm.create_context()
    intrinsics = _require_context(ctx).realm.intrinsics
    assert "%CallSite.prototype%" not in dict.keys(intrinsics)
    same = pyjsvm.run_in_context(
        "Error.prepareStackTrace = (e, s) => s; var a = new Error('a').stack, b = new Error('b').stack;"
        "Object.getPrototypeOf(a[0]) === Object.getPrototypeOf(b[0]) && typeof a[0].getLineNumber()", ctx)
    assert same == "number"
    assert "%CallSite.prototype%" in dict.keys(intrinsics)


STACK_HEADERS = """var out = [];
var e = new Error('m'); e.message = 'changed'; e.name = 'N'; out.push(e.stack.split('\\n')[0]);
var f = new Error('m'); f.name = 5; out.push(f.stack.split('\\n')[0]);
var h = new Error('m'); Object.defineProperty(h, 'message', {get() { return 'in:' + typeof h.stack; }}); out.push(h.stack.split('\\n')[0]);
class E extends Error { get message() { return 'pg'; } } out.push(new E().stack.split('\\n')[0]);
var s = new SyntaxError(); Object.defineProperty(s, 'message', {get() { return 'late'; }}); out.push(s.stack.split('\\n')[0]);
var j = new Error('x'); j.name = undefined; out.push(j.stack.split('\\n')[0]);
var k = new Error(''); k.name = ''; out.push(JSON.stringify(k.stack.split('\\n')[0]));
var g = new Error('m'); Object.defineProperty(g, 'message', {get() { throw 1; }}); try { g.stack; } catch (x) { out.push('threw ' + x); }
var y = new Error('m'); y.name = Symbol(); try { y.stack; } catch (x) { out.push('threw ' + x.constructor.name); }
out.push(Object.getOwnPropertyDescriptor(new TypeError('t'), 'stack').value.split('\\n')[0]);
out.join('|')"""


def test_stack_header_runs_name_and_message_getters() -> None:
    # V8 makes a stack's first line when JS first reads it: name and message read by [[Get]]
    # (getters run, what they throw propagates) and joined as Error.prototype.toString does
    from tests.helpers import NODE, js_str, node_str
    got = js_str(STACK_HEADERS)
    assert got == ("N: changed|5: m|Error: in:string|Error: pg|SyntaxError: late|Error: x|\"\"|threw 1|threw TypeError"
                   "|TypeError: t")
    if NODE is not None:
        assert got == node_str(STACK_HEADERS)


def test_stack_frames_of_script_callback_and_construct_calls() -> None:
    """The frames an error records (runtime/stack.capture_raw_frames): a function called from
    the script's top level, from a built-in's callback (and the built-in's own frame, as V8's:
    at Array.map (<anonymous>)) and from a constructor, each frame once (an ECMAFunction.call
    frame that handed its activation to the emitted body is left out), with the call sites'
    positions (as they were before capture_raw_frames was made faster); node's text."""
    import pyjsvm
    src = ("function a() { return new Error('x'); }\nfunction b() { return a(); }\n"
           "var s = [b().stack, [1].map(function m() { return b(); })[0].stack, new (function F() { this.e = b(); })().e.stack];\n"
           "s.join('\\n--\\n')")
    head = "Error: x\n    at a (evalmachine.<anonymous>:1:23)\n    at b (evalmachine.<anonymous>:2:23)\n"
    expected = (head + "    at evalmachine.<anonymous>:3:10\n--\n"
                + head + "    at m (evalmachine.<anonymous>:3:51)\n    at Array.map (<anonymous>)\n"
                + "    at evalmachine.<anonymous>:3:25\n--\n"
                + head + "    at new F (evalmachine.<anonymous>:3:98)\n    at evalmachine.<anonymous>:3:69")
    from pyjsvm.compiler import emit
    for _ in range(3):  # (the functions' bodies emitted after their first calls)
        assert pyjsvm.run_in_new_context(src) == expected
    old = emit.set_enabled(False)  # (the closure tier's frames)
    try:
        assert pyjsvm.run_in_new_context(src) == expected
    finally:
        emit.set_enabled(old)


@pytest.mark.parametrize("src", [
    # (V8) an own 'stack' that is not configurable is left as it is, without an error
    "(() => { var o = {}; Object.defineProperty(o, 'stack', {value: 1}); Error.captureStackTrace(o);"
    " return JSON.stringify(Object.getOwnPropertyDescriptor(o, 'stack')); })()",
    "(() => { var o = {}; Object.defineProperty(o, 'stack', {value: 1, writable: true}); Error.captureStackTrace(o);"
    " return typeof o.stack; })()",
    "(() => { var o = {}; Object.defineProperty(o, 'stack', {get() { return 5; }}); Error.captureStackTrace(o);"
    " return o.stack; })()",
    # a configurable one is replaced
    "(() => { var o = {}; Object.defineProperty(o, 'stack', {value: 1, configurable: true}); Error.captureStackTrace(o);"
    " return typeof o.stack + Object.keys(Object.getOwnPropertyDescriptor(o, 'stack')); })()",
    # a non-extensible object is a TypeError, with a 'stack' or not
    "(() => { try { Error.captureStackTrace(Object.freeze({stack: 1})); } catch (e) { return e.constructor.name; } })()",
    "(() => { try { Error.captureStackTrace(Object.preventExtensions({})); } catch (e) { return e.constructor.name; } })()",
])
def test_capture_stack_trace_on_existing_stack_agrees_with_node(src: str) -> None:
    assert_tiers_and_node_agree(src)
