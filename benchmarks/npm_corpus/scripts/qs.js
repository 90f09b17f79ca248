const qs = require('qs');
console.log(JSON.stringify(qs.parse('a[b][c]=d&e[]=1&e[]=2&f=%20x&g[0][h]=i')));
console.log(qs.stringify({a: {b: [1, 2], c: 'd e'}, f: null}), qs.stringify({a: ['x','y']}, {arrayFormat: 'brackets', encode: false}));
