// EventEmitter: captureRejections (an option, the static default, the nodejs.rejection method),
// errorMonitor, and the MaxListeners warning as a 'warning' event
const { EventEmitter, errorMonitor, captureRejectionSymbol } = require('events');
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.type, w.count, w.emitter instanceof EventEmitter));
const e = new EventEmitter({ captureRejections: true });
e.on('x', async (a) => { throw new Error('boom ' + a); });
e.on('error', (err) => console.log('captured', err.message));
e.on(errorMonitor, (err) => console.log('monitor', err.message));
console.log(e.emit('x', 1));
const r = new EventEmitter({ captureRejections: true });
r[captureRejectionSymbol] = (err, type, ...args) => console.log('rejection method', err.message, type, args);
r.on('y', () => Promise.reject(new Error('no')));
r.emit('y', 7, 8);
const plain = new EventEmitter();
plain.on('z', async () => 1);
console.log(plain.emit('z'), EventEmitter.captureRejections);
try { new EventEmitter({ captureRejections: 1 }); } catch (err) { console.log(err.code); }
EventEmitter.captureRejections = true;
const d = new EventEmitter();
d.on('q', async () => { throw new Error('default on'); });
d.on('error', (err) => console.log('default', err.message));
d.emit('q');
EventEmitter.captureRejections = false;
const m = new EventEmitter();
for (let i = 0; i < 11; i++) m.on('many', () => {});
console.log('sync done');
