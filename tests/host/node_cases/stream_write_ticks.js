// the ticks of Writable's callbacks, 'drain', 'finish' and end()'s callback, as node 20 orders
// them: a write completing synchronously calls back on the next tick (none without a callback),
// queued writes go out at once when the one in flight completes, cork/uncork and _writev
const { Writable, Duplex, PassThrough } = require('stream');
const log = [];
let tick = 0;
function tk() { log.push('-- tick ' + tick); if (tick++ < 8) process.nextTick(tk); }
process.nextTick(tk);
function make(name, opts) {
  const w = new Writable(Object.assign({ write(c, e, cb) { log.push(name + ' write ' + c); cb(); } }, opts));
  w.on('finish', () => log.push(name + ' finish'));
  w.on('drain', () => log.push(name + ' drain'));
  return w;
}
const a = make('nocb'); a.write('1'); a.write('2'); a.end(() => log.push('nocb end cb'));
const b = make('cb'); const same = () => log.push('cb same');
b.write('1', same); b.write('2', same); b.write('3', () => log.push('cb other')); b.end();
const c = make('obj', { objectMode: true }); c.write({}); c.end();
const d = make('hwm', { highWaterMark: 2 }); log.push('hwm write returns ' + d.write('abc')); d.end();
let pending = [];
const e = make('async', { write(ch, enc, cb) { log.push('async write ' + ch); pending.push(cb); } });
e.write('1', () => log.push('async cb 1')); e.write('2', () => log.push('async cb 2')); e.write('3'); e.end();
setImmediate(() => { log.push('immediate'); pending.shift()(); log.push('after first cb'); pending.shift()(); pending.shift()(); });
const f = make('corked', { writev(chunks, cb) { log.push('corked writev ' + chunks.map((x) => x.chunk).join('+') + ' ' + chunks.allBuffers); cb(); } });
f.cork(); f.write('x'); f.write('y', () => log.push('corked cb y')); f.write('z'); process.nextTick(() => f.uncork()); f.end();
const g = make('err', { write(c, e, cb) { cb(new Error('bad ' + c)); } });
g.on('error', (er) => log.push('err error ' + er.message)); g.on('close', () => log.push('err close'));
g.write('1', (er) => log.push('err cb1 ' + (er && er.message))); g.write('2', (er) => log.push('err cb2 ' + (er && er.message)));
const h = new PassThrough(); h.on('data', (x) => log.push('pt data ' + x)); h.write('p'); h.end('q', () => log.push('pt end cb'));
const i = make('twice', { write(c, e, cb) { cb(); cb(); } }); i.on('error', (er) => log.push('twice ' + er.code)); i.write('t');
const j = make('after end'); j.end(); j.on('error', (er) => log.push('after end error ' + er.code));
j.write('late', (er) => log.push('after end cb ' + er.code));
process.on('exit', () => console.log(log.join('\n')));
