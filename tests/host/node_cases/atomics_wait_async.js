// Atomics.waitAsync on the event loop: timeouts fire as timers, notify settles, compared with node 20
const a = new Int32Array(new SharedArrayBuffer(8));
const t0 = Date.now();
Atomics.waitAsync(a, 0, 0, 100).value.then(v => console.log('A', v, Date.now() - t0 >= 100));
const r = Atomics.waitAsync(a, 1, 0, 5000);
r.value.then(v => console.log('B', v, Date.now() - t0 < 1000));
setTimeout(() => console.log('notify', Atomics.notify(a, 1)), 20);
console.log('sync', Atomics.waitAsync(a, 0, 1).value, r.async);
setTimeout(() => console.log('end'), 300);
