// fs.ReadStream and fs.WriteStream: the classes (destroy's instanceof tests, graceful-fs's
// subclasses), their options and events
const fs = require('fs');
const { Readable, Writable } = require('stream');
const log = [];
fs.writeFileSync('cls_in.txt', '0123456789abcdef');
console.log(typeof fs.ReadStream, typeof fs.WriteStream, fs.FileReadStream === fs.ReadStream, fs.FileWriteStream === fs.WriteStream);
console.log(Object.getPrototypeOf(fs.ReadStream.prototype) === Readable.prototype, Object.getPrototypeOf(fs.WriteStream) === Writable);
const r = fs.createReadStream('cls_in.txt', { start: 2, end: 9, highWaterMark: 3, encoding: 'latin1' });
console.log(r instanceof fs.ReadStream, r instanceof Readable, r.pending, r.path, r.start, r.end, r.pos, r.bytesRead, r.autoClose, r.flags, r.mode);
r.on('open', (fd) => log.push('r open ' + typeof fd + ' pending ' + r.pending));
r.on('ready', () => log.push('r ready'));
r.on('data', (d) => log.push('r data ' + d + ' pos ' + r.pos));
r.on('end', () => log.push('r end bytesRead ' + r.bytesRead));
r.on('close', () => { log.push('r close fd ' + r.fd); second(); });
function second() {
  const r2 = fs.ReadStream('cls_in.txt', 'hex');  // without new
  r2.on('data', (d) => log.push('r2 ' + d + ' ' + (r2 instanceof fs.ReadStream)));
  r2.on('close', third);
}
function third() {
  const fd = fs.openSync('cls_in.txt', 'r');
  const r3 = new fs.ReadStream(null, { fd, autoClose: false, start: 10 });
  r3.on('open', () => log.push('r3 open (never: fd given)'));
  r3.on('data', (d) => log.push('r3 ' + d));
  r3.on('end', () => {
    log.push('r3 end, fd still open: ' + (fs.fstatSync(fd).size === 16) + ' autoClose ' + r3.autoClose);
    fs.closeSync(fd);
    const r4 = fs.createReadStream('cls_in.txt');
    r4.close((err) => { log.push('r4 closed early ' + err + ' destroyed ' + r4.destroyed); fourth(); });
  });
}
function fourth() {
  const w = fs.createWriteStream('cls_out.txt', { encoding: 'hex' });
  console.log(w instanceof fs.WriteStream, w.pending, w.flags, w.bytesWritten, w.autoClose);
  w.on('open', () => log.push('w open'));
  w.on('finish', () => log.push('w finish bytesWritten ' + w.bytesWritten));
  w.write('4142'); w.write(Buffer.from('CD')); w.write('e', 'utf8');
  w.close(() => {
    log.push('w closed: ' + fs.readFileSync('cls_out.txt', 'latin1'));
    const w2 = fs.createWriteStream('cls_out.txt', { flags: 'r+', start: 1 });
    w2.write('xy', () => log.push('w2 wrote, pos ' + w2.pos));
    w2.destroySoon();
    w2.on('close', () => { log.push('w2: ' + fs.readFileSync('cls_out.txt', 'latin1')); fifth(); });
  });
}
function fifth() {
  const bad = fs.createReadStream('cls_missing.txt');
  bad.on('error', (e) => log.push('missing ' + e.code + ' ' + e.syscall));
  bad.on('close', () => {
    log.push('missing closed');
    for (const [o, what] of [[{ start: 5, end: 2 }, 'start>end'], [{ start: 1.5 }, 'start 1.5'], [{ start: '1' }, 'start string'], [{ fd: 'x' }, 'fd string']]) {
      try { fs.createReadStream('cls_in.txt', o); } catch (e) { log.push(what + ': ' + e.name + ' ' + e.code + ' ' + e.message); }
    }
    sixth();
  });
}
function sixth() {
  // graceful-fs style: a subclass whose open() opens the file itself, set as fs.ReadStream
  const Orig = fs.ReadStream;
  function Patched(path, options) {
    if (!(this instanceof Patched)) return new Patched(path, options);
    Orig.apply(this, arguments);
  }
  Patched.prototype = Object.create(Orig.prototype);
  Patched.prototype.open = function () {
    fs.open(this.path, this.flags, this.mode, (err, fd) => {
      if (err) { this.destroy(); this.emit('error', err); return; }
      this.fd = fd; log.push('patched open ran'); this.emit('open', fd); this.read();
    });
  };
  fs.ReadStream = Patched;
  const p = fs.createReadStream('cls_in.txt', { end: 3, encoding: 'utf8' });
  console.log('patched class used', p instanceof Patched, fs.FileReadStream === Orig);
  p.on('data', (d) => log.push('patched data ' + d));
  p.on('close', () => {
    fs.ReadStream = Orig;
    const order = [];
    const q = fs.createReadStream('cls_in.txt');
    // ('open' comes in the poll phase: its immediate runs before its timer)
    const both = () => { if (order.length === 3) { log.push('order ' + order.join(',')); seventh(); } };
    q.on('open', () => {
      order.push('open');
      setTimeout(() => { order.push('timeout'); both(); }, 0);
      setImmediate(() => { order.push('immediate'); both(); });
    });
    q.resume();
  });
}
async function seventh() {
  const fh = await fs.promises.open('cls_in.txt', 'r');
  const h = fs.createReadStream(null, { fd: fh, start: 12, encoding: 'utf8' });
  for await (const c of h) log.push('filehandle ' + c);
  await new Promise((res) => (h.closed ? res() : h.on('close', res)));
  log.push('handle fd after close ' + fh.fd);
  fs.unlinkSync('cls_in.txt'); fs.unlinkSync('cls_out.txt');
}
process.on('exit', () => console.log(log.join('\n')));
