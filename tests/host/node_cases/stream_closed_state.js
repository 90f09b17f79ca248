// A stream's closed state (node: _writableState.closed / _readableState.closed, set when _destroy calls
// back, before the close event; the closed getter reads it): memfs's FsWriteStream sets
// _writableState.closed itself when it is a boolean, else assigns this.closed, which has only a getter
const { Writable, Readable, Duplex, PassThrough } = require('stream');
const log = [];
const w = new Writable({ write(c, e, cb) { cb(); } });
log.push('w ' + w.closed + ' ' + typeof w._writableState.closed);
w.on('close', () => log.push('w close event ' + w.closed));
w.end('x', () => log.push('w end cb ' + w.closed));
w.on('finish', () => log.push('w finish ' + w.closed));
const r = new Readable({ read() {} });
log.push('r ' + r.closed + ' ' + typeof r._readableState.closed);
r.destroy(); log.push('r after destroy ' + r.closed + ' ' + r._readableState.closed);
r.on('close', () => log.push('r close event ' + r.closed));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, destroy(err, cb) { setTimeout(() => { log.push('d _destroy done'); cb(err); }, 5); } });
d.destroy(); log.push('d sync ' + d.closed + ' ' + d._writableState.closed);
d.on('close', () => log.push('d close event ' + d.closed));
// a subclass that closes itself as memfs's FsWriteStream does
function Legacy() { Writable.call(this); }
Object.setPrototypeOf(Legacy.prototype, Writable.prototype);
Legacy.prototype._write = function (c, e, cb) { cb(); };
Legacy.prototype.close = function () {
  'use strict';
  if (typeof this._writableState?.closed === 'boolean') this._writableState.closed = true; else this.closed = true;
  queueMicrotask(() => this.emit('close'));
};
const l = new Legacy();
l.on('finish', () => l.close());
l.on('close', () => log.push('legacy close ' + l.closed));
l.end('z');
const p = new PassThrough(); p.resume(); p.end('q'); p.on('close', () => log.push('pt close ' + p.closed));
setTimeout(() => console.log(log.join('\n')), 20);
