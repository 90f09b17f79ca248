const Promise = require('bluebird');
Promise.map([1, 2, 3], x => Promise.delay(10 * (4 - x)).then(() => x * 2), {concurrency: 2}).then(r => console.log('map', r));
Promise.props({a: Promise.resolve(1), b: 2}).then(r => console.log('props', r));
Promise.reduce([1, 2, 3], (a, b) => a + b, 0).then(r => console.log('reduce', r));
Promise.resolve(5).timeout(100).then(v => console.log('t', v)); Promise.any([Promise.reject(new Error('x')), Promise.resolve(9)]).then(v => console.log('any', v));
const f = Promise.promisify((a, cb) => setTimeout(() => cb(null, a + 1), 1)); f(1).then(v => console.log('promisify', v));
