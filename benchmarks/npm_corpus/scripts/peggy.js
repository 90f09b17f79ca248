const peggy = require('peggy');
const parser = peggy.generate(`
start = additive
additive = l:multiplicative _ "+" _ r:additive { return l + r; } / multiplicative
multiplicative = l:primary _ "*" _ r:multiplicative { return l * r; } / primary
primary = integer / "(" _ a:additive _ ")" { return a; }
integer "integer" = d:$[0-9]+ { return parseInt(d, 10); }
_ = [ \\t]*
`);
console.log(parser.parse('2 * (3 + 4) * 5'), parser.parse('1+2+3'));
try { parser.parse('2 * (3 + '); } catch (e) { console.log(e.name, e.message, JSON.stringify(e.location.start)); }
const src = peggy.generate('start = a:"x"+ { return a.length }', {output: 'source', format: 'commonjs'});
console.log(typeof src, src.length > 500);
