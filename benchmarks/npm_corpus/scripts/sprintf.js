const { sprintf } = require('sprintf-js'); const numeral = require('numeral'); const pluralize = require('pluralize');
console.log(sprintf('%05.2f|%-6s|%+d|%x|%o|%e|%j|%2$s %1$s', 3.14159, 'ab', 5, 255, 8, 12345.678, {a: 1}));
console.log(numeral(1234567.891).format('0,0.00'), numeral(0.256).format('0.0%'), numeral(1536).format('0.0b'), numeral('1.2k').value());
console.log(pluralize('person'), pluralize('octopus', 2, true), pluralize.singular('indices'), pluralize('sheep'));
