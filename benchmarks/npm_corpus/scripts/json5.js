const JSON5 = require('json5');
console.log(JSON.stringify(JSON5.parse("{unquoted: 'and you can quote me on that', hex: 0xDECAF, trailing: [1,2,], inf: Infinity, n: .5e1, // c\n s: 'a\\\nb'}")), JSON5.stringify({a: [1, 'x'], 'b-c': NaN}, null, 2));
