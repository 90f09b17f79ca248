// events.EventEmitterAsyncResource (node's lazy getter): listeners run in the async scope of the
// emitter's own AsyncResource (its AsyncLocalStorage store); piscina extends it, and pyjsvm had none
const events = require('events');
const { EventEmitterAsyncResource, EventEmitter } = events;
const { executionAsyncId, AsyncLocalStorage } = require('async_hooks');
console.log(typeof EventEmitterAsyncResource, Object.getOwnPropertyDescriptor(events, 'EventEmitterAsyncResource').enumerable, EventEmitterAsyncResource === events.EventEmitterAsyncResource);
const als = new AsyncLocalStorage();
let e;
als.run('ctx-a', () => { e = new EventEmitterAsyncResource({ name: 'X' }); });
const plain = new EventEmitter();
e.on('ev', (v) => console.log('listener', v, als.getStore(), executionAsyncId() === e.asyncId));
plain.on('ev', (v) => console.log('plain', v, als.getStore()));
als.run('ctx-b', () => { e.emit('ev', 1); plain.emit('ev', 2); });
console.log(e instanceof EventEmitter, e.asyncResource.eventEmitter === e, typeof e.triggerAsyncId, e.asyncResource.type);
class Sub extends EventEmitterAsyncResource {}
console.log(new Sub().asyncResource.type, new EventEmitterAsyncResource('named').asyncResource.type);
try { EventEmitterAsyncResource.prototype.emit.call({}, 'x'); } catch (err) { console.log(err.code, err.message); }
e.emitDestroy();
