const parser = require('yargs-parser');
console.log(JSON.stringify(parser(['--foo', '33', '--bar-baz', 'x', '-abc', '--no-thing', 'pos', '--arr', '1', '--arr', '2'], {array: ['arr'], boolean: ['thing']})));
