'use strict';
// MessageChannel, MessagePort, MessageEvent, BroadcastChannel on the main thread (node 20's globals)
const { port1, port2 } = new MessageChannel();
console.log(Object.prototype.toString.call(port1), port1 instanceof EventTarget, typeof port1.on, port1 instanceof MessagePort,
  Object.getOwnPropertyNames(MessageEvent.prototype), port1.hasRef());
const got = [];
port2.on('message', (m) => {
  got.push(m);
  console.log('on', m);
  if (got.length === 3) port1.close();
});
port2.addEventListener('message', (e) => { console.log('event', e.constructor.name, e.type, e.data, e.ports, e.origin, e.source, e.lastEventId); });
console.log('refs', port2.hasRef(), port1.hasRef());
port1.postMessage({ a: 1, d: new Date(0), m: new Map([[1, 2]]) });
port1.postMessage('second');
const ab = new ArrayBuffer(8);
port1.postMessage(ab, [ab]);
console.log('transferred', ab.byteLength);
Promise.resolve().then(() => console.log('micro'));
console.log('sync');
port2.on('close', () => console.log('port2 close'));
port1.on('close', () => console.log('port1 close'));
const t = (f) => { try { f(); } catch (e) { console.log(e.name, e.message, e.code); } };
t(() => port1.postMessage(() => {}));
t(() => port1.postMessage());
t(() => new MessagePort());
t(() => new BroadcastChannel());
const m = new MessageEvent('message', { data: 5, origin: 'o', lastEventId: '7' });
console.log(m.data, m.type, m.origin, m.lastEventId, m.ports, m.source, m instanceof Event);
// a port that is never started keeps nothing alive; onmessage starts it
const c2 = new MessageChannel();
c2.port1.postMessage('unheard');
const c3 = new MessageChannel();
c3.port2.onmessage = (e) => { console.log('onmessage', e.data, c3.port2.hasRef()); c3.port2.onmessage = null; console.log(c3.port2.hasRef()); };
c3.port1.postMessage('hello');
// an unref'd port does not keep the process alive
const c4 = new MessageChannel();
c4.port2.on('message', () => console.log('never'));
c4.port2.unref();
console.log('c4', c4.port2.hasRef());
const bc1 = new BroadcastChannel('news'), bc2 = new BroadcastChannel('news'), other = new BroadcastChannel('other');
other.onmessage = () => console.log('wrong channel');
bc2.onmessage = (e) => { console.log('bc', e.data, bc2.name); bc1.close(); bc2.close(); other.close(); t(() => bc1.postMessage(1)); };
bc1.postMessage({ text: 'hi bc' });
console.log(bc1.name, require('util').inspect(bc1));
const w = require('worker_threads');
console.log(w.MessageChannel === MessageChannel, w.MessagePort === MessagePort, w.BroadcastChannel === BroadcastChannel, require('vm').runInNewContext('typeof MessageChannel'));
const c5 = new MessageChannel(); console.log(w.receiveMessageOnPort(c5.port2)); c5.port1.postMessage({ n: 1 }); c5.port1.postMessage(2);
console.log(w.receiveMessageOnPort(c5.port2), w.receiveMessageOnPort(c5.port2), w.receiveMessageOnPort(c5.port2));
t(() => w.receiveMessageOnPort({}));
