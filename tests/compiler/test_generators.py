"""Generators (sec-generator-objects): yield, yield*, return/throw, finally blocks, the
GeneratorFunction constructor and prototypes. Expected values, and node differential checks of
logs where the order of effects matters."""
from __future__ import annotations

import subprocess

import pytest

from tests.helpers import NODE, js_str

CASES = [
    # basic protocol
    ("function* g(){ var x = yield 1; yield x + 1; return 5 } var it = g();"
     "JSON.stringify([it.next(), it.next(10), it.next(), it.next()])",
     '[{"value":1,"done":false},{"value":11,"done":false},{"value":5,"done":true},{"done":true}]'),
    ("function* g(){ yield 1; yield 2 } [...g()].join()", "1,2"),
    ("function* g(){} var it = g(); it.next().done", "true"),
    ("var g = function*(){ yield this.x }; g.call({x: 4}).next().value", "4"),
    ("var o = { *m(a) { yield a; yield* [a + 1, a + 2] } }; [...o.m(1)].join()", "1,2,3"),
    # yield inside expressions
    ("function* g(){ return (yield 1) + (yield 2) } var it = g(); it.next(); it.next(3); it.next(4).value", "7"),
    ("function* g(){ var a = [yield, ...(yield), yield]; return a.join('-') } var it = g();"
     "it.next(); it.next(1); it.next([2, 3]); it.next(4).value", "1-2-3-4"),
    ("function* g(){ return { a: yield 'a', [yield 'k']: yield 'v', ...(yield 's') } } var it = g(); it.next();"
     "it.next(1); it.next('key'); it.next(2); JSON.stringify(it.next({z: 3}).value)", '{"a":1,"key":2,"z":3}'),
    ("function* g(){ return `x${yield}y${yield}z` } var it = g(); it.next(); it.next(1); it.next(2).value", "x1y2z"),
    ("function* g(){ return (yield 1) ? yield 'a' : yield 'b' } var it = g(); it.next(); it.next(0).value", "b"),
    ("function* g(){ var o = {f(x){ return x * 2 }}; return o.f(yield) } var it = g(); it.next(); it.next(21).value", "42"),
    ("function* g(){ var o = {}; o[yield 'k'] = yield 'v'; return JSON.stringify(o) } var it = g(); it.next();"
     "it.next('p'); it.next(1).value", '{"p":1}'),
    ("function* g(){ var x = 1; x += yield; return x } var it = g(); it.next(); it.next(2).value", "3"),
    ("function* g(){ var o = {n: 1}; o.n += yield; o.n++; return o.n } var it = g(); it.next(); it.next(5).value", "7"),
    ("function* g(){ var [a, b = yield 'd'] = [1]; return a + b } var it = g(); it.next().value + it.next(2).value", "d3"),
    ("function* g(){ var a, b; [a, b] = yield; return a * b } var it = g(); it.next(); it.next([6, 7]).value", "42"),
    ("function* g(){ return new Array(yield) } var it = g(); it.next(); it.next(3).value.length", "3"),
    ("function* g(){ return typeof (yield) } var it = g(); it.next(); it.next('s').value", "string"),
    ("function* g(){ var o = null; return o?.[yield] } var it = g(); it.next().done", "true"),
    ("function* g(){ var o = {a: {b: 2}}; return o?.a[yield] } var it = g(); it.next(); it.next('b').value", "2"),
    ("function* g(){ return (yield 1, yield 2) } var it = g(); it.next(); it.next(); it.next(9).value", "9"),
    ("function* g(){ return (yield 1) || (yield 2) } var it = g(); it.next(); it.next(0); it.next(8).value", "8"),
    # statements
    ("function* g(){ for (let i = 0; i < 3; i++) yield () => i } var a = [];"
     "for (var f of g()) a.push(f()); a.join()", "0,1,2"),
    ("function* g(){ var i = 0; while (i < 3) { if (i == 1) { i++; continue } yield i++ } } [...g()].join()", "0,2"),
    ("function* g(){ do { yield 1 } while (false) } [...g()].join()", "1"),
    ("function* g(o){ for (var k in o) yield k } [...g({a: 1, b: 2})].join()", "a,b"),
    ("function* g(){ for (const x of [1, 2]) for (const y of [3, 4]) yield x * y } [...g()].join()", "3,4,6,8"),
    ("function* g(x){ switch (x) { case yield 'c': return 'one'; default: return 'other' } }"
     "var it = g(1); it.next(); it.next(1).value", "one"),
    ("function* g(){ outer: for (var i of [1, 2]) { for (var j of [1, 2]) { if (j == 2) continue outer; yield i + '' + j } } }"
     "[...g()].join()", "11,21"),
    ("function* g(){ try { yield 1; throw new Error('x') } catch (e) { yield e.message } finally { yield 'f' } }"
     "[...g()].join()", "1,x,f"),
    ("function* g(){ try { return 1 } finally { yield 2 } } var it = g(); JSON.stringify([it.next(), it.next()])",
     '[{"value":2,"done":false},{"value":1,"done":true}]'),
    ("function* g(){ label: { yield 1; break label; } yield 2 } [...g()].join()", "1,2"),
    ("function* g(){ with ({a: 5}) { yield a } } g().next().value", "5"),
    ("function* g(){ throw yield 1 } var it = g(); it.next(); try { it.next('e') } catch (e) { e }", "e"),
    # return() and throw()
    ("function* g(){ try { yield 1; yield 2 } finally { yield 'f' } } var it = g();"
     "JSON.stringify([it.next(), it.return(7), it.next(), it.next()])",
     '[{"value":1,"done":false},{"value":"f","done":false},{"value":7,"done":true},{"done":true}]'),
    ("function* g(){ try { yield 1 } finally { return 'override' } } var it = g(); it.next(); it.return(7).value",
     "override"),
    ("function* g(){ try { yield 1 } catch (e) { return 'caught ' + e } } var it = g(); it.next(); it.throw('x').value",
     "caught x"),
    ("function* g(){ yield 1 } var it = g(); JSON.stringify([it.return(3), it.next()])",
     '[{"value":3,"done":true},{"done":true}]'),
    ("function* g(){ yield 1 } var it = g(); try { it.throw(new Error('early')) } catch (e) { e.message + it.next().done }",
     "earlytrue"),
    ("function* g(){ try { yield 1 } finally { log.push('fin') } } var log = []; for (var x of g()) break; log.join()", "fin"),
    # re-entrancy
    ("var it; function* g(){ it.next() } it = g(); try { it.next() } catch (e) { e.constructor.name }", "TypeError"),
    # intrinsics
    ("var GF = Object.getPrototypeOf(function*(){}).constructor; var g = new GF('a', 'yield a; yield a*2');"
     "[...g(3)].join()", "3,6"),
    ("var GF = Object.getPrototypeOf(function*(){}).constructor; GF.name + GF.length", "GeneratorFunction1"),
    ("function* g(){} Object.getPrototypeOf(g) === Object.getPrototypeOf(function*(){})", "true"),
    ("function* g(){} Object.getPrototypeOf(g()) === g.prototype", "true"),
    ("function* g(){} Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(function*(){}).prototype", "true"),
    ("function* g(){} g.prototype.hasOwnProperty('constructor')", "false"),
    ("function* g(){} try { new g() } catch (e) { e.constructor.name }", "TypeError"),
    ("function* g(){} Object.prototype.toString.call(g())", "[object Generator]"),
    ("function* g(){} var it = g(); it[Symbol.iterator]() === it", "true"),
    ("function* g(){} g.prototype = null; Object.getPrototypeOf(g()) === Object.getPrototypeOf(function*(){}).prototype",
     "true"),
    ("var GP = Object.getPrototypeOf(function*(){}).prototype; try { GP.next.call({}) } catch (e) { e.constructor.name }",
     "TypeError"),
    ("function* g(a, b = 2){ yield arguments.length } g(1).next().value", "1"),
    ("function* g(a = (() => { throw 'param' })()){ } try { g(); 'no' } catch (e) { e }", "param"),
    ("function* fib(){ var [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b] } } var r = [];"
     "for (var x of fib()) { if (x > 50) break; r.push(x) } r.join()", "0,1,1,2,3,5,8,13,21,34"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_generator_snippets(src: str, expected: str) -> None:
    assert js_str(src) == expected


# yield* delegation of next/throw/return with a logging iterator, and other orderings
DIFFERENTIAL = [
    """
    var log = [];
    var inner = {
      [Symbol.iterator]() { log.push('iter'); return this; },
      get next() { log.push('get next'); return (v) => { log.push('next ' + v); return { value: 'n', done: false }; }; },
      get throw() { log.push('get throw'); return (v) => { log.push('throw ' + v); return { value: 't', done: false }; }; },
      get return() { log.push('get return'); return (v) => { log.push('return ' + v); return { value: 'r', done: true }; }; },
    };
    function* g() { var r = yield* inner; log.push('result ' + r); }
    var it = g();
    log.push(JSON.stringify(it.next('a')));
    log.push(JSON.stringify(it.next('b')));
    log.push(JSON.stringify(it.throw('c')));
    log.push(JSON.stringify(it.return('d')));
    log.push(JSON.stringify(it.next('e')));
    log.join('|')
    """,
    """
    var log = [];
    var inner = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; },
                  return() { log.push('closed'); return {}; } };
    function* g() { try { yield* inner; } finally { log.push('outer finally'); } }
    var it = g(); it.next();
    try { it.throw(new Error('no throw method')); } catch (e) { log.push(e.constructor.name); }
    log.join('|')
    """,
    """
    var log = [];
    function* inner() { try { yield 1; yield 2; } finally { log.push('inner finally'); } return 'ir'; }
    function* outer() { try { var r = yield* inner(); log.push('r=' + r); } finally { log.push('outer finally'); } }
    var it = outer(); it.next();
    log.push(JSON.stringify(it.return(5)));
    log.join('|')
    """,
    """
    var log = [];
    var result = { get done() { log.push('done'); return false; }, get value() { log.push('value'); return 1; } };
    var inner = { [Symbol.iterator]() { return this; }, next() { return result; } };
    function* g() { yield* inner; }
    var it = g(); var r = it.next();
    log.push(r === result);
    log.join('|')
    """,
    """
    var log = [];
    function* g() { try { yield 1; } finally { try { yield 'f1'; } finally { log.push('ff'); } } }
    var it = g(); it.next();
    log.push(JSON.stringify(it.return('r')));
    try { it.throw('t'); } catch (e) { log.push('caught ' + e); }
    log.push(JSON.stringify(it.next()));
    log.join('|')
    """,
    """
    var log = [];
    function* g() { for (var x of { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; },
        return() { log.push('iter closed'); return {}; } }; } }) { yield x; } }
    var it = g(); it.next(); it.return(0);
    var it2 = g(); it2.next(); try { it2.throw('boom'); } catch (e) { log.push('caught ' + e); }
    log.join('|')
    """,
]


def _node(src: str) -> str:
    assert NODE is not None
    prog = "const vm = require('vm'); process.stdout.write(String(vm.runInNewContext(require('fs').readFileSync(0, 'utf8'))));"
    r = subprocess.run([NODE, "-e", prog], input=src, capture_output=True, text=True, timeout=60)
    return r.stdout + r.stderr


@pytest.mark.skipif(NODE is None, reason="node not on PATH")
@pytest.mark.parametrize("src", DIFFERENTIAL)
def test_generator_against_node(src: str) -> None:
    assert js_str(src) == _node(src)
