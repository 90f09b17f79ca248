// destructuring assignment and for-in/for-of heads with patterns and member targets (emitted
// inline by compiler/emit.py); the suspend matrix also runs this with (yield N) / (await N)
var log = [];
var a = 1, b = 2, c, d, o = {}, arr = [];
for (var i = 0; i < 5; i++) [a, b] = [b, a];
var r = ({ x: o.p, ['y' + 1]: o.q = 5, 2: o.two, ...o.rest } = { x: 1, 2: 'two', z: 3 });
[arr[0], , ...arr[1]] = 'hello';
[a = 10, [b, c = 20] = [30], { d = 40 } = {}] = [undefined, undefined, { d: 4 }];
var sum = 0;
for ([a, b] of [[1, 2], [3, 4]]) sum += a * b;
for (const { k, v = 10 } of [{ k: 1 }, { k: 2, v: 3 }]) sum += k * v;
for (let [p, , q = 7] of [[1, 2], [3, 4, 5]]) sum += p + q;
for (o.last in { m: 1, n: 2 });
for ([c, d] in { xy: 1 }) log.push(c + d);
for (var [e, f] of [[5, 6]]) sum += e + f;
var counted = {};
for ({ [a + 'k']: counted[b] } of [{ '3k': 'v' }]);
// iterator closing: a throwing target closes the iterator after the step
var iter = { [Symbol.iterator]() { return { next() { log.push('next'); return { value: 1, done: false }; },
  return() { log.push('return'); return {}; } }; } };
var bad = { set x(v) { log.push('set ' + v); throw new Error('boom'); } };
try { [bad.x] = iter; } catch (err) { log.push(err.message); }
try { [a, b] = iter; } catch (err) { log.push('no'); }
// a throwing next() does not close
var broken = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); }, return() { log.push('closed?'); } }; } };
try { [a] = broken; } catch (err) { log.push(err.message); }
// keyed order: key, target reference, GetV
var src = { get a() { log.push('get a'); return 1; } };
var t2 = { set y(v) { log.push('set y ' + v); } };
({ [(log.push('key'), 'a')]: (log.push('obj'), t2).y } = src);
// per-iteration bindings captured by closures
var fns = [];
for (let [n, m = n * 2] of [[1], [2]]) fns.push(() => n + m);
// not coercible / not iterable
try { ({ x: a } = null); } catch (err) { log.push(err.constructor.name); }
try { [a] = {}; } catch (err) { log.push(err.constructor.name); }
// named functions in defaults
var fn1, fn2;
[fn1 = function () {}] = [];
({ fn2 = () => 1 } = {});
JSON.stringify([a, b, c, d, o, arr, r.z, sum, counted, log, fns.map((g) => g()), fn1.name, fn2.name]);
