"""Tests of Iterator objects and iterator helpers (sec-iterator-objects, sec-iterator-helper-objects).
Node 20 has no iterator helpers: expectations are fixed."""
from __future__ import annotations

import pytest

from tests.helpers import js_str

# A logging iterator over 1..n with next / return counted, inheriting from Iterator.prototype.
PRELUDE = """
var log = [];
function counter(n, opts) {
  opts = opts || {};
  var i = 0;
  var it = Object.create(Iterator.prototype);
  it.next = function () {
    log.push('next');
    if (opts.throwAt === i) throw new Error('next' + i);
    return i < n ? { value: ++i, done: false } : { value: undefined, done: true };
  };
  if (!opts.noReturn) it['return'] = function () {
    log.push('return');
    if (opts.returnThrows) throw new Error('return');
    return opts.returnPrimitive ? 1 : {};
  };
  return it;
}
"""


def run(src: str) -> str:
    return js_str(PRELUDE + src)


@pytest.mark.parametrize("src, expected", [
    ("counter(4).map((x, i) => x * 10 + i).toArray().join()", "10,21,32,43"),
    ("counter(6).filter((x, i) => x % 2 === 0).toArray().join()", "2,4,6"),
    ("counter(6).take(2).toArray().join() + '|' + log.join()", "1,2|next,next,return"),
    ("counter(2).take(5).toArray().join() + '|' + log.join()", "1,2|next,next,next"),
    ("counter(5).drop(3).toArray().join()", "4,5"),
    ("counter(2).drop(5).toArray().length + '|' + log.join()", "0|next,next,next"),
    ("counter(3).drop(Infinity).toArray().length", "0"),
    ("counter(3).take(Infinity).toArray().join()", "1,2,3"),
    ("counter(3).flatMap(x => [x, x]).toArray().join()", "1,1,2,2,3,3"),
    ("counter(2).flatMap(x => 'ab').toArray()", "THROW TypeError: \"ab\" is not an object"),
    ("counter(2).flatMap(x => new String('ab')).toArray().join()", "a,b,a,b"),
    ("counter(2).flatMap(x => ({ next() { return { done: true } } })).toArray().length", "0"),
    ("counter(4).reduce((a, b) => a + b)", "10"),
    ("counter(4).reduce((a, b, i) => a + i, '')", "0123"),
    ("counter(0).reduce((a, b) => a + b)", "THROW TypeError: Reduce of empty iterator with no initial value"),
    ("counter(0).reduce((a, b) => a + b, 7)", "7"),
    ("var s = []; counter(3).forEach((x, i) => s.push(x + ':' + i)); s.join()", "1:0,2:1,3:2"),
    ("counter(5).some(x => x === 2) + '|' + log.join()", "true|next,next,return"),
    ("counter(2).some(x => x === 9) + '|' + log.join()", "false|next,next,next"),
    ("counter(5).every(x => x < 2) + '|' + log.join()", "false|next,next,return"),
    ("counter(5).find(x => x > 3) + '|' + log.join()", "4|next,next,next,next,return"),
    ("counter(2).find(x => x > 3)", "undefined"),
    ("counter(3, { returnThrows: true }).some(x => true)", "THROW Error: return"),
    ("counter(3, { returnPrimitive: true }).find(x => true)", "THROW TypeError: iterator.return() did not return an object"),
])
def test_helpers(src: str, expected: str) -> None:
    assert run(src) == expected


@pytest.mark.parametrize("src, expected", [
    # Argument validation closes the receiver (Return ? IteratorClose(iterated, error)).
    ("try { counter(3).map(1) } catch (e) { log.push(e.name) } log.join()", "return,TypeError"),
    ("try { counter(3).filter() } catch (e) { log.push(e.name) } log.join()", "return,TypeError"),
    ("try { counter(3).flatMap({}) } catch (e) { log.push(e.name) } log.join()", "return,TypeError"),
    ("try { counter(3).reduce() } catch (e) { log.push(e.name) } log.join()", "return,TypeError"),
    ("try { counter(3).forEach() } catch (e) { log.push(e.name) } log.join()", "return,TypeError"),
    ("try { counter(3).take(-1) } catch (e) { log.push(e.name) } log.join()", "return,RangeError"),
    ("try { counter(3).take(NaN) } catch (e) { log.push(e.name) } log.join()", "return,RangeError"),
    ("try { counter(3).drop(2**53) } catch (e) { log.push(e.name) } log.join()", "return,RangeError"),
    ("try { counter(3).take({ valueOf() { throw new SyntaxError('x') } }) } catch (e) { log.push(e.name) } log.join()",
     "return,SyntaxError"),
    # The validation error wins over an error from return().
    ("try { counter(3, { returnThrows: true }).map(1) } catch (e) { log.push(e.name) } log.join()", "return,TypeError"),
    ("try { counter(3, { noReturn: true }).map(1) } catch (e) { log.push(e.name) } log.join()", "TypeError"),
    # Non-object this: TypeError before anything else.
    ("Iterator.prototype.map.call(1, x => x)", "THROW TypeError: Iterator.prototype.map called on non-object 1"),
    ("Iterator.prototype.toArray.call(null)", "THROW TypeError: Iterator.prototype.toArray called on non-object null"),
    # The next method is read once, when the helper is created.
    ("var it = counter(3); var h = it.map(x => x); it.next = null; h.next().value", "1"),
    # A throwing callback closes the iterator; a throwing next does not.
    ("var h = counter(3).map(x => { throw new RangeError('m') }); try { h.next() } catch (e) { log.push(e.name) }"
     " log.join() + '|' + JSON.stringify(h.next())", "next,return,RangeError|{\"done\":true}"),
    ("var h = counter(3, { throwAt: 1 }).map(x => x); h.next(); try { h.next() } catch (e) { log.push(e.message) }"
     " h.return(); log.join()", "next,next,next1"),
])
def test_closing(src: str, expected: str) -> None:
    assert run(src) == expected


@pytest.mark.parametrize("src, expected", [
    # return() before the first next() closes the underlying iterator without running the closure.
    ("var h = counter(3).map(x => x); JSON.stringify(h.return()) + '|' + log.join() + '|' + JSON.stringify(h.next())",
     "{\"done\":true}|return|{\"done\":true}"),
    ("var h = counter(3).map(x => x); h.return(); h.return(); log.join()", "return"),
    ("var h = counter(3, { returnThrows: true }).take(1); try { h.return() } catch (e) { log.push('caught') } "
     "JSON.stringify(h.next()) + log.join()", "{\"done\":true}return,caught"),
    ("var h = counter(3, { returnPrimitive: true }).drop(1); h.return()",
     "THROW TypeError: iterator.return() did not return an object"),
    # return() at a yield: IteratorClose of the underlying iterator.
    ("var h = counter(3).filter(x => true); h.next(); h.return(); log.join() + '|' + JSON.stringify(h.next())",
     "next,return|{\"done\":true}"),
    # flatMap closes the inner iterator, then the outer one.
    ("var inner = counter(5); var h = counter(3).flatMap(x => inner); h.next(); log = []; inner.return = function () {"
     " log.push('inner'); return {} }; h.return(); log.join()", "inner,return"),
    ("var inner = counter(5); inner.return = function () { throw new Error('inner') }; var h = counter(3).flatMap(x => inner);"
     " h.next(); log = []; try { h.return() } catch (e) { log.push(e.message) } log.join()", "return,inner"),
    # Re-entrancy: next / return while running throw TypeError.
    ("var h; h = counter(3).map(x => h.next()); h.next()", "THROW TypeError: Generator is already running"),
    ("var h; h = counter(3).map(x => h.return()); h.next()", "THROW TypeError: Generator is already running"),
    ("var h = counter(3).map(x => x); var r = h.next(); Object.getOwnPropertyNames(r).join() + r.done", "value,donefalse"),
    # Brand checks.
    ("var hp = Object.getPrototypeOf([].values().map(x => x)); hp.next.call({})",
     "THROW TypeError: %IteratorHelperPrototype%.next called on incompatible receiver object"),
    ("var hp = Object.getPrototypeOf([].values().map(x => x)); hp.return.call((function* () {})())",
     "THROW TypeError: %IteratorHelperPrototype%.return called on incompatible receiver object"),
    ("var hp = Object.getPrototypeOf([].values().map(x => x));"
     " [hp[Symbol.toStringTag], Object.getPrototypeOf(hp) === Iterator.prototype, hp.next.length, hp.hasOwnProperty('constructor')].join()",
     "Iterator Helper,true,0,false"),
    ("Object.prototype.toString.call([].values().take(1))", "[object Iterator Helper]"),
])
def test_helper_objects(src: str, expected: str) -> None:
    assert run(src) == expected


@pytest.mark.parametrize("src, expected", [
    ("typeof Iterator + Iterator.length + Iterator.name", "function0Iterator"),
    ("new Iterator()", "THROW TypeError: Abstract class Iterator not directly constructable"),
    ("Iterator()", "THROW TypeError: Abstract class Iterator not directly constructable"),
    ("class MyIt extends Iterator { next() { return { done: true } } }; var m = new MyIt();"
     " [m instanceof Iterator, Object.getPrototypeOf(MyIt.prototype) === Iterator.prototype, m.toArray().length].join()",
     "true,true,0"),
    ("var d = Object.getOwnPropertyDescriptor(Iterator, 'prototype'); [d.writable, d.enumerable, d.configurable].join()",
     "false,false,false"),
    ("var d = Object.getOwnPropertyDescriptor(Iterator.prototype, 'constructor');"
     " [typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.call(1) === Iterator].join()",
     "function,function,false,true,true"),
    ("Iterator.prototype.constructor = 1", "THROW TypeError: Cannot assign to read only property of the Iterator prototype"),
    ("var o = Object.create(Iterator.prototype); o.constructor = 5;"
     " var d = Object.getOwnPropertyDescriptor(o, 'constructor'); [d.value, d.writable, d.enumerable].join()", "5,true,true"),
    ("var o = Object.create(Iterator.prototype); Object.defineProperty(o, Symbol.toStringTag, { value: 'a', writable: false });"
     " 'use strict'; o[Symbol.toStringTag] = 'b'; o[Symbol.toStringTag]", "a"),
    ("Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag).set.call(1, 'x')",
     "THROW TypeError: Cannot set a property of a non-object"),
    ("Iterator.prototype[Symbol.toStringTag] + Object.prototype.toString.call(Object.create(Iterator.prototype))",
     "Iterator[object Iterator]"),
    ("Object.getOwnPropertyNames(Iterator.prototype).sort().join()",
     "chunks,constructor,drop,every,filter,find,flatMap,forEach,includes,join,map,reduce,some,take,toArray,windows"),
    ("var n = 0; var it = Object.create(Iterator.prototype); it.return = () => { n++ }; it[Symbol.dispose](); n", "1"),
])
def test_iterator_constructor_and_prototype(src: str, expected: str) -> None:
    assert run(src) == expected


@pytest.mark.parametrize("src, expected", [
    ("var a = [1, 2].values(); Iterator.from(a) === a", "true"),
    ("Iterator.from('ab').toArray().join()", "a,b"),
    ("Iterator.from(new String('ab')).toArray().join()", "a,b"),
    ("Iterator.from(1)", "THROW TypeError: 1 is not an object"),
    ("Iterator.from({ [Symbol.iterator]: () => 1 })", "THROW TypeError: 1 is not an iterator object"),
    ("var w = Iterator.from({ next() { return { value: 1, done: false } } });"
     " [Object.getPrototypeOf(Object.getPrototypeOf(w)) === Iterator.prototype, w.next().value, w.take(2).toArray().join(),"
     " JSON.stringify(w.return())].join()", "true,1,1,1,{\"done\":true}"),
    ("var w = Iterator.from({ next() {}, return() { return 42 } }); w.return()", "42"),
    ("var w = Iterator.from({ next() { return 7 } }); w.next()", "7"),
    ("var w = Iterator.from({ next() {} }); Object.getPrototypeOf(w).next.call({})",
     "THROW TypeError: %WrapForValidIteratorPrototype%.next called on incompatible receiver object"),
    ("Iterator.concat([1, 2], new Set([3]), 'x'.split('')).toArray().join()", "1,2,3,x"),
    ("Iterator.concat('ab')", "THROW TypeError: \"ab\" is not an object"),
    ("Iterator.concat({})", "THROW TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))"),
    ("Iterator.concat().next().done", "true"),
    ("var opened = 0; var it = { [Symbol.iterator]() { opened++; return counter(2) } }; var c = Iterator.concat(it, it);"
     " opened + ':' + c.toArray().join() + ':' + opened", "0:1,2,1,2:2"),
    ("var c = Iterator.concat({ [Symbol.iterator]: () => counter(3) }); c.next(); c.return(); log.join()", "next,return"),
    ("var c = Iterator.concat({ [Symbol.iterator]: () => counter(3) }); c.return(); log.join() + c.next().done", "true"),
    ("Iterator.concat.length + Iterator.from.length", "1"),
])
def test_from_and_concat(src: str, expected: str) -> None:
    assert run(src) == expected


@pytest.mark.parametrize("src, expected", [
    ("JSON.stringify(counter(5).chunks(2).toArray())", "[[1,2],[3,4],[5]]"),
    ("JSON.stringify(counter(4).chunks(2).toArray())", "[[1,2],[3,4]]"),
    ("counter(4).chunks('2')", "THROW TypeError: chunkSize must be a number"),
    ("try { counter(4).chunks(0) } catch (e) { log.push(e.name) } log.join()", "return,RangeError"),
    ("var h = counter(5).chunks(2); h.next(); h.return(); log.join()", "next,next,return"),
    ("JSON.stringify(counter(4).windows(2).toArray())", "[[1,2],[2,3],[3,4]]"),
    ("JSON.stringify(counter(2).windows(3).toArray())", "[]"),
    ("JSON.stringify(counter(2).windows(3, 'allow-partial').toArray())", "[[1,2]]"),
    ("try { counter(2).windows(3, 'x') } catch (e) { log.push(e.name) } log.join()", "return,TypeError"),
    ("counter(5).includes(3) + '|' + log.join()", "true|next,next,next,return"),
    ("counter(5).includes(2, 2) + '|' + [NaN].values().includes(NaN) + [-0].values().includes(0)", "false|truetrue"),
    ("try { counter(5).includes(2, 1.5) } catch (e) { log.push(e.name) } log.join()", "return,TypeError"),
    ("try { counter(5).includes(2, -1) } catch (e) { log.push(e.name) } log.join()", "return,RangeError"),
    ("counter(3).join() + counter(3).join('-') + [null, undefined, 1].values().join()", "1,2,31-2-3,,1"),
    ("counter(3).join({ toString() { throw new SyntaxError('s') } })", "THROW SyntaxError: s"),
    ("try { counter(3).join({ toString() { throw 1 } }) } catch (e) {} log.join()", "return"),
])
def test_proposals(src: str, expected: str) -> None:
    assert run(src) == expected


def test_generator_underlying_is_closed() -> None:
    src = """
    var fin = 0;
    function* g() { try { yield 1; yield 2; yield 3; } finally { fin++; } }
    var r = g().map(x => x * 2).take(2).toArray().join();
    r + '|' + fin
    """
    assert run(src) == "2,4|1"


@pytest.mark.parametrize("src, expected", [
    ("JSON.stringify(Iterator.zip([[1, 2, 3], 'ab'.split('')]).toArray())", "[[1,\"a\"],[2,\"b\"]]"),
    ("JSON.stringify(Iterator.zip([[1, 2], [3]], { mode: 'longest', padding: [8, 9] }).toArray())", "[[1,3],[2,9]]"),
    ("Iterator.zip([[1, 2], [3]], { mode: 'strict' }).toArray()",
     "THROW TypeError: Iterators passed to Iterator.zip in strict mode have different lengths"),
    ("Iterator.zip([counter(3), counter(1)]).toArray().length + '|' + log.join()", "1|next,next,next,next,return"),
    ("Iterator.zip([], { mode: 'x' })", "THROW TypeError: mode must be 'shortest', 'longest' or 'strict'"),
    ("Iterator.zip(['ab'])", "THROW TypeError: \"ab\" is not an object"),
    ("var h = Iterator.zip([counter(3), counter(3)]); h.return(); log.join()", "return,return"),
    ("var z = Iterator.zipKeyed({ a: [1, 2], b: [3, 4] }).toArray(); z.map(o => o.a + o.b).join() + Object.getPrototypeOf(z[0])",
     "4,6null"),
    ("JSON.stringify(Iterator.zipKeyed({ a: [1], b: [2, 3] }, { mode: 'longest', padding: { a: 0 } }).toArray())",
     "[{\"a\":1,\"b\":2},{\"a\":0,\"b\":3}]"),
])
def test_zip(src: str, expected: str) -> None:
    assert run(src) == expected
