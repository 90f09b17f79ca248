"""``node:diagnostics_channel``: named channels that publish messages to subscribers, and tracing
channels (Node's lib/diagnostics_channel.js). Libraries load it unconditionally to offer their
metrics (lru-cache 11 does: ``channel('lru-cache:metrics')``, ``tracingChannel('lru-cache')``), so
a program that never subscribes must still find it. Stores are any object with a
``run(value, fn)`` method (Node's AsyncLocalStorage)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjsvm.host.jsutil import load_js

if TYPE_CHECKING:
    from pyjsvm.host.runtime import NodeHost

__all__ = ["make_diagnostics_channel_module"]


def make_diagnostics_channel_module(host: "NodeHost") -> Any:
    """``require('diagnostics_channel')``."""
    return load_js(host.realm, "node:diagnostics_channel", DIAGNOSTICS_CHANNEL_SOURCE, host.js_helpers({}))


DIAGNOSTICS_CHANNEL_SOURCE = r"""
(function () {
'use strict';
const process = __require('process');
const apply = Reflect.apply;
// a subscriber's or a store transform's throw does not stop the others: it is an uncaught
// exception of its own, on the next tick (as in Node)
const reportLater = (err) => { process.nextTick(() => { throw err; }); };
const validateFunction = (fn, name) => {
  if (typeof fn !== 'function') throw __invalidArgType(name, 'of type function', fn);
};
const defaultTransform = (v) => v;
const channels = new Map();

class Channel {
  constructor(name) {
    this._subscribers = [];
    this._stores = new Map();
    this.name = name;
  }
  get hasSubscribers() { return this._subscribers.length > 0 || this._stores.size > 0; }
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }
  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = this._subscribers.slice();
    next.splice(index, 1);
    this._subscribers = next;
    return true;
  }
  bindStore(store, transform = defaultTransform) {
    this._stores.set(store, transform);
  }
  unbindStore(store) {
    return this._stores.delete(store);
  }
  publish(data) {
    for (const onMessage of this._subscribers) {
      try {
        apply(onMessage, undefined, [data, this.name]);
      } catch (err) {
        reportLater(err);
      }
    }
  }
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const next = run;
      run = () => {
        let context;
        try {
          context = transform(data);
        } catch (err) {
          reportLater(err);
          return next();
        }
        return store.run(context, next);
      };
    }
    return run();
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw __invalidArgType('channel', 'one of type string or symbol', name);
  }
  const ch = new Channel(name);
  channels.set(name, ch);
  return ch;
}
const subscribe = (name, subscription) => { channel(name).subscribe(subscription); };
const unsubscribe = (name, subscription) => {
  const ch = channels.get(name);
  return ch === undefined ? false : ch.unsubscribe(subscription);
};
const hasSubscribers = (name) => {
  const ch = channels.get(name);
  return ch === undefined ? false : ch.hasSubscribers;
};

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const eventName of traceEvents) {
        this[eventName] = channel(`tracing:${nameOrChannels}:${eventName}`);
      }
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const eventName of traceEvents) {
        const ch = nameOrChannels[eventName];
        if (!(ch instanceof Channel)) {
          throw __invalidArgType(`nameOrChannels.${eventName}`, 'an instance of Channel', ch);
        }
        this[eventName] = ch;
      }
    } else {
      throw __invalidArgType('nameOrChannels', 'of type string or an instance of TracingChannel or Object',
                             nameOrChannels);
    }
  }
  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers || this.asyncStart.hasSubscribers ||
      this.asyncEnd.hasSubscribers || this.error.hasSubscribers;
  }
  subscribe(handlers) {
    for (const name of traceEvents) {
      if (!handlers[name]) continue;
      this[name].subscribe(handlers[name]);
    }
  }
  unsubscribe(handlers) {
    let done = true;
    for (const name of traceEvents) {
      if (!handlers[name]) continue;
      if (!this[name].unsubscribe(handlers[name])) done = false;
    }
    return done;
  }
  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return apply(fn, thisArg, args);
    return traced(this, context, () => (context.result = apply(fn, thisArg, args)));
  }
  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return apply(fn, thisArg, args);
    const events = this;
    const settled = (key, value) => {  // the events of the promise's settlement
      context[key] = value;
      if (key === 'error') events.error.publish(context);
      events.asyncStart.publish(context);
      events.asyncEnd.publish(context);
    };
    return traced(this, context, () => {
      const value = apply(fn, thisArg, args);
      return (value instanceof Promise ? value : Promise.resolve(value)).then(
        (result) => { settled('result', result); return result; },
        (err) => { settled('error', err); return Promise.reject(err); });
    });
  }
  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return apply(fn, thisArg, args);
    const events = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    // the callback in its place, its call between the asyncStart and asyncEnd events (an error
    // it is given published first)
    args.splice(position, 1, function (err, res) {
      if (err) {
        context.error = err;
        events.error.publish(context);
      } else {
        context.result = res;
      }
      const receiver = this, given = arguments;
      return events.asyncStart.runStores(context, () => {
        try {
          return apply(callback, receiver, given);
        } finally {
          events.asyncEnd.publish(context);
        }
      });
    });
    return traced(this, context, () => apply(fn, thisArg, args));
  }
}

// a traced call: `body` run inside the start event (published through the start channel's
// stores), the end event after it however it ends, the error event first when it throws
function traced(events, context, body) {
  return events.start.runStores(context, () => {
    try {
      return body();
    } catch (err) {
      context.error = err;
      events.error.publish(context);
      throw err;
    } finally {
      events.end.publish(context);
    }
  });
}
const tracingChannel = (nameOrChannels) => new TracingChannel(nameOrChannels);

return { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
})
"""
