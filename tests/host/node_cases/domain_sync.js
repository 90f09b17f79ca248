// domain: errors thrown synchronously in run, bind and intercept go to 'error' (each throw is
// the last statement of its turn: node's handling ends that turn)
const domain = require('domain');
const d = domain.create();
console.log(d instanceof require('events'), domain.active === undefined ? 'undefined' : domain.active, process.domain);
d.on('error', (err) => console.log('caught', err.message, err.domain === d, err.domainThrown));
const bound = d.bind((x) => { console.log('bound', x, process.domain === d, domain.active === d); throw new Error('from bound'); });
const cb = d.intercept((a, b) => console.log('intercepted', a, b, process.domain === d));
const other = domain.create();
other.on('error', (e) => console.log('other caught', e.message, process.domain === null));
setTimeout(() => bound(1), 1);
setTimeout(() => {
  console.log('after bound', process.domain == null);
  cb(null, 'a', 'b');
  cb(new Error('from callback'));
  console.log(d.run((a, b) => a + b, 2, 3), process.domain == null);
  other.run(() => { throw new Error('from run'); });
}, 5);
setTimeout(() => console.log('end', process.domain == null), 10);
