// stream.finished (and stream/promises' finished) on web streams: called back once the stream
// closes or errors (undici's fetch waits so for a Response's body)
const { finished } = require('stream');
const fsp = require('stream/promises');
const log = [];
let ctrl;
const rs = new ReadableStream({ start(c) { ctrl = c; } });
finished(rs, (err) => log.push('readable finished ' + err));
const bad = new ReadableStream({ start(c) { setTimeout(() => c.error(new Error('broke')), 1); } });
finished(bad, (err) => log.push('errored finished ' + (err && err.message)));
const chunks = [];
const ws = new WritableStream({ write(c) { chunks.push(c); } });
finished(ws, function (err) { log.push('writable finished ' + err + ' this ok ' + (this === ws)); });
const w = ws.getWriter();
w.write('a').then(() => w.close());
const done = new ReadableStream({ start(c) { c.close(); } });
fsp.finished(done).then(() => log.push('promises: already closed'));
const reader = rs.getReader();
reader.read().then((r) => { log.push('read ' + r.value); ctrl.close(); });
ctrl.enqueue('x');
log.push('sync part done');
const { performance } = require('perf_hooks');
const e = performance.markResourceTiming({ startTime: 1, endTime: 5 }, 'http://x.test/', 'fetch', globalThis, '', {}, 200);
log.push([e.constructor.name, e.name, e.entryType, e.startTime, e.duration, e.initiatorType, performance.getEntriesByType('resource').length].join(' '));
setTimeout(() => console.log(log.join('\n')), 50);
