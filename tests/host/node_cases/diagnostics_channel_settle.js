const dc = require('node:diagnostics_channel');
const tc = dc.tracingChannel('op2');
const log = (k) => (ctx) => console.log(k, JSON.stringify(ctx, (key, v) => v instanceof Error ? 'E:' + v.message : v));
tc.subscribe({ start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') });
tc.tracePromise(async () => { throw new Error('no'); }, { id: 5 }).catch(e => console.log('rejected', e.message));
tc.traceCallback((cb) => setTimeout(() => cb(new Error('cberr')), 1), 0, { id: 6 }, null, function (err) { console.log('cb', err.message, this === undefined); });
console.log(tc.tracePromise(() => 7, { id: 7 }) instanceof Promise);
