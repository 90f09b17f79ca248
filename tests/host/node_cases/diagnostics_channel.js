const dc = require('node:diagnostics_channel');
const ch = dc.channel('my'); console.log(ch === dc.channel('my'), ch.hasSubscribers, dc.hasSubscribers('my'), ch.name, ch instanceof dc.Channel);
const f = (m, n) => console.log('got', m, n);
ch.subscribe(f); console.log(ch.hasSubscribers); ch.publish({ a: 1 }); console.log(ch.unsubscribe(f), ch.unsubscribe(f), dc.unsubscribe('nope', f));
dc.subscribe('x', (m) => console.log('x', m)); dc.channel('x').publish(5);
const tc = dc.tracingChannel('op'); console.log(tc.hasSubscribers, tc.start.name);
const log = (k) => (ctx) => console.log(k, JSON.stringify(ctx));
tc.subscribe({ start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') });
console.log(tc.traceSync((a, b) => a + b, { id: 1 }, null, 2, 3));
try { tc.traceSync(() => { throw 'bad' }, { id: 2 }) } catch (e) { console.log('caught', e) }
tc.tracePromise(async (x) => x * 2, { id: 3 }, null, 21).then(v => console.log('promise', v));
tc.traceCallback((x, cb) => setTimeout(() => cb(null, x + 1), 1), 1, { id: 4 }, null, 9, (err, r) => console.log('cb', err, r));
try { dc.channel(5) } catch (e) { console.log(e.code, e.message) }
try { ch.subscribe(1) } catch (e) { console.log(e.code, e.message) }
const s = Symbol('s'); console.log(dc.channel(s).name === s);
const store = { run(v, fn) { console.log('store.run', JSON.stringify(v)); return fn(); } };
const c2 = dc.channel('st'); c2.bindStore(store, (d) => ({ wrapped: d })); console.log(c2.hasSubscribers, c2.runStores({ q: 1 }, function (a) { return [this.t, a]; }, { t: 't' }, 'arg'), c2.unbindStore(store), c2.unbindStore(store));
