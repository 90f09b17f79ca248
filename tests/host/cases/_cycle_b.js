const a = require('./cycle_a.js');
console.log('in b, a.loaded =', a.loaded);
exports.done = true;
