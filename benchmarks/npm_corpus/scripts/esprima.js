const esprima = require('esprima');
const ast = esprima.parseScript('var answer = 6 * 7; function f(a, b = 1) { return a ? b : [...arguments]; }', {range: true});
console.log(JSON.stringify(ast));
console.log(esprima.tokenize('const x = `a${b}c` / 2;').map(t => t.type + ':' + t.value).join(' '));
