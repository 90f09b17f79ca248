"""``node:async_hooks``: ``AsyncLocalStorage``, ``AsyncResource``, ``executionAsyncId``,
``triggerAsyncId``, ``executionAsyncResource`` and ``createHook`` (Node's documentation of
``node:async_hooks`` and of "Asynchronous context tracking").

NON-SPEC (node). The engine keeps one opaque value per agent, ``Agent.async_context`` (the
AsyncContext proposal's mapping), taken when a promise reaction is registered or a job queued and
restored around the job (``pyjsvm.runtime.jobs``); the event loop takes it for each timer,
immediate, nextTick and queueMicrotask callback and restores it around the callback
(``pyjsvm.host.event_loop``). This module's frames are what it holds: a frame is an object
``{id, triggerId, type, resource, stores}`` (``stores`` a Map from AsyncLocalStorage to its store,
never changed once made: ``run`` and ``enterWith`` make a new frame). Without this module every
context is undefined and nothing is made or called.

Once loaded, every timer, immediate, nextTick and queueMicrotask gets a frame of its own (a new
async id, triggered by the running one, with the running stores): the ids and types of Node's
Timeout, Immediate, TickObject and Microtask resources, and the ``init``, ``before``, ``after``
and ``destroy`` hooks of ``createHook`` for them and for ``AsyncResource``. What is not done
(documented, as Node's docs say of promise tracking): promises get no async id of their own (a
promise reaction runs in the frame that registered it, so ``executionAsyncId()`` there is that
frame's id, where Node reports the promise's id with hooks enabled and 0 without), so the
``promiseResolve`` hook is accepted but never called and no ``PROMISE`` init is emitted;
``destroy`` runs at once rather than on a later turn, and never for an AsyncResource that is
garbage collected without ``emitDestroy()``; an AsyncLocalStorage disabled while frames are made
does not drop its store from them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.host.event_loop import AsyncHooks
from pyjsvm.host.jsutil import binding, load_js, new_array
from pyjsvm.runtime.agent import get_agent

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_async_hooks_module"]


class _LoopHooks(AsyncHooks):
    """The event loop's side of the module: JS functions that make a frame, run a callback in
    one with the hooks around it, and emit destroy. ``active``: some createHook is enabled
    (otherwise a callback is called directly). As in Node, destroy hooks run later than the
    end they report: the frames wait in ``pending`` until the loop's next ``flush``."""

    def __init__(self, realm: Any, new_frame: Any, run_frame: Any, destroy_frame: Any) -> None:
        self.realm = realm
        self.new_frame = new_frame
        self.run_frame = run_frame
        self.destroy_frame = destroy_frame
        self.active = False
        self.pending: list[Any] = []

    def frame(self, type_: str, resource: Any) -> Any:
        return self.new_frame.call(None, [type_, resource])

    def run(self, context: Any, fn: Any, this: Any, args: list[Any], done: bool) -> Any:
        if not self.active:
            return fn.call(this, args)
        try:
            return self.run_frame.call(None, [context, fn, this, new_array(self.realm, list(args))])
        finally:
            if done:
                self.destroy(context)

    def destroy(self, context: Any) -> None:
        if self.active and context is not None:
            self.pending.append(context)

    def flush(self) -> None:
        pending = self.pending
        self.pending = []
        for context in pending:
            self.destroy_frame.call(None, [context])


def make_async_hooks_module(host: "NodeHost") -> Any:
    """``require('async_hooks')``."""
    realm = host.realm
    loop = host.loop

    def get(a: list[Any]) -> Any:
        return get_agent().async_context

    def set_(a: list[Any]) -> Any:
        get_agent().async_context = a[0] if a else None
        return None

    def install(a: list[Any]) -> Any:
        if loop.async_hooks is None:
            loop.async_hooks = _LoopHooks(realm, a[0], a[1], a[2])
        return None

    def destroy_later(a: list[Any]) -> Any:
        hooks = loop.async_hooks
        if hooks is not None:
            hooks.destroy(a[0])
        return None

    def set_active(a: list[Any]) -> Any:
        hooks = loop.async_hooks
        if isinstance(hooks, _LoopHooks):
            hooks.active = a[0] is True
        return None
    b = binding(realm, {"get": get, "set": set_, "install": install, "setActive": set_active,
                     "destroyLater": destroy_later})
    return load_js(realm, "node:async_hooks", ASYNC_HOOKS_SOURCE, host.js_helpers({"B": b}))


ASYNC_HOOKS_SOURCE = r"""
(function () {
'use strict';
const apply = Reflect.apply;
const validateFunction = (fn, name) => {
  if (typeof fn !== 'function') throw __invalidArgType(name, 'of type function', fn);
};

// --- frames ---------------------------------------------------------------------------------
let nextId = 2;
const rootFrame = { id: 1, triggerId: 0, type: 'ROOT', resource: {}, stores: null };
function current() {
  const f = B.get();
  return f === undefined ? rootFrame : f;
}
function makeFrame(type, resource, triggerId, stores) {
  return { id: nextId++, triggerId, type, resource: resource === undefined ? {} : resource, stores };
}
// the same frame with one storage's store set (or removed, ``remove``)
function withStore(frame, storage, store, remove) {
  const stores = new Map(frame.stores === null ? undefined : frame.stores);
  if (remove) stores.delete(storage);
  else stores.set(storage, store);
  return { id: frame.id, triggerId: frame.triggerId, type: frame.type, resource: frame.resource, stores };
}
function runIn(frame, fn, thisArg, args) {
  const previous = B.get();
  B.set(frame);
  try {
    return apply(fn, thisArg, args);
  } finally {
    B.set(previous);
  }
}

// --- hooks ----------------------------------------------------------------------------------
const kInit = Symbol('init');
const kBefore = Symbol('before');
const kAfter = Symbol('after');
const kDestroy = Symbol('destroy');
const kPromiseResolve = Symbol('promiseResolve');
let enabledHooks = [];   // replaced, never changed in place: an emit walks its own list
function emit(key, args) {
  const list = enabledHooks;
  for (let i = 0; i < list.length; i++) {
    const fn = list[i][key];
    if (typeof fn === 'function') apply(fn, list[i], args);
  }
}
function newFrame(type, resource) {
  const cur = current();
  const frame = makeFrame(type, resource, cur.id, cur.stores);
  if (enabledHooks.length > 0) emit(kInit, [frame.id, type, frame.triggerId, frame.resource]);
  return frame;
}
// called by the event loop (with the frame already current) while a hook is enabled
function runFrame(frame, fn, thisArg, args) {
  emit(kBefore, [frame.id]);
  try {
    return apply(fn, thisArg, args);
  } finally {
    emit(kAfter, [frame.id]);
  }
}
function destroyFrame(frame) { emit(kDestroy, [frame.id]); }
B.install(newFrame, runFrame, destroyFrame);

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    const hooks = { init, before, after, destroy, promiseResolve };
    for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
      if (hooks[name] !== undefined && typeof hooks[name] !== 'function') {
        throw __nodeError('TypeError', 'ERR_ASYNC_CALLBACK', 'hook.' + name + ' must be a function');
      }
    }
    this[kInit] = init;
    this[kBefore] = before;
    this[kAfter] = after;
    this[kDestroy] = destroy;
    this[kPromiseResolve] = promiseResolve;
  }
  enable() {
    if (!enabledHooks.includes(this)) {
      enabledHooks = enabledHooks.concat([this]);
      B.setActive(true);
    }
    return this;
  }
  disable() {
    const i = enabledHooks.indexOf(this);
    if (i !== -1) {
      enabledHooks = enabledHooks.filter((h) => h !== this);
      B.setActive(enabledHooks.length > 0);
    }
    return this;
  }
}
function createHook(fns) { return new AsyncHook(fns); }

function executionAsyncId() { return current().id; }
function triggerAsyncId() { return current().triggerId; }
function executionAsyncResource() { return current().resource; }

// --- AsyncResource --------------------------------------------------------------------------
const asyncIdSymbol = Symbol('async_id_symbol');
const triggerAsyncIdSymbol = Symbol('trigger_async_id_symbol');
let warnedAsyncResource = false;
function deprecateAsyncResource() {
  if (warnedAsyncResource) return;
  warnedAsyncResource = true;
  __require('process').emitWarning('The asyncResource property on bound functions is deprecated',
    'DeprecationWarning', 'DEP0172');
}
class AsyncResource {
  #frame;
  constructor(type, opts = {}) {
    if (typeof type !== 'string') throw __invalidArgType('type', 'of type string', type);
    let trigger = opts;
    if (typeof opts !== 'number') {
      trigger = opts.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(trigger) || trigger < -1) {
      throw __nodeError('RangeError', 'ERR_INVALID_ASYNC_ID', 'Invalid triggerAsyncId value: ' + trigger);
    }
    const cur = current();
    this.#frame = makeFrame(type, this, trigger, cur.stores);
    this[asyncIdSymbol] = this.#frame.id;
    this[triggerAsyncIdSymbol] = trigger;
    if (enabledHooks.length > 0) emit(kInit, [this.#frame.id, type, trigger, this]);
  }
  runInAsyncScope(fn, thisArg, ...args) {
    const frame = this.#frame;
    const previous = B.get();
    B.set(frame);
    if (enabledHooks.length > 0) emit(kBefore, [frame.id]);
    try {
      return apply(fn, thisArg, args);
    } finally {
      if (enabledHooks.length > 0) emit(kAfter, [frame.id]);
      B.set(previous);
    }
  }
  emitDestroy() {
    if (enabledHooks.length > 0) B.destroyLater(this.#frame);
    return this;
  }
  asyncId() { return this.#frame.id; }
  triggerAsyncId() { return this.#frame.triggerId; }
  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function (...args) { return resource.runInAsyncScope(fn, this, ...args); };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, writable: false, value: fn.length },
      asyncResource: {
        configurable: true, enumerable: true,
        get() { deprecateAsyncResource(); return self; },
        set(v) { deprecateAsyncResource(); self = v; },
      },
    });
    return bound;
  }
  static bind(fn, type, thisArg) {
    validateFunction(fn, 'fn');
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

// --- AsyncLocalStorage ----------------------------------------------------------------------
function runWithThis(fn, ...args) { return apply(fn, this, args); }
class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }
  static bind(fn) { return AsyncResource.bind(fn); }
  static snapshot() { return AsyncResource.bind(runWithThis); }
  disable() { this.enabled = false; }
  getStore() {
    if (!this.enabled) return undefined;
    const stores = current().stores;
    return stores === null ? undefined : stores.get(this);
  }
  enterWith(store) {
    this.enabled = true;
    B.set(withStore(current(), this, store, false));
  }
  run(store, callback, ...args) {
    this.enabled = true;
    return runIn(withStore(current(), this, store, false), callback, null, args);
  }
  exit(callback, ...args) {
    if (!this.enabled) return apply(callback, null, args);
    return runIn(withStore(current(), this, undefined, true), callback, null, args);
  }
}

const providers = Object.create(null);
['NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER',
  'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT',
  'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST',
  'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP',
  'PROMISE', 'QUERYWRAP', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER',
  'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP',
  'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT', 'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST',
  'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST',
  'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
].forEach((name, i) => { providers[name] = i; });
Object.freeze(providers);

return {
  AsyncLocalStorage, createHook, executionAsyncId, triggerAsyncId, executionAsyncResource,
  asyncWrapProviders: providers, AsyncResource,
};
})
"""
