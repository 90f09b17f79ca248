// Stream.prototype.pipe is node's legacy pipe (lib/internal/streams/legacy.js) for streams made
// on Stream itself, as through, resumer and event-stream make them (tape's output is one):
// 'data' is written to the destination, 'end' ends it, 'drain' resumes the source
const Stream = require('stream');
function through(write, end) {
  const s = new Stream();
  s.readable = s.writable = true;
  s.paused = false;
  s.write = (d) => { write.call(s, d); return !s.paused; };
  s.end = () => { end.call(s); };
  s.pause = () => { s.paused = true; console.log('pause'); };
  s.resume = () => { s.paused = false; console.log('resume'); s.emit('drain'); };
  s.queue = (d) => { if (d === null) s.emit('end'); else s.emit('data', d); };
  return s;
}
const src = new Stream();
src.readable = true;
src.pause = () => console.log('src pause');
src.resume = () => console.log('src resume');
const mid = through(function (d) { this.queue(String(d).toUpperCase()); }, function () { this.queue(null); });
const out = new Stream.Writable({
  write(chunk, enc, cb) { console.log('out', String(chunk)); cb(); },
});
out.on('finish', () => console.log('finish'));
console.log(src.pipe(mid) === mid, typeof Stream.prototype.pipe);
mid.on('pipe', () => console.log('piped'));
mid.pipe(out);
src.emit('data', 'a');
src.emit('data', 'b');
mid.paused = true;
console.log(mid.write('x'));
src.emit('end');
console.log('listeners after end', src.listenerCount('data'), src.listenerCount('end'));
// an error with no other listener is re-emitted, after the pipe is taken apart
const s2 = new Stream(), d2 = new Stream();
d2.writable = true; d2.write = () => true; d2.end = () => {};
s2.pipe(d2);
s2.on('error', (e) => console.log('caught', e.message, s2.listenerCount('data')));
s2.emit('error', new Error('boom'));
// { end: false } leaves the destination open
const s3 = new Stream(), d3 = through(() => {}, () => console.log('d3 ended'));
s3.pipe(d3, { end: false });
s3.emit('end');
s3.emit('close');
console.log('done');
