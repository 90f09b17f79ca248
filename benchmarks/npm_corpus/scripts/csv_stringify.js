const { stringify } = require('csv-stringify/sync');
const stringifyAsync = require('csv-stringify').stringify;
const rows = [{ a: 1, b: 'x,y', c: 'say "hi"', d: null }, { a: 2, b: 'line\nbreak', c: true, d: new Date(0) }];
console.log(stringify(rows, { header: true }));
console.log(stringify([[1, 2], ['a;b', 'c']], { delimiter: ';', quoted: true, record_delimiter: 'windows' }));
console.log(stringify(rows, { columns: [{ key: 'b', header: 'B' }, 'a'], header: true, cast: { boolean: v => v ? 'yes' : 'no', date: d => d.toISOString() } }));
stringifyAsync([[1, 'a'], [2, 'b']], (err, out) => console.log(err, JSON.stringify(out)));
