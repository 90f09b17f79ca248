// AsyncLocalStorage: the store follows promise jobs, await, timers, immediates, nextTick and
// queueMicrotask from where they were scheduled; run/exit/enterWith/disable/bind/snapshot.
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = [];
const done = [];
function note(label) { log.push(label + '=' + JSON.stringify(als.getStore()) + '/' + JSON.stringify(other.getStore())); }

note('before');
console.log(als.run('A', (x, y) => x + y, 1, 2));
als.run('A', () => {
  note('sync');
  other.run('O', () => {
    note('nested');
    als.run('B', () => note('inner'));
    note('after-inner');
    als.exit(() => note('exit'));
    note('after-exit');
  });
  Promise.resolve().then(() => note('then'));
  const p = new Promise((resolve) => setTimeout(resolve, 350));
  als.run('C', () => p.then(() => note('then-registered-in-C')));
  (async () => { await null; note('await1'); await new Promise((r) => setTimeout(r, 50)); note('await2'); })();
  setTimeout(() => { note('timeout'); setTimeout(() => note('timeout-nested'), 1); }, 150);
  setImmediate(() => note('immediate'));
  process.nextTick(() => note('tick'));
  queueMicrotask(() => note('microtask'));
  const t = setInterval(() => { note('interval'); clearInterval(t); }, 250);
  done.push(AsyncLocalStorage.bind(() => note('bound')));
  done.push(AsyncLocalStorage.snapshot());
});
note('after-run');
// a promise resolved in another context runs its reactions in the context that registered them
let resolveLater;
const later = new Promise((r) => { resolveLater = r; });
als.run('R', () => later.then(() => note('registered-in-R')));
als.run('S', () => resolveLater());
// enterWith changes the store for the rest of the synchronous code and what it schedules
setTimeout(() => {
  als.enterWith('E');
  note('enterWith');
  setTimeout(() => note('after-enterWith'), 1);
  Promise.resolve().then(() => note('then-after-enterWith'));
}, 450);
setTimeout(() => {
  note('other-timer');
  done[0]();
  console.log(done[1]((a) => { note('snapshot'); return a * 2; }, 21));
  als.run('D', () => { als.disable(); note('disabled'); setTimeout(() => note('after-disable'), 1); });
  setTimeout(() => {
    als.run('F', () => note('re-enabled'));
    const r = als.run('G', () => new AsyncResource('X'));
    r.runInAsyncScope(() => note('resource'));
    console.log(log.join('\n'));
  }, 5);
}, 550);
