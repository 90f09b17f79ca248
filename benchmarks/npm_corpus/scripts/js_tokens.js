const jsTokens = require('js-tokens');
console.log(Array.from(jsTokens('a = b / c; /re+/gi.test("s\\"q") // cmt\n`x${y}z` 0x1Fn')).map(t => t.type + '=' + JSON.stringify(t.value)).join('\n'));
