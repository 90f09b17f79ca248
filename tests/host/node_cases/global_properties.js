// The global object as node's: tagged 'global', with the timers, queueMicrotask,
// structuredClone, atob, btoa, performance and crypto enumerable (Object.keys(globalThis),
// for-in over the global and deep-equality checks see them) and in node's order
for (const k of ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'crypto', 'console', 'Buffer']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, d ? [d.enumerable, d.configurable, 'value' in d ? 'data' : 'accessor'].join(' ') : 'absent');
}
console.log(Object.keys(globalThis).filter((k) => k !== 'fetch'));
console.log(Object.prototype.toString.call(globalThis), Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag));
console.log(require('vm').runInNewContext('Object.prototype.toString.call(globalThis) + Object.keys(globalThis).length'));
const fake = {};
Object.setPrototypeOf(fake, Object.getPrototypeOf(globalThis));
for (const k of Object.keys(globalThis)) fake[k] = globalThis[k];
console.log(Object.prototype.toString.call(fake));
