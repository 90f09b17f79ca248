const minimist = require('minimist');
console.log(JSON.stringify(minimist(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz', '--no-ding', '--', '-q'], {'--': true})));
