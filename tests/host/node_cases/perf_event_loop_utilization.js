// performance.eventLoopUtilization (@hapi/heavy calls it when a server is made)
const { performance } = require('perf_hooks');
const keys = (o) => Object.keys(o).join(',');
const first = performance.eventLoopUtilization();
console.log('during the main script', JSON.stringify(first), JSON.stringify(performance.toJSON().eventLoopUtilization));
console.log(performance.eventLoopUtilization === globalThis.performance.eventLoopUtilization);
setTimeout(() => {
  const a = performance.eventLoopUtilization();
  console.log(keys(a), a.idle > 100, a.active >= 0, a.utilization > 0 && a.utilization < 1);
  const t = Date.now(); while (Date.now() - t < 30);  // busy: active time
  const b = performance.eventLoopUtilization(a);
  console.log('delta', keys(b), b.active >= 29, b.idle >= 0 && b.idle < 5, b.utilization > 0.8);
  const c = performance.eventLoopUtilization(b, a);
  console.log('diff of two', keys(c), c.idle === b.idle - a.idle, c.active === b.active - a.active);
}, 200);
