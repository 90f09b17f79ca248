// Errors thrown or rejected asynchronously: while a test runs they fail it; after it ended, or outside
// any test, they are diagnostics of the run, which fails.
const test = require('node:test');
test('async throw after', () => { setTimeout(() => { throw new Error('late'); }, 1); });
test('waits', async () => { await new Promise((r) => setTimeout(r, 20)); });
test('unhandled rejection', async () => { Promise.reject(new Error('nobody catches')); await new Promise((r) => setTimeout(r, 5)); });
let lastRan = false;
test('last', () => { lastRan = true; });
// (made by the main script, so of no test; thrown once the tests have run)
setTimeout(function outside() {
  if (!lastRan) setTimeout(outside, 5);
  else throw new Error('outside');
}, 5);
