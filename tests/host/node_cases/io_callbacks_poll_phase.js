// A file operation's callback runs in the event loop's poll phase: an immediate it queues runs
// before a timer it queues (node documents this for setImmediate), for callbacks, fs.promises
// and each operation kind; the fs callbacks' own chain does not starve a timer.
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'io_callbacks_poll_phase.tmp');
fs.writeFileSync(file, 'data');
const orders = [];
function probe(label, next) {
  const seen = [];
  setTimeout(() => { seen.push('timeout'); if (seen.length === 2) { orders.push(label + ':' + seen.join('>')); next(); } }, 0);
  setImmediate(() => { seen.push('immediate'); if (seen.length === 2) { orders.push(label + ':' + seen.join('>')); next(); } });
  const t = Date.now();
  while (Date.now() - t < 3) ;  // (the timer is due before the callback returns)
}
const steps = [];
for (let i = 0; i < 8; i++) {
  steps.push((next) => fs.readFile(file, () => probe('readFile', next)));
  steps.push((next) => fs.stat(file, () => probe('stat', next)));
  steps.push((next) => fs.writeFile(file, 'x' + i, () => probe('writeFile', next)));
  steps.push((next) => fs.promises.readFile(file).then(() => probe('promises', next)));
}
let k = 0;
function run() {
  if (k === steps.length) return chain();
  steps[k++](run);
}
run();
function chain() {
  let n = 0, stop = false;
  setTimeout(() => { stop = true; }, 5);
  (function again() { n++; if (!stop) fs.stat(file, again); else finish(n); })();
}
function finish(n) {
  fs.unlinkSync(file);
  const counts = {};
  for (const o of orders) counts[o] = (counts[o] || 0) + 1;
  console.log(JSON.stringify(counts));
  console.log('chain of stats let the timer run:', n > 1);
}
