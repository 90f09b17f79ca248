'use strict';
// node 20's web platform globals the command gives: the Fetch classes and fetch, perf_hooks' classes
const names = ['fetch', 'Headers', 'Request', 'Response', 'FormData', 'Performance', 'PerformanceEntry',
  'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver'];
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], 'value' in d ? 'data' : 'accessor', d.enumerable, d.configurable);
}
const ph = require('perf_hooks');
console.log(names.slice(5).every((n) => globalThis[n] === ph[n]), Object.getPrototypeOf(performance) === Performance.prototype);
const mark = performance.mark('here');
console.log(mark instanceof PerformanceMark, mark instanceof PerformanceEntry, mark.name, mark.entryType);
Headers = 1;
console.log(Headers, Object.getOwnPropertyDescriptor(globalThis, 'Headers').writable);
console.log(Object.keys(globalThis).filter((k) => ['fetch', 'crypto', 'performance'].includes(k)));
