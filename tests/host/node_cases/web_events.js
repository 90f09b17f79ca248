const ac = new AbortController(); console.log(ac.signal.aborted);
ac.signal.addEventListener('abort', (e) => console.log('abort', e.type, e instanceof Event));
ac.abort(); console.log(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason instanceof DOMException, ac.signal.reason instanceof Error);
console.log(ac.signal);
const et = new EventTarget();
et.addEventListener('foo', function (e) { console.log(this === et, e.target === et, e.type); }, { once: true });
et.dispatchEvent(new Event('foo')); et.dispatchEvent(new Event('foo'));
try { ac.signal.throwIfAborted(); } catch (e) { console.log(e.name, e.message, e.code); }
console.log(AbortSignal.abort('r').reason, typeof AbortSignal.timeout, typeof AbortSignal.any, Object.prototype.toString.call(ac.signal), String(new Event('q')));
console.log(new CustomEvent('c', { detail: 5 }).detail);
const ac2 = new AbortController();
require('timers/promises').setTimeout(1000, 'x', { signal: ac2.signal }).catch((e) => console.log('aborted timer', e.name, e.code));
ac2.abort();
AbortSignal.timeout(10).addEventListener('abort', function () { console.log('timeout', this.reason.name); });
setTimeout(() => {}, 30);
