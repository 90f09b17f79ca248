// AsyncResource, executionAsyncId/triggerAsyncId/executionAsyncResource and createHook, compared
// by relations between ids (Node's own numbering differs between versions and runs).
process.noDeprecation = true;  // (the asyncResource property of bound functions is deprecated: DEP0172)
const ah = require('node:async_hooks');
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId, executionAsyncResource } = ah;
console.log(Object.keys(ah).join());
console.log(typeof executionAsyncId(), executionAsyncId() > 0, triggerAsyncId());
const top = executionAsyncId();
const topResource = executionAsyncResource();
console.log(typeof topResource, topResource === executionAsyncResource());

// errors
for (const f of [() => new AsyncResource(1), () => new AsyncResource('x', { triggerAsyncId: -2 }),
  () => new AsyncResource('x', -5), () => ah.createHook({ init: 1 }), () => ah.createHook({ destroy: 'x' }),
  () => new AsyncResource('x').bind(3), () => AsyncLocalStorage.bind(1), () => AsyncResource.bind({})]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}

// AsyncResource
const r = new AsyncResource('MyResource');
console.log(r.asyncId() > top, r.triggerAsyncId() === top, r.emitDestroy() === r);
console.log(new AsyncResource('X', 7).triggerAsyncId(), new AsyncResource('X', { triggerAsyncId: 9 }).triggerAsyncId());
console.log(JSON.stringify(r.runInAsyncScope(function (a, b) {
  return [this, a, b, executionAsyncId() === r.asyncId(), triggerAsyncId() === top, executionAsyncResource() === r];
}, { t: 1 }, 2, 3)));
console.log(executionAsyncId() === top);
try { r.runInAsyncScope(() => { throw new Error('boom'); }); } catch (e) { console.log('thrown', e.message, executionAsyncId() === top); }
const bound = r.bind(function foo(a, b) { return [this && this.k, a, b, executionAsyncId() === r.asyncId()]; });
console.log(bound.name, bound.length, bound.asyncResource === r, Object.keys(bound).join(), JSON.stringify(bound.call({ k: 'K' }, 1, 2)));
const bound2 = r.bind(function () { return this.k; }, { k: 'fixed' });
console.log(bound2.call({ k: 'other' }), bound2.name);
const sb = AsyncResource.bind(function named() { return executionAsyncId(); });
console.log(sb.asyncResource instanceof AsyncResource, sb() === sb.asyncResource.asyncId(), sb.name);
class Sub extends AsyncResource {
  constructor() { super('Sub'); }
  go(f) { return this.runInAsyncScope(f); }
}
const s = new Sub();
console.log(s instanceof AsyncResource, s.go(() => executionAsyncId()) === s.asyncId());

// the ids of timers, immediates, ticks and microtasks
const seen = {};
setTimeout(() => {
  const outer = executionAsyncId();
  seen.timeout = outer !== top && triggerAsyncId() === top;
  const res = executionAsyncResource();
  seen.resource = res !== topResource && typeof res === 'object';
  process.nextTick(() => { seen.tick = triggerAsyncId() === outer && executionAsyncId() !== outer; });
  queueMicrotask(() => { seen.microtask = triggerAsyncId() === outer; });
  setImmediate(() => { seen.immediate = triggerAsyncId() === outer; });
  setTimeout(() => { seen.nested = triggerAsyncId() === outer; next(); }, 5);
}, 1);

// createHook: the events of the resources we make, by id (Node emits PROMISE and internal
// resources too: only these types are kept)
function next() {
  console.log(JSON.stringify(seen));
  const events = new Map();
  const types = new Set(['Timeout', 'Immediate', 'Mine']);
  const ids = new Set();
  const rec = (id, what) => { if (ids.has(id)) events.get(id).push(what); };
  const hook = ah.createHook({
    init(id, type, trigger, resource) {
      if (!types.has(type)) return;
      ids.add(id);
      events.set(id, [type + ':init:' + (trigger === executionAsyncId()) + ':' + typeof resource]);
    },
    before(id) { rec(id, 'before'); },
    after(id) { rec(id, 'after'); },
    destroy(id) { rec(id, 'destroy'); },
  });
  console.log(hook.enable() === hook, hook.enable() === hook);
  const mine = new AsyncResource('Mine');
  mine.runInAsyncScope(() => {});
  mine.emitDestroy();
  const cleared = setTimeout(() => {}, 1000);
  clearTimeout(cleared);
  const iv = setInterval(() => { if (++n === 2) clearInterval(iv); }, 1);
  let n = 0;
  setImmediate(() => {});
  setTimeout(() => {
    hook.disable();
    setTimeout(() => {
      console.log(JSON.stringify([...events.values()]));
    }, 1);
  }, 30);
}
