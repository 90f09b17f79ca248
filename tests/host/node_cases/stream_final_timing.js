// _final runs inside end() once nothing is being written (node 20), before the pending write
// callbacks; 'prefinish' follows it, 'finish' comes on a later tick.
const { Writable, Transform } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({
  write(c, e, cb) { log('write', String(c)); cb(); },
  final(cb) { log('final'); cb(); },
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish'));
w.write('a', () => log('write callback'));
w.end(() => log('end callback'));
log('after end');
const slow = new Writable({
  write(c, e, cb) { log('slow write'); setTimeout(cb, 1); },
  final(cb) { log('slow final'); setTimeout(cb, 1); },
});
slow.on('finish', () => log('slow finish'));
slow.write('a');
slow.end();
log('after slow end');
const t = new Transform({
  transform(c, e, cb) { cb(null, c); },
  flush(cb) { log('flush'); this.push('Z'); cb(); },
});
t.end('abc');
log('transform read', String(t.read()));
const bad = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('no')); } });
bad.on('error', (e) => log('error', e.message));
bad.on('finish', () => log('bad finish'));
bad.end('x');
process.nextTick(() => log('tick'));
