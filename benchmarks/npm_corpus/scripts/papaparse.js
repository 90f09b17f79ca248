const Papa = require('papaparse');
const r = Papa.parse('name,age,note\n"Smith, J",42,"said ""hi"""\nDoe,7,\n', {header: true, dynamicTyping: true, skipEmptyLines: true});
console.log(JSON.stringify(r.data), r.errors.length, r.meta.delimiter);
console.log(Papa.unparse([{a: 1, b: 'x,y'}, {a: 2, b: 'q"r'}]));
