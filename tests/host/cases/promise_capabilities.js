// Promise capabilities whose resolving functions are made only when read (runtime/promise.py
// PromiseCapability.unmade), and then() without SpeciesConstructor's reads while they are the
// built-ins: every observable step as the spec orders it.
const vm = require('vm');
const log = [];
const tick = () => new Promise(r => setTimeout(r, 0));

(async () => {
  // a reaction's result resolves the derived promise: a value, a thenable, the promise itself
  const p = Promise.resolve(1);
  log.push(await p.then(v => v + 1));
  log.push(await p.then(() => ({ then(res) { log.push('thenable then'); res('from thenable') } })));
  const q = p.then(() => q);
  await q.catch(e => log.push(e.constructor.name + ': ' + e.message));
  // a rejection handler's throw, a missing handler passing through, resolving twice
  log.push(await Promise.reject(new Error('r')).then(null, e => 'caught ' + e.message));
  log.push(await Promise.reject(7).then(v => v).catch(e => 'passed ' + e));
  log.push(await new Promise((res, rej) => { res('first'); res('second'); rej('third') }));
  // the resolving functions exposed: withResolvers, an executor, Promise.all's element functions
  // (node 20 has no Promise.withResolvers: the executor's functions stand in there)
  const wr = Promise.withResolvers ? Promise.withResolvers()
    : (() => { const o = {}; o.promise = new Promise((a, b) => { o.resolve = a; o.reject = b }); return o })();
  log.push(typeof wr.resolve, wr.resolve.length, wr.resolve.name === '', Object.getOwnPropertyNames(wr.resolve).join());
  wr.resolve('wr'); wr.reject('no'); log.push(await wr.promise);
  log.push((await Promise.all([1, Promise.resolve(2), { then(r) { r(3) } }])).join());
  log.push(JSON.stringify(await Promise.allSettled([Promise.reject('x'), 5])));
  // a subclass: its constructor runs, its executor gets the functions
  class Sub extends Promise { constructor(ex) { log.push('Sub ctor'); super(ex) } }
  const s = Sub.resolve(4).then(v => v * 2);
  log.push(s instanceof Sub, await s);
  // then() reads constructor and @@species once they are not the built-ins'
  const odd = Promise.resolve(5);
  Object.defineProperty(odd, 'constructor', { get() { log.push('get constructor'); return Promise } });
  log.push(await odd.then(v => v));
  const desc = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
  Object.defineProperty(Promise, Symbol.species, { get() { log.push('get species'); return Sub }, configurable: true });
  const viaSpecies = Promise.resolve(6).then(v => v);
  log.push(viaSpecies instanceof Sub);
  Object.defineProperty(Promise, Symbol.species, desc);
  log.push(await viaSpecies);
  const pc = Promise.prototype.constructor;
  Promise.prototype.constructor = Sub;
  log.push(Promise.resolve(8).then(v => v) instanceof Sub);
  Promise.prototype.constructor = pc;
  // another realm's Promise: then() of this realm on its promise makes that realm's capability
  const other = vm.runInNewContext('({ Promise, TypeError })');
  const op = other.Promise.resolve(9);
  const oq = Promise.prototype.then.call(op, () => oq);
  log.push(oq instanceof other.Promise, oq instanceof Promise);
  await oq.catch(e => log.push('cycle error of the other realm:', e instanceof other.TypeError, e instanceof TypeError));
  // async functions: return, throw, await of non-promises, ordering against then()
  async function af(x) { if (x < 0) throw new RangeError('neg'); return x }
  log.push(await af(10), await af(-1).catch(e => e.name), await 11);
  const order = [];
  const a1 = (async () => { order.push('a1 start'); await null; order.push('a1 after await') })();
  Promise.resolve().then(() => order.push('then 1')).then(() => order.push('then 2'));
  await a1; await tick();
  log.push(order.join(' | '));
  console.log(log.join('\n'));
})();
