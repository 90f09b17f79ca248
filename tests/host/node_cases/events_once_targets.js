// events.once on an EventTarget (the event is the resolution), with an AbortSignal, and the
// validation of setMaxListeners / defaultMaxListeners (ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE)
const { once, EventEmitter } = require('events');
(async () => {
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('x')), 1);
  const [ev] = await once(et, 'x');
  console.log(ev.type, ev instanceof Event);
  const ee = new EventEmitter();
  setTimeout(() => ee.emit('y', 1, 2), 1);
  console.log(await once(ee, 'y'));
  setTimeout(() => ee.emit('error', new Error('boom')), 1);
  try { await once(ee, 'y'); } catch (e) { console.log('rejected', e.message, ee.listenerCount('y'), ee.listenerCount('error')); }
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  try { await once(ee, 'z', { signal: ac.signal }); } catch (e) { console.log(e.name, e.code, e.message, ee.listenerCount('z')); }
  try { await once(ee, 'z', { signal: ac.signal }); } catch (e) { console.log('already aborted:', e.name); }
  const p = once({}, 'z');
  console.log(p instanceof Promise);
  try { await p; } catch (e) { console.log(e.code, e.message); }

  for (const v of [NaN, -1, 'a', 1.5, Infinity, -1e11]) {
    try { new EventEmitter().setMaxListeners(v); console.log('ok', v); } catch (e) { console.log(String(e)); }
  }
  for (const v of [NaN, -1, 'a']) {
    try { EventEmitter.setMaxListeners(v); console.log('ok', v); } catch (e) { console.log(String(e)); }
    try { EventEmitter.defaultMaxListeners = v; console.log('ok', v); } catch (e) { console.log(String(e)); }
  }
  console.log(EventEmitter.defaultMaxListeners);
  try { EventEmitter.setMaxListeners(3, {}); } catch (e) { console.log(String(e)); }
  const t = new EventTarget();
  EventEmitter.setMaxListeners(3, t);
  console.log(EventEmitter.getMaxListeners(t), EventEmitter.getMaxListeners(new EventTarget()));
  try { EventEmitter.getMaxListeners({}); } catch (e) { console.log(String(e)); }
})();
