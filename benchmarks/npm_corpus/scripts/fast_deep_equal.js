const equal = require('fast-deep-equal/es6');
console.log(equal({a: [1, new Map([[1, {b: 2}]])], d: new Date(5)}, {a: [1, new Map([[1, {b: 2}]])], d: new Date(5)}), equal(new Set([1]), new Set([2])), equal(/a/g, /a/i));
