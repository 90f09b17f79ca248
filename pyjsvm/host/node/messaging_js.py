"""The JS of the messaging globals (``messaging.py``): ``MessageChannel``, ``MessagePort``,
``MessageEvent`` and ``BroadcastChannel`` of the HTML standard's channel messaging
(https://html.spec.whatwg.org/multipage/web-messaging.html), for the main thread as node 20
has them: messages are structured clones, a port's queue delivered in one macrotask of the
event loop (``__loop.post``, with the microtasks run between two messages); a port with a 'message' listener, and a BroadcastChannel until closed, keep
the loop alive unless unref'd (``__loop.ref``/``__loop.unref``)."""
from __future__ import annotations

__all__ = ["MESSAGING_SOURCE"]

MESSAGING_SOURCE = r"""
(function () {
'use strict';
const { Event, EventTarget, DOMException } = __events;
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');

class MessageEvent extends Event {
  #data; #origin; #lastEventId; #source; #ports;
  constructor(type, init = undefined) {
    super(type, init);
    const o = init === undefined || init === null ? {} : init;
    this.#data = o.data === undefined ? null : o.data;
    this.#origin = o.origin === undefined ? '' : `${o.origin}`;
    this.#lastEventId = o.lastEventId === undefined ? '' : `${o.lastEventId}`;
    this.#source = o.source === undefined ? null : o.source;
    this.#ports = o.ports === undefined ? [] : [...o.ports];
  }
  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: 'MessageEvent', configurable: true });

// the state both kinds of channel ends share: a loop handle held while `wanted(s)`
function updateRef(s) {
  const want = !s.closed && s.refed && s.wanted(s);
  if (want && !s.holding) { s.holding = true; __loop.ref(); }
  if (!want && s.holding) { s.holding = false; __loop.unref(); }
}
// deliver a message to an end: a MessageEvent to its listeners and onmessage, and the data to
// node's on('message') listeners (which are event listeners too)
function dispatchMessage(target, data) {
  target.dispatchEvent(new MessageEvent('message', { data }));
}
function missingArgs(name) {
  return __nodeError('TypeError', 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}
// node's NodeEventTarget methods (on, once, off, emit ...): a 'message' listener added this way
// gets the message's data, not the event
const kWrapped = Symbol('kWrapped');
function nodeListener(type, listener) {
  if (listener[kWrapped] === undefined) {
    Object.defineProperty(listener, kWrapped, { value: new Map(), configurable: true });
  }
  let wrapped = listener[kWrapped].get(type);
  if (wrapped === undefined) {
    wrapped = function (event) { return type === 'message' ? listener.call(this, event.data) : listener.call(this); };
    listener[kWrapped].set(type, wrapped);
  }
  return wrapped;
}
const nodeMethods = {
  on(type, listener) { this.addEventListener(type, nodeListener(type, listener)); return this; },
  addListener(type, listener) { return this.on(type, listener); },
  once(type, listener) { this.addEventListener(type, nodeListener(type, listener), { once: true }); return this; },
  off(type, listener) { this.removeEventListener(type, nodeListener(type, listener)); return this; },
  removeListener(type, listener) { return this.off(type, listener); },
  emit(type, arg) {
    const event = type === 'message' ? new MessageEvent('message', { data: arg }) : new Event(type);
    return this.dispatchEvent(event);
  },
};

// --- MessagePort / MessageChannel -----------------------------------------------------------
const ports = new WeakMap();  // MessagePort -> its state
function portOf(p) {
  const s = typeof p === 'object' && p !== null ? ports.get(p) : undefined;
  if (s === undefined) throw __nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type MessagePort');
  return s;
}
const hasMessageListener = (s) => s.listeners > 0 || typeof s.onmessage === 'function';
function newPort() {
  const port = Reflect.construct(MessagePort, [kCreate]);
  const s = { port, other: null, queue: [], started: false, closed: false, refed: true, holding: false,
    listeners: 0, onmessage: null, onmessageerror: null, wanted: hasMessageListener };
  ports.set(port, s);
  return s;
}
// the queued messages delivered in one macrotask, while the port is started (the microtasks
// run between two: the function posted answers whether another is to come)
function drain(s) {
  if (!s.started || s.scheduled || s.queue.length === 0) return;
  s.scheduled = true;
  __loop.post(() => {
    if (s.closed || !s.started || s.queue.length === 0) { s.scheduled = false; return false; }
    const data = s.queue.shift();
    try {
      dispatchMessage(s.port, data);
    } finally {
      if (s.closed || !s.started || s.queue.length === 0) s.scheduled = false;
    }
    return s.scheduled;
  });
}
function startPort(s) {
  if (!s.started) { s.started = true; drain(s); }
}
function closePort(s) {
  if (s.closed) return;
  s.closed = true;
  s.queue.length = 0;
  updateRef(s);
  __loop.post(() => { s.port.dispatchEvent(new Event('close')); });
}
function cloneMessage(message, transfer) {
  const options = Array.isArray(transfer) ? { transfer } : transfer === undefined || transfer === null ? undefined : transfer;
  return structuredClone(message, options);
}
class MessagePort extends EventTarget {
  constructor(key) {
    if (key !== kCreate) throw __nodeError('TypeError', 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    super();
  }
  postMessage(message, transfer = undefined) {
    const s = portOf(this);
    if (arguments.length === 0) {
      throw __nodeError('TypeError', 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    const data = cloneMessage(message, transfer);
    const other = s.other;
    if (s.closed || other === null || other.closed) return;
    other.queue.push(data);
    drain(other);
  }
  start() { startPort(portOf(this)); }
  close() {
    const s = portOf(this);
    closePort(s);
    if (s.other !== null) closePort(s.other);
  }
  ref() { const s = portOf(this); s.refed = true; updateRef(s); return this; }
  unref() { const s = portOf(this); s.refed = false; updateRef(s); return this; }
  hasRef() { const s = portOf(this); return s.holding; }
  get onmessage() { return portOf(this).onmessage; }
  set onmessage(fn) {
    const s = portOf(this);
    if (typeof s.onmessage === 'function') super.removeEventListener('message', s.onmessage);
    s.onmessage = typeof fn === 'function' ? fn : null;
    if (s.onmessage !== null) { super.addEventListener('message', s.onmessage); startPort(s); }
    updateRef(s);
  }
  get onmessageerror() { return portOf(this).onmessageerror; }
  set onmessageerror(fn) { portOf(this).onmessageerror = typeof fn === 'function' ? fn : null; }
  addEventListener(type, listener, options) {
    const s = portOf(this);
    super.addEventListener(type, listener, options);
    if (`${type}` === 'message' && listener !== null && listener !== undefined) {
      s.listeners++;
      startPort(s);
      updateRef(s);
    }
  }
  removeEventListener(type, listener, options) {
    const s = portOf(this);
    super.removeEventListener(type, listener, options);
    if (`${type}` === 'message' && listener !== null && listener !== undefined && s.listeners > 0) {
      s.listeners--;
      updateRef(s);
    }
  }
  [inspectCustom](depth, options) {
    const s = portOf(this);
    return `MessagePort [EventTarget] ${__inspect({ active: !s.closed, refed: s.holding }, options)}`;
  }
}
// (node's MessagePort inherits them from its NodeEventTarget, between it and EventTarget)
const NodeEventTargetPrototype = Object.create(EventTarget.prototype);
for (const [key, fn] of Object.entries(nodeMethods)) {
  Object.defineProperty(NodeEventTargetPrototype, key, { value: fn, writable: true, configurable: true });
}
Object.setPrototypeOf(MessagePort.prototype, NodeEventTargetPrototype);
class MessageChannel {
  #port1; #port2;
  constructor() {
    const a = newPort(), b = newPort();
    a.other = b;
    b.other = a;
    this.#port1 = a.port;
    this.#port2 = b.port;
  }
  get port1() { return this.#port1; }
  get port2() { return this.#port2; }
}
Object.defineProperty(MessageChannel.prototype, Symbol.toStringTag, { value: 'MessageChannel', configurable: true });

// --- BroadcastChannel -----------------------------------------------------------------------
const channels = new Map();  // name -> the states of the open channels of that name
const broadcasts = new WeakMap();
function channelOf(c) {
  const s = typeof c === 'object' && c !== null ? broadcasts.get(c) : undefined;
  if (s === undefined) throw __nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type BroadcastChannel');
  return s;
}
class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw missingArgs('name');
    super();
    const s = { channel: this, name: `${name}`, closed: false, refed: true, holding: false, onmessage: null,
      onmessageerror: null, wanted: () => true };
    broadcasts.set(this, s);
    if (!channels.has(s.name)) channels.set(s.name, new Set());
    channels.get(s.name).add(s);
    updateRef(s);
  }
  get name() { return channelOf(this).name; }
  close() {
    const s = channelOf(this);
    if (s.closed) return;
    s.closed = true;
    const set = channels.get(s.name);
    set.delete(s);
    if (set.size === 0) channels.delete(s.name);
    updateRef(s);
  }
  postMessage(message) {
    const s = channelOf(this);
    if (arguments.length === 0) {
      throw __nodeError('TypeError', 'ERR_MISSING_ARGS', 'Not enough arguments to BroadcastChannel.postMessage');
    }
    if (s.closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const data = cloneMessage(message);
    for (const other of channels.get(s.name) || []) {
      if (other === s) continue;
      const copy = structuredClone(data);
      __loop.post(() => { if (!other.closed) dispatchMessage(other.channel, copy); });
    }
  }
  ref() { const s = channelOf(this); s.refed = true; updateRef(s); return this; }
  unref() { const s = channelOf(this); s.refed = false; updateRef(s); return this; }
  get onmessage() { return channelOf(this).onmessage; }
  set onmessage(fn) {
    const s = channelOf(this);
    if (typeof s.onmessage === 'function') this.removeEventListener('message', s.onmessage);
    s.onmessage = typeof fn === 'function' ? fn : null;
    if (s.onmessage !== null) this.addEventListener('message', s.onmessage);
  }
  get onmessageerror() { return channelOf(this).onmessageerror; }
  set onmessageerror(fn) { channelOf(this).onmessageerror = typeof fn === 'function' ? fn : null; }
  [inspectCustom](depth, options) {
    const s = channelOf(this);
    return `BroadcastChannel ${__inspect({ name: s.name, active: !s.closed }, options)}`;
  }
}
Object.defineProperty(BroadcastChannel.prototype, Symbol.toStringTag, { value: 'BroadcastChannel', configurable: true });
// worker_threads.receiveMessageOnPort(port): the next message queued for the port, taken
// off its queue now ({ message }), or undefined
function receiveMessageOnPort(port) {
  const s = typeof port === 'object' && port !== null ? ports.get(port) : undefined;
  if (s === undefined) throw __nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  if (s.closed || s.queue.length === 0) return undefined;
  return { message: s.queue.shift() };
}
return { MessageChannel, MessagePort, MessageEvent, BroadcastChannel, receiveMessageOnPort };
})
"""
