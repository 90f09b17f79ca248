// node:events' module functions: on (async iteration, errors), getEventListeners, get/setMaxListeners, addAbortListener
const events = require('events'); const { EventEmitter, on, once, getEventListeners, setMaxListeners, getMaxListeners, addAbortListener } = events;
(async () => {
  const ee = new EventEmitter();
  setTimeout(() => { ee.emit('foo', 1, 2); ee.emit('foo', 3); ee.emit('bar'); ee.emit('foo', 4); }, 1);
  let n = 0;
  for await (const args of on(ee, 'foo')) { console.log('on', args); if (++n === 3) break; }
  console.log(ee.listenerCount('foo'), ee.listenerCount('error'));
  const ee2 = new EventEmitter(); setTimeout(() => ee2.emit('error', new Error('bad')), 1);
  try { for await (const x of on(ee2, 'data')) console.log(x); } catch (e) { console.log('caught', e.message); }
  const f = () => {}; ee.on('z', f); console.log(getEventListeners(ee, 'z').length, getMaxListeners(ee));
  setMaxListeners(3, ee); console.log(getMaxListeners(ee), ee.getMaxListeners());
  const ac = new AbortController(); const d = addAbortListener(ac.signal, () => console.log('aborted!')); ac.abort(); console.log(typeof d);
  console.log(typeof once(ee, 'w').then, events.usingDomains);
})();
setTimeout(() => {}, 20);
