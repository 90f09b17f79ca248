const { value } = require('./dynamic.mjs');
console.log('required esm', value);
