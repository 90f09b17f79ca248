// util.inspect with breakLength: Infinity groups a long array of short items on one line
const util = require('node:util');
const numbers = Array.from({ length: 30 }, (_, i) => i * 7);
console.log(util.inspect(numbers, { breakLength: Infinity }));
console.log(util.inspect({ list: numbers.map(String), nested: [numbers] }, { breakLength: Infinity, depth: 3 }));
