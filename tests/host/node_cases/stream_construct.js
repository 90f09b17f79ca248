// stream construct(): _read/_write wait for its callback; errors and destroy() around it
const { Readable, Writable, Duplex, Transform } = require('stream');
const log = [];
const r = new Readable({
  construct(cb) { log.push('r construct'); setImmediate(() => { log.push('r constructed'); cb(); }); },
  read() { log.push('r read'); this.push('x'); this.push(null); },
});
r.on('data', (d) => log.push('r data ' + d)); r.on('end', () => log.push('r end'));
const w = new Writable({
  construct(cb) { log.push('w construct'); setImmediate(cb); },
  write(c, e, cb) { log.push('w write ' + c); cb(); },
  final(cb) { log.push('w final'); cb(); },
});
log.push('w.write returns ' + w.write('a')); w.end('b'); w.on('finish', () => log.push('w finish'));
const bad = new Readable({ construct(cb) { cb(new Error('nope')); }, read() { log.push('bad read'); } });
bad.on('error', (e) => log.push('bad error ' + e.message)); bad.on('close', () => log.push('bad close'));
const thrower = new Writable({ construct() { throw new TypeError('thrown'); }, write(c, e, cb) { cb(); } });
thrower.on('error', (e) => log.push('thrower error ' + e.name)); thrower.write('q', (e) => log.push('thrower write cb ' + (e && e.message)));
class Sub extends Duplex {
  _construct(cb) { log.push('dup construct (once)'); this.items = ['p', 'q']; process.nextTick(cb); }
  _read() { this.push(this.items.length ? this.items.shift() : null); }
  _write(c, e, cb) { log.push('dup write ' + c + ' items ' + this.items.length); cb(); }
}
const d = new Sub();
d.on('data', (c) => log.push('dup data ' + c)); d.write('z'); d.end();
d.on('finish', () => log.push('dup finish')); d.on('end', () => log.push('dup end'));
const slow = new Readable({ construct(cb) { log.push('slow construct'); setImmediate(cb); }, read() {}, destroy(err, cb) { log.push('slow _destroy ' + (err && err.message)); cb(err); } });
slow.on('error', (e) => log.push('slow error ' + e.message)); slow.on('close', () => log.push('slow close'));
slow.destroy(new Error('early')); log.push('slow.destroyed ' + slow.destroyed);
const t = new Transform({ construct(cb) { this.prefix = '>'; setImmediate(cb); }, transform(c, e, cb) { cb(null, this.prefix + c); } });
t.on('data', (c) => log.push('t data ' + c)); t.write('1'); t.write('2'); t.end();
const p = new Readable({ construct(cb) { Promise.resolve().then(cb); }, read() { this.push('paused-mode'); this.push(null); } });
log.push('p.read() before construct ' + p.read());
p.on('readable', () => { let c; while ((c = p.read()) !== null) log.push('p readable ' + c); });
const twice = new Writable({ construct(cb) { cb(); cb(); }, write(c, e, cb) { cb(); } });
twice.on('error', (e) => log.push('twice error ' + e.code));
process.on('exit', () => console.log(log.join('\n')));
