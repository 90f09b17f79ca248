// vm microtaskMode: 'afterEvaluate' (docs: "Timeout interactions with asynchronous tasks and
// Promises"): a context with its own microtask queue, drained inside each evaluation.
const vm = require('node:vm');
const log = [];

// Default mode: the job runs after the script, on the main queue.
const plain = vm.createContext({ log });
vm.runInContext('Promise.resolve().then(() => log.push("default job"))', plain);
log.push('after default run');

// afterEvaluate: the job runs before runInContext returns.
const own = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
vm.runInContext('Promise.resolve().then(() => log.push("own job")); log.push("script")', own);
log.push('after afterEvaluate run');

// The timeout covers the context's jobs.
const spin = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
try {
  vm.runInContext('Promise.resolve().then(() => { for (;;) {} })', spin, { timeout: 100 });
  log.push('no timeout');
} catch (e) {
  log.push(e.code);
}

// A callback made in the main context goes to the main queue even when the promise is inner.
const inner = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
const p = vm.runInContext('Promise.resolve(7)', inner);
p.then((v) => log.push('main callback ' + v));
// Resolving a main-context promise with the inner promise needs the inner `then`: that job
// waits in the inner queue until the inner context evaluates again.
Promise.resolve().then(() => {
  const outer = new Promise((resolve) => resolve(p));
  outer.then((v) => log.push('outer resolved ' + v));
  setTimeout(() => {
    log.push('before inner evaluation');
    vm.runInContext('log.push("inner evaluated")', inner);
    setTimeout(() => console.log(log.join('\n')), 10);
  }, 10);
});

// runInNewContext takes the option too.
vm.runInNewContext('Promise.resolve().then(() => log.push("new context job"))', { log },
  { microtaskMode: 'afterEvaluate' });
log.push('after runInNewContext');
