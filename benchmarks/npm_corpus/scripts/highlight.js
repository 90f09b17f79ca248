const hljs = require('highlight.js');
console.log(hljs.highlight('const x = 1; // hi\nfunction f(a) { return "s" + a; }', {language: 'javascript'}).value);
console.log(hljs.highlightAuto('def f(x):\n    return x + 1\n', ['python', 'ruby']).language);
