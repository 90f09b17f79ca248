// Destroying a Writable fails the writes still queued and end()'s callback (node's errorBuffer):
// with the destroy error, else ERR_STREAM_DESTROYED; the write in progress still completes.
const { Writable, Duplex } = require('stream');
const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
w.on('error', (e) => console.log('error event', e.message));
w.write('a', (err) => console.log('write a cb', err));
w.write('b', (err) => console.log('write b cb', err && err.code));
w.end((err) => console.log('end cb', err && err.code, err && err.message));
w.destroy();
const w2 = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
w2.write('a');
w2.end((err) => { console.log('end cb2', err && err.message); duplexCase(); });
w2.destroy(new Error('boom'));
w2.on('error', (e) => console.log('error2', e.message));
const w3 = new Writable({ write(c, e, cb) { cb(); } });
w3.cork();
w3.write('q', (err) => console.log('corked write cb', err && err.code));
w3.end((err) => console.log('end cb3', err && err.code));
w3.destroy();
const w4 = new Writable({ write(c, e, cb) { cb(); } });
w4.cork();
w4.write('r', (err) => console.log('corked write cb4', err && err.code));
w4.destroy();
function duplexCase() {  // (started last: its timer must not race the ones above)
  const d = new Duplex({ read() {}, write(c, e, cb) { setTimeout(cb, 2); } });
  d.write('a');
  d.end((err) => console.log('duplex end cb', err && err.code));
  d.destroy();
}
