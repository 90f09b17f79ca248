const async = require('async');
async.mapLimit([3, 1, 2], 2, (x, cb) => setTimeout(() => cb(null, x * 10), x), (e, r) => {
  console.log('mapLimit', r);
  async.waterfall([cb => cb(null, 1), (a, cb) => cb(null, a + 1)], (e, r) => console.log('waterfall', r));
  async.parallel({a: cb => setTimeout(() => cb(null, 'A'), 5), b: cb => cb(null, 'B')}).then(r => console.log('parallel', r));
});
