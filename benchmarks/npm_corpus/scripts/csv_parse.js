const { parse } = require('csv-parse/sync');
console.log(JSON.stringify(parse('a,b\n1,"x\ny"\n3,4\n', {columns: true, cast: true})));
console.log(JSON.stringify(parse('a;b;c\n1;2;3', {delimiter: ';', from_line: 2})));
