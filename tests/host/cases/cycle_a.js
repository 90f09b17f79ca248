exports.loaded = false;
const b = require('./_cycle_b.js');
console.log('in a, b.done =', b.done);
exports.loaded = true;
console.log(require.cache[__filename] === module, module.id, typeof require.resolve('./_cycle_b'));
